//! Candidates for the slot and the declared length, wherever a cue stands, and the lines
//! that open a new sitting (a day or part of a programme).
//!
//! A slot is a date with a time range (`Thursday 2 April 2020, 14:00 - 15:30 UTC`, `22
//! June 2022 | 18:00 - 18:30 CEST`, `Mercredi 9 octobre 2013 - de 9h30 à 17h`), a pair of
//! `Start:` / `End:` lines, or a labelled range without a date (`time: 6:00-9:00pm`),
//! which frames the agenda's clock times without being a full slot. A declared length
//! follows a label (`Duration: 90 minutes`, `Total: 70 minutes`, `Duração: 90 minutos`,
//! `Duration 120 minutes`) or stands in prose about the session (`60 minutes sessions`,
//! `a 45-minute workshop`, `the next 1 1/2 hours`).

use crate::model::Zone;
use crate::parse::dates::PartialDate;
use crate::parse::words;

use super::anchors::{self, WINDOW, is_deco, strip_tags};
use super::tokens::{self, Kind, Time, Token, starting_near};
use super::{Doc, Fixed, Known};

/// A possible slot or frame: local times, an optional date and zone, and where it stood.
#[derive(Debug, Clone)]
pub(crate) struct SlotCand {
    /// The line it was read from.
    pub line: usize,
    /// The date, when written (the year may come from the same line).
    pub date: Option<PartialDate>,
    /// The start, in minutes of the day, with its bytes.
    pub start: (u32, (usize, usize)),
    /// The end, in minutes of the day (past 1440 when it crosses midnight), with its bytes.
    pub end: Option<(u32, (usize, usize))>,
    /// The zone written with it.
    pub zone: Option<(Zone, (usize, usize))>,
    /// All of its text.
    pub at: (usize, usize),
    /// How strongly the text says "this is the session's time" (cues: a date, a year, a
    /// zone, a label, a heading, the top of the text).
    pub strength: f32,
    /// The line parser's reading, when it read the whole line as a slot.
    pub fixed: Option<Fixed>,
}

/// A possible declared length.
#[derive(Debug, Clone)]
pub(crate) struct DeclCand {
    /// Minutes.
    pub minutes: u32,
    /// Bytes of the length.
    pub at: (usize, usize),
    /// Its line.
    pub line: usize,
    /// How strongly the cue says "the session's total length".
    pub strength: f32,
}

/// Label words of a slot line (`When:`, `Date:`, `Time:`, `Horário:`, `Zeit:`).
pub(crate) fn slot_label(folded: &str) -> bool {
    matches!(
        folded.trim_end_matches([':', '.']),
        "when" | "date" | "time" | "slot" | "schedule" | "scheduled" | "session time" | "time of the event" | "horario"
            | "hora" | "fecha" | "data" | "datum" | "zeit" | "uhrzeit" | "heure" | "quand" | "horaires" | "orario" | "date & time"
            | "date and time" | "time / date" | "time/date" | "date/time" | "event date" | "event time" | "meeting time" | "timing"
            | "tid" | "tidspunkt" | "dato" | "dag" | "время" | "время проведения" | "дата проведения" | "дата и время проведения" | "дата" | "дата и время" | "час" | "дата і час" | "czas" | "termin" | "kiedy"
            | "kdy" | "cas" | "datum a cas" | "čas" | "datum a čas" | "datum a čas konani" | "čas konani" | "datum konani" | "termin konani" | "termín konani" | "termín" | "tarih" | "saat" | "zaman" | "waktu" | "tanggal" | "jam" | "tijd" | "wanneer"
            | "datum en tijd" | "quando" | "ora" | "data e ora" | "idopont" | "aika" | "thoi gian"
            // Japanese, Chinese and Korean: time, date and time, dates held.
            | "時間" | "时间" | "日時" | "日时" | "日程" | "開催日時" | "举办时间" | "活动时间" | "会议时间" | "시간" | "일시" | "일정"
    )
}

/// The label of line `li`, folded: a two-cell table row's first cell, else [`label_head`].
fn label_of(doc: &Doc<'_>, li: usize) -> Option<String> {
    // A table row of two cells is a label and its value (`| **Time** | 10:00 - 12:00 |`).
    if let [(a, b), _] = doc.shapes[li].cells[..] {
        let head = doc.text[a..b].trim_matches(|c: char| c == '*' || c == '_' || c == ':' || c.is_whitespace());
        if head.chars().count() <= 30 && !head.is_empty() && !head.contains(|c: char| c.is_ascii_digit()) {
            return Some(words::fold(head));
        }
    }
    label_head(doc, li).map(words::fold)
}

/// The label before the first `:` of line `li`'s content as written (`startDate`), without
/// emphasis: thirty letters at most.
fn label_head<'a>(doc: &Doc<'a>, li: usize) -> Option<&'a str> {
    // A label is short: its colon is sought in the first bytes only, however long the line.
    let body = &doc.text[doc.shapes[li].body..doc.lines[li].end()];
    let body = &body[..crate::source::floor_char(body, WINDOW.min(body.len()))];
    // TOML front matter names a field before ` = ` (`begin = "2019-01-24T19:00:00"`).
    let toml_key = crate::parse::lines::toml_pair(body).map(|(k, _)| k).filter(|k| k.starts_with(|c: char| c.is_ascii_alphabetic()));
    // CJK text writes a label's colon full width (`開始：13:30`).
    let colon = || {
        let ascii = memchr::memchr(b':', body.as_bytes());
        let wide = if body.is_ascii() { None } else { body.find('：') };
        let at = ascii.into_iter().chain(wide).min()?;
        Some((&body[..at], ""))
    };
    let (head, _) = toml_key.map(|k| (k, "")).or_else(colon)?;
    let head = head.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
    // Thirty letters, not bytes: `Время проведения` is sixteen letters in thirty-one bytes.
    (head.chars().count() <= 30 && !head.is_empty()).then_some(head)
}

/// A field name as words, folded: `start_time`, `end-time` and `startDate` are `start time`,
/// `end time` and `start date`.
pub(super) fn field_words(head: &str) -> String {
    let mut out = String::with_capacity(head.len() + 4);
    let mut prev_lower = false;
    for c in head.chars() {
        if c == '_' || c == '-' {
            out.push(' ');
        } else {
            if c.is_uppercase() && prev_lower {
                out.push(' ');
            }
            out.push(c);
        }
        prev_lower = c.is_lowercase();
    }
    words::fold(&out)
}

/// A year written as a word of its own on line `li` (`LACIGF 2014 Orientation`).
fn year_on_line(doc: &Doc<'_>, li: usize) -> Option<i32> {
    let t = doc.lines[li].text;
    let mut found = None;
    for w in t.split(|c: char| !c.is_alphanumeric()) {
        if w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) {
            let y: i32 = w.parse().ok()?;
            if (1990..=2099).contains(&y) {
                if found.is_some_and(|f| f != y) {
                    return None;
                }
                found = Some(y);
            }
        }
    }
    found
}

pub(super) fn minutes_of(t: &Time, after: Option<u32>) -> Option<u32> {
    let r = t.readings();
    match after {
        Some(a) => r.iter().copied().find(|&m| m >= a).or_else(|| r.first().map(|&m| m + 24 * 60).filter(|&m| m > a && m - a <= 18 * 60)),
        None => r.first().copied(),
    }
}

/// A zone right after a time (`10:00 CET`, `10:00 (UTC+2)`, `8:00 PM (in Philippine
/// Standard Time)`): only spaces, brackets, a comma or a dash between them, and `in` after
/// an opening bracket.
fn zone_after(toks: &[Token], from: usize, text: &str) -> Option<(Zone, (usize, usize))> {
    starting_near(toks, from, 14).find_map(|t| match &t.kind {
        Kind::Zone(Some(z)) if joins_zone(&text[from..t.at.0]) => Some((z.clone(), t.at)),
        _ => None,
    })
}

fn joins_zone(between: &str) -> bool {
    // `17:15 h (hora de España)`, `10 Uhr MEZ`, `23:00 uur (CEST)`: an hour's mark after
    // the time joins too.
    let start = between.trim_start();
    let between = ["Uhr", "uhr", "uur", "hrs", "hs", "h", "H"]
        .iter()
        .find_map(|m| start.strip_prefix(m).filter(|r| !r.starts_with(char::is_alphanumeric)))
        .unwrap_or(between);
    let b = between.trim_end();
    let b = b.strip_suffix("in").filter(|x| x.trim_end().ends_with('(')).unwrap_or(b);
    // `10.00 – 13.45 по МСК` ("by Moscow time").
    let b = b.strip_suffix("по").filter(|x| x.is_empty() || x.ends_with(char::is_whitespace)).unwrap_or(b);
    // Emphasis closing around the time (`**18:30** UTC+8`) joins too.
    b.chars().all(|c| c.is_whitespace() || matches!(c, '(' | ')' | ',' | '-' | '（' | '）' | '[' | '【' | '*' | '_'))
}

/// The zone written right after the slot's start time where the text gives that time again
/// on another line (`time: 18:30-20:30` in front matter, `时间：2024/09/28 18:30 UTC +08:00`
/// in the body), on a line whose date, if any, is the slot's: the zone the text states for
/// it. `lines` are the slot's own lines, left out.
pub(crate) fn zone_of_restated_start(doc: &Doc<'_>, start: u32, date: Option<PartialDate>, lines: (usize, usize)) -> Option<(Zone, (usize, usize))> {
    doc.tokens.iter().filter(|t| t.line < lines.0 || t.line > lines.1).find_map(|t| {
        let Kind::Point(p) = &t.kind else { return None };
        if minutes_of(p, None) != Some(start) {
            return None;
        }
        let toks = doc.line_tokens(t.line);
        let day = toks.iter().find_map(|x| if let Kind::Date(d) = x.kind { Some(d) } else { None });
        if day.zip(date).is_some_and(|(a, b)| (a.month, a.day) != (b.month, b.day)) {
            return None;
        }
        zone_after(toks, t.at.1, doc.text)
    })
}

/// Every slot or frame the text offers.
pub(crate) fn slots(doc: &Doc<'_>, known: &Known) -> Vec<SlotCand> {
    let mut out = Vec::new();
    // A date line with a range on a line below (`Tuesday 3 March` / `9:00 – 9:45`) is no
    // slot where the range is an agenda's first entry.
    let two_line_entry = |f: &Fixed| {
        let sp = f.slot.as_ref().map(|s| s.span).or(f.local.as_ref().map(|l| l.span))?;
        let below = doc.lines.partition_point(|l| l.start < sp.end).checked_sub(1).filter(|&j| j > f.line)?;
        let first = doc.line_tokens(below).first().filter(|x| matches!(x.kind, Kind::Range(..)))?;
        // A labelled time (`Time: 10:30 - 12:00`) is the slot's.
        Some(!label_of(doc, below).is_some_and(|l| slot_label(&l)) && first_entry(doc, below, first.at))
    };
    if let Some(f) = known.slot.as_ref().filter(|f| two_line_entry(f) != Some(true)) {
        let l = doc.lines[f.line];
        let (start, end) = match (&f.slot, &f.local) {
            (Some(s), _) => {
                let a = s.value.start.time();
                let len = (s.value.end - s.value.start).num_minutes().max(0) as u32;
                let m = chrono::Timelike::hour(&a) * 60 + chrono::Timelike::minute(&a);
                (m, Some(m + len))
            }
            (None, Some(ls)) => {
                let m = |t: chrono::NaiveTime| chrono::Timelike::hour(&t) * 60 + chrono::Timelike::minute(&t);
                let s = m(ls.value.start);
                (s, ls.value.end.map(|e| if m(e) < s { m(e) + 24 * 60 } else { m(e) }))
            }
            _ => (0, None),
        };
        out.push(SlotCand {
            line: f.line,
            date: None,
            start: (start, (l.start, l.start)),
            end: end.map(|e| (e, (l.end(), l.end()))),
            zone: f.slot.as_ref().map(|s| (s.value.zone.clone(), (l.start, l.start))),
            // The whole slot text: a `Date:` line with its `Time:` line below.
            at: f.slot.as_ref().map(|s| s.span).or(f.local.as_ref().map(|x| x.span)).map_or((l.start, l.end()), |sp| (sp.start.min(l.start), sp.end.max(l.end()))),
            strength: 4.0,
            fixed: Some(f.clone()),
        });
    }
    let top: Vec<usize> = (0..doc.lines.len()).filter(|&i| !doc.lines[i].is_blank()).take(6).collect();
    let day_of_text = std::cell::OnceCell::new();
    let event_day = std::cell::OnceCell::new();
    let years = std::cell::OnceCell::new();
    let written_years = std::cell::OnceCell::new();
    // The lines the line parser read as the slot (a `Date:` line with its `Time:` line).
    let fixed_span = known.slot.as_ref().and_then(|f| f.slot.as_ref().map(|s| s.span).or(f.local.as_ref().map(|l| l.span)));
    for li in 0..doc.lines.len() {
        let start = doc.lines[li].start;
        if known.slot.as_ref().is_some_and(|f| f.line == li) || fixed_span.is_some_and(|sp| start >= sp.start && start < sp.end.max(sp.start + 1)) {
            continue;
        }
        let toks = doc.line_tokens(li);
        if !toks.iter().any(|t| matches!(t.kind, Kind::Range(..))) {
            continue;
        }
        let label = label_of(doc, li).is_some_and(|l| l.split(['/', '&']).any(|p| slot_label(p.trim())) || slot_label(&l));
        let heading = doc.shapes[li].md_heading > 0 || top.contains(&li);
        let dates: Vec<(PartialDate, (usize, usize))> = toks.iter().filter_map(|t| if let Kind::Date(d) = t.kind { Some((d, t.at)) } else { None }).collect();
        let count = |f: fn(&Kind) -> bool| toks.iter().filter(|x| f(&x.kind)).count();
        let lone_date_and_range = count(|k| matches!(k, Kind::Date(_))) == 1 && count(|k| matches!(k, Kind::Range(..))) == 1;
        let first_time = toks.iter().position(|x| matches!(x.kind, Kind::Range(..) | Kind::Point(_)));
        for (k, t) in toks.iter().enumerate() {
            let Kind::Range(a, b) = &t.kind else { continue };
            // Close to the date (before or after it), or labelled, or bracketed with a zone.
            let zone = zone_after(toks, t.at.1, doc.text);
            // `Air date: Monday, May 4, 2026 ... The call lasts 90 minutes,
            // noon until 1:30 p.m. Pacific Time.`: a paragraph's one date, then its one range,
            // written with its zone, however far apart.
            let lone = || zone.is_some() && lone_date_and_range;
            // Of the line's dates, the one nearest the range: right after it (`set for 6 p.m.
            // to 7:30 p.m. (CST) on Friday, March 6, 2026`), else the last before it (a
            // page's own date may open the line).
            let k_after = dates.partition_point(|(_, at)| at.0 < t.at.1);
            let before = dates[..k_after].iter().rev().find(|(_, at)| at.1 <= t.at.0);
            let after = dates.get(k_after).filter(|(_, at)| at.0 - t.at.1 <= 30);
            let date = before.filter(|(_, at)| t.at.0 - at.1 <= 48).or(after).or(before).or(dates.first()).copied();
            // `… pada Kamis (6/3/2025), di gedung serbaguna … mulai pukul 18.00 WIB hingga
            // 20.00 WIB.`: the nearest date before a zoned range in the same sentence, a page's own
            // date opening the line before it.
            let same_sentence = |at: (usize, usize)| {
                let between = &doc.text[at.1..t.at.0];
                zone.is_some() && count(|k| matches!(k, Kind::Range(..))) == 1 && between.len() <= 200 && !between.match_indices(". ").any(|(i, _)| between[i + 2..].starts_with(char::is_uppercase))
            };
            let near_date = date.is_some_and(|(_, at)| (at.1 <= t.at.0 && (t.at.0 - at.1 <= 48 || lone() || same_sentence(at))) || (t.at.1 <= at.0 && at.0 - t.at.1 <= 30));
            let bracketed = doc.text[..t.at.0].trim_end().ends_with('[') && zone.is_some();
            // `Domenica 20 luglio 2025` on a line of its own, then `10.00 - 11.30` or `de
            // 13h30 à 18h` opening the next line.
            let first = k == 0 || zone.is_some() && first_time == Some(k);
            let below = (!(near_date || label || bracketed) && first).then(|| date_above(doc, li, t.at, zone.is_some())).flatten();
            // `The activities take place 7:45am-2:45pm Pacific Daylight Time`: a sentence's
            // one range, written with its zone, on the day the text's heading gives (rather
            // than a date above it without a year, a deadline).
            let said = !(near_date || label || bracketed || below.is_some_and(|d| d.year.is_some()))
                && zone.is_some()
                && first_time == Some(k)
                && count(|k| matches!(k, Kind::Range(..))) == 1
                && { let p = anchors::place(doc, li, t.at); !p.start && !p.paren }
                && doc.text[doc.lines[li].start..t.at.0].split_whitespace().count() >= 3;
            let below = said.then(|| *event_day.get_or_init(|| day_of_event(doc, &top))).flatten().or(below);
            if !(near_date || label || bracketed || below.is_some()) {
                continue;
            }
            let Some(s) = minutes_of(a, None) else { continue };
            let e = minutes_of(b, Some(s));
            let mut d = date.filter(|_| near_date).map(|(d, _)| d).or(below);
            // `Date: 14 Mar 2018 (Wed)` on a line of its own just above or below a labelled
            // `Time: 04:00 - 05:00 UTC (...)` line.
            if d.is_none() && label {
                d = (li.saturating_sub(2)..(li + 3).min(doc.lines.len())).filter(|&j| j != li).find_map(|j| {
                    let dated = label_of(doc, j).is_some_and(|l| slot_label(&l));
                    let ts = doc.line_tokens(j);
                    let only = ts.iter().all(|x| matches!(x.kind, Kind::Date(_) | Kind::Day(_) | Kind::Zone(_)));
                    // `Posted 2020-07-06 Date: 8 July 2020`: a date after a slot label's colon
                    // later on the line is the one it labels.
                    let labelled = labelled_date(doc, j, ts);
                    labelled.filter(|_| only).or_else(|| ts.iter().find_map(|x| if let Kind::Date(pd) = x.kind { Some(pd) } else { None }).filter(|_| dated && only))
                });
            }
            // `Tid: Klockan 14–15.30` under a heading that gives the day.
            if d.is_none() && label {
                d = *day_of_text.get_or_init(|| day_in_heading(doc, &top));
            }
            if let Some(pd) = d.as_mut() {
                if pd.year.is_none() {
                    pd.year = year_on_line(doc, li).filter(|&y| pd.in_year(y).is_some());
                }
                // `22/03/2022` above `Tuesday 22 March - 10:45-12:15 (GMT)`: the same day
                // written elsewhere with its year gives the year.
                if pd.year.is_none() {
                    pd.year = years.get_or_init(|| years_by_day(doc)).get(&(pd.month, pd.day)).copied().flatten().filter(|&y| pd.in_year(y).is_some());
                }
                // `Thursday, 01 May` on a page about `EGU 2025`: of the years the text
                // writes, the one year in which that day is that weekday.
                if pd.year.is_none() && pd.weekday.is_some() {
                    let mut fits = written_years.get_or_init(|| years_written(doc.text)).iter().copied().filter(|&y| pd.in_year(y).is_some());
                    pd.year = fits.next().filter(|_| fits.next().is_none());
                }
            }
            let mut strength = 1.0;
            strength += if d.is_some() { 1.0 } else { 0.0 };
            strength += if d.is_some_and(|d| d.year.is_some()) { 0.5 } else { 0.0 };
            strength += if zone.is_some() { 0.75 } else { 0.0 };
            strength += if label { 0.75 } else { 0.0 };
            strength += if heading { 0.5 } else { 0.0 };
            // A second range on the line (`11:00-12:30 + 14:30-16:00`) makes a split slot.
            if toks[k + 1..].iter().any(|x| matches!(x.kind, Kind::Range(..))) {
                strength -= 1.0;
            }
            out.push(SlotCand {
                line: li,
                date: d,
                start: (s, a.at),
                end: e.map(|e| (e, b.at)),
                zone,
                at: (date.filter(|_| near_date).map_or(t.at.0, |(_, at)| at.0.min(t.at.0)), t.at.1),
                strength,
                fixed: None,
            });
            break;
        }
    }
    // A range that ranges with the same zone after it continue is a list's first entry; so
    // is one that names its entry and that the next range goes on from.
    out.retain(|c| !opens_a_list(doc, c) && !titled_first_link(doc, c));
    start_end_pairs(doc, &mut out);
    out.extend(calendar_event(doc));
    // Many dated ranges (opening hours, a programme's days) are a listing, not one slot.
    let dated: Vec<&SlotCand> = out.iter().filter(|c| c.fixed.is_none() && c.date.is_some()).collect();
    let distinct = {
        let mut ds: Vec<(u32, u32)> = dated.iter().filter_map(|c| c.date.map(|d| (d.month, d.day))).collect();
        ds.sort_unstable();
        ds.dedup();
        ds.len()
    };
    if dated.len() >= 3 && distinct >= 2 {
        for c in out.iter_mut().filter(|c| c.fixed.is_none() && c.date.is_some()) {
            c.strength -= 2.0;
        }
    }
    out
}

