//! Clock-time agendas: ranges and start times linked by chronological continuity.
//!
//! Every clock range, offset range and start time that stands where an agenda entry starts
//! (the start of a line or table cell, after a bullet; a range also in parentheses, at the
//! end of a line, after a list marker run on behind a sentence, before the bracketed
//! lengths of its parts that fill it, or run on in a paragraph) is an anchor. Anchors join
//! a chain in text order across any untimed lines; a chain breaks at the start of a new
//! sitting (a day marker or a slot line), when time goes back to or before the chain's
//! first start (a new day's table, a repeated copy of the agenda), or after a long stretch
//! of text. A step back that stays inside the chain's span is an out-of-order entry, kept
//! for the validator to report. Ambiguous 12-hour times take the reading that keeps the
//! chain moving forward (`12:30 - 1:30` then `1:30 - 3:30` is 12:30 to 15:30).

use crate::parse::notation::ClockStyle;

use super::anchors::{after_run_on_marker, place};
use super::layout::Marker;
use super::tokens::{Dur, Kind, Time, Token};
use super::{Basis, Candidate, Covered, Doc, Item};

/// What an anchor gives.
#[derive(Debug, Clone, Copy)]
enum Written {
    Range(Time, Time),
    Point(Time),
    Offset(u32, u32),
}

/// An entry's time as it stands in the text.
#[derive(Debug, Clone)]
pub(crate) struct Anchor {
    line: usize,
    at: (usize, usize),
    written: Written,
    end_at: Option<(usize, usize)>,
    length: Option<(Dur, (usize, usize))>,
    strength: f32,
    cell: Option<usize>,
    parallel: bool,
    approx: bool,
}

/// Every anchor in the text, in order, leaving out the tokens in `excluded` (slot lines).
pub(crate) fn anchors(doc: &Doc<'_>, excluded: &Covered) -> Vec<Anchor> {
    let mut out = Vec::new();
    let mut skip_to = 0;
    for li in 0..doc.lines.len() {
        let shape = &doc.shapes[li];
        if shape.rule || li < skip_to {
            continue;
        }
        if let Some(a) = split_range(doc, li, excluded) {
            out.push(a);
            skip_to = li + 3;
            continue;
        }
        if let Some(a) = record_span(doc, li, excluded) {
            out.push(a);
            skip_to = li + 2;
            continue;
        }
        if let Some(a) = cell_pair(doc, li, excluded) {
            out.push(a);
            skip_to = li + 2;
            continue;
        }
        if let Some(a) = until_block(doc, li, excluded) {
            out.push(a);
            skip_to = li + 2;
            continue;
        }
        let from = doc.by_line[li].start;
        let toks: Vec<&Token> = doc.line_tokens(li).iter().enumerate().filter(|&(k, t)| !excluded.covers(t.at) && !zone_restated(doc, from + k)).map(|(_, t)| t).collect();
        if !toks.iter().any(|t| matches!(t.kind, Kind::Range(..) | Kind::Point(_) | Kind::Offset(..))) {
            continue;
        }
        if shape.cells.is_empty() {
            line_anchors(doc, li, &toks, &mut out);
        } else {
            row_anchor(doc, li, &toks, &mut out);
        }
    }
    out
}

/// True when token `gi` is a range in brackets with its own zone, right after a range of
/// the same length with another zone (`10:00-11:30 CET (09:00-10:30 GMT)`): the same time
/// in a second zone, no entry of its own.
fn zone_restated(doc: &Doc<'_>, gi: usize) -> bool {
    let toks = &doc.tokens;
    let (Some(t), Some(z), Some(pz), Some(pr)) = (toks.get(gi), toks.get(gi + 1), gi.checked_sub(1).and_then(|k| toks.get(k)), gi.checked_sub(2).and_then(|k| toks.get(k))) else {
        return false;
    };
    let (Kind::Range(a, b), Kind::Zone(_), Kind::Zone(_), Kind::Range(c, d)) = (&t.kind, &z.kind, &pz.kind, &pr.kind) else { return false };
    let text = doc.text;
    let blank = |x: usize, y: usize| text.get(x..y).is_some_and(|s| s.trim().is_empty());
    let opened = text.get(pz.at.1..t.at.0).is_some_and(|s| s.trim() == "(" || s.trim() == "[");
    let len = |x: &Time, y: &Time| Some((*y.readings().first()? as i32 - *x.readings().first()? as i32).rem_euclid(24 * 60));
    opened && blank(t.at.1, z.at.0) && blank(pr.at.1, pz.at.0) && !text[z.at.0..z.at.1].eq_ignore_ascii_case(&text[pz.at.0..pz.at.1]) && len(a, b).is_some() && len(a, b) == len(c, d)
}

/// A range written over three lines, each time alone on its line (`08:45` / `to` /
/// `09:00`), as web pages flatten a schedule's cells.
fn split_range(doc: &Doc<'_>, li: usize, excluded: &Covered) -> Option<Anchor> {
    let lone = |j: usize| time_alone(doc, j, excluded);
    let a = lone(li)?;
    let mid = doc.lines.get(li + 1)?.text.trim();
    let joined = matches!(mid, "-" | "–" | "—" | "~" | "〜" | "～" | "∼") || crate::parse::words::is_range_word(&crate::parse::words::fold(mid));
    if !joined || li + 2 >= doc.lines.len() {
        return None;
    }
    let b = lone(li + 2)?;
    if !may_end(&a, &b) {
        return None;
    }
    Some(range_anchor(li, a, b))
}

/// A record's start time and, on the next line, its end (`- start: "09:00"` / `  end:
/// "09:30"`), as a site's schedule data lists its entries.
fn record_span(doc: &Doc<'_>, li: usize, excluded: &Covered) -> Option<Anchor> {
    if !doc.shapes[li].timed || !doc.shapes.get(li + 1)?.ends {
        return None;
    }
    let lone = |j: usize| {
        let [t] = doc.line_tokens(j) else { return None };
        let Kind::Point(p) = t.kind else { return None };
        (t.at.0 == doc.shapes[j].body && !excluded.covers(t.at)).then_some(p)
    };
    let a = lone(li)?;
    let b = lone(li + 1)?;
    may_end(&a, &b).then(|| range_anchor(li, a, b))
}

/// The anchor of a range written apart, its start on line `li`, its end where `b` is.
fn range_anchor(li: usize, a: Time, b: Time) -> Anchor {
    Anchor { line: li, at: a.at, written: Written::Range(a, b), end_at: Some(b.at), length: None, strength: 1.0, cell: None, parallel: false, approx: false }
}

/// The time that line `j` holds alone (a cell's bars around it or not), not in `excluded`.
fn time_alone(doc: &Doc<'_>, j: usize, excluded: &Covered) -> Option<Time> {
    // The line after the last (a text ending in a time alone) holds nothing.
    if j >= doc.lines.len() {
        return None;
    }
    let t = lone_token(doc, j)?;
    let Kind::Point(p) = t.kind else { return None };
    (!excluded.covers(t.at)).then_some(p)
}

/// The one token of line `j` when the line holds it alone (a cell's bars around it or not).
pub(crate) fn lone_token<'d>(doc: &'d Doc<'_>, j: usize) -> Option<&'d Token> {
    let [t] = doc.line_tokens(j) else { return None };
    let cell = doc.lines.get(j)?.text.trim_matches(|c: char| c == '|' || c.is_whitespace());
    (cell.len() == t.at.1 - t.at.0).then_some(t)
}

/// A table's start and finish cells flattened one to a line (`08:30 |` / `09:00 |` /
/// `Registration |`): two lines each holding a time alone (a cell's bar after it or not),
/// the second later, between lines that hold no time alone.
fn cell_pair(doc: &Doc<'_>, li: usize, excluded: &Covered) -> Option<Anchor> {
    let lone = |j: usize| time_alone(doc, j, excluded);
    let a = lone(li)?;
    let b = lone(li + 1)?;
    let apart = |j: Option<usize>| j.is_none_or(|j| j >= doc.lines.len() || doc.lines[j].is_blank() || lone(j).is_none());
    if !apart(li.checked_sub(1)) || !apart(Some(li + 2)) || !may_end(&a, &b) {
        return None;
    }
    Some(range_anchor(li, a, b))
}

/// A block's start alone on its line over its title with its end in brackets (`9:00 AM` /
/// `Opening discussion (until 10:15 AM)`), as meeting pages list blocks over their talks.
fn until_block(doc: &Doc<'_>, li: usize, excluded: &Covered) -> Option<Anchor> {
    let toks = doc.line_tokens(li);
    let [t] = toks else { return None };
    let Kind::Point(a) = t.kind else { return None };
    if doc.lines[li].text.trim().len() != t.at.1 - t.at.0 || excluded.covers(t.at) {
        return None;
    }
    let next = doc.lines.get(li + 1)?;
    let [u] = doc.line_tokens(li + 1) else { return None };
    let Kind::Point(b) = u.kind else { return None };
    let before = doc.text[next.start..u.at.0].trim_end();
    let after = doc.text[u.at.1..next.end()].trim();
    let w = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let opened = before[..before.len() - w.len()].trim_end();
    let until = matches!(crate::parse::words::fold(w).as_str(), "until" | "till" | "to" | "bis" | "hasta" | "ate" | "fino");
    let titled = opened.strip_suffix('(').is_some_and(|x| x.trim_end().chars().any(char::is_alphabetic));
    if !(until && titled && after == ")" && may_end(&a, &b)) {
        return None;
    }
    Some(range_anchor(li, a, b))
}

/// True when `b`, written apart from `a` (on the next lines, in the next column), may end a
/// range that `a` starts: one of its readings is after `a`'s likeliest one.
fn may_end(a: &Time, b: &Time) -> bool {
    let rb = b.readings();
    a.readings().first().is_some_and(|&x| rb.iter().any(|&y| y > x))
}

