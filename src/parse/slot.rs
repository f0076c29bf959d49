//! Slot lines: a start and end date-time with a zone.
//!
//! Reads the IGF form `Friday, 10th December, 2021 (10:15 UTC) - Friday, 10th December,
//! 2021 (11:45 UTC)`, month-first dates (`December 10, 2021 10:15 – 11:45 UTC`), ISO 8601
//! (`2024-10-27T09:00+02:00/2024-10-27T10:30+02:00`, `2024-10-27 09:00 Europe/Berlin`)
//! and day-first numeric dates (`10.12.2021 10:15-11:45 CET`). The end may repeat the date
//! or give only a time. Zones go through [`crate::time`]: a local time in a DST gap is an
//! error note, a repeated local time takes its first occurrence with a warning note.

use chrono::{Duration, NaiveDate, NaiveTime};
use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while_m_n, take_while1};
use nom::character::complete::one_of;
use nom::combinator::opt;
use nom::{IResult, Parser};

use super::codes;
use super::notation::{Clock, clock, range_sep, ws0};
use crate::model::{LocalSlot, NoteLevel, Slot, Zone};
use crate::time::{self, TimeError};

/// A note about a slot, with the bytes (relative to the parsed line) it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotNote {
    /// Code from [`codes`].
    pub code: &'static str,
    /// Severity.
    pub level: NoteLevel,
    /// What was seen and done.
    pub message: String,
    /// Bytes of the line it is about.
    pub at: (usize, usize),
}

/// What a slot line gave: the slot when it could be resolved, and notes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotRead {
    /// The slot, unless a zone or local time made it unusable.
    pub slot: Option<Slot>,
    /// The local date and times, when the text gives no zone (so `slot` is `None`): the
    /// reader looks for the zone elsewhere before reporting it missing.
    pub local: Option<LocalSlot>,
    /// Problems and choices.
    pub notes: Vec<SlotNote>,
    /// Bytes of the line the slot text took.
    pub at: (usize, usize),
}

fn fail<T>(i: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)))
}

fn num(min: usize, max: usize) -> impl Fn(&str) -> IResult<&str, u32> {
    move |i| {
        let (rest, d) = take_while_m_n(min, max, |c: char| c.is_ascii_digit())(i)?;
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return fail(i);
        }
        Ok((rest, d.parse().unwrap_or(0)))
    }
}

fn sep(i: &str) -> IResult<&str, ()> {
    let (i, _) = ws0(i)?;
    let (i, _) = opt(tag(",")).parse(i)?;
    let (i, _) = ws0(i)?;
    Ok((i, ()))
}

/// A calendar date with its year; see [`super::dates`] for the forms.
pub fn date(i: &str) -> IResult<&str, NaiveDate> {
    super::dates::date(i)
}

/// A zone as written after a time: `UTC`, `UTC+3`, `GMT-05:30`, `+02:00`, `Z`, `CET`,
/// `Europe/Berlin`. Returns the text; resolving it is [`time::zone_from_name`]'s job.
pub fn zone_text(i: &str) -> IResult<&str, &str> {
    zone_text_in(i, true)
}

/// [`zone_text`], accepting a bare `-05:00` offset only when `bare_minus` (after an ISO
/// `T` time), so that `14:00-15:30` stays a range.
fn zone_text_in<'a>(i: &'a str, bare_minus: bool) -> IResult<&'a str, &'a str> {
    let offset = |x| -> IResult<&str, &str> {
        // `+0900` is read whole: one or two digits of hours then two of minutes cannot split
        // four digits, since `num` takes none followed by another digit.
        let four = nom::combinator::recognize((take_while_m_n(2, 2, |c: char| c.is_ascii_digit()), num(2, 2)));
        nom::combinator::recognize((one_of("+-−"), alt((four, nom::combinator::recognize((num(1, 2), opt((opt(tag(":")), num(2, 2))))))))).parse(x)
    };
    let utc = |x| -> IResult<&str, &str> {
        // `UTC +08:00`: one space may part the offset from its word.
        nom::combinator::recognize((alt((tag_no_case("UTC"), tag_no_case("GMT"))), opt(alt((offset, nom::combinator::recognize((tag(" "), offset))))))).parse(x)
    };
    let iana = |x| -> IResult<&str, &str> {
        nom::combinator::recognize((
            take_while1(|c: char| c.is_ascii_alphabetic()),
            take_while1(|c: char| c == '/'),
            take_while1(|c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '/' | '-' | '+')),
        ))
        .parse(x)
    };
    let bare = |x: &'a str| -> IResult<&'a str, &'a str> {
        if !bare_minus && !x.starts_with('+') {
            return fail(x);
        }
        offset(x)
    };
    let (rest, z) = alt((utc, iana, bare, abbr)).parse(i)?;
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return fail(i);
    }
    Ok((rest, z))
}