/// For each day and month the text writes with a year, that year (`None` when it writes
/// the same day with two different years). One pass over the tokens, and over the long
/// lines, whose dates are not tokens unless a time stands in them (`去る2014年6月29日の…`
/// in a paragraph below the slot); made only for a slot without a year.
fn years_by_day(doc: &Doc<'_>) -> foldhash::HashMap<(u32, u32), Option<i32>> {
    let mut out = foldhash::HashMap::default();
    let mut add = |d: PartialDate| {
        if let Some(y) = d.year {
            out.entry((d.month, d.day)).and_modify(|e: &mut Option<i32>| *e = e.filter(|&x| x == y)).or_insert(Some(y));
        }
    };
    for t in &doc.tokens {
        if let Kind::Date(d) = t.kind {
            add(d);
        }
    }
    for (li, line) in doc.lines.iter().enumerate() {
        let dated = doc.line_tokens(li).iter().any(|t| matches!(t.kind, Kind::Date(_)));
        if line.text.len() > tokens::SHORT_LINE && !dated {
            for (_, _, d) in crate::parse::dates::find_dates(line.text) {
                add(d);
            }
        }
    }
    out
}

/// The years a text writes as numbers of their own (`EGU 2025`, `2025年`, `2025-05-01`),
/// from 1990 to 2100, sorted, each once. One pass over the bytes.
fn years_written(text: &str) -> Vec<i32> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let j = i + b[i..].iter().take_while(|x| x.is_ascii_digit()).count();
        let alone = (i == 0 || !b[i - 1].is_ascii_alphanumeric()) && b.get(j).is_none_or(|x| !x.is_ascii_alphanumeric());
        if j - i == 4 && alone {
            let y: i32 = text[i..j].parse().unwrap_or(0);
            if (1990..=2100).contains(&y) {
                out.push(y);
            }
        }
        i = j;
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The day a text is held on as its first lines give it: a date with its year on one of the
/// `top` lines, when every date the text writes is that day (`Öppet seminarium 15 september
/// 2021`, and `Den 15 september` in the prose below). One pass over the tokens.
fn day_in_heading(doc: &Doc<'_>, top: &[usize]) -> Option<PartialDate> {
    let (heading, other) = heading_day_until(doc, top);
    heading.filter(|_| other == usize::MAX)
}

/// The day the `top` lines give, with its year, when every other date the text writes is
/// that day or before it (`register no later than October 6th` on the page of a workshop
/// held on `October 20, 2021`): the day of the event the text announces.
fn day_of_event(doc: &Doc<'_>, top: &[usize]) -> Option<PartialDate> {
    let heading = doc.tokens.iter().find_map(|t| match t.kind {
        Kind::Date(d) if d.year.is_some() && top.contains(&t.line) => d.full(),
        _ => None,
    })?;
    let later = doc.tokens.iter().any(|t| matches!(t.kind, Kind::Date(d) if d.in_year(chrono::Datelike::year(&heading)).is_none_or(|x| x > heading)));
    (!later).then(|| doc.tokens.iter().find_map(|t| match t.kind {
        Kind::Date(d) if d.full() == Some(heading) => Some(d),
        _ => None,
    })).flatten()
}

/// The day the `top` lines give (as [`day_in_heading`]) and the line of the first date that
/// is another day (`usize::MAX` when none is): the minutes' own date holds for the lines
/// above that one (`Protokoll der Sitzung vom 31. Januar 2017`, `Beginn:` and `Ende:`, and
/// the next meeting's date further down).
fn heading_day_until(doc: &Doc<'_>, top: &[usize]) -> (Option<PartialDate>, usize) {
    let mut heading: Option<PartialDate> = None;
    let mut seen: Option<PartialDate> = None;
    for t in &doc.tokens {
        let Kind::Date(d) = t.kind else { continue };
        if let Some(s) = seen {
            if (s.month, s.day) != (d.month, d.day) || s.year.zip(d.year).is_some_and(|(a, b)| a != b) {
                return (heading, t.line);
            }
        }
        if seen.is_none_or(|s| s.year.is_none()) {
            seen = Some(d);
        }
        if heading.is_none() && d.year.is_some() && top.contains(&t.line) {
            heading = Some(d);
        }
    }
    (heading, usize::MAX)
}

/// True when two or more ranges written with the same zone as `c` follow it on the next
/// lines, each starting at or after the end of the one before and the first at or after
/// `c`'s end (`for: 10:00-11:30 CET`, then `12:00-13:00 CET`, `14:05-14:25 CET`): `c` is the
/// first entry of that list, not the session's slot.
fn opens_a_list(doc: &Doc<'_>, c: &SlotCand) -> bool {
    let (Some((_, zat)), Some((mut prev_end, _))) = (c.zone.as_ref(), c.end) else { return false };
    if c.fixed.is_some() {
        return false;
    }
    let zone = &doc.text[zat.0..zat.1];
    let from = doc.tokens.partition_point(|t| t.at.0 < c.at.1);
    let mut n = 0;
    for (k, t) in doc.tokens.iter().enumerate().skip(from) {
        if t.line > c.line + 6 {
            break;
        }
        let Kind::Range(a, b) = &t.kind else { continue };
        let same = zone_after(&doc.tokens[k + 1..(k + 3).min(doc.tokens.len())], t.at.1, doc.text).is_some_and(|(_, at)| doc.text[at.0..at.1].eq_ignore_ascii_case(zone));
        if !same {
            continue;
        }
        let Some(s) = minutes_of(a, Some(prev_end)) else { return false };
        if s < prev_end {
            return false;
        }
        prev_end = minutes_of(b, Some(s)).unwrap_or(s);
        n += 1;
    }
    n >= 2
}

/// True when the range of `c` names an entry after it (`14 May 2019 8:30-9:00: Registration
/// and coffee`) and the next range, within three lines, starts where it ends (`9:00-9:45:
/// …`): the first entry of a programme run on after its date, not the session's slot.
fn titled_first_link(doc: &Doc<'_>, c: &SlotCand) -> bool {
    let Some((end, eat)) = c.end else { return false };
    if c.fixed.is_some() || c.zone.is_some() {
        return false;
    }
    let line_end = doc.lines[c.line].end();
    let after = doc.text[eat.1..line_end].trim_start();
    let named = after.starts_with(':') || after.starts_with(['-', '–']) && after.trim_start_matches(['-', '–']).trim_start().starts_with(char::is_uppercase);
    if !named {
        return false;
    }
    let from = doc.tokens.partition_point(|t| t.at.0 < eat.1);
    doc.tokens[from..]
        .iter()
        .take_while(|t| t.line <= c.line + 3)
        .find_map(|t| if let Kind::Range(a, _) = &t.kind { Some(a) } else { None })
        .and_then(|a| minutes_of(a, Some(end)))
        .is_some_and(|s| s == end)
}

/// The date of the line above line `li` (the nearest that is not blank), when that line
/// holds a date and little else (`Samstag 10. Februar 2024`, `Le 17/03/2018`), and the
/// range at `at` opens line `li` after a word at most (`de 13h30 à 18h`) with no title
/// after it, and is no agenda's first entry ([`first_entry`]): a slot written on two lines.
fn date_above(doc: &Doc<'_>, li: usize, at: (usize, usize), zoned: bool) -> Option<PartialDate> {
    // The line above first: most ranges have none of a date alone. A slot's label alone on
    // its line may stand between (`23 сентября 2022 года` / `Время проведения` / `10.00 –
    // 13.45 по МСК`).
    // A rule drawn under the date (`-----`) stands between as a blank line does.
    let filled = |j: &usize| !doc.lines[*j].is_blank() && !doc.shapes[*j].rule;
    let mut up = (0..li).rev().take(3).find(filled)?;
    if doc.line_tokens(up).is_empty() && slot_label(&words::fold(doc.lines[up].text.trim().trim_matches(|c: char| c == '*' || c == '_' || c == '#' || c.is_whitespace()))) {
        // Over the label, the date may head the event's title (`23 СЕНТЯБРЯ 2022 ГОДА` /
        // `«Title»` / `Время проведения`): the nearest of three lines that holds a date.
        let dated = |j: &usize| doc.line_tokens(*j).iter().any(|x| matches!(x.kind, Kind::Date(_)));
        let mut above = (0..up).rev().take(6).filter(filled).take(3);
        up = above.clone().find(dated).or_else(|| above.next())?;
    }
    // A statement of the times' zone may stand between (`1 October 2021` / `All times
    // CEST` / `Strategy discussion (09:00-12:30)`).
    let zone_only = |j: usize| {
        let ts = doc.line_tokens(j);
        !ts.is_empty() && ts.iter().all(|x| matches!(x.kind, Kind::Zone(Some(_)))) && words::real_words(doc.lines[j].text).take(11).count() <= 10
    };
    let stated = zone_only(up);
    if stated {
        up = (0..up).rev().take(3).find(filled)?;
    }
    // A sentence saying when the event starts (`It starts at 9:00 and ends at 17:00`) may
    // stand under the venue's lines, which hold no time, and those under the date.
    let body = doc.shapes[li].body;
    let lead_words: Vec<String> = words::real_words(doc.text.get(body..at.0)?).take(9).map(words::fold).collect();
    let told = lead_words.len() <= 8 && lead_words.iter().any(|w| words::is_start_verb(w));
    if told {
        let mut k = 0;
        while doc.line_tokens(up).is_empty() && k < 5 {
            up = (0..up).rev().take(3).find(|&j| !doc.lines[j].is_blank())?;
            k += 1;
        }
    }
    let toks = doc.line_tokens(up);
    // Of two dates, the one a slot label's colon gives (a page's dateline, then `Date: 8
    // July 2020`), else the first.
    let date = labelled_date(doc, up, toks).or_else(|| toks.iter().find_map(|x| if let Kind::Date(d) = x.kind { Some(d) } else { None }))?;
    let only = toks.iter().all(|x| matches!(x.kind, Kind::Date(_) | Kind::Day(_) | Kind::Zone(_)));
    if !only || words::real_words(doc.lines[up].text).take(8).count() > 7 {
        return None;
    }
    let line = doc.lines[li];
    let lead = words::real_words(doc.text.get(body..at.0)?).take(2).count();
    // What follows the range, less the zone read after it (`по МСК`, `(Nairobi time)`).
    let zone_end = doc.line_tokens(li).iter().filter(|x| matches!(x.kind, Kind::Zone(Some(_))) && x.at.0 >= at.1).map(|x| x.at.1).next_back();
    let rest = &doc.text[zone_end.unwrap_or(at.1).max(at.1)..line.end()];
    let rest = rest.split_once(['(', '[']).map_or(rest, |(a, _)| a);
    let titled = words::real_words(rest).any(|w| !words::is_time_of_day_word(&words::fold(w)) && crate::time::zone_from_name(w).is_err());
    // A room after the range is where the slot is held, no title (`13:20-13:57 Press room`,
    // `13:20~13:57 会見室`).
    let room = || words::real_words(rest).nth(4).is_none() && words::real_words(rest).any(|w| room_word(&words::fold(w)));
    // A sentence may lead to a range written with its zone (`The call runs from 2:00 to
    // 3:30 p.m. ET.`), the only range on its line.
    let one_range = || doc.line_tokens(li).iter().filter(|x| matches!(x.kind, Kind::Range(..))).count() == 1;
    // So may a short title with the range in brackets closing it, in the zone stated
    // (`Strategy discussion (09:00-12:30)`).
    let titled_bracket = || {
        let head = doc.text[body..at.0].trim_end();
        (zoned || stated) && head.ends_with('(') && rest.trim().trim_start_matches(')').trim().is_empty() && words::real_words(head).take(7).count() <= 6
    };
    let led = lead <= 1 || (zoned || told || stated) && one_range() || titled_bracket() && one_range();
    (led && (!titled || room()) && !first_entry(doc, li, at)).then_some(date)
}

