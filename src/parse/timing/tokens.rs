//! The first step of reading: the whole text scanned once into typed tokens with spans.
//!
//! Every time expression becomes a [`Token`]: a clock range, a single clock time, an offset
//! range (`0-10 min`), a duration (exact, approximate, ranged or per unit), a date, a zone
//! or a day marker (`Day 2`). Nothing is decided here: a token that can be read two ways
//! keeps both readings side by side (`1:00` is 01:00 or 13:00, `15h30` is a time or a
//! length, `15-20 min` is a ranged length or, at the start of an item, an offset range), and
//! the later steps choose by consistency. Scanning is linear in the text: each line is read
//! once per token kind, and lines without a digit or a unit word are skipped quickly.

use crate::model::Zone;
use crate::parse::dates::{self, PartialDate};
use crate::parse::lines::Line;
use crate::parse::notation::{self, ClockStyle, Meridiem};
use crate::parse::{slot, words};
use crate::time;

/// A clock time as written, with where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Time {
    /// Bytes in the source.
    pub at: (usize, usize),
    /// The hour as written.
    pub hour: u32,
    /// The minute as written.
    pub minute: u32,
    /// The am/pm marker, own or shared with the other end of a range.
    pub meridiem: Option<Meridiem>,
    /// How it was written.
    pub style: ClockStyle,
    /// A two-digit hour (`09:00`), which people write on a 24-hour clock.
    pub padded: bool,
    /// Written in a 24-hour style: `14h30`, `10:00h`, `10.30 Uhr`, or a two-digit hour.
    pub h24: bool,
}

impl Time {
    /// The minutes of the day this time may mean, most likely first: one reading, or two
    /// for an hour of 1–11 written without am/pm (`1:30` is 01:30 or 13:30). A 24-hour
    /// time with a stray `pm` (`13:15 pm`, `15:00 p.m.`) reads as the 24-hour time.
    pub fn readings(&self) -> Vec<u32> {
        let m = self.minute;
        if m > 59 {
            return Vec::new();
        }
        match self.meridiem {
            // `11:15 - 12:00am` means noon: 12 am may be read as either twelve o'clock.
            Some(Meridiem::Am) if self.hour == 12 => vec![m, 12 * 60 + m],
            Some(mer) if (1..=12).contains(&self.hour) => {
                let h = self.hour % 12 + if mer == Meridiem::Pm { 12 } else { 0 };
                vec![h * 60 + m]
            }
            Some(_) if (13..=23).contains(&self.hour) => vec![self.hour * 60 + m],
            Some(_) => Vec::new(),
            None if self.hour == 24 && m == 0 => vec![24 * 60],
            None if self.hour > 23 => Vec::new(),
            None if (1..=11).contains(&self.hour) && !self.h24 => {
                vec![self.hour * 60 + m, (self.hour + 12) * 60 + m]
            }
            None => vec![self.hour * 60 + m],
        }
    }

    /// True when the time is written as a time of day beyond doubt: with am/pm, a 24-hour
    /// hour of 13 or more, a two-digit hour, or the `h`/`Uhr` styles.
    pub fn is_clear(&self) -> bool {
        self.meridiem.is_some() || self.hour >= 13 || self.h24
    }
}

/// A length as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Dur {
    /// The length in minutes (the longer end of a ranged length).
    pub minutes: u32,
    /// The shorter end of a ranged length (`15-20 min` → 15), else equal to `minutes`.
    pub least: u32,
    /// `~10 min`, `about 20 minutes`, `ca. 5 Min.`, `(approx.)`.
    pub approx: bool,
    /// `5 min each`, `10 minutes per SIG`, `2 @ 45 minutes`: a length per person or item.
    pub per_unit: bool,
}

impl Dur {
    /// True when the text gives one exact length.
    pub fn is_exact(&self) -> bool {
        !self.approx && !self.per_unit && self.least == self.minutes
    }
}

/// What a token is.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Kind {
    /// Two clock times: `10:15 – 10:30`, `das 8:30 às 10:00h`, `1400-1410GMT`.
    Range(Time, Time),
    /// One clock time: `10:00`, `9:15 am`, `10h`, `10.30 Uhr`.
    Point(Time),
    /// Two offsets in minutes from the start: `0-10 min`, `minutes 10–40`.
    Offset(u32, u32),
    /// A length.
    Dur(Dur),
    /// A calendar date, with or without its year.
    Date(PartialDate),
    /// A time zone as written (`UTC`, `CEST`, `GMT-4`, `Europe/Berlin`), resolved when known.
    Zone(Option<Zone>),
    /// `Day 2`, `DAY 1`, `Dia 1`, `Tag 3`.
    Day(u32),
    /// Text clearly written as a time range with an impossible or botched time (`25:00`,
    /// `00:4O`, `-00:10`); the bytes are those of the bad time.
    Bad,
}

/// One token: its kind, its bytes in the source and its line.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Token {
    /// Index of the line.
    pub line: usize,
    /// Bytes in the source.
    pub at: (usize, usize),
    /// What it is.
    pub kind: Kind,
    /// Written approximately (`~6pm`, `about 10:00`, `(approx.)` after a range).
    pub approx: bool,
}

/// Scans every line once and returns its tokens, in source order (by start, then kind).
pub(crate) fn tokenize(text: &str, lines: &[Line<'_>]) -> Vec<Token> {
    let mut out = Vec::new();
    // ISO date-times joined by `T` are sought in the whole text once, not line by line.
    let iso_t = memchr::memchr_iter(b'T', text.as_bytes()).any(|k| iso_t_at(text.as_bytes(), k));
    // `19,00 – 19,15`, then `19,15 – 19,30`: where lines open with ranges of times written
    // with a comma, one starting where another ends, the comma is the text's separator of
    // hours and minutes; its comma times are read as dotted ones (`19.00`), at the same
    // bytes. (Figures with decimal commas, `3,25 – 4,10 per cent`, do not run on so.)
    // The ranges may stand anywhere in their lines (`1st class: from 9,55 to 10,50`,
    // `(13,30 – 14,30)`).
    let ranged: Vec<(usize, Vec<CommaRange<'_>>)> = lines.iter().enumerate().filter_map(|(i, l)| Some((i, comma_ranges(l.text)?))).collect();
    let commas = runs_on(ranged.iter().flat_map(|(_, r)| r.iter().copied()));
    let hhmm = hhmm_chain(lines);
    let mut hhmm_cells = hhmm_column(lines);
    hhmm_cells.extend(hhmm_colon_starts(lines));
    hhmm_cells.sort_unstable();
    let mut hhmm_cells = hhmm_cells.iter().peekable();
    let clock_commas = clock_comma_lines(lines);
    let bare = bare_start_lines(lines);
    let dotted_starts = dotted_start_lines(lines);
    for (i, line) in lines.iter().enumerate() {
        if line.is_blank() {
            continue;
        }
        while hhmm_cells.peek().is_some_and(|&&(l, _)| l < i) {
            hhmm_cells.next();
        }
        let hhmm_cell_at = hhmm_cells.peek().filter(|&&&(l, _)| l == i).map(|&&(_, at)| at);
        let ways = Ways { hhmm, hhmm_cell_at, bare_start: bare.binary_search(&i).is_ok(), dotted_start: dotted_starts.binary_search(&i).is_ok() };
        let spaced = if iso_t { iso_t_spaced(line.text) } else { None };
        let spaced = match entities_spaced(spaced.as_deref().unwrap_or(line.text)) {
            Some(t) => Some(t),
            None => spaced,
        };
        let line = &spaced.as_deref().map_or(*line, |text| Line { text, start: line.start });
        let clock_comma = clock_commas.binary_search(&i).is_ok();
        if clock_comma || commas && (ranged.binary_search_by_key(&i, |r| r.0).is_ok() || comma_time_at(line.text.as_bytes(), 0).is_some()) {
            let dotted = dot_comma_times(line.text);
            scan_line(i, Line { text: &dotted, start: line.start }, &mut out, ways);
            continue;
        }
        let from = out.len();
        scan_line(i, *line, &mut out, ways);
        if memchr::memchr(b'T', line.text.as_bytes()).is_some() {
            basic_stamps(i, *line, &mut out, from);
        }
    }
    // A time past 24 hours is written badly, or counts minutes and seconds from the start.
    if out.iter().any(|t| matches!(t.kind, Kind::Bad)) {
        elapsed_minutes(lines, &mut out);
    }
    out.sort_by_key(|t| (t.at.0, kind_rank(&t.kind)));
    out
}

/// `0:00 - 10:00`, `10:00 - 70:00`, `70:00 - 75:00`: where ranges written as minutes and
/// seconds count from zero and one passes 24 (no clock time), every such range is read as
/// offsets in whole minutes, in place of the times and bad times read at its bytes.
fn elapsed_minutes(lines: &[Line<'_>], out: &mut Vec<Token>) {
    // `M:SS` of up to three digits of minutes, at `i`: its minutes, seconds and end.
    let stamp = |b: &[u8], i: usize| -> Option<(u32, u32, usize)> {
        let n = b[i..].iter().take_while(|x| x.is_ascii_digit()).count();
        let ok = (1..=3).contains(&n)
            && b.get(i + n) == Some(&b':')
            && b.get(i + n + 1..i + n + 3)
                .is_some_and(|s| s.iter().all(u8::is_ascii_digit));
        let digits = |s: &[u8]| s.iter().fold(0u32, |v, d| v * 10 + u32::from(d - b'0'));
        (ok && b
            .get(i + n + 3)
            .is_none_or(|x| !x.is_ascii_digit() && *x != b':'))
        .then(|| {
            (
                digits(&b[i..i + n]),
                digits(&b[i + n + 1..i + n + 3]),
                i + n + 3,
            )
        })
    };
    let mut found = Vec::new();
    for (li, line) in lines.iter().enumerate() {
        let b = line.text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if !b[i].is_ascii_digit() || i > 0 && (b[i - 1].is_ascii_digit() || b[i - 1] == b':') {
                i += 1;
                continue;
            }
            let Some((m1, s1, e1)) = stamp(b, i) else {
                i += 1;
                continue;
            };
            let rest = line.text[e1..].trim_start();
            let sep = ["-", "–", "—"]
                .iter()
                .find(|d| rest.starts_with(**d))
                .map_or(0, |d| d.len());
            let j = b.len() - rest[sep..].trim_start().len();
            match (sep > 0).then(|| stamp(b, j)).flatten() {
                Some((m2, s2, e2)) => {
                    found.push((li, line.start + i, line.start + e2, m1, s1, m2, s2));
                    i = e2;
                }
                None => i = e1,
            }
        }
    }
    let from_zero = found.iter().any(|f| f.3 == 0 && f.4 == 0);
    let past_a_day = found.iter().any(|f| f.5 >= 24);
    if !(from_zero && past_a_day && found.iter().all(|f| f.4 == 0 && f.6 == 0 && f.3 < f.5)) {
        return;
    }
    // `found` is in text order and its ranges do not overlap: the one a token could overlap
    // is the first that ends after the token starts.
    out.retain(|t| {
        let k = found.partition_point(|f| f.2 <= t.at.0);
        !matches!(t.kind, Kind::Range(..) | Kind::Point(_) | Kind::Bad) || found.get(k).is_none_or(|f| f.1 >= t.at.1)
    });
    for (li, a, b, m1, _, m2, _) in found {
        out.push(Token {
            line: li,
            at: (a, b),
            kind: Kind::Offset(m1, m2),
            approx: false,
        });
    }
}

/// The line with the `T` of each ISO 8601 date-time (`2018-12-05T13:00:00`) made a space,
/// at the same bytes, so its date and its time are read as when written apart; `None` when
/// it holds none.
fn iso_t_spaced(t: &str) -> Option<String> {
    let b = t.as_bytes();
    let ts: Vec<usize> = memchr::memchr_iter(b'T', b).filter(|&k| iso_t_at(b, k)).collect();
    if ts.is_empty() {
        return None;
    }
    let mut out = t.as_bytes().to_vec();
    for k in ts {
        out[k] = b' ';
        // `2026-03-05T12:00-04:00`: the UTC offset after the time (read from the text as
        // written) is blanked too, so that the time and its offset are no range.
        let mut e = k + 6;
        if b.get(e) == Some(&b':') && b.get(e + 1..e + 3).is_some_and(|s| s.iter().all(u8::is_ascii_digit)) {
            e += 3;
        }
        if matches!(b.get(e), Some(b'+' | b'-')) && b.get(e + 1..e + 3).is_some_and(|s| s.iter().all(u8::is_ascii_digit)) {
            let mut end = e + 3;
            if b.get(end) == Some(&b':') && b.get(end + 1..end + 3).is_some_and(|s| s.iter().all(u8::is_ascii_digit)) {
                end += 3;
            } else if b.get(end..end + 2).is_some_and(|s| s.iter().all(u8::is_ascii_digit)) {
                end += 2;
            }
            if !b.get(end).is_some_and(u8::is_ascii_digit) {
                out[e..end].fill(b' ');
            }
        }
    }
    String::from_utf8(out).ok()
}

/// `20240910T170000`: a date-time in the basic notation of ISO 8601 and iCalendar (front
/// matter copies it from a calendar), read as its date and its time of day; the tokens read
/// before at its bytes (from `from` on) give way to them.
fn basic_stamps(li: usize, line: Line<'_>, out: &mut Vec<Token>, from: usize) {
    let b = line.text.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    let number = |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |v, d| v * 10 + u32::from(d - b'0'));
    let mut found: Vec<Token> = Vec::new();
    for k in memchr::memchr_iter(b'T', b) {
        if k < 8 || !digits(k - 8..k) || k > 8 && b[k - 9].is_ascii_alphanumeric() || !digits(k + 1..k + 5) {
            continue;
        }
        let end = if digits(k + 5..k + 7) { k + 7 } else { k + 5 };
        if b.get(end).is_some_and(u8::is_ascii_alphanumeric) && b[end] != b'Z' {
            continue;
        }
        let (year, month, day) = (number(k - 8..k - 4), number(k - 4..k - 2), number(k - 2..k));
        let (hour, minute) = (number(k + 1..k + 3), number(k + 3..k + 5));
        if chrono::NaiveDate::from_ymd_opt(year as i32, month, day).is_none() || hour > 23 || minute > 59 {
            continue;
        }
        let (a, e) = (line.start + k - 8, line.start + end);
        let date = PartialDate { year: Some(year as i32), month, day, weekday: None, order_open: false };
        found.push(Token { line: li, at: (a, line.start + k), kind: Kind::Date(date), approx: false });
        let time = Time { at: (line.start + k + 1, e), hour, minute, meridiem: None, style: ClockStyle::Colon, padded: true, h24: true };
        found.push(Token { line: li, at: (line.start + k + 1, e), kind: Kind::Point(time), approx: false });
    }
    if found.is_empty() {
        return;
    }
    // The stamps' spans, in order (a date and its time each): a look-up is a binary search.
    let spans: Vec<(usize, usize)> = found.chunks(2).map(|p| (p[0].at.0, p[1].at.1)).collect();
    let mut read = out.split_off(from);
    read.retain(|t| {
        let k = spans.partition_point(|s| s.1 <= t.at.0);
        spans.get(k).is_none_or(|s| t.at.1 <= s.0)
    });
    out.append(&mut read);
    out.append(&mut found);
}

/// The line with the HTML character references that stand between times (`&ndash;`,
/// `&#8211;`, `&nbsp;`) made their characters, padded with spaces to the same bytes, so a
/// page's source reads as the page; `None` when it holds none.
fn entities_spaced(t: &str) -> Option<String> {
    const REFS: &[(&str, char)] = &[
        ("&ndash;", '–'),
        ("&mdash;", '—'),
        ("&#8211;", '–'),
        ("&#8212;", '—'),
        ("&#x2013;", '–'),
        ("&#x2014;", '—'),
        ("&nbsp;", ' '),
        ("&#160;", ' '),
        ("&#xa0;", ' '),
        ("&#xA0;", ' '),
        ("&tilde;", '~'),
    ];
    let mut out: Option<String> = None;
    let mut copied = 0;
    for at in memchr::memchr_iter(b'&', t.as_bytes()) {
        let Some((name, c)) = REFS.iter().find(|(name, _)| t[at..].starts_with(name)) else { continue };
        let o = out.get_or_insert_with(|| String::with_capacity(t.len()));
        o.push_str(&t[copied..at]);
        let pad = name.len() - c.len_utf8();
        (0..pad / 2).for_each(|_| o.push(' '));
        o.push(*c);
        (0..pad - pad / 2).for_each(|_| o.push(' '));
        copied = at + name.len();
    }
    let mut o = out?;
    o.push_str(&t[copied..]);
    Some(o)
}

/// True when byte `k` of `b` is the `T` of an ISO 8601 date-time (`2018-12-05T13:00`).
fn iso_t_at(b: &[u8], k: usize) -> bool {
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    k >= 10 && digits(k - 10..k - 6) && b[k - 6] == b'-' && digits(k - 5..k - 3) && b[k - 3] == b'-' && digits(k - 2..k) && digits(k + 1..k + 3) && b.get(k + 3) == Some(&b':')
}

/// The length of a time written `H,MM` or `HH,MM` at byte `i` (a word start, with no digit
/// after it), when it is a time of day.
fn comma_time_at(b: &[u8], i: usize) -> Option<usize> {
    if i > 0 && (b[i - 1].is_ascii_alphanumeric() || matches!(b[i - 1], b',' | b'.')) {
        return None;
    }
    let h = b[i..].iter().take_while(|x| x.is_ascii_digit()).count();
    let c = i + h;
    let two = |k: usize| b.get(k).is_some_and(u8::is_ascii_digit) && b.get(k + 1).is_some_and(u8::is_ascii_digit);
    if !(1..=2).contains(&h) || b.get(c) != Some(&b',') || !two(c + 1) || b.get(c + 3).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let num = |s: &[u8]| s.iter().fold(0u32, |n, &x| n * 10 + u32::from(x - b'0'));
    (num(&b[i..c]) <= 23 && num(&b[c + 1..c + 3]) <= 59).then_some(h + 3)
}

/// The lines that open with a word for "o'clock" and a time written with a comma (`Ore
/// 9,00 Registrazione`, `- Kl. 10,30 Pause`), when two lines or more do: that text's comma
/// separates hours and minutes, and those times are read as dotted ones.
fn clock_comma_lines(lines: &[Line<'_>]) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let b = l.text.as_bytes();
        // A comma after a digit in the line's first bytes, found first.
        let head = &b[..b.len().min(32)];
        if !memchr::memchr_iter(b',', head).any(|c| c > 0 && head[c - 1].is_ascii_digit()) {
            continue;
        }
        // The first digit, in the line's first bytes.
        let Some(p) = b.iter().take(24).position(u8::is_ascii_digit) else { continue };
        if comma_time_at(b, p).is_none() {
            continue;
        }
        let Some(before) = words::before_clock_word(&l.text[..p]) else { continue };
        if before.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '*' | '•' | '>' | '#' | '|')).is_empty() {
            out.push(i);
        }
    }
    if out.len() < 2 {
        out.clear();
    }
    out
}

