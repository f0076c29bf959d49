//! Finding the timing breakdown in proposal text and turning it into segments.
//!
//! The breakdown may stand anywhere: under its own heading, as a bulleted, numbered or
//! one-per-line list, as a flattened table, or run on inside a paragraph. The text lines are
//! scanned for time ranges ([`notation::find_ranges`]); ranges close to each other form a
//! run, and the longest run of two or more is the breakdown. A segment's title is the text
//! after its range up to the next range or the end of the line (or, when nothing follows,
//! the text before it on the line); lines between two entries become the first one's notes.
//!
//! Clock times are offsets from the start (relative) or wall-clock times (absolute), told
//! apart by evidence: an am/pm marker, or a first time equal to the slot's start, means
//! absolute; a first time of `00:xx` means relative; a first time of 06:00 or later means
//! absolute. Anything else is ambiguous and reported with `ambiguous-time-basis`. Absolute
//! times count from the slot's start, or from the first entry when there is no slot.
//!
//! Without ranges, two or more list lines each holding one duration (`Introduction (10
//! min)`, `- 15' opening`) become consecutive segments, and two or more lines starting with a
//! clock time (`10:00 Opening`) become segments that end where the next begins.

use std::collections::HashMap;

use chrono::{NaiveTime, Timelike};

use crate::model::{NoteLevel, ParseNote, Segment, Session, Spanned, TimeBasis, Timing};
use crate::source::Source;

use super::igf::Use;
use super::lines::Line;
use super::notation::{self, RangeValue};
use super::{codes, names};

mod lists;

use self::lists::{durations, run_on_durations, start_times};

/// What the breakdown gave.
#[derive(Debug, Default)]
pub struct Found {
    /// The segments, in the order written.
    pub segments: Vec<Segment>,
    /// How the breakdown was written and where it stood.
    pub timing: Option<Timing>,
    /// Notes about it.
    pub notes: Vec<ParseNote>,
}

#[derive(Debug, Clone, Copy)]
struct Hit {
    line: usize,
    start: usize,
    end: usize,
    value: RangeValue,
}

/// Finds the breakdown among the lines marked [`Use::Text`].
pub(crate) fn extract(src: &Source, lines: &[Line<'_>], uses: &[Use], session: &Session) -> Found {
    let mut found = Found::default();
    let mut hits = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if !readable(uses[i]) {
            continue;
        }
        for f in notation::find_ranges(line.text) {
            if let RangeValue::Bad { at } = f.value {
                found.notes.push(ParseNote {
                    code: codes::BAD_TIME.into(),
                    level: NoteLevel::Error,
                    message: bad_time_message(&line.text[at.0..at.1]),
                    span: src.span(line.start + at.0, line.start + at.1),
                });
                continue;
            }
            hits.push(Hit {
                line: i,
                start: line.start + f.start,
                end: line.start + f.end,
                value: shift(f.value, line.start),
            });
        }
    }
    let runs = runs(&hits, lines, uses);
    let best = runs.iter().enumerate().filter(|(_, r)| r.len() >= 2).max_by_key(|(i, r)| (r.len(), usize::MAX - i));
    if let Some((bi, run)) = best {
        for (i, r) in runs.iter().enumerate() {
            if i != bi && r.len() >= 2 {
                let h = r[0];
                found.notes.push(ParseNote {
                    code: codes::EXTRA_BREAKDOWN.into(),
                    level: NoteLevel::Info,
                    message: "a further list of times was kept as text only".into(),
                    span: src.span(h.start, h.end),
                });
            }
        }
        from_ranges(src, lines, run, session, &mut found);
        return found;
    }
    if durations(src, lines, uses, &mut found) || run_on_durations(src, lines, uses, &mut found) {
        return found;
    }
    start_times(src, lines, uses, session, &mut found);
    found
}

/// Why `text`, written as a time in a breakdown, cannot be read.
fn bad_time_message(text: &str) -> String {
    if text.starts_with(['-', '−']) {
        format!("`{text}` is a negative time; breakdown times count from the start of the session")
    } else if matches!(text, "24:00" | "24.00" | "24h00") {
        format!("`{text}` ends a day and cannot start a segment; write 00:00")
    } else {
        format!("`{text}` is not a valid time")
    }
}

fn shift(v: RangeValue, by: usize) -> RangeValue {
    let s = |(a, b): (usize, usize)| (a + by, b + by);
    match v {
        RangeValue::Clock { start, end, meridiem, start_at, end_at } => {
            RangeValue::Clock { start, end, meridiem, start_at: s(start_at), end_at: s(end_at) }
        }
        RangeValue::Offset { start, end, start_at, end_at } => {
            RangeValue::Offset { start, end, start_at: s(start_at), end_at: s(end_at) }
        }
        RangeValue::Bad { at } => RangeValue::Bad { at: s(at) },
    }
}

