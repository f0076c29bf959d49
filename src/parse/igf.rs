//! IGF-style proposal text: the pages the Internet Governance Forum publishes for each
//! session (2015–2025), and similar agendas from other forums.
//!
//! The text is read line by line. The first line is the header (`IGF 2021 WS #119 Title`);
//! after it each line is, in this order of preference: the slot, the format line
//! (`Panel - Auditorium - 90 Min`), a labelled field (room, format, duration), a role label
//! with its people, a moderator line marked `(Offline)` / `(Online)`, an unlabelled person
//! in a list of people (its role inferred from position, with a `role-inferred` note), the
//! room, a section heading, or text. The timing breakdown is then looked for in the text
//! lines ([`super::timing`]), and every heading and text line is kept in a [`Section`].

use crate::model::{NoteLevel, ParseNote, Role, RoleRef, Section, Session, SessionId, Span, Spanned};
use crate::source::Source;

use super::lines::{self, Line};
use super::names::{self, Listing};
use super::people::{self, Label};
use super::{codes, notation, slot, timing};

/// What a line turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Use {
    /// Empty.
    Blank,
    /// Taken by a field (header, slot, format, room, people).
    Field,
    /// A section heading.
    Heading,
    /// Free text.
    Text,
}

/// Parses proposal text into a session; never fails and never panics.
pub fn parse(source: &Source) -> Session {
    let mut p = Parser::new(source);
    p.run();
    p.finish()
}

struct Parser<'s> {
    src: &'s Source,
    lines: Vec<Line<'s>>,
    uses: Vec<Use>,
    session: Session,
    listings: Vec<Listing>,
    notes: Vec<ParseNote>,
    /// The line taken as the title for want of a header, until a `Title:` field says better.
    fallback_title: Option<usize>,
}

impl<'s> Parser<'s> {
    fn new(src: &'s Source) -> Self {
        let lines = lines::split(&src.text);
        let uses = vec![Use::Blank; lines.len()];
        Parser { src, lines, uses, session: Session::default(), listings: Vec::new(), notes: Vec::new(), fallback_title: None }
    }

    fn span(&self, start: usize, end: usize) -> Span {
        self.src.span(start, end)
    }

    fn note(&mut self, code: &str, level: NoteLevel, message: impl Into<String>, span: Span) {
        self.notes.push(ParseNote { code: code.to_owned(), level, message: message.into(), span });
    }