/// True when one of the ranges (start, end) starts where another ends: a text's ranges that
/// run on, as an agenda's do. Linear in the number of ranges.
fn runs_on<T: Eq + std::hash::Hash>(ranges: impl Iterator<Item = (T, T)> + Clone) -> bool {
    let starts: foldhash::HashSet<T> = ranges.clone().map(|(start, _)| start).collect();
    ranges.into_iter().any(|(_, end)| starts.contains(&end))
}

/// A range of comma times as written: the start's bytes and the end's.
type CommaRange<'a> = (&'a [u8], &'a [u8]);

/// The ranges of two comma times in a line, as written (`19,00 – 19,15 Velkomst`, `de 9,55 a
/// 10,50 horas`), or of a comma time and a bare hour; `None` when it holds none.
fn comma_ranges(t: &str) -> Option<Vec<CommaRange<'_>>> {
    let b = t.as_bytes();
    // Only a line with a comma right before two digits may hold one.
    if !memchr::memchr_iter(b',', b).any(|c| c > 0 && b[c - 1].is_ascii_digit() && b.get(c + 1).is_some_and(u8::is_ascii_digit)) {
        return None;
    }
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let Some(n) = comma_time_at(b, i) else {
            i += 1;
            continue;
        };
        let after = &t[i + n..];
        let rest = after.trim_start();
        let rest = rest
            .strip_prefix(['-', '–', '—'])
            .or_else(|| ["a ", "to ", "bis ", "à ", "al ", "till "].iter().find_map(|w| rest.strip_prefix(w)))
            .map(str::trim_start);
        let end = rest.and_then(|r| {
            let rb = r.as_bytes();
            let bare = rb.iter().take_while(|x| x.is_ascii_digit()).count();
            let hour = (1..=2).contains(&bare) && !rb.get(bare).is_some_and(|x| matches!(x, b',' | b'.' | b':'));
            comma_time_at(rb, 0).or(hour.then_some(bare)).map(|m| &rb[..m])
        });
        if let Some(m) = end {
            out.push((&b[i..i + n], m));
        }
        i += n;
    }
    (!out.is_empty()).then_some(out)
}

/// The line with the comma of each comma time made a dot (same length, same bytes else).
fn dot_comma_times(t: &str) -> String {
    let mut b = t.as_bytes().to_vec();
    let mut i = 0;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            if let Some(n) = comma_time_at(&b, i) {
                let c = b[i..].iter().position(|&x| x == b',').map_or(i, |k| i + k);
                b[c] = b'.';
                i += n;
                continue;
            }
        }
        i += 1;
    }
    String::from_utf8(b).unwrap_or_else(|_| t.to_owned())
}

/// Adds sorted spans to sorted, disjoint `taken`, keeping it sorted.
fn merge(taken: &mut Vec<(usize, usize)>, add: &[(usize, usize)]) {
    if add.is_empty() {
        return;
    }
    taken.extend_from_slice(add);
    taken.sort_unstable();
}

/// True when the span `a..b` overlaps one of `taken`, sorted and disjoint spans: a binary
/// search, however many there are.
fn covered(taken: &[(usize, usize)], a: usize, b: usize) -> bool {
    let k = taken.partition_point(|&(x, _)| x < b);
    k > 0 && taken[k - 1].1 > a
}

fn kind_rank(k: &Kind) -> u8 {
    match k {
        Kind::Date(_) => 0,
        Kind::Day(_) => 1,
        Kind::Range(..) => 2,
        Kind::Offset(..) => 3,
        Kind::Point(_) => 4,
        Kind::Dur(_) => 5,
        Kind::Zone(_) => 6,
        Kind::Bad => 7,
    }
}

/// True when a range of two colon times starts at `i`, glued to the letter before it
/// (`coaches8:30-10:00 Session one10:00-10:20 Coffee`, as text taken out of a PDF
/// runs a table's cells together).
fn glued_range(b: &[u8], i: usize) -> bool {
    let clock = |k: usize| -> Option<usize> {
        let h = b.get(k..)?.iter().take(3).take_while(|x| x.is_ascii_digit()).count();
        ((1..=2).contains(&h) && b.get(k + h) == Some(&b':') && b.get(k + h + 1..k + h + 3)?.iter().all(u8::is_ascii_digit)).then_some(k + h + 3)
    };
    if i == 0 || !b[i - 1].is_ascii_alphabetic() {
        return false;
    }
    // Unspaced, as the cells' text was (`.pdf12:00 - 1:00 p.m.`, a page's header run into
    // a file name, is no entry).
    let Some(mut k) = clock(i) else { return false };
    let start = &b[i..k];
    k += match b.get(k..k + 3) {
        Some([b'-', ..]) => 1,
        Some([0xE2, 0x80, 0x93]) => 3,
        _ => return false,
    };
    let Some(e) = clock(k).filter(|&e| !b.get(e).is_some_and(u8::is_ascii_digit)) else { return false };
    // And run on from or into another range (its end the next one's start, within a cell's
    // words): a verse glued to its book (`Psalm23:01-23:06`) runs on into nothing.
    let end = &b[k..e];
    let ahead = &b[e..b.len().min(e + 80)];
    let behind = &b[i.saturating_sub(80)..i];
    let next = memchr::memmem::find_iter(ahead, end).any(|p| matches!(ahead.get(p + end.len()), Some(b'-' | 0xE2)));
    let prev = memchr::memmem::find_iter(behind, start).any(|p| p > 0 && matches!(behind[p - 1], b'-' | 0x93));
    next || prev
}

/// True for bytes that end a word before a time (a time may not be glued to a letter or a
/// number before it, nor follow `.`, `,`, `:`, `/`, `#` of a version or a date).
fn word_start(t: &str, pos: usize) -> bool {
    let mut back = t[..pos].chars().rev();
    match back.next() {
        None => true,
        // `_18:45_` (emphasis) opens a word; `v_10` does not.
        Some('_') => !back.next().is_some_and(|q| q.is_alphanumeric() || q == '_'),
        Some(p) => !(p.is_alphanumeric() && (p.is_ascii() || !words::is_cjk(p)) || matches!(p, '.' | ',' | ':' | '/' | '+' | '#')),
    }
}

/// The word starts of a line, found in one pass: where runs of digits start, where other
/// words start, and whether a digit occurs at all. Every scanner visits only these.
struct Starts {
    digits: Vec<usize>,
    words: Vec<usize>,
}

fn word_starts(t: &str) -> Starts {
    // 0 other, 1 digit, 2 ASCII letter, 3 the lead byte of a longer character, 4 a
    // continuation byte.
    const CLASS: [u8; 256] = {
        let mut c = [0u8; 256];
        let mut i = 0;
        while i < 256 {
            c[i] = match i as u8 {
                b'0'..=b'9' => 1,
                b'a'..=b'z' | b'A'..=b'Z' => 2,
                0x80..=0xBF => 4,
                0xC0..=0xFF => 3,
                _ => 0,
            };
            i += 1;
        }
        c
    };
    let b = t.as_bytes();
    let mut s = Starts { digits: Vec::with_capacity(8), words: Vec::with_capacity(b.len() / 5 + 1) };
    // One pass over the bytes: ASCII is classified by table, other characters are decoded
    // at their lead byte (letters and `½`, `¼`, `¾` are word characters).
    let mut prev = 0u8;
    for (i, &x) in b.iter().enumerate() {
        let class = match CLASS[x as usize] {
            4 => continue,
            3 => {
                let c = t[i..].chars().next().unwrap_or(' ');
                if c.is_alphanumeric() || matches!(c, '½' | '¼' | '¾') { 2 } else { 0 }
            }
            k => k,
        };
        if class == 1 && prev != 1 {
            s.digits.push(i);
        } else if class == 2 && prev == 0 {
            s.words.push(i);
        }
        prev = class;
    }
    s
}

/// The longest line (in bytes) whose dates, day markers and zones are read even without a
/// time in it; a longer line is a paragraph, searched for lengths only.
pub(crate) const SHORT_LINE: usize = 200;

/// How the whole text writes times, as it bears on one line.
#[derive(Debug, Clone, Copy)]
struct Ways {
    /// The text writes four-digit times (see [`hhmm_chain`]).
    hhmm: bool,
    /// Where the line's cell in a table's time column of four-digit times starts (see
    /// [`hhmm_column`]).
    hhmm_cell_at: Option<usize>,
    /// The line may open with a bare hour's range (see [`bare_start_lines`]).
    bare_start: bool,
    /// The line opens with a dotted start time before its title (see [`dotted_start_lines`]).
    dotted_start: bool,
}

fn scan_line(li: usize, line: Line<'_>, out: &mut Vec<Token>, ways: Ways) {
    let t = line.text;
    let b = t.as_bytes();
    // Dates, day markers and zones stand in short lines (headings, fields, table rows) or
    // next to times; a long paragraph without a time is searched for lengths only, and its
    // words are only looked at when a unit word (`minutes`) is in it.
    let short = t.len() <= SHORT_LINE;
    let starts_all = if short || has_unit_text(b) || has_length_adjective(b) {
        word_starts(t)
    } else {
        Starts { digits: digit_starts(b), words: Vec::new() }
    };
    // Where a time may start; found once for every reader below.
    let mut time_starts: Vec<usize> = starts_all.digits.iter().copied().filter(|&i| may_start_a_time(&b[i..])).collect();
    // Words for a time (`noon`, `midnight`) start times too.
    let words_at = time_words(t, &starts_all.words);
    if !words_at.is_empty() {
        time_starts.extend(words_at);
        time_starts.sort_unstable();
    }
    if !short && !time_starts.is_empty() && starts_all.words.is_empty() {
        // A long line with a time: read it whole after all.
        return scan_words(li, line, out, word_starts(t), &time_starts, ways);
    }
    let from = out.len();
    scan_words(li, line, out, starts_all, &time_starts, ways);
    if out.len() > from + 1 {
        started_and_ended(line, out, from);
    }
    // Lead bytes 0xE3–0xED start kana, CJK ideographs and Hangul (not `–` or `é`).
    if !t.is_ascii() && t.bytes().any(|x| (0xE3..=0xED).contains(&x)) {
        cjk_line(li, line, out, from);
    }
    // `16 h-17:15 h (hora de España)`, `10:00 London time`: a zone said as a place's time,
    // on a line with a time.
    // Only where a time stands and no zone was read.
    let timed = out[from..].iter().any(|x| matches!(x.kind, Kind::Range(..) | Kind::Point(_))) && !out[from..].iter().any(|x| matches!(x.kind, Kind::Zone(_)));
    let latin = timed && (t.contains("ime") || t.contains("IME") || t.contains("ora") || t.contains("orá") || t.contains("eure") || t.contains(" Zeit") || t.contains(" zeit") || t.contains(" tijd") || t.contains(" tid"));
    // Cyrillic letters have lead bytes 0xD0 and 0xD1.
    let cyrillic = timed && !t.is_ascii() && t.bytes().any(|x| x == 0xD0 || x == 0xD1);
    if latin || cyrillic {
        let mut worded = if latin { time::place_time_zones(t) } else { Vec::new() };
        if cyrillic {
            worded.extend(time::cyrillic_zones(t));
        }
        for (a, b, z) in worded {
            if !out[from..].iter().any(|x| x.at.0 < line.start + b && line.start + a < x.at.1) {
                out.push(Token { line: li, at: (line.start + a, line.start + b), kind: Kind::Zone(Some(z)), approx: false });
            }
        }
    }
}

/// `starts at 9:00 AM and ends at 5:00 PM`, `comienza a las 10:00, terminando a las
/// 4:30 PM`: two times of day in one sentence, a word for starting a few words before the
/// first and one for ending between them, are a range. `from` is where the line's tokens
/// start in `out`.
fn started_and_ended(line: Line<'_>, out: &mut Vec<Token>, from: usize) {
    let (t, base) = (line.text, line.start);
    let mut joined_any = false;
    // `abril 17 2:00 pm 5:00 pm`: a date, then a start and an end with nothing between
    // (a calendar's entry), on a line with no other time.
    let dated_pair = out[from..].iter().filter(|x| matches!(x.kind, Kind::Date(_))).count() == 1
        && out[from..].iter().filter(|x| matches!(x.kind, Kind::Point(_) | Kind::Range(..))).count() == 2;
    let mut k = from;
    while k + 1 < out.len() {
        let (Kind::Point(a), Kind::Point(b)) = (&out[k].kind, &out[k + 1].kind) else {
            k += 1;
            continue;
        };
        let (a, b) = (*a, *b);
        let between = &t[a.at.1 - base..b.at.0 - base];
        let calendar = dated_pair && between.trim().is_empty() && !between.contains('\t') && a.readings().first().zip(b.readings().first()).is_some_and(|(x, y)| x < y);
        if calendar || said_to_start_and_end(t, base, &a, between) {
            let approx = out[k].approx || out[k + 1].approx;
            out[k] = Token { line: out[k].line, at: (a.at.0, b.at.1), kind: Kind::Range(a, b), approx };
            // The second time is now the range's end; it is taken out below.
            out[k + 1].kind = Kind::Bad;
            out[k + 1].at = (usize::MAX, usize::MAX);
            joined_any = true;
            k += 2;
            continue;
        }
        k += 1;
    }
    if joined_any {
        let mut line_tokens = out.split_off(from);
        line_tokens.retain(|x| x.at.0 != usize::MAX);
        out.extend(line_tokens);
    }
}

/// True when a word for starting stands a few words before `a`, in its sentence, and a word
/// for ending in `between`, the short text from `a` to the next time (line `t` starts at
/// byte `base`).
fn said_to_start_and_end(t: &str, base: usize, a: &Time, between: &str) -> bool {
    // Not markup (`data-start="…" data-end="…"`), nor across cells or sentences.
    if between.len() > 48 || between.contains(['.', ';', '!', '?', '(', ')', '=', '"', '<', '>', '|']) {
        return false;
    }
    let mid: Vec<String> = between.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(words::fold).collect();
    if mid.len() > 6 || !mid.iter().any(|w| words::is_end_verb(w)) {
        return false;
    }
    // The few words before the first time, within its sentence.
    let before = &t[..a.at.0 - base];
    let before = &before[crate::source::ceil_char(before, before.len().saturating_sub(60))..];
    let lead = before.rsplit(['.', ';', '!', '?', '(', '\n']).next().unwrap_or(before);
    let mut lead = lead.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).rev().take(4).map(words::fold);
    lead.any(|w| words::is_start_verb(&w))
}

/// Separators of a range of two times in Chinese, Japanese and Korean text (Korean `부터`,
/// "from", stands after the first time: `9시부터 10시까지`).
const CJK_RANGE_SEPS: &[&str] = &["～", "~", "〜", "-", "–", "—", "－", "到", "至", "から", "부터"];

/// On a line in Chinese, Japanese or Korean script: clock times as those languages write them
/// ([`notation::cjk_clock`]), two joined by `到`, `至`, `～` or `から` making a range, and the
/// zones they name in words (`北京时间`, `日本時間`) on a line with a time. `from` is where the
/// line's tokens start in `out`; bytes they cover are not read again.
fn cjk_line(li: usize, line: Line<'_>, out: &mut Vec<Token>, from: usize) {
    let (t, base) = (line.text, line.start);
    // The line's tokens as disjoint spans, sorted, so a look-up is a binary search.
    // A length read inside a clock time (`30分` of `14時30分`) gives way to the time.
    let mut spans: Vec<(usize, usize)> = out[from..].iter().filter(|x| !matches!(x.kind, Kind::Dur(_))).map(|x| (x.at.0 - base, x.at.1 - base)).collect();
    spans.sort_unstable();
    let mut taken: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
    for (a, b) in spans {
        match taken.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => taken.push((a, b)),
        }
    }
    let mut found: Vec<(usize, usize, notation::Clock, bool)> = Vec::new();
    if t.contains(['点', '點', '時', '时', '시']) {
        let mut prev: Option<char> = None;
        let mut skip_to = 0;
        for (i, c) in t.char_indices() {
            let number = |c: char| c.is_ascii_digit() || "零〇一二两兩三四五六七八九十".contains(c);
            let may = i >= skip_to && (number(c) && !prev.is_some_and(number) || "上早凌午오아새下中晚傍夜저밤".contains(c));
            prev = Some(c);
            if !may {
                continue;
            }
            if let Some((n, clock, said)) = notation::cjk_clock(&t[i..]) {
                if !covered(&taken, i, i + n) {
                    found.push((i, i + n, clock, said));
                    skip_to = i + n;
                }
            }
        }
    }
    if !found.is_empty() {
        // Only this line's tokens are looked at; the times found are sorted and disjoint.
        let clocks: Vec<(usize, usize)> = found.iter().map(|&(a, b, _, _)| (a, b)).collect();
        let mut line_tokens = out.split_off(from);
        line_tokens.retain(|x| !(matches!(x.kind, Kind::Dur(_)) && covered(&clocks, x.at.0 - base, x.at.1 - base)));
        out.extend(line_tokens);
    }
    let time = |(a, b, c, _): (usize, usize, notation::Clock, bool), meridiem: Option<Meridiem>| Time {
        at: (base + a, base + b),
        hour: c.hour,
        minute: c.minute,
        meridiem: c.meridiem.or(meridiem),
        style: ClockStyle::Colon,
        padded: false,
        h24: c.meridiem.or(meridiem).is_none() && (c.hour > 12 || c.hour == 0),
    };
    let mut k = 0;
    let timed = from < out.len() || !found.is_empty();
    while k < found.len() {
        let a = found[k];
        let joined = found.get(k + 1).filter(|b| CJK_RANGE_SEPS.contains(&t[a.1..b.0].trim_matches(' ')));
        if let Some(&b) = joined {
            let (ta, tb) = (time(a, b.2.meridiem), time(b, a.2.meridiem));
            // `까지` and `まで` ("until") after the end belong to the range, not to its title.
            let until = ["까지", "まで"].iter().find(|u| t[b.1..].starts_with(*u)).map_or(0, |u| u.len());
            out.push(Token { line: li, at: (base + a.0, base + b.1 + until), kind: Kind::Range(ta, tb), approx: false });
            k += 2;
            continue;
        }
        // `三点` alone may be "three points"; `時` and `시` mark hours only.
        let mark_only_hours = !t[..a.1].ends_with(['点', '點']);
        if a.3 || mark_only_hours {
            out.push(Token { line: li, at: (base + a.0, base + a.1), kind: Kind::Point(time(a, None)), approx: false });
        }
        k += 1;
    }
    if timed {
        for (a, b, z) in time::cjk_zones(t) {
            if !covered(&taken, a, b) {
                out.push(Token { line: li, at: (base + a, base + b), kind: Kind::Zone(Some(z)), approx: false });
            }
        }
    }
}