/// The date that follows a slot label's colon on line `li` (`Posted 2020-07-06 Date: 8 July
/// 2020` gives 8 July), where one does; `toks` are the line's tokens.
fn labelled_date(doc: &Doc<'_>, li: usize, toks: &[Token]) -> Option<PartialDate> {
    toks.iter().find_map(|x| match x.kind {
        Kind::Date(d) => {
            let lead = doc.text[doc.lines[li].start..x.at.0].trim_end();
            let label = lead.strip_suffix(':').is_some_and(|h| slot_label(&words::fold(h.rsplit(char::is_whitespace).next().unwrap_or(""))));
            label.then_some(d)
        }
        _ => None,
    })
}

/// A word for the room a session is held in (`room`, `Saal`, `会見室`, `会場`).
fn room_word(folded: &str) -> bool {
    matches!(
        folded,
        "room" | "hall" | "auditorium" | "ballroom" | "salle" | "sala" | "saal" | "raum" | "aula" | "theatre" | "theater" | "studio" | "amphitheatre"
    ) || ["室", "会場", "ホール", "講堂", "会议室", "礼堂", "실", "홀"].iter().any(|e| folded.ends_with(e))
}

/// True when the range at `at`, on line `li`, is an agenda's first entry: a later range,
/// within forty lines and before the next date, starts where it ends or after (`09:00-10:00`
/// / `Registration` / `10:00-11:00`, or a title and a note between), or a later time alone
/// after its end, where the parts of a slot would lie within it.
fn first_entry(doc: &Doc<'_>, li: usize, at: (usize, usize)) -> bool {
    let from = doc.tokens.partition_point(|x| x.at.0 < at.0);
    let end = doc.tokens[from..].iter().take_while(|x| x.at.0 == at.0).find_map(|x| if let Kind::Range(a, b) = &x.kind { minutes_of(b, minutes_of(a, None)) } else { None });
    // A time alone at the end (`18h00 Clôture`) may close the slot itself.
    end.is_some_and(|e| {
        // Up to the next date: another day's times say nothing of this one.
        doc.tokens[from..].iter().filter(|x| x.at.0 >= at.1).take_while(|x| x.line <= li + 40 && !matches!(x.kind, Kind::Date(_))).any(|x| match &x.kind {
            Kind::Range(a, _) => minutes_of(a, None).is_some_and(|s| s >= e),
            Kind::Point(a) => minutes_of(a, None).is_some_and(|s| s > e),
            _ => false,
        })
    })
}

/// A date, a time and a zone, each as written on one line.
type Stamp = (Option<PartialDate>, Time, Option<(Zone, (usize, usize))>);

/// Lines that give a day's sittings rather than an agenda: a day marker or a date with two
/// or more ranges joined by `and`, `+` or commas (`Day 1: 22 February, 09:00-11:15 and
/// 11:45-13:45 and 14:00-16:00`). Their ranges are frames, never agenda entries.
pub(crate) fn sitting_lines(doc: &Doc<'_>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for li in 0..doc.lines.len() {
        let toks = doc.line_tokens(li);
        let ranges: Vec<&Token> = toks.iter().filter(|t| matches!(t.kind, Kind::Range(..))).collect();
        if ranges.len() < 2 || !toks.iter().any(|t| matches!(t.kind, Kind::Day(_) | Kind::Date(_))) {
            continue;
        }
        let joined = ranges.windows(2).all(|w| {
            let between = doc.text[w[0].at.1..w[1].at.0].trim();
            let f = words::fold(between.trim_matches(|c: char| c == ',' || c.is_whitespace()));
            between == "+" || between == "," || matches!(f.as_str(), "and" | "und" | "et" | "y" | "e" | "" | "&")
        });
        if joined {
            out.push((ranges[0].at.0, ranges[ranges.len() - 1].at.1));
        }
    }
    out
}

/// `Start: 04 Dec 2020 13:45 GMT` with `End: 04 Dec 2020 23:00 GMT` on a following line.
fn start_end_pairs(doc: &Doc<'_>, out: &mut Vec<SlotCand>) {
    // The day a heading gives, where it is the text's only day (minutes' `Protokoll der
    // Sitzung vom 14. August 2026` over `Beginn:` and `Ende:`); found once, when asked.
    let heading_day = std::cell::OnceCell::new();
    let stamp = |li: usize| -> Option<Stamp> {
        let toks = doc.line_tokens(li);
        let date = toks.iter().find_map(|t| if let Kind::Date(d) = t.kind { Some(d) } else { None });
        let (p, at) = toks.iter().find_map(|t| if let Kind::Point(p) = t.kind { Some((p, t.at)) } else { None })?;
        let zone = zone_after(toks, at.1, doc.text)
            .or_else(|| city_zone_after(toks, at.1, doc.text))
            .or_else(|| iso_offset_after(doc.text, at.1))
            .or_else(|| comment_zone_after(toks, at.1, doc.text))
            // iCalendar's `DTSTART;TZID=Europe/Berlin:20240910T170000` names it before.
            .or_else(|| toks.iter().find_map(|t| match &t.kind {
                Kind::Zone(Some(z)) if t.at.1 < at.0 && doc.text[..t.at.0].ends_with("TZID=") => Some((z.clone(), t.at)),
                _ => None,
            }));
        Some((date, p, zone))
    };
    // `Start:` or `Start time – ` (the colon of `15:00` is no label's).
    // Only a line with a time can be either end of the pair.
    let start_label = |li: usize| {
        if doc.line_tokens(li).is_empty() {
            return None;
        }
        // `start_time:`, `startDate:` and `end-time:` (front matter, schema.org) are
        // `start time`, `start date` and `end time`.
        label_head(doc, li)
            // iCalendar's parameters after the name (`DTSTART;TZID=Europe/Berlin`).
            .map(|l| l.split_once(';').filter(|(n, _)| n.starts_with("DT")).map_or(l, |(n, _)| n))
            .filter(|l| !l.contains(|c: char| c.is_ascii_digit()))
            .map(field_words)
            .or_else(|| dash_label(doc, li))
            .or_else(|| bare_label(doc, li))
            .map(|l| pair_field(&l))
    };
    for li in 0..doc.lines.len() {
        let Some(l) = start_label(li) else { continue };
        // A bare `date:` with a time starts the pair when its end follows (`date:` then
        // `date_end:`, front matter of talks); a post's `date:` has none.
        if !is_start_field(&l) {
            continue;
        }
        let Some((date, a, za)) = stamp(li) else { continue };
        // The end may stand a few lines below, what happens between them listed between,
        // but not after another start (a post's `date:`, then the event's start and end).
        let next = (li + 1..doc.lines.len().min(li + 10))
            .map(|j| (j, start_label(j)))
            .find(|(_, l)| l.as_deref().is_some_and(|l| is_start_field(l) || is_end_field(l)))
            .filter(|(_, l)| l.as_deref().is_some_and(is_end_field))
            .map(|(j, _)| j);
        let Some(lj) = next else {
            // `date: 2018-08-21T12:00-04/P1H`: an ISO 8601 interval, its start and length.
            let Some((minutes, pat)) = iso_period_after(doc.text, a.at.1) else { continue };
            let Some(s) = minutes_of(&a, None) else { continue };
            out.push(SlotCand {
                line: li,
                date,
                start: (s, a.at),
                end: Some((s + minutes, pat)),
                zone: za.clone(),
                at: (doc.lines[li].start, doc.lines[li].end()),
                strength: 3.0 + if za.is_some() { 0.75 } else { 0.0 },
                fixed: None,
            });
            continue;
        };
        let Some((date_b, b, zb)) = stamp(lj) else { continue };
        // `Online event, 1 December, 2020` on a line of its own just above the pair dates both.
        let date = date.or_else(|| {
            (li.saturating_sub(3)..li).rev().find_map(|j| {
                let ts = doc.line_tokens(j);
                let d = ts.iter().find_map(|x| if let Kind::Date(pd) = x.kind { Some(pd) } else { None });
                d.filter(|pd| pd.year.is_some() && ts.iter().all(|x| matches!(x.kind, Kind::Date(_))))
            })
        });
        let date = date.or_else(|| {
            let (day, other) = *heading_day.get_or_init(|| {
                let top: Vec<usize> = (0..doc.lines.len()).filter(|&i| !doc.lines[i].is_blank()).take(6).collect();
                heading_day_until(doc, &top)
            });
            day.filter(|_| lj < other)
        });
        let Some(s) = minutes_of(&a, None) else { continue };
        let e = minutes_of(&b, if date_b.is_some() && date_b != date { None } else { Some(s) });
        // An end dated a few days after the start ends that many days later.
        let later = date.zip(date_b).and_then(|(d, db)| Some((db.in_year(d.year?)? - d.full()?).num_days())).filter(|n| (1..=14).contains(n));
        let e = e.map(|e| e + later.map_or(0, |n| n as u32 * 24 * 60));
        let zone = za.or(zb);
        let mut strength = 3.0;
        strength += if zone.is_some() { 0.75 } else { 0.0 };
        out.push(SlotCand {
            line: li,
            date,
            start: (s, a.at),
            end: e.map(|e| (e, b.at)),
            zone,
            at: (doc.lines[li].start, doc.lines[lj].end()),
            strength,
            fixed: None,
        });
    }
}

/// An iCalendar event written out as text: its first `DTSTART` and the `DTEND` after it,
/// each `YYYYMMDDTHHMMSS` with a `TZID=` zone or a `Z` for UTC (`DTSTART;TZID=Europe/Oslo:
/// 20260417T173000`). Only in a text holding `BEGIN:VEVENT`; a `DTSTART` before it (a
/// zone's rules in `VTIMEZONE`) is not the event's.
fn calendar_event(doc: &Doc<'_>) -> Option<SlotCand> {
    let begin = doc.text.find("BEGIN:VEVENT")?;
    let li = doc.lines.partition_point(|l| l.start <= begin);
    let field = |name: &str, from: usize| {
        (from..doc.lines.len().min(from + 60)).find_map(|j| {
            let t = doc.lines[j].text.trim();
            let rest = t.strip_prefix(name).filter(|r| r.starts_with([':', ';']))?;
            let (params, value) = rest.split_once(':')?;
            let zone = match params.split(';').find_map(|p| p.strip_prefix("TZID=")) {
                Some(name) => crate::time::zone_from_name(name.trim_matches('"')).ok()?,
                None if value.ends_with('Z') => Zone::Utc,
                None => return None,
            };
            let v = value.trim_end_matches('Z').as_bytes();
            let num = |a: usize, b: usize| std::str::from_utf8(v.get(a..b)?).ok()?.parse::<u32>().ok();
            if v.len() != 15 || v[8] != b'T' {
                return None;
            }
            let date = PartialDate { year: Some(num(0, 4)? as i32), month: num(4, 6)?, day: num(6, 8)?, weekday: None, order_open: false };
            let (h, m) = (num(9, 11)?, num(11, 13)?);
            let day = date.in_year(date.year?)?;
            if h > 23 || m > 59 {
                return None;
            }
            let minutes = h * 60 + m;
            let at = doc.lines[j].start + doc.lines[j].text.find(value)?;
            Some((j, date, day, minutes, zone, (at, at + value.len())))
        })
    };
    let (ls, ds, start_day, ms, zs, ats) = field("DTSTART", li)?;
    let (le, _, end_day, me, ze, ate) = field("DTEND", ls + 1)?;
    let days = (end_day - start_day).num_days();
    if ze != zs || !(0..=1).contains(&days) {
        return None;
    }
    let end = me + days as u32 * 24 * 60;
    (end > ms).then(|| SlotCand {
        line: ls,
        date: Some(ds),
        start: (ms, ats),
        end: Some((end, ate)),
        zone: Some((zs, ats)),
        at: (doc.lines[ls].start, doc.lines[le].end()),
        strength: 3.75,
        fixed: None,
    })
}

/// The length of an ISO 8601 interval written as a start and a duration
/// (`2018-08-21T12:00-04/P1H`, `…T09:30:00Z/PT1H30M`), after the start's time ending at
/// `end`: its minutes and the duration's bytes. Up to a day.
fn iso_period_after(text: &str, end: usize) -> Option<(u32, (usize, usize))> {
    let b = text.as_bytes();
    let mut i = end + seconds_len(&text[end..]);
    let digits_at = |i: usize, n: usize| b.get(i..i + n).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    // The offset: `Z`, `-04`, `+05:30`, `+0530`.
    match b.get(i) {
        Some(b'Z') => i += 1,
        Some(b'+' | b'-') if digits_at(i + 1, 2) => {
            i += 3;
            if b.get(i) == Some(&b':') && digits_at(i + 1, 2) {
                i += 3;
            } else if digits_at(i, 2) {
                i += 2;
            }
        }
        _ => {}
    }
    if b.get(i..i + 2) != Some(b"/P") {
        return None;
    }
    let (minutes, len) = iso_period(&text[i + 1..])?;
    Some((minutes, (i + 1, i + 1 + len)))
}

/// An ISO 8601 duration at the start of `s` (`PT2H`, `PT1H30M`, `P0DT90M`) of a day at
/// most: its minutes and its length in bytes.
fn iso_period(s: &str) -> Option<(u32, usize)> {
    let b = s.as_bytes();
    if b.first() != Some(&b'P') {
        return None;
    }
    let mut j = 1;
    let (mut minutes, mut any) = (0u32, false);
    while j < b.len() {
        if b[j] == b'T' {
            j += 1;
            continue;
        }
        let n = b[j..].iter().take_while(|x| x.is_ascii_digit()).count();
        if n == 0 || n > 4 {
            break;
        }
        let v: u32 = s[j..j + n].parse().ok()?;
        minutes += match b.get(j + n) {
            Some(b'D') => v * 24 * 60,
            Some(b'H') => v * 60,
            Some(b'M') => v,
            _ => return None,
        };
        any = true;
        j += n + 1;
    }
    if b.get(j).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    (any && (1..=24 * 60).contains(&minutes)).then_some((minutes, j))
}

/// `startTime: 2026-03-05T16:00:00 # UTC`: a zone in the comment after a front matter's
/// time (YAML and TOML comments open with `#`), seconds allowed between.
fn comment_zone_after(toks: &[Token], end: usize, text: &str) -> Option<(Zone, (usize, usize))> {
    let rest = text.get(end..)?;
    let after = rest[seconds_len(rest)..].trim_start_matches([' ', '\t']);
    after.strip_prefix('#')?;
    zone_after(toks, end + rest.len() - after.len() + 1, text)
}

/// The bytes of the seconds (`:30`) that `rest` opens with after a time's minutes, or 0.
fn seconds_len(rest: &str) -> usize {
    let b = rest.as_bytes();
    if b.len() >= 3 && b[0] == b':' && b[1].is_ascii_digit() && b[2].is_ascii_digit() { 3 } else { 0 }
}