    fn run(&mut self) {
        for &at in &self.src.invalid_utf8.clone() {
            // Offsets are in the original bytes; the replacement keeps positions close enough
            // to point at the right line.
            let span = self.span(at, at + 1);
            self.note(codes::INVALID_UTF8, NoteLevel::Warning, "bytes that are not UTF-8 were replaced by U+FFFD", span);
        }
        let n = self.lines.len();
        let mut i = self.header();
        // People-list state: whether the last non-blank line was a person, the role it got,
        // and whether a blank line has come since.
        let mut in_people = false;
        let mut last_role: Option<(Role, bool)> = None;
        let mut blank_since = false;
        let mut block_role: Option<Role> = None;
        let mut seen_people = false;
        let mut after_slot = false;
        while i < n {
            let line = self.lines[i];
            if line.is_blank() {
                blank_since = true;
                i += 1;
                continue;
            }
            if self.uses[i] == Use::Field {
                // Already taken by a field read ahead (a `Time:` line after `Date:`).
                i += 1;
                continue;
            }
            let was_after_slot = std::mem::replace(&mut after_slot, false);
            if self.session.slot.is_none() && self.try_slot(i) {
                after_slot = true;
                in_people = false;
                i += 1;
                continue;
            }
            if self.try_format_line(i) || self.try_labelled_field(i) {
                in_people = false;
                i += 1;
                continue;
            }
            if let Some(label) = people::label(line.text) {
                let (next, role) = self.labelled_people(i, label);
                in_people = true;
                seen_people = true;
                last_role = Some((role, false));
                block_role = None;
                blank_since = false;
                i = next;
                continue;
            }
            if self.try_place_markers(i) {
                in_people = true;
                seen_people = true;
                last_role = Some((Role::OnlineModerator, false));
                block_role = None;
                blank_since = false;
                i += 1;
                continue;
            }
            if in_people && plausible_listing(line.text) {
                if let Some(e) = people::entry(line.text) {
                    let role = if !blank_since {
                        block_role.or(last_role.map(|r| r.0))
                    } else {
                        last_role.and_then(|(r, _)| successor(r))
                    };
                    if let Some(role) = role {
                        let prev = last_role.map(|r| r.0);
                        let continues = !blank_since && last_role.is_some_and(|r| !r.1) && block_role.is_none();
                        let why = if continues {
                            None
                        } else {
                            Some(match prev {
                                Some(p) if p == role => format!("it continues the unlabelled {} entries", p.label()),
                                Some(p) => format!("it follows the {} entries", p.label()),
                                None => "of its position".to_owned(),
                            })
                        };
                        self.add_entry(line, &e, role, why.is_some(), why);
                        self.uses[i] = Use::Field;
                        if blank_since || block_role.is_none() {
                            block_role = Some(role);
                        }
                        last_role = Some((role, !continues));
                        blank_since = false;
                        i += 1;
                        continue;
                    }
                }
            }
            in_people = false;
            block_role = None;
            if self.session.room.is_none() && self.try_room(i, was_after_slot || !seen_people) {
                i += 1;
                continue;
            }
            self.uses[i] = if is_heading(&self.lines, i) { Use::Heading } else { Use::Text };
            i += 1;
        }
        let found = timing::extract(self.src, &self.lines, &self.uses, &self.session);
        self.session.segments = found.segments;
        self.session.timing = found.timing;
        self.notes.extend(found.notes);
        self.sections();
    }

    fn finish(mut self) -> Session {
        let (people, notes) = names::merge(std::mem::take(&mut self.listings));
        self.session.people = people;
        timing::attach_people(&mut self.session);
        self.notes.extend(notes);
        self.notes.sort_by_key(|n| (n.span.start, n.span.end));
        self.session.notes = self.notes;
        self.session
    }

    /// Reads the header from the first non-blank line; returns the index of the next line.
    fn header(&mut self) -> usize {
        let Some(first) = self.lines.iter().position(|l| !l.is_blank()) else {
            return self.lines.len();
        };
        let line = self.lines[first];
        self.uses[first] = Use::Field;
        match header(line.text) {
            Some(h) => {
                let id_span = self.span(line.start, line.start + h.id_end);
                self.session.id = Some(Spanned::new(h.id, id_span));
                if let Some((a, b)) = h.title {
                    let span = self.span(line.start + a, line.start + b);
                    self.session.title = Some(Spanned::new(line.text[a..b].to_owned(), span));
                    return first + 1;
                }
                // The title on the next non-blank line.
                let next = (first + 1..self.lines.len()).find(|&j| !self.lines[j].is_blank());
                if let Some(j) = next {
                    let l = self.lines[j];
                    if people::label(l.text).is_none() && slot::read_slot(l.text).is_none() && l.text.len() < 300 {
                        self.uses[j] = Use::Field;
                        self.session.title = Some(Spanned::new(l.text.to_owned(), self.span(l.start, l.end())));
                        return j + 1;
                    }
                }
                first + 1
            }
            None => {
                let span = self.span(line.start, line.end());
                self.note(codes::NO_HEADER, NoteLevel::Info, "no session header such as `IGF 2021 WS #119 Title`; the first line is taken as the title", span);
                if people::label(line.text).is_some() || slot::read_slot(line.text).is_some() || line.text.len() > 300 {
                    self.uses[first] = Use::Blank;
                    return first;
                }
                let title = line.text.trim_end_matches(':');
                self.fallback_title = Some(first);
                self.session.title = Some(Spanned::new(title.to_owned(), self.span(line.start, line.start + title.len())));
                first + 1
            }
        }
    }

