//! Choosing the reading: which slot, which declared length, which agenda, in which zone,
//! and whether the text holds one session or several.
//!
//! Each candidate agenda is scored on its own ([`super::chains`], [`super::lists`]) and then
//! by how it fits the slot and the declared length: a block that fills the slot or sums to
//! the declared length, or starts at the slot's start, gains. A zone written with the
//! agenda's times (`TIME (CEST)`) converts them into the slot's zone first. The text is cut
//! into sittings at day markers and slot lines; when two or more sittings (or two clock
//! agendas separated by a return to an earlier time) each hold an agenda, each becomes a
//! session. When the best reading's runner-up scores within [`AMBIGUITY_MARGIN`] of it and
//! reads different entries, the reading is reported as ambiguous.

use foldhash::{HashMap, HashMapExt};

use chrono::NaiveDate;

use crate::model::{LocalSlot, NoteLevel, ParseNote, Spanned, Zone};
use crate::parse::{codes, slot};
use crate::time;

use super::build::{self, Frame};
use super::cues::{self, DeclCand, SlotCand};
use super::tokens::{Kind, starting_near};
use super::{chains, lists, Basis, Candidate, Covered, Doc, Item, Known, Sitting};

/// A runner-up scoring at least this fraction of the best reading's score, and reading other
/// entries, makes the agenda ambiguous.
pub(crate) const AMBIGUITY_MARGIN: f32 = 0.85;

/// The least score (evidence plus fit) a candidate needs to be read as an agenda.
const THRESHOLD: f32 = 1.6;

/// The least strength of a declared length given under a label (`Duration:`, `Total time`).
const LABELLED: f32 = 2.0;

