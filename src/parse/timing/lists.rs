//! Breakdowns without ranges: duration lists (one per line or run on in one line) and
//! start-time lists.

use chrono::NaiveTime;

use super::{Found, absolute_base, clean, is_trim, readable, strip_marker};
use crate::model::{Segment, Session, Spanned, TimeBasis, Timing};
use crate::parse::igf::Use;
use crate::parse::lines::Line;
use crate::parse::notation;
use crate::source::Source;

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
    let in_parens =
        (before.ends_with('(') || before.ends_with('[')) && (after.starts_with(')') || after.starts_with(']'));
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
    let title = if pb > pa && (qb <= qa || at_end || in_parens) {
        (pa, pb)
    } else if qb > qa {
        (qa, qb)
    } else {
        (pa, pb)
    };
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

pub(super) fn durations(src: &Source, lines: &[Line<'_>], uses: &[Use], found: &mut Found) -> bool {
    let mut runs: Longest<(usize, notation::Found<u32>, (usize, usize))> = Longest::default();
    let mut gap = 0;
    for (i, line) in lines.iter().enumerate() {
        if line.is_blank() {
            gap += 1;
            if gap > 1 {
                // Items may be separated by one blank line, not more.
                runs.end_run();
            }
            continue;
        }
        gap = 0;
        match readable(uses[i]).then(|| duration_item(line.text)).flatten() {
            Some((d, t)) => runs.push((i, d, t)),
            None => runs.end_run(),
        }
    }
    let best = runs.finish();
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
pub(super) fn run_on_durations(src: &Source, lines: &[Line<'_>], uses: &[Use], found: &mut Found) -> bool {
    for (i, line) in lines.iter().enumerate() {
        if !readable(uses[i]) {
            continue;
        }
        let t = line.text;
        let all = notation::find_durations(t);
        if all.len() < 3 {
            continue;
        }
        let (in_parens, ds) = if separated(t, &all) {
            (all.iter().all(|d| parenthesised(t, d)), all)
        } else if all.iter().all(|d| parenthesised(t, d)) {
            (true, all)
        } else {
            (true, longest_paren_chain(t, &all))
        };
        if ds.len() < 3 {
            continue;
        }
        let mut items = Vec::new();
        for (k, d) in ds.iter().enumerate() {
            let (a, b) = if in_parens {
                let open = t[..d.start].trim_end().len() - 1;
                let from = if k == 0 {
                    // The first title starts after the label, or after the last sentence end
                    // or colon before it.
                    let before = &t[..open];
                    let stop = before.rfind([':', ';']).map(|p| p + 1);
                    let sentence = before.rfind(". ").map(|p| p + 2);
                    label_end(t).max(stop.unwrap_or(0)).max(sentence.unwrap_or(0))
                } else {
                    t[ds[k - 1].end..].find(')').map_or(ds[k - 1].end, |p| ds[k - 1].end + p + 1)
                };
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

/// True when the duration stands in parentheses: `Opening (10 min)`.
fn parenthesised(t: &str, d: &notation::Found<u32>) -> bool {
    t[..d.start].trim_end().ends_with('(') && t[d.end..].trim_start().starts_with(')')
}

/// True when each duration opens the text (or follows a label's colon) or follows a list
/// separator: `Timing: 10 min welcome; 40 min panel; 30 min Q&A`.
fn separated(t: &str, ds: &[notation::Found<u32>]) -> bool {
    ds.iter().enumerate().all(|(k, d)| {
        let before = t[..d.start].trim_end();
        k == 0 && (before.is_empty() || before.ends_with(':')) || before.ends_with([',', ';', '|', '/', '.', '•'])
    })
}

/// In a paragraph, the longest chain of parenthesised durations not broken by the end of a
/// sentence (`... panel (30 minutes), open Q&A (45 minutes)`).
fn longest_paren_chain(t: &str, all: &[notation::Found<u32>]) -> Vec<notation::Found<u32>> {
    let mut runs = Longest::default();
    for d in all {
        let joins = runs.last().is_some_and(|p: &notation::Found<u32>| {
            let between = &t[p.end..d.start];
            !between.contains(". ") && !between.contains('\n') && between.len() < 200
        });
        if !parenthesised(t, d) || !joins {
            runs.end_run();
        }
        if parenthesised(t, d) {
            runs.push(*d);
        }
    }
    runs.finish()
}

/// Keeps the longest of a sequence of runs (the earliest on a tie): items are pushed onto
/// the current run, and [`Longest::end_run`] closes it.
struct Longest<T> {
    best: Vec<T>,
    cur: Vec<T>,
}

impl<T> Default for Longest<T> {
    fn default() -> Self {
        Longest { best: Vec::new(), cur: Vec::new() }
    }
}

impl<T> Longest<T> {
    fn push(&mut self, item: T) {
        self.cur.push(item);
    }

    fn last(&self) -> Option<&T> {
        self.cur.last()
    }

    fn end_run(&mut self) {
        if self.cur.len() > self.best.len() {
            self.best = std::mem::take(&mut self.cur);
        }
        self.cur.clear();
    }

    fn finish(mut self) -> Vec<T> {
        self.end_run();
        self.best
    }
}

/// The byte just after a leading `Agenda:`-style label, or 0.
fn label_end(t: &str) -> usize {
    match t.find(':') {
        Some(c) if c <= 40 && !t[..c].contains('(') && t[..c].split_whitespace().count() <= 4 => c + 1,
        _ => 0,
    }
}

/// `10:00 Opening` / `10:10 Panel` / `11:30 Close`: start times only.
pub(super) fn start_times(src: &Source, lines: &[Line<'_>], uses: &[Use], session: &Session, found: &mut Found) {
    let mut runs: Longest<(usize, u32, (usize, usize))> = Longest::default();
    for (i, line) in lines.iter().enumerate() {
        if line.is_blank() {
            continue;
        }
        let item = readable(uses[i]).then(|| {
            let a = strip_marker(line.text, 0, line.text.len());
            notation::leading_clock(&line.text[a..]).map(|(m, (x, y))| (m, (a + x, a + y)))
        });
        match item.flatten() {
            Some((m, at)) if runs.last().is_none_or(|l| l.1 < m) => runs.push((i, m, at)),
            _ => runs.end_run(),
        }
    }
    let best = runs.finish();
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