fn abbr(x: &str) -> IResult<&str, &str> {
    let (r, w) = take_while_m_n(1, 5, |c: char| c.is_ascii_uppercase())(x)?;
    if r.starts_with(|c: char| c.is_alphanumeric()) { fail(x) } else { Ok((r, w)) }
}

type TimeZoneText<'a> = (Clock, Option<&'a str>, (usize, usize));

/// A time with an optional zone, optionally in parentheses: `(10:15 UTC)`, `10:15`,
/// `T09:00+02:00`, `at 9 am CET`.
fn time_zone(i: &str) -> IResult<&str, TimeZoneText<'_>> {
    let start_len = i.len();
    let (i, lead) = opt(alt((tag("T"), tag_no_case("at "), tag("@")))).parse(i)?;
    let iso = lead == Some("T");
    let (i, _) = ws0(i)?;
    let (i, open) = opt(tag("(")).parse(i)?;
    let (i, _) = ws0(i)?;
    let t0 = start_len - i.len();
    let (i, c) = clock(i)?;
    let t1 = start_len - i.len();
    // ISO seconds.
    let (i, _) = opt((tag(":"), take_while_m_n(2, 2, |c: char| c.is_ascii_digit()))).parse(i)?;
    let (i, z) = opt(|x| {
        let (x, _) = ws0(x)?;
        let (x, open2) = opt(tag("(")).parse(x)?;
        let (x, z) = zone_text_in(x, iso)?;
        let (x, _) = if open2.is_some() { tag(")").parse(x)? } else { (x, "") };
        Ok((x, z))
    })
    .parse(i)?;
    let (i, _) = ws0(i)?;
    let (i, _) = if open.is_some() { tag(")").parse(i)? } else { (i, "") };
    Ok((i, (c, z, (t0, t1))))
}

type Stamp<'a> = (Option<NaiveDate>, Clock, Option<&'a str>, (usize, usize));

fn stamp(input: &str) -> IResult<&str, Stamp<'_>> {
    let (i, d) = date(input)?;
    let (i, _) = sep(i)?;
    // `26 November 2019 - 15:00`, `… from 15:00`, `7. listopadu 2025 od 18.00 – 8.
    // listopadu 2025 do 18.00` (a word for "from", "to" or "at" between the date and the time).
    let (i, _) = opt((alt((tag("-"), tag("–"), tag("—"), joining_word)), ws0)).parse(i)?;
    let shift = input.len() - i.len();
    let (i, (c, z, at)) = time_zone(i)?;
    Ok((i, (Some(d), c, z, (at.0 + shift, at.1 + shift))))
}

/// A word for "from", "to", "until" or "at" between a date and its time, followed by a space.
fn joining_word(i: &str) -> IResult<&str, &str> {
    let n = i.find(|c: char| !c.is_alphabetic()).unwrap_or(i.len());
    let w = &i[..n];
    let joins = matches!(
        super::words::fold(w).as_str(),
        "from" | "to" | "until" | "till" | "at" | "od" | "do" | "von" | "bis" | "ab" | "um" | "de" | "a" | "des" | "desde" | "hasta" | "dalle" | "alle" | "dal" | "al" | "vanaf" | "van" | "tot"
    );
    if n > 0 && joins && i[n..].starts_with(char::is_whitespace) {
        Ok((&i[n..], w))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Tag)))
    }
}

fn end_stamp(i: &str) -> IResult<&str, Stamp<'_>> {
    if let Ok(r) = stamp(i) {
        return Ok(r);
    }
    let (i, (c, z, at)) = time_zone(i)?;
    Ok((i, (None, c, z, at)))
}