fn line_anchors(doc: &Doc<'_>, li: usize, toks: &[&Token], out: &mut Vec<Anchor>) {
    let ranges = toks.iter().filter(|t| matches!(t.kind, Kind::Range(..) | Kind::Offset(..))).count();
    // Counted once: a line of many times asks of each.
    let times = toks.iter().filter(|t| matches!(t.kind, Kind::Point(_) | Kind::Range(..))).count();
    let offsets = toks.iter().filter(|t| matches!(t.kind, Kind::Offset(..))).count();
    let line_end = doc.lines[li].end();
    // Start times each run on before a capitalised title (`6:00 Overview 6:03 Citizen Input
    // 6:10 Approve Minutes`): an agenda of start times flattened into one line.
    let named_after = |t: &Token| {
        let next = doc.text[t.at.1..line_end].trim_start();
        let mut c = next.chars();
        next.starts_with([':', '►', '|', '–', '-', '—', '→']) || c.next().is_some_and(char::is_uppercase) && c.next().is_some_and(char::is_lowercase)
    };
    // Only after a word for an agenda on the line: a timetable's or a listing's run-on
    // times are no agenda.
    let agenda_said = || {
        let first = toks.iter().find(|t| matches!(t.kind, Kind::Point(_))).map_or(line_end, |t| t.at.0);
        doc.text[doc.lines[li].start..first].split(|c: char| !c.is_alphabetic()).any(|w| agenda_word(&crate::parse::words::fold(w)))
    };
    let named_points = if toks.len() >= 4 && agenda_said() { toks.iter().filter(|t| matches!(t.kind, Kind::Point(_)) && named_after(t)).count() } else { 0 };
    for (k, t) in toks.iter().enumerate() {
        let p = place(doc, li, t.at);
        let (written, strength) = match &t.kind {
            // `dalle 10 alle 13` frames a session; it is no agenda entry.
            Kind::Range(a, b) if a.bare() && b.bare() => continue,
            Kind::Range(a, b) => {
                // One range in the middle of a sentence (`changed the start from 9am to
                // 10am`) is prose; several on one line are a run-on breakdown.
                // A short heading line naming its entry, time and place (`Roll Call - 9.00-9.15am
                // - Main Hall`, `Buffet Lunch 12.30-2.00pm Room 3`) holds the range mid-line.
                let heading = || ranges == 1 && doc.lines[li].text.split_whitespace().count() <= 8 && !doc.lines[li].text.contains(". ");
                // `From 9:00 to 9:30: Welcome`, `Fra kl. 18:45 til 19:00 –`: the word that
                // opens a range with its title set off right after it opens the entry too.
                let opened = || doc.text[t.at.1..line_end].trim_start().starts_with([':', '►', '|', '–', '-', '—', '→']) && super::anchors::opened(doc, li, t.at.0);
                // `(the last talk moved to 15:00-15:30)`: a remark in brackets, words before the range
                // inside them, tells of a time; `Annual Assembly (2:45-5:00)` gives its own.
                // (`Keynote (Great Hall, 9:00-10:00)` gives its entry's place and time: the
                // bracket must open the line, or say the time changed.)
                // The 80 bytes before the range, for both tests below: a bounded window, so a
                // line of many ranges costs what its ranges do.
                let from = crate::source::floor_char(doc.text, t.at.0.saturating_sub(80).max(doc.lines[li].start));
                let before = &doc.text[from..t.at.0];
                let remark = || {
                    before.rfind('(').is_some_and(|o| {
                        let inside: Vec<String> = before[o + 1..].split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).map(crate::parse::words::fold).collect();
                        let opens_line = from + o == doc.lines[li].start + (doc.lines[li].text.len() - doc.lines[li].text.trim_start().len());
                        let changed = inside.iter().any(|w| matches!(w.trim_end_matches([',', ':']), "moved" | "changed" | "rescheduled" | "postponed" | "instead" | "was" | "now" | "previously" | "originally" | "verschoben" | "deplace" | "spostato" | "trasladado"));
                        !before[o..].contains(')') && inside.len() >= 2 && (opens_line || changed)
                    })
                };
                // `You are welcome to stay all day, from 10:30 to 19:00.`: a sentence
                // ending in a range, five words or more before it, tells of the day.
                // (An entry ending in its own range, `Coffee in the foyer, 10:30-11:00.`, has no
                // word for "from" before it.)
                let sentence = || {
                    let rest = doc.text[t.at.1..line_end].trim_end();
                    let opener = before.split_whitespace().next_back().map(crate::parse::words::fold);
                    let from_word = opener.is_some_and(|w| matches!(w.as_str(), "from" | "dalle" | "dal" | "dalla" | "von" | "de" | "des" | "du" | "desde" | "das" | "vanaf" | "od" | "fra" | "fran" | "с" | "between" | "entre" | "zwischen" | "tra"));
                    from_word && rest.len() <= 4 && rest.trim_start() == "." && before.split_whitespace().filter(|w| w.contains(char::is_alphabetic)).count() >= 5
                };
                if remark() || p.end && !p.start && sentence() {
                    continue;
                }
                let s = if p.start || opened() {
                    1.0
                } else if p.end && p.paren {
                    // A short line naming its entry with the range in brackets after the name
                    // (`Annual Assembly (2:45-5:00)`) is a heading as a range opening it is.
                    if heading() { 0.95 } else { 0.85 }
                } else if p.end {
                    0.8
                } else if p.paren {
                    0.65
                } else if after_run_on_marker(doc, li, t.at) {
                    // `… equilibri. - ore 17.30-18.30: Conclusioni`: an entry run on into
                    // the paragraph above it.
                    0.6
                } else if ranges >= 2 {
                    0.55
                } else if heading() {
                    0.6
                } else if filled_by_parts(doc, li, &toks[k + 1..], a, b) {
                    // A programme flattened into one paragraph: the range's talks follow it
                    // with their lengths, which fill it.
                    0.9
                } else {
                    continue;
                };
                (Written::Range(*a, *b), s)
            }
            Kind::Offset(a, b) => {
                // `0-10 min` starts its entry; `Dauer: 30–60 Minuten` is a ranged length, and
                // so is `(4-5 minutes a table)` in the text of an entry a clock range opens:
                // only several offsets on one line are a run-on breakdown of offsets.
                let s = if p.start { 0.9 } else if offsets >= 2 { 0.5 } else { continue };
                (Written::Offset(*a, *b), s)
            }
            Kind::Point(a) => {
                // A row of three or more bare times (`07:00 08:10 09:30`) is a timetable, not
                // an entry (a start and an end column, `09:00  10:00  Welcome`, is one).
                // A record's start and end values (`"start": "09:00", "end": "09:30"`) are
                // such columns too.
                let bare_after = |x: &Token, y: &Token| {
                    let gap = doc.text.get(x.at.1..y.at.0).unwrap_or("");
                    let key = || gap.trim_matches(|c: char| matches!(c, '"' | '\'' | ',' | ':' | ' '));
                    matches!(y.kind, Kind::Point(_) | Kind::Range(..))
                        && x.at.1 <= y.at.0
                        && (!gap.contains(char::is_alphanumeric) || gap.len() <= 16 && gap.contains(':') && super::layout::is_end_key(key()))
                };
                let row = toks.len() > k + 2 && bare_after(t, toks[k + 1]) && bare_after(toks[k + 1], toks[k + 2]);
                if row {
                    continue;
                }
                // A start and an end column (`09:00<TAB>10:00<TAB>Welcome`) are a range.
                if let Some(x) = toks.get(k + 1).filter(|x| p.start && bare_after(t, x)) {
                    if let Kind::Point(b) = x.kind {
                        if may_end(a, &b) {
                            out.push(Anchor { line: li, at: (t.at.0, x.at.1), written: Written::Range(*a, b), end_at: Some(x.at), length: None, strength: 0.9, cell: None, parallel: false, approx: t.approx });
                            break;
                        }
                    }
                }
                let next = doc.text[t.at.1..line_end].trim_start();
                let titled = next.starts_with([':', '►', '|', '–', '-', '—', '→']);
                // `9:30 Receção e registo 10:00-11:35 Sessão inaugural`: a start time run on
                // before a capitalised title, in a line of the programme's ranges.
                let named = {
                    let mut c = next.chars();
                    c.next().is_some_and(char::is_uppercase) && c.next().is_some_and(char::is_lowercase)
                };
                // `Welcome ........ 10:00`: a printed programme's dot leaders run from the
                // title to its start time at the line's end.
                let leader = || p.end && toks.len() == 1 && {
                    let b = doc.text[doc.lines[li].start..t.at.0].trim_end();
                    b.ends_with("...") || b.ends_with('…') || b.ends_with(". . .")
                };
                // `## Lunch at 12:00`, `- Welcome: 8:00`, `Accueil à 8h`: a short line naming its
                // entry, its start time closing it after a word for "at" or a separator.
                // (`8h00` is also read as a length: only other times count.)
                let closing = || p.end && toks.iter().filter(|x| !matches!(x.kind, Kind::Dur(_))).count() == 1 && {
                    let b = doc.text[doc.lines[li].start..t.at.0].trim_end();
                    let last = b.rsplit(char::is_whitespace).next().unwrap_or("").to_lowercase();
                    // Not a sentence (`The day begins at 9:00.`), nor a title giving a day
                    // (`Members' meeting, Saturday at 3pm`).
                    (2..=7).contains(&b.split_whitespace().count())
                        && !next.starts_with('.')
                        && !b.contains(". ")
                        && !b.contains(',')
                        && !b.split_whitespace().any(|w| crate::parse::words::weekday(&crate::parse::words::fold(w)).is_some())
                        && (crate::parse::words::is_at_word(&last) || b.ends_with([':', '-', '–', '—', '(']))
                };
                let s = if p.start {
                    if a.is_clear() || a.style == ClockStyle::HourOnly { 0.9 } else { 0.75 }
                } else if leader() {
                    0.8
                } else if closing() {
                    0.6
                } else if (titled || named) && (ranges >= 1 || named_points >= 4) || named && k > 0 && times == 2 && run_into(doc, li, toks, a) {
                    // Or the next entry run into an entry's line (`19:15 Uhr Übergabe 19:30 Uhr
                    // Dialog`).
                    0.5
                } else {
                    continue;
                };
                (Written::Point(*a), s)
            }
            _ => continue,
        };
        // A length written on a start time's line gives its end (`11:00am Issues ... 30 min`);
        // the time's own bytes read as a length (Dutch `17.00 uur`, seventeen hours) do not.
        let length = match written {
            Written::Point(_) => toks[k + 1..]
                .iter()
                .take_while(|x| !matches!(x.kind, Kind::Range(..) | Kind::Point(_)))
                .find_map(|x| match x.kind {
                    // A bound before it (`answer in up to two minutes`) makes it a limit.
                    Kind::Dur(d) if d.is_exact() && x.at.0 >= t.at.1 && place(doc, li, x.at).end && !bounded(&doc.text[doc.lines[li].start..x.at.0]) => Some((d, x.at)),
                    _ => None,
                }),
            _ => None,
        };
        let end_at = match written {
            Written::Range(_, b) => Some(b.at),
            _ => None,
        };
        out.push(Anchor { line: li, at: t.at, written, end_at, length, strength, cell: None, parallel: false, approx: t.approx });
    }
}