/// The word starts among `words` where a word for a time of day stands (`noon`,
/// `midnight`; see [`notation::clock_word`]); a cheap test of the first byte comes first.
fn time_words(t: &str, words: &[usize]) -> Vec<usize> {
    let b = t.as_bytes();
    // Not the end of a compound (`après-midi` is the afternoon); a double hyphen is a dash
    // (`in length--Noon to 1:30 p.m.`).
    words.iter().copied().filter(|&i| matches!(b[i] | 0x20, b'n' | b'm') && notation::clock_word(&t[i..]).is_ok() && (i == 0 || b[i - 1] != b'-' || b[..i].ends_with(b"--"))).collect()
}

/// True when another number follows the number (or `min` word) at `pos` within a few
/// words, or a minus sign stands before it: a range needs one or the other.
fn second_number_near(b: &[u8], pos: usize, digits: &[usize]) -> bool {
    if b[..pos].ends_with(b"-") || b[..pos].ends_with("−".as_bytes()) {
        return true; // `-00:10`, `−00:10`
    }
    let e = pos + b[pos..].iter().take_while(|x| x.is_ascii_alphanumeric() || matches!(x, b':' | b'.')).count();
    let k = digits.partition_point(|&d| d < e);
    digits.get(k).is_some_and(|&d| d - e <= 24)
}

/// The tokens starting from byte `from` to `within` bytes after it (tokens are sorted by
/// start, so this costs a binary search, not a walk through a long line's tokens).
pub(crate) fn starting_near(toks: &[Token], from: usize, within: usize) -> impl Iterator<Item = &Token> {
    toks[toks.partition_point(|t| t.at.0 < from)..].iter().take_while(move |t| t.at.0 - from <= within)
}

/// Where runs of digits start.
fn digit_starts(b: &[u8]) -> Vec<usize> {
    (0..b.len()).filter(|&i| b[i].is_ascii_digit() && (i == 0 || !b[i - 1].is_ascii_digit())).collect()
}

/// True when what follows the number at the start of `b` may be a length's unit: after the
/// digits (and a decimal part, a fraction, spaces or a hyphen), a prime, `h`, `m`, `s`, `o`,
/// or a range to another number (`15-20 min`, `1 1/2 h`: a few numbers at most, so a line of
/// numbers costs linear time).
fn unit_follows(b: &[u8]) -> bool {
    unit_follows_within(b, 4)
}

/// [`unit_follows`] across at most `numbers` more numbers.
fn unit_follows_within(b: &[u8], numbers: u32) -> bool {
    let mut i = b.iter().take_while(|x| x.is_ascii_digit()).count();
    if matches!(b.get(i), Some(b'.' | b',')) && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
        i += 1 + b[i + 1..].iter().take_while(|x| x.is_ascii_digit()).count();
    }
    while matches!(b.get(i), Some(b' ' | b'-' | b'/' | b'~')) || b.get(i) == Some(&0xC2) && matches!(b.get(i + 1), Some(0xA0 | 0xBD | 0xBC | 0xBE)) {
        i += if b[i] == 0xC2 { 2 } else { 1 };
    }
    match b.get(i) {
        Some(x) if x.is_ascii_digit() => numbers > 1 && b.len() > i + 1 && unit_follows_within(&b[i..], numbers - 1),
        // 0xE4–0xE6, 0xEB, 0xEC: the lead bytes of `个`, `小`, `分`, `時`, `분`, `시`.
        Some(x) => matches!(x | 0x20, b'h' | b'm' | b's' | b'o' | b'u' | b'\'' | b'a' | b'e' | b'd' | b'j' | b't' | b'p') || matches!(x, 0xE2 | 0xC2 | 0xBD | 0xE4..=0xE6 | 0xEB | 0xEC | 0xCE | 0xCF | 0xD7 | 0xD8 | 0xE0),
        None => false,
    }
}

/// True when the text holds a unit word (`min`, `minutes`, `hours`, `Stunden`, `ore`) as a
/// word of its own; `more`, `minister` and `corporate` are none.
fn has_unit_text(b: &[u8]) -> bool {
    let mut prev_alnum = false;
    for (i, &x) in b.iter().enumerate() {
        if !prev_alnum && may_start_a_unit(b, i) && unit_word_at(b, i) {
            return true;
        }
        prev_alnum = x.is_ascii_alphanumeric() || x >= 0x80;
    }
    false
}

/// A cheap test on the first two letters at `i` before [`unit_word_at`] reads the word:
/// `mi`, `mn`, `ho`, `he`, `hr`, `st`, `or`, Polish `go`, Croatian `sat`, Finnish `tun`, Hungarian `per`, or the first
/// letter of a Cyrillic unit (`г`, `ч`, `м`, `х`, `с`, either case).
fn may_start_a_unit(b: &[u8], i: usize) -> bool {
    let Some(&y) = b.get(i + 1) else { return false };
    match b[i] {
        0xD0 => matches!(y, 0xB3 | 0x93 | 0xBC | 0x9C | 0xA7 | 0xA5 | 0xA1),
        // Greek `λ`, `ώ`, `ω`; Hebrew `ד`, `ש`; Arabic and Persian `د`, `س`; Hindi `म`, `घ`;
        // Thai `น`, `ช`.
        0xCE => matches!(y, 0xBB | 0x8F),
        0xCF => matches!(y, 0x8E | 0x89),
        0xD7 => matches!(y, 0x93 | 0xA9),
        0xD8 => matches!(y, 0xAF | 0xB3),
        0xE0 => matches!((y, b.get(i + 2)), (0xA4, Some(0xAE | 0x98)) | (0xB8, Some(0x99 | 0x8A))),
        0xD1 => matches!(y, 0x87 | 0x85 | 0x81),
        x => match (x | 0x20, y | 0x20) {
            (b'm', b'i' | b'n') | (b'h', b'o' | b'e' | b'r') | (b's', b't') | (b'o', b'r') | (b'g', b'o') | (b'd', b'k') => true,
            // `sata`, `sati`, `saat`, `dakika`, `jam`, `menit`: three letters, since many
            // words start with `sa`, `da`, `ja` or `me`.
            (b's', b'a') => b.get(i + 2).is_some_and(|z| matches!(z | 0x20, b't' | b'a')),
            (b'd', b'a') => b.get(i + 2).is_some_and(|z| z | 0x20 == b'k'),
            (b'j', b'a') => b.get(i + 2).is_some_and(|z| z | 0x20 == b'm'),
            (b'm', b'e') => b.get(i + 2).is_some_and(|z| z | 0x20 == b'n'),
            // Swedish `tim`, `timmar`, Danish and Norwegian `timer`, Vietnamese `tiếng`.
            (b't', b'i') => b.get(i + 2).is_some_and(|&z| z | 0x20 == b'm' || z == 0xE1),
            // Finnish `tunti`, `tuntia`, Hungarian `perc`.
            (b't', b'u') => b.get(i + 2).is_some_and(|z| z | 0x20 == b'n'),
            (b'p', b'e') => b.get(i + 2).is_some_and(|z| z | 0x20 == b'r'),
            // Vietnamese `phút`, `tiếng`.
            (b'p', b'h') => b.get(i + 2) == Some(&0xC3),
            _ => false,
        },
    }
}

/// True when the word at `i` is a minute or hour unit of three letters or more (`min`,
/// `hours`, `Stunden`, `ore`); a word that goes on (`minister`, `horário`) is none.
fn unit_word_at(b: &[u8], i: usize) -> bool {
    let mut w = [0u8; 8];
    let mut n = 0;
    for &x in &b[i..] {
        if x >= 0x80 {
            // `години`, `godzinę`, `hodín`: a word with letters outside ASCII.
            return wide_unit_word_at(b, i);
        }
        if !x.is_ascii_alphabetic() {
            break;
        }
        if n == w.len() {
            return false;
        }
        w[n] = x.to_ascii_lowercase();
        n += 1;
    }
    let rest = &b[i + n..b.len().min(i + n + 4)];
    let next = match std::str::from_utf8(rest) {
        Ok(s) => s.chars().next(),
        Err(e) => std::str::from_utf8(&rest[..e.valid_up_to()]).unwrap_or("").chars().next(),
    };
    if n < 3 || next.is_some_and(char::is_alphabetic) {
        return false;
    }
    std::str::from_utf8(&w[..n]).is_ok_and(|w| crate::parse::words::is_minute_unit(w) || crate::parse::words::is_hour_unit(w))
}

/// [`unit_word_at`] for a word with letters outside ASCII: two to twelve letters, folded
/// and looked up (`хв`, `хвилини`, `godzinę`).
fn wide_unit_word_at(b: &[u8], i: usize) -> bool {
    let tail = &b[i..b.len().min(i + 32)];
    let s = match std::str::from_utf8(tail) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(&tail[..e.valid_up_to()]).unwrap_or(""),
    };
    let n = s.chars().take_while(|c| c.is_alphabetic()).take(13).count();
    if !(2..=12).contains(&n) {
        return false;
    }
    let w: String = s.chars().take(n).collect();
    let after = s.chars().nth(n);
    // A word cut by the 32 bytes looked at may go on.
    if after.is_none() && tail.len() == 32 {
        return false;
    }
    let f = crate::parse::words::fold(&w);
    crate::parse::words::is_minute_unit(&f) || crate::parse::words::is_hour_unit(&f)
}

fn scan_words(li: usize, line: Line<'_>, out: &mut Vec<Token>, starts_all: Starts, time_starts: &[usize], ways: Ways) {
    let t = line.text;
    let base = line.start;
    let b = t.as_bytes();
    let has_digit = !starts_all.digits.is_empty() || time_starts.iter().any(|&i| !b[i].is_ascii_digit());
    let units = unit_positions(t, &starts_all.words);
    let short = t.len() <= SHORT_LINE;
    let timed = !time_starts.is_empty();
    // Spans already read, kept sorted and disjoint so a look-up is a binary search (one line
    // may hold millions of times).
    let mut taken: Vec<(usize, usize)> = Vec::new();
    if has_digit && (short || timed) {
        // Dates first: `10.12.2021` holds no time.
        // A date has a number: a month or weekday name stands a few bytes from one
        // (`16 July`, `September 1`, `Friday, 10th December`).
        let mut date_starts: Vec<usize> = Vec::with_capacity(starts_all.digits.len() * 2);
        let mut k = 0;
        for &w in &starts_all.words {
            while k < starts_all.digits.len() && starts_all.digits[k] + 24 < w {
                k += 1;
            }
            if starts_all.digits.get(k).is_some_and(|&d| d.abs_diff(w) <= 24) {
                date_starts.push(w);
            }
        }
        date_starts.extend_from_slice(&starts_all.digits);
        date_starts.sort_unstable();
        for (a, b, d) in dates::dates_at(t, &date_starts) {
            out.push(Token { line: li, at: (base + a, base + b), kind: Kind::Date(d), approx: false });
            taken.push((a, b));
        }
        day_markers(t, &starts_all.words, base, li, out);
        // Ranges, then single times outside them.
        let digit_starts: Vec<usize> = time_starts.iter().copied().filter(|&i| word_start(t, i) || glued_range(b, i)).collect();
        let mut ranges = Vec::new();
        for &pos in &digit_starts {
            if covered(&taken, pos, pos + 1) || ranges.last().is_some_and(|&(_, e): &(usize, usize)| pos < e) {
                continue;
            }
            if let Some((end, a, b)) = range_at(t, pos, ways) {
                if !covered(&taken, pos, end) {
                    let approx = approx_before(t, pos) || approx_after(&t[end..]) || t[pos..end].contains(['~', '≈']);
                    out.push(Token { line: li, at: (base + pos, base + end), kind: Kind::Range(a.shift(base), b.shift(base)), approx });
                    ranges.push((pos, end));
                }
            }
        }
        merge(&mut taken, &ranges);
        // Offset ranges (`0-10 min`, `minutes 10–40`) and impossible times (`25:00`, a minus
        // sign, `00:4O`), at the same starts and at `min` words.
        let mut resume = 0;
        let mins = units.iter().copied().filter(|&u| b.get(u).is_some_and(|x| x | 0x20 == b'm') && word_start(t, u));
        let mut at_starts: Vec<usize> = digit_starts.iter().copied().chain(mins).collect();
        at_starts.sort_unstable();
        for pos in at_starts {
            if pos < resume || covered(&taken, pos, pos + 1) || !second_number_near(b, pos, &starts_all.digits) {
                continue;
            }
            let Some((found, skip_to)) = notation::range_at(t, pos) else { continue };
            resume = skip_to;
            let Some(f) = found else { continue };
            match f.value {
                notation::RangeValue::Offset { start, end, .. } if !covered(&taken, f.start, f.end) => {
                    out.push(Token { line: li, at: (base + f.start, base + f.end), kind: Kind::Offset(start, end), approx: false });
                }
                notation::RangeValue::Bad { at } if !covered(&taken, f.start, f.end) => {
                    out.push(Token { line: li, at: (base + at.0, base + at.1), kind: Kind::Bad, approx: false });
                    merge(&mut taken, &[(f.start, f.end)]);
                }
                _ => {}
            }
        }
        let mut points = Vec::new();
        for &pos in &digit_starts {
            if covered(&taken, pos, pos + 1) || points.last().is_some_and(|&(_, e, _): &(usize, usize, bool)| pos < e) {
                continue;
            }
            let lead = ways.dotted_start && t.len() - after_line_lead(t).len() == pos;
            if let Some((end, p)) = point_at(t, pos, lead).or_else(|| hhmm_point(t, pos)).or_else(|| if ways.hhmm_cell_at == Some(pos) { four_digit_time(t, pos).map(|p| (pos + 4, p)) } else { None }) {
                if !covered(&taken, pos, end) {
                    let approx = approx_before(t, pos);
                    out.push(Token { line: li, at: (base + pos, base + end), kind: Kind::Point(p.shift(base)), approx });
                    points.push((pos, end, p.style == ClockStyle::H));
                    if let Some((e, minutes)) = uur_length(t, end, &p).or_else(|| labelled_clock_length(t, pos, end, &p)) {
                        out.push(Token { line: li, at: (base + pos, base + e), kind: Kind::Dur(Dur { minutes, least: minutes, approx, per_unit: per_unit_after(&t[e..]) }), approx });
                    }
                }
            } else if let Some((e, minutes)) = labelled_minutes_seconds(t, pos) {
                let approx = approx_before(t, pos);
                out.push(Token { line: li, at: (base + pos, base + e), kind: Kind::Dur(Dur { minutes, least: minutes, approx, per_unit: false }), approx });
                points.push((pos, e, false));
            }
        }
        // `h:05`, `xx:30`: minutes past an hour left open, an offset from the start.
        for &pos in &starts_all.digits {
            if pos >= 2 && b[pos - 1] == b':' {
                if let Some((from, p)) = hour_relative_at(t, pos) {
                    out.push(Token { line: li, at: (base + from, base + pos + 2), kind: Kind::Point(p.shift(base)), approx: false });
                    points.push((from, pos + 2, false));
                }
            }
        }
        // An `h` time may be a length too (`1h15`); other times hold no length.
        let pts: Vec<(usize, usize)> = points.iter().filter(|p| !p.2).map(|p| (p.0, p.1)).collect();
        merge(&mut taken, &pts);
    }
    if has_digit || !units.is_empty() || has_length_adjective(b) {
        durations(t, base, li, &taken, &units, &starts_all, out);
    }
    if short || timed {
        zones(t, base, li, &starts_all, timed, out);
    }
}

impl Time {
    fn shift(mut self, by: usize) -> Time {
        self.at = (self.at.0 + by, self.at.1 + by);
        self
    }
}

