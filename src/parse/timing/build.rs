//! From a chosen candidate to segments: ends of start-time entries, offsets from the
//! session's start, titles and notes from the text around each time, and the invariants.
//!
//! A start-time entry ends where the next one starts, the last where the slot ends, or the
//! range set aside as the frame of the entries (an `End`/`Close` entry only marks that end);
//! one with no end at all is kept as text with a note. Offsets count from the slot's start
//! when the times fall inside it, else from the first entry (and say so). No offset is
//! negative, no segment ends before it starts (such an entry is read as ending where it
//! starts, with an error note), and sums saturate.

use chrono::NaiveTime;

use crate::model::{NoteLevel, ParseNote, Segment, Spanned, TimeBasis, Timing};
use crate::parse::{codes, words};

use super::anchors::{is_deco, strip_tags};
use super::{Basis, Candidate, Doc, Item};

/// The session's frame in the agenda's minutes: its start and end, and whether it is a
/// dated slot (for how notes are worded).
#[derive(Debug, Clone, Default)]
pub(crate) struct Frame {
    /// Start, in the candidate's clock minutes (already shifted into its zone).
    pub start: Option<i32>,
    /// End, likewise.
    pub end: Option<i32>,
    /// The frame's zone as runsheet names it, when known.
    pub zone: Option<String>,
}

/// Segments, the breakdown's timing, and notes.
pub(crate) struct Built {
    pub segments: Vec<Segment>,
    pub timing: Option<Timing>,
    pub notes: Vec<ParseNote>,
}

/// One entry placed in time: start and end in minutes (clock or offset), with spans.
struct Placed<'c> {
    item: &'c Item,
    /// Its index in the candidate's items.
    index: usize,
    start: i32,
    end: i32,
    start_at: (usize, usize),
    end_at: (usize, usize),
    clock: bool,
}

/// Builds the segments of `cand`; `shift` moves its clock times into the frame's zone.
pub(crate) fn build(doc: &Doc<'_>, cand: &Candidate, frame: Frame, shift: i32) -> Built {
    let mut notes = cand.notes.clone();
    let placed = match cand.basis {
        Basis::Lengths => lengths(doc, cand, &mut notes),
        Basis::Clock | Basis::Offsets => clock(doc, cand, &frame, shift, &mut notes),
    };
    if placed.is_empty() {
        return Built { segments: Vec::new(), timing: None, notes };
    }
    let base = match cand.basis {
        Basis::Clock => base(doc, &placed, &frame, &mut notes),
        _ => 0,
    };
    let lead = names_lead(doc, cand);
    let mut segments = Vec::with_capacity(placed.len());
    for (k, p) in placed.iter().enumerate() {
        let next_line = placed.get(k + 1).map(|n| n.item.line);
        let (title, title_span, mut seg_notes) = title(doc, cand, p.index, next_line, lead.binary_search(&p.item.line).is_ok());
        let mut start = p.start.saturating_sub(base).max(0);
        let mut end = p.end.saturating_sub(base).max(0);
        let (mut start_at, mut end_at) = (p.start_at, p.end_at);
        if end < start {
            // Written back to front (`00:40 – 00:15`): read the other way round, and say so.
            notes.push(ParseNote {
                code: codes::ENDS_BEFORE_START.into(),
                level: NoteLevel::Error,
                message: format!(
                    "segment “{}” ends at {}, before it starts at {}; read as {} – {}",
                    short(&title),
                    hm(end),
                    hm(start),
                    hm(end),
                    hm(start)
                ),
                span: doc.span(p.end_at.0, p.end_at.1),
            });
            std::mem::swap(&mut start, &mut end);
            std::mem::swap(&mut start_at, &mut end_at);
        }
        if !p.item.children.is_empty() {
            let kids: Vec<String> = p.item.children.iter().map(|&li| clean(doc.lines[li].text)).filter(|t| !t.is_empty()).collect();
            if !kids.is_empty() {
                let joined = kids.join("\n");
                seg_notes = Some(match seg_notes {
                    Some(n) => format!("{n}\n{joined}"),
                    None => joined,
                });
            }
        }
        let t = |m: i32| NaiveTime::from_hms_opt((m.rem_euclid(24 * 60) / 60) as u32, (m.rem_euclid(60)) as u32, 0);
        let clock = if p.clock { t(p.start).zip(t(p.end.max(p.start))) } else { None };
        let seg_end = title_span.1.max(p.item.at.1);
        segments.push(Segment {
            start: Spanned::new(start, doc.span(start_at.0, start_at.1)),
            end: Spanned::new(end, doc.span(end_at.0, end_at.1)),
            title: Spanned::new(title, doc.span(title_span.0, title_span.1)),
            notes: seg_notes,
            people: Vec::new(),
            cues: Vec::new(),
            clock,
            span: doc.span(p.item.at.0.min(title_span.0), seg_end),
        });
    }
    let first = placed[0].item.line;
    let last = placed[placed.len() - 1].item.line;
    let basis = match cand.basis {
        Basis::Clock => TimeBasis::Absolute,
        Basis::Offsets => TimeBasis::Relative,
        Basis::Lengths => TimeBasis::Durations,
    };
    let span = doc.span(doc.lines[first].start, doc.lines[last].end());
    Built { segments, timing: Some(Timing { basis, span, ambiguous: None }), notes }
}