/// The UTC offset an ISO 8601 or RFC 2822 time ending at `end` carries (`19:30:00-07:00`,
/// `19:30:00 -0700`, `19:30:00Z`), with its bytes: written right after the time, or after
/// its seconds and one space.
fn iso_offset_after(text: &str, end: usize) -> Option<(Zone, (usize, usize))> {
    let rest = &text[end..];
    let b = rest.as_bytes();
    let mut at = seconds_len(rest);
    let seconds = at > 0;
    // The time may have taken its seconds already.
    let had_seconds = seconds || text.as_bytes()[..end].rchunks(3).take(2).all(|c| c.len() == 3 && c[0] == b':' && c[1].is_ascii_digit() && c[2].is_ascii_digit());
    // Fractions of a second (`19:30:00.000-07:00`).
    if had_seconds && b.get(at) == Some(&b'.') {
        at += 1 + b[at + 1..].iter().take_while(|x| x.is_ascii_digit()).count();
    }
    if had_seconds && b.get(at) == Some(&b' ') && b.get(at + 1).is_some_and(|x| matches!(x, b'+' | b'-')) {
        at += 1;
    }
    let from = end + at;
    let o = &b[at..];
    let (secs, len) = match o.first()? {
        b'Z' if !o.get(1).is_some_and(u8::is_ascii_alphanumeric) => (0, 1),
        &sign @ (b'+' | b'-') => {
            let digit = |i: usize| o.get(i).filter(|x| x.is_ascii_digit()).map(|x| i32::from(x - b'0'));
            let hours = digit(1)? * 10 + digit(2)?;
            // `-04`: ISO 8601 lets an offset give its hours alone.
            let hours_only = !o.get(3).is_some_and(|x| x.is_ascii_digit() || *x == b':');
            let (minutes, len) = if hours_only {
                (0, 3)
            } else if o.get(3) == Some(&b':') {
                (digit(4)? * 10 + digit(5)?, 6)
            } else {
                (digit(3)? * 10 + digit(4)?, 5)
            };
            if hours > 14 || minutes > 59 || o.get(len).is_some_and(u8::is_ascii_alphanumeric) {
                return None;
            }
            let secs = (hours * 60 + minutes) * 60;
            (if sign == b'-' { -secs } else { secs }, len)
        }
        _ => return None,
    };
    Some((if secs == 0 { Zone::Utc } else { Zone::Fixed(secs) }, (from, from + len)))
}

/// True for the name of a field that starts a slot (`start`, `begin`, `start time`, and a
/// bare `date` when an end follows it; Japanese `開始`, `開演` and `開会`, Chinese `开始`,
/// Korean `시작`, each also with its word for time after it).
fn is_start_field(l: &str) -> bool {
    matches!(l, "start" | "starts" | "begin" | "begins" | "beginn" | "debut" | "inicio" | "start time" | "stime" | "from" | "date" | "dtstart")
        || cjk_field(l, &["開始", "開演", "開会", "开始", "시작"])
}

/// True for the name of a field that ends a slot (`end`, `until`, `end time`, `etime`; Japanese
/// `終了`, `終演` and `閉会`, Chinese `结束`, Korean `종료`).
fn is_end_field(l: &str) -> bool {
    matches!(l, "end" | "ends" | "ende" | "fin" | "fim" | "end time" | "etime" | "until" | "to" | "dtend") || cjk_field(l, &["終了", "終演", "閉会", "结束", "종료"])
}

/// True when `l` is one of `words`, alone or with a word for time or a planned `予定` after
/// it (`開始時間`, `终了予定`, `结束时间`, `시작 시간`); only a label that starts with a
/// non-ASCII byte is looked at.
fn cjk_field(l: &str, words: &[&str]) -> bool {
    if l.as_bytes().first().is_none_or(u8::is_ascii) {
        return false;
    }
    words.iter().any(|w| l.strip_prefix(w).is_some_and(|r| matches!(r.trim_start(), "" | "時間" | "時刻" | "时间" | "시간" | "予定" | "時間予定")))
}

/// A start or end field's name with its `date` or `time` word last and as `time`, so the
/// orders people write (`start date`, `date_start`, `time_start`, `startDatetime`) read alike
/// (`start time`).
fn pair_field(l: &str) -> String {
    let when = |w: &str| matches!(w, "time" | "date" | "datetime");
    // What the field belongs to may come first (`event-start-date`, `session_end_time`,
    // `eventStart`).
    let l = ["event ", "session ", "meeting ", "workshop "].iter().find_map(|w| l.strip_prefix(w)).filter(|r| r.contains(' ') || *r != "date" && (is_start_field(r) || is_end_field(r))).unwrap_or(l);
    // Or come after it (`Beginn der Sitzung`, `start of the meeting`, `fin de la séance`).
    let l = [" der sitzung", " der versammlung", " der veranstaltung", " of the meeting", " of meeting", " of the session", " de la reunion", " de la seance", " della riunione", " della seduta"]
        .iter()
        .find_map(|w| l.strip_suffix(w))
        .filter(|r| is_start_field(r) || is_end_field(r) || matches!(*r, "beginning" | "opening" | "close" | "closing"))
        .map(|r| match r {
            "beginning" | "opening" => "start",
            "close" | "closing" => "end",
            r => r,
        })
        .unwrap_or(l);
    match l.split(' ').collect::<Vec<_>>()[..] {
        [a, b] if when(a) && !when(b) => format!("{b} time"),
        [a, b] if when(b) => format!("{a} time"),
        _ => l.to_owned(),
    }
}

/// `Start 09.05.2017 10:00`, `End 09.05.2017 18:00 local time`: a word for the start or the
/// end opening a short line, with no colon, a date or time right after it; folded.
fn bare_label(doc: &Doc<'_>, li: usize) -> Option<String> {
    let body = &doc.text[doc.shapes[li].body..doc.lines[li].end()];
    let (word, rest) = body.split_once(' ')?;
    let w = words::fold(word);
    let first = doc.line_tokens(li).first()?;
    let right_after = doc.shapes[li].body + word.len() + 1 + (rest.len() - rest.trim_start().len()) == first.at.0;
    (matches!(w.as_str(), "start" | "end" | "begin" | "beginn" | "ende" | "debut" | "fin" | "inicio" | "fim") && right_after && body.split_whitespace().nth(7).is_none()).then_some(w)
}

/// The label before a spaced dash opening a line's content (`Start time – 15:00`), folded,
/// when no colon gives one.
fn dash_label(doc: &Doc<'_>, li: usize) -> Option<String> {
    let body = &doc.text[doc.shapes[li].body..doc.lines[li].end()];
    // The label is short: only the line's first bytes are searched.
    let body = &body[..crate::source::floor_char(body, body.len().min(40))];
    let (head, _) = [" – ", " - ", " — "].iter().find_map(|d| body.split_once(d))?;
    let head = head.trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
    (head.chars().count() <= 30 && !head.is_empty() && !head.contains(|c: char| c.is_ascii_digit())).then(|| words::fold(head))
}

/// A zone in brackets after a city's name right after a time (`15:00 (Brussels UTC+1)`).
fn city_zone_after(toks: &[Token], from: usize, text: &str) -> Option<(Zone, (usize, usize))> {
    starting_near(toks, from, 30).find_map(|t| match &t.kind {
        Kind::Zone(Some(z)) => {
            let city = text[from..t.at.0].trim_start().strip_prefix('(')?.trim();
            let one = !city.is_empty() && city.starts_with(char::is_uppercase) && city.chars().all(char::is_alphabetic);
            one.then(|| (z.clone(), t.at))
        }
        _ => None,
    })
}

/// `| Time (Rome) |`, `Zeit (Berlin)`: a column's or a label's word for time with a city or
/// country in brackets right after it, whose zone the times under it are in.
fn column_city(doc: &Doc<'_>, li: usize) -> Option<(Zone, (usize, usize))> {
    let line = doc.lines[li];
    let open = memchr::memchr(b'(', line.text.as_bytes())?;
    let head = line.text[..open].trim_end().trim_start_matches(|c: char| matches!(c, '|' | '#' | '*' | '_' | '-') || c.is_whitespace());
    if !matches!(words::fold(head).as_str(), "time" | "times" | "zeit" | "uhrzeit" | "hora" | "horario" | "heure" | "horaire" | "ora" | "orario" | "tijd") {
        return None;
    }
    let raw = line.text[open + 1..].split(')').next()?;
    let inner = raw.trim();
    let place = inner.strip_suffix(" time").or_else(|| inner.strip_suffix(" Time")).unwrap_or(inner);
    if place.len() > 30 || !place.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-') {
        return None;
    }
    let p = crate::time::zone_of_place(place).filter(|p| p.at == (0, place.len()))?;
    let at = line.start + open + 1 + (raw.len() - raw.trim_start().len());
    Some((p.zone, (at, at + place.len())))
}

/// A zone the text states for all its times (`the timezone is GMT`, `Time in UTC`,
/// `TIME (CEST)`, `All times are CET`), with the line it stands on.
pub(crate) fn zone_statements(doc: &Doc<'_>) -> Vec<(usize, Zone, (usize, usize))> {
    let mut out = Vec::new();
    for li in 0..doc.lines.len() {
        let toks = doc.line_tokens(li);
        if toks.iter().any(|t| matches!(t.kind, Kind::Range(..) | Kind::Point(_) | Kind::Date(_))) {
            continue;
        }
        if !toks.iter().any(|t| matches!(t.kind, Kind::Zone(Some(_)))) {
            out.extend(column_city(doc, li).map(|(z, at)| (li, z, at)));
            continue;
        }
        let lower = doc.lines[li].text.to_lowercase();
        let cue = ["time", "zone", "hora", "heure", "zeit", "horario", "horário", "uhrzeit"].iter().any(|w| lower.contains(w));
        if !cue {
            continue;
        }
        for t in toks {
            if let Kind::Zone(Some(z)) = &t.kind {
                out.push((li, z.clone(), t.at));
                break;
            }
        }
    }
    out
}