/// True when a start time with its title mid-line (`19:15 Uhr Übergabe 19:30 Uhr Dialog`)
/// is the next entry run into a line that a start time written alike opens, and later (the
/// caller asks only of a line holding two times: a line of many, a listing run on, is no
/// agenda).
fn run_into(doc: &Doc<'_>, li: usize, toks: &[&Token], a: &Time) -> bool {
    let Some(first) = toks.first() else { return false };
    let Kind::Point(f) = &first.kind else { return false };
    let later = a.readings().first().zip(f.readings().first()).is_some_and(|(x, y)| x > y);
    let alike = f.style == a.style && f.meridiem.is_some() == a.meridiem.is_some() && f.h24 == a.h24;
    later && alike && place(doc, li, first.at).start
}

/// True when `before` ends with a bound (`up to`, `max.`, `bis zu`): a length after it is a
/// limit, not an entry's length.
fn bounded(before: &str) -> bool {
    let b = before.trim_end();
    super::cues::strip_bound(b).len() < b.len()
}

/// Words for a meeting's agenda (`Agenda`, German `Tagesordnung`, French `ordre du jour`,
/// Portuguese `pauta`), folded.
fn agenda_word(folded: &str) -> bool {
    matches!(folded, "agenda" | "tagesordnung" | "ordre" | "orden" | "ordem" | "pauta" | "ordine" | "dagorde" | "dagordning")
}

/// True when two or more exact lengths in brackets stand in `after` (the tokens after a
/// range on its line, up to the next time) and add up to the range from `a` to `b`: the
/// parts of its entry (`10:00-11:35 Sessão inaugural … (10’) … (85’)`), which a range
/// mentioned in prose does not have.
fn filled_by_parts(doc: &Doc<'_>, li: usize, after: &[&Token], a: &Time, b: &Time) -> bool {
    let Some(&s) = a.readings().first() else { return false };
    let Some(e) = end_after(b, s as i32, false) else { return false };
    let (mut sum, mut parts) = (0u32, 0);
    for t in after {
        match t.kind {
            Kind::Range(..) | Kind::Point(_) | Kind::Offset(..) => break,
            Kind::Dur(d) if d.is_exact() && place(doc, li, t.at).paren => {
                sum = d.minutes.saturating_add(sum);
                parts += 1;
            }
            _ => {}
        }
    }
    parts >= 2 && i64::from(sum) == i64::from(e) - i64::from(s)
}

/// A table row: its first time cell is the entry's time; a start cell with an end cell
/// (`| 10:30 | 1:00 |`) is a range; a start cell with a length cell (`| 10:00 | 10m |`)
/// gives the end; further time cells are parallel columns (opening hours per group).
fn row_anchor(doc: &Doc<'_>, li: usize, toks: &[&Token], out: &mut Vec<Anchor>) {
    let cells = &doc.shapes[li].cells;
    // The tokens starting in cell `k`, found by halving (the tokens are in text order), so a
    // row of many cells costs what its tokens do.
    let in_cell = |k: usize| -> &[&Token] {
        let a = toks.partition_point(|t| t.at.0 < cells[k].0);
        let b = a + toks[a..].partition_point(|t| t.at.0 <= cells[k].1);
        &toks[a..b]
    };
    let whole = |_cell: usize, t: &Token| {
        let p = place(doc, li, t.at);
        p.start && (p.end || matches!(t.kind, Kind::Range(..)))
    };
    let mut found: Option<Anchor> = None;
    let mut k = 0;
    while k < cells.len() {
        let ts = in_cell(k);
        let time = ts.iter().find(|t| matches!(t.kind, Kind::Range(..) | Kind::Point(_) | Kind::Offset(..)) && whole(k, t)).copied();
        let Some(t) = time else {
            k += 1;
            continue;
        };
        if let Some(a) = found.as_mut() {
            a.parallel = true;
            break;
        }
        let mut anchor = match &t.kind {
            Kind::Range(a, b) => Anchor { line: li, at: t.at, written: Written::Range(*a, *b), end_at: Some(b.at), length: None, strength: 1.0, cell: Some(k), parallel: false, approx: t.approx },
            Kind::Offset(a, b) => Anchor { line: li, at: t.at, written: Written::Offset(*a, *b), end_at: None, length: None, strength: 0.9, cell: Some(k), parallel: false, approx: false },
            Kind::Point(a) => Anchor { line: li, at: t.at, written: Written::Point(*a), end_at: None, length: None, strength: 0.95, cell: Some(k), parallel: false, approx: t.approx },
            _ => unreachable!("filtered above"),
        };
        // The next non-empty cell: an end time or a length.
        if let Written::Point(a) = anchor.written {
            if let Some(n) = (k + 1..cells.len()).find(|&j| cells[j].1 > cells[j].0) {
                let ns = in_cell(n);
                if let Some(e) = ns.iter().find(|x| matches!(x.kind, Kind::Point(_)) && whole(n, x)) {
                    if let Kind::Point(b) = e.kind {
                        anchor.written = Written::Range(a, b);
                        anchor.end_at = Some(e.at);
                        anchor.strength = 1.0;
                        k = n;
                    }
                } else if let Some(d) = ns.iter().find_map(|x| match x.kind {
                    Kind::Dur(d) if whole(n, x) => Some((d, x.at)),
                    _ => None,
                }) {
                    anchor.length = Some(d);
                    k = n;
                } else if !ns.iter().any(|x| matches!(x.kind, Kind::Range(..) | Kind::Point(_) | Kind::Offset(..))) {
                    // A title cell, then a column of lengths (`| 17:00 | Q&A | ~5 mins |`): the
                    // length a later cell holds whole, before any other time (a length beside
                    // a name, `Roman (2 min)`, is that person's share).
                    let later = (n + 1..cells.len()).map(|j| (j, in_cell(j))).take_while(|(_, ts)| !ts.iter().any(|x| matches!(x.kind, Kind::Range(..) | Kind::Point(_) | Kind::Offset(..))));
                    if let Some(d) = later.flat_map(|(j, ts)| ts.iter().map(move |x| (j, x))).find_map(|(j, x)| match x.kind {
                        Kind::Dur(d) if whole(j, x) => Some((d, x.at)),
                        _ => None,
                    }) {
                        anchor.length = Some(d);
                    }
                }
            }
        }
        // A length column in `H:MM` after the start and the end (`| 13:00 | 13:10 | 0:10 |`)
        // is no parallel column when it agrees with them.
        if let Written::Range(a, b) = anchor.written {
            if let Some(n) = (k + 1..cells.len()).find(|&j| cells[j].1 > cells[j].0) {
                if in_cell(n).iter().any(|x| matches!(x.kind, Kind::Point(d) if whole(n, x) && is_length_of(&d, &a, &b))) {
                    k = n;
                }
            }
        }
        found = Some(anchor);
        k += 1;
    }
    if let Some(a) = found {
        out.push(a);
    }
}

/// True when `d`, a time written without am/pm (`0:10`, `1:30`), read as hours and minutes,
/// is the length from `a` to `b`.
fn is_length_of(d: &Time, a: &Time, b: &Time) -> bool {
    let len = d.hour * 60 + d.minute;
    let ends = b.readings();
    d.meridiem.is_none() && a.readings().first().is_some_and(|&x| ends.iter().any(|&y| y > x && y - x == len))
}

/// An anchor placed in a chain: its start and end in minutes.
struct Placed {
    anchor: usize,
    start: i32,
    end: Option<i32>,
}

/// Links anchors into chains; `sitting[li]` numbers the sitting of each line, and `hint`
/// is a frame's start and end (minutes of the day) to read ambiguous 12-hour times by.
pub(crate) fn chains(doc: &Doc<'_>, anchors: &[Anchor], sitting: &[usize], hint: Option<(u32, u32)>) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut cur: Vec<Placed> = Vec::new();
    let mut relative = false;
    let mut flush = |cur: &mut Vec<Placed>, relative: bool| {
        if cur.len() >= 2 {
            if let Some(c) = candidate(doc, anchors, cur, relative, sitting) {
                out.push(c);
            }
        }
        cur.clear();
    };
    for (i, a) in anchors.iter().enumerate() {
        if let Some(last) = cur.last() {
            let prev = &anchors[last.anchor];
            let far = non_blank_between(doc, prev.line, a.line) > 60;
            // Ranges in the middle of a sentence (`will run from 10:00 to 5:00`, `a reception
            // the same evening from 6-8pm`) begin no list with the entries below it: read on from it, their hours
            // without am/pm would be taken for the evening's.
            let prose_alone = a.strength >= 1.0 && prev.line != a.line && cur.iter().all(|p| anchors[p.anchor].line == prev.line && in_sentence(doc, &anchors[p.anchor]));
            if sitting[prev.line] != sitting[a.line] || far || prose_alone {
                flush(&mut cur, relative);
            }
        }
        if cur.is_empty() {
            relative = is_relative(&a.written);
            let (s, e) = first_reading(a, relative, hint);
            cur.push(Placed { anchor: i, start: s, end: e });
            continue;
        }
        let first = cur[0].start;
        let prev_start = cur.last().map_or(first, |p| p.start);
        let prev_end = cur.last().and_then(|p| p.end).unwrap_or(prev_start);
        match next_reading(a, relative, prev_start, prev_end, first) {
            // The previous entry's range again inside a line (`(11.30 – 13.00)` in its
            // description) restates it; it is no second entry.
            Some((s, e)) if restates(doc, a, cur.last(), cur.last().map(|p| anchors[p.anchor].line), (s, e)) => {}
            Some((s, e)) => cur.push(Placed { anchor: i, start: s, end: e }),
            // A lone time that would break a chain of ranges, where the next range starts
            // right where the chain's last one ends, is no entry (a distance `0.05` in the
            // cell beside them): left out, and the chain goes on.
            None if interloper(anchors, i, sitting, relative, (prev_start, prev_end, first)) => {}
            None => {
                flush(&mut cur, relative);
                relative = is_relative(&a.written);
                let (s, e) = first_reading(a, relative, hint);
                cur.push(Placed { anchor: i, start: s, end: e });
            }
        }
    }
    flush(&mut cur, relative);
    out.retain(|c| !clocks_of_places(doc, c) && !measured_each(doc, c) && !dated_each(doc, c) && !frequency_each(doc, c) && !bells_each(doc, c));
    // Only a list opening under a weekday (on its line or the two above) asks for the week.
    let under_day = |c: &Candidate| c.items.first().is_some_and(|it| (it.line.saturating_sub(2)..=it.line).any(|j| weekday_lead(doc, j).is_some()));
    if let Some((first, last)) = out.iter().any(under_day).then(|| week_lines(doc)).flatten() {
        out.retain(|c| c.items.first().is_none_or(|it| it.line <= first || it.line >= last));
    }
    without_days(doc, &mut out);
    out
}