    fn try_slot(&mut self, i: usize) -> bool {
        let line = self.lines[i];
        let read = match slot::read_slot(line.text) {
            Some(r) => r,
            None => {
                // `Date: 26 November 2019` with `Time: 10:30 - 12:00 CET` on a following line.
                let Some(date) = slot::read_date_line(line.text) else { return false };
                let next = (i + 1..self.lines.len()).filter(|&j| !self.lines[j].is_blank()).take(2);
                let Some((j, read)) = next.into_iter().find_map(|j| slot::read_time_on(date, self.lines[j].text).map(|r| (j, r)))
                else {
                    return false;
                };
                self.uses[i] = Use::Field;
                let tl = self.lines[j];
                for n in read.notes {
                    let span = self.span(tl.start + n.at.0, tl.start + n.at.1);
                    self.note(n.code, n.level, n.message, span);
                }
                if let Some(s) = read.slot {
                    self.session.slot = Some(Spanned::new(s, self.span(line.start, tl.start + read.at.1)));
                }
                self.uses[j] = Use::Field;
                return true;
            }
        };
        for n in read.notes {
            let span = self.span(line.start + n.at.0, line.start + n.at.1);
            self.note(n.code, n.level, n.message, span);
        }
        if let Some(s) = read.slot {
            self.session.slot = Some(Spanned::new(s, self.span(line.start + read.at.0, line.start + read.at.1)));
        }
        self.uses[i] = Use::Field;
        true
    }

    /// `Panel - Auditorium - 90 Min`, `Round Table - 60 Min`, `Format: Panel - 90 min`.
    fn try_format_line(&mut self, i: usize) -> bool {
        if self.session.format.is_some() && self.session.declared_minutes.is_some() {
            return false;
        }
        let line = self.lines[i];
        let mut body = line.text;
        for label in ["session format:", "format:", "format and duration:"] {
            if body.get(..label.len()).is_some_and(|p| p.eq_ignore_ascii_case(label)) {
                body = body[label.len()..].trim_start();
            }
        }
        let base = line.start + (line.text.len() - body.len());
        let parts: Vec<(usize, usize)> = split_dashes(body);
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
        self.session.declared_minutes = Some(Spanned::new(minutes, self.span(base + la, base + lb)));
        self.uses[i] = Use::Field;
        true
    }

    /// `Room: ...`, `Venue: ...`, `Format: Panel`, `Duration: 90 minutes`, `Layout: ...`,
    /// `URL: ...`.
    fn try_labelled_field(&mut self, i: usize) -> bool {
        let line = self.lines[i];
        let Some((label, value)) = line.text.split_once(':') else { return false };
        let value_start = line.start + label.len() + 1;
        let v = value.trim();
        if v.is_empty() {
            return false;
        }
        let vstart = value_start + (value.len() - value.trim_start().len());
        let span = self.span(vstart, vstart + v.len());
        let key = label.trim().trim_start_matches(['-', '*', '•', '–', '·']).trim().to_lowercase();
        match key.as_str() {
            "title" | "session title" | "workshop title" | "title of the session"
                if self.session.title.is_none() || self.fallback_title.is_some() =>
            {
                if let Some(j) = self.fallback_title.take() {
                    self.uses[j] = Use::Text;
                }
                self.session.title = Some(Spanned::new(v.to_owned(), span));
            }
            "room" | "venue" | "location" | "session room" | "place" if self.session.room.is_none() && v.len() <= 120 => {
                self.session.room = Some(Spanned::new(v.to_owned(), span));
            }
            "format" | "session format" | "format of the session" if self.session.format.is_none() && v.len() <= 80 => {
                self.session.format = Some(Spanned::new(v.trim_end_matches('.').to_owned(), span));
            }
            "layout" | "room layout" | "seating" if self.session.layout.is_none() && v.len() <= 80 => {
                self.session.layout = Some(Spanned::new(v.to_owned(), span));
            }
            "duration" | "length" | "session duration" | "session length" | "duration (minutes)" | "duration in minutes"
                if self.session.declared_minutes.is_none() =>
            {
                let minutes = notation::duration(v).ok().filter(|(r, _)| r.trim().is_empty()).map(|(_, m)| m).or_else(|| {
                    (key.contains("minutes") && v.chars().all(|c| c.is_ascii_digit())).then(|| v.parse().ok()).flatten()
                });
                match minutes {
                    Some(m) => self.session.declared_minutes = Some(Spanned::new(m, span)),
                    None => {
                        self.note(codes::UNREADABLE_DURATION, NoteLevel::Warning, format!("could not read the duration `{v}`"), span);
                    }
                }
            }
            "url" | "link" | "web" | "website" | "session page" if self.session.url.is_none() && v.starts_with("http") => {
                self.session.url = Some(v.to_owned());
            }
            _ => return false,
        }
        self.uses[i] = Use::Field;
        true
    }