/// Every declared length the text offers.
pub(crate) fn declared(doc: &Doc<'_>, known: &Known) -> Vec<DeclCand> {
    let mut out = Vec::new();
    if let Some((d, li)) = &known.declared {
        out.push(DeclCand { minutes: d.value, at: (d.span.start, d.span.end), line: *li, strength: 4.0 });
    }
    // For each token, the longest length from it on (built on first need, once).
    let longest_from: std::cell::OnceCell<Vec<u32>> = std::cell::OnceCell::new();
    let longest_after = |at: usize| {
        let longest = longest_from.get_or_init(|| {
            let mut v = vec![0; doc.tokens.len() + 1];
            for (k, x) in doc.tokens.iter().enumerate().rev() {
                v[k] = v[k + 1].max(if let Kind::Dur(l) = x.kind { l.minutes } else { 0 });
            }
            v
        });
        longest[doc.tokens.partition_point(|x| x.at.0 <= at)]
    };
    // The text's first line with something on it: its title.
    let first_line = doc.lines.iter().position(|l| !l.is_blank());
    let first_range = doc.tokens.iter().position(|x| matches!(x.kind, Kind::Range(..)));
    // Whether one line only opens with `Time:` and a length (once).
    let time_lines: std::cell::OnceCell<bool> = std::cell::OnceCell::new();
    // Whether two lines or more open with a place in a sequence and a length (once).
    let sequence: std::cell::OnceCell<bool> = std::cell::OnceCell::new();
    // How many markdown headings of each level hold a length (built on first need, once).
    let timed_headings: std::cell::OnceCell<[usize; 7]> = std::cell::OnceCell::new();
    // Whether the lines around line `li` end in lengths (a run of `Title – N min` lines),
    // asked once per line however many lengths it holds.
    let mut run_of: Option<(usize, bool)> = None;
    // The length of line `li` that its sentence lays out in parts, asked once per line.
    let mut whole_of: Option<(usize, Option<(usize, usize)>)> = None;
    // A table row's closing pipes and empty cells are no text after the length.
    let ends_timed = |j: usize| {
        let end = doc.lines[j].start + doc.lines[j].text.trim_end_matches(|c: char| c == '|' || c.is_whitespace()).len();
        // Or closes its entry's name in brackets before a dash and its people (`Case studies
        // (25′) – A. Name, …`).
        doc.line_tokens(j).iter().any(|x| matches!(x.kind, Kind::Dur(_)) && (x.at.1 + 2 >= end || super::lists::bracket_then_dash(doc, j, x.at)))
    };
    for t in &doc.tokens {
        let Kind::Dur(d) = t.kind else { continue };
        let exact = d.is_exact() || restated_after(doc, t, d.minutes);
        // `about 90 minutes` (one figure, said to be approximate) may be the total where a
        // label or a sentence says so; a range (`15-20 min`) or a length per unit is not.
        let approx = !exact && d.approx && !d.per_unit && d.least == d.minutes;
        // A day and a night (`a 24-hour hackathon`) only as an adjective before a noun for
        // the whole event; other lengths past 16 hours are no session's.
        let day_long = || {
            let after = &doc.text[t.at.1..doc.lines[t.line].end()];
            d.minutes <= 24 * 60 && glued_to_length(after) && words_after(after).first().is_some_and(|w| whole_event(w))
        };
        if !(exact || approx) || d.minutes < 5 || d.minutes > 16 * 60 && !day_long() {
            continue;
        }
        if known.declared.as_ref().is_some_and(|(d, _)| d.span.start <= t.at.0 && t.at.0 < d.span.end.max(d.span.start + 1)) {
            continue;
        }
        let line = doc.lines[t.line];
        // Labels and sentences are read from a bounded window before the length, so the cost
        // per length stays constant on a line millions of bytes long.
        let from = crate::source::floor_char(doc.text, t.at.0.saturating_sub(WINDOW).max(line.start));
        let before = strip_tags(&doc.text[from..t.at.0]);
        // `at least 60 minutes`, `mindestens 60 Minuten`: a lower bound is no length.
        if lower_bound(&before) {
            continue;
        }
        let after = &doc.text[t.at.1..line.end()];
        if approx {
            // `Duration: about 90 minutes`, `The session lasts around 90 minutes`: only a
            // label or a sentence about the whole makes an approximate length its total.
            let b = before.trim_end().trim_end_matches(['~', '≈']);
            let word = b.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
            let b = if words::is_approx_word(&words::fold(word)) { &b[..b.len() - word.len()] } else { b };
            // In a sentence, only right after a verb of lasting (`lasts around 90 minutes`,
            // `dauert etwa eine Stunde`): `scheduled for about 25 minutes` may be a part's.
            let verb = b.trim_end().rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            // Or after the verb and its subject, where the verb comes first (Swedish, Danish,
            // German, Dutch: `Vanligtvis pågår en gudstjänst ungefär 1,5 timma`, "usually a
            // service lasts about 1.5 hours"): an article at most, then the whole event.
            let inverted = || {
                let w: Vec<String> = b.trim_end().rsplit(|c: char| !c.is_alphabetic()).take(3).map(words::fold).collect();
                let event = |x: &String| whole_event(x) || performance_noun(x);
                w.first().is_some_and(event) && (w.get(1).is_some_and(|v| words::is_lasting_verb(v)) || w.get(2).is_some_and(|v| words::is_lasting_verb(v)) && w.get(1).is_some_and(|a| matches!(a.as_str(), "a" | "an" | "the" | "en" | "ett" | "et" | "ein" | "eine" | "een" | "de" | "het" | "der" | "die" | "das")))
            };
            let lasts = words::is_lasting_verb(&words::fold(verb)) || inverted();
            // German and Dutch put the verb after the length (`wird etwa zwei Stunden dauern`).
            let next = after.trim_start().split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            let lasts = lasts || lasting_after(next);
            if let Some(s) = label_strength(b).or_else(|| prose_strength(&before, after).filter(|_| lasts)) {
                out.push(DeclCand { minutes: d.minutes, at: t.at, line: t.line, strength: s });
            }
            continue;
        }
        // A total labelled after its figure heads what it totals: no length after it is
        // longer (`5 min total` over a subsection, then `40 min - Open issues`, is a part's).
        // Only decoration stands before it: no token does (each holds a letter or digit).
        // Tokens are sorted by start, so the line's first token starts first.
        let first_on_line = doc.line_tokens(t.line).first().is_none_or(|x| x.at.0 >= t.at.0);
        let total = || {
            let lead = if from == line.start { before.clone() } else { strip_tags(&doc.text[line.start..t.at.0]) };
            total_after(&lead, after).filter(|_| longest_after(t.at.0) <= d.minutes)
        };
        // `Time: 2 hours` opening its line, the text's only such line: a training session's
        // or lesson plan's length (one under each activity is that activity's).
        let time_label = || {
            let lone = *time_lines.get_or_init(|| (0..doc.lines.len()).filter(|&j| opens_with_time_label(doc, j)).take(2).count() == 1);
            (lone && opens_with_time_label(doc, t.line)).then_some(2.5)
        };
        if let Some(s) = label_strength(&before).or_else(|| first_on_line.then(total).flatten()).or_else(|| bracketed_total(&before, after)).or_else(|| label_above(doc, t, &before, after)).or_else(time_label).or_else(|| column_label(doc, t)) {
            out.push(DeclCand { minutes: d.minutes, at: t.at, line: t.line, strength: s });
            continue;
        }
        if restates_slot(doc, t.line, t.at.0, d.minutes) || spelled_by_first_range(doc, t.at.1, d.minutes, first_range) {
            out.push(DeclCand { minutes: d.minutes, at: t.at, line: t.line, strength: 2.0 });
            continue;
        }
        // `three 40-minute rounds, with a 10-minute break`: blocks, not the session's length.
        let blocks = || {
            let toks = doc.line_tokens(t.line);
            let next = toks[toks.partition_point(|x| x.at.0 < t.at.1)..].iter().find_map(|x| if let Kind::Dur(n) = x.kind { Some((n, x.at)) } else { None });
            next.is_some_and(|n| super::lists::blocks_with_breaks(doc, (d, t.at), n).is_some())
        };
        // `The first 10 minutes …` / `The next 35 minutes …`: lines opened by their place in a
        // sequence and a length are its parts, and `next` there opens no whole.
        let in_sequence = || {
            super::lists::ordinal_lead(doc, t.line, t.at)
                && *sequence.get_or_init(|| {
                    let mut lines = doc.tokens.iter().filter(|x| matches!(x.kind, Kind::Dur(_)) && super::lists::ordinal_lead(doc, x.line, x.at)).map(|x| x.line);
                    lines.next().is_some_and(|first| lines.any(|l| l != first))
                })
        };
        // `an hour-long webinar`, `a half-hour call`: the length's own number is the article
        // a sentence puts before it, and is read as one.
        let written = &doc.text[t.at.0..t.at.1];
        let article = ["a ", "an "].into_iter().find(|a| written.get(..a.len()).is_some_and(|w| w.eq_ignore_ascii_case(a))).filter(|_| doc.shapes[t.line].marker == super::layout::Marker::None);
        let before_length = match article {
            Some(a) => std::borrow::Cow::Owned(format!("{before} {}", &written[..a.len() - 1])),
            None => std::borrow::Cow::Borrowed(before.as_str()),
        };
        // Czech and Polish write no article: a compound adjective of length (`24hodinový
        // hackathon`, `3-godzinny warsztat`) before a noun for the whole event is its length.
        let slavic = super::tokens::SLAVIC_LENGTH_STEMS.iter().any(|(s, _)| written.to_lowercase().contains(s));
        if slavic && words_after(after).first().is_some_and(|w| whole_event(w)) && !blocks() {
            out.push(DeclCand { minutes: d.minutes, at: t.at, line: t.line, strength: 1.5 });
            continue;
        }
        if let Some(s) = prose_strength(&before_length, after).filter(|_| !blocks() && !in_sequence()).or_else(|| labelled_session_length(doc, t, &before, after)) {
            out.push(DeclCand { minutes: d.minutes, at: t.at, line: t.line, strength: s });
            continue;
        }
        if let Some(s) = length_alone(doc, t, &before, after) {
            out.push(DeclCand { minutes: d.minutes, at: t.at, line: t.line, strength: s });
            continue;
        }
        if let Some(s) = length_from_start(doc, t) {
            out.push(DeclCand { minutes: d.minutes, at: t.at, line: t.line, strength: s });
            continue;
        }
        // The line's only length: one of several (`a workshop (90 minutes), then a panel (60
        // minutes)`) is a part.
        // A numbered or bulleted line is an agenda's entry (`4. Groups as the meeting allows (40
        // minutes)`).
        let alone = || {
            doc.shapes[t.line].marker == super::layout::Marker::None
                && doc.line_tokens(t.line).iter().all(|x| x.at == t.at || !matches!(x.kind, Kind::Dur(n) if (5..=16 * 60).contains(&n.minutes)))
        };
        if let Some(s) = bracketed_after_session(&before, after).filter(|_| alone()) {
            out.push(DeclCand { minutes: d.minutes, at: t.at, line: t.line, strength: s });
            continue;
        }
        // A length the rest of its sentence lays out in parts is the whole's.
        let whole = match whole_of {
            Some((li, w)) if li == t.line => w,
            _ => {
                let w = super::lists::whole_and_parts(doc, t.line).map(|(at, _)| at);
                whole_of = Some((t.line, w));
                w
            }
        };
        if whole == Some(t.at) {
            out.push(DeclCand { minutes: d.minutes, at: t.at, line: t.line, strength: 1.5 });
            continue;
        }
        // `Introductory Sessions - 1 hour, 50 minutes`: a short heading line (no list
        // marker) naming sessions, then their length.
        // A form flattened into a table is a line per row: a row of one cell with text (`|
        // Roundtable (60 minutes) | |||`) reads as that cell alone.
        let one_cell = doc.shapes[t.line].cells.iter().filter(|&&(a, b)| !doc.text[a..b].trim().is_empty()).nth(1).is_none();
        let heading = doc.shapes[t.line].marker == super::layout::Marker::None
            && one_cell
            // Words, not markup (`##`, an emoji, a dash), up to nine.
            && words::real_words(line.text).nth(9).is_none()
            // An entry of an agenda (`1:50pm Panel discussion (55 minutes)`) is no heading.
            && !doc.line_tokens(t.line).iter().any(|x| matches!(x.kind, Kind::Range(..) | Kind::Point(_) | Kind::Offset(..)))
            && after.trim().trim_end_matches(['.', ')', '|', ' ', ':']).is_empty();
        // `Workshop – 90 min`, `Agenda (180 minutes)`: a dash, colon or bracket between.
        let b = before.trim_end().trim_end_matches(['-', '–', '—', ':', '(', '[']).trim_end();
        let noun = b.rsplit(|c: char| !c.is_alphanumeric() && c != '-').next().map(words::fold);
        // Not one of a run of `Title – N min` lines: those are agenda entries.
        let in_run = match run_of {
            Some((li, r)) if li == t.line => r,
            _ => {
                let prev = doc.filled_above(t.line);
                let next = doc.filled_below(t.line);
                let r = prev.is_some_and(ends_timed) || next.is_some_and(ends_timed);
                run_of = Some((t.line, r));
                r
            }
        };
        // A markdown heading or the text's first line is a title: the noun may stand right
        // before its length there (`# Seminario 90 Minuti`), and an agenda's heading gives
        // the whole's length (`## Agenda (180 minutes)`).
        let shape = &doc.shapes[t.line];
        let first = first_line.is_none_or(|f| t.line <= f);
        let title = shape.md_heading > 0 || first;
        // The text's own title is no entry of a run of lengths under it.
        let in_run = in_run && !(first || shape.md_heading == 1);
        let separated = b.len() < before.trim_end().len() || title;
        // A whole is no shorter than a part after it: a title's length under which a longer
        // one stands (`Introducción (10 min)` over `Ronda de experiencias (60 min)`) is an
        // entry's.
        let longest = || longest_after(t.at.1) <= d.minutes;
        // So does a line that is the word for an agenda and its length alone (`AGENDA (120
        // minutes)`), wherever it stands, even over a run of entries' lengths.
        let alone = noun.as_deref().is_some_and(agenda_noun) && words::real_words(b).nth(1).is_none() && d.minutes >= 30;
        if heading && (!in_run || alone) && separated && noun.is_some_and(|w| session_noun(&w) || (title || alone) && agenda_noun(&w)) && longest() {
            out.push(DeclCand { minutes: d.minutes, at: t.at, line: t.line, strength: 1.4 });
            continue;
        }
        // `### Den 1: PROČ (90 min)`: a length in brackets closing a markdown heading, with
        // the agenda right under it, is the length of what the heading opens.
        let bracketed = before.trim_end().ends_with(['(', '[']);
        // The agenda starts within three lines (a table's head and rule may come first).
        // Asked last, of a heading only: blank lines before the agenda are skipped.
        let under = || {
            (t.line + 1..doc.lines.len())
                .filter(|&j| !doc.lines[j].is_blank())
                .take(3)
                .any(|j| doc.line_tokens(j).iter().any(|x| matches!(x.kind, Kind::Range(..) | Kind::Point(_) | Kind::Offset(..))))
        };
        // Not one of several headings of its level with lengths: those are the entries
        // (`### 2. Updates (10 minutes)`, `### 3. Discussion (20 minutes)`).
        let level = usize::from(shape.md_heading.min(6));
        let alone = || timed_headings.get_or_init(|| timed_headings_by_level(doc))[level] == 1;
        if heading && !in_run && bracketed && level > 0 && alone() && under() {
            out.push(DeclCand { minutes: d.minutes, at: t.at, line: t.line, strength: 1.3 });
            continue;
        }
        // `## Standard 50-minute class plan` over `- 0-5 min: Welcome`: a heading's length
        // written as an adjective, the agenda right under it, is what the heading names.
        let adjective = doc.text[t.at.0..t.at.1].contains('-') && glued_to_length(after);
        if adjective && !in_run && level > 0 && words::real_words(line.text).nth(9).is_none() && alone() && under() {
            out.push(DeclCand { minutes: d.minutes, at: t.at, line: t.line, strength: 1.3 });
            continue;
        }
        // `# 90-Minute Workshop on open data`, `# 3-Hour Intro Workshop`: a title opening with
        // the length of the session it names, one word at most between.
        let lead = shape.body.min(t.at.0);
        if title && !in_run && t.at.0 - lead <= 40 && strip_tags(&doc.text[lead..t.at.0]).chars().all(is_deco) {
            let next: Vec<String> = after.split(|c: char| !(c.is_alphanumeric() || c == '-')).filter(|w| !w.is_empty()).take(2).map(words::fold).collect();
            if next.iter().any(|w| session_noun(w)) {
                out.push(DeclCand { minutes: d.minutes, at: t.at, line: t.line, strength: 1.4 });
                continue;
            }
        }
        if let Some(s) = label_in_sentence(&before) {
            out.push(DeclCand { minutes: d.minutes, at: t.at, line: t.line, strength: s });
        }
    }
    out.extend(front_matter_minutes(doc));
    out
}

/// `duration: 120` in the front matter that opens a text (its first line `---`, up to the
/// next; or JSON's `{`, up to `}`): a bare number under a length's key counts minutes there,
/// and nowhere else.
fn front_matter_minutes(doc: &Doc<'_>) -> Option<DeclCand> {
    let close = match doc.lines.first()?.text.trim_end() {
        "---" => "---",
        "{" => "}",
        _ => return None,
    };
    for (li, line) in doc.lines.iter().enumerate().take(60).skip(1) {
        if line.text.trim_end() == close {
            return None;
        }
        let Some((key, value)) = line.text.split_once(':') else { continue };
        let key = key.trim().trim_matches('"');
        let digits = value.trim().trim_end_matches(',').trim_end().trim_matches(['"', '\'']);
        // Minutes as a number, or an ISO 8601 duration (`duration: PT2H`).
        let minutes: u32 = if (1..=3).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) {
            digits.parse().ok()?
        } else if let Some((m, _)) = iso_period(digits).filter(|&(_, n)| n == digits.len()) {
            m
        } else {
            continue;
        };
        if matches!(words::fold(key).as_str(), "duration" | "duracion" | "duracao" | "durata" | "duree" | "dauer") && (5..=16 * 60).contains(&minutes) {
            let colon = line.text.find(':').unwrap_or(0);
            let at = line.start + colon + 1 + value.find(digits).unwrap_or(0);
            return Some(DeclCand { minutes, at: (at, at + digits.len()), line: li, strength: 2.5 });
        }
    }
    None
}

/// `Time: 14:45 - 15:30 (45 min)`: a length in brackets right after the range of a slot
/// line (labelled `Time:`, `When:`, `Date:`) that is the range's own length restates how
/// long the session is.
fn restates_slot(doc: &Doc<'_>, li: usize, at: usize, minutes: u32) -> bool {
    let labelled = || label_of(doc, li).is_some_and(|l| l.split(['/', '&']).any(|p| slot_label(p.trim())) || slot_label(&l));
    // Only a range ending right before the length can be its (its zone may stand between:
    // `9:00 - 10:00 PDT (60 minutes)`); ranges are short, so those starting a window or
    // more before it are not looked at.
    let toks = doc.line_tokens(li);
    let before = &toks[..toks.partition_point(|t| t.at.0 < at)];
    let mut near = before.iter().enumerate().rev().take_while(|(_, t)| t.at.0 + WINDOW >= at);
    near.any(|(k, t)| {
            let Kind::Range(a, b) = &t.kind else { return false };
            let zones = &before[k + 1..];
            let from = if zones.iter().all(|z| matches!(z.kind, Kind::Zone(_))) { zones.last().map_or(t.at.1, |z| z.at.1) } else { t.at.1 };
            bracket_between(doc.text.get(from..at).unwrap_or("x")) && range_minutes(a, b) == Some(minutes)
        })
        && labelled()
}

/// `about 2 1/2 hours, from 6pm to 8:30pm`: a length a range of the same minutes
/// restates right after it in its sentence (a comma, `from` or a bracket between), which
/// makes an approximate length exact.
fn restated_after(doc: &Doc<'_>, t: &Token, minutes: u32) -> bool {
    let toks = doc.line_tokens(t.line);
    let k = toks.partition_point(|x| x.at.0 < t.at.1);
    toks[k..].iter().find(|x| !matches!(x.kind, Kind::Zone(_))).is_some_and(|x| {
        let Kind::Range(a, b) = &x.kind else { return false };
        let between = doc.text.get(t.at.1..x.at.0).unwrap_or("x");
        let words: Vec<String> = between.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(words::fold).collect();
        between.len() <= 16
            && !between.contains(['.', ';'])
            && words.iter().all(|w| matches!(w.as_str(), "from" | "de" | "von" | "da" | "dalle" | "desde" | "between"))
            && range_minutes(a, b) == Some(minutes)
    })
}

/// True when only an opening bracket (and spaces) stands between a range and a length:
/// the one restates the other (`14:45 - 15:30 (45 min)`, `6 hours (10:00 - 16:00)`).
fn bracket_between(between: &str) -> bool {
    // Emphasis closing the range may stand first (`**7.00 - 9.00 PM** (2 hours)`).
    let between = between.trim_start_matches(['*', '_']);
    between.trim_end().ends_with(['(', '[']) && between.trim_matches(|c: char| c.is_whitespace() || matches!(c, '(' | '[')).is_empty()
}

/// The minutes a range of times of day spans, read as a slot's are.
fn range_minutes(a: &Time, b: &Time) -> Option<u32> {
    minutes_of(a, None).and_then(|s| minutes_of(b, Some(s)).map(|e| e.saturating_sub(s)))
}

/// `Hackathon — 6 hours (10:00 - 16:00)`: a length whose own range follows it in brackets,
/// that range the text's first: the whole day's length and times, ahead of any agenda (an
/// entry's `Lunch: 1 hour (12:00 - 13:00)` follows other ranges).
/// `first_range` is the index of the text's first range among its tokens.
fn spelled_by_first_range(doc: &Doc<'_>, end: usize, minutes: u32, first_range: Option<usize>) -> bool {
    let k = doc.tokens.partition_point(|x| x.at.0 < end);
    let Some(Token { kind: Kind::Range(a, b), at, .. }) = doc.tokens.get(k).filter(|_| first_range == Some(k)) else { return false };
    bracket_between(doc.text.get(end..at.0).unwrap_or("x")) && range_minutes(a, b) == Some(minutes)
}