/// True when the anchor stands in a sentence: five words or more before it in its line, no
/// colon setting it off (`Watch with us on 3 March: 09:00-09:45`), and it does not open an
/// entry.
fn in_sentence(doc: &Doc<'_>, a: &Anchor) -> bool {
    let line = doc.lines[a.line];
    let from = crate::source::floor_char(doc.text, a.at.0.saturating_sub(super::anchors::WINDOW).max(line.start));
    let before = &doc.text[from..a.at.0];
    a.strength < 1.0 && !before.trim_end().ends_with(':') && before.split_whitespace().filter(|w| w.contains(char::is_alphabetic)).count() >= 5
}

/// True when anchor `i` is a start time alone that breaks the chain, and the next anchor,
/// in the same sitting, is a range that starts exactly where the chain's last entry ends.
/// `chain` is the chain's last start, last end and first start.
fn interloper(anchors: &[Anchor], i: usize, sitting: &[usize], relative: bool, chain: (i32, i32, i32)) -> bool {
    let (prev_start, prev_end, first) = chain;
    let (a, Some(b)) = (&anchors[i], anchors.get(i + 1)) else { return false };
    matches!(a.written, Written::Point(_))
        && matches!(b.written, Written::Range(..))
        && prev_end > prev_start
        && sitting[a.line] == sitting[b.line]
        && next_reading(b, relative, prev_start, prev_end, first).is_some_and(|(s, _)| s == prev_end)
}

/// True when most of three entries or more are named by a place alone (`08:00 San
/// Francisco, 11:00 Toronto, 17:00 Lisbon`): one moment's local times around the world, not
/// an agenda.
fn clocks_of_places(doc: &Doc<'_>, c: &Candidate) -> bool {
    if c.items.len() < 3 {
        return false;
    }
    // The names after the times, cut at the next separator: a place's is one to three
    // capitalised words, so the first entry that is none of those is seen before a place is
    // looked up.
    let shaped = |n: &str| (1..=3).contains(&n.split_whitespace().count()) && n.split_whitespace().all(|w| w.starts_with(char::is_uppercase));
    let names: Vec<&str> = c
        .items
        .iter()
        .map(|it| {
            let end = doc.lines[it.line].end();
            let rest = &doc.text[it.at.1.min(end)..end];
            let rest = &rest[..crate::source::floor_char(rest, rest.len().min(40))];
            rest.split([',', ';', ')', '(', '|']).next().unwrap_or("").trim()
        })
        .filter(|n| shaped(n))
        .collect();
    let need = (c.items.len() * 2).div_ceil(3);
    names.len() >= need && names.iter().filter(|n| crate::time::zone_of_place(n).is_some_and(|p| p.place.len() * 3 >= n.len() * 2)).count() >= need
}

/// True when most of three entries or more give a temperature or a wind speed after their
/// time (`9am - Sunny. 16 degrees`, `14:00 Regen, 12 °C`): an hourly forecast or a log of
/// readings, not an agenda.
fn measured_each(doc: &Doc<'_>, c: &Candidate) -> bool {
    if c.items.len() < 3 {
        return false;
    }
    let measured = |it: &super::Item| {
        let end = doc.lines[it.line].end();
        let rest = &doc.text[it.at.1.min(end)..end];
        // The reading closes a short title with no colon (`Sunny. 16 degrees`, not
        // `Keynote: why 1.5 °C matters` nor `Panel: life at 2 °C`).
        let rest = rest.trim_end().trim_end_matches(['.', ',', ';']);
        if rest.len() > 80 || rest.contains(':') || rest.split_whitespace().count() > 6 {
            return false;
        }
        let unit_at = rest.trim_end_matches(|c: char| c.is_alphabetic() || matches!(c, '°' | 'º' | '/')).trim_end();
        let unit = rest[unit_at.len()..].trim_start();
        let w = unit.trim_start_matches(['°', 'º']);
        unit_at.ends_with(|c: char| c.is_ascii_digit())
            && (unit.starts_with(['°', 'º']) && w.len() <= 1 || matches!(crate::parse::words::fold(w).as_str(), "degrees" | "degree" | "deg" | "grad" | "grados" | "graus" | "degres" | "gradi" | "mph" | "km/h"))
    };
    most_entries(c, measured)
}

/// True when `holds` is true of two thirds of `c`'s entries at least. Most lists fail at
/// their first entries, so it stops once too many have failed.
fn most_entries(c: &Candidate, holds: impl Fn(&super::Item) -> bool) -> bool {
    let allowed = c.items.len() - (c.items.len() * 2).div_ceil(3);
    let mut failed = 0;
    for it in &c.items {
        if !holds(it) {
            failed += 1;
            if failed > allowed {
                return false;
            }
        }
    }
    true
}

/// True when most of three entries or more are named only by how often something runs in
/// their hours (`06:00 – 07:15` / `20 minutes per trip`, `every 15 minutes`): a service's
/// timetable, not an agenda. The name is the rest of the entry's line, else the next line.
fn frequency_each(doc: &Doc<'_>, c: &Candidate) -> bool {
    if c.items.len() < 3 {
        return false;
    }
    let often = |it: &super::Item| {
        let end = doc.lines[it.line].end();
        let rest = doc.text[it.at.1.min(end)..end].trim();
        let li = if rest.is_empty() { (it.line + 1..doc.lines.len().min(it.line + 3)).find(|&j| !doc.lines[j].is_blank()) } else { Some(it.line) };
        let Some(li) = li else { return false };
        let (from, to) = if li == it.line { (it.at.1.min(end), end) } else { (doc.lines[li].start, doc.lines[li].end()) };
        let name = doc.text[from..to].trim().trim_start_matches(['-', '–', ':', '|']).trim();
        if name.is_empty() || name.len() > 40 {
            return false;
        }
        let lead = name.split_whitespace().next().unwrap_or("");
        let every = crate::parse::words::is_every_word(lead) && name[lead.len()..].trim_start().starts_with(|c: char| c.is_ascii_digit());
        // A length per run opening the name (the name is a slice of the text: its offset).
        let name_at = name.as_ptr() as usize - doc.text.as_ptr() as usize;
        every || doc.line_tokens(li).iter().any(|t| matches!(t.kind, Kind::Dur(d) if d.per_unit) && (name_at..=name_at + 2).contains(&t.at.0))
    };
    most_entries(c, often)
}

/// True when most of four entries or more are a school day's bells and periods (`class
/// bell (first period starts)`, `Period 3`, `RECESS`, `DISMISSAL BELL`), two of them bells
/// at least: a bell schedule, every school day's, not a session's agenda. (A parents'
/// evening visiting each period ends at one bell; a camp's day with an `Activity period`
/// or two among its entries is an agenda.)
fn bells_each(doc: &Doc<'_>, c: &Candidate) -> bool {
    if c.items.len() < 4 {
        return false;
    }
    // The words of an entry's line, compared without case and without a copy (most lists
    // fail at their first entries).
    let words = |it: &super::Item| doc.lines[it.line].text.split(|ch: char| !ch.is_alphanumeric()).filter(|w| !w.is_empty()).take(12).collect::<Vec<&str>>();
    let is = |w: &str, set: &[&str]| set.iter().any(|s| w.eq_ignore_ascii_case(s));
    const BELL: &[&str] = &["bell", "bells", "sonnerie", "klingel", "timbre"];
    const ORDINAL: &[&str] = &["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th"];
    let school = |ws: &[&str]| {
        ws.iter().enumerate().any(|(k, &w)| {
            is(w, BELL)
                || is(w, &["recess", "dismissal", "homeroom", "recreo", "recreio"])
                || w.eq_ignore_ascii_case("period") && (ws.get(k + 1).is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit())) || k > 0 && is(ws[k - 1], ORDINAL))
        })
    };
    most_entries(c, |it| school(&words(it))) && c.items.iter().filter(|it| words(it).iter().any(|w| is(w, BELL))).nth(1).is_some()
}

/// True when most of three entries or more each give a date on their line, two dates at
/// least apart (`Hill Primary / Saturday 8 March 2025 / 10.00 - 12.00`): separate events
/// on their days, not one session's agenda.
fn dated_each(doc: &Doc<'_>, c: &Candidate) -> bool {
    if c.items.len() < 3 {
        return false;
    }
    // Each line is asked once, however many entries it holds.
    let mut lines: Vec<usize> = c.items.iter().map(|it| it.line).collect();
    lines.dedup();
    if lines.len() * 3 < c.items.len() * 2 {
        return false;
    }
    let dates: Vec<(u32, u32)> = lines
        .iter()
        .filter_map(|&li| doc.line_tokens(li).iter().find_map(|t| if let Kind::Date(d) = t.kind { Some((d.month, d.day)) } else { None }))
        .collect();
    dates.len() * 3 >= c.items.len() * 2 && dates.iter().any(|d| *d != dates[0])
}