/// Reads the sittings of the text; see the module documentation.
pub(crate) fn read(doc: &Doc<'_>, known: &Known) -> Vec<Sitting> {
    let n = doc.lines.len();
    let mut slots = cues::slots(doc, known);
    dated_entries(doc, &mut slots);
    let statements = cues::zone_statements(doc);
    let mut labels: Vec<Option<String>> = vec![None; n];
    for (li, label) in labels.iter_mut().enumerate() {
        *label = cues::day_marker(doc, li);
    }
    // A part's range inside the slot stated above it (`Time: 18:00 - 20:00 UTC`, then `A.
    // Standing issues - 18:00-18:25 UTC`), on the same day, opens no sitting.
    let one_day = slots.iter().filter_map(|c| c.date.map(|d| (d.year, d.month, d.day))).collect::<std::collections::BTreeSet<_>>().len() <= 1;
    // The text's first stated slot with an end frames the parts (asked of that one only, so
    // that thousands of slot lines cost one look each).
    let stated = slots.iter().filter(|d| d.strength >= 1.75 && d.end.is_some()).min_by_key(|d| d.line);
    let within = |c: &SlotCand| {
        stated.into_iter().any(|d| {
            d.line < c.line
                && (c.date.is_none() || one_day)
                && d.strength >= c.strength
                && matches!((d.end, c.end), (Some(de), Some(ce)) if d.start.0 <= c.start.0 && ce.0 <= de.0 && de.0.saturating_sub(d.start.0) > ce.0.saturating_sub(c.start.0))
        })
    };
    for c in slots.iter().filter(|c| c.strength >= 1.75 && !within(c)) {
        let l = &mut labels[c.line];
        if l.is_none() {
            *l = Some(slot_label(doc, c));
        }
    }
    let mut sitting = vec![0usize; n];
    let mut k = 0;
    for li in 0..n {
        if labels[li].is_some() {
            k += 1;
        }
        sitting[li] = k;
    }
    let mut excluded: Vec<(usize, usize)> = slots.iter().filter(|c| c.strength >= 1.5 && !within(c)).map(|c| c.at).collect();
    excluded.extend(cues::sitting_lines(doc));
    let best_slot = strongest(&slots);
    let hint = best_slot.map(|c| (c.start.0, c.end.map_or(c.start.0 + 12 * 60, |e| e.0)));
    let anchors = chains::anchors(doc, &Covered::new(excluded.clone()));
    let mut cands = chains::chains(doc, &anchors, &sitting, hint);
    cands.retain(|c| !letterless(doc, c) && !zone_table(doc, c) && !nameless(doc, c));
    let mut clock_lines = vec![false; n];
    for c in &cands {
        for it in &c.items {
            clock_lines[it.line] |= !also_uur_length(doc, it);
        }
    }
    let decls = cues::declared(doc, known);
    let declared = choose_declared(&decls, best_slot);
    let mut skip = excluded;
    if let Some(d) = declared {
        skip.push(d.at);
    }
    let skip = Covered::new(skip);
    let mut lengths = lists::lists(doc, &sitting, &skip, &clock_lines);
    lengths.extend(lists::run_on(doc, &sitting, &skip, &clock_lines));
    lengths.extend(lists::minutes_column(doc, &sitting));
    if let Some(d) = declared {
        lengths.extend(lists::bare_minutes(doc, &sitting, d.minutes));
    }
    lengths.retain(|c| !nameless(doc, c));
    // A recipe's lengths (`Preparation: 30 minutes`, `Cooking: 45 minutes`) are no agenda.
    if lengths.is_empty() || !lists::recipe(doc.text) {
        cands.extend(lengths);
    }
    for c in cands.iter_mut().filter(|c| c.basis == Basis::Clock) {
        c.zone = agenda_zone(doc, c, &statements);
    }
    // No part of a session is longer than the session: lengths in the declared length's
    // sitting of which one exceeds a labelled length (`Duration: 45 minutes`, then
    // `Duration: 60 minutes` and `Duration: 120 minutes` on a page of session formats) are
    // the lengths of other things, not its agenda.
    if let Some(d) = declared.filter(|d| d.strength >= LABELLED) {
        cands.retain(|c| {
            c.basis != Basis::Lengths || c.sitting != sitting[d.line] || c.items.iter().all(|i| i.length.is_none_or(|(l, _)| l.minutes <= d.minutes))
        });
    }
    // Lengths between the entries of a clock agenda are the parts of its blocks (`[5'']`
    // under `9:00 - 9:45 Uhr`), not an agenda of their own.
    let spans: Vec<(usize, usize, usize)> =
        cands.iter().filter(|c| c.basis != Basis::Lengths && c.items.len() >= 2).map(|c| (lines(c).0, lines(c).1, c.sitting)).collect();
    for c in cands.iter_mut().filter(|c| c.basis == Basis::Lengths) {
        let (lo, hi) = lines(c);
        if spans.iter().any(|&(a, b, s)| s == c.sitting && a < lo && hi < b) {
            c.score -= 3.0;
        }
    }

    // Sittings with an agenda of their own.
    let mut order: Vec<usize> = (0..cands.len()).collect();
    // The frame of a single session: the strongest slot in the text, the one in the
    // agenda's own sitting on a tie.
    // The strongest slot of each sitting, found once (a text may hold thousands).
    let mut by_sitting: HashMap<usize, &SlotCand> = HashMap::new();
    for c in slots.iter().filter(|c| c.strength >= 1.5) {
        let e = by_sitting.entry(sitting[c.line]).or_insert(c);
        if c.strength > e.strength {
            *e = c;
        }
    }
    let frame_of = |c: &Candidate| -> Option<&SlotCand> {
        let own = by_sitting.get(&c.sitting).copied();
        match (own, best_slot) {
            (Some(o), Some(b)) if b.strength > o.strength => Some(b),
            (o, b) => o.or(b),
        }
    };
    let fitted: Vec<f32> = cands.iter().map(|c| c.score + fit(c, frame_of(c), declared)).collect();
    order.sort_by(|&a, &b| fitted[b].total_cmp(&fitted[a]).then(a.cmp(&b)));
    // Best first, each agenda taking lines no better one took; a copy of a chosen agenda
    // (the same times again) is counted, not read again.
    let mut chosen: Vec<usize> = Vec::new();
    let mut taken = vec![false; n];
    let mut seen: HashMap<(Basis, Vec<Times>), usize> = HashMap::new();
    let mut copies: HashMap<usize, (usize, usize)> = HashMap::new();
    for &i in &order {
        if fitted[i] < THRESHOLD {
            break;
        }
        let c = &cands[i];
        let (lo, hi) = lines(c);
        if taken[lo..=hi].iter().any(|&t| t) {
            continue;
        }
        match seen.entry((c.basis, times(c))) {
            std::collections::hash_map::Entry::Occupied(e) => {
                let copy = copies.entry(*e.get()).or_insert((i, 0));
                copy.1 += 1;
                continue;
            }
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(i);
            }
        }
        for t in &mut taken[lo..=hi] {
            *t = true;
        }
        chosen.push(i);
    }
    chosen.sort_by_key(|&i| lines(&cands[i]).0);
    // Each sitting's candidates, best first, for the ambiguity check.
    let mut rivals: HashMap<usize, Vec<usize>> = HashMap::new();
    for &i in &order {
        rivals.entry(cands[i].sitting).or_default().push(i);
    }
    let several = chosen.len() >= 2 && separate_sittings(&cands, &chosen, &fitted);
    let mut extra = Vec::new();
    let mut alternatives = None;
    if !several {
        let mut best = order.first().copied().filter(|&b| fitted[b] >= THRESHOLD);
        if let Some(b) = best.filter(|&b| frame_of(&cands[b]).is_none()) {
            alternatives = same_hours_otherwise(&cands, &fitted, b, rivals.get(&cands[b].sitting).map_or(&[][..], Vec::as_slice));
            if alternatives.is_some() {
                best = None;
            }
        }
        extra = chosen.iter().copied().filter(|&i| Some(i) != best).collect();
        chosen.truncate(0);
        chosen.extend(best);
    }

    // Clock agendas starting between 01:00 and 05:59 could be offsets from the start.
    for &i in &chosen {
        let own = by_sitting.get(&cands[i].sitting).copied();
        offsets_or_clock(doc, &mut cands[i], declared, own.or(best_slot));
    }
    let mut out = Vec::new();
    if chosen.is_empty() {
        // No agenda: the slot and declared length alone.
        let mut s = Sitting::default();
        if let Some(c) = best_slot {
            place_slot(doc, c, &statements, &mut s);
        }
        s.declared = declared.map(|d| Spanned::new(d.minutes, doc.span(d.at.0, d.at.1)));
        s.notes.extend(declared.and_then(|d| approximate_total(doc, d)));
        if let Some((a, b)) = alternatives {
            let line_of = |c: &Candidate| doc.span(doc.lines[c.items[0].line].start, doc.lines[c.items[0].line].start).line;
            let (first, second) = if lines(&cands[a]).0 <= lines(&cands[b]).0 { (a, b) } else { (b, a) };
            let at = cands[second].items[0].at;
            s.notes.push(ParseNote {
                code: codes::AMBIGUOUS_AGENDA.into(),
                level: NoteLevel::Warning,
                message: format!(
                    "the lists of times from line {} and from line {} give the same hours in different ways (options or alternatives); no agenda was read",
                    line_of(&cands[first]),
                    line_of(&cands[second])
                ),
                span: doc.span(at.0, at.1),
            });
        }
        s.notes.extend(bad_times(doc));
        out.push(s);
        return out;
    }
    for (k, &i) in chosen.iter().enumerate() {
        let c = &cands[i];
        let mut s = Sitting::default();
        let frame_cand = if several { by_sitting.get(&c.sitting).copied().filter(|x| x.line <= lines(c).0) } else { frame_of(c) };
        if let Some(fc) = frame_cand {
            place_slot(doc, fc, &statements, &mut s);
        }
        if !several || declared.is_some_and(|d| sitting[d.line] == c.sitting) {
            s.declared = declared.map(|d| Spanned::new(d.minutes, doc.span(d.at.0, d.at.1)));
            s.notes.extend(declared.and_then(|d| approximate_total(doc, d)));
        }
        let (frame, shift) = frame_and_shift(doc, c, frame_cand, &s);
        if shift != 0 {
            if let Some((z, at)) = &c.zone {
                s.notes.push(ParseNote {
                    code: codes::ZONE_CONVERTED.into(),
                    level: NoteLevel::Info,
                    message: format!(
                        "the agenda's times are written in {} ({}); they were converted to the slot's zone{}",
                        &doc.text[at.0..at.1],
                        time::zone_name(z),
                        frame.zone.as_deref().map(|z| format!(" ({z})")).unwrap_or_default()
                    ),
                    span: doc.span(at.0, at.1),
                });
            }
        }
        let built = build::build(doc, c, frame, shift);
        s.segments = built.segments;
        s.timing = built.timing;
        s.notes.extend(built.notes);
        if let Some(t) = s.timing.as_mut() {
            t.ambiguous = ambiguity(doc, &cands, &fitted, i, rivals.get(&c.sitting).map_or(&[][..], Vec::as_slice));
            if let Some(a) = &t.ambiguous {
                s.notes.push(ParseNote { code: codes::AMBIGUOUS_AGENDA.into(), level: NoteLevel::Warning, message: a.clone(), span: t.span });
            }
        }
        if let Some(&(first_copy, count)) = copies.get(&i) {
            let l = doc.lines[cands[first_copy].items[0].line];
            let times = if count == 1 { "again".to_owned() } else { format!("{count} more times") };
            s.notes.push(ParseNote {
                code: codes::DUPLICATE_AGENDA.into(),
                level: NoteLevel::Info,
                message: format!(
                    "the agenda of line {} appears {times} from here; it was read once",
                    doc.span(doc.lines[c.items[0].line].start, doc.lines[c.items[0].line].start).line
                ),
                span: doc.span(l.start, l.end()),
            });
        }
        if several {
            s.label = Some(labels[..=lines(c).0].iter().rev().find_map(|l| l.clone()).unwrap_or_else(|| format!("part {}", k + 1)));
        }
        out.push(s);
    }
    if let Some(first) = out.first_mut() {
        first.notes.extend(bad_times(doc));
        for &i in &extra {
            let it = &cands[i].items[0];
            first.notes.push(ParseNote {
                code: codes::EXTRA_BREAKDOWN.into(),
                level: NoteLevel::Info,
                message: "a further list of times was kept as text only".into(),
                span: doc.span(it.at.0, it.at.1),
            });
        }
    }
    if several {
        let first = &cands[chosen[0]];
        let l = doc.lines[first.items[0].line];
        out[0].notes.push(ParseNote {
            code: codes::SEVERAL_SESSIONS.into(),
            level: NoteLevel::Info,
            message: format!("the text holds {} days or parts, each with its own agenda; each is read as a session", chosen.len()),
            span: doc.span(l.start, l.end()),
        });
    }
    out
}