/// `Duration:`, `**Length**:`, `Total:`, `Duração:`, `Duration (minutes):`, `Duration`
/// right before a length: 2.5 with a colon, 2.0 without.
fn label_strength(before: &str) -> Option<f32> {
    // A value in quotes (`duracion: "60 min"`, front matter) is read like a bare one.
    // So is one in backticks (`Duración: \`180min\``, Markdown's code).
    let deco = |c: char| c.is_whitespace() || matches!(c, '*' | '_' | '"' | '\'' | '`');
    let b = before.trim_end_matches(deco);
    // A bound between the label and the length (`Duração total: até 40 minutos`, `Duration:
    // up to 90 minutes`) leaves it the session's length.
    let b = strip_bound(b).trim_end_matches(deco);
    // `| Duration | 90 min |`: a table's label cell is a label as one with a colon is.
    let cell = b.strip_suffix('|').map(|x| x.trim_end_matches(deco)).filter(|x| x.ends_with(char::is_alphabetic) && x.contains('|'));
    let b = cell.unwrap_or(b);
    let colon = cell.is_some() || b.ends_with([':', '：']);
    // `所要時間は3時間30分です`, `时长为2小时`: a topic particle after a Chinese or Japanese
    // word for time stands for the colon.
    let particle = ["は", "为", "為", "是"].iter().find_map(|p| b.strip_suffix(p)).filter(|x| !colon && ["時間", "时间", "时长", "時長"].iter().any(|w| x.ends_with(w)));
    let (b, colon) = match particle {
        Some(x) => (x, true),
        None => (b, colon),
    };
    // `Scheduled time for meeting - 120 mins`: a spaced dash after a label stands for a colon.
    let b = b.strip_suffix(['-', '–', '—']).filter(|x| x.ends_with(' ')).unwrap_or(b);
    // A key in quotes (`"duration": "120m"`, JSON) is a label as a bare one is.
    let b = b.trim_end_matches([':', '：', ' ', '*', '_']);
    let b = if colon { b.strip_suffix('"').and_then(|x| x.rsplit_once('"')).filter(|(_, k)| !k.contains(' ')).map_or(b, |(o, k)| &b[..o.len() + 1 + k.len()]) } else { b };
    let b = b.strip_suffix("(minutes)").or_else(|| b.strip_suffix("(min)")).map_or(b, str::trim_end);
    // The word the label ends with: the letters at the end of `s`.
    let last_word = |s: &str| s.len() - s.trim_end_matches(char::is_alphabetic).len();
    let mut w = &b[b.len() - last_word(b)..];
    let mut prev = &b[..b.len() - w.len()];
    let mut fw = words::fold(w);
    // `Durée estimée :`, `Duración aproximada:`, `Durée totale :`: an adjective after the
    // word for length (French, Spanish, Italian, Portuguese); the label starts at that word.
    if length_adjective(&fw) {
        let head = prev.trim_end_matches(' ');
        let word = &head[head.len() - last_word(head)..];
        if head.len() < prev.len() && words::is_length_label(&words::fold(word)) {
            prev = &head[..head.len() - word.len()];
            w = &b[prev.len()..];
            fw = words::fold(word);
        }
    }
    // Bytes as written, in lower case (only when a label word asks for what stands before it).
    let asks = matches!(fw.as_str(), "time" | "session" | "meeting" | "call" | "workshop" | "webinar" | "event");
    let lower = if asks { prev.to_ascii_lowercase() } else { String::new() };
    // `Scheduled time for meeting`, `Time for the session`: the time of the whole meeting.
    // The label then starts at `time`, or at the word before it (`scheduled`, `allotted`).
    let time_for = asks && fw != "time" && ["time for", "time for the"].iter().any(|p| lower.trim_end().ends_with(p));
    if time_for {
        let t = lower.trim_end().rfind("time for").unwrap_or(0);
        let lead = prev[..t].trim_end();
        let adj = lead.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        prev = match words::fold(adj).as_str() {
            "scheduled" | "allotted" | "allocated" | "planned" | "total" | "expected" => &lead[..lead.len() - adj.len()],
            _ => &prev[..t],
        };
    }
    // `Session duration`, `Total time`, `Duration of the session`.
    // `講演時間`, `所要時間`, `时长`, `소요 시간`: a word for time or length closing a label in
    // Chinese, Japanese or Korean (a length after it is the whole's).
    let cjk = colon && ["時間", "时间", "时长", "時長", "시간"].iter().any(|x| fw.ends_with(x));
    // `Durée de la réunion :`: the label starts at its word for length.
    let whole_of = if time_for { None } else { of_the_whole(prev, &fw) };
    if let Some(k) = whole_of {
        prev = &prev[..k];
    }
    // `Prüfungsdauer:`, `Sessieduur:`: a German or Dutch compound closing on its word for
    // length, as a label.
    let compound = colon && fw.len() > 6 && (fw.ends_with("dauer") || fw.ends_with("duur"));
    let label = words::is_length_label(&fw)
        || cjk
        || compound
        || matches!(fw.as_str(), "time") && ["total", "running", "estimated", "expected", "allotted", "planned"].iter().any(|p| lower.trim_end().ends_with(p))
        || matches!(fw.as_str(), "session") && lower.trim_end().ends_with("duration of the")
        || whole_of.is_some()
        || time_for;
    if !label {
        return None;
    }
    // The label opens its line, a sentence, a cell or a bracket (Polish `Czas trwania`: "time of lasting",
    // Vietnamese `Thời lượng`: "time amount").
    let w = if time_for || whole_of.is_some() { b[prev.len()..].trim_start() } else { w };
    let p = prev.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
    let p = if colon { p.strip_suffix('"').map_or(p, str::trim_end) } else { p };
    let opens = p.is_empty()
        || colon && p.ends_with('{')
        || p.ends_with(['.', '|', '(', '[', ';', '•', '-', '>', ',', ':'])
        || p.split_whitespace().last().is_some_and(|w| matches!(words::fold(w).as_str(), "session" | "meeting" | "workshop" | "total" | "running" | "estimated" | "expected" | "allotted" | "planned" | "format" | "minutes" | "target" | "the" | "czas" | "hall" | "thời"))
        // `Webinar duration:`, `Town Hall duration:`: a noun for the whole event names it.
        || colon && p.split_whitespace().last().is_some_and(|w| whole_event(&words::fold(w)))
        || p.split_whitespace().count() >= 1 && w.chars().next().is_some_and(char::is_uppercase)
        // `Duração total:`, `Durée totale :`: a length's label before `total`.
        || p.split_whitespace().last().is_some_and(|x| words::is_length_label(&words::fold(x.trim_matches(|c: char| !c.is_alphanumeric()))))
        // Turkish `Eğitim süresi:` ("the training's length"), a label by its colon: the
        // possessive names what it is of (in a sentence, `sunum süresi 20 dakika`, it is
        // each talk's).
        || fw == "suresi" && colon
        // `소요 시간:` ("time required"): Korean spaces the words of one label.
        || cjk
        || compound;
    opens.then_some(if colon { 2.5 } else { 2.0 })
}

/// Whether line `j` opens with `Time:` and its first token is a length right after it
/// (`Time: 2 hours`, `**Time:** 90 minutes`, `| Time: | 45 minutes |`).
fn opens_with_time_label(doc: &Doc<'_>, j: usize) -> bool {
    let Some(first) = doc.line_tokens(j).first().filter(|x| matches!(x.kind, Kind::Dur(_))) else { return false };
    // A table's label cell stands for the label (`| Time: | 45 minutes |`).
    let lead = doc.text[doc.shapes[j].body..first.at.0].trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | '|'));
    lead.len() == 5 && lead.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("time")) && lead.ends_with(':')
}

/// `estimée`, `aproximada`, `prevista`, `totale` (folded): an adjective that follows a word
/// for length in a Romance-language label.
fn length_adjective(fw: &str) -> bool {
    matches!(
        fw,
        "estimee" | "estimada" | "estimado" | "estimata" | "stimata" | "prevue" | "prevista" | "previsto" | "approximative" | "aproximada" | "aproximado" | "approssimativa" | "indicative" | "indicativa" | "totale"
    )
}

/// `Durée de la réunion`, `Dauer der Sitzung`, `Length of the workshop`: a length's label,
/// then `of` and an article, then the whole event it is the length of (`fw`, folded).
/// Returns where the label's word for length starts in `prev`, the text before `fw`.
fn of_the_whole(prev: &str, fw: &str) -> Option<usize> {
    // A performance is a whole event too (`Duración aproximada do concerto:`).
    // So is an examination (`Duration of the examination:`, a thesis defence's page).
    let exam = matches!(fw, "examination" | "exam" | "defence" | "defense" | "disputation" | "viva" | "soutenance" | "verteidigung" | "prufung" | "examen");
    if !whole_event(fw) && !performance_noun(fw) && !exam && !matches!(fw, "reunion" | "veranstaltung" | "evenement" | "evento" | "encontro") {
        return None;
    }
    let glue = |w: &str| matches!(w, "of" | "the" | "de" | "la" | "le" | "du" | "l" | "der" | "des" | "del" | "della" | "dello" | "do" | "da" | "van" | "het");
    let mut end = prev.len();
    let mut adjective = false;
    for n in 0..5 {
        let head = prev[..end].trim_end_matches(|c: char| !c.is_alphabetic());
        let start = head.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| i + head[i..].chars().next().map_or(1, char::len_utf8));
        let w = words::fold(&head[start..]);
        if w.is_empty() {
            return None;
        }
        // `Duración aproximada do concerto`: an adjective after the word for length.
        if n >= 1 && !adjective && length_adjective(&w) {
            adjective = true;
        } else if !glue(&w) {
            return (n >= 1 && words::is_length_label(&w)).then_some(start);
        }
        end = start;
    }
    None
}

/// `| Title | Length | Tags |` over a rule and one row (`| Lesson plan | 90 minutes | … |`):
/// a length in the cell under a column headed by a word for length, in a table of one row
/// (a page's facts; in a table of many rows the column holds the entries' lengths). 2.0.
fn column_label(doc: &Doc<'_>, t: &Token) -> Option<f32> {
    let li = t.line;
    let cells = &doc.shapes[li].cells;
    let k = cells.iter().position(|&(a, b)| a <= t.at.0 && t.at.1 <= b)?;
    let rule = doc.filled_above(li)?;
    let head = doc.filled_above(rule)?;
    // A row of empty cells (`| | | |`) spacing the rows is a row too.
    let one_row = doc.filled_below(li).is_none_or(|j| j > li + 1 || doc.shapes[j].cells.is_empty() && !doc.lines[j].text.trim_start().starts_with('|'));
    let heads = &doc.shapes[head].cells;
    if !doc.shapes[rule].rule || heads.len() != cells.len() || !one_row {
        return None;
    }
    let (a, b) = heads[k];
    let label = doc.text[a..b].trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | ':'));
    words::is_length_label(&words::fold(label)).then_some(2.0)
}

/// `_2 Hours_` on a line of its own, no list's entry and no heading, with no such line
/// beside it: the length of what the text is about, written under its title or slot. 1.4.
fn length_alone(doc: &Doc<'_>, t: &Token, before: &str, after: &str) -> Option<f32> {
    let alone = |x: &str| x.chars().all(|c| is_deco(c) || c == '.');
    let shape = &doc.shapes[t.line];
    if !alone(before) || !alone(after) || shape.marker != super::layout::Marker::None || shape.md_heading > 0 || !shape.cells.is_empty() {
        return None;
    }
    // A line that is a length and nothing else.
    let bare = |j: usize| {
        let toks = doc.line_tokens(j);
        let l = doc.lines[j];
        matches!(toks, [x] if matches!(x.kind, Kind::Dur(_)) && alone(&doc.text[l.start..x.at.0]) && alone(&doc.text[x.at.1..l.end()]))
    };
    let above = doc.filled_above(t.line);
    let below = doc.filled_below(t.line);
    if above.is_none_or(bare) || below.is_some_and(bare) {
        return None;
    }
    // Under the text's title or its slot: a markdown heading, or a dated line (an entry's
    // title or range above it makes it the entry's length). The line holds no time that
    // is also a length (`09h30`).
    let up = above?;
    // A heading naming a length (`## Talk length`) says whose it is: see [`label_above`].
    let labelled = || doc.lines[up].text.split(|c: char| !c.is_alphabetic()).any(|w| words::is_length_label(&words::fold(w)));
    let titled = doc.shapes[up].md_heading > 0 && !labelled() || doc.line_tokens(up).iter().any(|x| matches!(x.kind, Kind::Date(_)));
    (titled && bare(t.line)).then_some(1.4)
}

/// `## Length` or `Duration:` alone on its line, then the length alone on the next line
/// that is not blank: the label of a form's field or a proposal's section. 2.0.
fn label_above(doc: &Doc<'_>, t: &Token, before: &str, after: &str) -> Option<f32> {
    let alone = |x: &str| x.chars().all(|c| is_deco(c) || matches!(c, ':' | '.' | '|'));
    if !alone(before) || !alone(after) {
        return None;
    }
    let up = (0..t.line).rev().take(3).find(|&j| !doc.lines[j].is_blank())?;
    if !doc.line_tokens(up).is_empty() {
        return None;
    }
    let label = doc.lines[up].text.trim().trim_matches(|c: char| matches!(c, '#' | '*' | '_' | ':' | '|' | '：') || c.is_whitespace());
    // One word, or a length's word after a whole session's (`Session length`, `Workshop
    // duration`); a talk's or a part's length is no session's.
    let ws: Vec<String> = label.split_whitespace().map(words::fold).collect();
    let named = |w: &String| session_noun(w) || matches!(w.as_str(), "total" | "estimated" | "expected" | "planned");
    let fits = match ws.as_slice() {
        [one] => words::is_length_label(one),
        [first @ .., last] => ws.len() <= 3 && words::is_length_label(last) && first.iter().all(named),
        [] => false,
    };
    (label.len() <= 40 && fits).then_some(2.0)
}

/// How many markdown headings of each level (1–6; 0 counts none) hold a length. One pass.
fn timed_headings_by_level(doc: &Doc<'_>) -> [usize; 7] {
    let mut n = [0; 7];
    for (li, shape) in doc.shapes.iter().enumerate() {
        if shape.md_heading > 0 && doc.line_tokens(li).iter().any(|x| matches!(x.kind, Kind::Dur(_))) {
            n[usize::from(shape.md_heading.min(6))] += 1;
        }
    }
    n
}

/// `text` without a word for "up to" or "at most" at its end (`até`, `hasta`, `bis zu`,
/// `jusqu'à`, `fino a`, `max.`), when one stands there as a word of its own.
pub(super) fn strip_bound(text: &str) -> &str {
    const BOUNDS: &[&str] = &["up to", "at most", "max.", "max", "maximum", "até", "hasta", "bis zu", "maximal", "jusqu'à", "jusqu’à", "fino a", "massimo"];
    for w in BOUNDS {
        let n = w.len();
        if text.len() >= n && text.is_char_boundary(text.len() - n) && text[text.len() - n..].eq_ignore_ascii_case(w) {
            let rest = &text[..text.len() - n];
            if rest.is_empty() || rest.ends_with(|c: char| !c.is_alphanumeric()) {
                return rest;
            }
        }
    }
    text
}

/// True when `before` ends with words for "at least" (`at least`, `mindestens`, `au moins`,
/// `minst`, `co najmniej`, ...): the length after it is a lower bound.
fn lower_bound(before: &str) -> bool {
    const BOUNDS: &[&str] = &[
        "at least", "no less than", "not less than", "minimum", "minimal", "mindestens", "au moins", "al menos", "por lo menos", "pelo menos", "almeno", "ten minste",
        "minstens", "minst", "mindst", "co najmniej", "nejméně", "alespoň", "vähintään",
    ];
    let b = before.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_' | ':'));
    BOUNDS.iter().any(|w| {
        let n = w.len();
        b.len() >= n
            && b.is_char_boundary(b.len() - n)
            && b[b.len() - n..].eq_ignore_ascii_case(w)
            && b[..b.len() - n].chars().next_back().is_none_or(|c| !c.is_alphanumeric())
    })
}