/// True when a list's entries start more than sixteen hours after its first, later than
/// any day of a programme runs: the hours of a whole day or more (a broadcaster's grid,
/// routines, shifts), as no session's agenda runs. (An end read from a length, such as
/// Dutch `17.00 uur` taken as seventeen hours, says nothing here.)
fn round_the_clock(c: &Candidate) -> bool {
    let Some((first, _)) = c.items.first().and_then(|it| it.start) else { return false };
    c.items.iter().filter_map(|it| it.start).any(|(m, _)| m - first > 16 * 60)
}

/// Leaves out of `out` (in text order) the lists that go round the clock and the lists
/// joined to them, one opening on the line after another's last entry: one table of a day's
/// hours, broken where its times went back (a night's end, the next table's morning).
fn without_days(doc: &Doc<'_>, out: &mut Vec<Candidate>) {
    let mut gone: Vec<bool> = out.iter().map(round_the_clock).collect();
    if !gone.contains(&true) {
        return;
    }
    let lines = |c: &Candidate| {
        let first = c.items.first().map_or(0, |it| it.line);
        let last = c.items.iter().flat_map(|it| it.children.iter().copied().chain([it.line])).max().unwrap_or(first);
        (first, last)
    };
    let joined = |a: &Candidate, b: &Candidate| {
        let ((_, a_last), (b_first, _)) = (lines(a), lines(b));
        a_last < b_first && non_blank_between(doc, a_last, b_first) == 0
    };
    for k in 1..out.len() {
        gone[k] |= gone[k - 1] && joined(&out[k - 1], &out[k]);
    }
    for k in (1..out.len()).rev() {
        gone[k - 1] |= gone[k] && joined(&out[k - 1], &out[k]);
    }
    let mut left = gone.into_iter();
    out.retain(|_| !left.next().unwrap_or(false));
}

/// The weekday that opens line `li`, standing alone or right before a time (`Sonntag:`,
/// `Tuesday: 18:00`), after a word for "from" (`du lundi au samedi : 9h-12h`), or said
/// to be closed (`lundi fermé`).
fn weekday_lead(doc: &Doc<'_>, li: usize) -> Option<u32> {
    use crate::parse::words::{fold, is_closed_word, is_date_word, weekday};
    let end = doc.lines[li].end();
    // HTML tags around the day are no words (`<div class="day">Montag</div>`).
    let mut body = skip_tags(doc.text.get(doc.shapes[li].body..end).unwrap_or(""));
    let mut word = body.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    if crate::parse::words::is_range_opener(&fold(word)) {
        body = body[word.len()..].trim_start();
        word = body.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    }
    if word.len() < 5 {
        return None;
    }
    let after = end - body.len() + word.len();
    let rest = doc.text[after..end].trim_start_matches(|c: char| c == ':' || c == '*' || c.is_whitespace());
    let at = end - rest.len();
    let timed_at = |at: usize| doc.line_tokens(li).iter().find(|t| t.at.0 >= at).is_some_and(|t| matches!(t.kind, Kind::Point(_) | Kind::Range(..)) && t.at.0 == at);
    // More weekdays, then a time or a word for closed (`au vendredi : 14h-17h`, `& Sunday
    // closed`).
    let days_then = || {
        let head = rest.find(|c: char| c.is_ascii_digit() || c == ':').map_or(rest, |k| &rest[..k]);
        let words: Vec<&str> = head.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(8).collect();
        let days = words.iter().take_while(|w| {
            let f = fold(w);
            weekday(&f).is_some() && f.len() >= 3 || weekday_joiner(&f)
        });
        let n = days.count();
        let shut = words.get(n).is_some_and(|w| is_closed_word(&fold(w)));
        let next = rest[head.len()..].trim_start_matches(|c: char| c == ':' || c == '*' || c.is_whitespace());
        n > 0 && words.len() == n && timed_at(end - next.len()) || shut
    };
    if !(rest.is_empty() || skip_tags(rest).is_empty() || timed_at(at) || more_weekdays(rest) || days_then()) || !is_date_word(word) {
        return None;
    }
    weekday(&fold(word))
}

/// True when `rest` names only more weekdays, joined by dashes, commas or a word for "and" or
/// "to" (`- Mardi - Jeudi - Vendredi`, `& Friday`, `bis Freitag:`).
fn more_weekdays(rest: &str) -> bool {
    let mut any = false;
    for w in rest.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        let f = crate::parse::words::fold(w);
        if crate::parse::words::weekday(&f).is_some() && f.len() >= 3 {
            any = true;
        } else if !weekday_joiner(&f) {
            return false;
        }
    }
    any && !rest.contains(|c: char| c.is_ascii_digit())
}

/// True for a word joining weekdays (`Monday to Friday`, `Sa und So`, `lundi et mardi`).
fn weekday_joiner(folded: &str) -> bool {
    matches!(folded, "to" | "and" | "through" | "bis" | "und" | "et" | "au" | "y" | "a" | "e" | "al" | "tot" | "en" | "do")
        // `du mardi au dimanche de 10h`, `from Monday to Friday`: the words around a span of days.
        || matches!(folded, "du" | "de" | "from" | "von" | "vom" | "le" | "les" | "on" | "am" | "el" | "los" | "di" | "dal")
}