/// Groups hits into runs: a run breaks at a heading or after more than six lines of text.
fn runs(hits: &[Hit], lines: &[Line<'_>], uses: &[Use]) -> Vec<Vec<Hit>> {
    let mut out: Vec<Vec<Hit>> = Vec::new();
    for &h in hits {
        let joins = out.last().and_then(|r| r.last()).is_some_and(|prev| {
            let between = (prev.line + 1..h.line).filter(|&j| !lines[j].is_blank());
            let mut count = 0;
            for j in between {
                if uses[j] != Use::Text {
                    return false;
                }
                count += 1;
            }
            count <= 6
        });
        if joins {
            if let Some(r) = out.last_mut() {
                r.push(h);
            }
        } else {
            out.push(vec![h]);
        }
    }
    out
}

fn is_trim(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            ':' | '-' | '–' | '—' | '|' | ')' | '(' | '.' | ',' | ';' | '•' | '*' | '·' | '>' | '=' | '[' | ']'
        )
}

/// Trims separators and bullets from `text[a..b]`, returning the inner byte range.
fn clean(text: &str, a: usize, b: usize) -> (usize, usize) {
    let s = &text[a..b];
    let t = s.trim_start_matches(is_trim);
    let a2 = a + (s.len() - t.len());
    let t = t.trim_end_matches(|c: char| is_trim(c) && c != ')' && c != '.');
    let t = t.trim_end_matches(is_trim_end);
    // Keep a closing parenthesis when its opening one is kept.
    let mut end = a2 + t.len();
    if text[a2..end].contains('(') && text[end..b].starts_with(')') {
        end += 1;
    }
    (a2, end)
}

fn is_trim_end(c: char) -> bool {
    c.is_whitespace() || matches!(c, ':' | '-' | '–' | '—' | '|' | '(' | ',' | ';' | '[' | '=')
}

/// Strips a list marker (`-`, `*`, `•`, `1.`, `1)`, `a)`) from the start of `text[a..b]`.
fn strip_marker(text: &str, a: usize, b: usize) -> usize {
    let s = &text[a..b];
    let t = s.trim_start();
    let lead = s.len() - t.len();
    let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let after = &t[digits..];
    if digits > 0 && digits <= 2 && (after.starts_with(". ") || after.starts_with(") ")) {
        return a + lead + digits + 2;
    }
    let mut cs = t.chars();
    if let (Some(c), Some(p)) = (cs.next(), cs.next()) {
        if c.is_ascii_lowercase() && p == ')' {
            return a + lead + 2;
        }
    }
    a + lead
}

fn title_range(src: &Source, lines: &[Line<'_>], run: &[Hit], k: usize) -> (usize, usize) {
    let h = run[k];
    let line = lines[h.line];
    let text = &src.text;
    let next_same = run.get(k + 1).filter(|n| n.line == h.line).map(|n| n.start);
    let after_end = next_same.unwrap_or(line.end());
    let (mut a, b) = clean(text, h.end, after_end);
    // `10:00 – 10:10 CET Opening`, `10:00–10:10 (10 min) Opening`: skip the zone or length.
    loop {
        let t = &text[a..b];
        let word = t.split(|c: char| c.is_whitespace() || c == ')' || c == ':').next().unwrap_or("");
        let word_zone = !word.is_empty()
            && word.len() < t.len()
            && word.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || matches!(c, '+' | '-' | ':'))
            && crate::time::zone_from_name(word).is_ok();
        let skip = if word_zone {
            word.len()
        } else if let Ok((rest, _)) = notation::duration(t.trim_start_matches('(')) {
            let r = rest.trim_start();
            if r.starts_with(')') || r.starts_with(']') { t.len() - r.len() + 1 } else { 0 }
        } else {
            0
        };
        if skip == 0 {
            break;
        }
        let (na, nb) = clean(text, a + skip, b);
        if nb <= na {
            break;
        }
        a = na;
    }
    if b > a {
        return (a, b);
    }
    let prev_end =
        if k > 0 && run[k - 1].line == h.line { run[k - 1].end } else { strip_marker(text, line.start, h.start) };
    let (a, b) = clean(text, prev_end.min(h.start), h.start);
    (a, b.max(a))
}