fn lengths<'c>(doc: &Doc<'_>, cand: &'c Candidate, notes: &mut Vec<ParseNote>) -> Vec<Placed<'c>> {
    let mut at = 0i32;
    let mut out = Vec::new();
    for (index, item) in cand.items.iter().enumerate() {
        let Some((d, span)) = item.length else { continue };
        if !d.is_exact() {
            let written = &doc.text[span.0..span.1];
            notes.push(ParseNote {
                code: codes::APPROXIMATE_LENGTH.into(),
                level: NoteLevel::Info,
                message: format!("`{written}` is not an exact length; read as {} minutes", d.minutes),
                span: doc.span(span.0, span.1),
            });
        }
        let end = at.saturating_add(d.minutes as i32);
        out.push(Placed { item, index, start: at, end, start_at: span, end_at: span, clock: false });
        at = end;
    }
    out
}

fn clock<'c>(doc: &Doc<'_>, cand: &'c Candidate, frame: &Frame, shift: i32, notes: &mut Vec<ParseNote>) -> Vec<Placed<'c>> {
    let is_clock = cand.basis == Basis::Clock;
    let sh = if is_clock { shift } else { 0 };
    let items = &cand.items;
    let mut out = Vec::new();
    for (k, item) in items.iter().enumerate() {
        let Some((s, s_at)) = item.start else { continue };
        let s = s + sh;
        let (e, e_at) = match item.end {
            Some((e, at)) => (e + sh, at),
            None => match items.get(k + 1).and_then(|n| n.start) {
                Some((ns, at)) => (ns + sh, at),
                None => {
                    // The last start time: the slot's end closes it; an `End` entry only
                    // marks the end; otherwise it has no end.
                    let title = title(doc, cand, k, None, false).0;
                    if words::is_end_marker(&title) {
                        continue;
                    }
                    // Else the end of the range that framed the entries does.
                    let framed = frame.end.map(|fe| (fe, item.at)).or(cand.until.map(|(e, at)| (e + sh, at)));
                    match framed.filter(|&(fe, _)| fe > s) {
                        Some(end) => end,
                        None => {
                            notes.push(ParseNote {
                                code: codes::OPEN_ENDED.into(),
                                level: NoteLevel::Info,
                                message: format!("“{}” has a start time but no end; kept as text only", short(&title)),
                                span: doc.span(s_at.0, s_at.1),
                            });
                            continue;
                        }
                    }
                }
            },
        };
        // An `End` entry between a start time and the next marks its end, nothing more.
        if item.end.is_none() && item.length.is_none() && k + 1 < items.len() && k > 0 {
            let t = title(doc, cand, k, None, false).0;
            if words::is_end_marker(&t) && t.split_whitespace().count() <= 3 {
                continue;
            }
        }
        out.push(Placed { item, index: k, start: s, end: e, start_at: s_at, end_at: e_at, clock: is_clock });
    }
    out
}