/// `text` after the HTML tags (and spaces) that open it.
fn skip_tags(mut text: &str) -> &str {
    loop {
        text = text.trim_start();
        let tag = text.strip_prefix('<').filter(|r| r.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/'));
        match tag.and_then(|r| r.find('>').map(|k| &r[k + 1..])) {
            Some(r) => text = r,
            None => return text,
        }
    }
}

/// The first and last line a weekday opens ([`weekday_lead`]), when three or more different
/// weekdays do: a week's recurring times (services, classes, opening hours), inside which
/// no list of times is one session's agenda.
fn week_lines(doc: &Doc<'_>) -> Option<(usize, usize)> {
    let (mut days, mut first, mut last) = ([false; 7], None, 0);
    for li in 0..doc.lines.len() {
        if let Some(day) = weekday_lead(doc, li) {
            days[day as usize] = true;
            first.get_or_insert(li);
            last = li;
        }
    }
    let first = first?;
    (days.iter().filter(|&&d| d).count() >= 3).then_some((first, last))
}

/// True when `a`, read as `reading`, is the range of the entry placed before it written
/// again after the start of its own line, or is the line of that entry (on `prev_line`)
/// printed twice in a row (`01:30 – 01:35 PM` on two consecutive lines).
fn restates(doc: &Doc<'_>, a: &Anchor, prev: Option<&Placed>, prev_line: Option<usize>, reading: (i32, Option<i32>)) -> bool {
    let same = prev.is_some_and(|p| (p.start, p.end) == reading);
    if !same {
        return false;
    }
    // A range after only HTML tags (`<td>14:20~14:40</td>`) opens its line too.
    let body = doc.shapes[a.line].body;
    // So does one after a room's label (`Place B : 11h – 12h : …`, a parallel entry).
    let opens_line = a.at.0 <= body || a.at.0 - body <= 200 && skip_tags(doc.text.get(body..a.at.0).unwrap_or("x")).is_empty() || super::anchors::place(doc, a.line, a.at).start;
    // A time line printed twice in a row (a page's two layouts) is one entry; a whole row
    // with its title written twice is two, for `check` to report.
    let line = doc.lines[a.line];
    let time_only = doc.text[line.start..a.at.0].chars().chain(doc.text[a.at.1.max(line.start)..line.end()].chars()).all(|c| !c.is_alphanumeric());
    let again = time_only && prev_line.is_some_and(|pl| pl < a.line && non_blank_between(doc, pl, a.line) == 0 && doc.lines[pl].text == doc.lines[a.line].text);
    same && (again || matches!(a.written, Written::Range(..)) && !opens_line && prev.is_some_and(|p| p.end.is_some()))
}

fn non_blank_between(doc: &Doc<'_>, a: usize, b: usize) -> usize {
    (a + 1..b).filter(|&j| !doc.lines[j].is_blank()).count()
}

/// Offsets from the start: `0-10 min`, or clock notation starting at hour 0 (`00:00 –
/// 00:15`, `0:15-0:40`).
fn is_relative(w: &Written) -> bool {
    match w {
        Written::Offset(..) => true,
        Written::Range(a, _) | Written::Point(a) => a.hour == 0 && a.meridiem.is_none(),
    }
}

fn value(t: &Time, relative: bool) -> Vec<u32> {
    if relative {
        (t.minute <= 59 && t.meridiem.is_none()).then(|| t.hour * 60 + t.minute).into_iter().collect()
    } else {
        t.readings()
    }
}

/// The end of a range read after its start `s`: the first reading not before it, else
/// one that crosses midnight (within 12 hours), else the end as written (before the start:
/// the validator's business).
fn end_after(b: &Time, s: i32, relative: bool) -> Option<i32> {
    let r = value(b, relative);
    // `12:45 - 02:15`, `02:15 - 02:40` after it: after noon, a zero-padded hour that would
    // end the range before its start is the afternoon's when that is a few hours on.
    if !relative && s >= 12 * 60 && r.iter().all(|&m| (m as i32) < s) {
        if let Some(pm) = padded_afternoon(b).filter(|&pm| pm >= s && pm - s <= 6 * 60) {
            return Some(pm);
        }
    }
    r.iter().map(|&m| m as i32).find(|&m| m >= s).or_else(|| {
        r.first().map(|&m| m as i32).map(|m| if !relative && m + 24 * 60 - s <= 12 * 60 { m + 24 * 60 } else { m })
    })
}

fn first_reading(a: &Anchor, relative: bool, hint: Option<(u32, u32)>) -> (i32, Option<i32>) {
    let pick = |t: &Time| -> i32 {
        let r = value(t, relative);
        if r.len() <= 1 {
            return r.first().map_or(0, |&m| m as i32);
        }
        if let Some((hs, he)) = hint {
            if let Some(&m) = r.iter().find(|&&m| m >= hs && m < he.max(hs + 1)) {
                return m as i32;
            }
        }
        // Daytime: 7:00 to 18:59 is the likelier reading of an hour without am/pm.
        if t.hour >= 7 { r[0] as i32 } else { r[1] as i32 }
    };
    match a.written {
        Written::Offset(s, e) => (s as i32, Some(e as i32)),
        Written::Range(x, y) => {
            let s = pick(&x);
            (s, end_after(&y, s, relative))
        }
        Written::Point(x) => {
            let s = pick(&x);
            (s, a.length.map(|(d, _)| s + d.minutes as i32))
        }
    }
}

fn next_reading(a: &Anchor, relative: bool, prev_start: i32, prev_end: i32, first: i32) -> Option<(i32, Option<i32>)> {
    // Hour 0 after a late evening's entries (`23:00 Demos`, `00:00 End`) is midnight.
    let midnight = !relative && prev_start >= 18 * 60 && matches!(a.written, Written::Range(..) | Written::Point(_));
    if relative != is_relative(&a.written) && !(relative && matches!(a.written, Written::Range(..) | Written::Point(_))) && !midnight {
        return None;
    }
    let start_t = match a.written {
        Written::Offset(s, e) => {
            let s = s as i32;
            return (s >= prev_start && s - prev_end <= 120 || s > first && s < prev_start).then_some((s, Some(e as i32)));
        }
        Written::Range(x, _) | Written::Point(x) => x,
    };
    // Offsets from the start move on by minutes, not hours: `10:14–10:30` after `30–60`
    // minutes is a time of day, not an offset.
    if relative && value(&start_t, true).first().is_some_and(|&v| v as i32 - prev_end > 120) {
        return None;
    }
    let mut r: Vec<i32> = value(&start_t, relative).into_iter().map(|m| m as i32).collect();
    // Past midnight, the next day's small hours continue the chain: after an entry that
    // ends past it, or one that starts late in the evening (`23:00 Demos`, `00:00 End`).
    let late = prev_start >= 18 * 60 && r.iter().all(|&m| m < prev_start) && r.iter().any(|&m| m + 24 * 60 - prev_start <= 6 * 60);
    if !relative && (prev_end >= 24 * 60 || late) {
        r.extend(r.clone().iter().map(|m| m + 24 * 60));
    }
    // `02:15 - 02:40` right after `12:45 - 02:15`: the afternoon of a 12-hour schedule
    // that pads its hours goes on where the entry before ended.
    if !relative && padded_afternoon(&start_t) == Some(prev_end) && r.iter().all(|&m| m < prev_start) {
        r = vec![prev_end];
    }
    let mut forward = r.iter().copied().filter(|&m| m >= prev_start).min();
    // The afternoon reading of an hour without am/pm that jumps far ahead while its morning
    // reading lies behind is a step back, not a leap (`8:30` after `9:00am` is 08:30).
    if let Some(f) = forward {
        if r.len() >= 2 && f - prev_end.max(prev_start) > 4 * 60 && r.iter().any(|&m| m < prev_start) {
            forward = None;
        }
    }
    // A step back inside the chain's span is an entry out of order; a step back to or
    // before its first start begins a new chain. A start time alone that steps back begins
    // one too (kick-offs of the next league's matches, `6:30 PM` then `4:00 PM`): with no
    // end of its own it would end the entry before it before that entry starts.
    let back = || r.iter().copied().filter(|&m| m > first && m < prev_start).max().filter(|_| !matches!(a.written, Written::Point(_)));
    let s = forward.or_else(back)?;
    Some((s, end_of(a, s, relative)))
}

/// The afternoon reading of a zero-padded hour of 1 to 11 (`02:15` as 14:15), which the
/// 24-hour clock reads first.
fn padded_afternoon(t: &Time) -> Option<i32> {
    (t.padded && t.meridiem.is_none() && (1..=11).contains(&t.hour) && t.style == ClockStyle::Colon && t.minute <= 59).then(|| ((t.hour + 12) * 60 + t.minute) as i32)
}

fn end_of(a: &Anchor, s: i32, relative: bool) -> Option<i32> {
    match a.written {
        Written::Range(_, y) => end_after(&y, s, relative),
        Written::Point(_) => a.length.map(|(d, _)| s + d.minutes as i32),
        Written::Offset(_, e) => Some(e as i32),
    }
}

/// A chain as a candidate: blocks that contain two or more later entries keep them as
/// their notes (a session and its talks), then the chain is scored.
fn candidate(doc: &Doc<'_>, anchors: &[Anchor], placed: &[Placed], relative: bool, sitting: &[usize]) -> Option<Candidate> {
    let all_parallel = placed.iter().all(|p| anchors[p.anchor].parallel);
    let advances = placed.iter().any(|p| p.start > placed[0].start);
    if all_parallel || !advances {
        return None;
    }
    let mut items: Vec<Item> = placed
        .iter()
        .map(|p| {
            let a = &anchors[p.anchor];
            let start_at = match a.written {
                Written::Range(x, _) | Written::Point(x) => x.at,
                Written::Offset(..) => a.at,
            };
            Item {
                line: a.line,
                at: a.at,
                start: Some((p.start, start_at)),
                end: p.end.map(|e| (e, a.end_at.or(a.length.map(|l| l.1)).unwrap_or(a.at))),
                length: a.length,
                strength: a.strength * if a.approx { 0.8 } else { 1.0 },
                cell: a.cell,
                children: Vec::new(),
                named: None,
            }
        })
        .collect();
    let until = nest_blocks(&mut items);
    let until = until.or_else(|| closed_after(doc, &items, relative));
    nest_by_layout(doc, &mut items);
    // A start given before the agenda and set apart from it (`start: 16:00`, lines above
    // `16:00 Opening`) is no entry of it: the list opens where that start comes again.
    let apart = |k: usize| non_blank_between(doc, items[k].line, items[k + 1].line);
    if items.len() >= 3
        && items[0].end.is_none()
        && items[0].children.is_empty()
        && items[0].start.map(|s| s.0) == items[1].start.map(|s| s.0)
        && apart(0) > apart(1) + 2
    {
        items.remove(0);
    }
    // Two entries with an end at least: two start times alone (`17:00 in front of the
    // hall`, `17:45 at the station`) make one entry at most, and that is no agenda.
    let ended = items.iter().enumerate().filter(|(k, i)| i.end.is_some() || *k + 1 < items.len()).count();
    if items.len() < 2 || ended < 2 || mostly_overlapping(&items) || shared_starts(&items) >= 2 || separate_starts(&items) || weekly(doc, &items) || service_hours(&items) || split_hours(doc, &items) || time_column(doc, &items) || transport(doc, &items) || priced_rows(doc, &items) {
        return None;
    }
    let score = score(&items, placed, anchors);
    let line = items[0].line;
    Some(Candidate {
        basis: if relative { Basis::Offsets } else { Basis::Clock },
        items,
        score,
        sitting: sitting[line],
        zone: None,
        notes: Vec::new(),
        until,
    })
    .filter(|_| doc.lines.len() > line)
}

/// A range that contains two or more of the entries after it is a block (a session and
/// its talks): the entries become its children. Returns the end of a first range set aside
/// as the frame of all the others.
fn nest_blocks(items: &mut Vec<Item>) -> Option<(i32, (usize, usize))> {
    let mut until = None;
    let mut i = 0;
    while i < items.len() {
        let (Some((s, _)), Some((e, _))) = (items[i].start, items[i].end) else {
            i += 1;
            continue;
        };
        let inner = items[i + 1..]
            .iter()
            .take_while(|x| x.start.is_some_and(|(xs, _)| xs >= s && xs < e) && x.end.is_none_or(|(xe, _)| xe <= e))
            .count();
        // Start times with no end of their own are its talks only when they fill it: the
        // first at its start, and the entry after them, if any, at its end (`9:00 AM` /
        // `Opening (until 10:15 AM)` over talks at 9:00 … 9:45 AM, then `10:15 AM Coffee`).
        let open = items[i + 1..i + 1 + inner].iter().any(|x| x.end.is_none());
        let fills = items.get(i + 1).and_then(|x| x.start).is_some_and(|(xs, _)| xs == s)
            && items.get(i + 1 + inner).is_none_or(|x| x.start.is_some_and(|(xs, _)| xs == e));
        let inner = if open && !fills { 0 } else { inner };
        // A first range over start times that all fall in it, the last at its end
        // (`3:00 PM - 7:00 PM` over `3:00 pm | Doors open` … `7:00 pm | End`), frames them.
        if i == 0 && e > s && items.len() >= 4 {
            let rest = &items[1..];
            let within = rest.iter().all(|x| x.end.is_none() && x.start.is_some_and(|(xs, _)| xs >= s && xs <= e));
            if within && rest.last().and_then(|x| x.start).is_some_and(|(xs, _)| xs == e) {
                until = items.remove(0).end;
                continue;
            }
        }
        if inner >= 2 && e > s {
            // A first range that holds every other entry is the session's own time (a
            // frame), not a block of it.
            if i == 0 && inner == items.len() - 1 {
                until = items.remove(0).end;
                continue;
            }
            let kids: Vec<Item> = items.drain(i + 1..i + 1 + inner).collect();
            items[i].children.extend(kids.iter().map(|k| k.line));
        }
        i += 1;
    }
    until
}

/// The end of a list's last entry, a start time alone, given in the sentence on the next
/// line (`… until the end of the dinner (9:40)`, `bis zum Schluss um 21:15`): its first time
/// is a single one, with a word for "until" among the six words before it, and falls less
/// than six hours after that start.
fn closed_after(doc: &Doc<'_>, items: &[Item], relative: bool) -> Option<(i32, (usize, usize))> {
    let last = items.last().filter(|it| it.end.is_none() && it.length.is_none() && it.children.is_empty())?;
    let (s, _) = last.start?;
    let next = doc.filled_below(last.line)?;
    let t = doc.line_tokens(next).iter().find(|t| matches!(t.kind, Kind::Point(_) | Kind::Range(..)))?;
    let Kind::Point(b) = t.kind else { return None };
    let before = &doc.text[doc.lines[next].start..t.at.0];
    let sentence = before.rsplit(['.', ';', '!', '?']).next().unwrap_or(before);
    let until = sentence.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).rev().take(6).any(|w| crate::parse::words::is_until_word(&crate::parse::words::fold(w)));
    let e = end_after(&b, s, relative)?;
    (until && e > s && e - s < 6 * 60).then_some((e, t.at))
}

