//! Single-line fields of a proposal: the format line, labelled fields and the room.

use crate::model::Spanned;

use super::{Parser, Use};
use crate::model::NoteLevel;
use crate::parse::{codes, notation};

impl Parser<'_> {
    /// `Panel - Auditorium - 90 Min`, `Round Table - 60 Min`, `Format: Panel - 90 min`.
    pub(super) fn try_format_line(&mut self, i: usize) -> bool {
        if self.session.format.is_some() && self.session.declared_minutes.is_some() {
            return false;
        }
        let line = self.lines[i];
        // `* Break-out discussion - 40 mins` is an agenda entry, not the format line.
        let mut cs = line.text.chars();
        if cs.next().is_some_and(|c| matches!(c, '*' | '-' | '•' | '–' | '·')) && cs.next().is_some_and(char::is_whitespace) {
            return false;
        }
        let mut body = line.text;
        for label in ["session format:", "format:", "format and duration:", "session type:", "type:"] {
            if body.get(..label.len()).is_some_and(|p| p.eq_ignore_ascii_case(label)) {
                body = body[label.len()..].trim_start();
            }
        }
        let base = line.start + (line.text.len() - body.len());
        let mut parts: Vec<(usize, usize)> = split_dashes(body);
        if parts.len() < 2 && body.len() != line.text.len() {
            // A labelled field may use commas or slashes: `Format: Roundtable, 60 minutes`.
            parts = split_on(body, &[',', '/', '|']);
            // `Workshop (60 min)`: the length in parentheses.
            if parts.len() < 2 && body.trim_end().ends_with(')') {
                if let Some(open) = body.rfind('(') {
                    let close = body.trim_end().len() - 1;
                    let head = body[..open].trim_end().len();
                    if head > 0 && close > open + 1 {
                        parts = vec![(0, head), (open + 1, close)];
                    }
                }
            }
        }
        if parts.len() < 2 || parts.len() > 4 {
            return false;
        }
        let (la, lb) = parts[parts.len() - 1];
        let last = &body[la..lb];
        let Ok((rest, minutes)) = notation::duration(last) else { return false };
        if !rest.trim().is_empty() {
            return false;
        }
        let words_ok = parts[..parts.len() - 1].iter().all(|&(a, b)| {
            let p = &body[a..b];
            !p.is_empty() && p.split_whitespace().count() <= 6 && !p.contains(|c: char| c.is_ascii_digit())
        });
        if !words_ok {
            return false;
        }
        // `Opening remarks – 10 minutes` in a list is an agenda item, not the format: two-part
        // lines need a labelled line or a known format, and no similar line next to them.
        let labelled = body.len() != line.text.len();
        let known = known_format(&body[parts[0].0..parts[0].1]);
        if parts.len() == 2 && !labelled && !known {
            return false;
        }
        let similar = |j: Option<usize>| {
            j.and_then(|j| self.lines.get(j)).is_some_and(|l| {
                let p = split_dashes(l.text);
                p.len() == 2 && notation::duration(&l.text[p[1].0..p[1].1]).is_ok_and(|(r, _)| r.trim().is_empty())
            })
        };
        let prev = (0..i).rev().find(|&j| !self.lines[j].is_blank());
        let next = (i + 1..self.lines.len()).find(|&j| !self.lines[j].is_blank());
        if parts.len() == 2 && !labelled && (similar(prev) || similar(next)) {
            return false;
        }
        let (fa, fb) = parts[0];
        self.session.format = Some(Spanned::new(body[fa..fb].to_owned(), self.span(base + fa, base + fb)));
        if parts.len() >= 3 {
            let (ya, yb) = parts[1];
            self.session.layout = Some(Spanned::new(body[ya..yb].to_owned(), self.span(base + ya, base + yb)));
        }
        let declared = Spanned::new(minutes, self.span(base + la, base + lb));
        self.known.declared = Some((declared.clone(), i));
        self.session.declared_minutes = Some(declared);
        self.uses[i] = Use::Field;
        true
    }

    /// `Room: ...`, `Venue: ...`, `Format: Panel`, `Duration: 90 minutes`, `Layout: ...`,
    /// `URL: ...`.
    pub(super) fn try_labelled_field(&mut self, i: usize) -> bool {
        let line = self.lines[i];
        // TOML front matter writes `title = "..."`: a bare key before ` = `.
        let toml = crate::parse::lines::toml_pair(line.text);
        let Some((label, value)) = line.text.split_once(':').filter(|_| toml.is_none()).or(toml) else { return false };
        let mut value_start = line.start + label.len() + if toml.is_some() { 3 } else { 1 };
        // `**Format:** Online`: the emphasis closing the label is no part of the value.
        let mut value = value;
        if let Some(m) = super::EMPHASIS.into_iter().find(|m| label.trim_start().trim_start_matches(['-', '•', '–', '·', ' ']).starts_with(m) && value.starts_with(m)) {
            value = &value[m.len()..];
            value_start += m.len();
        }
        let v = value.trim();
        // A quoted value of front matter (`title: "Meetup 22"`) without its quotes.
        let quoted = v.len() >= 2 && ['"', '\''].into_iter().any(|q| v.starts_with(q) && v.ends_with(q) && !v[1..v.len() - 1].contains(q));
        let v = if quoted { &v[1..v.len() - 1] } else { v };
        if v.trim().is_empty() {
            return false;
        }
        let vstart = value_start + (value.len() - value.trim_start().len()) + usize::from(quoted);
        let span = self.span(vstart, vstart + v.len());
        let key = label.trim().trim_start_matches(['-', '*', '•', '–', '·', ' ']).trim().to_lowercase();
        match key.as_str() {
            "title" | "session title" | "workshop title" | "title of the session"
                if self.session.title.is_none() || self.fallback_title.is_some() =>
            {
                if let Some(j) = self.fallback_title.take() {
                    self.uses[j] = Use::Text;
                }
                self.session.title = Some(Spanned::new(v.to_owned(), span));
            }
            "room" | "venue" | "location" | "session room" | "place"
                if self.session.room.is_none() && v.len() <= 120 =>
            {
                self.session.room = Some(Spanned::new(v.to_owned(), span));
            }
            "format" | "session format" | "format of the session" if self.session.format.is_none() && v.len() <= 80 => {
                self.session.format = Some(Spanned::new(v.trim_end_matches('.').to_owned(), span));
            }
            "layout" | "room layout" | "seating" if self.session.layout.is_none() && v.len() <= 80 => {
                self.session.layout = Some(Spanned::new(v.to_owned(), span));
            }
            "duration"
            | "length"
            | "session duration"
            | "session length"
            | "duration (minutes)"
            | "duration in minutes"
                if self.session.declared_minutes.is_none() =>
            {
                let minutes =
                    notation::duration(v).ok().filter(|(r, _)| r.trim().is_empty()).map(|(_, m)| m).or_else(|| {
                        (key.contains("minutes") && v.chars().all(|c| c.is_ascii_digit()))
                            .then(|| v.parse().ok())
                            .flatten()
                    });
                match minutes {
                    Some(m) => {
                        self.known.declared = Some((Spanned::new(m, span), i));
                        self.session.declared_minutes = Some(Spanned::new(m, span));
                    }
                    None => {
                        self.note(
                            codes::UNREADABLE_DURATION,
                            NoteLevel::Warning,
                            format!("could not read the duration `{v}`"),
                            span,
                        );
                    }
                }
            }
            "url" | "link" | "web" | "website" | "session page"
                if self.session.url.is_none() && v.starts_with("http") =>
            {
                self.session.url = Some(v.to_owned());
            }
            _ => return false,
        }
        self.uses[i] = Use::Field;
        true
    }

    /// A short unlabelled line naming a room (`Conference Room 6`, `Workshop Room 2 - Hall C`),
    /// right after the slot or before any people.
    pub(super) fn try_room(&mut self, i: usize, near_top: bool) -> bool {
        let line = self.lines[i];
        let t = line.text;
        // A labelled line (`- **Room:** Studio B`) is a field's, read as one.
        if !near_top || t.len() > 60 || t.split_whitespace().count() > 7 || t.ends_with(['.', ':', ',']) || t.contains(": ") || t.contains(":**") {
            return false;
        }
        // A name such as `Conference Room 6`, `WS 4 – Room B-1`, `Main Hall`: capitalised
        // words, numbers and dashes only, with a capitalised room word.
        let words: Vec<&str> = t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        let roomish = ["Room", "Hall", "Salle", "Sala", "Auditorium", "Plenary", "Stage", "Booth", "Studio", "Ballroom"];
        let named = words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) || w.len() <= 2);
        // A line opened by a time (`12 Noon   Lunch in Dining Hall`) is an agenda's entry.
        if !named || !words.iter().any(|w| roomish.contains(w)) || notation::clock(t.trim_start()).is_ok() {
            return false;
        }
        self.session.room = Some(Spanned::new(t.to_owned(), self.span(line.start, line.end())));
        self.uses[i] = Use::Field;
        true
    }
}