/// Leaves out of `slots` the runs of three or more on one date whose times follow on, each
/// starting where the one before ends (`28/10/2022, 09:45 - 10:00`, then `28/10/2022,
/// 10:00 - 11:00`): entries of an agenda that writes its date on every line, not slots.
fn dated_entries(doc: &Doc<'_>, slots: &mut Vec<SlotCand>) {
    // The date written with a candidate (a slot read by the line parser keeps none): among
    // the few tokens from just before its bytes (one line may hold thousands of slots).
    let date = |c: &SlotCand| {
        let from = c.at.0.saturating_sub(40);
        starting_near(doc.line_tokens(c.line), from, c.at.1.saturating_sub(from))
            .take(8)
            .find_map(|t| match &t.kind {
                Kind::Date(d) => Some(*d),
                _ => None,
            })
    };
    let dates: Vec<_> = slots.iter().map(date).collect();
    let mut gone = vec![false; slots.len()];
    let mut i = 0;
    while i < slots.len() {
        let mut j = i + 1;
        while j < slots.len()
            && dates[j].is_some()
            && dates[j] == dates[i]
            && slots[j].line > slots[j - 1].line
            && slots[j - 1].end.is_some_and(|e| e.0 == slots[j].start.0)
        {
            j += 1;
        }
        if j - i >= 3 && dates[i].is_some() {
            gone[i..j].iter_mut().for_each(|g| *g = true);
        }
        i = j;
    }
    let mut left = gone.into_iter();
    slots.retain(|_| !left.next().unwrap_or(false));
}

/// A `bad-time` error for every range written with an impossible time.
fn bad_times(doc: &Doc<'_>) -> Vec<ParseNote> {
    doc.tokens
        .iter()
        .filter(|t| t.kind == Kind::Bad)
        .map(|t| {
            let text = &doc.text[t.at.0..t.at.1];
            let message = if text.starts_with(['-', '−']) {
                format!("`{text}` is a negative time; breakdown times count from the start of the session")
            } else if matches!(text, "24:00" | "24.00" | "24h00") {
                format!("`{text}` ends a day and cannot start a segment; write 00:00")
            } else {
                format!("`{text}` is not a valid time")
            };
            ParseNote { code: codes::BAD_TIME.into(), level: NoteLevel::Error, message, span: doc.span(t.at.0, t.at.1) }
        })
        .collect()
}

/// The clock time written at `at` (a range's start or end, or a start time).
fn written_time(doc: &Doc<'_>, at: (usize, usize)) -> Option<super::tokens::Time> {
    // Tokens are sorted by start: the one holding `at` starts at or before it, on its line.
    let upto = doc.tokens.partition_point(|t| t.at.0 <= at.0);
    doc.tokens[..upto].iter().rev().take_while(|t| t.at.1 >= at.0 || t.at.0 + 64 > at.0).find_map(|t| match t.kind {
        Kind::Range(a, _) if a.at == at => Some(a),
        Kind::Range(_, b) if b.at == at => Some(b),
        Kind::Point(a) if a.at == at => Some(a),
        _ => None,
    })
}

/// A clock agenda whose first time is between 01:00 and 05:59, without am/pm, reads as
/// offsets from the start (`01:00 – 01:15` one hour in) when that fits the session's length,
/// else as times of day; either way a note says it could be the other.
fn offsets_or_clock(doc: &Doc<'_>, c: &mut Candidate, declared: Option<&DeclCand>, frame: Option<&SlotCand>) {
    if c.basis != Basis::Clock {
        return;
    }
    let Some((_, at)) = c.items.first().and_then(|i| i.start) else { return };
    let Some(first) = written_time(doc, at) else { return };
    if first.meridiem.is_some() || !(1..=5).contains(&first.hour) || first.style == crate::parse::notation::ClockStyle::H {
        return;
    }
    // A slot the times fall in says they are times of day.
    let first_min = c.items[0].start.map_or(0, |s| s.0);
    if frame.is_some_and(|f| f.start.0 as i32 <= first_min && f.end.is_some_and(|e| first_min < e.0 as i32)) {
        return;
    }
    let plain = |at: (usize, usize)| written_time(doc, at).map(|t| (t.hour * 60 + t.minute) as i32);
    let length = declared.map(|d| d.minutes as i32).or_else(|| frame.and_then(|f| f.end.map(|e| e.0 as i32 - f.start.0 as i32)));
    let last = c.items.iter().filter_map(|i| i.end.and_then(|e| plain(e.1)).or_else(|| i.start.and_then(|s| plain(s.1)))).max();
    let as_offsets = matches!((length, last), (Some(l), Some(e)) if e <= l);
    let l = doc.lines[c.items[0].line];
    c.notes.push(ParseNote {
        code: codes::AMBIGUOUS_TIME_BASIS.into(),
        level: NoteLevel::Warning,
        message: format!(
            "these times could be offsets from the start or times of day; read as {}",
            if as_offsets { "offsets from the start" } else { "times of day" }
        ),
        span: doc.span(at.0, c.items.iter().map(|i| doc.lines[i.line].end()).max().unwrap_or(at.1)),
    });
    let _ = l;
    if as_offsets {
        c.basis = Basis::Offsets;
        for it in &mut c.items {
            if let Some((_, a)) = it.start {
                if let Some(v) = plain(a) {
                    it.start = Some((v, a));
                }
            }
            if let Some((_, a)) = it.end {
                if let Some(v) = plain(a) {
                    it.end = Some((v, a));
                }
            }
        }
    }
}