/// The minute that counts as 0: the frame's start when the agenda falls inside the frame,
/// else the first entry's start, with a note saying so.
fn base(doc: &Doc<'_>, placed: &[Placed<'_>], frame: &Frame, notes: &mut Vec<ParseNote>) -> i32 {
    let first = placed[0].start;
    let last = placed.iter().map(|p| p.end.max(p.start)).max().unwrap_or(first);
    let run_end = placed.iter().map(|p| doc.lines[p.item.line].end()).max().unwrap_or(placed[0].start_at.1);
    let span = doc.span(placed[0].start_at.0, run_end);
    match frame.start {
        // An agenda that starts inside the slot and runs past its end overruns it (for the
        // checks to report), unless both ends are moved by the same whole half-hours (the
        // agenda's times in another zone).
        Some(fs) if first >= fs && frame.end.is_none_or(|fe| first < fe && (last <= fe || !((first - fs) % 30 == 0 && first - fs == last - fe))) => fs,
        Some(fs) => {
            let diff = first - fs;
            let hint = if diff % 30 == 0 && diff != 0 {
                format!(
                    " (they start {} from the slot's start{}; perhaps local time)",
                    signed_hm(diff),
                    frame.zone.as_deref().map(|z| format!(" in {z}")).unwrap_or_default()
                )
            } else {
                String::new()
            };
            notes.push(ParseNote {
                code: codes::TIMES_OUTSIDE_SLOT.into(),
                level: NoteLevel::Warning,
                message: format!("the breakdown's times of day do not fall inside the slot{hint}; minutes count from the first entry"),
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

fn hm(m: i32) -> String {
    let a = m.unsigned_abs();
    format!("{}{:02}:{:02}", if m < 0 { "-" } else { "" }, a / 60, a % 60)
}

fn short(t: &str) -> String {
    let s: String = t.chars().take(40).collect();
    if t.chars().count() > 40 { format!("{s}…") } else { s }
}

/// The title of an entry (its text, and the bytes it came from) and its notes: the text
/// after its time in the same cell or line (up to the next entry on the line), else the
/// next line, else the text before its time; the lines up to the next entry are notes.
/// The lines whose entries are each named before their time, in order: two or more clock
/// entries on one line, a separator (`/`, `|`, `;`, `,`, `•`, `·`) and words between each
/// two, words before the first and nothing after the last (`Doors 6:30 PM / Talks 7:00 –
/// 9:00 PM / Party 9:00 – 11:00 PM`).
fn names_lead(doc: &Doc<'_>, cand: &Candidate) -> Vec<usize> {
    let mut lines = Vec::new();
    if cand.basis != Basis::Clock {
        return lines;
    }
    let items = &cand.items;
    let mut i = 0;
    while i < items.len() {
        let li = items[i].line;
        let j = i + items[i..].iter().take_while(|x| x.line == li).count();
        let on = &items[i..j];
        i = j;
        if on.len() < 2 || on.windows(2).any(|w| w[1].at.0 < w[0].at.1) {
            continue;
        }
        let line = doc.lines[li];
        let (first, last) = (&on[0], &on[on.len() - 1]);
        let worded = |a: usize, b: usize| clean(&doc.text[a..b]).chars().any(char::is_alphanumeric);
        let tail = last.at.1.min(line.end())..line.end();
        let head = doc.shapes[li].body.min(first.at.0)..first.at.0;
        let gaps_named = on.windows(2).all(|w| {
            let gap = &doc.text[w[0].at.1..w[1].at.0];
            let t = gap.trim_start();
            t.starts_with(['/', '|', ';', ',', '•', '·']) && worded(w[1].at.0 - t.len() + 1, w[1].at.0)
        });
        if gaps_named && !worded(tail.start, tail.end) && worded(head.start, head.end) {
            lines.push(li);
        }
    }
    lines
}

fn title(doc: &Doc<'_>, cand: &Candidate, k: usize, next_line: Option<usize>, lead_named: bool) -> (String, (usize, usize), Option<String>) {
    let item = &cand.items[k];
    if let Some(n) = item.named {
        return (clean(&doc.text[n.0..n.1]), n, None);
    }
    let li = item.line;
    // Entries are in text order: the neighbours are the only ones that can share its line.
    let prev = k.checked_sub(1).map(|p| &cand.items[p]);
    let next = cand.items.get(k + 1);
    let line = doc.lines[li];
    let shape = &doc.shapes[li];
    let mut extra: Vec<String> = Vec::new();
    let mut found: Option<(usize, usize)> = None;
    // The cleaned text of `found`, where it was already cleaned.
    let mut found_text: Option<String> = None;
    // A record's value naming it (`{ time: "09:00 – 09:20", event: "Welcome" }`).
    if let Some(n) = shape.named.filter(|n| n.0 >= item.at.1 || n.1 <= item.at.0) {
        found = Some(n);
    } else if let Some(c) = item.cell {
        let cells = &shape.cells;
        let texty = |k: usize| {
            let (a, b) = cells[k];
            let t = clean(&doc.text[a..b]);
            let timey = doc.line_tokens(li).iter().any(|t| t.at.0 >= a && t.at.1 <= b && t.at.0 <= a + 2);
            (!t.is_empty() && !timey).then_some((a, b))
        };
        let after: Vec<(usize, usize)> = (c + 1..cells.len()).filter_map(texty).collect();
        if let Some((&first, rest)) = after.split_first() {
            found = Some(first);
            extra.extend(rest.iter().map(|&(a, b)| clean(&doc.text[a..b])));
        } else if let Some(before) = (0..c).rev().find_map(texty) {
            found = Some(before);
        }
    } else {
        // Up to the next entry on the same line (a run-on breakdown).
        let stop = next.filter(|x| x.line == li && x.at.0 > item.at.0).map_or(line.end(), |x| x.at.0);
        let after = trim_lead(doc, item.at.1, stop.max(item.at.1));
        let prev_on_line = prev.filter(|x| x.line == li && x.at.1 <= item.at.0).map(|x| x.at.1);
        let run_on = prev.is_some_and(|x| x.line == li) || next.is_some_and(|x| x.line == li);
        let before_from = match prev_on_line {
            Some(p) => p,
            // The first entry of a breakdown run on in a paragraph starts after the last
            // sentence end or label colon before it.
            None if run_on => {
                let from = shape.body.min(item.at.0);
                let head = &doc.text[from..item.at.0];
                let cut = [". ", ": ", "; ", "? ", "! "].iter().filter_map(|sep| head.rfind(sep).map(|p| p + sep.len())).max();
                from + cut.unwrap_or(0)
            }
            None => shape.body.min(item.at.0),
        };
        let before = trim_range(doc.text, before_from, item.at.0);
        // A length that opens its entry (`10 min welcome;`, `- 20 minutes: Welcome`) has its
        // title after it; one that closes it (`Welcome (5 min),`) before it.
        // So does a length in a sentence after an article or a word joining it to the part
        // before (`a 20-minute lecture followed by`, `then 25 minutes of practice`).
        let lead = doc.text[before_from..item.at.0].trim_end();
        // A length saying what it is for (`10 minutes for the welcome`) has its title after it.
        let purpose = || purpose_word(doc.text[item.at.1..stop.max(item.at.1)].trim_start()).is_some();
        let article = cand.basis == Basis::Lengths && run_on && (lead.rsplit(' ').next().is_some_and(|w| matches!(w, "a" | "an" | "of") || joiner(w)) || purpose());
        let opens = lead.ends_with([';', ',', ':', '|', '/', '•']) || before.1 <= before.0 || article;
        // Each side cleaned once; such a sentence's words joining the next part, and what
        // follows its end, are no title.
        // An entry its length opens says what the length is for after `for` too (`5 minutes
        // for questions`): the title is what it is for.
        let after = if article || opens && cand.basis == Basis::Lengths && purpose() { without_joiners(doc.text, after) } else { after };
        // A pictograph alone (`⏰ 6:30 pm`, `18:00 🍕`) names nothing: the title is looked for
        // on the lines after.
        let worded = |t: String| if t.chars().any(char::is_alphanumeric) { t } else { String::new() };
        let after_text = if after.1 > after.0 { worded(clean(&doc.text[after.0..after.1])) } else { String::new() };
        // `de 9,55 a 10,50 horas`: the word saying it is a time of day names nothing.
        // The word for "o'clock" before a time (`Ore 16.30`, `Kl. 9`) names nothing.
        let before_text = if before.1 > before.0 { worded(clean(&doc.text[before.0..before.1])) } else { String::new() };
        let before_text = if crate::parse::words::before_clock_word(&before_text).is_some_and(|b| b.trim().is_empty()) { String::new() } else { before_text };
        // `From 14:00 to 14:10 – Welcome`, `Fra kl. 18:45 til 19:00 –`: nor does the word that
        // opens the range alone.
        let lone = crate::parse::words::before_clock_word(&before_text).unwrap_or(&before_text).trim();
        let before_text = if lone.len() <= 7 && crate::parse::words::is_range_opener(&crate::parse::words::fold(lone)) { String::new() } else { before_text };
        // Nor does `À partir de` ("starting from") before an entry's time.
        let before_text = if super::anchors::starting_from(&before_text) { String::new() } else { before_text };
        // `Part 2: from 10,45 to 12,15`: the word that opens the range is not the name.
        let before_text = match strip_from_word(&before_text) {
            Some(stripped) => stripped.to_owned(),
            None => before_text,
        };
        // `28/10/2022, 09:45 - 10:00`: a date before the time names nothing either.
        let dated = before.1 > before.0
            && super::tokens::starting_near(doc.line_tokens(li), before.0, 4)
                .any(|t| matches!(t.kind, super::tokens::Kind::Date(_)) && clean(&doc.text[t.at.1.min(before.1)..before.1]).is_empty());
        let before_text = if dated { String::new() } else { before_text };
        // `Lunch at 12:00`, `Accueil à 8h`: the word for "at" before a time closing its line
        // names nothing (before a length, `Plan A (10 min)`, it is the name's).
        let mut before_text = before_text;
        while after_text.is_empty() && cand.basis == Basis::Clock {
            let Some((head, w)) = before_text.rsplit_once(' ') else { break };
            if !crate::parse::words::is_at_word(&w.to_lowercase()) {
                break;
            }
            before_text = head.trim_end().to_owned();
        }
        let lengths_first = cand.basis == Basis::Lengths && !opens && !before_text.is_empty();
        // `Breakfast 7.30-8.45am - Main Hall`: a name, its time, then a dash and its place;
        // the name is the title.
        let named_before = cand.basis == Basis::Clock
            && !run_on
            && !before_text.is_empty()
            && !opens
            && doc.text[item.at.1..stop.max(item.at.1)].trim_start().starts_with(['-', '–', '—']);
        // `Morning talks (9.45 – 13.30) in two sessions`: a time in brackets mid-line
        // follows the name of its entry.
        let open = doc.text[before_from..item.at.0].rfind(['(', '[', '（']).map(|o| before_from + o);
        let named_bracket = open.filter(|_| !run_on && !opens && cand.basis == Basis::Clock && super::anchors::place(doc, li, item.at).paren);
        let bracket_title = named_bracket.map(|o| trim_range(doc.text, before_from, o)).filter(|t| t.1 > t.0);
        // On a line of entries named before their times, the name follows the last
        // separator before the time.
        let lead_title = lead_named.then(|| {
            let head = &doc.text[before_from..item.at.0];
            let from = head.rfind(['/', '|', ';', ',', '•', '·']).map_or(before_from, |p| before_from + p + head[p..].chars().next().map_or(1, char::len_utf8));
            trim_range(doc.text, from, item.at.0)
        });
        if let Some(t) = lead_title.filter(|t| t.1 > t.0) {
            found = Some(t);
        } else if let Some(t) = bracket_title {
            found = Some(t);
            found_text = Some(clean(&doc.text[t.0..t.1]));
            let rest = doc.text[item.at.1..stop.max(item.at.1)].trim_start().trim_start_matches([')', ']', ':', '）']).trim();
            if !rest.is_empty() {
                extra.push(clean(rest));
            }
        } else if lengths_first || named_before {
            found = Some(before);
            found_text = Some(before_text);
            if !after_text.is_empty() {
                extra.push(after_text);
            }
        } else if !after_text.is_empty() {
            found = Some(after);
            found_text = Some(after_text);
        } else if !before_text.is_empty() && (cand.basis != Basis::Lengths || titles_its_length(doc, li, before)) {
            // Nothing after a length: what stands before it is the title, even when a colon
            // ends it (`Opening remarks: 5 minutes`), unless it is a label (`Duration:`).
            found = Some(before);
            found_text = Some(before_text);
        }
    }
    let mut title_line = li;
    if found.is_none() {
        // The title on a following line (a time alone on its line), or, for a length
        // alone on its line, the short line above it.
        let limit = next_line.unwrap_or(doc.lines.len()).min(li + 4);
        // A line that only restates the length (`(15min)`) is no title.
        let only_length = |j: usize| {
            let t = doc.lines[j].text;
            let toks = doc.line_tokens(j);
            toks.len() == 1 && matches!(toks[0].kind, super::tokens::Kind::Dur(_)) && t.len() <= toks[0].at.1 - toks[0].at.0 + 4
        };
        // A range split over lines (`08:45` / `to` / `09:00`) has its title below its end.
        let last = item.end.map(|(_, at)| doc.lines.partition_point(|l| l.end() < at.0)).filter(|&l| l > li && l < doc.lines.len()).unwrap_or(li);
        let limit = limit.max(last + 1);
        // A block's end in brackets after its title (`9:00 AM` / `Opening (until 10:15 AM)`):
        // the title is what stands before the bracket.
        let titled_end = item.end.filter(|_| last > li).and_then(|(_, at)| {
            let l = doc.lines[last];
            let head = doc.text.get(l.start..at.0)?;
            let open = head.rfind('(')?;
            let t = trim_range(doc.text, l.start, l.start + open);
            (t.1 > t.0 && head[open..].split_whitespace().count() <= 2).then_some(t)
        });
        if let Some(t) = titled_end {
            found = Some(t);
            title_line = last;
        }
        // The entry's line printed again below it is no title. Nor is a line of separators
        // only (a table flattened one cell a line, with `|` between), which is passed over
        // to the next cell, unless that names a day (the next day's heading).
        let separators = |j: usize| clean(doc.lines[j].text).is_empty();
        let below = (last + 1..(limit + 1).min(next_line.unwrap_or(doc.lines.len())))
            .find(|&j| !doc.lines[j].is_blank() && !doc.shapes[j].rule && !only_length(j) && doc.lines[j].text != line.text && !separators(j))
            .filter(|&j| {
                let passed = (last + 1..j).any(|k| !doc.lines[k].is_blank() && separators(k));
                !passed || !doc.line_tokens(j).iter().any(|t| matches!(t.kind, super::tokens::Kind::Date(_) | super::tokens::Kind::Day(_)))
            });
        let above = (li.saturating_sub(3)..li).rev().find(|&j| !doc.lines[j].is_blank());
        let pick_above = cand.basis == Basis::Lengths
            && above.is_some_and(|j| doc.lines[j].text.split_whitespace().count() <= 8 && doc.line_tokens(j).is_empty() && prev.is_none_or(|x| x.line != j));
        let j = if pick_above { above } else { below };
        if let Some(j) = j.filter(|_| titled_end.is_none()) {
            let s = &doc.shapes[j];
            let (a, b) = match s.cells.iter().find(|&&(a, b)| !clean(&doc.text[a..b]).is_empty()) {
                Some(&c) => c,
                None => s.named.unwrap_or((s.body, doc.lines[j].end())),
            };
            found = Some(trim_range(doc.text, a, b));
            if j > li {
                title_line = j;
            }
        }
    }
    let (a, b) = found.unwrap_or((item.at.1, item.at.1));
    let title = found_text.unwrap_or_else(|| clean(&doc.text[a..b]));
    let mut note_lines: Vec<String> = extra;
    if let Some(nl) = next_line.filter(|&nl| nl > title_line + 1) {
        for j in title_line + 1..nl {
            let t = doc.lines[j].text;
            if t.is_empty() || doc.shapes[j].rule || item.children.contains(&j) {
                continue;
            }
            note_lines.push(t.to_owned());
        }
    }
    let notes = (!note_lines.is_empty()).then(|| note_lines.join("\n"));
    (title, (a, b.max(a)), notes)
}

/// The bytes `at` up to their sentence's end, without the words at their end that join a
/// next part to it (`lecture followed by a`, `briefing, then`) or an `of` opening them.
fn without_joiners(text: &str, at: (usize, usize)) -> (usize, usize) {
    let mut t = &text[at.0..at.1];
    // `25 minutes of practice`, `10 minutes for the welcome`: the title starts after `of`.
    let at = match purpose_word(t) {
        Some(n) => {
            t = &t[n..];
            (at.0 + n, at.1)
        }
        None => at,
    };
    t = t.split_once(". ").map_or(t, |(s, _)| s).trim_end_matches('.');
    // `(7 minutes for the talk + 3 minutes for questions)`: the bracket closing the parts.
    if !t.contains('(') {
        t = t.trim_end().trim_end_matches(')');
    }
    loop {
        let trimmed = t.trim_end_matches(|c: char| c.is_whitespace() || c == ',' || c == '+');
        let w = trimmed.rsplit(|c: char| c.is_whitespace() || c == ',').next().unwrap_or("");
        if w.is_empty() || w.len() == trimmed.len() || !(matches!(w, "a" | "an" | "the" | "by") || joiner(w)) {
            return (at.0, at.0 + trimmed.len());
        }
        t = &trimmed[..trimmed.len() - w.len()];
    }
}

/// The length of the words that open `t` saying what a length before them is for (`of `,
/// `for `, `allotted for `, `para `, `pour `), if they do.
fn purpose_word(t: &str) -> Option<usize> {
    // A word that sets the length aside first (`allotted for`, `set aside for`).
    let first = t.split(char::is_whitespace).next().unwrap_or("");
    let folded = words::fold(first);
    let set = if folded == "set" {
        t.get(..10).filter(|p| p.eq_ignore_ascii_case("set aside ")).map_or(0, str::len)
    } else if words::is_set_aside_word(&folded) {
        first.len() + t[first.len()..].chars().next().map_or(0, char::len_utf8)
    } else {
        0
    };
    let rest = &t[set..];
    ["of ", "for ", "para ", "pour ", "für ", "voor ", "per "].iter().find_map(|w| rest.get(..w.len()).filter(|p| p.eq_ignore_ascii_case(w)).map(|_| set + w.len()))
}

/// Words that join a part of a sentence's breakdown to the one before (`followed`, `then`).
fn joiner(w: &str) -> bool {
    matches!(w, "followed" | "then" | "and" | "plus" | "with")
}

/// The text before a range without the word that opens it (`Lunch: from`, `Almuerzo: de`,
/// `Pause von`) and the colon left before that word; `None` when no such word ends it.
fn strip_from_word(t: &str) -> Option<&str> {
    let trimmed = t.trim_end();
    let w = trimmed.rsplit(char::is_whitespace).next().unwrap_or("");
    let from = ["from", "de", "des", "dalle", "dal", "von", "van", "od", "desde", "das", "entre"].iter().any(|f| w.eq_ignore_ascii_case(f));
    (from && w.len() < trimmed.len()).then(|| trimmed[..trimmed.len() - w.len()].trim_end().trim_end_matches([':', '-', '–']).trim_end())
}

/// True when the text at `at` on line `li`, before a length that closes its line, names the entry
/// (`Opening remarks:`): it holds no time or length of its own (`1 Hour, 30 minutes`) and is
/// no length label (`Duration:`).
fn titles_its_length(doc: &Doc<'_>, li: usize, at: (usize, usize)) -> bool {
    let text = clean(&doc.text[at.0..at.1]);
    let unit = text.split(|c: char| !c.is_alphabetic()).any(|w| {
        let w = words::fold(w);
        words::is_minute_unit(&w) || words::is_hour_unit(&w)
    });
    let timed = doc.line_tokens(li).iter().any(|t| t.at.0 < at.1 && t.at.1 > at.0);
    !timed && !unit && !words::is_length_label(&words::fold(&text))
}

/// Skips what stands between a time and its title: separators, a zone (`CET`), a length in
/// brackets (`(10 min)`), `Uhr`, `(approx.)`.
fn trim_lead(doc: &Doc<'_>, mut a: usize, b: usize) -> (usize, usize) {
    loop {
        // A bracket right after the time may hold its length: look before trimming it.
        let raw = &doc.text[a..b.max(a)];
        let open = raw.len() - raw.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '–' | '—' | '|')).len();
        if raw[open..].starts_with(['(', '[']) {
            let t = &raw[open..];
            if let Some(c) = t.find([')', ']']) {
                let na = a + open;
                // A length, or the time again (`(09:00-10:00 GMT)`, in a second zone).
                let restated = |k: &super::tokens::Token| matches!(k.kind, super::tokens::Kind::Dur(_) | super::tokens::Kind::Range(..));
                if doc.tokens_in(na, na + c).any(restated) || t[1..c].to_lowercase().starts_with("approx") {
                    a = na + c + 1;
                    continue;
                }
            }
        }
        let (na, nb) = trim_range(doc.text, a, b);
        if nb <= na {
            return (na, nb);
        }
        let t = &doc.text[na..nb];
        let word: String = t.chars().take_while(|c| c.is_alphanumeric()).collect();
        let lw = words::fold(&word);
        // A zone or `Uhr` alone after the time is no title either.
        let zone_or_unit = !word.is_empty()
            && (word.chars().all(|c| c.is_ascii_uppercase()) && crate::time::zone_from_name(&word).is_ok()
                || words::is_time_of_day_word(&lw));
        let skip = if zone_or_unit { word.len() } else { 0 };
        if skip == 0 {
            return (na, nb);
        }
        a = na + skip;
    }
}

impl Doc<'_> {
    /// The tokens whose bytes lie within `a..b`.
    fn tokens_in(&self, a: usize, b: usize) -> impl Iterator<Item = &super::tokens::Token> {
        let from = self.tokens.partition_point(|t| t.at.0 < a);
        self.tokens[from..].iter().take_while(move |t| t.at.0 < b).filter(move |t| t.at.1 <= b)
    }
}

/// `text[a..b]` without decoration or list markers at either end.
fn trim_range(text: &str, a: usize, b: usize) -> (usize, usize) {
    let s = &text[a..b.max(a)];
    let mut lead = s.len() - s.trim_start_matches(|c: char| is_deco(c) || matches!(c, ':' | ';' | ',' | '.' | '►' | '→')).len();
    // A link's `[` stays with its text (`[Blue sheets](https://…)`), so its brackets balance.
    if lead > 0 && s[..lead].ends_with('[') && s[lead..].find("](").is_some_and(|p| !s[lead..lead + p].contains(['[', ']'])) {
        lead -= 1;
    }
    let s2 = &s[lead..];
    // A list marker left at the start (`1)`, `a.`).
    let marker = {
        let m: String = s2.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        let rest = &s2[m.len()..];
        if !m.is_empty() && m.len() <= 2 && (rest.starts_with(") ") || rest.starts_with(". ")) && (m.chars().all(|c| c.is_ascii_digit()) || m.len() == 1) {
            m.len() + 2
        } else {
            0
        }
    };
    let s3 = &s2[marker..];
    let s3t = s3.trim_start();
    let a2 = a + lead + marker + (s3.len() - s3t.len());
    let t = s3t.trim_end_matches(|c: char| (is_deco(c) && c != ')' && c != ']' && c != '"' && c != '”' && c != '»') || matches!(c, ':' | ';' | ',' | '('));
    // A `;` closing a character reference (`Talks&hellip;`) is kept for it.
    let t = match s3t[t.len()..].strip_prefix(';') {
        Some(_) if t.rfind('&').is_some_and(|k| t.len() - k <= 10 && t[k + 1..].bytes().all(|b| b.is_ascii_alphanumeric() || b == b'#')) => &s3t[..t.len() + 1],
        _ => t,
    };
    // Keep a closing bracket whose opening one is kept.
    let mut end = a2 + t.len();
    let kept = &text[a2..end];
    let opens = kept.matches(['(', '[']).count();
    let closes = kept.matches([')', ']']).count();
    if closes > opens {
        end = a2 + kept.trim_end_matches([')', ']', ' ']).len();
    }
    (a2, end.max(a2))
}

/// A title or note as people read it: no HTML tags or character references, markdown links
/// reduced to their text, no emphasis markers or escapes, spaces collapsed, decoration trimmed.
pub(crate) fn clean(raw: &str) -> String {
    if !raw.contains(['<', '[', '\\', '*', '_', '&']) {
        // Plain text (most titles): collapse spaces and trim, in one allocation.
        return trimmed(collapse(raw));
    }
    let s = strip_tags(raw);
    // `&nbsp;`, `&amp;`, `&#8211;`: character references of a page's HTML.
    let s = if s.contains('&') { html_escape::decode_html_entities(&s).into_owned() } else { s };
    let mut out = String::with_capacity(s.len());
    let mut rest = s.as_str();
    // `[text](url)` and `[text][7]` keep their text.
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find(']') {
            Some(close) if after[close + 1..].starts_with('(') || after[close + 1..].starts_with('[') => {
                out.push_str(&after[..close]);
                let tail = &after[close + 1..];
                let end = if tail.starts_with('(') { tail.find(')') } else { tail.find(']') };
                rest = &tail[end.map_or(tail.len(), |e| e + 1)..];
            }
            _ => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    let out = if out.contains(['\\', '*', '_']) { out.replace("\\[", "[").replace("\\]", "]").replace("**", "").replace("__", "") } else { out };
    trimmed(collapse(&out))
}

/// `collapsed` with [`trim_title`] applied, reusing its buffer when nothing is trimmed.
fn trimmed(collapsed: String) -> String {
    let t = trim_title(&collapsed);
    if t.len() == collapsed.len() { collapsed } else { t.to_owned() }
}

/// `s` with every run of white space made one space.
fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// A collapsed title without decoration, separators or emphasis at its ends.
fn trim_title(collapsed: &str) -> &str {
    let t = collapsed.trim_matches(|c: char| (is_deco(c) && !matches!(c, '(' | ')' | '[' | ']' | '【' | '】' | '"' | '“' | '”' | '«' | '»')) || matches!(c, ':' | ';' | ',' | '：' | '、' | '，'));
    let t = t.trim_start_matches([')', ']', '】']).trim();
    // `Updates (≈ 6 min)`: the mark for "about" and its bracket before the length.
    let t = t.strip_suffix('≈').map_or(t, |x| x.trim_end().trim_end_matches(['(', '[']).trim_end());
    // `Opening (approx. 45 min)`, `Debatte (ca. 45 Minuten)`: so does a word for "about".
    let tail = crate::source::floor_char(t, t.len().saturating_sub(16));
    let t = match t[tail..].rfind(['(', '[']).map(|o| tail + o) {
        Some(o) if crate::parse::words::is_approx_word(&crate::parse::words::fold(t[o + 1..].trim())) => t[..o].trim_end(),
        _ => t,
    };
    // A lone `*` or `_` of emphasis left around a word.
    t.trim_matches(|c: char| c == '*' || c == '_').trim()
}

#[cfg(test)]
mod tests {
    use super::clean;

    #[test]
    fn cleaning() {
        assert_eq!(clean(" | [draft-ietf-ippm-stamp-yang][7] "), "draft-ietf-ippm-stamp-yang");
        assert_eq!(clean("**Invited Speaker : Nicolas Fay**"), "Invited Speaker : Nicolas Fay");
        assert_eq!(clean("*Break*"), "Break");
        assert_eq!(clean("Plenary Keynote<br>by [Marina](https://x.y), Sheffield"), "Plenary Keynote by Marina, Sheffield");
        assert_eq!(clean("\\[15 mins\\] Progress updates"), "[15 mins] Progress updates");
        assert_eq!(clean("Welcome (Ana Lima)"), "Welcome (Ana Lima)");
        assert_eq!(clean("Arbeit und Soziales (ca."), "Arbeit und Soziales");
        assert_eq!(clean("Opening (approx."), "Opening");
        assert_eq!(clean("Debate (about"), "Debate");
        assert_eq!(clean("Talk (about AI"), "Talk (about AI");
    }
}