    /// A short unlabelled line naming a room (`Conference Room 6`, `Workshop Room 2 - Hall C`),
    /// right after the slot or before any people.
    fn try_room(&mut self, i: usize, near_top: bool) -> bool {
        let line = self.lines[i];
        let t = line.text;
        if !near_top || t.len() > 60 || t.split_whitespace().count() > 7 || t.ends_with(['.', ':', ',']) {
            return false;
        }
        let words: Vec<String> = t.split(|c: char| !c.is_alphanumeric()).map(str::to_lowercase).collect();
        let roomish = ["room", "hall", "salle", "auditorium", "plenary", "stage", "booth", "studio", "ballroom"];
        if !words.iter().any(|w| roomish.contains(&w.as_str())) {
            return false;
        }
        self.session.room = Some(Spanned::new(t.to_owned(), self.span(line.start, line.end())));
        self.uses[i] = Use::Field;
        true
    }

    fn add_entry(&mut self, line: Line<'_>, e: &people::Entry, role: Role, inferred: bool, why: Option<String>) {
        self.add_entry_at(line.start, line.text, e, role, inferred, why, (0, line.text.len()));
    }

    #[allow(clippy::too_many_arguments)]
    fn add_entry_at(
        &mut self,
        base: usize,
        text: &str,
        e: &people::Entry,
        role: Role,
        inferred: bool,
        why: Option<String>,
        role_at: (usize, usize),
    ) {
        let name = text[e.name.0..e.name.1].trim().to_owned();
        let name_span = self.span(base + e.name.0, base + e.name.1);
        let role_span = self.span(base + role_at.0, base + role_at.1);
        self.listings.push(Listing {
            name: Spanned::new(name, name_span),
            role: RoleRef { role, span: role_span, inferred },
            inferred_because: why,
            affiliation: e.affiliation.clone(),
            stakeholder_group: e.stakeholder_group.clone(),
            regional_group: e.regional_group.clone(),
            email: e.email.clone(),
        });
    }

    /// Reads the people after a role label; returns the next line index and the role.
    fn labelled_people(&mut self, i: usize, label: Label) -> (usize, Role) {
        let line = self.lines[i];
        self.uses[i] = Use::Field;
        let label_at = (0, line.text[..label.len].trim_end().len());
        let rest = &line.text[label.len..];
        let lead = rest.len() - rest.trim_start().len();
        let value = rest.trim();
        if !value.is_empty() {
            self.entries_in(line.start + label.len + lead, value, label, label_at, line.start);
            return (i + 1, label.role);
        }
        // The value on the following line(s): directly below, or after blank lines.
        let mut j = i + 1;
        let mut blanks = 0;
        while j < self.lines.len() && self.lines[j].is_blank() && blanks < 3 {
            j += 1;
            blanks += 1;
        }
        let mut took = 0;
        while j < self.lines.len() && !self.lines[j].is_blank() {
            let l = self.lines[j];
            if people::label(l.text).is_some() || is_heading(&self.lines, j) && took > 0 {
                break;
            }
            let ok = people::entry(l.text).is_some()
                || people::several(l.text).is_some()
                || (took == 0 && blanks == 0 && !is_heading(&self.lines, j) && lenient_name(l.text).is_some());
            if !ok {
                break;
            }
            self.entries_in(l.start, l.text, label, label_at, line.start);
            self.uses[j] = Use::Field;
            took += 1;
            j += 1;
            if !label.list && took >= 1 && blanks > 0 && people::entry(self.lines.get(j).map_or("", |l| l.text)).is_none() {
                break;
            }
        }
        if took == 0 {
            let span = self.span(line.start, line.end());
            self.note(codes::EMPTY_ROLE, NoteLevel::Info, format!("no {} is named after this label", label.role.label()), span);
            return (i + 1, label.role);
        }
        (j, label.role)
    }