/// A start time with no end, followed by entries on lines laid out below it (indented, or
/// list entries under a line that is none) that start with it and go on from there, is a
/// block: `11:00 Session 2` over `• 11:00 Introduction`, `• 11:10 First round`. Those
/// entries become its children.
fn nest_by_layout(doc: &Doc<'_>, items: &mut Vec<Item>) {
    let below = |child: usize, parent: usize| {
        let (c, p) = (&doc.shapes[child], &doc.shapes[parent]);
        c.indent > p.indent || c.indent == p.indent && c.marker != Marker::None && p.marker == Marker::None
    };
    let mut i = 0;
    while i < items.len() {
        let Some((s, _)) = items[i].start.filter(|_| items[i].end.is_none() && items[i].children.is_empty()) else {
            i += 1;
            continue;
        };
        let mut last = s;
        let inner = items[i + 1..]
            .iter()
            .take_while(|x| {
                let ok = below(x.line, items[i].line) && x.start.is_some_and(|(xs, _)| xs >= last);
                if ok {
                    last = x.start.map_or(last, |(xs, _)| xs);
                }
                ok
            })
            .count();
        let opens_with_it = items.get(i + 1).and_then(|x| x.start).is_some_and(|(xs, _)| xs == s);
        if inner >= 1 && opens_with_it {
            let kids: Vec<Item> = items.drain(i + 1..i + 1 + inner).collect();
            items[i].children.extend(kids.iter().map(|k| k.line));
        }
        i += 1;
    }
}

/// True when at least two entries, and at least half of all steps from one entry to the
/// next, start before the previous entry ends: opening hours (`7:15 a 22:00`, `9:15 a
/// 14:30`) and timetables, not an agenda. One overlap in an agenda is a mistake to report;
/// but two entries only, the second starting inside the first and ending after it (`open
/// 10am–3pm` on Saturdays, `12–4pm` on Sundays), are two spans of hours, not an agenda.
fn mostly_overlapping(items: &[Item]) -> bool {
    let steps = items.len().saturating_sub(1);
    let overlaps = items
        .windows(2)
        .filter(|w| matches!((w[0].end, w[1].start), (Some((ae, _)), Some((bs, _))) if bs < ae))
        .count();
    let staggered_pair = matches!(items, [a, b] if matches!((a.start, a.end, b.start, b.end),
        (Some((a0, _)), Some((a1, _)), Some((b0, _)), Some((b1, _))) if a0 < b0 && b0 < a1 && a1 < b1));
    overlaps >= 2 && overlaps * 2 >= steps || staggered_pair
}

/// True when every line of entries holds ranges alone, joined by a word for "and" (`08.00 –
/// 12.00 og 14.00 – 17.00`, `9–12 and 14–17`), and one such line at least has a gap between
/// its two: the hours something is open in two spells, with no part named.
fn split_hours(doc: &Doc<'_>, items: &[Item]) -> bool {
    let and = |w: &str| {
        let f = crate::parse::words::fold(w);
        crate::parse::words::is_and_word(&f) || matches!(f.as_str(), "og" | "och" | "en" | "oraz" | "ja")
    };
    let bare = |t: &str| t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).all(and);
    let mut gapped = false;
    let mut k = 0;
    while k < items.len() {
        let li = items[k].line;
        let n = items[k..].iter().take_while(|x| x.line == li).count();
        let on = &items[k..k + n];
        k += n;
        let line = doc.lines[li];
        let (first, last) = (&on[0], &on[n - 1]);
        if on.windows(2).any(|w| w[1].at.0 < w[0].at.1) || !bare(&doc.text[line.start.min(first.at.0)..first.at.0]) || !bare(&doc.text[last.at.1.min(line.end())..line.end()]) {
            return false;
        }
        for w in on.windows(2) {
            let gap = &doc.text[w[0].at.1..w[1].at.0];
            if !bare(gap) {
                return false;
            }
            let apart = matches!((w[0].end, w[1].start), (Some((e, _)), Some((s, _))) if s > e);
            gapped |= apart && gap.split(|c: char| !c.is_alphanumeric()).any(and);
        }
    }
    gapped
}

/// True when most entries (three at least) are a time alone on its line with the next
/// entry on the next line that is not blank: a column of hours (the axis of a day's grid,
/// a list of times whose titles stand elsewhere), which names no part of a session.
fn time_column(doc: &Doc<'_>, items: &[Item]) -> bool {
    let bare = |k: usize| {
        let it = &items[k];
        let line = &doc.lines[it.line];
        let rest = |s: &str| {
            s.trim_matches(|c: char| {
                c.is_whitespace() || matches!(c, '|' | '*' | '_' | '-' | '#' | '>' | '`')
            })
            .is_empty()
        };
        let alone = rest(doc.text.get(line.start..it.at.0).unwrap_or("x"))
            && rest(doc.text.get(it.at.1..line.end()).unwrap_or("x"));
        let next = doc.filled_below(it.line);
        alone
            && it.children.is_empty()
            && next.is_none_or(|j| items.get(k + 1).is_some_and(|n| n.line == j))
    };
    let n = (0..items.len()).filter(|&k| bare(k)).count();
    n >= 3 && n * 2 > items.len()
}

/// True when the short lines over the first entry (up to twelve) speak of a
/// vehicle and of departing or arriving (`Shuttle buses`, `Departure Time`): a transport
/// timetable, not a session's parts.
fn transport(doc: &Doc<'_>, items: &[Item]) -> bool {
    let Some(first) = items.first() else { return false };
    let mut seen = 0;
    for j in first.line.saturating_sub(12)..first.line {
        let cell = &doc.travel[j];
        if cell.get() == 0 {
            // Titles, headings and column heads say so; long paragraphs are not read.
            let text = doc.lines[j].text;
            cell.set(1 | if text.len() <= 160 { travel_words(text) } else { 0 });
        }
        seen |= cell.get();
    }
    seen & 6 == 6
}

/// Whether `line` names a vehicle (`bus`, `shuttle`, `Fahrplan`, `校車`: 2) and speaks of
/// departing or arriving (`departure`, `Abfahrt`, `llegada`, `出發`, or a route from one
/// place to another, `本部 → 公館`: 4). Words are compared in ASCII lower case without
/// allocating; `arrivée` and `avgång` are folded.
fn travel_words(line: &str) -> u8 {
    // A route: an arrow between two names (`Campus → Station`).
    let route = line.split_once('→').is_some_and(|(a, b)| a.trim_end().ends_with(char::is_alphabetic) && b.trim_start().starts_with(char::is_alphabetic));
    let mut out = if route { 4 } else { 0 };
    let mut buf = [0u8; 12];
    // Words as runs of letters, found byte by byte (bytes of other scripts count as letters).
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !(b[i].is_ascii_alphabetic() || b[i] >= 0x80) {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && (b[i].is_ascii_alphabetic() || b[i] >= 0x80) {
            i += 1;
        }
        // A run of Chinese, Japanese or Korean letters (a lead byte of U+3000 or above)
        // holds its words unspaced, however long it is.
        if b[start] >= 0xE3 {
            let Some(w) = line.get(start..i) else { continue };
            if ["校車", "校车", "班車", "班车", "公車", "公车", "巴士", "バス", "버스", "列車", "列车"].iter().any(|v| w.contains(v)) {
                out |= 2;
            }
            if ["發車", "发车", "発車", "出發", "出发", "出発", "到達", "到达", "到着", "출발", "도착"].iter().any(|v| w.contains(v)) {
                out |= 4;
            }
            continue;
        }
        if !(3..=12).contains(&(i - start)) {
            continue;
        }
        let Some(w) = line.get(start..i) else { continue };
        let folded;
        let f: &str = if w.is_ascii() {
            buf[..w.len()].copy_from_slice(w.as_bytes());
            buf[..w.len()].make_ascii_lowercase();
            std::str::from_utf8(&buf[..w.len()]).unwrap_or("")
        } else {
            folded = crate::parse::words::fold(w);
            &folded
        };
        if matches!(f, "bus" | "buses" | "shuttle" | "shuttles" | "ferry" | "ferries" | "train" | "trains" | "coach" | "coaches" | "tram" | "boat" | "fahrplan" | "linie") {
            out |= 2;
        }
        if matches!(f, "departure" | "departures" | "departs" | "arrival" | "arrivals" | "arrives" | "abfahrt" | "ankunft" | "depart" | "arrivee" | "salida" | "llegada" | "partenza" | "arrivo" | "vertrek" | "aankomst" | "avgang" | "ankomst") {
            out |= 4;
        }
    }
    out
}

/// True when every entry's line holds an amount of money (`9am-1pm (morning) | £20.00 |
/// £12.50`): a price list of blocks of time, such as a hall's hire charges, no agenda. A
/// price row is short, so lines past 300 bytes are not read (a whole agenda on one line
/// would be read once for each of its entries).
fn priced_rows(doc: &Doc<'_>, items: &[Item]) -> bool {
    let money = |line: &str| {
        let b = line.as_bytes();
        // Every symbol but `$` is written with bytes past ASCII.
        if b.len() > 300 || !b.iter().any(|&c| c == b'$' || c >= 0x80) {
            return false;
        }
        line.char_indices().any(|(i, c)| {
            let symbol = crate::parse::words::CURRENCY_SYMBOLS.contains(&c);
            let next = i + c.len_utf8();
            symbol && (b.get(next).is_some_and(u8::is_ascii_digit) || i > 0 && b[..i].last().is_some_and(u8::is_ascii_digit))
        })
    };
    items.len() >= 2 && items.iter().all(|it| money(doc.lines[it.line].text))
}

/// True when every entry is a range of six hours or more with nothing under it (`8h às
/// 14h`, `14h às 20h`): the hours of services or places, not the parts of one session.
fn service_hours(items: &[Item]) -> bool {
    items.iter().all(|it| it.children.is_empty() && matches!((it.start, it.end), (Some((s, _)), Some((e, _))) if e - s >= 6 * 60))
}