/// `45 minutes total --`, `90 Minuten insgesamt:`: a length opening its line with a word for
/// "in all" after it and nothing more is the session's total, labelled after the figure (2.0).
fn total_after(before: &str, after: &str) -> Option<f32> {
    if !before.chars().all(is_deco) {
        return None;
    }
    // `2 hours total: a few minutes for introductions, …`: what the total is spent on may
    // follow its colon.
    let after = after.split_once(':').filter(|(head, _)| head.len() <= 12).map_or(after, |(head, _)| head);
    let rest = after.trim_end_matches(|c: char| is_deco(c) || matches!(c, ':' | '.' | ',' | ';'));
    let w = words::fold(rest.trim());
    matches!(w.as_str(), "total" | "in total" | "in all" | "altogether" | "overall" | "insgesamt" | "au total" | "en total" | "in totale" | "no total" | "totaal" | "i alt" | "totalt")
        .then_some(2.0)
}

/// `Agenda (60 min total)`, `Workshop (3 hours in total):`: a length in brackets with a word
/// for "in all" after it, closing a line that names the agenda or the session (2.0).
fn bracketed_total(before: &str, after: &str) -> Option<f32> {
    let b = before.trim_end().strip_suffix('(')?.trim_end_matches(|c: char| c.is_whitespace() || is_deco(c));
    let noun = words::fold(b.rsplit(|c: char| !c.is_alphanumeric()).next()?);
    let close = after.bytes().take(40).position(|c| c == b')')?;
    let (inside, rest) = (&after[..close], &after[close + 1..]);
    // Only decoration, a few bytes at most, closes the line after it.
    if !(agenda_noun(&noun) || session_noun(&noun)) || after.len() - close > 16 || !rest.trim().trim_end_matches([':', '.']).chars().all(is_deco) {
        return None;
    }
    total_after("", inside)
}

/// Nouns for a whole session, after a length (`60 minutes sessions`, `a 90-minute panel`).
pub(crate) fn session_noun(folded: &str) -> bool {
    matches!(
        folded,
        "session" | "sessions" | "panel" | "panels" | "workshop" | "workshops" | "meeting" | "meetings" | "webinar" | "webinars" | "event" | "events" | "seminar" | "seminars" | "discussion"
            | "roundtable" | "roundtables" | "round-table" | "slot" | "slots" | "call" | "forum" | "format" | "programme" | "program" | "sessao" | "sesion"
            | "atelier" | "sitzung" | "tutorial" | "debate" | "town-hall" | "dialogue" | "hackathon" | "bijeenkomst"
            | "bijeenkomsten" | "vergadering" | "vergaderingen" | "sessie" | "sessies" | "lesson" | "lessons" | "class"
            | "classes" | "seminario" | "seminarios" | "seminaire" | "course" | "courses" | "curso" | "cursos" | "corso" | "cours"
            | "kurs" | "taller" | "talleres" | "warsztat" | "warsztaty" | "szkolenie" | "training" | "schulung" | "lezione" | "clase"
            | "seance" | "seances" | "teleconference" | "teleconferences" | "videoconference"
            // A guided tour, a visit or an excursion is an event of its own.
            | "tour" | "tours" | "fuhrung" | "fuhrungen" | "rundgang" | "besichtigung" | "visite" | "visita" | "excursion" | "exkursion"
            // So is a lecture, and a German `Veranstaltung` (an event).
            | "lecture" | "lectures" | "vortrag" | "lezing" | "veranstaltung"
            // Indonesian: an event, an activity, a training, a workshop.
            | "acara" | "kegiatan" | "pelatihan" | "lokakarya"
            // Danish, Norwegian and Swedish, with the article they end in (`kurset`, `mødet`).
            | "kurset" | "kursen" | "modet" | "motet" | "seminaret" | "seminariet" | "seminarium" | "workshoppen" | "foredraget"
            | "forelasningen" | "forelesningen" | "arrangementet" | "evenemanget"
            // Finnish: a workshop, a course, a webinar, an event (and their genitives).
            | "tyopaja" | "tyopajan" | "kurssi" | "kurssin" | "webinaari" | "webinaarin" | "tilaisuus" | "tilaisuuden" | "koulutus" | "koulutuksen"
            // Russian and Ukrainian: a meeting, a seminar, a webinar, an event, a meetup, a class.
            | "встреча" | "семинар" | "вебинар" | "мероприятие" | "митап" | "воркшоп" | "лекция" | "занятие" | "тренинг"
            | "зустріч" | "семінар" | "вебінар" | "захід" | "лекція" | "заняття"
            // A meeting and a call in the Romance languages and German.
            | "reunion" | "reuniao" | "riunione" | "llamada" | "chamada" | "chiamata" | "besprechung" | "treffen"
    )
}

/// A noun for a whole event (`workshop`, `webinar`), not for what may be one part of one
/// (`discussion`, `debate`, `slot`, `format`, `call`).
fn whole_event(folded: &str) -> bool {
    session_noun(folded) && !matches!(folded, "discussion" | "debate" | "dialogue" | "slot" | "slots" | "format" | "call")
}

/// Nouns for a performance, a whole event of its own (`concerto`, `spectacle`, `a peça`).
fn performance_noun(folded: &str) -> bool {
    matches!(
        folded,
        "concert" | "concerto" | "concierto" | "konzert" | "koncert" | "spectacle" | "espectaculo" | "espetaculo" | "show" | "performance" | "recital" | "peca" | "piece" | "obra" | "funcion"
            // A service of worship: Swedish, Danish and Norwegian (with their article), German, Dutch.
            | "gudstjanst" | "gudstjansten" | "gudstjeneste" | "gudstjenesten" | "gottesdienst" | "eredienst" | "worship"
    )
}

/// Words for a session's plan, whose length in a heading is the session's (`## Agenda (180
/// minutes)`).
fn agenda_noun(folded: &str) -> bool {
    matches!(folded, "agenda" | "schedule" | "timetable" | "programa" | "programma" | "programm" | "ablauf" | "tagesordnung" | "harmonogram" | "ordem" | "orden" | "run-of-show")
        // `Class Structure (55 minutes)`, `Session outline (90 min)`: a word for the plan of it.
        || matches!(folded, "structure" | "outline" | "plan" | "breakdown" | "timeline" | "itinerary")
}

/// Prose about the session's length: 1.5 for `60 minutes sessions`, `a 90-minute panel`,
/// `the next 1 1/2 hours`; 1.2 for `the session will last 60 minutes`.
fn prose_strength(before: &str, after: &str) -> Option<f32> {
    // Emphasis around the length (`a **60 minute** meeting`) stands for nothing.
    let before = before.trim_end_matches(['*', '_']);
    let after = after.strip_prefix("**").or_else(|| after.strip_prefix("__")).or_else(|| after.strip_prefix(['*', '_'])).unwrap_or(after);
    // An adverb of frequency before the length (`Meetings are typically 1 hour`) is skipped,
    // as is an adjective after its article (`one continuous 3-hour training`).
    let prev: Vec<String> = before
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .rev()
        .map(words::fold)
        .skip_while(|w| matches!(w.as_str(), "typically" | "usually" | "normally" | "generally" | "always" | "often" | "continuous" | "full" | "whole" | "intensive" | "interactive" | "hands-on") || words::is_approx_word(w))
        .take(8)
        .collect();
    // `a 90-minute panel`, `are 60 minutes sessions`: a noun for the whole session right
    // after the length, and a determiner or verb right before it (not a list separator, as
    // in `10 min welcome; 40 min panel`).
    let glued = glued_to_length(after);
    // `Panel discussion (50-minute session)`: a bracket opening before it stands for one.
    let determiner = before.trim_end().ends_with('(') && before.trim_end().len() > 1
        || before.trim_end().ends_with(|c: char| c.is_alphabetic())
        && prev.first().is_some_and(|w| {
            matches!(w.as_str(), "a" | "an" | "the" | "this" | "our" | "each" | "every" | "one" | "single" | "are" | "is" | "be" | "of" | "in" | "for" | "all" | "two" | "three" | "these" | "those" | "its" | "their")
                // German articles before an adjective of length (`eine 90-minütige Sitzung`).
                || matches!(w.as_str(), "ein" | "eine" | "einen" | "einem" | "einer" | "der" | "die" | "das" | "den" | "dem" | "unser" | "unsere" | "unseren" | "diese" | "dieser" | "dieses")
        });
    let three = words_after(after);
    let next = &three[..three.len().min(2)];
    let noun = names_a_session(after, &three);
    // `..., followed by a 20 minute Q&A`, `then a 30-minute panel`: a later part of
    // a sequence, not the whole.
    let sequel = prev.get(1).is_some_and(|w| w == "then") || prev.get(1).is_some_and(|w| w == "by") && prev.get(2).is_some_and(|w| w == "followed");
    if glued && determiner && noun && !sequel {
        return Some(1.5);
    }
    // `the next 1 1/2 hours`, in a sentence; not an entry set off from its title (`Next 40
    // minutes: groups`).
    if prev.first().is_some_and(|w| w == "next") && !after.trim_start().starts_with([':', '-', '–', '—']) {
        return Some(1.5);
    }
    // `Over the course of two hours, the group ...`: the span of what the text is about.
    if prev.len() >= 4 && prev[..4] == ["of", "course", "the", "over"] && !next.first().is_some_and(|w| w == "each" || w == "every") {
        return Some(1.3);
    }
    // `We have 75 minutes for the tutorial`: the length given to a whole session named
    // right after it, in a sentence (an entry opened by its length, `20 minutes for the
    // panel`, is a part).
    if !prev.is_empty() && next.first().is_some_and(|w| w == "for") {
        let det = three.get(1).is_some_and(|w| matches!(w.as_str(), "the" | "this" | "our" | "your" | "a" | "my" | "their"));
        if det && three.get(2).is_some_and(|w| whole_event(w)) {
            return Some(1.3);
        }
    }
    // `un atelier de 3h`, `un atelier pratique de 2h`, `un workshop di 3 ore`: a noun for
    // a whole event a few words after a determiner, at most two words after it, then `de`
    // (`of`) and the length (a discussion or a slot of some minutes is usually one part).
    // English `of` before a length is read as per item (`talks of 10 minutes`) by the tokens.
    if prev.first().is_some_and(|w| matches!(w.as_str(), "of" | "de" | "di" | "da" | "van" | "von")) {
        if let Some(k) = prev.iter().skip(1).take(3).position(|w| whole_event(w)) {
            let det = prev.iter().skip(k + 2).take(3).any(|w| {
                matches!(w.as_str(), "a" | "an" | "the" | "this" | "our" | "un" | "une" | "ce" | "cet" | "cette" | "le" | "l" | "notre" | "um" | "uma" | "o" | "el" | "una" | "uno" | "il" | "lo" | "la" | "ein" | "eine" | "een")
            });
            // `Atelier de 2 heures`, `Workshop/conférence de 2 heures` opening a line that is
            // no list's entry: the noun (or two joined by `/`) names what the text is.
            let opens = before.trim_start().starts_with(char::is_alphabetic) && prev.len() <= k + 3 && prev.iter().skip(k + 2).all(|w| whole_event(w));
            if det || opens {
                return Some(1.3);
            }
        }
    }
    // `Paper sessions are 90 minutes.`, `The workshop will be 3 hours.`, `Each workshop will
    // have 4 hours.`: a whole session the subject, a verb for being or having, the length
    // ending the sentence.
    let whole = |w: &String| {
        matches!(
            w.as_str(),
            "session" | "sessions" | "workshop" | "workshops" | "panel" | "panels" | "meeting" | "meetings" | "webinar" | "webinars"
                | "seminar" | "seminars" | "roundtable" | "roundtables" | "tutorial" | "tutorials"
        )
    };
    let copula = prev.first().is_some_and(|w| matches!(w.as_str(), "is" | "are" | "be" | "has" | "have"));
    let sentence_ends = after.trim_start().is_empty() || after.trim_start().starts_with(['.', ',', ';', ')']);
    if copula && sentence_ends && prev.iter().skip(1).take(3).any(whole) {
        return Some(1.3);
    }
    // `Every ceremony is 80 minutes in length`: a ceremony the subject of a sentence that
    // gives its length (an opening or closing ceremony is a part of a day).
    let ceremony = prev.iter().take(4).position(|w| matches!(w.as_str(), "ceremony" | "ceremonies" | "ceremonie" | "ceremonia" | "cerimonia" | "zeremonie"))
        .is_some_and(|k| !prev.get(k + 1).is_some_and(|w| matches!(w.as_str(), "opening" | "closing" | "award" | "awards" | "prize" | "welcome" | "flag")));
    let lasts = prev.iter().take(3).any(|w| words::is_lasting_verb(w) || matches!(w.as_str(), "runs" | "run" | "ran" | "scheduled" | "duration" | "berlangsung"));
    let about_session = prev.iter().any(|w| session_noun(w) || performance_noun(w));
    // `The circle meets every other Thursday for two hours`: how long a meeting is held.
    if prev.first().is_some_and(|w| w == "for") && prev.iter().skip(1).take(5).any(|w| matches!(w.as_str(), "meets" | "meet" | "convenes" | "gathers")) {
        return Some(1.2);
    }
    // `L'atelier se déroule sur 3 heures`, `sur une base de 3 heures`, `el taller se
    // desarrolla en 2 horas`, `si svolge in 3 ore`: a verb for taking place, then `over`/`in`
    // (and `a base of`, `a total of`) before the length, the session named before it.
    let over = prev.first().is_some_and(|w| matches!(w.as_str(), "sur" | "en" | "in" | "de" | "di"))
        && prev.iter().take(5).any(|w| matches!(w.as_str(), "deroule" | "deroulera" | "desarrolla" | "desarrollara" | "svolge" | "svolgera" | "realiza" | "realizara"));
    if over && about_session {
        return Some(1.2);
    }
    // `la sesión tendrá dos horas de duración`, `two hours in length`: the word for length
    // after it, the session named before it.
    let labelled_after = next.len() == 2 && matches!(next[0].as_str(), "de" | "di" | "of" | "in" | "da" | "do") && words::is_length_label(&next[1]);
    if labelled_after && ceremony && copula {
        return Some(1.2);
    }
    // `Das Programm wird etwa zwei Stunden dauern`, `de bijeenkomst zal twee uur duren`:
    // German and Dutch put the verb for lasting after the length.
    let lasts_after = next.first().is_some_and(|w| lasting_after(w)) && prev.iter().any(|w| agenda_noun(w));
    // `Die Sitzung unter dem Vorsitz von … findet ab 9 Uhr im Saal … statt und dauert drei Stunden`: a
    // verb of lasting right before the length, the session the subject of its sentence
    // however far back (the words since the sentence began, forty at most).
    // The length's own article (`will last an hour`) stands between the verb and it.
    let verb = if prev.first().is_some_and(|w| matches!(w.as_str(), "a" | "an")) { prev.get(1) } else { prev.first() };
    let subject = || {
        verb.is_some_and(|w| words::is_lasting_verb(w))
            && before[[". ", "! ", "? "].iter().filter_map(|m| before.rfind(m)).max().map_or(0, |e| e + 2)..].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).rev().take(40).any(|w| session_noun(&words::fold(w)))
    };
    let about_session = about_session || subject();
    if (lasts || labelled_after) && about_session || lasts_after && !sequel || next.first().is_some_and(|w| matches!(w.as_str(), "dauern" | "duren")) && about_session {
        return Some(1.2);
    }
    // `the sessions will be ninety minutes long`, `6 hours of programming`.
    let long = next.first().is_some_and(|w| matches!(w.as_str(), "long" | "lang" | "de" | "of") && glued)
        && (next.first().is_some_and(|w| w == "long" || w == "lang") && about_session
            || next.get(1).is_some_and(|w| matches!(w.as_str(), "programming" | "programme" | "program" | "sessions" | "content" | "discussion" | "discussions" | "talks" | "presentations" | "activities" | "workshop" | "workshops" | "meetings")));
    long.then_some(1.3)
}