    /// Adds the person or people in `value` (at byte `base`) under `label`.
    fn entries_in(&mut self, base: usize, value: &str, label: Label, label_at: (usize, usize), label_base: usize) {
        let push = |this: &mut Self, off: usize, e: &people::Entry| {
            let shifted = people::Entry { name: (e.name.0 + off, e.name.1 + off), ..e.clone() };
            let name_span = this.span(base + shifted.name.0, base + shifted.name.1);
            let role_span = this.span(label_base + label_at.0, label_base + label_at.1);
            this.listings.push(Listing {
                name: Spanned::new(value[shifted.name.0..shifted.name.1].to_owned(), name_span),
                role: RoleRef { role: label.role, span: role_span, inferred: false },
                inferred_because: None,
                affiliation: e.affiliation.clone(),
                stakeholder_group: e.stakeholder_group.clone(),
                regional_group: e.regional_group.clone(),
                email: e.email.clone(),
            });
        };
        if label.list {
            if let Some(groups) = people::several(value) {
                for (a, b) in groups {
                    if let Some(e) = people::entry(&value[a..b]) {
                        push(self, a, &e);
                    }
                }
                return;
            }
        }
        if let Some(e) = people::entry(value).or_else(|| lenient_name(value)) {
            push(self, 0, &e);
        }
    }

    /// `A, Org (Offline) / B, Org (Online)`: moderators with their place.
    fn try_place_markers(&mut self, i: usize) -> bool {
        let line = self.lines[i];
        let parts: Vec<(usize, usize)> = {
            let p = people::parts(line.text, '/');
            if p.iter().all(|&(a, b)| people::place_marker(&line.text[a..b]).is_some()) { p } else { people::parts(line.text, ';') }
        };
        let mut found = Vec::new();
        for &(a, b) in &parts {
            let part = &line.text[a..b];
            let Some((role, open)) = people::place_marker(part) else { return false };
            let Some(e) = people::entry(&part[..open]) else { return false };
            found.push((a, b, role, e));
        }
        if found.is_empty() {
            return false;
        }
        for (a, b, role, e) in found {
            let shifted = people::Entry { name: (e.name.0 + a, e.name.1 + a), ..e };
            self.add_entry_at(line.start, line.text, &shifted, role, false, None, (a, b));
        }
        self.uses[i] = Use::Field;
        true
    }