fn slot_label(doc: &Doc<'_>, c: &SlotCand) -> String {
    let t = doc.text[c.at.0..c.at.1].split_whitespace().collect::<Vec<_>>().join(" ");
    t.chars().take(40).collect()
}

fn strongest(slots: &[SlotCand]) -> Option<&SlotCand> {
    slots.iter().filter(|c| c.strength >= 1.5).fold(None, |best: Option<&SlotCand>, c| match best {
        Some(b) if b.strength >= c.strength => Some(b),
        _ => Some(c),
    })
}

fn choose_declared<'a>(decls: &'a [DeclCand], slot: Option<&SlotCand>) -> Option<&'a DeclCand> {
    let top = decls.iter().map(|d| d.strength).fold(f32::MIN, f32::max);
    let best: Vec<&DeclCand> = decls.iter().filter(|d| d.strength >= top - 0.01).collect();
    let slot_len = slot.and_then(|s| s.end.map(|e| e.0 as i64 - s.start.0 as i64));
    best.iter().copied().find(|d| slot_len == Some(i64::from(d.minutes))).or(best.first().copied())
}

fn lines(c: &Candidate) -> (usize, usize) {
    let lo = c.items.iter().map(|i| i.line).min().unwrap_or(0);
    let hi = c.items.iter().flat_map(|i| std::iter::once(i.line).chain(i.children.iter().copied())).max().unwrap_or(lo);
    (lo, hi)
}

/// An entry's start, end and length, as a candidate's fingerprint.
type Times = (Option<i32>, Option<i32>, Option<u32>);

fn times(c: &Candidate) -> Vec<Times> {
    c.items.iter().map(|i| (i.start.map(|s| s.0), i.end.map(|e| e.0), i.length.map(|l| l.0.minutes))).collect()
}

/// True when the chosen agendas stand in different sittings, or are clock agendas of
/// three or more entries each that time separates (a new day's table).
fn separate_sittings(cands: &[Candidate], chosen: &[usize], fitted: &[f32]) -> bool {
    let top = chosen.iter().map(|&i| fitted[i]).fold(f32::MIN, f32::max);
    chosen.windows(2).all(|w| {
        let (a, b) = (&cands[w[0]], &cands[w[1]]);
        a.sitting != b.sitting
            || a.basis == Basis::Clock && b.basis == Basis::Clock && a.items.len() >= 3 && b.items.len() >= 3 && fitted[w[1]] >= 0.6 * top && fitted[w[0]] >= 0.6 * top
    })
}

/// The agenda's length in minutes: the sum of its lengths, or from its first start to its
/// last end.
fn total(c: &Candidate) -> Option<i32> {
    match c.basis {
        Basis::Lengths => Some(c.items.iter().filter_map(|i| i.length.map(|l| l.0.minutes as i32)).sum()),
        _ => {
            let first = c.items.first()?.start?.0;
            let last = c.items.iter().filter_map(|i| i.end.map(|e| e.0).or(i.start.map(|s| s.0))).max()?;
            Some(last - first)
        }
    }
}

/// How well a candidate fits the frame and the declared length.
fn fit(c: &Candidate, frame: Option<&SlotCand>, declared: Option<&DeclCand>) -> f32 {
    let mut f = 0.0;
    let tot = total(c);
    let frame_len = frame.and_then(|s| s.end.map(|e| e.0 as i32 - s.start.0 as i32));
    let target = declared.map(|d| d.minutes as i32).or(frame_len);
    if let (Some(t), Some(g)) = (tot, target) {
        if t == g || frame_len == Some(t) {
            f += 2.0;
        } else if g > 0 && (t - g).abs() * 10 <= g {
            f += 0.5;
        }
    }
    if c.basis == Basis::Clock {
        if let (Some(fr), Some((s, _))) = (frame, c.items.first().and_then(|i| i.start)) {
            if s == fr.start.0 as i32 {
                f += 1.0;
            } else if s > fr.start.0 as i32 && fr.end.is_some_and(|e| s < e.0 as i32) {
                f += 0.5;
            }
        }
    }
    f
}

/// The zone the agenda's times are written in: a zone right after its entries' times
/// (`1400-1410GMT`, `10:00 CET`), or a zone statement (`TIME (CEST)`, `Time in UTC`) in
/// the few lines above its first entry.
fn agenda_zone(doc: &Doc<'_>, c: &Candidate, statements: &[(usize, Zone, (usize, usize))]) -> Option<(Zone, (usize, usize))> {
    for it in &c.items {
        let toks = doc.line_tokens(it.line);
        let end = it.end.map_or(it.at.1, |e| e.1 .1).max(it.at.1);
        if let Some(z) = starting_near(toks, end, 3).find_map(|t| match &t.kind {
            Kind::Zone(Some(z)) => Some((z.clone(), t.at)),
            _ => None,
        }) {
            return Some(z);
        }
    }
    let first = c.items.first()?.line;
    statements.iter().filter(|(li, _, _)| *li < first && first - li <= 12).max_by_key(|s| s.0).map(|(_, z, at)| (z.clone(), *at))
}

/// The end a sentence right under a list of start times gives the day (`That's right: we
/// will be done by 3:30 pm`): a time after an English phrase for finishing, on one of the
/// two lines under the last entry, after its start.
fn said_end(doc: &Doc<'_>, c: &Candidate) -> Option<i32> {
    const SAID: &[&str] = &[
        "done by", "finished by", "finish by", "finish at", "finishes at", "end at", "ends at", "end by", "over by", "wrap up by", "wrap up at",
        "wraps up at", "wraps up by", "close at", "closes at", "conclude at", "concludes at", "concluded by", "ends around", "end around", "finish around",
    ];
    let last = c.items.last()?;
    if c.basis != Basis::Clock || last.end.is_some() {
        return None;
    }
    let (start, _) = last.start?;
    let next = doc.filled_below(last.line)?;
    [Some(next), doc.filled_below(next)].into_iter().flatten().find_map(|j| {
        let line = doc.lines[j];
        doc.line_tokens(j).iter().find_map(|t| {
            let Kind::Point(p) = &t.kind else { return None };
            let before = doc.text[line.start..t.at.0].trim_end().to_ascii_lowercase();
            let said = SAID.iter().any(|s| before.ends_with(s));
            let m = cues::minutes_of(p, Some(u32::try_from(start).ok()?))? as i32;
            (said && m > start).then_some(m)
        })
    })
}