/// German and Dutch verbs of lasting, which stand after the length (`wird zwei Stunden
/// dauern`, `zal twee uur duren`), folded.
fn lasting_after(folded: &str) -> bool {
    matches!(folded, "dauern" | "dauert" | "duren" | "duurt")
}

/// True when a word follows the length with no separator between (`90-minute panel`, `10
/// min item`); markup around a name is none (`a one hour `Sphinx`_ tutorial`).
fn glued_to_length(after: &str) -> bool {
    !after.trim_start().trim_start_matches(['`', '*', '_']).starts_with(|c: char| !(c.is_alphanumeric() || c == '-'))
}

/// The first three words after a length, folded; a double hyphen is a dash between words
/// (`in length--noon to 1:30`).
fn words_after(after: &str) -> Vec<String> {
    // `an hour-long webinar`: `long` joined to the length describes it.
    let after = after.strip_prefix("-long").unwrap_or(after);
    after.split(|c: char| !(c.is_alphanumeric() || c == '-')).flat_map(|w| w.split("--")).filter(|w| !w.is_empty()).take(3).map(words::fold).collect()
}

/// True when a noun for a whole session follows a length (`90-minute session`), one word
/// describing it at most (`a 90-minute online session`, `a two hour time slot`), or a name
/// (`a one hour Sphinx tutorial`, `a 2-hour Zoom webinar`). `three` is [`words_after`].
fn names_a_session(after: &str, three: &[String]) -> bool {
    let next = &three[..three.len().min(2)];
    let named = || {
        let w = after.split(|c: char| !(c.is_alphanumeric() || c == '-')).find(|w| !w.is_empty()).unwrap_or("");
        w.chars().count() >= 3 && w.starts_with(char::is_uppercase) && w.chars().skip(1).any(char::is_lowercase)
    };
    next.first().is_some_and(|w| session_noun(w))
        || next == ["town", "hall"]
        || next.len() == 2
            && session_noun(&next[1])
            && (matches!(next[0].as_str(), "long" | "short" | "plenary" | "panel" | "interactive" | "online" | "virtual" | "hybrid" | "live" | "public" | "open" | "time" | "hands-on" | "in-person" | "training" | "practical" | "introductory" | "recurring" | "weekly" | "monthly" | "regular"
                    // German adjectives, inflected after `eine` or `einer`: public, open, interactive.
                    | "offentliche" | "offentlichen" | "offene" | "offenen" | "interaktive" | "interaktiven")
                || named() && whole_event(&next[1]))
}

/// `Format: 90-minute hands-on workshop`, `### Time outline: 50 mins short workshop`: a
/// label of one to three words opening the line, then the length and a noun for a whole
/// session; the line's only length, with no length on the lines around it (those are
/// parts: `Morning: 90-minute workshop`, `Afternoon: 60-minute panel`). 1.4.
fn labelled_session_length(doc: &Doc<'_>, t: &Token, before: &str, after: &str) -> Option<f32> {
    // The label opens the line: only a length near its start is asked about the line's others.
    if t.at.0 - doc.lines[t.line].start > 64 {
        return None;
    }
    let head = before.trim_end().strip_suffix([':', '：'])?.trim_matches(|c: char| c.is_whitespace() || matches!(c, '#' | '*' | '_' | '-' | '>'));
    let label = !head.is_empty() && head.split_whitespace().count() <= 3 && head.split_whitespace().all(|w| w.chars().all(char::is_alphabetic));
    if !label || !glued_to_length(after) || !names_a_session(after, &words_after(after)) {
        return None;
    }
    let has_length = |j: usize| doc.line_tokens(j).iter().any(|x| x.at != t.at && matches!(x.kind, Kind::Dur(_)));
    let near = [Some(t.line), doc.filled_above(t.line), doc.filled_below(t.line)];
    (!near.into_iter().flatten().any(has_length)).then_some(1.4)
}

/// `every Saturday from 22:00 for 90 minutes`, `22時から1時間半`, `à 18h pendant deux
/// heures`: a length right after the line's only time of day, a word for "for" between, is
/// how long what starts then lasts. 1.5. Not on a line with a range (an agenda's entry).
fn length_from_start(doc: &Doc<'_>, t: &Token) -> Option<f32> {
    let toks = doc.line_tokens(t.line);
    let k = toks.partition_point(|x| x.at.0 < t.at.0);
    // A zone may stand between (`at 4PM Mountain Standard Time (GMT-7) for an hour`), and
    // the time restated in brackets (`at 14:00 (2PM) GMT for 45 minutes`).
    let before = toks[..k].iter().rev().skip_while(|x| matches!(x.kind, Kind::Zone(_)));
    let mut points = before.take_while(|x| matches!(x.kind, Kind::Point(_) | Kind::Zone(_))).filter(|x| matches!(x.kind, Kind::Point(_)));
    // The same time in another zone after a slash (`11:00 EST / 17:00 CET`) is restated too.
    let joined = |a: &Token, b: &Token| {
        text_less(doc, toks, a.at.1, b.at.0, |x| matches!(x.kind, Kind::Zone(_))).is_some_and(|z| matches!(z.trim(), "(" | "/" | "|"))
    };
    let (p, restated) = match (points.next(), points.next()) {
        (Some(b), Some(a)) if joined(a, b) => (a, Some(b)),
        (Some(a), _) => (a, None),
        _ => return None,
    };
    if toks.iter().any(|x| matches!(x.kind, Kind::Range(..)) || x.at != p.at && restated.is_none_or(|r| x.at != r.at) && matches!(x.kind, Kind::Point(_))) {
        return None;
    }
    // Nor in a list of start times (`- 10:00 for 15 minutes` / `- 10:15 Talks`): the lines
    // beside it hold no time of day.
    let timed = |j: usize| doc.line_tokens(j).iter().any(|x| matches!(x.kind, Kind::Range(..) | Kind::Point(_)));
    let above = doc.filled_above(t.line);
    let below = doc.filled_below(t.line);
    if above.is_some_and(timed) || below.is_some_and(timed) {
        return None;
    }
    // What stands between, less the zones and the restated time.
    let between = text_less(doc, toks, p.at.1, t.at.0, |x| matches!(x.kind, Kind::Zone(_)) || restated.is_some_and(|r| r.at == x.at))?;
    let between = between.replacen(['/', '|'], " ", 1);
    // `2026-03-04 15:00 UTC (90 min)`: the length in brackets of its own, right after.
    // Not an entry of a list (`- 10:00 (15 min) Welcome`).
    let bracketed = between.trim() == "(" && doc.text[t.at.1..].trim_start().starts_with(')') && doc.shapes[t.line].marker == super::layout::Marker::None;
    let between = words::fold(between.trim_matches(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | ',')));
    let between = between.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    (bracketed || matches!(between, "for" | "から" | "より" | "开始" | "起" | "für" | "pendant" | "durant" | "durante" | "por" | "per" | "gedurende"))
        .then_some(1.5)
}

/// The text from `from` to `to` less the bytes of the line's tokens (`toks`, in order) that
/// stand wholly inside it and that `leave` picks.
fn text_less(doc: &Doc<'_>, toks: &[Token], from: usize, to: usize, leave: impl Fn(&Token) -> bool) -> Option<String> {
    let mut out = String::new();
    let mut at = from;
    let inside = &toks[toks.partition_point(|x| x.at.0 < from)..toks.partition_point(|x| x.at.0 < to)];
    for x in inside.iter().filter(|x| x.at.1 <= to && leave(x)) {
        out.push_str(doc.text.get(at..x.at.0)?);
        at = x.at.1;
    }
    out.push_str(doc.text.get(at..to)?);
    Some(out)
}

/// `A one-day workshop (6 hours) for newcomers`, `The tutorial (3 hours) covers`: a length in
/// brackets right after a whole session that a determiner names, up to three words before
/// it. 1.5. A bracket after a bare noun (`- Panel (45 min)`) is an agenda's entry.
fn bracketed_after_session(before: &str, after: &str) -> Option<f32> {
    let b = before.trim_end().strip_suffix('(')?.trim_end();
    if !after.trim_start().starts_with(')') || b.ends_with(|c: char| !c.is_alphanumeric()) {
        return None;
    }
    let prev: Vec<String> = b.rsplit(|c: char| !c.is_alphanumeric() && c != '-').take_while(|w| !w.is_empty()).take(4).map(words::fold).collect();
    let det = |w: &String| matches!(w.as_str(), "a" | "an" | "the" | "this" | "our" | "one");
    // `the start of the workshop (10 min)`, `rest of the session (20 min)`: a part of it.
    let part_of = prev.get(2).is_some_and(|w| matches!(w.as_str(), "of" | "de" | "du" | "del" | "della" | "der" | "des"));
    (prev.first().is_some_and(|w| whole_event(w)) && prev.iter().skip(1).any(det) && !part_of).then_some(1.5)
}

/// `su duración se limitará estrictamente a dos horas`, `the duration of the meeting will be
/// 90 minutes`: a length label earlier in the same sentence, a few words before the length,
/// and nothing saying the length is per item. 1.8.
fn label_in_sentence(before: &str) -> Option<f32> {
    let sentence = before.rsplit(['.', ';', '!', '?', ':', '(']).next().unwrap_or(before);
    let ws: Vec<String> = sentence.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(words::fold).collect();
    let pos = ws.iter().rposition(|w| words::is_length_label(w))?;
    // `40 minutes in length, and ... a 10 minute Q&A`: a label after a length is that
    // length's, no label of a later one.
    if pos >= 2 && matches!(ws[pos - 1].as_str(), "in" | "of") && (words::is_minute_unit(&ws[pos - 2]) || words::is_hour_unit(&ws[pos - 2])) {
        return None;
    }
    let between = &ws[pos + 1..];
    let per = between.iter().any(|w| words::is_per_unit_word(w) || is_item_noun(w));
    // A bound or an estimate just before the length (`a maximum of`, `about`, `at most`) is
    // no part of the subject.
    let mut subject = between;
    while let [rest @ .., w] = subject {
        if !(words::is_approx_word(w) || matches!(w.as_str(), "a" | "an" | "of" | "at" | "most" | "to")) {
            break;
        }
        subject = rest;
    }
    (!between.is_empty() && subject.len() <= 6 && !per).then_some(1.8)
}

/// Nouns for one item of a programme, as a length's label names them (`the duration of each
/// talk`, Czech `délka příspěvku`, Polish `czas wystąpienia`, Russian `длительность доклада`):
/// a length of one of them is no session's length.
fn is_item_noun(folded: &str) -> bool {
    matches!(
        folded,
        "talk" | "talks" | "speaker" | "speakers" | "presentation" | "presentations" | "item" | "items" | "break" | "pause"
            | "přispěvku" | "přispěvků" | "prezentace" | "vystoupeni" | "referatu" | "prispevku" | "wystąpienia" | "prezentacji"
            | "доклада" | "выступления" | "презентации" | "доповіді" | "виступу" | "презентації" | "излагане"
            | "izlaganja"
    )
}

/// True when line `li` opens a day of a programme: `Day 2`, `DAY 1 ::: 29 September 2021`,
/// `Program Day 1:`, `## Talks Day 1`, `Mercredi 19 nov`, `Thursday 5 December`, a table
/// row that starts with a date. Returns a short label for the day.
pub(crate) fn day_marker(doc: &Doc<'_>, li: usize) -> Option<String> {
    let toks = doc.line_tokens(li);
    let shape = &doc.shapes[li];
    let body_start = shape.body;
    let line = doc.lines[li];
    let content = &doc.text[body_start..line.end()];
    // Words before `at`, counted up to `cap`.
    let lead_words = |at: usize, cap: usize| words::real_words(&doc.text[body_start..at.max(body_start)]).take(cap).count();
    let has_time = || toks.iter().any(|x| matches!(x.kind, Kind::Range(..) | Kind::Point(_)));
    for t in toks {
        // A day opens its line: a token a window or more into it opens nothing (and the
        // cost per line stays bounded however long it is).
        if t.at.0 > body_start + WINDOW {
            break;
        }
        match t.kind {
            Kind::Day(_) if lead_words(t.at.0, 3) <= 2 && !words::is_end_marker(&doc.text[body_start..t.at.1]) && !titles_time_above(doc, li) => {
                return Some(clean_label(&doc.text[t.at.0..t.at.1]));
            }
            Kind::Date(_) if t.at.0 < body_start => {}
            Kind::Date(d) => {
                let first = lead_words(t.at.0, 1) == 0 || doc.text[body_start..t.at.0].chars().all(is_deco);
                if !first {
                    continue;
                }
                let has_time = has_time();
                let words_total = content.split_whitespace().take(9).count();
                let row = !shape.cells.is_empty() && shape.cells.first().is_some_and(|&(a, b)| t.at.0 >= a && t.at.1 <= b);
                if row || (!has_time && words_total <= 6) || d.weekday.is_some() && !has_time && words_total <= 8 {
                    return Some(clean_label(&doc.text[t.at.0..t.at.1]));
                }
            }
            _ => {}
        }
    }
    None
}

/// True when the line above `li` (blank lines passed over) holds a time or a range alone:
/// `li` is that entry's title (`08.45-09.00` / `WELCOME DAY 2`), not a day's heading.
fn titles_time_above(doc: &Doc<'_>, li: usize) -> bool {
    let Some(j) = (li.saturating_sub(3)..li).rev().find(|&j| !doc.lines[j].is_blank()) else { return false };
    super::chains::lone_token(doc, j).is_some_and(|t| matches!(t.kind, Kind::Range(..) | Kind::Point(_)))
}

fn clean_label(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        assert_eq!(label_strength("Duration: "), Some(2.5));
        assert_eq!(label_strength("Newcomers track home group of the spring school’15 Duration "), Some(2.0));
        assert_eq!(label_strength("Total: "), Some(2.5));
        assert_eq!(label_strength("Duração: "), Some(2.5));
        assert_eq!(label_strength("Czas trwania: "), Some(2.5));
        assert_eq!(label_strength("Panelists: "), None);
        assert_eq!(label_strength("The chair opens the call. Scheduled time for meeting - "), Some(2.0));
        assert_eq!(label_strength("Time for the session: "), Some(2.5));
        assert_eq!(label_strength("Time for discussion - "), None);
        assert_eq!(prose_strength("The e-poster discussion sessions are ", " sessions with"), Some(1.5));
        assert_eq!(prose_strength("The ", " we will be going"), None);
        assert_eq!(prose_strength(">> MODERATOR: The next ", " we will be going"), Some(1.5));
        assert_eq!(prose_strength("Even if your webinar runs for ", ", it’s important"), Some(1.2));
        assert_eq!(prose_strength("try to limit each talking session to ", ". You can"), None);
        assert_eq!(prose_strength("These sessions will be ", " long."), Some(1.3));
        assert_eq!(prose_strength("a generic design for ", " of programming, including"), Some(1.3));
        assert_eq!(bracketed_after_session("A one-day workshop (", ") for newcomers."), Some(1.5));
        assert_eq!(bracketed_after_session("The tutorial (", ") covers"), Some(1.5));
        assert_eq!(bracketed_after_session("- Panel (", ")"), None);
        assert_eq!(bracketed_after_session("Then an open discussion (", ")."), None);
        assert_eq!(bracketed_after_session("A workshop, then lunch (", ")"), None);
        assert_eq!(bracketed_after_session("Roll call, then the start of the workshop (", ")"), None);
        assert_eq!(total_after("", " total --"), Some(2.0));
        assert_eq!(total_after("", " total for questions"), None);
        assert_eq!(total_after("Q&A ", " total"), None);
        assert_eq!(label_in_sentence("y su duración se limitará estrictamente a "), Some(1.8));
        assert_eq!(label_in_sentence("The duration of each talk is "), None);
        assert_eq!(label_in_sentence("The length of the meeting will be a maximum of "), Some(1.8));
        assert_eq!(label_in_sentence("činí standardní délka příspěvku "), None);
    }
}