/// Word starts where a time or length may begin: a digit, `~`, or a letter (for `from`,
/// number words and `minutes 10–40`).
/// A cheap test before the time parsers: one or two digits followed by `:`, `.`, `h`, a
/// space and `h`/am/pm/`Uhr`/a range word, or a dash; or four digits and a dash (`1400-`).
fn may_start_a_time(b: &[u8]) -> bool {
    let n = b.iter().take_while(|x| x.is_ascii_digit()).count();
    let next = b.get(n).copied();
    match n {
        1 | 2 => match next {
            // `10:30`, `10.30`; `2.0` and `4.5` are numbers.
            Some(b':' | b'.') => b.get(n + 1).is_some_and(u8::is_ascii_digit) && b.get(n + 2).is_some_and(u8::is_ascii_digit),
            // `8：30`, with the full-width colon.
            Some(0xEF) => b[n..].starts_with("：".as_bytes()) && b.get(n + 3).is_some_and(u8::is_ascii_digit),
            Some(b'h' | b'H' | b'-' | b'~' | b'a' | b'A' | b'p' | b'P') => true,
            // `4'30:`, an apostrophe between hour and minutes.
            Some(b'\'') => b.get(n + 1).is_some_and(u8::is_ascii_digit) && b.get(n + 2).is_some_and(u8::is_ascii_digit),
            // `10u30` and `16u`, as Flemish writes them.
            Some(b'u' | b'U') => b.get(n + 1).is_some_and(u8::is_ascii_digit) && b.get(n + 2).is_some_and(u8::is_ascii_digit) || next == Some(b'u') && !b.get(n + 1).is_some_and(u8::is_ascii_alphanumeric),
            Some(0xE2) => true, // `–`, `—`, `−`
            Some(b' ') | Some(0xC2) => {
                // After spaces (or a no-break space): `9 h 30`, `2 pm`, `9 a.m.`, `10 Uhr`,
                // `10 - 11`, `dalle 10 alle 13`.
                let rest = &b[n..];
                let skip = rest.iter().take_while(|&&x| x == b' ' || x == 0xC2 || x == 0xA0).count();
                let w = &rest[skip..];
                let word: Vec<u8> = w.iter().take_while(|x| x.is_ascii_alphabetic()).take(6).map(u8::to_ascii_lowercase).collect();
                match word.as_slice() {
                    [] => w.first().is_some_and(|&x| matches!(x, b'-' | b'~' | 0xE2 | 0xC3)),
                    // `9 h 30`, `10 Uhr`, `2 pm`, `9 a.m.`, `10 to 11`, `dalle 10 alle 13`,
                    // `10 até 12`, `10 bis 12`, `10 heures`.
                    w => matches!(w, b"h" | b"hr" | b"hrs" | b"hs" | b"uhr" | b"a" | b"am" | b"al" | b"alle" | b"at" | b"p" | b"pm" | b"to" | b"til" | b"till" | b"until" | b"thru" | b"bis")
                        || w.starts_with(b"heure")
                        // `12 noon`, `12 midnight`.
                        || b.starts_with(b"12") && n == 2 && matches!(w, b"noon" | b"midnig"),
                }
            }
            _ => false,
        },
        // `1400-`, `1400 -`, and `0700GMT` (a zone glued to it); `| 1930 |`, a table's cell;
        // `1300: Relay`, a start before its title.
        4 => {
            matches!(next, Some(b'-' | 0xE2 | b'A'..=b'Z' | b'|'))
                || next == Some(b':') && b.get(n + 1) == Some(&b' ')
                || matches!(next, Some(b' ')) && (matches!(b.get(n + 1), Some(b'-' | 0xE2)) || b[n..].iter().find(|&&x| x != b' ') == Some(&b'|'))
        }
        _ => false,
    }
}

fn time_of(c: notation::Clock, at: (usize, usize), t: &str) -> Time {
    let written = &t[at.0..at.1];
    let padded = written.starts_with('0');
    let suffixed = written.ends_with(['h', 'H']) || written.to_lowercase().ends_with("uhr") || written.ends_with("min");
    Time { at, hour: c.hour, minute: c.minute, meridiem: c.meridiem, style: c.style, padded, h24: padded || suffixed || c.style == ClockStyle::H }
}

/// A clock range at `pos`: two times joined by a dash, `--`, `~`, `to`, `à`, `às`, `a`,
/// `bis`, `al`, `hasta`, `até`, or `HHMM-HHMM` with a zone or `h` after it. Returns the end
/// and the two times (bytes relative to `t`).
fn range_at(t: &str, pos: usize, ways: Ways) -> Option<(usize, Time, Time)> {
    let s = &t[pos..];
    // `-00:10 – 00:15`: a minus sign makes it a negative time (a bad time, said so).
    if negative(t, pos) {
        return None;
    }
    if let Some(r) = hhmm_range(t, pos, ways.hhmm) {
        return Some(r);
    }
    if let Some(r) = bare_range(t, pos, ways.bare_start && opens_line(t, pos)) {
        return Some(r);
    }
    let (r1, a) = notation::clock(s).ok()?;
    let a_end = pos + s.len() - r1.len();
    let (r2, sep_len) = separator(r1)?;
    let b_start = a_end + (r1.len() - r2.len());
    let _ = sep_len;
    let (r3, b) = spaced_minutes(r2)
        .or_else(|| notation::clock(r2).ok())
        .or_else(|| glued_title(r2))
        .or_else(|| bare_end(r2, a, clock_word_before(t, pos)))
        .or_else(|| entry_bare_end(r2, a, opens_line(t, pos)))?;
    // `まで` and `까지` ("until") after the end belong to the range (`13:00から14:00まで`).
    let until = ["まで", "까지"].iter().find(|u| r3.starts_with(*u)).map_or(0, |u| u.len());
    let r3 = &r3[until..];
    let b_end = b_start + (r2.len() - r3.len());
    // `10.15-11` or `10-11.30`: a dotted time with a bare number is no range; `2019-2021`
    // has no time at all (bare numbers fail `clock`).
    let dotted = |c: &notation::Clock| c.style == ClockStyle::Dot;
    let bare_hour = |c: &notation::Clock| c.style == ClockStyle::HourOnly && c.meridiem.is_none();
    // After the word for "o'clock" (`ore 14.30 – 18`, `kl. 9 – 10.30`) it is one.
    if (dotted(&a) || dotted(&b)) && (bare_hour(&a) || bare_hour(&b)) && !clock_word_before(t, pos) {
        return None;
    }
    // A dotted pair must look like times, not decimals (`24.25-27.50 GHz`, `SDG 16.10-16.20`).
    if dotted(&a) && dotted(&b) && (a.hour > 24 || b.hour > 24 || numbering_before(t, pos) || unit_after(r3)) {
        return None;
    }
    if r1.starts_with('/') && a.style != ClockStyle::H {
        return None;
    }
    let mut ta = time_of(a, (pos, a_end), t);
    let mut tb = time_of(b, (b_start, b_end), t);
    // A marker written once covers both ends: `2:15 – 2:30 pm`, `8:30 a 10:00 am`.
    if ta.meridiem.is_none() && tb.meridiem.is_some() && ta.hour <= 12 {
        let shared = Time { meridiem: tb.meridiem, ..ta };
        let own = shared.readings();
        let end = tb.readings();
        // `11:30 - 1 pm`: the shared marker belongs to the end only.
        if own.first().zip(end.first()).is_some_and(|(a, b)| a <= b) {
            ta = shared;
        }
    } else if tb.meridiem.is_none() && ta.meridiem.is_some() && tb.hour <= 12 && !tb.padded {
        let shared = Time { meridiem: ta.meridiem, ..tb };
        if shared.readings().first().zip(ta.readings().first()).is_some_and(|(b, a)| b >= a) {
            tb = shared;
        }
    }
    // A start written on the 24-hour clock (`17:00–10:00`) writes the end so too: it is
    // ten in the morning, not ten at night.
    if ta.meridiem.is_none() && tb.meridiem.is_none() && (13..=23).contains(&ta.hour) {
        tb.h24 = true;
    }
    // `24:00` ends a day; nothing starts at it (a bad time, said so).
    if ta.readings().is_empty() || tb.readings().is_empty() || ta.readings() == [24 * 60] {
        return None;
    }
    Some((b_end, ta, tb))
}

/// A bare hour ending a range of a dotted start written after the word for "o'clock"
/// (`ore 14.30 – 18`), where a bare number alone is no time.
fn bare_end(r: &str, a: notation::Clock, after_clock_word: bool) -> Option<(&str, notation::Clock)> {
    let b = r.as_bytes();
    let h = b.iter().take_while(|x| x.is_ascii_digit()).count();
    // `18:` before a title is the hour; `18.5`, `18,30` are no bare hour.
    let more = b.get(h).is_some_and(|x| matches!(x, b',' | b'.' | b':')) && b.get(h + 1).is_some_and(u8::is_ascii_digit);
    if !after_clock_word || a.style != ClockStyle::Dot || !(1..=2).contains(&h) || more {
        return None;
    }
    let hour: u32 = r[..h].parse().ok()?;
    (hour <= 24).then_some((&r[h..], notation::Clock { hour, minute: 0, meridiem: None, style: ClockStyle::HourOnly }))
}

/// A bare hour ending a range whose start has minutes, in an entry that opens its line
/// (`* 1:30-2 Introduction`, `- 9:30-10 Welcome`): the hour after the start, at most three
/// hours on (on the 12-hour clock, `12:30-1` too), and no unit after it (`9:30-10 min`).
/// A start with its am/pm marker may be a bare hour too (`10 am—12 lunchtime`, `11am-1`).
fn entry_bare_end(r: &str, a: notation::Clock, entry: bool) -> Option<(&str, notation::Clock)> {
    let b = r.as_bytes();
    let h = b.iter().take_while(|x| x.is_ascii_digit()).count();
    let marked = a.meridiem.is_some() && matches!(a.style, ClockStyle::Colon | ClockStyle::HourOnly);
    if !entry || !(a.style == ClockStyle::Colon && a.meridiem.is_none() || marked) || !(1..=2).contains(&h) || !b.get(h).is_none_or(|x| *x == b' ' || *x == b'\t') {
        return None;
    }
    let hour: u32 = r[..h].parse().ok()?;
    let wraps = marked && a.hour < 12 && hour < a.hour && hour + 12 - a.hour <= 3;
    let later = hour > a.hour && hour - a.hour <= 3 || a.hour == 12 && (1..=3).contains(&hour) || wraps;
    let rest = &r[h..];
    let unit = rest.trim_start().split(|c: char| !c.is_alphabetic()).next().is_some_and(|w| {
        let w = w.to_ascii_lowercase();
        w.starts_with("min") || matches!(w.as_str(), "h" | "hr" | "hrs" | "hour" | "hours" | "people" | "persons" | "pax" | "uhr" | "am" | "pm")
    });
    (later && hour <= 24 && !unit).then_some((rest, notation::Clock { hour, minute: 0, meridiem: None, style: ClockStyle::HourOnly }))
}

/// A time with its title glued to it, as a page's text runs a time cell into the next one
/// (`11.30-11.50Position paper`, `16:10Prezentacja`): a time with minutes, then a
/// capitalised word.
fn glued_title(r: &str) -> Option<(&str, notation::Clock)> {
    let b = r.as_bytes();
    let h = b.iter().take_while(|x| x.is_ascii_digit()).count();
    let n = h + 3;
    let timed = (1..=2).contains(&h) && matches!(b.get(h), Some(b':' | b'.')) && b.get(h + 1..n).is_some_and(|m| m.iter().all(u8::is_ascii_digit));
    if !timed || !b.get(n).is_some_and(u8::is_ascii_uppercase) || !b.get(n + 1).is_some_and(u8::is_ascii_lowercase) {
        return None;
    }
    let (rest, c) = notation::clock(&r[..n]).ok()?;
    rest.is_empty().then_some((&r[n..], c))
}

/// A minus sign right before `pos`: `−` anywhere, or a hyphen after a space (a hyphen that
/// starts the line is a bullet, one after a digit joins a range).
fn negative(t: &str, pos: usize) -> bool {
    let before = &t[..pos];
    before.ends_with('−') || before.strip_suffix('-').is_some_and(|b| b.ends_with(char::is_whitespace))
}

/// Ranges with a bare first hour: `10 - 10:30am` (the end's marker covers both), and
/// `dalle 10 alle 13`, `from 9 to 12`, `von 9 bis 12 Uhr`, `de 10 à 12h` (a word opens the
/// range and a word joins it). Both hours bare make a range that only frames a session
/// (see [`Time::bare`]); it is never an agenda entry. `listed`: the range opens a line among
/// ranges with minutes that it runs on into (see [`bare_start_lines`]).
fn bare_range(t: &str, pos: usize, listed: bool) -> Option<(usize, Time, Time)> {
    let s = &t[pos..];
    let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 2 || s[digits..].starts_with(|c: char| c.is_alphanumeric() || matches!(c, ':' | '.' | ',')) {
        return None;
    }
    let hour: u32 = s[..digits].parse().ok()?;
    let (r2, _) = separator(&s[digits..])?;
    let b_start = pos + s.len() - r2.len();
    let word_joined = !s[digits..].trim_start().starts_with(['-', '–', '—', '~']);
    let d2 = r2.len() - r2.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let uhr_after = d2 > 0 && r2[d2..].trim_start().get(..3).is_some_and(|w| w.eq_ignore_ascii_case("uhr"));
    // `10 - 10:30am`: an end with am/pm. (An end hour with `Uhr`, `17–19 Uhr`, is read below
    // with its start.)
    if let Ok((r3, b)) = notation::clock(r2).ok().filter(|_| !uhr_after).ok_or(()) {
        let b_end = b_start + r2.len() - r3.len();
        let tb = time_of(b, (b_start, b_end), t);
        if b.meridiem.is_some() && (1..=12).contains(&hour) {
            let ta = Time { at: (pos, pos + digits), hour, minute: 0, meridiem: b.meridiem, style: ClockStyle::HourOnly, padded: false, h24: false };
            if ta.readings().first().zip(tb.readings().first()).is_some_and(|(a, e)| a <= e) {
                return Some((b_end, ta, tb));
            }
        }
        // `Klockan 14–15.30`, `kl. 9 – 10.30`: after the word for "o'clock" a bare hour opens a
        // range to a time with minutes; so it does opening a line of a list of such ranges.
        // So does a bare hour with its hour's mark (`13 hs to 18:30 hs`, `9 h bis 10.30`).
        let marked = || {
            let m = s[digits..].trim_start_matches(' ');
            ["hs", "hrs", "h", "Uhr", "uhr"].iter().any(|u| m.strip_prefix(u).is_some_and(|r| !r.starts_with(char::is_alphanumeric)))
        };
        // So does a zero-padded hour before a dash (`09 - 09:10`), as a 24-hour clock
        // writes hours.
        let padded = digits == 2 && s.starts_with('0') && !word_joined;
        if b.meridiem.is_none() && b.style != ClockStyle::HourOnly && (listed || clock_word_before(t, pos) || marked() || padded) {
            let ta = Time { at: (pos, pos + digits), hour, minute: 0, meridiem: None, style: ClockStyle::HourOnly, padded: false, h24: hour >= 13 };
            if ta.readings().first().zip(tb.readings().first()).is_some_and(|(a, e)| a < e) {
                return Some((b_end, ta, tb));
            }
        }
        if !word_joined || b.style == ClockStyle::HourOnly {
            return None;
        }
    }
    // `dalle 10 alle 13`: an opening word before, a joining word between, bare hours; or
    // `17–19 Uhr`, hours joined by a dash with `Uhr` after them (`2–3 h` is a length).
    // A word for "o'clock" may stand after the opening word (`dalle ore 10 alle ore 13`).
    let before = t[..pos].trim_end();
    let opener = words::before_clock_word(before).unwrap_or(before).trim_end().rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let opened = word_joined && words::is_range_opener(&words::fold(opener));
    // `from 11-14 CET`: hours joined by a dash after an opening word, a zone after them.
    let zoned = || {
        let z = slot::zone_text(r2[d2..].trim_start()).map(|(_, z)| z).unwrap_or("");
        z.len() >= 2 && z.starts_with(|c: char| c.is_ascii_alphabetic()) && (time::zone_from_name(z).is_ok() || time::generic_short_zone(z).is_some())
    };
    // So are they with a zone's abbreviation, in capitals, right after them and no opening
    // word (`Monday, January 31, 2022, 14-15 CET`).
    let capitals = || {
        let z = r2[d2..].strip_prefix(' ').unwrap_or(&r2[d2..]);
        let n = z.bytes().take_while(u8::is_ascii_uppercase).count();
        (3..=5).contains(&n) && !z[n..].starts_with(char::is_alphanumeric)
    };
    let opened_zoned = || !word_joined && d2 > 0 && (words::is_range_opener(&words::fold(opener)) || capitals()) && zoned();
    // `10 a 12 h – Taller`: hours joined by a word, opening a line, the end with its hour's
    // mark (checked below): an entry's hours of the day.
    let opens_line = || {
        let lead = t[..pos].trim_end_matches([' ', '\t', '-', '*', '•']);
        lead.is_empty() || lead.ends_with(['\n', '\r'])
    };
    let entry_hours = word_joined && !opened && opens_line();
    if !(opened || uhr_after && !word_joined || opened_zoned() || entry_hours) {
        return None;
    }
    if d2 == 0 || d2 > 2 {
        return None;
    }
    let end_hour: u32 = r2[..d2].parse().ok()?;
    let mut b_end = b_start + d2;
    let tail = &t[b_end..];
    let unit: String = tail.trim_start().chars().take_while(|c| c.is_alphabetic()).collect();
    if matches!(words::fold(&unit).as_str(), "h" | "uhr" | "horas" | "hs" | "hrs") {
        b_end = t.len() - tail.trim_start()[unit.len()..].len();
    } else if tail.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    // Only an end of 7 or later makes them hours of the day: `2 a 3 h` may be a length.
    if entry_hours && !(opened_zoned() || end_hour >= 7 && matches!(words::fold(&unit).as_str(), "h" | "uhr" | "hs" | "hrs")) {
        return None;
    }
    if hour > 24 || end_hour > 24 || end_hour <= hour {
        return None;
    }
    // An entry's hours are marked, so no bare hours that only frame a session.
    let style = if entry_hours { ClockStyle::H } else { ClockStyle::HourOnly };
    let mk = |h, a: (usize, usize)| Time { at: a, hour: h, minute: 0, meridiem: None, style, padded: false, h24: true };
    Some((b_end, mk(hour, (pos, pos + digits)), mk(end_hour, (b_start, b_start + d2))))
}

impl Time {
    /// A bare hour (`dalle 10 alle 13`): written without minutes, am/pm or `h`.
    pub fn bare(&self) -> bool {
        self.style == ClockStyle::HourOnly && self.meridiem.is_none()
    }
}

