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

use chrono::{NaiveTime, Timelike};

use crate::model::{NoteLevel, ParseNote, Segment, Session, Spanned, TimeBasis, Timing};
use crate::source::Source;

use super::igf::Use;
use super::lines::Line;
use super::notation::{self, RangeValue};
use super::{codes, names};

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
                    message: format!("`{}` is not a valid time", &line.text[at.0..at.1]),
                    span: src.span(line.start + at.0, line.start + at.1),
                });
                continue;
            }
            hits.push(Hit { line: i, start: line.start + f.start, end: line.start + f.end, value: shift(f.value, line.start) });
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

fn shift(v: RangeValue, by: usize) -> RangeValue {
    let s = |(a, b): (usize, usize)| (a + by, b + by);
    match v {
        RangeValue::Clock { start, end, meridiem, start_at, end_at } => {
            RangeValue::Clock { start, end, meridiem, start_at: s(start_at), end_at: s(end_at) }
        }
        RangeValue::Offset { start, end, start_at, end_at } => RangeValue::Offset { start, end, start_at: s(start_at), end_at: s(end_at) },
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
    c.is_whitespace() || matches!(c, ':' | '-' | '–' | '—' | '|' | ')' | '(' | '.' | ',' | ';' | '•' | '*' | '·' | '>' | '=' | '[' | ']')
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
    let prev_end = if k > 0 && run[k - 1].line == h.line { run[k - 1].end } else { strip_marker(text, line.start, h.start) };
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
            RangeValue::Clock { start, end, start_at, end_at, .. } | RangeValue::Offset { start, end, start_at, end_at } => {
                (start as i32, end as i32, start_at, end_at, None)
            }
            RangeValue::Bad { .. } => continue,
        };
        let (ta, mut tb) = title_range(src, lines, run, k);
        let next_line = run.get(k + 1).map(|n| n.line);
        let mut notes = match next_line {
            Some(nl) if nl > h.line => notes_between(src, lines, h.line, nl),
            _ => None,
        };
        // A flattened table row: the first cell is the title, the others are notes.
        if let Some(bar) = src.text[ta..tb].find(" | ").or_else(|| src.text[ta..tb].find('|')) {
            let cells: Vec<&str> =
                src.text[ta + bar..tb].split('|').map(str::trim).filter(|c| !c.is_empty()).collect();
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
fn absolute_base(session: &Session, first: u32, last_end: u32, span: crate::model::Span, notes: &mut Vec<ParseNote>) -> u32 {
    match slot_local_start(session) {
        Some((s, len)) if first >= s && last_end <= s + len => s,
        Some((s, _)) => {
            let diff = first as i32 - s as i32;
            let shift = if diff % 30 == 0 && diff != 0 {
                format!(" (they start {} from the slot's start in {}; perhaps local time)", signed_hm(diff), slot_zone(session))
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

/// A line of a duration-only agenda: one duration, in a list item, in parentheses, or at
/// the start or end of the line.
fn duration_item(text: &str) -> Option<(notation::Found<u32>, (usize, usize))> {
    if text.len() > 200 {
        return None;
    }
    let ds = notation::find_durations(text);
    let d = *ds.first()?;
    if ds.len() > 1 {
        return None;
    }
    let before = text[..d.start].trim_end();
    let after = text[d.end..].trim_start();
    let marker_end = strip_marker(text, 0, text.len());
    let bulleted = marker_end > 0 || text.starts_with(['-', '*', '•', '–']);
    let in_parens = (before.ends_with('(') || before.ends_with('[')) && (after.starts_with(')') || after.starts_with(']'));
    let at_start = before.trim_start_matches(|c: char| is_trim(c) || c.is_ascii_digit()).is_empty();
    let at_end = after.trim_end_matches(is_trim).is_empty();
    if !(bulleted || in_parens || at_start || at_end) {
        return None;
    }
    // Title: the text around the duration, without it and its brackets.
    let (mut a, mut b) = (d.start, d.end);
    if in_parens {
        a = text[..d.start].trim_end().len() - 1;
        b = text.len() - text[d.end..].trim_start().len() + 1;
    }
    let (pa, pb) = clean(text, strip_marker(text, 0, a), a);
    let (qa, qb) = clean(text, b, text.len());
    let title = if pb > pa && (qb <= qa || at_end || in_parens) { (pa, pb) } else if qb > qa { (qa, qb) } else { (pa, pb) };
    Some((d, title))
}

/// The text after a parenthesised duration when the title stands before it
/// (`Round 1 (20 min): Who pays?` → `Who pays?`), kept as the segment's notes.
fn after_title(text: &str, d: &notation::Found<u32>, title: (usize, usize)) -> Option<String> {
    if title.1 > d.start {
        return None;
    }
    let after = text[d.end..].trim_start();
    let after = after.strip_prefix([')', ']']).unwrap_or(after);
    let (a, b) = clean(after, 0, after.len());
    (b > a).then(|| after[a..b].to_owned())
}

fn durations(src: &Source, lines: &[Line<'_>], uses: &[Use], found: &mut Found) -> bool {
    let mut best: Vec<(usize, notation::Found<u32>, (usize, usize))> = Vec::new();
    let mut cur: Vec<(usize, notation::Found<u32>, (usize, usize))> = Vec::new();
    let mut gap = 0;
    for (i, line) in lines.iter().enumerate() {
        if line.is_blank() {
            gap += 1;
            if gap > 1 && !cur.is_empty() {
                // Items may be separated by one blank line, not more.
                if cur.len() > best.len() {
                    best = std::mem::take(&mut cur);
                }
                cur.clear();
            }
            continue;
        }
        gap = 0;
        match readable(uses[i]).then(|| duration_item(line.text)).flatten() {
            Some((d, t)) => cur.push((i, d, t)),
            None => {
                if cur.len() > best.len() {
                    best = std::mem::take(&mut cur);
                }
                cur.clear();
            }
        }
    }
    if cur.len() > best.len() {
        best = cur;
    }
    if best.len() < 2 {
        return false;
    }
    let mut at = 0i32;
    for (i, d, (ta, tb)) in &best {
        let line = lines[*i];
        let m = d.value as i32;
        let dspan = src.span(line.start + d.start, line.start + d.end);
        found.segments.push(Segment {
            start: Spanned::new(at, dspan),
            end: Spanned::new(at + m, dspan),
            title: Spanned::new(line.text[*ta..*tb].to_owned(), src.span(line.start + ta, line.start + tb)),
            notes: after_title(line.text, d, (*ta, *tb)),
            people: Vec::new(),
            cues: Vec::new(),
            clock: None,
            span: src.span(line.start, line.end()),
        });
        at += m;
    }
    let first = lines[best[0].0];
    let last = lines[best[best.len() - 1].0];
    found.timing = Some(Timing { basis: TimeBasis::Durations, span: src.span(first.start, last.end()) });
    true
}

/// Durations run on in one line: `Welcome (5 min), Panel (40 min), Q&A (30 min)` or
/// `10 min welcome; 40 min panel; 30 min Q&A`. Needs three or more, each in parentheses,
/// or each after a separator (`,` `;` `|` `/` `.`), so prose such as `90 minutes, with 10
/// minutes for questions` is not read as an agenda.
fn run_on_durations(src: &Source, lines: &[Line<'_>], uses: &[Use], found: &mut Found) -> bool {
    for (i, line) in lines.iter().enumerate() {
        if !readable(uses[i]) {
            continue;
        }
        let t = line.text;
        let ds = notation::find_durations(t);
        if ds.len() < 3 {
            continue;
        }
        let in_parens = ds.iter().all(|d| t[..d.start].trim_end().ends_with('(') && t[d.end..].trim_start().starts_with(')'));
        let separated = ds.iter().enumerate().all(|(k, d)| {
            let before = t[..d.start].trim_end();
            k == 0 && (before.is_empty() || before.ends_with(':')) || before.ends_with([',', ';', '|', '/', '.', '•'])
        });
        if !in_parens && !separated {
            continue;
        }
        let mut items = Vec::new();
        for (k, d) in ds.iter().enumerate() {
            let (a, b) = if in_parens {
                let open = t[..d.start].trim_end().len() - 1;
                let from = if k == 0 { label_end(t) } else { t[ds[k - 1].end..].find(')').map_or(ds[k - 1].end, |p| ds[k - 1].end + p + 1) };
                clean(t, from.min(open), open)
            } else {
                let to = ds.get(k + 1).map_or(t.len(), |n| n.start);
                clean(t, d.end, to)
            };
            if b <= a {
                break;
            }
            items.push((*d, (a, b)));
        }
        if items.len() < 3 || items.len() != ds.len() {
            continue;
        }
        let mut at = 0i32;
        for (d, (a, b)) in &items {
            let m = d.value as i32;
            let dspan = src.span(line.start + d.start, line.start + d.end);
            found.segments.push(Segment {
                start: Spanned::new(at, dspan),
                end: Spanned::new(at + m, dspan),
                title: Spanned::new(t[*a..*b].to_owned(), src.span(line.start + a, line.start + b)),
                notes: None,
                people: Vec::new(),
                cues: Vec::new(),
                clock: None,
                span: src.span(line.start + a.min(&d.start), line.start + b.max(&d.end)),
            });
            at += m;
        }
        found.timing = Some(Timing { basis: TimeBasis::Durations, span: src.span(line.start, line.end()) });
        return true;
    }
    false
}

/// The byte just after a leading `Agenda:`-style label, or 0.
fn label_end(t: &str) -> usize {
    match t.find(':') {
        Some(c) if c <= 40 && !t[..c].contains('(') && t[..c].split_whitespace().count() <= 4 => c + 1,
        _ => 0,
    }
}

/// `10:00 Opening` / `10:10 Panel` / `11:30 Close`: start times only.
fn start_times(src: &Source, lines: &[Line<'_>], uses: &[Use], session: &Session, found: &mut Found) {
    let mut best: Vec<(usize, u32, (usize, usize))> = Vec::new();
    let mut cur: Vec<(usize, u32, (usize, usize))> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        if line.is_blank() {
            continue;
        }
        let item = readable(uses[i]).then(|| {
            let a = strip_marker(line.text, 0, line.text.len());
            notation::leading_clock(&line.text[a..]).map(|(m, (x, y))| (m, (a + x, a + y)))
        });
        match item.flatten() {
            Some((m, at)) if cur.last().is_none_or(|l| l.1 < m) => cur.push((i, m, at)),
            _ => {
                if cur.len() > best.len() {
                    best = std::mem::take(&mut cur);
                }
                cur.clear();
            }
        }
    }
    if cur.len() > best.len() {
        best = cur;
    }
    if best.len() < 2 {
        return;
    }
    let first = best[0].1;
    let last = best[best.len() - 1].1;
    let run_span = src.span(lines[best[0].0].start, lines[best[best.len() - 1].0].end());
    let base = absolute_base(session, first, last, run_span, &mut found.notes);
    let end_of_session = session.length_minutes().map(|l| l as i32 + base as i32 - first as i32);
    type Item = (usize, u32, (usize, usize), (usize, usize));
    let mut items: Vec<Item> = Vec::new();
    for (i, m, at) in &best {
        let line = lines[*i];
        let (ta, tb) = clean(line.text, at.1, line.text.len());
        items.push((*i, *m, *at, (ta, tb)));
    }
    let relative = |m: u32| m as i32 - base as i32;
    for (k, (i, m, at, (ta, tb))) in items.iter().enumerate() {
        let line = lines[*i];
        let end = match items.get(k + 1) {
            Some(next) => relative(next.1),
            None => {
                // A last entry with no title (`11:30 End`) only marks the end.
                match end_of_session {
                    Some(e) if e > relative(*m) => e,
                    _ => break,
                }
            }
        };
        let is_end_marker = k + 1 == items.len() - 1 && {
            let (_, _, _, (na, nb)) = items[k + 1];
            let t = lines[items[k + 1].0].text[na..nb].to_lowercase();
            t.is_empty() || ["end", "close", "closing", "end of session", "adjourn"].contains(&t.as_str())
        };
        let sspan = src.span(line.start + at.0, line.start + at.1);
        let espan = items.get(k + 1).map_or(sspan, |n| src.span(lines[n.0].start + n.2.0, lines[n.0].start + n.2.1));
        let t = |m: u32| NaiveTime::from_hms_opt(m / 60 % 24, m % 60, 0);
        let end_clock = (end + base as i32).max(0) as u32;
        found.segments.push(Segment {
            start: Spanned::new(relative(*m), sspan),
            end: Spanned::new(end, espan),
            title: Spanned::new(line.text[*ta..*tb].to_owned(), src.span(line.start + ta, line.start + tb)),
            notes: None,
            people: Vec::new(),
            cues: Vec::new(),
            clock: t(*m).zip(t(end_clock)),
            span: src.span(line.start, line.end()),
        });
        if is_end_marker {
            break;
        }
    }
    if !found.segments.is_empty() {
        found.timing = Some(Timing { basis: TimeBasis::Absolute, span: run_span });
    }
}

/// Lists, for each segment, the session's people whose full name appears in its title or
/// notes, in the order they appear.
pub fn attach_people(session: &mut Session) {
    let people: Vec<(String, Vec<String>)> = session
        .people
        .iter()
        .map(|p| {
            let mut forms = vec![names::fold(&p.name.value)];
            forms.extend(p.aliases.iter().map(|a| names::fold(&a.value)));
            (p.name.value.clone(), forms)
        })
        .collect();
    for seg in &mut session.segments {
        if !seg.people.is_empty() {
            continue;
        }
        let text = format!("{} {}", seg.title.value, seg.notes.as_deref().unwrap_or(""));
        let folded = format!(" {} ", names::fold(&text));
        let mut hits: Vec<(usize, String)> = people
            .iter()
            .filter_map(|(name, forms)| {
                forms.iter().filter(|f| f.contains(' ')).filter_map(|f| folded.find(&format!(" {f} "))).min().map(|at| (at, name.clone()))
            })
            .collect();
        hits.sort();
        seg.people = hits.into_iter().map(|(_, n)| n).collect();
    }
}

/// Lines the breakdown may stand in: text, and headings with text after their colon
/// (`Agenda: Welcome (5 min), ...`).
fn readable(u: Use) -> bool {
    matches!(u, Use::Text | Use::Heading)
}