/// Strips a label such as `Date:`, `Time / Date:`, `Date & Time:`, `Session time:`.
fn strip_label(body: &str) -> &str {
    let body = body.trim_start_matches(['-', '*', '•', '–', '·']).trim_start();
    let Some((head, rest)) = body.split_once(':') else { return body };
    if head.len() > 30 || head.is_empty() {
        return body;
    }
    const WORDS: &[&str] =
        &["date", "time", "slot", "session", "when", "schedule", "scheduled", "and", "&", "/", "day"];
    let ok = head
        .split(|c: char| c.is_whitespace() || c == '/')
        .filter(|w| !w.is_empty())
        .all(|w| WORDS.contains(&w.to_lowercase().as_str()))
        // The same labels in other languages (`Kdy:`, `Datum a čas konání:`, `Fecha y hora:`).
        || super::timing::slot_label(&super::words::fold(head.trim()));
    if ok { rest.trim_start() } else { body }
}

fn only_punctuation(rest: &str) -> bool {
    rest.trim().chars().all(|c| matches!(c, '.' | ',' | ';' | ')'))
}

/// Reads a slot from `line`, which must hold nothing else but a label (`Date:`, `Time:`,
/// `Slot:`) and trailing punctuation. Returns `None` when the line is not a slot.
pub fn read_slot(line: &str) -> Option<SlotRead> {
    let body = strip_label(line.trim_start());
    let base = line.len() - body.len();
    let off = |r: &str| line.len() - r.len();
    if let Ok((r1, a)) = stamp(body) {
        let (r2, _) = alt((range_sep, tag("/"))).parse(r1).ok()?;
        let b_base = off(r2);
        let (r3, b) = end_stamp(r2).ok()?;
        if !only_punctuation(r3) {
            return None;
        }
        let whole = (base, off(r3));
        let mut notes = Vec::new();
        let mut local = None;
        let slot = build(a, base, b, b_base, whole, &mut notes, &mut local, line);
        return Some(SlotRead { slot, local, notes, at: whole });
    }
    // Times first: `10:15 – 11:45 UTC, Friday 10 December 2021`.
    let (r1, (ca, za, ta)) = time_zone(body).ok()?;
    let (r2, _) = range_sep(r1).ok()?;
    let b_base = off(r2);
    let (r3, (cb, zb, tb)) = time_zone(r2).ok()?;
    let (r4, _) = (sep, opt((tag_no_case("on"), ws0))).parse(r3).ok()?;
    let (r5, d) = date(r4).ok()?;
    if !only_punctuation(r5) {
        return None;
    }
    let whole = (base, off(r5));
    let mut notes = Vec::new();
    let mut local = None;
    let slot = build((Some(d), ca, za, ta), base, (None, cb, zb, tb), b_base, whole, &mut notes, &mut local, line);
    Some(SlotRead { slot, local, notes, at: whole })
}

/// Reads a time range line (`Time: 10:30 - 12:00 CET`) on a date given elsewhere (a
/// `Date:` line). Returns `None` when the line is not only a time range.
pub fn read_time_on(date: NaiveDate, line: &str) -> Option<SlotRead> {
    let body = strip_label(line.trim_start());
    let base = line.len() - body.len();
    let off = |r: &str| line.len() - r.len();
    let (r1, (ca, za, ta)) = time_zone(body).ok()?;
    let (r2, _) = range_sep(r1).ok()?;
    let b_base = off(r2);
    let (r3, (cb, zb, tb)) = time_zone(r2).ok()?;
    if !only_punctuation(r3)
        || ca.style == super::notation::ClockStyle::Dot && ca.meridiem.is_none() && za.is_none() && zb.is_none()
    {
        return None;
    }
    let whole = (base, off(r3));
    let mut notes = Vec::new();
    let mut local = None;
    let slot = build((Some(date), ca, za, ta), base, (None, cb, zb, tb), b_base, whole, &mut notes, &mut local, line);
    Some(SlotRead { slot, local, notes, at: whole })
}