/// `Kl. 14.00`, `kl 9.30`, `klo 10.15`, `klokken 19.00`, `ore 9.30`: the word for "o'clock"
/// right before a time of day.
fn clock_word_before(t: &str, pos: usize) -> bool {
    words::before_clock_word(&t[..pos]).is_some()
}

/// The words before `pos` that number things (`SDG 16.10-16.20`, `section 3.15`).
fn numbering_before(t: &str, pos: usize) -> bool {
    let before = t[..pos].trim_end();
    let w = before.rsplit(|c: char| !c.is_alphanumeric() && c != '§').next().unwrap_or("");
    matches!(
        w.to_lowercase().trim_end_matches('.'),
        "sdg" | "sdgs" | "target" | "targets" | "goal" | "section" | "article" | "art" | "para" | "paragraph" | "chapter"
            | "clause" | "item" | "items" | "no" | "version" | "v" | "rfc" | "§" | "pp" | "p" | "page" | "pages" | "table"
            | "figure" | "fig" | "rule" | "resolution" | "session" | "sessions" | "step" | "unit" | "room"
    )
}

/// True when a length written with a bare `m` is too long for minutes written so (`à
/// moins de 500 m`, `a 400 m walk`): a distance in metres. (`90m`, `2h30m` are minutes.)
fn metres(written: &str, d: Dur) -> bool {
    let w = written.trim_end();
    d.minutes >= 200 && w.ends_with(['m', 'M']) && !w[..w.len() - 1].ends_with(|c: char| c.is_alphabetic()) && !w.contains(['h', 'H'])
}

/// A unit right after a dotted pair (`27.50 GHz`, `1.5-2.5 hours`, `3.1-3.5 %`).
fn unit_after(rest: &str) -> bool {
    let r = rest.trim_start();
    r.starts_with('%') || {
        let w: String = r.chars().take_while(|c| c.is_alphabetic()).collect();
        let l = w.to_lowercase();
        !l.is_empty() && !matches!(l.as_str(), "uhr" | "h" | "am" | "pm" | "hrs" | "horas" | "heures" | "hs") && l != "utc" && l != "gmt"
            && (l.ends_with("hz") || matches!(l.as_str(), "km" | "kg" | "mb" | "gb" | "m" | "cm" | "mm" | "percent" | "hours" | "hour" | "years" | "million" | "billion"))
    }
}

/// `10: 45` at a range's end (`09:30 – 10: 45`, `14.00 – 17 .00`): a space slipped in
/// beside the colon or dot. Read as `10:45`, when two digits and then no digit follow.
fn spaced_minutes(r: &str) -> Option<(&str, notation::Clock)> {
    let b = r.as_bytes();
    let h = b.iter().take_while(|x| x.is_ascii_digit()).count();
    // `18: 00`, `17 .00`, `18. 00`: one space beside the colon or dot of an end.
    let sep = match b.get(h..h + 2) {
        Some(b": " | b". ") => b[h],
        Some(b" :" | b" .") => b[h + 1],
        _ => return None,
    };
    let ok = (1..=2).contains(&h) && b.get(h + 2..h + 4).is_some_and(|m| m.iter().all(u8::is_ascii_digit)) && b.get(h + 4).is_none_or(|x| !x.is_ascii_digit());
    if !ok {
        return None;
    }
    let joined = format!("{}{}{}", &r[..h], sep as char, &r[h + 2..h + 4]);
    let (rest, c) = notation::clock(&joined).ok()?;
    rest.is_empty().then(|| (&r[h + 4..], c))
}

/// The separator between two times, and the text after it.
/// `s` after the inline HTML tags it opens with (`</kbd>`, `<b>`, `<span class="t">`), at
/// most four, each short.
fn skip_inline_tags(mut s: &str) -> &str {
    for _ in 0..4 {
        let Some(inner) = s.strip_prefix('<').filter(|x| x.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/')) else { break };
        let Some(close) = inner.as_bytes().iter().take(40).position(|&b| b == b'>') else { break };
        if inner[..close].contains(['<', '\n']) {
            break;
        }
        s = &inner[close + 1..];
    }
    s
}

fn separator(r: &str) -> Option<(&str, usize)> {
    // Emphasis around each time (`_18:45_ – _19:00_`, `<kbd>09:15</kbd> - <kbd>12:00</kbd>`)
    // is no part of the separator.
    let r0 = skip_inline_tags(r.trim_start_matches(['_', '*']));
    let mut trimmed = r0.trim_start_matches(|c: char| c.is_whitespace() && c != '\n');
    // The word saying the first end is a time of day (`12.00 uur – 12.45 uur`).
    let word = trimmed.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    // (Such words have one to five letters: longer ones are not folded to be looked up.)
    // So is the word before a joining word (`von 10 Uhr bis 13 Uhr`).
    if (1..=5).contains(&word.len()) && words::is_time_of_day_word(&word.to_ascii_lowercase()) {
        let after = trimmed[word.len()..].trim_start_matches(|c: char| c.is_whitespace() && c != '\n');
        let joiner: String = after.chars().take_while(|c| c.is_alphabetic()).take(8).collect();
        let spaced = after.len() < trimmed.len() - word.len();
        if spaced && (after.starts_with(['-', '–', '—']) || word.len() >= 2 && words::is_range_word(&words::fold(&joiner)) && !matches!(joiner.as_str(), "y" | "e")) {
            trimmed = after;
        }
    }
    // The zone written after each end (`18.00 WIB hingga 20.00 WIB`, `from 19:00 CET to
    // 21:00 CET`): the first one stands before the separator; the second must follow the end.
    let mut zoned: Option<&str> = None;
    let caps = trimmed.bytes().take_while(u8::is_ascii_uppercase).count();
    // Asked only where a dash or a word follows the capitals, and a time after that.
    let joined = || {
        let rest = trimmed[caps..].trim_start_matches(' ');
        let word = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        (rest.starts_with(['-', '–', '—']) || !word.is_empty() && words::is_range_word(&words::fold(word))) && rest.len() > word.len()
    };
    if (2..=5).contains(&caps) && trimmed[caps..].starts_with(' ') && joined() && time::zone_from_name(&trimmed[..caps]).is_ok() {
        zoned = Some(&trimmed[..caps]);
        trimmed = trimmed[caps..].trim_start_matches(' ');
    }
    let again = |after: &str| zoned.is_none_or(|z| after.get(..after.len().min(16)).unwrap_or(after).contains(z));
    let lead = r.len() - trimmed.len();
    // `〜` (wave dash), `～` (full-width tilde) and `∼` join times in Japanese, Chinese and
    // Korean pages as `~` does, and so does the long-vowel mark `ー` typed for a dash
    // (`10:00ー17:30`); so do `から` ("from") and Chinese `到`, `至` between digit times
    // (`13:00から14:00`, `9:30至11:00`).
    for sep in ["--", "-", "–", "—", "‐", "‑", "‒", "−", "―", "~", "〜", "～", "∼", "ー", "から", "到", "至", "→", "►", ">", "/"] {
        if let Some(after) = trimmed.strip_prefix(sep) {
            // `►`, `>` and `/` join times only in `10h15 ► 10h30`-like lists when spaced, and
            // `/` also unspaced between `h` times (`9h00/9h30`; `15:00/16:00` may be one time
            // in two zones, `24/7` no time at all).
            if (sep == "►" || sep == ">" || sep == "/" && !h_time(after)) && lead == 0 {
                return None;
            }
            let after = after.trim_start_matches(|c: char| c.is_whitespace() && c != '\n');
            let after = if r0.len() < r.len() { skip_inline_tags(after.trim_start_matches(['_', '*'])) } else { after };
            // `09:00 – ~17:00`: an end said to be approximate (the range's token is marked so).
            let after = after.strip_prefix(['~', '≈']).filter(|x| x.starts_with(|c: char| c.is_ascii_digit())).unwrap_or(after);
            return (ends_range(after) && again(after)).then_some((after, r.len() - after.len()));
        }
    }
    if lead == 0 {
        return None;
    }
    let w: String = trimmed.chars().take_while(|c| c.is_alphabetic()).collect();
    if w.is_empty() || !words::is_range_word(&words::fold(&w)) || matches!(words::fold(&w).as_str(), "y" | "e") {
        return None;
    }
    let mut after = &trimmed[w.len()..];
    // Dutch `tot en met` ("up to and including") joins as `tot` does.
    if w == "tot" {
        after = after.strip_prefix(" en met").filter(|x| x.starts_with(' ')).unwrap_or(after);
    }
    let mut after2 = after.trim_start_matches(|c: char| c.is_whitespace() && c != '\n');
    // A word for "o'clock" or an article may stand before the end (`alle ore 13.00`, `a las
    // 13:00`, `bis um 13 Uhr`).
    let clock: String = after2.chars().take_while(|c| c.is_alphabetic()).take(8).collect();
    if after2.len() < after.len() && words::is_before_end_word(&clock) {
        let rest = after2[clock.len()..].trim_start_matches(|c: char| c == '.' || c.is_whitespace() && c != '\n');
        if rest.len() < after2.len() - clock.len() {
            after2 = rest;
        }
    }
    // `16:35 to16:40`: a typed range may lose the space after its word (of two letters or
    // more: `a10` is no range).
    let glued = w.len() >= 2 && after2.starts_with(|c: char| c.is_ascii_digit());
    ((after2.len() < after.len() || glued) && ends_range(after2) && again(after2)).then_some((after2, r.len() - after2.len()))
}

/// True when a range's end may start `s`: a digit, or a word for noon or midnight
/// (`11:30-Noon`, `10:00 to midnight`).
fn ends_range(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_digit()) || s.starts_with(|c: char| c.is_alphabetic()) && notation::clock_word(s).is_ok()
}

/// True when `s` starts with a time in the `h` style: `9h30`, `10h`, `17H`.
fn h_time(s: &str) -> bool {
    let d = s.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&d) && s[d..].starts_with(['h', 'H'])
}

/// `1400-1410GMT`, `0930-1000 hrs`: four-digit times joined by a dash, taken only with a
/// zone or `h`/`hrs`/`Uhr` right after them (a bare `2014-2016` is a span of years), or
/// opening their line where the text's four-digit ranges run on (`hhmm`, see [`hhmm_chain`]).
fn hhmm_range(t: &str, pos: usize, hhmm: bool) -> Option<(usize, Time, Time)> {
    let s = &t[pos..];
    let ((h1, m1), (h2, m2), b_off) = hhmm_pair(s)?;
    let b_start = pos + b_off;
    let after = &t[b_start + 4..];
    let tail: String = after.trim_start().chars().take_while(|c| c.is_alphabetic()).collect();
    let zone_or_h = !tail.is_empty()
        && (matches!(tail.to_lowercase().as_str(), "h" | "hrs" | "hours" | "uhr" | "gmt" | "utc" | "z")
            || tail.chars().all(|c| c.is_ascii_uppercase()) && time::zone_from_name(&tail).is_ok());
    let years = (1900..=2100).contains(&(h1 * 100 + m1)) && (1900..=2100).contains(&(h2 * 100 + m2));
    // In brackets after its entry's title (`Break (1100-1130)`), in a text of such ranges.
    let bracketed = t[..pos].ends_with('(') && after.starts_with(')');
    if !(zone_or_h || hhmm && (opens_line(t, pos) || bracketed) || after_slot_label(&t[..pos])) || years || (h2 * 60 + m2) < (h1 * 60 + m1) {
        return None;
    }
    let mk = |h, m, a: usize| Time { at: (a, a + 4), hour: h, minute: m, meridiem: None, style: ClockStyle::Colon, padded: true, h24: true };
    Some((b_start + 4, mk(h1, m1, pos), mk(h2, m2, b_start)))
}

/// True when `before` ends with a slot's label and its colon (`Time: 0900 - 1700`, `**Zeit:**`).
fn after_slot_label(before: &str) -> bool {
    let b = before.trim_end().trim_end_matches(['*', '_']);
    let Some(b) = b.strip_suffix(':') else { return false };
    let b = b.trim_end_matches(['*', '_']).trim_end();
    let start = b.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| i + b[i..].chars().next().map_or(1, char::len_utf8));
    super::cues::slot_label(&words::fold(&b[start..]))
}

/// An hour and its minutes.
type HourMinute = (u32, u32);

/// Two four-digit times joined by a dash at the start of `s` (`0830 – 0900`): the hours and
/// minutes of each and where the second starts.
fn hhmm_pair(s: &str) -> Option<(HourMinute, HourMinute, usize)> {
    let four = |x: &str| -> Option<(u32, u32)> {
        let d = x.get(..4)?;
        if !d.bytes().all(|b| b.is_ascii_digit()) || x[4..].starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        let (h, m) = (d[..2].parse::<u32>().ok()?, d[2..].parse::<u32>().ok()?);
        (h <= 24 && m <= 59).then_some((h, m))
    };
    let a = four(s)?;
    // `0845GMT - 1400GMT`: the zone may follow the first time too.
    let rest = glued_zone(&s[4..]).map_or(&s[4..], |z| &s[4 + z..]).trim_start();
    let rest = rest.strip_prefix(['-', '–', '—']).map(str::trim_start)?;
    Some((a, four(rest)?, s.len() - rest.len()))
}

/// The length of a zone's abbreviation glued to a four-digit time at the start of `s`
/// (`GMT` of `0700GMT`), ending its word.
fn glued_zone(s: &str) -> Option<usize> {
    let n = s.bytes().take_while(u8::is_ascii_uppercase).count();
    ((2..=5).contains(&n) && !s[n..].starts_with(char::is_alphanumeric) && time::zone_from_name(&s[..n]).is_ok()).then_some(n)
}

/// `0700GMT Opening`: a four-digit time with its zone glued to it, opening its line, as a
/// start time (the zone is read after it).
fn hhmm_point(t: &str, pos: usize) -> Option<(usize, Time)> {
    glued_zone(t.get(pos + 4..)?)?;
    four_digit_time(t, pos).filter(|_| opens_line(t, pos)).map(|p| (pos + 4, p))
}

/// The four-digit time of day at `pos` (`0930`, `1945`), an hour of 23 at most.
fn four_digit_time(t: &str, pos: usize) -> Option<Time> {
    let d = t.get(pos..pos + 4).filter(|d| d.bytes().all(|b| b.is_ascii_digit()))?;
    let (h, m) = (d[..2].parse::<u32>().ok()?, d[2..].parse::<u32>().ok()?);
    (h <= 23 && m <= 59).then_some(Time { at: (pos, pos + 4), hour: h, minute: m, meridiem: None, style: ClockStyle::Colon, padded: true, h24: true })
}

/// The lines of a table whose header names a column for the time (`| Time | What |`,
/// `Zeit`, `Hora`) and three rows or more of which hold four-digit times in that column,
/// rising (`| 1930 |`, `| 1945 |`), with where each such cell starts in its line: the
/// times are written without a colon, though they read as years. The table ends at the
/// first line that is no row.
fn hhmm_column(lines: &[Line<'_>]) -> Vec<(usize, usize)> {
    const TIME_HEADERS: &[&str] = &["time", "zeit", "uhrzeit", "hora", "horario", "heure", "horaire", "ora", "orario", "tijd", "czas", "tid", "時間", "시간"];
    let mut out = Vec::new();
    // The time column of the table being read, and its rows' times.
    let mut column: Option<usize> = None;
    let mut rows: Vec<(usize, usize, u32)> = Vec::new();
    let close = |rows: &mut Vec<(usize, usize, u32)>, out: &mut Vec<(usize, usize)>| {
        if rows.len() >= 3 && rows.windows(2).all(|w| w[0].2 < w[1].2) {
            out.extend(rows.iter().map(|&(l, at, _)| (l, at)));
        }
        rows.clear();
    };
    for (i, l) in lines.iter().enumerate() {
        let t = l.text.trim();
        if !t.contains('|') {
            column = None;
            close(&mut rows, &mut out);
            continue;
        }
        let inner = t.strip_prefix('|').unwrap_or(t);
        // A row that names a time column opens a table of them; its header is looked for
        // without a copy of its cells.
        let Some(k) = column else {
            column = inner.split('|').position(|c| TIME_HEADERS.iter().any(|h| c.trim().eq_ignore_ascii_case(h)));
            continue;
        };
        // The cells between bars, with where each starts in the line.
        let lead = l.text.len() - l.text.trim_start().len() + usize::from(t.starts_with('|'));
        let mut at = lead;
        let cells: Vec<(usize, &str)> = inner
            .split('|')
            .map(|c| {
                let start = at + (c.len() - c.trim_start().len());
                at += c.len() + 1;
                (start, c.trim())
            })
            .collect();
        if let Some(&(at, c)) = cells.get(k) {
            if c.len() == 4 {
                if let Some(p) = four_digit_time(l.text, at) {
                    rows.push((i, at, p.hour * 60 + p.minute));
                }
            }
        }
    }
    close(&mut rows, &mut out);
    out
}

/// The lines opening with a four-digit time and a colon before their title (`- 1300: Relay`,
/// `1315: Long jump`), in runs of three or more whose times rise by five-minute steps, with
/// where each time starts in its line: a programme of start times written without a colon
/// inside the time. A year's colon (`1848: Revolution`) does not run on so.
fn hhmm_colon_starts(lines: &[Line<'_>]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut run: Vec<(usize, usize, u32)> = Vec::new();
    // A time written with a colon (`12:50`) within twelve lines before a run says the
    // text writes times of day; without one, a run of figures all read as years from 1000
    // to 2100 (`1905:`, `1910:`) is a timeline.
    let colon_clock = |l: &Line<'_>| l.text.as_bytes().windows(4).any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit() && w[3].is_ascii_digit());
    let flush = |run: &mut Vec<(usize, usize, u32)>, out: &mut Vec<(usize, usize)>| {
        let years = run.iter().all(|&(_, _, m)| (10 * 60..=21 * 60).contains(&m));
        let clocked = || run.first().is_some_and(|&(first, _, _)| lines[first.saturating_sub(12)..first].iter().any(colon_clock));
        if run.len() >= 3 && (!years || clocked()) {
            out.extend(run.iter().map(|&(l, at, _)| (l, at)));
        }
        run.clear();
    };
    for (i, l) in lines.iter().enumerate() {
        if l.is_blank() {
            continue;
        }
        let s = after_line_lead(l.text);
        let at = l.text.len() - s.len();
        let b = s.as_bytes();
        let opens = b.len() > 6 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b':' && b[5] == b' ';
        let time = opens.then(|| four_digit_time(l.text, at)).flatten().filter(|p| p.minute % 5 == 0);
        match time {
            Some(p) if run.last().is_none_or(|&(_, _, m)| m < p.hour * 60 + p.minute) => run.push((i, at, p.hour * 60 + p.minute)),
            Some(p) => {
                flush(&mut run, &mut out);
                run.push((i, at, p.hour * 60 + p.minute));
            }
            None => flush(&mut run, &mut out),
        }
    }
    flush(&mut run, &mut out);
    out
}

/// `t` without the table bars, list markers and spaces that open it.
fn after_line_lead(t: &str) -> &str {
    t.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '|' | '-' | '*' | '•'))
}