    fn sections(&mut self) {
        let mut current: Option<(String, Option<usize>, Option<usize>, Span)> = None;
        let mut out = Vec::new();
        let flush = |cur: Option<(String, Option<usize>, Option<usize>, Span)>, out: &mut Vec<Section>, src: &Source| {
            if let Some((name, first, last, heading_span)) = cur {
                let (text, span) = match (first, last) {
                    (Some(a), Some(b)) => (src.text[a..b].to_owned(), src.span(a, b)),
                    _ => (String::new(), heading_span),
                };
                out.push(Section { name, text, span });
            }
        };
        for (i, line) in self.lines.iter().enumerate() {
            match self.uses[i] {
                Use::Heading => {
                    flush(current.take(), &mut out, self.src);
                    let name = heading_name(line.text);
                    let rest = &line.text[name_len(line.text)..];
                    let rest_trim = rest.trim();
                    let span = self.src.span(line.start, line.end());
                    if rest_trim.is_empty() {
                        current = Some((name, None, None, span));
                    } else {
                        let a = line.start + name_len(line.text) + (rest.len() - rest.trim_start().len());
                        current = Some((name, Some(a), Some(line.end()), span));
                    }
                }
                Use::Text => {
                    let cur = current.get_or_insert_with(|| ("text".to_owned(), None, None, Span::default()));
                    if cur.1.is_none() {
                        cur.1 = Some(line.start);
                    }
                    cur.2 = Some(line.end());
                }
                Use::Field => {
                    // A field ends the section; text after it is unlabelled (or under a
                    // new heading), so a section's text never spans a field's lines.
                    flush(current.take(), &mut out, self.src);
                }
                Use::Blank => {}
            }
        }
        flush(current, &mut out, self.src);
        self.session.sections = out;
    }
}

/// The role that follows `r` in the usual order of an IGF page.
fn successor(r: Role) -> Option<Role> {
    Some(match r {
        Role::Organizer => Role::Speaker,
        Role::Speaker => Role::OnsiteModerator,
        Role::OnsiteModerator => Role::OnlineModerator,
        Role::OnlineModerator | Role::Moderator => Role::Rapporteur,
        Role::ResourcePerson => Role::Moderator,
        Role::Rapporteur => return None,
    })
}

/// An unlabelled line short and list-like enough to be a person entry (not a sentence
/// that starts with a name).
fn plausible_listing(t: &str) -> bool {
    t.len() <= 200
        && !t.ends_with(['.', '!', '?', ':'])
        && t.split(',').all(|p| p.split_whitespace().count() <= 10)
}

/// A labelled value that is not name-like but short: taken as the name as written.
fn lenient_name(text: &str) -> Option<people::Entry> {
    let ps = people::parts(text, ',');
    let &(a, b) = ps.first()?;
    let name = &text[a..b];
    let lower = name.to_lowercase();
    // Pages that hide organisers' names show only their groups: no person there.
    let placeholder = ["tbd", "tbc", "n/a", "na", "none", "-", "to be confirmed", "to be decided"].contains(&lower.as_str());
    if name.len() > 80
        || name.split_whitespace().count() > 8
        || name.ends_with('.')
        || placeholder
        || people::is_stakeholder(name)
        || people::is_regional(name)
    {
        return None;
    }
    Some(people::Entry {
        name: (a, b),
        affiliation: ps.get(1).map(|&(x, _)| text[x..].trim().to_owned()),
        stakeholder_group: None,
        regional_group: None,
        email: None,
        grouped: false,
    })
}

/// True when `s` names a session format IGF and other forums use.
fn known_format(s: &str) -> bool {
    const FORMATS: &[&str] = &[
        "panel", "round table", "roundtable", "round-table", "break-out", "breakout", "birds of a feather", "debate",
        "tutorial", "other", "lightning", "classroom", "fishbowl", "workshop", "presentation", "interactive", "talk",
        "open forum", "hackathon", "networking", "town hall", "launch", "dialogue", "mentoring", "demo", "open mic",
        "roundtable", "world café", "world cafe", "flash", "main session", "keynote", "q&a", "seminar", "webinar",
    ];
    let l = s.to_lowercase();
    FORMATS.iter().any(|f| l.contains(f))
}