/// True when every entry's words before its time name weekdays and nothing else
/// (`Monday-Thursday: 8.30am – 6pm`, `Friday: 9am - 3.30pm`, `Sa & So 10-16 Uhr`), or a
/// weekday said to recur (`every 1st Wednesday`): the hours of a week, such as a library's
/// opening hours, not one session's agenda.
fn weekly(doc: &Doc<'_>, items: &[Item]) -> bool {
    if recurs_above(doc, items) || hours_said_above(doc, items) || days_heading_above(doc, items) {
        return true;
    }
    let mut seen_day = false;
    items.iter().enumerate().all(|(k, it)| {
        // A later entry on a line (`de 10h à 13h et de 14h à 17h`) shares the lead of the
        // line's first entry, which is asked for them all.
        if k > 0 && items[k - 1].line == it.line {
            return true;
        }
        let line = &doc.lines[it.line];
        let before = doc.text.get(line.start..it.at.0).unwrap_or("");
        let (mut days, mut every, mut other) = (0, false, false);
        // An entry's lead is a few words: a long one is read no further (one line may hold
        // thousands of entries, each with the whole line before it).
        let mut lead: Vec<&str> = before.rsplit(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(33).collect();
        if lead.len() > 32 {
            return false;
        }
        // A table row whose day cell is empty (`|        | 12:00pm - 1:00pm | Ben |`) goes
        // on with the day of a row above.
        if lead.is_empty() && seen_day && !doc.shapes[it.line].cells.is_empty() {
            return true;
        }
        // With nothing before the time, the days a table's next cell names after it
        // (`9.30 – 17.00 | dal lunedì al venerdì`).
        let after = doc.text.get(it.at.1..line.end()).unwrap_or("");
        if lead.is_empty() && after.trim_start().starts_with('|') && after.len() <= 80 {
            lead = after.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
        }
        for &w in &lead {
            let folded = crate::parse::words::fold(w);
            if crate::parse::words::weekday(&folded).is_some() {
                days += 1;
            } else if folded.len() >= 6 && folded.strip_suffix('s').is_some_and(|f| crate::parse::words::weekday(f).is_some()) {
                // `les dimanches`, `on Sundays`: a weekday in the plural recurs.
                days += 1;
                every = true;
            } else if crate::parse::words::is_every_word(&folded) {
                every = true;
            } else if !weekday_joiner(&folded) {
                other = true;
            }
        }
        // Only weekdays, or a weekday said to recur (`Craft night: every 1st and 3rd
        // Wednesday of the month`).
        seen_day = days > 0 && (!other || every);
        seen_day
    })
}

/// True when one of the six lines over the first entry speaks of opening hours (`il museo
/// osserva questo orario di apertura:`, `Öffnungszeiten`, `Opening hours`): the
/// hours of a place, not one session's agenda.
fn hours_said_above(doc: &Doc<'_>, items: &[Item]) -> bool {
    const SAID: &[&str] = &[
        "opening hours", "opening times", "orario di apertura", "orari di apertura", "öffnungszeiten", "horaires d'ouverture", "horaire d'ouverture", "horario de apertura",
        "horarios de apertura", "horário de funcionamento", "openingstijden", "öppettider", "åbningstider", "åpningstider", "godziny otwarcia", "otevírací doba",
    ];
    // The hours an office or desk serves people, said in the entry's own sentence (a heading
    // `Office hours` may stand over a week's times and then an event's programme).
    const SERVED: &[&str] = &["office hours", "business hours", "horario de atención", "horario de atencion", "horário de atendimento", "horaires d'accueil", "sprechzeiten"];
    let Some(first) = items.first() else { return false };
    let above = doc.lines[first.line.saturating_sub(6)..first.line.min(doc.lines.len())].iter().any(|l| {
        let t = l.text;
        t.len() <= 200 && {
            let lower = t.to_lowercase();
            SAID.iter().any(|s| lower.contains(s))
        }
    });
    // Or the entry's own line says so in a sentence before its time (`El horario de atención
    // del mostrador es de lunes a viernes de 8:30h a 14:00h`); an entry titled so (`14:00 Office hours`,
    // `Office hours: 14:00-15:00`) is a part of an agenda.
    let own = || {
        let line = &doc.lines[first.line];
        let before = doc.text.get(line.start..first.at.0).unwrap_or("");
        // A phrase of two words and three after it: five words at least (most entries'
        // leads are a marker or a cell's bar, and are not searched).
        if before.split_whitespace().nth(4).is_none() {
            return false;
        }
        let mut k = before.len().saturating_sub(300);
        while !before.is_char_boundary(k) {
            k += 1;
        }
        let lower = before[k..].to_lowercase();
        SAID.iter().chain(SERVED).any(|s| lower.find(s).is_some_and(|k| lower[k + s.len()..].split_whitespace().count() >= 3))
    };
    above || own()
}

/// True when the heading right over the first entry names several weekdays and nothing
/// else (`#### Monday, Wednesday, Friday`, `Tuesday and Thursday`), or every
/// day or weekday (`Every weekday`, `Daily`): the times of a week, each day alike.
fn days_heading_above(doc: &Doc<'_>, items: &[Item]) -> bool {
    use crate::parse::words::{fold, is_every_word, weekday};
    let Some(first) = items.first() else { return false };
    let Some(j) = (first.line.saturating_sub(4)..first.line.min(doc.lines.len())).rev().find(|&j| !doc.lines[j].is_blank()) else { return false };
    let shape = &doc.shapes[j];
    if !(shape.headingish || shape.md_heading > 0) || doc.lines[j].text.len() > 120 {
        return false;
    }
    let (mut days, mut every, mut daily) = (0, false, false);
    for w in doc.text[shape.body..doc.lines[j].end()].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(12) {
        let f = fold(w);
        if weekday(&f).is_some() || f.len() >= 6 && f.strip_suffix('s').is_some_and(|x| weekday(x).is_some()) {
            days += 1;
        } else if is_every_word(&f) {
            every = true;
        } else if matches!(f.as_str(), "daily" | "weekday" | "weekdays" | "werktags" | "taglich") {
            daily = true;
        } else if matches!(f.as_str(), "day" | "days") && every {
            // `Every day`; a `Day` heading alone opens a day.
            daily = true;
        } else if !weekday_joiner(&f) {
            return false;
        }
    }
    // `Daily` alone, a word or two.
    let alone = || days == 0 && doc.lines[j].text.split_whitespace().count() <= 2;
    days >= 2 || every && (days >= 1 || daily) || daily && alone()
}

/// True when the line that introduces the entries (the nearest line above the first, ending
/// in a colon) says they recur on a weekday: a weekday in the plural (`on Saturdays`,
/// `los días sábados`, `samstags`), after Spanish `los` (`los lunes`), or after a word for
/// "every" (`every Saturday`, `chaque samedi`): a weekly timetable, not one session's agenda.
fn recurs_above(doc: &Doc<'_>, items: &[Item]) -> bool {
    use crate::parse::words::{fold, is_date_word, is_every_word as every, weekday};
    let Some(first) = items.first() else { return false };
    // Within a few lines: a run of blank lines is not walked back through for every list.
    let Some(intro) = doc.lines[..first.line.min(doc.lines.len())].iter().rev().take(4).find(|l| !l.is_blank()) else { return false };
    let t = intro.text.trim_end();
    if !t.ends_with(':') || t.len() > 400 {
        return false;
    }
    let (mut one, mut two) = ("", "");
    for w in t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(64) {
        // Weekday names have five letters or more; shorter words are not folded.
        let stem = w.strip_suffix(['s', 'S']).unwrap_or(w);
        if w.chars().count() >= 5 && (is_date_word(w) || is_date_word(stem)) {
            let f = fold(w);
            // Full names only: `dos`, `sams` and `thurs` are no plurals.
            let plural = f.len() >= 6 && f.ends_with('s') && weekday(&f[..f.len() - 1]).is_some();
            if plural || weekday(&f).is_some() && (one.eq_ignore_ascii_case("los") || every(one) || every(two)) {
                return true;
            }
        }
        (two, one) = (one, w);
    }
    false
}

/// How many start times with no end of their own the next entry starts at again: a list
/// of appointments held at the same hours in different places (`--10.30 horas: en
/// Toledo ...`, `--10.30 horas: en Albacete ...`), not one session's entries, which follow
/// each other. One repeat is a slip to report; two or more make no agenda.
fn shared_starts(items: &[Item]) -> usize {
    items
        .windows(2)
        .filter(|w| w[0].end.is_none() && w[0].children.is_empty() && matches!((w[0].start, w[1].start), (Some((a, _)), Some((b, _))) if a == b))
        .count()
}

/// True when start times alone (no entry has an end or a length) repeat one another's and
/// leave more than six hours between two: the starts of separate events (matches,
/// screenings, services held at the same hour), not one session's entries.
fn separate_starts(items: &[Item]) -> bool {
    let alone = items.iter().all(|i| i.end.is_none() && i.length.is_none() && i.children.is_empty());
    let starts: Vec<i32> = items.iter().filter_map(|i| i.start.map(|s| s.0)).collect();
    alone && shared_starts(items) >= 1 && starts.windows(2).any(|w| w[1] - w[0] > 6 * 60)
}

fn score(items: &[Item], placed: &[Placed], anchors: &[Anchor]) -> f32 {
    let mut s: f32 = items.iter().map(|i| i.strength).sum();
    for w in items.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        let (Some((bs, _)), Some((as_, _))) = (b.start, a.start) else { continue };
        match a.end {
            Some((ae, _)) if bs == ae => s += 0.5,
            Some((ae, _)) if bs < ae && bs >= as_ => s -= 0.6,
            Some(_) if bs < as_ => s -= 1.0,
            Some(_) => s -= 0.15,
            None if bs > as_ => s += 0.3,
            None => s -= 0.5,
        }
    }
    let parallel = placed.iter().filter(|p| anchors[p.anchor].parallel).count();
    s -= parallel as f32 * 0.8;
    // Blocks each holding timed entries of their own (`### Morning: 09:00 - 13:00` over its
    // talks, then `### Afternoon: 14:00 - 18:00` over its own) are the parts of one day.
    if items.iter().all(|i| i.children.len() >= 2) {
        s += 0.3 * items.len() as f32;
    }
    s
}