/// True when only a table bar, a list marker or spaces stand before `pos` in its line.
fn opens_line(t: &str, pos: usize) -> bool {
    after_line_lead(&t[..pos]).is_empty()
}

/// True when lines open with four-digit ranges (`| 0800 – 0830 |`, `0830-0900 Briefing`),
/// or end with them in brackets (`Break (1100-1130)`), and one starts where another ends:
/// the text writes times of day without a colon, so its four-digit ranges opening lines
/// are times even without a zone or `hrs` after them (a span of figures, `1000-1500
/// words`, does not run on so), or when a part opens where its whole does.
fn hhmm_chain(lines: &[Line<'_>]) -> bool {
    let mut spans: Vec<(u32, u32)> = Vec::new();
    for l in lines {
        let s = after_line_lead(l.text);
        // Or the range in brackets ends the line (`1. Activity Report (1010-1030)`).
        let bracketed = || l.text.trim_end().strip_suffix(')').and_then(|x| x.rsplit_once('(')).map_or("", |(_, inner)| inner);
        let pair = s.starts_with(|c: char| c.is_ascii_digit()).then(|| hhmm_pair(s)).flatten().or_else(|| hhmm_pair(bracketed()).filter(|p| p.2 + 4 == bracketed().len()));
        if let Some(((h1, m1), (h2, m2), _)) = pair {
            let (a, b) = (h1 * 60 + m1, h2 * 60 + m2);
            if a < b && !(1900..=2100).contains(&(h1 * 100 + m1)) {
                spans.push((a, b));
            }
        }
    }
    // Or a part opens where its whole does (`Strategy discussion (0900-1230)` / `0900-1030 -
    // Breakout groups`).
    // (Each start's least and greatest end, found in one pass.)
    let nested = || {
        let mut ends: foldhash::HashMap<u32, (u32, u32)> = foldhash::HashMap::default();
        for &(a, b) in &spans {
            let e = ends.entry(a).or_insert((b, b));
            *e = (e.0.min(b), e.1.max(b));
        }
        ends.values().any(|&(lo, hi)| lo < hi)
    };
    runs_on(spans.iter().copied()) || nested()
}

/// The lines (in order) that open with a dotted time before a capitalised title (`15.10
/// Talk on forests`), in runs of three or more such lines whose times rise by five minutes
/// or more each: a programme of start times. Decimals and section numbers (`3.10 Results`,
/// `3.11 Discussion`) do not rise so.
fn dotted_start_lines(lines: &[Line<'_>]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    let mut last: Option<u32> = None;
    // Every line opening with a time with minutes before a capitalised title: its line,
    // its minutes, and whether the time is dotted.
    let mut opening: Vec<(usize, u32, bool)> = Vec::new();
    let flush = |run: &mut Vec<usize>, out: &mut Vec<usize>| {
        if run.len() >= 3 {
            out.extend_from_slice(run);
        }
        run.clear();
    };
    for (li, l) in lines.iter().enumerate() {
        if l.is_blank() {
            continue;
        }
        let s = after_line_lead(l.text);
        // `H.MM ` or `HH.MM ` first, cheaply: most lines open otherwise.
        let b = s.as_bytes();
        let h = b.iter().take(3).take_while(|x| x.is_ascii_digit()).count();
        if !(1..=2).contains(&h) || !matches!(b.get(h), Some(b'.' | b':')) || b.get(h + 3) != Some(&b' ') {
            continue;
        }
        if b[h] == b':' {
            if let Ok((rest, c)) = notation::clock(s) {
                let mut w = rest.trim_start().chars();
                if c.meridiem.is_none() && w.next().is_some_and(char::is_uppercase) {
                    opening.push((li, c.hour * 60 + c.minute, false));
                }
            }
            continue;
        }
        let opened = notation::clock(s).ok().map(|(rest, c)| {
            // A range's end may stand between (`10.30 -1.00 Sitting practice`).
            let ended = rest.trim_start().strip_prefix(['-', '–', '—']).and_then(|r| notation::clock(r.trim_start()).ok()).filter(|(_, e)| e.style == ClockStyle::Dot && e.meridiem.is_none());
            (ended.map_or(rest, |(r, _)| r), c)
        });
        let opened = opened.filter(|(rest, c)| {
            // The title may open with a quotation mark or a bracket (`15.10 ”Refugees in …”`).
            // Spaces or a tab may line the titles up (`10.00     Opening remarks`).
            // Emphasis may open it too (`19.30 **"Design"** Jane Roe`).
            let title = rest.strip_prefix([' ', '\t']).unwrap_or("x").trim_start_matches([' ', '\t']).trim_start_matches(['*', '_']).trim_start_matches(['"', '\'', '“', '”', '„', '«', '‘', '’', '(']);
            let mut w = title.chars();
            // Or a word in capitals of four letters or more (`13.00 TEMA belyses`, `14.30 PANEL
            // DEBATE`); a currency's code has three (`12.50 EUR`).
            // So may an acronym before a capitalised word (`17.00 RSC Lecture by …`, `10.00 UN
            // Women panel`), which no currency's code stands before.
            let caps = || {
                let run = title.chars().take_while(|c| c.is_alphabetic() && c.is_uppercase()).count();
                run >= 4 || (2..=3).contains(&run) && title[run..].strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_uppercase))
            };
            c.style == ClockStyle::Dot && c.meridiem.is_none() && c.hour <= 23 && (w.next().is_some_and(char::is_uppercase) && w.next().is_some_and(char::is_lowercase) || caps())
        });
        let Some((_, c)) = opened else { continue };
        let m = c.hour * 60 + c.minute;
        // A padded hour after the morning's (`11.15`, then `01.00`): a 12-hour schedule over
        // noon, which these lines cannot read (their times are read as written).
        if last.is_some_and(|p| m < p + 5 && p >= 10 * 60) && b[0] == b'0' && c.hour < 12 {
            return Vec::new();
        }
        if last.is_none_or(|p| m < p + 5) {
            flush(&mut run, &mut out);
        }
        run.push(li);
        last = Some(m);
        opening.push((li, m, true));
    }
    flush(&mut run, &mut out);
    // One dotted time among start times written with a colon (`10:55 Q&A`, `11.15 Session
    // 1`, `12:15 Feedback`), rising between the two around it, is one of them.
    for w in opening.windows(3) {
        let [(_, a, false), (li, m, true), (_, b, false)] = *w else { continue };
        if a + 5 <= m && m + 5 <= b {
            out.push(li);
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The lines (in order) that open with a bare hour joined by a dash to a time with minutes
/// (`9 - 9.20 | Welcome`) whose end another line opens with (`9.20 - 10.05 | Keynote`), or
/// whose hour the range on the line before ends at (`2:30-3:00 Step`, then `3-3:30 Wrap`):
/// in a list of ranges with minutes, a range may leave its start's minutes out, and a
/// figure before a dash (`10 - 10.30 per cent`) does not run on so.
fn bare_start_lines(lines: &[Line<'_>]) -> Vec<usize> {
    // Where the range opening line `li` ends (`2:30-3:00`, `2:30-3`), as hour and minute.
    let range_end = |li: usize| -> Option<(u32, u32)> {
        let (r, c) = notation::clock(after_line_lead(lines[li].text)).ok()?;
        if !matches!(c.style, ClockStyle::Dot | ClockStyle::Colon) || c.meridiem.is_some() {
            return None;
        }
        let r = r.trim_start().strip_prefix(['-', '–', '—'])?.trim_start();
        match notation::clock(r) {
            Ok((_, e)) if e.meridiem.is_none() => Some((e.hour, e.minute)),
            _ => {
                let h = r.bytes().take_while(u8::is_ascii_digit).count();
                let bare = (1..=2).contains(&h) && r[h..].starts_with([' ', '\t']);
                bare.then(|| r[..h].parse().ok().map(|hour| (hour, 0))).flatten()
            }
        }
    };
    let mut ends: Vec<(usize, (u32, u32))> = Vec::new();
    let mut runs_on: Vec<usize> = Vec::new();
    for (li, l) in lines.iter().enumerate() {
        let s = after_line_lead(l.text);
        let h = s.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=2).contains(&h) {
            continue;
        }
        let Some(r) = s[h..].trim_start().strip_prefix(['-', '–', '—']) else { continue };
        if let Ok((_, c)) = notation::clock(r.trim_start()) {
            if matches!(c.style, ClockStyle::Dot | ClockStyle::Colon) && c.meridiem.is_none() {
                let hour: u32 = s[..h].parse().unwrap_or(99);
                let before = (0..li).rev().find(|&j| !lines[j].is_blank());
                if before.and_then(range_end) == Some((hour, 0)) {
                    runs_on.push(li);
                } else {
                    ends.push((li, (c.hour, c.minute)));
                }
            }
        }
    }
    if ends.is_empty() {
        return runs_on;
    }
    let starts: foldhash::HashSet<(u32, u32)> = lines
        .iter()
        .filter_map(|l| notation::clock(after_line_lead(l.text)).ok().map(|(_, c)| c))
        .filter(|c| matches!(c.style, ClockStyle::Dot | ClockStyle::Colon))
        .map(|c| (c.hour, c.minute))
        .collect();
    let mut out: Vec<usize> = ends.into_iter().filter(|(_, e)| starts.contains(e)).map(|(li, _)| li).chain(runs_on).collect();
    out.sort_unstable();
    out
}

/// A single time at `pos`: any clock style; a dotted time needs `Uhr`/`h` after it or a
/// separator (`10.30 Uhr`, `10.00-10.35`); an hour alone needs am/pm (`2 pm`) or `h`.
/// The end of `HH:MM:00` at `pos` right after an ISO date and a space (`2019-06-29
/// 14:00:00`): a date-time stamp whole to the minute gives its time; other seconds
/// (`14:03:17`, a log's) make no time of day.
fn stamp_whole_minute(t: &str, pos: usize) -> Option<usize> {
    let b = t.as_bytes();
    let s = b.get(pos..pos + 8)?;
    let shaped = s[..2].iter().chain(&s[3..5]).all(u8::is_ascii_digit) && s[2] == b':' && &s[5..] == b":00";
    let date = b.get(pos.checked_sub(11)?..pos)?;
    let iso = date[..10].iter().enumerate().all(|(k, c)| if k == 4 || k == 7 { *c == b'-' } else { c.is_ascii_digit() }) && matches!(date[10], b' ' | b'T');
    // `Z`, for UTC, may follow (`2019-06-29T14:00:00Z`).
    let z = usize::from(b.get(pos + 8) == Some(&b'Z'));
    (shaped && iso && !b.get(pos + 8 + z).is_some_and(u8::is_ascii_alphanumeric)).then_some(pos + 8)
}

fn point_at(t: &str, pos: usize, lead: bool) -> Option<(usize, Time)> {
    let s = &t[pos..];
    // The end of a range that was refused (`SDG 16.10-16.20`) is no time either.
    let before = &t[..pos];
    if before.strip_suffix(['-', '–']).is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit())) || negative(t, pos) {
        return None;
    }
    if let Some(end) = stamp_whole_minute(t, pos) {
        let (_, c) = notation::clock(&t[pos..pos + 5]).ok()?;
        return Some((end, time_of(c, (pos, end), t)));
    }
    // A start time glued to its title (`16:10Prezentacja`) is read as a range's end is.
    let (rest, c) = notation::clock(s).ok().or_else(|| glued_title(s))?;
    let end = pos + s.len() - rest.len();
    let time = time_of(c, (pos, end), t);
    if time.readings().is_empty() {
        return None;
    }
    if c.style == ClockStyle::Dot {
        let written = &t[pos..end];
        let after = rest.trim_start();
        // `10.30 horas`, `13.00 hrs`: the word people write after a time of day, as `Uhr`
        // (a dotted pair is no decimal number of hours: `9.30 horas` is not 9 h 18 min).
        let clock_word = || {
            let w: String = after.chars().take_while(|c| c.is_alphabetic()).collect();
            matches!(words::fold(&w).as_str(), "horas" | "hrs" | "hs" | "uur")
        };
        // `17.00 CEST`: a zone after it makes it a time of day too.
        let zoned = || slot::zone_text(after).is_ok_and(|(_, z)| z.len() >= 3 && z.starts_with(|c: char| c.is_ascii_alphabetic()) && time::zone_from_name(z).is_ok());
        let uhr = written.to_lowercase().ends_with("uhr") || written.ends_with('h') || clock_word() || clock_word_before(t, pos) || zoned();
        let item = after.starts_with(['|', ':', '–', '-', '►']) || after.is_empty() || lead;
        if c.meridiem.is_none() && !uhr && (!item || c.hour > 23 || numbering_before(t, pos) || unit_after(rest)) {
            return None;
        }
    }
    Some((end, time))
}

/// `h:05`, `H:40`, `xx:15`: two digits of minutes after a letter standing for any hour, at a
/// word start. Read as hour 0 (an offset from the start, as `0:05` is), with where it starts.
fn hour_relative_at(t: &str, pos: usize) -> Option<(usize, Time)> {
    let b = t.as_bytes();
    let lead = b[..pos - 1].iter().rev().take_while(|x| matches!(**x | 0x20, b'h' | b'x')).count();
    let from = pos - 1 - lead;
    let same = lead >= 1 && b[from..pos - 1].iter().all(|&x| x == b[from]);
    let two = b.get(pos + 1).is_some_and(u8::is_ascii_digit) && !b.get(pos + 2).is_some_and(|x| x.is_ascii_alphanumeric());
    if !(same && lead <= 2 && two && word_start(t, from)) {
        return None;
    }
    let minute = u32::from(b[pos] - b'0') * 10 + u32::from(b[pos + 1] - b'0');
    (minute <= 59).then_some((from, Time { at: (from, pos + 2), hour: 0, minute, meridiem: None, style: ClockStyle::Colon, padded: true, h24: true }))
}

/// A dotted time before Dutch `uur` (`1.00 uur`, `0.15 uur`) is also a length in hours and
/// minutes, since `uur` is both "hour" and "o'clock" and Dutch writes decimals with a comma.
/// Returns the end of `uur` and the minutes.
fn uur_length(t: &str, end: usize, p: &Time) -> Option<(usize, u32)> {
    if p.style != ClockStyle::Dot || p.meridiem.is_some() {
        return None;
    }
    let rest = &t[end..];
    let w = rest.trim_start();
    let unit = w.get(..3).is_some_and(|u| u.eq_ignore_ascii_case("uur")) && !w[3..].starts_with(char::is_alphanumeric);
    unit.then(|| (end + rest.len() - w.len() + 3, p.hour * 60 + p.minute))
}

/// `Duration: 1:30`, `Length: 2:00 hrs`, `Dauer: 1:30 Std.`: a colon time right after a
/// label for a length (opening its line, cell or bracket) is also hours and minutes of
/// length, with an hour's unit after it or none. Returns the end (past the unit) and the minutes.
fn labelled_clock_length(t: &str, pos: usize, end: usize, p: &Time) -> Option<(usize, u32)> {
    if p.style != ClockStyle::Colon || p.meridiem.is_some() || p.hour > 12 || !length_label_before(t, pos) {
        return None;
    }
    let rest = &t[end..];
    let w = rest.trim_start();
    let unit: String = w.chars().take_while(|c| c.is_alphabetic()).collect();
    let mut e = end;
    if !unit.is_empty() {
        let after = &w[unit.len()..];
        if !words::is_hour_unit(&words::fold(&unit)) || after.starts_with(char::is_alphanumeric) {
            return None;
        }
        e = t.len() - after.len();
    }
    Some((e, p.hour * 60 + p.minute))
}

/// `Duration 35:00`: minutes and seconds after a label for a length, where the minutes
/// (24 or more) can be no hour and the seconds are none. Returns the end and the minutes.
fn labelled_minutes_seconds(t: &str, pos: usize) -> Option<(usize, u32)> {
    let b = t.as_bytes();
    let n = b[pos..].iter().take_while(|x| x.is_ascii_digit()).count();
    let (m, r) = (t[pos..pos + n].parse::<u32>().ok()?, &t[pos + n..]);
    let e = pos + n + 3;
    let ok = (2..=3).contains(&n) && (24..=16 * 60).contains(&m) && r.starts_with(":00") && !b.get(e).is_some_and(|x| x.is_ascii_alphanumeric() || *x == b':');
    (ok && length_label_before(t, pos)).then_some((e, m))
}

/// True when a label for a length (`Duration`, `Length:`, `| Dauer |`) stands right before
/// `pos`, opening its line, cell or bracket with one word before it at most.
fn length_label_before(t: &str, pos: usize) -> bool {
    // `| Duration | 1:30 |`, `Duration<tab>1:30`: the label may stand in the cell before.
    // A bounded window, so that each time on a line millions of bytes long costs the same.
    let head = t[crate::source::floor_char(t, pos.saturating_sub(64))..pos].trim_end();
    let head = head.strip_suffix('|').unwrap_or(head);
    // A bullet run into the line (`* Time: 15:00 UTC * Duration: 2:15 hrs`) opens a field too.
    let cut = head.rfind(['|', '(', '[', ';', '\t', '•', '·']).map(|k| k + head[k..].chars().next().map_or(1, char::len_utf8)).max(head.rfind(" * ").map(|k| k + 3)).unwrap_or(0);
    let head = head[cut..].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
    let head = head.strip_suffix([':', '：']).unwrap_or(head).trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
    let word = head.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    let lead = &head[..head.len() - word.len()];
    !word.is_empty() && words::is_length_label(&words::fold(word)) && words::real_words(lead).nth(1).is_none()
}

/// True when the length at `pos..end` says how often, not how long (no noun after it):
/// `every 6 hours`, `runs every **20 minutes**`, `alle 30 Minuten`, `toutes les 2 heures`, `cada 10 minutos`, `ogni 5
/// minuti`, `co 15 minut`, `каждые 10 минут`; in Japanese, Chinese or Korean `10 分おき`, `1
/// 分ごと` (every ten minutes, every minute), `毎時 17 分` (at minute 17 of every hour), `10분마다`.
fn interval(t: &str, pos: usize, end: usize) -> bool {
    let after = t[end..].trim_start();
    let before = t[..pos].trim_end();
    if ["ごと", "おき", "置き", "毎", "마다"].iter().any(|w| after.starts_with(w)) || ["毎時", "毎日", "每小时", "每", "매시", "매일"].iter().any(|w| before.ends_with(w)) {
        return true;
    }
    let before = before.trim_end_matches(['*', '_']).trim_end();
    // `Every 1 1/2 hour session opens …` tells of each session, a noun after the length.
    if after.trim_start_matches(['*', '_']).trim_start().starts_with(char::is_alphabetic) {
        return false;
    }
    let word = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    (words::is_every_word(word) || matches!(words::fold(word).as_str(), "alle" | "les" | "co"))
        && (!before.ends_with("les") || {
            let tail = words::fold(&before[crate::source::floor_char(before, before.len().saturating_sub(12))..]);
            tail.ends_with("toutes les") || tail.ends_with("tous les")
        })
}

/// `~`, `approx.`, `about`, `ca.` right before `pos`.
fn approx_before(t: &str, pos: usize) -> bool {
    let before = t[..pos].trim_end();
    if before.ends_with('~') || before.ends_with('≈') || before.ends_with('±') {
        return true;
    }
    let w = before.rsplit(|c: char| c.is_whitespace() || c == '(').next().unwrap_or("");
    words::is_approx_word(&words::fold(w)) && !matches!(words::fold(w).as_str(), "max" | "maximum" | "up")
}

/// `(approx.)`, `approximately`, `ca.` right after a range.
fn approx_after(rest: &str) -> bool {
    let r = rest.trim_start().trim_start_matches('(');
    let w: String = r.chars().take_while(|c| c.is_alphabetic() || *c == '.').collect();
    !w.is_empty() && matches!(words::fold(&w).trim_end_matches('.'), "approx" | "approximately" | "ca" | "circa" | "environ" | "aprox")
}

/// Byte offsets where a unit word may start (`min`, `hour`, `heure`, `Stund`, `hora`, ` ore`).
fn unit_positions(t: &str, words: &[usize]) -> Vec<usize> {
    // Unit words start words (`min`, `minutes`, `Stunden`); a unit glued to its number
    // (`15min`) is read from the number.
    let b = t.as_bytes();
    words
        .iter()
        .copied()
        .filter(|&i| {
            may_start_a_unit(b, i) && unit_word_at(b, i)
        })
        .collect()
}

/// Every length on the line, with its approximate, ranged and per-unit marks.
fn durations(t: &str, base: usize, li: usize, taken: &[(usize, usize)], units: &[usize], starts: &Starts, out: &mut Vec<Token>) {
    let first = out.len();
    let mut next_free = 0;
    // Where unit words stand: a number word (`ten minutes`) is only tried a few words
    // before one, and a number only when a unit or a prime may follow it.
    let b = t.as_bytes();
    let mut u = 0;
    // Digits always; other words only a few words before a unit.
    let mut cands: Vec<usize> = starts.digits.clone();
    if !units.is_empty() {
        let mut k = 0;
        for &w in &starts.words {
            while k < units.len() && units[k] < w {
                k += 1;
            }
            if units.get(k).is_some_and(|&x| x - w <= 48) {
                cands.push(w);
            }
        }
        cands.sort_unstable();
    }
    for pos in cands {
        if pos < next_free {
            continue;
        }
        let digit = b[pos].is_ascii_digit();
        while u < units.len() && units[u] < pos {
            u += 1;
        }
        let unit_near = units.get(u).is_some_and(|&x| x - pos <= 48);
        if !(unit_near || digit && unit_follows(&b[pos..])) {
            continue;
        }
        if !word_start(t, pos) || signed(t, pos) {
            continue;
        }
        let k = taken.partition_point(|&(a, _)| a <= pos);
        if k > 0 && taken[k - 1].1 > pos {
            continue;
        }
        let Some((end, mut d)) = duration_at(t, pos) else { continue };
        // A length may not straddle a time (it may lie inside an `h` time, `1h15`).
        let k = taken.partition_point(|&(a, _)| a < end);
        if k > 0 && taken[k - 1].1 > pos && !(taken[k - 1].0 <= pos && end <= taken[k - 1].1) {
            continue;
        }
        next_free = end;
        if interval(t, pos, end) || metres(&t[pos..end], d) {
            continue;
        }
        d.approx |= approx_before(t, pos);
        d.per_unit |= per_unit_after(&t[end..]) || per_unit_before(t, pos);
        out.push(Token { line: li, at: (base + pos, base + end), kind: Kind::Dur(d), approx: d.approx });
    }
    // `The hour-long town hall`, `a half-hour webinar`: an hour, or half of one, with no
    // number before it (`an hour-long`, read above, keeps its own token).
    // Each `our` is looked at (one search a line, with a searcher made once).
    static OUR: std::sync::OnceLock<memchr::memmem::Finder<'static>> = std::sync::OnceLock::new();
    let ours = OUR.get_or_init(|| memchr::memmem::Finder::new(b"our"));
    let lower = |k: usize, w: &[u8]| b.get(k..k + w.len()).is_some_and(|x| x.eq_ignore_ascii_case(w));
    let mut read: Option<Vec<(usize, usize)>> = None;
    for k in ours.find_iter(b) {
        // `hour-long`, `hour long` from the `h`; `half-hour`, `half hour` from the `half`.
        let (pos, end, minutes) = if k >= 1 && (lower(k + 3, b"-long") || lower(k + 3, b" long")) && b[k - 1] | 0x20 == b'h' {
            (k - 1, k + 8, 60)
        } else if k >= 6 && (lower(k - 6, b"half-h") || lower(k - 6, b"half h")) {
            (k - 6, k + 3, 30)
        } else {
            continue;
        };
        let read = read.get_or_insert_with(|| out[first..].iter().map(|x| (x.at.0 - base, x.at.1 - base)).collect());
        if !word_start(t, pos) || b.get(end).is_some_and(u8::is_ascii_alphanumeric) || covered(taken, pos, end) || covered(read, pos, end) {
            continue;
        }
        let d = Dur { minutes, least: minutes, approx: approx_before(t, pos), per_unit: per_unit_after(&t[end..]) };
        out.push(Token { line: li, at: (base + pos, base + end), kind: Kind::Dur(d), approx: d.approx });
    }
    // German lengths written as one adjective (`90-minütige`, `zweistündige`), on a line that
    // holds one.
    if has_length_adjective(b) || has_slavic_length_adjective(b, &starts.digits) {
        // The lengths read above, in order: a look-up is a binary search.
        let read: Vec<(usize, usize)> = out[first..].iter().map(|x| (x.at.0 - base, x.at.1 - base)).collect();
        for &pos in starts.digits.iter().chain(&starts.words) {
            if !word_start(t, pos) || covered(taken, pos, pos + 1) || covered(&read, pos, pos + 1) {
                continue;
            }
            if let Some((end, minutes)) = length_adjective(t, pos) {
                let d = Dur { minutes, least: minutes, approx: approx_before(t, pos), per_unit: per_unit_before(t, pos) };
                out.push(Token { line: li, at: (base + pos, base + end), kind: Kind::Dur(d), approx: d.approx });
            }
        }
    }
}

/// True when the bytes hold the stem of a German length adjective written with its umlaut
/// (`stündig`, `minütig`): a cheap test before [`length_adjective`], a search for the
/// umlaut's bytes and a look at what follows them.
fn has_length_adjective(b: &[u8]) -> bool {
    memchr::memchr_iter(0xC3, b).any(|k| b.get(k + 1) == Some(&0xBC) && matches!(b.get(k + 2..k + 5), Some(b"ndi" | b"tig")))
}

/// True when a run of digits (starting at one of `digits`) is followed, after a hyphen at
/// most, by a Czech or Polish stem of a length adjective (`24hodinový`, `24-godzinny`,
/// `90minutový`, `90-minutowy`): looked for only after digits, where such words start.
fn has_slavic_length_adjective(b: &[u8], digits: &[usize]) -> bool {
    digits.iter().any(|&i| {
        let j = i + b[i..].iter().take_while(|x| x.is_ascii_digit()).count();
        let j = if b.get(j) == Some(&b'-') { j + 1 } else { j };
        b.get(j).is_some_and(|c| matches!(c, b'h' | b'g' | b'm')) && SLAVIC_LENGTH_STEMS.iter().any(|(s, _)| b[j..].starts_with(s.as_bytes()))
    })
}

/// The stems of Czech and Polish length adjectives, with the minutes of their unit
/// (`hodinový` hours, `minutový` minutes; `godzinny`, `minutowy`).
pub(super) const SLAVIC_LENGTH_STEMS: [(&str, f64); 4] = [("hodinov", 60.0), ("minutov", 1.0), ("godzinn", 60.0), ("minutow", 1.0)];

/// A German length written as one adjective at `pos`: a number or number word, then
/// `stündig` or `minütig` with any ending (`90-minütige`, `2-stündiger`, `zweistündige`,
/// `anderthalbstündigen`, `zweieinhalbstündige`). Returns its end and its minutes.
fn length_adjective(t: &str, pos: usize) -> Option<(usize, u32)> {
    let word_len = t[pos..].find(|c: char| !(c.is_alphanumeric() || c == '-' || c == ',' || c == '.')).unwrap_or(t.len() - pos);
    let word = t[pos..pos + word_len].trim_end_matches(['-', ',', '.']);
    if word.len() > 40 {
        return None;
    }
    let folded = words::fold(word);
    // German, then Czech (`24hodinový`, `90minutová`) and Polish (`24-godzinny`,
    // `90-minutowe`) after digits only.
    let stems = [("stundig", 60.0), ("minutig", 1.0)].into_iter().chain(SLAVIC_LENGTH_STEMS);
    let (stem, per) = stems.into_iter().find_map(|(s, m)| folded.find(s).map(|k| ((k, s), m)))?;
    let (k, s) = stem;
    let ending = &folded[k + s.len()..];
    let german = s.ends_with("ig");
    let ok = if german {
        matches!(ending, "" | "e" | "en" | "er" | "es" | "em")
    } else {
        matches!(ending, "ý" | "á" | "é" | "ou" | "ého" | "ém" | "ým" | "ých" | "y" | "a" | "e" | "ego" | "ym" | "ej" | "ych" | "ą")
    };
    if !ok {
        return None;
    }
    let prefix = folded[..k].trim_end_matches('-');
    let value = if prefix.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.') && prefix.starts_with(|c: char| c.is_ascii_digit()) {
        prefix.replace(',', ".").parse::<f64>().ok()?
    } else if german {
        german_number(prefix)?
    } else {
        return None;
    };
    let minutes = (value * per).round();
    (1.0..=24.0 * 60.0).contains(&minutes).then_some((pos + word.len(), minutes as u32))
}