/// Parts of a format line split on a hyphen, en or em dash or `|` with whitespace (any,
/// including no-break spaces) on both sides.
fn split_dashes(s: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut cuts = Vec::new();
    for k in 1..chars.len().saturating_sub(1) {
        let (at, c) = chars[k];
        if matches!(c, '-' | '–' | '—' | '|') && chars[k - 1].1.is_whitespace() && chars[k + 1].1.is_whitespace() {
            cuts.push((at, at + c.len_utf8()));
        }
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

/// The parsed header line.
struct Header {
    id: SessionId,
    id_end: usize,
    title: Option<(usize, usize)>,
}

/// The identifier parts of a header such as `IGF 2021 WS #119` (used for TOML `id`).
pub(crate) fn header_id(text: &str) -> Option<SessionId> {
    header(text).map(|h| h.id)
}

const KINDS: &[&str] = &[
    "Launch / Award Event", "Launch/Award Event", "High-Level Session", "High Level Session", "Parliamentary Track",
    "Networking Session", "Lightning Talk", "Main Session", "Open Forum", "Dynamic Coalition", "Day 0 Event",
    "Pre-Event", "Town Hall", "Book Launch", "Flash Session", "Workshop", "Launch", "Award", "Youth Track", "WS",
    "OF", "DC", "NRI", "BPF", "PN", "LT", "MS", "TH", "HL",
];

/// Reads `IGF 2021 WS #119 Title` and its variants (`IGF 2023 Open Forum #5: Title`,
/// `IGF 2019 Main Session: Title`, `EuroDIG 2022 WS 3 Title`).
fn header(text: &str) -> Option<Header> {
    // `IGF2021 WS#119 ...`: the event written without a space before the year.
    let first = text.split_whitespace().next().unwrap_or("");
    let letters = first.trim_end_matches(|c: char| c.is_ascii_digit());
    if first.len() - letters.len() == 4 && !letters.is_empty() && letters.chars().all(char::is_alphabetic) {
        let mut h = header_spaced(&text.replacen(first, &format!("{letters} {}", &first[letters.len()..]), 1))?;
        // One byte was inserted; shift the offsets back.
        h.id_end -= 1;
        h.id.text = text[..h.id_end].to_owned();
        h.title = h.title.map(|(a, b)| (a - 1, b - 1));
        return Some(h);
    }
    header_spaced(text)
}

fn header_spaced(text: &str) -> Option<Header> {
    // The event: up to three words and a year.
    let mut pos = 0;
    let mut year_end = None;
    for (words, w) in text.split_inclusive(char::is_whitespace).enumerate() {
        let t = w.trim();
        let is_year = t.len() == 4 && t.chars().all(|c| c.is_ascii_digit()) && (t.starts_with("19") || t.starts_with("20"));
        if is_year && words > 0 {
            year_end = Some(pos + w.trim_end().len());
            break;
        }
        if words >= 3 || !t.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        pos += w.len();
    }
    let year_end = year_end?;
    let event = text[..year_end].split_whitespace().collect::<Vec<_>>().join(" ");
    let after = &text[year_end..];
    let k0 = year_end + (after.len() - after.trim_start().len());
    let rest = &text[k0..];
    let (kind, number, id_end) = if let Some(hash) = rest.find('#').filter(|&h| h <= 40) {
        let kind = rest[..hash].trim();
        let digits: String = rest[hash + 1..].trim_start().chars().take_while(char::is_ascii_digit).collect();
        if kind.is_empty() || kind.split_whitespace().count() > 5 || digits.is_empty() {
            return None;
        }
        let lead = rest[hash + 1..].len() - rest[hash + 1..].trim_start().len();
        (kind.to_owned(), digits.parse().ok(), k0 + hash + 1 + lead + digits.len())
    } else {
        let kind = KINDS.iter().find(|k| {
            rest.get(..k.len()).is_some_and(|p| p.eq_ignore_ascii_case(k))
                && !rest[k.len()..].starts_with(|c: char| c.is_alphanumeric())
        })?;
        let after_kind = &rest[kind.len()..];
        let lead = after_kind.len() - after_kind.trim_start().len();
        let digits: String = after_kind.trim_start().chars().take_while(char::is_ascii_digit).collect();
        let end = if digits.is_empty() { k0 + kind.len() } else { k0 + kind.len() + lead + digits.len() };
        (rest[..kind.len()].to_owned(), digits.parse().ok(), end)
    };
    let title_raw = &text[id_end..];
    let title = title_raw.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '–' | '—' | '|' | '.'));
    let title = title.trim_end();
    let t0 = text.len() - title_raw.len() + (title_raw.len() - title_raw.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '–' | '—' | '|' | '.')).len());
    let id_text = text[..id_end].to_owned();
    Some(Header {
        id: SessionId { event, kind, number, text: id_text },
        id_end,
        title: (!title.is_empty()).then_some((t0, t0 + title.len())),
    })
}