/// Reads a time range written after the venue (`10969 Berlin 3:00 PM - 7:00 PM`,
/// `Betahaus, Berlin, 15:00-19:00`) on a date given elsewhere: the lines of an event's
/// "when and where". The words before the range must name a place with a zone, so an
/// agenda entry's title before its time (`Welcome 3:00 - 3:15 PM`) is not read as the slot.
pub fn read_time_after_place(date: NaiveDate, line: &str) -> Option<SlotRead> {
    let mut prev = ' ';
    for (i, c) in line.char_indices() {
        let after_gap = prev.is_whitespace() || prev == ',';
        prev = c;
        if i == 0 || !c.is_ascii_digit() || !after_gap {
            continue;
        }
        let place = line[..i].trim_end().trim_end_matches([',', '|', '-', '–', '·']).trim_end();
        if place.is_empty() || place.contains(':') {
            continue;
        }
        let Some(mut read) = read_time_on(date, &line[i..]) else { continue };
        time::zone_of_place(place)?;
        read.at = (read.at.0 + i, read.at.1 + i);
        for n in &mut read.notes {
            n.at = (n.at.0 + i, n.at.1 + i);
        }
        return Some(read);
    }
    None
}

/// Reads a line holding only a date, with an optional label (`Date: 26 November 2019`).
pub fn read_date_line(line: &str) -> Option<NaiveDate> {
    only_date(strip_label(line.trim_start()))
}

#[allow(clippy::too_many_arguments)]
fn build(
    a: Stamp<'_>,
    a_base: usize,
    b: Stamp<'_>,
    b_base: usize,
    whole: (usize, usize),
    notes: &mut Vec<SlotNote>,
    local: &mut Option<LocalSlot>,
    context: &str,
) -> Option<Slot> {
    let (da, ca, za, ta) = a;
    let (db, cb, zb, tb) = b;
    let at_a = (a_base + ta.0, a_base + ta.1);
    let at_b = (b_base + tb.0, b_base + tb.1);
    let shared = cb.meridiem.filter(|_| ca.meridiem.is_none());
    let (Some(ma), Some(mb)) = (
        ca.minutes_of_day(shared).or_else(|| ca.minutes_of_day(None)),
        cb.minutes_of_day(ca.meridiem.filter(|_| cb.meridiem.is_none())),
    ) else {
        let bad = if ca.minutes_of_day(None).is_none() && ca.minutes_of_day(shared).is_none() { at_a } else { at_b };
        notes.push(SlotNote {
            code: codes::BAD_TIME,
            level: NoteLevel::Error,
            message: "this is not a valid time of day".into(),
            at: bad,
        });
        return None;
    };
    // `9:00-3:00` with no am/pm: a start on the 12-hour clock ends in the afternoon, not at
    // three the next morning (a start of 13:00 or later writes the 24-hour clock).
    let twelve = |c: &Clock| c.meridiem.is_none() && (1..=12).contains(&c.hour);
    let mb = if db.is_none() && mb < ma && twelve(&ca) && twelve(&cb) && cb.hour < 12 && mb + 12 * 60 > ma { mb + 12 * 60 } else { mb };
    let da = da?;
    let time_a = NaiveTime::from_hms_opt(ma / 60 % 24, ma % 60, 0)?;
    let time_b = NaiveTime::from_hms_opt(mb / 60 % 24, mb % 60, 0)?;
    let mut date_b = db.unwrap_or(da);
    if mb >= 24 * 60 || (db.is_none() && mb < ma) {
        date_b += Duration::days(1);
    }
    if za.or(zb).is_none() {
        *local = Some(LocalSlot { date: Some(da), start: time_a, end: Some(time_b), end_date: db.filter(|d| *d != da) });
        return None;
    }
    let zone = zone_of(za.or(zb), whole, notes, context)?;
    // An end written with its own zone (`…+02:00/…+01:00`) is read in it.
    let end_zone = match zb {
        Some(z) if za.is_some_and(|a| a != z) => zone_of(Some(z), whole, notes, context)?,
        _ => zone.clone(),
    };
    place((da, time_a, at_a), (date_b, time_b, at_b), &zone, &end_zone, whole, notes)
}