/// The frame in the agenda's clock, and the shift from the agenda's zone to the slot's.
fn frame_and_shift(doc: &Doc<'_>, c: &Candidate, fc: Option<&SlotCand>, s: &Sitting) -> (Frame, i32) {
    let Some(fc) = fc else {
        // `we will be done by 3:30 pm` under a list of start times closes its last entry.
        if let Some(end) = said_end(doc, c) {
            return (Frame { start: c.items.first().and_then(|i| i.start).map(|(m, _)| m), end: Some(end), zone: None }, 0);
        }
        // Times counted from the start (`0:00`, `1:10`) under a declared length: the length
        // closes the last entry, as a slot's end would (`### Day 1 (90 min)`, `1:10 Q&A`).
        let from_zero = c.basis == Basis::Offsets && c.items.first().and_then(|i| i.start).is_some_and(|(m, _)| m == 0);
        let end = s.declared.as_ref().filter(|_| from_zero).map(|d| d.value as i32);
        return (Frame { start: end.map(|_| 0), end, zone: None }, 0);
    };
    let date = s.slot.as_ref().map(|x| x.value.start.date_naive()).or_else(|| s.local_slot.as_ref().and_then(|l| l.value.date));
    let slot_zone = s.slot.as_ref().map(|x| x.value.zone.clone()).or_else(|| fc.zone.as_ref().map(|z| z.0.clone()));
    let shift = match (&c.zone, &slot_zone) {
        (Some((az, _)), Some(sz)) if az != sz => match (offset(az, date), offset(sz, date)) {
            (Some(a), Some(b)) => b - a,
            _ => 0,
        },
        _ => 0,
    };
    let frame = Frame {
        start: Some(fc.start.0 as i32),
        end: fc.end.map(|e| e.0 as i32),
        zone: slot_zone.as_ref().map(time::zone_name),
    };
    (frame, shift)
}

/// A zone's offset from UTC in minutes on `date` (any date for fixed zones).
fn offset(z: &Zone, date: Option<NaiveDate>) -> Option<i32> {
    match z {
        Zone::Utc => Some(0),
        Zone::Fixed(s) => Some(s / 60),
        Zone::Iana(_) => {
            let d = date?;
            let noon = chrono::NaiveTime::from_hms_opt(12, 0, 0)?;
            time::resolve(d, noon, z).ok().map(|r| r.instant.offset().local_minus_utc() / 60)
        }
    }
}

/// Turns a slot candidate into the sitting's slot: a zone written with it, else one the
/// text states, else its local times with a `zone-missing` note.
fn place_slot(doc: &Doc<'_>, c: &SlotCand, statements: &[(usize, Zone, (usize, usize))], s: &mut Sitting) {
    let span = doc.span(c.at.0, c.at.1);
    if let Some(f) = &c.fixed {
        if let Some(slot) = &f.slot {
            s.slot = Some(slot.clone());
            return;
        }
        if let Some(local) = &f.local {
            settle(doc, local.value.clone(), c, statements, span, s);
        }
        return;
    }
    let start = chrono::NaiveTime::from_hms_opt(c.start.0 / 60 % 24, c.start.0 % 60, 0);
    let end = c.end.and_then(|e| chrono::NaiveTime::from_hms_opt(e.0 / 60 % 24, e.0 % 60, 0));
    let Some(start) = start else { return };
    let date = c.date.and_then(|d| d.full());
    let local = LocalSlot { date, start, end, end_date: None };
    if date.is_none() || end.is_none() {
        s.local_slot = Some(Spanned::new(local, span));
        return;
    }
    settle(doc, local, c, statements, span, s);
}

/// True when no entry of a list names anything: from the first entry's line to the
/// last's, no letter stands outside the times, lengths, dates and zones read there (a bell
/// timetable's breaks, `2. 915 – 1000   2. 1000 – 1015 - 15’`; windows offered for booking,
/// `• 9.30 - 11.00 am`). An agenda's parts have names, beside or between them.
fn nameless(doc: &Doc<'_>, c: &Candidate) -> bool {
    let (Some(first), Some(last)) = (c.items.first(), c.items.last()) else { return false };
    c.items.len() >= 3
        && last.line - first.line <= 4 * c.items.len()
        && (first.line..=last.line).all(|li| {
            let line = doc.lines[li];
            // A timetable's rows are short; a long line (a whole agenda run into one) is
            // taken to name its entries, and not read once per list on it.
            if line.text.len() > 300 {
                return false;
            }
            let mut from = line.start;
            let mut letters = false;
            for t in doc.line_tokens(li) {
                letters |= doc.text.get(from..t.at.0.max(from)).is_some_and(|x| x.contains(char::is_alphabetic));
                from = t.at.1.max(from);
            }
            !letters && !doc.text.get(from..line.end().max(from)).is_some_and(|x| x.contains(char::is_alphabetic))
        })
}

/// True when no entry names anything: each stands on a line with no letter, the next
/// entry on the next line (`| 1% | 344 | 15.4 | 3:00 |`, a table of finishing times). An
/// agenda names its parts beside their times or on the lines between.
fn letterless(doc: &Doc<'_>, c: &Candidate) -> bool {
    let lines: Vec<usize> = c.items.iter().map(|i| i.line).collect();
    lines.len() >= 3
        && lines.iter().all(|&li| !doc.lines[li].text.contains(char::is_alphabetic))
        && lines.windows(2).all(|w| w[1] > w[0] && (w[0] + 1..w[1]).all(|j| doc.lines[j].is_blank()))
}

/// True when each entry (three at least) names a different zone or a place with one, after
/// its time (`8am Tuesday Los Angeles`, `11 am New York`, `3pm UTC`): one instant converted
/// for several places, not the parts of an agenda. Entries each in the same zone (`10:00 UTC
/// Welcome`) are an agenda's.
fn zone_table(doc: &Doc<'_>, c: &Candidate) -> bool {
    // Such tables give times, not ranges.
    if c.items.len() < 3 || c.items.iter().any(|i| i.end.is_some()) {
        return false;
    }
    let mut zones = Vec::new();
    for (n, it) in c.items.iter().enumerate() {
        // Most agendas name no place in their first entries: asked no further.
        if n == 3 && zones.len() < 2 {
            return false;
        }
        let line = doc.lines[it.line];
        let from = it.at.1.max(line.start).min(line.end());
        // The zone written right after the entry's time (a few tokens on), looked up by
        // position so that each entry of a long line costs the same.
        let toks = doc.line_tokens(it.line);
        let k = toks.partition_point(|t| t.at.0 < from);
        let zone = toks[k..].iter().take(3).find_map(|t| match &t.kind {
            Kind::Zone(Some(z)) => Some(z.clone()),
            _ => None,
        });
        let zone = zone.or_else(|| {
            let rest = &doc.text[from..line.end()];
            // Short lines only: a paragraph's places say nothing of its times.
            (rest.len() <= 80).then(|| crate::time::zone_of_place(rest).map(|p| p.zone)).flatten()
        });
        if let Some(z) = zone {
            zones.push(crate::time::zone_name(&z));
        }
    }
    let named = zones.len();
    zones.sort_unstable();
    zones.dedup();
    named * 5 >= c.items.len() * 3 && zones.len() >= 3
}