const KNOWN_HEADINGS: &[&str] = &[
    "policy question(s)", "policy questions", "relevance to theme", "relevance to internet governance", "description",
    "expected outcomes", "discussion facilitation", "online participation", "targets", "agenda", "background",
    "objectives", "session objectives", "issues", "key takeaways", "call to action", "sdgs", "content", "format",
    "session description", "timing", "workshop timing", "session agenda", "speakers' bios", "summary", "outcome",
    "outcomes", "thematic track", "theme", "subtheme", "sub-theme", "tags", "connection with previous initiatives",
    "additional reference documents", "methodology", "session format", "notes", "links", "programme", "program", "session plan", "session outline", "outline",
    "run of show", "schedule", "speakers", "bios", "relevance", "summary of the session",
];

fn heading_prefix(text: &str) -> Option<&str> {
    let (head, rest) = text.split_once(':')?;
    let h = head.trim();
    if h.is_empty() || h.len() > 60 {
        return None;
    }
    let lower = h.to_lowercase();
    if KNOWN_HEADINGS.contains(&lower.as_str()) {
        return Some(head);
    }
    let words: Vec<&str> = h.split_whitespace().collect();
    let small = ["to", "of", "and", "for", "the", "in", "on", "a", "with", "&"];
    let title_case = words.len() <= 5
        && words.iter().all(|w| small.contains(w) || w.chars().next().is_some_and(|c| c.is_uppercase() || c == '('))
        && words[0].chars().next().is_some_and(char::is_uppercase);
    (title_case && !rest.trim_start().starts_with("//")).then_some(head)
}

fn name_len(text: &str) -> usize {
    match heading_prefix(text) {
        Some(h) => h.len() + 1,
        None => text.len(),
    }
}

fn heading_name(text: &str) -> String {
    let raw = match heading_prefix(text) {
        Some(h) => h,
        None => text,
    };
    raw.trim().trim_end_matches([':', '：']).trim().to_owned()
}

/// True when line `i` is a heading: `Expected Outcomes:` (with or without text after the
/// colon, for known headings or short Title Case ones), or a short line standing alone
/// between blank lines without closing punctuation.
fn is_heading(lines: &[Line<'_>], i: usize) -> bool {
    let t = lines[i].text;
    if !t.chars().next().is_some_and(char::is_alphabetic) || !notation::find_ranges(t).is_empty() {
        return false;
    }
    if heading_prefix(t).is_some() {
        let (h, rest) = t.split_once(':').unwrap_or((t, ""));
        return rest.trim().is_empty() && h.split_whitespace().count() <= 8 || KNOWN_HEADINGS.contains(&h.trim().to_lowercase().as_str()) || h.split_whitespace().count() <= 4;
    }
    if t.ends_with(':') && t.len() <= 80 && t.split_whitespace().count() <= 8 {
        return true;
    }
    if KNOWN_HEADINGS.contains(&t.trim_end_matches(':').trim().to_lowercase().as_str()) {
        return true;
    }
    let alone = (i == 0 || lines[i - 1].is_blank()) && lines.get(i + 1).is_none_or(|l| l.is_blank());
    alone
        && t.len() <= 80
        && t.split_whitespace().count() <= 8
        && !t.ends_with(['.', ',', ';', '!', '?'])
        && people::entry(t).is_none_or(|e| !e.grouped && e.affiliation.is_none())
        && notation::find_durations(t).is_empty()
        && t.chars().next().is_some_and(char::is_uppercase)
}