/// A German number word as a length adjective opens with one (`zwei`, `anderthalb`,
/// `zweieinhalb`, `dreiviertel`), folded.
fn german_number(w: &str) -> Option<f64> {
    match w {
        "halb" => return Some(0.5),
        "anderthalb" | "eineinhalb" => return Some(1.5),
        "dreiviertel" => return Some(0.75),
        "viertel" => return Some(0.25),
        _ => {}
    }
    if let Some(whole) = w.strip_suffix("einhalb") {
        return Some(words::number_word(whole)? + 0.5);
    }
    // `ein` in a compound (`einstündig`) is one.
    words::number_word(w).or((w == "ein").then_some(1.0))
}

/// True when a minus sign stands right before the number at `pos`: `−4 min`, `(-4’)` (a
/// hyphen only right inside a bracket, where it is no list's dash). A negative number is a
/// change (a timetable's shift, a train running early), never a length.
fn signed(t: &str, pos: usize) -> bool {
    let before = &t[..pos];
    before.ends_with('−') || before.ends_with("(-") || before.ends_with("[-")
}

/// A length at `pos`: `15 min`, `1 hour, 10 minutes`, `ten minutes`, or a ranged length
/// `15-20 mins`, `2-3 minutes`, `2 à 5 minutes`, `10 to 15 minutes`.
fn duration_at(t: &str, pos: usize) -> Option<(usize, Dur)> {
    let s = &t[pos..];
    // A ranged length: a number, a range word, then a length.
    if let Some(r) = ranged(s) {
        return Some((pos + r.0, r.1));
    }
    let (rest, m) = notation::duration(s).ok()?;
    // Number words need their unit right after them; skip `a` and `one` before other words.
    let end = pos + s.len() - rest.len();
    let written = &t[pos..end];
    if written.chars().next().is_some_and(char::is_alphabetic) && written.split_whitespace().count() > 5 {
        return None;
    }
    if written.ends_with('\'') && closes_quote(t, pos, end) {
        return None;
    }
    // `(90-120 sec)`: seconds are no agenda length; `1995-2000` years are caught by the
    // number parser's four-digit limit on both ends.
    Some((end, Dur { minutes: m, least: m, approx: false, per_unit: false }))
}

/// True when the `'` ending at `end` ends its line (a comma may follow) and closes a value
/// quoted after a key on it (`text: '18:45 | Talk 1'`): a quote, not a prime for minutes.
/// Only a line's last quote is looked back from, so a line is searched once.
/// So does one closing a title quoted on its line (`- 10:35 horas - 'Mañaneros 360'`): the
/// last `'` before the number opens a word, and a space, a line's end or punctuation follows.
fn closes_quote(t: &str, pos: usize, end: usize) -> bool {
    let start = memchr::memrchr(b'\n', &t.as_bytes()[..pos]).map_or(0, |p| p + 1);
    let after = t[end..].trim_start_matches([',', ' ']);
    if (after.is_empty() || after.starts_with(['\n', '\r'])) && t[start..pos].contains(": '") {
        return true;
    }
    let from = crate::source::floor_char(t, pos.saturating_sub(120).max(start));
    let lead = &t[from..pos];
    let opened = lead.rfind('\'').is_some_and(|q| {
        let before = lead[..q].chars().next_back();
        before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '-' | '–' | ':')) && lead[q + 1..].starts_with(char::is_alphanumeric)
    });
    opened && t[end..].chars().next().is_none_or(|c| c.is_whitespace() || matches!(c, ',' | '.' | ')' | ';' | ':'))
}

fn ranged(s: &str) -> Option<(usize, Dur)> {
    let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 || digits > 3 {
        return None;
    }
    let lo: u32 = s[..digits].parse().ok()?;
    let after = &s[digits..];
    let trimmed = after.trim_start();
    let rest = if let Some(r) = trimmed.strip_prefix(['-', '–', '—', '~']) {
        r.trim_start()
    } else {
        let w: String = trimmed.chars().take_while(|c| c.is_alphabetic()).collect();
        let f = words::fold(&w);
        if w.is_empty() || trimmed.len() == after.len() || !(words::is_range_word(&f) || f == "or" || f == "ou" || f == "o" || f == "oder") {
            return None;
        }
        let r = &trimmed[w.len()..];
        let r2 = r.trim_start();
        if r2.len() == r.len() {
            return None;
        }
        r2
    };
    if !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let (r, hi) = notation::duration(rest).ok()?;
    // The low end counts in the unit of the high end (`1-2 hours`).
    let written_hi: u32 = rest.chars().take_while(char::is_ascii_digit).collect::<String>().parse().ok()?;
    let scale = if written_hi > 0 && hi % written_hi == 0 { hi / written_hi } else { 1 };
    let lo = lo * scale;
    if lo > hi || hi == 0 {
        return None;
    }
    // `10 a 12 h`, `9 - 17h`: hours of the day with an hour's mark (the mark a clock time
    // takes too), not a length of six hours or more.
    // The unit as written between the high end's digits and what follows the length.
    let unit = rest.trim_start_matches(|c: char| c.is_ascii_digit()).trim_start();
    let mark = unit.get(..unit.len() - r.len()).unwrap_or("");
    if hi > 6 * 60 && scale == 60 && matches!(mark, "h" | "H" | "hs" | "hrs") {
        return None;
    }
    Some((s.len() - r.len(), Dur { minutes: hi, least: lo, approx: false, per_unit: false }))
}

/// `each`, `per speaker`, `/speaker`, `apiece`, `chacun`, `jeweils` right after a length.
fn per_unit_after(rest: &str) -> bool {
    let r = rest.trim_start().trim_start_matches([')', ']']).trim_start();
    if r.starts_with('/') && r[1..].starts_with(char::is_alphabetic) {
        return true;
    }
    let w: String = r.chars().take_while(|c| c.is_alphabetic()).collect();
    let f = words::fold(&w);
    if !words::is_per_unit_word(&f) {
        return false;
    }
    // `4 hours per meeting`, `4.00 uur per keer`: a length for each time the session
    // meets is the session's own length, not one per item.
    let next = r[w.len()..].trim_start();
    let n = &next[..next.find(|c: char| !c.is_alphabetic()).unwrap_or(next.len())];
    // German `je` is "each" before a noun, and German nouns are capitalised (`5 Minuten je
    // Person`); before a lower-case word it is another language's "is" (`půl hodina je pak`).
    if f == "je" && !n.starts_with(char::is_uppercase) {
        return false;
    }
    !(matches!(f.as_str(), "per" | "par" | "pro" | "por" | "je") && words::is_occasion_word(&words::fold(n)))
}