/// Places dated local times in the zone written with them, or stated by the text; else
/// keeps them local and says the zone is missing.
fn settle(doc: &Doc<'_>, local: LocalSlot, c: &SlotCand, statements: &[(usize, Zone, (usize, usize))], span: crate::model::Span, s: &mut Sitting) {
    let stated = statements.iter().min_by_key(|(li, _, _)| li.abs_diff(c.line)).map(|(_, z, at)| (z.clone(), *at));
    let restated = || {
        let last = doc.lines.partition_point(|l| l.start < c.at.1).saturating_sub(1);
        super::cues::zone_of_restated_start(doc, c.start.0, c.date, (c.line, last.max(c.line)))
    };
    let written = c.zone.clone().or(stated).or_else(restated);
    if let Some(n) = written.as_ref().and_then(|(z, at)| offset_over_abbreviation(&doc.text[at.0..at.1], z)) {
        s.notes.push(ParseNote { code: codes::ZONE_ABBREVIATION.into(), level: NoteLevel::Warning, message: n, span });
    }
    let written_as = written.as_ref().map_or("", |(_, at)| &doc.text[at.0..at.1]);
    let mut zone = written.as_ref().map(|z| z.0.clone());
    let mut local = local;
    if zone.is_none() && local.date.is_some() && local.end.is_some() {
        // The zone, how it is read (`at` an offset, `in` a zone), why, and where.
        let inferred = utc_equivalent(doc, c)
            .map(|(z, at)| (z, "at", "the offset the text states with its start's UTC time at line".to_owned(), at))
            .or_else(|| venue_zone(doc, c).map(|(z, place, at)| (z, "in", format!("the zone of {place} named at line"), at)))
            .or_else(|| era_zone(doc, c));
        if let Some((z, how, source, at)) = inferred {
            s.notes.push(ParseNote {
                code: codes::ZONE_INFERRED.into(),
                level: NoteLevel::Warning,
                message: format!(
                    "the slot gives no time zone; read {how} {}, {source} {} (write the zone to be sure)",
                    time::zone_name(&z),
                    doc.span(at.0, at.1).line
                ),
                span,
            });
            zone = Some(z);
        }
    }
    // A date that reads either way round (`9/4/2025`) is month first in a zone that writes
    // dates so.
    let swapped = c.date.and_then(|d| d.month_first()).and_then(|d| d.full());
    if let (Some(z), Some(other)) = (&zone, swapped.filter(|_| local.date.is_some())) {
        if time::writes_month_first(z, written_as) {
            s.notes.push(ParseNote {
                code: codes::DATE_ORDER.into(),
                level: NoteLevel::Info,
                message: format!(
                    "the date could be read day first ({}) or month first ({}); read month first, as dates are written where `{}` is the time",
                    local.date.map_or_else(String::new, |d| d.format("%-d %B %Y").to_string()),
                    other.format("%-d %B %Y"),
                    if written_as.is_empty() { time::zone_name(z) } else { written_as.trim().to_owned() }
                ),
                span,
            });
            local.date = Some(other);
        }
    }
    let (Some(date), Some(end), Some(zone)) = (local.date, local.end, zone) else {
        if local.date.is_some() {
            s.notes.push(ParseNote {
                code: codes::ZONE_MISSING.into(),
                level: NoteLevel::Warning,
                message: "the slot gives no time zone, and the text states none nor names a venue that has one; its times are kept as local times, not assumed UTC".into(),
                span,
            });
        }
        s.local_slot = Some(Spanned::new(local, span));
        return;
    };
    // An end days later (`Begin: Friday …` / `End: Sunday …`) is counted in whole days past
    // the start's; else one before the start is the next day's.
    let days = c.end.filter(|_| c.fixed.is_none()).map_or(0, |e| e.0 / (24 * 60));
    let end_date = if let Some(d) = local.end_date.filter(|d| *d > date) {
        d
    } else if days > 0 {
        date.checked_add_days(chrono::Days::new(u64::from(days))).unwrap_or(date)
    } else if end < local.start {
        date.succ_opt().unwrap_or(date)
    } else {
        date
    };
    let mut notes = Vec::new();
    let whole = (0, 0);
    let placed = slot::place((date, local.start, whole), (end_date, end, whole), &zone, &zone, whole, &mut notes);
    for n in notes {
        s.notes.push(ParseNote { code: n.code.into(), level: n.level, message: n.message, span });
    }
    match placed {
        Some(slot) => s.slot = Some(Spanned::new(slot, span)),
        None => s.local_slot = Some(Spanned::new(local, span)),
    }
}

/// What to say when a zone is written as an abbreviation with an offset in brackets that
/// none of its meanings has (`CET (GMT+2)`, where CET is UTC+01:00): the offset was taken.
fn offset_over_abbreviation(written: &str, zone: &Zone) -> Option<String> {
    let (abbr, offset) = written.split_once(['(', '['])?;
    let abbr = abbr.trim();
    let meanings = time::abbreviation_meanings(abbr);
    let (meaning, own) = meanings.first()?;
    if meanings.iter().any(|(_, z)| z == zone) {
        return None;
    }
    Some(format!(
        "`{abbr}` is {} as {meaning}, but the offset written with it is `{}`; the written offset was taken ({})",
        time::zone_name(own),
        offset.trim_end_matches([')', ']']).trim(),
        time::zone_name(zone)
    ))
}

/// The offset of a zoneless slot from the UTC time the text gives for its start: a list
/// of the start's local times on the slot's line or just below it, the slot's own time
/// among them, with one in UTC (`16:00 - 18:00` over `(16:00 Los Angeles, 19:00 New York,
/// 24:00 UTC, ...)`, `14:00 - 15:30 local time (13:00 UTC)`). Returns the fixed zone and
/// the bytes of the UTC time.
fn utc_equivalent(doc: &Doc<'_>, c: &SlotCand) -> Option<(Zone, (usize, usize))> {
    let local = c.start.0 as i32 % (24 * 60);
    let n = doc.lines.len();
    for li in (c.line..n.min(c.line + 4)).filter(|&li| !doc.lines[li].is_blank()) {
        let toks = doc.line_tokens(li);
        let points: Vec<(u32, (usize, usize))> =
            toks.iter().filter_map(|t| if let Kind::Point(p) = &t.kind { p.readings().first().map(|&m| (m, t.at)) } else { None }).collect();
        // Below the slot, a line of conversions names the slot's own start too.
        if li != c.line && !points.iter().any(|&(m, _)| m as i32 % (24 * 60) == local) {
            continue;
        }
        for &(m, at) in &points {
            let utc = toks.iter().any(|t| {
                matches!(t.kind, Kind::Zone(Some(Zone::Utc)))
                    && (t.at.0 >= at.1 && doc.text[at.1..t.at.0].trim().is_empty() || t.at.1 <= at.0 && doc.text[t.at.1..at.0].trim().is_empty())
            });
            if !utc {
                continue;
            }
            // Local minus UTC, within the offsets zones use.
            let mut d = (local - m as i32).rem_euclid(24 * 60);
            if d > 14 * 60 {
                d -= 24 * 60;
            }
            if d % 15 != 0 || d < -12 * 60 {
                return None;
            }
            return Some((if d == 0 { Zone::Utc } else { Zone::Fixed(d * 60) }, at));
        }
    }
    None
}