/// Places a local start and end in their zones: a local time in a DST gap is an error
/// note, a repeated one takes its first occurrence with a warning, an end before the
/// start is an error note. Used for slots whose zone the reader found elsewhere too.
pub fn place(
    a: (NaiveDate, NaiveTime, (usize, usize)),
    b: (NaiveDate, NaiveTime, (usize, usize)),
    zone: &Zone,
    end_zone: &Zone,
    whole: (usize, usize),
    notes: &mut Vec<SlotNote>,
) -> Option<Slot> {
    let (da, time_a, at_a) = a;
    let (date_b, time_b, at_b) = b;
    let mut resolve = |d, t, at, zone: &Zone| match time::resolve(d, t, zone) {
        Ok(r) => {
            if r.repeated {
                notes.push(SlotNote {
                    code: codes::LOCAL_TIME_REPEATED,
                    level: NoteLevel::Warning,
                    message: format!(
                        "{d} {t} occurs twice in {}; the first occurrence was taken",
                        time::zone_name(zone)
                    ),
                    at,
                });
            }
            Some(r.instant)
        }
        Err(e @ TimeError::Gap { .. }) => {
            notes.push(SlotNote { code: codes::LOCAL_TIME_GAP, level: NoteLevel::Error, message: e.to_string(), at });
            None
        }
        Err(e) => {
            notes.push(SlotNote { code: codes::BAD_SLOT, level: NoteLevel::Error, message: e.to_string(), at });
            None
        }
    };
    let start = resolve(da, time_a, at_a, zone);
    let end = resolve(date_b, time_b, at_b, end_zone);
    let (start, end) = (start?, time::in_zone(end?, zone).ok()?);
    if end <= start {
        notes.push(SlotNote {
            code: codes::SLOT_END_BEFORE_START,
            level: NoteLevel::Error,
            message: "the slot ends before it starts".into(),
            at: whole,
        });
    }
    Some(Slot { start, end, zone: zone.clone() })
}

/// Resolves a written zone, noting abbreviations, missing and unknown zones.
fn zone_of(zone_text: Option<&str>, whole: (usize, usize), notes: &mut Vec<SlotNote>, context: &str) -> Option<Zone> {
    let zone = match zone_text {
        None => return None,
        Some(z) => match time::zone_from_name(z) {
            Ok(zone) => {
                let plain = z.eq_ignore_ascii_case("utc") || z.eq_ignore_ascii_case("gmt") || z == "Z";
                if !plain && z.chars().all(|c| c.is_ascii_uppercase()) {
                    // An abbreviation with several meanings (`IST`, `CST`) is read from the
                    // line around it (`CST (China)`), or reported as ambiguous.
                    let reading = time::read_abbreviation(z, context);
                    let (zone, level, message) = match reading {
                        Some(r) if r.ambiguous => (
                            r.zone.clone(),
                            NoteLevel::Warning,
                            format!(
                                "read `{z}` as {} ({}); it could also mean {}",
                                r.meaning,
                                time::zone_name(&r.zone),
                                r.alternatives.join(" or ")
                            ),
                        ),
                        Some(r) => (r.zone.clone(), NoteLevel::Info, format!("read `{z}` as the fixed offset {} ({})", time::zone_name(&r.zone), r.meaning)),
                        None => (zone.clone(), NoteLevel::Info, format!("read `{z}` as the fixed offset {}", time::zone_name(&zone))),
                    };
                    notes.push(SlotNote { code: codes::ZONE_ABBREVIATION, level, message, at: whole });
                    return Some(zone);
                }
                zone
            }
            Err(_) => {
                // `2 pm - 3:30 pm ET`: a generic North American zone after the slot's times.
                if let Some(generic) = time::generic_short_zone(z) {
                    return Some(generic);
                }
                notes.push(SlotNote {
                    code: codes::UNKNOWN_ZONE,
                    level: NoteLevel::Error,
                    message: format!("unknown time zone `{z}`"),
                    at: whole,
                });
                return None;
            }
        },
    };
    Some(zone)
}

/// True when `text` (trimmed) is only a calendar date, e.g. a `Date:` line to combine
/// with a separate time line.
pub fn only_date(text: &str) -> Option<NaiveDate> {
    let (rest, d) = date(text.trim()).ok()?;
    let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '.' | ','));
    // `14 Mar 2018 (Wed)`: the weekday after the date, in brackets.
    let rest = match rest.strip_prefix('(').and_then(|r| r.split_once(')')) {
        Some((w, after)) if crate::parse::words::weekday(&crate::parse::words::fold(w.trim())).is_some() => after.trim(),
        _ => rest,
    };
    rest.is_empty().then_some(d)
}