fn notes_between(src: &Source, lines: &[Line<'_>], from: usize, to: usize) -> Option<String> {
    let parts: Vec<&str> = (from + 1..to).map(|j| lines[j].text).filter(|t| !t.is_empty()).collect();
    let _ = src;
    (!parts.is_empty()).then(|| parts.join("\n"))
}

fn slot_local_start(session: &Session) -> Option<(u32, u32)> {
    let slot = &session.slot.as_ref()?.value;
    let s = slot.start.time();
    let start = s.hour() * 60 + s.minute();
    let len = u32::try_from((slot.end - slot.start).num_minutes()).ok()?;
    Some((start, len))
}

fn from_ranges(src: &Source, lines: &[Line<'_>], run: &[Hit], session: &Session, found: &mut Found) {
    let clocks: Vec<(u32, u32, bool)> = run
        .iter()
        .filter_map(|h| match h.value {
            RangeValue::Clock { start, end, meridiem, .. } => Some((start, end, meridiem)),
            _ => None,
        })
        .collect();
    let last_title_end = title_range(src, lines, run, run.len() - 1).1;
    let run_span = src.span(run[0].start, run[run.len() - 1].end.max(last_title_end));
    let length = session.length_minutes().map_or(180, |l| l.clamp(0, 24 * 60) as u32);
    let slot = slot_local_start(session);
    let mut basis = TimeBasis::Relative;
    if let Some(&(first, _, _)) = clocks.first() {
        let last_end = clocks.iter().map(|c| c.1).max().unwrap_or(0);
        let absolute = if clocks.iter().any(|c| c.2) {
            true
        } else if first == 0 {
            false
        } else if slot.is_some_and(|(s, len)| first >= s && first <= s + len) {
            true
        } else if first < 60 {
            false
        } else if first >= 6 * 60 {
            true
        } else {
            let relative = last_end <= length;
            found.notes.push(ParseNote {
                code: codes::AMBIGUOUS_TIME_BASIS.into(),
                level: NoteLevel::Warning,
                message: format!(
                    "these times could be offsets from the start or times of day; read as {}",
                    if relative { "offsets from the start" } else { "times of day" }
                ),
                span: run_span,
            });
            !relative
        };
        if absolute {
            basis = TimeBasis::Absolute;
        }
    }
    let base = if basis == TimeBasis::Absolute {
        let first = clocks.first().map_or(0, |c| c.0);
        let last_end = clocks.iter().map(|c| c.1).max().unwrap_or(first);
        absolute_base(session, first, last_end, run_span, &mut found.notes)
    } else {
        0
    };
    for (k, h) in run.iter().enumerate() {
        let (start, end, sa, ea, clock) = match h.value {
            RangeValue::Clock { start, end, start_at, end_at, .. } if basis == TimeBasis::Absolute => {
                let rel = |m: u32| {
                    let d = m as i32 - base as i32;
                    if d < -12 * 60 { d + 24 * 60 } else { d }
                };
                let (s, mut e) = (rel(start), rel(end));
                if e < s && e + 24 * 60 - s <= 12 * 60 {
                    e += 24 * 60;
                }
                let t = |m: u32| NaiveTime::from_hms_opt(m / 60 % 24, m % 60, 0);
                let clock = t(start).zip(t(end));
                (s, e, start_at, end_at, clock)
            }
            RangeValue::Clock { start, end, start_at, end_at, .. }
            | RangeValue::Offset { start, end, start_at, end_at } => (start as i32, end as i32, start_at, end_at, None),
            RangeValue::Bad { .. } => continue,
        };
        let (mut ta, mut tb) = title_range(src, lines, run, k);
        let next_line = run.get(k + 1).map(|n| n.line);
        let mut first_note_line = h.line;
        // `12:00 - 12:45` alone on its line, its title on the next line (IGF meeting pages).
        if tb <= ta && next_line.is_none_or(|nl| nl > h.line) {
            let limit = next_line.unwrap_or(lines.len()).min(h.line + 3);
            if let Some(j) = (h.line + 1..limit).find(|&j| !lines[j].is_blank()) {
                let l = lines[j];
                let (a, b) = clean(&src.text, strip_marker(&src.text, l.start, l.end()), l.end());
                if b > a && (next_line.is_some() || b - a <= 120) {
                    (ta, tb) = (a, b);
                    first_note_line = j;
                }
            }
        }
        let mut notes = match next_line {
            Some(nl) if nl > first_note_line => notes_between(src, lines, first_note_line, nl),
            _ => None,
        };
        // A flattened table row: the first cell is the title, the others are notes.
        if let Some(bar) = src.text[ta..tb].find(" | ").or_else(|| src.text[ta..tb].find('|')) {
            let cells: Vec<&str> = src.text[ta + bar..tb].split('|').map(str::trim).filter(|c| !c.is_empty()).collect();
            let (a, b) = clean(&src.text, ta, ta + bar);
            if b > a {
                tb = b;
                let extra = cells.join(" | ");
                if !extra.is_empty() {
                    notes = Some(match notes {
                        Some(n) => format!("{extra}\n{n}"),
                        None => extra,
                    });
                }
            }
        }
        found.segments.push(Segment {
            start: Spanned::new(start, src.span(sa.0, sa.1)),
            end: Spanned::new(end, src.span(ea.0, ea.1)),
            title: Spanned::new(src.text[ta..tb].to_owned(), src.span(ta, tb)),
            notes,
            people: Vec::new(),
            cues: Vec::new(),
            clock,
            span: src.span(h.start, tb.max(h.end)),
        });
    }
    found.timing = Some(Timing { basis, span: run_span });
}

/// The minute of the day that counts as minute 0 for a breakdown in times of day: the slot's
/// start when the times fall inside the slot, else the first entry (with a note).
fn absolute_base(
    session: &Session,
    first: u32,
    last_end: u32,
    span: crate::model::Span,
    notes: &mut Vec<ParseNote>,
) -> u32 {
    match slot_local_start(session) {
        Some((s, len)) if first >= s && last_end <= s + len => s,
        Some((s, _)) => {
            let diff = first as i32 - s as i32;
            let shift = if diff % 30 == 0 && diff != 0 {
                format!(
                    " (they start {} from the slot's start in {}; perhaps local time)",
                    signed_hm(diff),
                    slot_zone(session)
                )
            } else {
                String::new()
            };
            notes.push(ParseNote {
                code: codes::TIMES_OUTSIDE_SLOT.into(),
                level: NoteLevel::Warning,
                message: format!("the breakdown's times of day do not fall inside the slot{shift}; minutes count from the first entry"),
                span,
            });
            first
        }
        None => {
            notes.push(ParseNote {
                code: codes::ABSOLUTE_WITHOUT_SLOT.into(),
                level: NoteLevel::Info,
                message: "times of day with no slot; minutes count from the first entry".into(),
                span,
            });
            first
        }
    }
}

fn signed_hm(m: i32) -> String {
    let a = m.unsigned_abs();
    format!("{}{}:{:02}", if m < 0 { "-" } else { "+" }, a / 60, a % 60)
}

fn slot_zone(session: &Session) -> String {
    session.slot.as_ref().map_or_else(String::new, |s| crate::time::zone_name(&s.value.zone))
}

/// The most words a name (once folded) may have to be looked for in segment texts; longer
/// "names" are not names, and the bound keeps the scan linear in the text.
const MAX_NAME_WORDS: usize = 12;

/// Lists, for each segment, the session's people whose full name appears in its title or
/// notes, in the order they appear.
///
/// Every folded spelling of two or more words is put in a map, and each segment's folded
/// text is read once, looking up the runs of two to [`MAX_NAME_WORDS`] words that start at
/// each word, so the cost grows with the text and not with the number of people times it.
pub fn attach_people(session: &mut Session) {
    let mut forms: HashMap<String, usize> = HashMap::new();
    let mut longest = 0;
    for (i, p) in session.people.iter().enumerate() {
        for form in std::iter::once(&p.name).chain(&p.aliases).map(|n| names::fold(&n.value)) {
            let words = form.split(' ').count();
            if form.contains(' ') && words <= MAX_NAME_WORDS {
                longest = longest.max(words);
                forms.entry(form).or_insert(i);
            }
        }
    }
    if forms.is_empty() {
        return;
    }
    for seg in &mut session.segments {
        if !seg.people.is_empty() {
            continue;
        }
        let text = format!("{} {}", seg.title.value, seg.notes.as_deref().unwrap_or(""));
        let folded = names::fold(&text);
        let starts: Vec<usize> = std::iter::once(0)
            .chain(folded.match_indices(' ').map(|(i, _)| i + 1))
            .collect();
        // The first place each person is named; a later form of the same person is ignored.
        let mut first: HashMap<usize, usize> = HashMap::new();
        for (k, &at) in starts.iter().enumerate() {
            for n in 2..=longest {
                let end = match starts.get(k + n) {
                    Some(next) => next - 1,
                    None if k + n == starts.len() => folded.len(),
                    None => break,
                };
                if let Some(&person) = forms.get(&folded[at..end]) {
                    first.entry(person).or_insert(at);
                }
            }
        }
        let mut hits: Vec<(usize, &str)> =
            first.into_iter().map(|(person, at)| (at, session.people[person].name.value.as_str())).collect();
        hits.sort();
        seg.people = hits.into_iter().map(|(_, n)| n.to_owned()).collect();
    }
}

/// Lines the breakdown may stand in: text, and headings with text after their colon
/// (`Agenda: Welcome (5 min), ...`).
fn readable(u: Use) -> bool {
    matches!(u, Use::Text | Use::Heading)
}