/// True when the entry's time is also a length in Dutch `uur` (`0.15 uur pauze`): its line
/// stays open to the lists, so the two readings compete.
fn also_uur_length(doc: &Doc<'_>, it: &Item) -> bool {
    // Tokens are sorted by start: only those starting where the entry's time does are asked.
    let toks = doc.line_tokens(it.line);
    toks[toks.partition_point(|t| t.at.0 < it.at.0)..].iter().take_while(|t| t.at.0 == it.at.0).any(|t| {
        // A length shorter than its unit (`9h`) is none in `uur`.
        let w = &doc.text[t.at.0..t.at.1];
        matches!(t.kind, Kind::Dur(_)) && t.at.0 == it.at.0 && w.len().checked_sub(3).and_then(|k| w.get(k..)).is_some_and(|u| u.eq_ignore_ascii_case("uur"))
    })
}

/// A venue's zone, the place as written, and its bytes.
type VenueZone = (Zone, String, (usize, usize));

/// Labels of a line that names the venue (`Venue:`, `Location:`, `Lugar:`, `Ort:`).
fn venue_label(folded: &str) -> bool {
    let one = |w: &str| {
        matches!(
            w,
            "venue" | "location" | "place" | "where" | "address" | "city" | "host city" | "lugar" | "local" | "sede" | "ciudad"
                | "cidade" | "ort" | "veranstaltungsort" | "lieu" | "luogo" | "location and date" | "venue and date" | "locatie" | "waar"
                | "plaats" | "adres" | "miejsce" | "plats" | "sted"
        )
    };
    let l = folded.trim_end_matches([':', '.']);
    // A field of front matter or data (`venue_address`, `eventLocation`, `venue-name`): the
    // venue's, named by its thing and a word for where.
    one(l)
        || l.split_once(' ').is_some_and(|(a, b)| {
            one(b) && matches!(a, "event" | "meeting" | "venue" | "conference" | "workshop" | "session") || matches!(a, "venue" | "location") && matches!(b, "address" | "name" | "city")
        })
}

/// The zone of the venue, when the text names one place with a single zone where a venue
/// stands (a `Venue:` line, the slot's line and the lines around it, the first line), and
/// no other place there disagrees; else, when no country or zone city stands there, the
/// zone of the town those lines (or a postcode anywhere) name. Returns the zone, the
/// place as written and its bytes.
fn venue_zone(doc: &Doc<'_>, c: &SlotCand) -> Option<(Zone, String, (usize, usize))> {
    let n = doc.lines.len();
    let labelled = |li: usize| {
        let t = doc.lines[li].text;
        // A label's colon, or a table's label cell (`Waar | Bibliotheek Hardenberg |`).
        let head = t.split_once(':').or_else(|| t.trim_start_matches(['|', ' ']).split_once('|')).map(|(h, _)| h);
        // Or, on a short line, a word for the venue that a page's definition list ran into
        // its value (`Locatie de Bibliotheek Zwolle, Grote Zaal`).
        let run_in = || t.len() <= 100 && t.split_once(' ').is_some_and(|(w, _)| matches!(crate::parse::words::fold(w).as_str(), "venue" | "location" | "locatie" | "veranstaltungsort" | "lieu" | "luogo" | "miejsce" | "city" | "town" | "ville" | "ciudad" | "cidade" | "citta" | "stadt"));
        head.is_some_and(|h| h.len() <= 30 && venue_label(&super::cues::field_words(h.trim_matches(|ch: char| ch == '*' || ch == '_' || ch.is_whitespace())))) || run_in()
    };
    // A label alone on its line (`### Venue`, `### 地点`) names the venue on the next line.
    let label_alone = |li: usize| {
        let t = doc.lines[li].text.trim_matches(|ch: char| matches!(ch, '#' | '*' | '_' | ':' | '：') || ch.is_whitespace());
        !t.is_empty() && (venue_label(&crate::parse::words::fold(t)) || time::cjk_venue_label(t) && t.chars().count() <= 4)
    };
    let mut under_label: Vec<usize> = (0..n).filter(|&li| label_alone(li)).filter_map(|li| doc.filled_below(li)).collect();
    // An address goes on over the lines after the venue's (`Where: Institut d'études
    // européennes` / `39 avenue Franklin D. Roosevelt, 1050 Brussels`): short lines with a
    // number, no time and no sentence's end.
    let address = |j: usize| {
        let l = doc.lines[j];
        let t = l.text.trim();
        !l.is_blank() && t.len() <= 100 && !t.ends_with(['.', '!', '?']) && t.contains(|c: char| c.is_ascii_digit()) && t.split_whitespace().count() <= 10 && doc.line_tokens(j).is_empty()
    };
    let venues: Vec<usize> = (0..n).filter(|&li| labelled(li)).collect();
    for &li in &venues {
        under_label.extend((li + 1..n.min(li + 4)).filter(|&j| address(j)).take(2));
    }
    under_label.sort_unstable();
    under_label.dedup();
    let labelled = |li: usize| labelled(li) || under_label.binary_search(&li).is_ok();
    // The labelled lines: the venues' and those under a label, each once.
    let mut spots: Vec<usize> = venues.iter().chain(&under_label).copied().collect();
    spots.sort_unstable();
    spots.dedup();
    // The places the labelled venue lines name, where they agree, come first: a country
    // named in prose beside the slot (`the next conference will be held in Sweden`) does
    // not overrule `Place: Vantaa, Finland`.
    let one_zone = |lines: &[usize]| -> Result<Option<VenueZone>, ()> {
        let mut found: Option<VenueZone> = None;
        for &li in lines {
            let l = doc.lines[li];
            let Some(p) = time::zone_of_place(l.text) else { continue };
            match &found {
                Some((z, _, _)) if *z != p.zone => return Err(()),
                Some(_) => {}
                None => found = Some((p.zone, p.place, (l.start + p.at.0, l.start + p.at.1))),
            }
        }
        Ok(found)
    };
    if let Ok(Some(found)) = one_zone(&spots) {
        return Some(found);
    }
    // Around the slot: the line above it, past blank lines (a title such as `Talks, Hamburg`
    // over a blank line and the date), and the lines of it and below.
    let above = doc.filled_above(c.line);
    // A long paragraph after the slot's line talks of its topic (`… then they will focus on
    // Guinea, as a case study`), not of the venue.
    // Unless it says where the event is held (`… to be held at United Nations Headquarters
    // in New York`).
    let held = |li: usize| {
        const HELD: &[&str] = &["held at ", "held in ", "take place at ", "take place in ", "takes place at ", "takes place in ", "hosted at ", "hosted in ", "aura lieu ", "se tiendra ", "tendrá lugar ", "se celebrará ", "si terrà ", "si svolgerà "];
        let lower = doc.lines[li].text.to_lowercase();
        HELD.iter().any(|h| lower.contains(h))
    };
    let near: Vec<usize> = above.into_iter().chain((c.line..n.min(c.line + 4)).filter(|&li| !doc.lines[li].is_blank() && (li == c.line || doc.lines[li].text.len() <= 160 || doc.lines[li].text.len() <= 600 && held(li)))).collect();
    spots.extend(near);
    // A short line just above the venue's label says where it is (`at the United Nations
    // Office in Vienna` / `Venue: Room XX, Main Chamber`).
    spots.extend(venues.iter().filter_map(|&li| doc.filled_above(li)).filter(|&j| doc.lines[j].text.len() <= 100 && doc.line_tokens(j).is_empty()));
    spots.extend((0..n).find(|&li| !doc.lines[li].is_blank()));
    spots.sort_unstable();
    spots.dedup();
    let found = one_zone(&spots).ok()?;
    if found.is_some() {
        return found;
    }
    let lines = doc.lines.iter().enumerate().map(|(li, l)| {
        let how = if labelled(li) || time::cjk_venue_label(l.text) {
            time::TownLine::Venue
        } else if spots.binary_search(&li).is_ok() {
            time::TownLine::Near
        } else {
            time::TownLine::Any
        };
        (l.start, l.text, how)
    });
    time::zone_of_town(lines).map(|p| (p.zone, p.place, p.at))
}