/// `2 @ 45 minutes`, `3 x 10 min`: a count of parallel or repeated items before a length.
fn per_unit_before(t: &str, pos: usize) -> bool {
    let b = t[..pos].trim_end();
    // `talks of 10 minutes` is each talk's; `a maximum of 75 minutes` bounds one length, and
    // `a duration of two hours` labels one.
    let bound = || {
        b[..b.len() - 3].rsplit(|c: char| !c.is_alphanumeric()).next().is_some_and(|w| {
            let f = words::fold(w);
            // `over the course of 45 minutes` spans one length.
            matches!(f.as_str(), "max" | "maximum" | "minimum" | "total" | "course") || words::is_length_label(&f)
        })
    };
    b.ends_with('@') || b.ends_with(" x") || b.ends_with('×') || b.ends_with(" of") && !bound()
}

/// Zones: `UTC`, `GMT+2`, `CEST`, `(ET)`, `Europe/Berlin`, and `GMT` glued to a time; on a
/// line with a time (`timed`), full names too (`Philippine Standard Time`).
fn zones(t: &str, base: usize, li: usize, starts: &Starts, timed: bool, out: &mut Vec<Token>) {
    let mut next_free = 0;
    // Whether the line speaks of time or zones, asked once.
    let said = std::cell::OnceCell::new();
    let b = t.as_bytes();
    // Words in capitals, a capital glued to digits (`1410GMT`), and `+` (`+02:00`).
    let mut cands: Vec<usize> = starts.words.iter().copied().filter(|&i| b[i].is_ascii_uppercase()).collect();
    for &d in &starts.digits {
        let end = d + b[d..].iter().take_while(|x| x.is_ascii_digit()).count();
        if b.get(end).is_some_and(u8::is_ascii_uppercase) {
            cands.push(end);
        }
    }
    if b.contains(&b'+') {
        cands.extend(b.iter().enumerate().filter(|(_, x)| **x == b'+').map(|(i, _)| i));
    }
    cands.sort_unstable();
    for pos in cands {
        let c = b[pos] as char;
        if pos < next_free {
            continue;
        }
        // `1410GMT`: a zone may be glued to digits; otherwise it starts a word.
        let prev = t[..pos].chars().next_back();
        if prev.is_some_and(|p| p.is_alphabetic()) {
            continue;
        }
        if c == '+' && !prev.is_some_and(|p| p.is_whitespace() || p == '(') {
            continue;
        }
        // A capitalised word (`The`, `Internet`) is no zone: a zone is in capitals
        // (`CEST`, `UTC+3`), or a `Region/City` name.
        let word_len = t[pos..].bytes().take_while(|b| b.is_ascii_alphabetic()).count();
        let caps = t[pos..].bytes().take(word_len).all(|b| b.is_ascii_uppercase());
        // `Philippine Standard Time`, `Central European Summer Time`, `Eastern Time`: a zone's
        // full name, in any case, looked up on lines with a time only (most lines of prose
        // have capitalised words and no time).
        if word_len >= 4 && b.get(pos + word_len) == Some(&b' ') && (timed || *said.get_or_init(|| says_zone(t))) {
            if let Some((n, z)) = time::zone_from_long_name(&t[pos..]) {
                out.push(Token { line: li, at: (base + pos, base + pos + n), kind: Kind::Zone(Some(z)), approx: false });
                next_free = pos + n;
                continue;
            }
        }
        // `2:00 PM Eastern`: a generic North American zone's first word alone, right after
        // a time, with no capitalised word after it (`10:00 Central Hall` names a room).
        if let Some(short) = ["Eastern", "Central", "Mountain", "Pacific"].iter().find(|w| t[pos..pos + word_len] == ***w).map(|w| &w[..1]) {
            let next = t[pos + word_len..].trim_start_matches(' ');
            if !next.starts_with(|c: char| c.is_alphabetic() && !c.is_lowercase()) && stands_as_zone(&t[..pos]) {
                if let Some(z) = time::generic_short_zone(&format!("{short}T")) {
                    out.push(Token { line: li, at: (base + pos, base + pos + word_len), kind: Kind::Zone(Some(z)), approx: false });
                    next_free = pos + word_len;
                    continue;
                }
            }
        }
        if c != '+' && !caps && !t[pos + word_len..].starts_with('/') {
            continue;
        }
        // `8:00 AM-7:00 PM (UTC+8)`: a time's `AM` or `PM` is no zone abbreviation (the offset
        // in brackets after it is read on its own).
        if word_len == 2 && notation::meridiem(&t[pos..]).is_ok() {
            continue;
        }
        let Ok((rest, z)) = slot::zone_text(&t[pos..]) else { continue };
        let mut end = pos + z.len();
        let mut resolved = time::zone_from_name(z).ok();
        // An abbreviation with several meanings is read from a place within four words after
        // it (`IST | Convention Centre, Dublin`, `CST, Shenzhen`); a place further on is the
        // session's subject (`CST – market entry tips for China`), not its venue.
        if resolved.is_some() && (3..=5).contains(&z.len()) && z.bytes().all(|x| x.is_ascii_uppercase()) {
            let after = &t[pos..crate::source::floor_char(t, (pos + 80).min(t.len()))];
            let to = after.split_whitespace().filter(|w| w.contains(char::is_alphanumeric)).take(5).last().map_or(after.len(), |w| w.as_ptr() as usize - after.as_ptr() as usize + w.len());
            if let Some(r) = time::read_abbreviation(z, &after[..to]).filter(|r| r.evidence.is_some()) {
                resolved = Some(r.zone);
            }
        }
        // `2 pm ET`, `Time (PT)`, `All times are PT`: a generic short form where it stands
        // as a zone, not as a state (`Hartford, CT`).
        if resolved.is_none() && word_len == 2 && z.len() == 2 && stands_as_zone(&t[..pos]) {
            resolved = time::generic_short_zone(z);
        }
        let plain = z.starts_with("UTC") || z.starts_with("GMT");
        if z.len() == 1 && z != "Z" {
            continue;
        }
        // `CET (GMT+2)`: an offset written in brackets after an abbreviation says what the
        // writer means by it, even where the two disagree; the token covers both.
        if let Some((n, offset)) = z.bytes().all(|x| x.is_ascii_uppercase()).then(|| bracketed_offset(rest)).flatten() {
            end += n;
            resolved = Some(offset);
        }
        // A capitalised word (`IGF`, `ICANN`) is no zone; a named zone must resolve, and an
        // abbreviation of one to three letters must be a known one.
        if resolved.is_none() && !plain {
            continue;
        }
        if z == "Z" && !prev.is_some_and(|p| p.is_ascii_digit()) {
            continue;
        }
        out.push(Token { line: li, at: (base + pos, base + end), kind: Kind::Zone(resolved), approx: false });
        next_free = end;
    }
}

/// True when a line may state a zone in words (`All times are Pacific Time`, `Time zone:
/// Eastern Time`): it has a word for time or zone.
fn says_zone(t: &str) -> bool {
    // Searchers built once: building one per line cost more than the search.
    static FINDERS: std::sync::OnceLock<[memchr::memmem::Finder<'static>; 4]> = std::sync::OnceLock::new();
    let finders = FINDERS.get_or_init(|| ["ime", "IME", "zone", "Zone"].map(memchr::memmem::Finder::new));
    finders.iter().any(|f| f.find(t.as_bytes()).is_some())
}

/// True when what stands before a word makes it a zone: a time (`2 pm ET`, `14:00 CT`,
/// `4pm (Eastern)`), a word for time before a bracket (`Time (PT)`), or a statement of the
/// times' zone (`times are PT`, `in ET`, `Time zone:`).
fn stands_as_zone(before: &str) -> bool {
    let b = before.trim_end();
    // `from 12 pm to 4pm (Eastern)`: in brackets right after the time too.
    let t = b.strip_suffix(['(', '[']).map_or(b, str::trim_end);
    let last = t.rsplit(|c: char| !c.is_alphanumeric() && c != ':' && c != '.').next().unwrap_or("");
    let after_time = last.ends_with(|c: char| c.is_ascii_digit()) && last.contains([':', '.']) || {
        let l = last.trim_end_matches('.').to_ascii_lowercase();
        matches!(l.as_str(), "am" | "pm" | "a.m" | "p.m") || l.len() > 2 && (l.ends_with("am") || l.ends_with("pm")) && l[..l.len() - 2].bytes().all(|x| x.is_ascii_digit() || x == b':' || x == b'.')
    };
    let word_before = |w: &str| b.trim_end_matches(['(', ':']).trim_end().rsplit(char::is_whitespace).next().is_some_and(|x| x.eq_ignore_ascii_case(w));
    let bracket_after_time = b.ends_with('(') && (word_before("time") || word_before("times"));
    let statement = (b.ends_with(" are") || b.ends_with(" in") || b.ends_with(':')) && says_zone(b);
    after_time || bracket_after_time || statement
}

/// A day's number in Roman numerals, I to X, at the start of `s`, with its length; a word
/// that goes on (`Is`, `Ivy`) is none.
fn roman_day(s: &str) -> Option<(u32, usize)> {
    let n = s.bytes().take_while(|b| matches!(b, b'I' | b'V' | b'X')).count();
    if n == 0 || s[n..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let v = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"].iter().position(|r| *r == &s[..n])?;
    Some((v as u32 + 1, n))
}

/// An offset from UTC in brackets at the start of `rest` (` (GMT+2)`, `[UTC-4]`, `(+02:00)`):
/// its length in bytes, closing bracket included, and its zone.
fn bracketed_offset(rest: &str) -> Option<(usize, Zone)> {
    let inner = rest.trim_start_matches(' ');
    let close = match inner.as_bytes().first()? {
        b'(' => ')',
        b'[' => ']',
        _ => return None,
    };
    let body = inner[1..].trim_start_matches(' ');
    // `UTC +2` is read as `UTC+2`.
    let named = body.get(..3).filter(|w| w.eq_ignore_ascii_case("UTC") || w.eq_ignore_ascii_case("GMT"));
    let body: std::borrow::Cow<'_, str> = match named {
        Some(w) if body[3..].starts_with(' ') && body[3..].trim_start_matches(' ').starts_with(['+', '-']) => format!("{w}{}", body[3..].trim_start_matches(' ')).into(),
        _ => body.into(),
    };
    let (after, z) = slot::zone_text(&body).ok()?;
    if !z.contains(['+', '-', '−']) {
        return None;
    }
    // What follows the bracket is the same text in `body` and in `rest`.
    let after = after.trim_start_matches(' ').strip_prefix(close)?;
    Some((rest.len() - after.len(), time::zone_from_name(z).ok()?))
}

/// `Day 2`, `DAY 1`, `Dia 1`, `Tag 3`, `Jour 2` (the number after a day word).
fn day_markers(t: &str, starts: &[usize], base: usize, li: usize, out: &mut Vec<Token>) {
    let mut prev_end = 0;
    let b = t.as_bytes();
    // Day words start with d, t, j or g at a word start: look only there.
    let words = starts
        .iter()
        .copied()
        .filter(|&i| matches!(b[i] | 0x20, b'd' | b't' | b'j' | b'g'))
        .map(|i| {
            let n = t[i..].char_indices().find(|&(_, c)| !c.is_alphabetic()).map_or(t.len() - i, |(k, _)| k);
            (i, &t[i..i + n])
        });
    for (i, w) in words {
        // Day words are 3 to 7 letters starting with d, t, j or g.
        if i < prev_end || !(3..=8).contains(&w.len()) {
            continue;
        }
        let after = &t[i + w.len()..];
        let trimmed = after.trim_start_matches([' ', '\u{a0}']);
        let digits = &trimmed[..trimmed.bytes().take_while(u8::is_ascii_digit).count()];
        // `Day II`, `IGF-Day IV`: a capitalised day word with a Roman numeral.
        let roman = (digits.is_empty() && w.starts_with(|c: char| c.is_uppercase())).then(|| roman_day(trimmed)).flatten();
        if (digits.is_empty() && roman.is_none()) || digits.len() > 2 || trimmed.len() == after.len() || !words::is_day_word(&words::fold(w)) {
            continue;
        }
        let (n, len) = roman.unwrap_or((digits.parse().unwrap_or(0), digits.len()));
        let end = i + w.len() + (after.len() - trimmed.len()) + len;
        if t[end..].starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        out.push(Token { line: li, at: (base + i, base + end), kind: Kind::Day(n), approx: false });
        prev_end = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lines;

    fn kinds(text: &str) -> Vec<String> {
        let ls = lines::split(text);
        tokenize(text, &ls)
            .iter()
            .map(|t| {
                let w = &text[t.at.0..t.at.1];
                match &t.kind {
                    Kind::Range(a, b) => format!("R {w} {:?}-{:?}", a.readings(), b.readings()),
                    Kind::Point(a) => format!("P {w} {:?}", a.readings()),
                    Kind::Offset(a, b) => format!("O {a}-{b}"),
                    Kind::Dur(d) => format!("D {w} {}{}{}{}", d.minutes, if d.approx { "~" } else { "" }, if d.per_unit { " each" } else { "" }, if d.least != d.minutes { format!(" from {}", d.least) } else { String::new() }),
                    Kind::Date(d) => format!("date {:?}-{}-{}", d.year, d.month, d.day),
                    Kind::Zone(z) => format!("zone {w} {}", z.is_some()),
                    Kind::Day(n) => format!("day {n}"),
                    Kind::Bad => format!("bad {w}"),
                }
            })
            .collect()
    }

    #[test]
    fn notations() {
        let table: &[(&str, &[&str])] = &[
            ("9:15 – 10.45 *Round-table 1", &["R 9:15 – 10.45 [555, 1275]-[645, 1365]"]),
            ("12:30 - 1:30 BBQ Lunch", &["R 12:30 - 1:30 [750]-[90, 810]"]),
            ("1400-1410GMT Opening", &["R 1400-1410 [840]-[850]", "zone GMT true"]),
            ("9:00 -- 9:15 | Welcome", &["R 9:00 -- 9:15 [540, 1260]-[555, 1275]"]),
            ("Dia 1-16 de julho das 8:30 às 10:00h", &["day 1", "date None-7-16", "R 8:30 às 10:00h [510, 1230]-[600]"]),
            ("Day 1, 16 July, 8:30 a 10:00 am", &["day 1", "date None-7-16", "R 8:30 a 10:00 am [510]-[600]"]),
            ("10.30 Uhr Ankommen", &["P 10.30 Uhr [630]"]),
            ("--9.30 horas: en Toledo, pleno", &["P 9.30 [570, 1290]"]),
            ("11.30-11.50Keynote: A. Speaker", &["R 11.30-11.50 [690, 1410]-[710, 1430]"]),
            ("9h00/9h30 : Accueil", &["R 9h00/9h30 [540]-[570]"]),
            ("10H/13H Atelier, 24/7", &["R 10H/13H [600]-[780]"]),
            ("15:00/16:00 UTC/CET", &["P 15:00 [900]", "zone UTC true", "zone CET true"]),
            ("17:00 CET (GMT+2) / 11:00 EDT", &["P 17:00 [1020]", "zone CET (GMT+2) true", "P 11:00 [660, 1380]", "zone EDT true"]),
            ("10h: ouverture", &["P 10h [600]", "D 10h 600"]),
            ("(~ 20 min)", &["D 20 min 20~"]),
            ("B. Current Policy Topics (15-20 mins)", &["O 15-20", "D 15-20 mins 20 from 15"]),
            ("(5 min each)", &["D 5 min 5 each"]),
            ("Total: 70 minutes (1 hour, 10 minutes)", &["D 70 minutes 70", "D 1 hour, 10 minutes 70"]),
            ("we will take ten minutes", &["D ten minutes 10"]),
            ("24.25-27.5 GHz and SDG 16.10-16.20", &[]),
            ("12:00 pm - 13:15 pm", &["R 12:00 pm - 13:15 pm [720]-[795]"]),
            ("2014-1016 archive", &[]),
            ("Kl. 14.30 Velkomst", &["P 14.30 [870]"]),
            ("Klockan 14–15.30 Seminarium", &["R 14–15.30 [840]-[930]"]),
            ("kl. 9 – 10.30 Velkomst", &["R 9 – 10.30 [540, 1260]-[630, 1350]"]),
            ("11.15 uur koffie", &["P 11.15 [675, 1395]", "D 11.15 uur 675"]),
            ("0.15 uur pauze", &["P 0.15 [15]", "D 0.15 uur 15"]),
            ("4.00 uur per keer", &["P 4.00 [240, 960]", "D 4.00 uur 240"]),
            ("1.00 uur per spreker", &["P 1.00 [60, 780]", "D 1.00 uur 60 each"]),
            ("11.15 koffie", &[]),
            ("h:05 Introductions", &["P h:05 [5]"]),
            ("xx:40 Reports", &["P xx:40 [40]"]),
            ("Watch:05 and hex:10", &[]),
            ("19,00 – 19,15 Velkomst\n19,15 – 19,30 Oplæg\n", &["R 19,00 – 19,15 [1140]-[1155]", "R 19,15 – 19,30 [1155]-[1170]"]),
            ("19,00 – 19,15 Velkomst\n", &[]),
            ("3,25 – 4,10 per cent\n5,40 – 6,15 per cent\n", &[]),
            ("| 0800 – 0830 | Coffee |\n| 0830 – 0900 | Talk |\n", &["R 0800 – 0830 [480]-[510]", "R 0830 – 0900 [510]-[540]"]),
            ("| 0800 – 0830 | Coffee |\n| 0845 – 0900 | Talk |\n", &[]),
            ("5 Minuten je Person", &["D 5 Minuten 5 each"]),
            ("půl hodiny je pro dotazy", &["D půl hodiny 30"]),
        ];
        let mut failures = Vec::new();
        for (input, want) in table {
            let got = kinds(input);
            if got != *want {
                failures.push(format!("{input:?}\n    want {want:?}\n    got  {got:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }
}