/// True when `s` names a session format IGF and other forums use.
pub(super) fn known_format(s: &str) -> bool {
    const FORMATS: &[&str] = &[
        "panel",
        "round table",
        "roundtable",
        "round-table",
        "break-out",
        "breakout",
        "birds of a feather",
        "debate",
        "tutorial",
        "other",
        "lightning",
        "classroom",
        "fishbowl",
        "workshop",
        "presentation",
        "interactive",
        "talk",
        "open forum",
        "hackathon",
        "networking",
        "town hall",
        "launch",
        "dialogue",
        "mentoring",
        "demo",
        "open mic",
        "roundtable",
        "world café",
        "world cafe",
        "flash",
        "main session",
        "keynote",
        "q&a",
        "seminar",
        "webinar",
    ];
    let l = s.to_lowercase();
    FORMATS.iter().any(|f| l.contains(f))
}

/// Parts of a format line split on a hyphen, en or em dash or `|` with whitespace (any,
/// including no-break spaces) on both sides.
pub(super) fn split_dashes(s: &str) -> Vec<(usize, usize)> {
    // Three characters at a time, so a long line costs no more memory than its cuts.
    let mut cuts = Vec::new();
    let mut prev: Option<char> = None;
    let mut it = s.char_indices().peekable();
    while let Some((at, c)) = it.next() {
        let next = it.peek().map(|&(_, n)| n);
        if matches!(c, '-' | '–' | '—' | '|')
            && prev.is_some_and(char::is_whitespace)
            && next.is_some_and(char::is_whitespace)
        {
            cuts.push((at, at + c.len_utf8()));
        }
        prev = Some(c);
    }
    let mut out = Vec::new();
    let mut start = 0;
    for (a, b) in cuts.into_iter().chain(std::iter::once((s.len(), s.len()))) {
        let raw = &s[start..a];
        let lead = raw.len() - raw.trim_start().len();
        out.push((start + lead, start + lead + raw.trim().len()));
        start = b;
    }
    out
}

/// The trimmed, non-empty parts of `text` between any of `seps`, as byte ranges.
fn split_on(text: &str, seps: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ','))) {
        if i == text.len() || seps.contains(&c) {
            let part = &text[from..i];
            let lead = part.len() - part.trim_start().len();
            let (a, b) = (from + lead, from + part.trim_end().len());
            if b > a {
                out.push((a, b));
            }
            from = (i + c.len_utf8()).min(text.len());
        }
    }
    out
}