/// An `approximate-length` note when the declared length was written approximately
/// (`about 90 minutes`), so that timing findings measured against it are at most warnings.
fn approximate_total(doc: &Doc<'_>, d: &DeclCand) -> Option<ParseNote> {
    let t = doc.tokens.iter().find(|t| t.at == d.at)?;
    let Kind::Dur(dur) = t.kind else { return None };
    // The word that makes it approximate (`about`, `ca.`, `~`) is quoted with it.
    let line_start = doc.lines[t.line].start;
    let before = doc.text[line_start..d.at.0].trim_end_matches(' ');
    let word = before.rsplit([' ', '(']).next().unwrap_or("");
    let from = if word == "~" || crate::parse::words::is_approx_word(&crate::parse::words::fold(word)) { line_start + before.len() - word.len() } else { d.at.0 };
    dur.approx.then(|| ParseNote {
        code: codes::APPROXIMATE_LENGTH.into(),
        level: NoteLevel::Info,
        message: format!("the session's length `{}` is not exact; read as {} minutes", &doc.text[from..d.at.1], d.minutes),
        span: doc.span(from, d.at.1),
    })
}

/// The zone of the one country whose era calendar dates the slot (`令和4年10月17日` is a date
/// written in Japan): the zone, how it is read, why, and the era name's bytes. The date
/// stands on the slot's line or up to three lines above it.
fn era_zone(doc: &Doc<'_>, c: &SlotCand) -> Option<(Zone, &'static str, String, (usize, usize))> {
    (c.line.saturating_sub(3)..=c.line).rev().find_map(|li| {
        let l = doc.lines.get(li)?;
        let (country, zone, at) = crate::parse::dates::era_country(l.text)?;
        let era = &l.text[at.0..at.1];
        Some((Zone::Iana(zone.to_owned()), "in", format!("the zone of {country}, whose era ({era}) dates the slot at line"), (l.start + at.0, l.start + at.1)))
    })
}

/// Two lists of times of day, neither framed by a slot, that give the same hours in
/// different ways and score alike (`8-9:30 PM` then `9:30-10:30 PM` under one heading, `7-8:30
/// PM` under the next): options to choose from or alternative programmes, of which the text
/// says none is the session's. Returns the best list and its rival.
fn same_hours_otherwise(cands: &[Candidate], fitted: &[f32], best: usize, order: &[usize]) -> Option<(usize, usize)> {
    let c = &cands[best];
    if c.basis != Basis::Clock {
        return None;
    }
    let span = |c: &Candidate| -> Option<(i32, i32)> { Some((c.items.first()?.start?.0, c.items.iter().filter_map(|i| i.end.or(i.start).map(|e| e.0)).max()?)) };
    let (s, e) = span(c)?;
    let (lo, hi) = lines(c);
    let my_times = times(c);
    order.iter().copied().take_while(|&j| fitted[j] >= AMBIGUITY_MARGIN * fitted[best]).find(|&j| {
        let r = &cands[j];
        let (rl, rh) = lines(r);
        let apart = rh < lo || hi < rl;
        let overlap = span(r).is_some_and(|(rs, re)| rs < e && s < re);
        j != best && r.basis == Basis::Clock && apart && overlap && times(r) != my_times && fitted[j] >= THRESHOLD
    }).map(|j| (best, j))
}

/// Says how the agenda could also be read, when a runner-up reading other entries scores
/// within the margin of the chosen one.
fn ambiguity(doc: &Doc<'_>, cands: &[Candidate], fitted: &[f32], chosen: usize, order: &[usize]) -> Option<String> {
    // `order`: the candidates of the chosen one's sitting, best first.
    let c = &cands[chosen];
    let best = fitted[chosen];
    let mine: Vec<usize> = c.items.iter().map(|i| i.line).collect();
    let my_times = times(c);
    let rival = order.iter().copied().take_while(|&j| fitted[j] >= AMBIGUITY_MARGIN * best).filter(|&j| j != chosen).find(|&j| {
        let theirs: Vec<usize> = cands[j].items.iter().map(|i| i.line).collect();
        // A copy of the agenda (the same times again) is no other reading of it.
        let copy = cands[j].basis == c.basis && times(&cands[j]) == my_times;
        theirs != mine && !theirs.iter().all(|l| mine.contains(l)) && !copy && fitted[j] >= THRESHOLD
    })?;
    if fitted[rival] < AMBIGUITY_MARGIN * best {
        return None;
    }
    let r = &cands[rival];
    let line_of = |c: &Candidate| doc.span(doc.lines[c.items[0].line].start, doc.lines[c.items[0].line].start).line;
    Some(format!(
        "the agenda could also be read as the {} entries from line {}; read as the {} entries from line {}",
        r.items.len(),
        line_of(r),
        c.items.len(),
        line_of(c)
    ))
}
