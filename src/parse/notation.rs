//! Small composable nom parsers for the time notations people write in agendas.
//!
//! Clock times (`00:15`, `10.15`, `2:15 pm`, `14h00`), ranges of them with a hyphen,
//! dash, `to` or `until`, offset ranges (`0-10 min`, `minutes 10–40`) and durations
//! (`5 mins`, `15'`, `1h15`, `1.5 hours`, `1 hr 30`). Every parser takes a `&str` and
//! returns nom's `IResult`, so they compose; the `find_*` scanners run them over free text
//! at word starts only, and refuse matches that run on into more digits, so dates
//! (`09.10.2024`), frequencies (`24.25-27.5 GHz`), year spans (`2019-2021`) and version
//! numbers are not read as times. Whitespace includes no-break spaces.

use nom::branch::alt;
use nom::bytes::complete::{tag, tag_no_case, take_while, take_while_m_n};
use nom::character::complete::one_of;
use nom::combinator::{map, opt, recognize};
use nom::sequence::preceded;
use nom::{IResult, Parser};

/// Morning or afternoon marker on a 12-hour clock time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Meridiem {
    /// `am`, `a.m.`
    Am,
    /// `pm`, `p.m.`
    Pm,
}

/// How the hour and minute of a clock time were separated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockStyle {
    /// `10:15`
    Colon,
    /// `10.15`
    Dot,
    /// `10h15` or `10h`
    H,
    /// `2 pm` (hour and marker only)
    HourOnly,
}

/// A clock time as written, before its values are checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    /// The hour as written (0–99).
    pub hour: u32,
    /// The minute as written (0–99).
    pub minute: u32,
    /// The am/pm marker, where written.
    pub meridiem: Option<Meridiem>,
    /// How it was written.
    pub style: ClockStyle,
}

impl Clock {
    /// Minutes since midnight, applying an am/pm marker (own, or `inherited` from the other
    /// end of a range); `None` when the values are impossible (`25:00`, `00:60`, `13 pm`).
    /// `24:00` is accepted as the end of the day.
    pub fn minutes_of_day(&self, inherited: Option<Meridiem>) -> Option<u32> {
        if self.minute > 59 {
            return None;
        }
        let hour = match self.meridiem.or(inherited) {
            None if self.hour == 24 && self.minute == 0 => 24,
            None if self.hour <= 23 => self.hour,
            None => return None,
            Some(_) if self.hour == 0 || self.hour > 12 => return None,
            Some(Meridiem::Am) => self.hour % 12,
            Some(Meridiem::Pm) => self.hour % 12 + 12,
        };
        Some(hour * 60 + self.minute)
    }
}

/// Whitespace on one line, including no-break and other Unicode spaces.
pub fn ws0(i: &str) -> IResult<&str, &str> {
    take_while(|c: char| c.is_whitespace() && c != '\n' && c != '\r')(i)
}

fn digits(min: usize, max: usize) -> impl Fn(&str) -> IResult<&str, u32> {
    move |i| {
        let (rest, d) = take_while_m_n(min, max, |c: char| c.is_ascii_digit())(i)?;
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Digit)));
        }
        Ok((rest, d.parse().unwrap_or(u32::MAX)))
    }
}

fn word_end(i: &str) -> bool {
    // The long-vowel mark after a number is a dash typed in Japanese (`10:00ー17:30`), and
    // kana, ideographs and Hangul follow a time unspaced (`13:00から`, `9:30至`).
    !i.starts_with(|c: char| c.is_alphanumeric() && c != 'ー' && !super::words::is_cjk(c))
}

fn at_word_end(r: &str) -> IResult<&str, ()> {
    if word_end(r) { Ok((r, ())) } else { fail(r) }
}

fn peek_digit(r: &str) -> IResult<&str, ()> {
    if r.starts_with(|c: char| c.is_ascii_digit()) { Ok((r, ())) } else { fail(r) }
}

fn fail<T>(i: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)))
}

/// `am`, `pm`, `a.m.`, `p.m.` (any case), ending at a word boundary.
pub fn meridiem(i: &str) -> IResult<&str, Meridiem> {
    if !i.starts_with(['a', 'A', 'p', 'P']) {
        return fail(i); // the common case, cheaper than trying each spelling
    }
    let (rest, m) = alt((
        map(alt((tag_no_case("a.m."), tag_no_case("a.m"), tag_no_case("am"))), |_| Meridiem::Am),
        map(alt((tag_no_case("p.m."), tag_no_case("p.m"), tag_no_case("pm"))), |_| Meridiem::Pm),
    ))
    .parse(i)?;
    if word_end(rest) { Ok((rest, m)) } else { fail(i) }
}

/// A clock time in any supported style; values are not checked (see [`Clock::minutes_of_day`]).
///
/// Styles: `10:15`, `10.15`, `14h00`, `14h`, `9h30min`, `9 h 30`, `12 h`, `2 pm`, `2:15 p.m.`,
/// `10:00h`, `10.30 Uhr`, `18 Uhr`, `09:00Z`, `10u30`. A spaced `9 h 30` or `12 h` that a minute unit follows is a
/// duration (`1 h 30 min`), not a time.
pub fn clock(i: &str) -> IResult<&str, Clock> {
    if i.starts_with(|c: char| c.is_alphabetic()) {
        return clock_word(i);
    }
    let (rest, hour) = digits(1, 2)(i)?;
    // `12 noon`, `12 midnight`.
    if hour == 12 {
        if let Ok((r, c)) = preceded(ws0, clock_word).parse(rest) {
            return Ok((r, c));
        }
    }
    // `4’30: Oración`, `(8’15)`: an apostrophe between hour and minutes (as Spain writes it
    // by hand), only where a colon sets an entry's title off or a bracket closes, since
    // `4'30` alone is four minutes thirty (a track's length).
    if let Some(after) = rest.strip_prefix('’').or_else(|| rest.strip_prefix('\'')) {
        if let Ok((r, minute)) = digits(2, 2)(after) {
            let t = r.trim_start_matches(' ');
            let entry = t.starts_with(':') && !t[1..].starts_with(|c: char| c.is_ascii_digit());
            if minute < 60 && hour <= 23 && (entry || t.starts_with(')')) {
                return Ok((r, Clock { hour, minute, meridiem: None, style: ClockStyle::Colon }));
            }
        }
    }
    // The full-width colon of Chinese and Japanese text (`8：30`) is a colon.
    let sep: IResult<&str, char> = one_of(":.hH：").parse(rest);
    // `10u30` (Flemish `uur`), and a bare `16u` as `16h` (both readings of `2u`, two
    // hours or two o'clock, are kept, as for `2h`).
    let sep = sep.or_else(|e| match rest.as_bytes() {
        [b'u' | b'U', a, b, ..] if a.is_ascii_digit() && b.is_ascii_digit() => Ok((&rest[1..], 'h')),
        // (Lowercase, from seven o'clock: `12U` is an age group, `4u` "for you".)
        [b'u', ..] if word_end(&rest[1..]) && (7..=23).contains(&hour) => Ok((&rest[1..], 'h')),
        _ => Err(e),
    });
    if let Ok((after, sep)) = sep {
        let style = match sep {
            ':' | '：' => ClockStyle::Colon,
            '.' => ClockStyle::Dot,
            _ => ClockStyle::H,
        };
        if let Ok((after_min, minute)) = digits(2, 2)(after) {
            // `09.10.2024`, `1.10.3`, `10:15:30` and `24.25,5` are not clock times.
            if after_min.starts_with(['.', ':', ',']) && after_min[1..].starts_with(|c: char| c.is_ascii_digit()) {
                return fail(i);
            }
            let (mut rest2, mut mer) = opt(preceded(ws0, meridiem)).parse(after_min)?;
            // `1:30p`, `10:30a`: a glued `a` or `p` alone, as US calendars write it.
            if mer.is_none() && style == ClockStyle::Colon {
                let m = match rest2.as_bytes().first() {
                    Some(b'a' | b'A') => Some(Meridiem::Am),
                    Some(b'p' | b'P') => Some(Meridiem::Pm),
                    _ => None,
                };
                if m.is_some() && word_end(&rest2[1..]) {
                    (rest2, mer) = (&rest2[1..], m);
                }
            }
            // `10:00h` and `10:00 Uhr` (German style) end the same time; `9h30min` (Portuguese),
            // `10h30mn` (French, as West Africa writes it).
            if mer.is_none() {
                let suffix = if style == ClockStyle::H {
                    alt((tag_no_case::<_, _, nom::error::Error<&str>>("min"), tag_no_case("mn"), tag_no_case("m"))).parse(rest2)
                } else {
                    alt((tag::<_, _, nom::error::Error<&str>>("h"), preceded(ws0, tag_no_case("uhr")))).parse(rest2)
                };
                if let Ok((r, _)) = suffix {
                    if word_end(r) {
                        rest2 = r;
                    }
                }
            }
            // `09:00Z` (ISO 8601 UTC) ends the time before the `Z`.
            let zulu = rest2.starts_with('Z') && word_end(&rest2[1..]);
            if !word_end(rest2) && !zulu {
                return fail(i);
            }
            return Ok((rest2, Clock { hour, minute, meridiem: mer, style }));
        }
        if style == ClockStyle::H && word_end(after) {
            return Ok((after, Clock { hour, minute: 0, meridiem: None, style }));
        }
    }
    if let Ok(r) = spaced_h(i, hour, rest) {
        return Ok(r);
    }
    // `18 Uhr` (German): an hour with `Uhr` is a time of day, as `18h` is.
    if let Ok((r, _)) = preceded(ws0, tag_no_case::<_, _, nom::error::Error<&str>>("uhr")).parse(rest) {
        if word_end(r) {
            return Ok((r, Clock { hour, minute: 0, meridiem: None, style: ClockStyle::H }));
        }
    }
    let (rest2, mer) = preceded(ws0, meridiem).parse(rest)?;
    Ok((rest2, Clock { hour, minute: 0, meridiem: Some(mer), style: ClockStyle::HourOnly }))
}

/// A word for a time of day: `noon`, `midday`, `midi`, `mediodía` (12:00) and `midnight`,
/// `minuit`, `medianoche` (00:00), as the hour 12 with its am/pm marker.
pub fn clock_word(i: &str) -> IResult<&str, Clock> {
    // Every such word starts `noo`, `mid`, `min` or `med`: most words are refused at their
    // first bytes.
    let head = i.as_bytes().get(..3).map(|h| [h[0] | 0x20, h[1] | 0x20, h[2] | 0x20]);
    if !matches!(&head, Some([b'n', b'o', b'o'] | [b'm', b'i', b'd' | b'n'] | [b'm', b'e', b'd'])) {
        return fail(i);
    }
    let len = i.find(|c: char| !c.is_alphabetic()).unwrap_or(i.len());
    let (word, rest) = i.split_at(len);
    if !(4..=10).contains(&len) || !word_end(rest) {
        return fail(i);
    }
    let is = |w: &str| word.eq_ignore_ascii_case(w);
    // Lower-case `midi` only: `MIDI` is a music protocol.
    let mer = if is("noon") || is("midday") || word == "midi" || is("mediodía") || is("mediodia") {
        Meridiem::Pm
    } else if is("midnight") || is("minuit") || is("medianoche") {
        Meridiem::Am
    } else {
        return fail(i);
    };
    Ok((rest, Clock { hour: 12, minute: 0, meridiem: Some(mer), style: ClockStyle::HourOnly }))
}

/// Words before a Chinese, Japanese or Korean hour that say which half of the day it is in
/// (`下午`, `晚上`, `午後`, `오후` after noon; `上午`, `早上`, `午前`, `오전` before).
const CJK_PERIODS: &[(&str, Meridiem)] = &[
    ("上午", Meridiem::Am),
    ("早上", Meridiem::Am),
    ("早晨", Meridiem::Am),
    ("凌晨", Meridiem::Am),
    ("午前", Meridiem::Am),
    ("오전", Meridiem::Am),
    ("아침", Meridiem::Am),
    ("새벽", Meridiem::Am),
    ("下午", Meridiem::Pm),
    ("中午", Meridiem::Pm),
    ("晚上", Meridiem::Pm),
    ("傍晚", Meridiem::Pm),
    ("午後", Meridiem::Pm),
    ("夜", Meridiem::Pm),
    ("오후", Meridiem::Pm),
    ("저녁", Meridiem::Pm),
    ("밤", Meridiem::Pm),
];

/// A number of 0–59 written with Chinese numerals (`八`, `十一`, `二十`, `三十五`, `两`), with
/// its length in bytes.
fn cjk_number(i: &str) -> Option<(u32, usize)> {
    let digit = |c: char| match c {
        '零' | '〇' => Some(0),
        '一' => Some(1),
        '二' | '两' | '兩' => Some(2),
        '三' => Some(3),
        '四' => Some(4),
        '五' => Some(5),
        '六' => Some(6),
        '七' => Some(7),
        '八' => Some(8),
        '九' => Some(9),
        _ => None,
    };
    let mut cs = i.char_indices().peekable();
    let first = cs.next()?;
    let (n, len) = match (first.1, digit(first.1)) {
        // `十`, `十一`: ten and its units.
        ('十', _) => match cs.peek().and_then(|&(k, c)| Some((k, c, digit(c).filter(|&d| d > 0)?))) {
            Some((k, c, d)) => (10 + d, k + c.len_utf8()),
            None => (10, first.1.len_utf8()),
        },
        // `八`, `二十`, `三十五`.
        (_, Some(d)) => {
            let Some(&(k, '十')) = cs.peek() else { return Some((d, first.1.len_utf8())) };
            cs.next();
            match cs.peek().and_then(|&(k2, c)| Some((k2, c, digit(c).filter(|&e| e > 0)?))) {
                Some((k2, c, e)) => (d * 10 + e, k2 + c.len_utf8()),
                None => (d * 10, k + '十'.len_utf8()),
            }
        }
        _ => return None,
    };
    (n <= 59).then_some((n, len))
}

/// A number of one or two ASCII digits or of Chinese numerals, with its length in bytes.
fn cjk_or_ascii_number(i: &str) -> Option<(u32, usize)> {
    let n = i.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&n) {
        return Some((i[..n].parse().ok()?, n));
    }
    if n > 2 {
        return None;
    }
    cjk_number(i)
}

/// A clock time as Chinese, Japanese and Korean write it at the start of `i`: an hour
/// before `点`, `點`, `時`, `时` or `시`, in digits or Chinese numerals, maybe after a word for
/// the half of the day and before `半`, `一刻`, `三刻` or minutes before `分`/`분` (`晚上八点`,
/// `下午2点半`, `午後2時30分`, `오후 2시 30분`, `14時`). `時間`, `时间` and `시간` are lengths
/// (`2時間` is two hours), no times. Returns the time's length in bytes, the clock, and
/// whether it said more than a bare hour and mark (a period word or minutes): `三点` alone
/// may be "three points".
pub fn cjk_clock(i: &str) -> Option<(usize, Clock, bool)> {
    let period = CJK_PERIODS.iter().find(|(w, _)| i.starts_with(w));
    let (meridiem, mut at) = period.map_or((None, 0), |(w, m)| (Some(*m), w.len()));
    at += i[at..].len() - i[at..].trim_start_matches(' ').len();
    let (hour, n) = cjk_or_ascii_number(&i[at..])?;
    at += n;
    let mark = ['点', '點', '時', '时', '시'].into_iter().find(|m| i[at..].starts_with(*m))?;
    at += mark.len_utf8();
    if i[at..].starts_with(['間', '间', '간']) || hour > 24 {
        return None;
    }
    let mut minute = 0;
    let mut said = meridiem.is_some();
    let rest = &i[at..];
    if rest.starts_with('半') {
        minute = 30;
        at += '半'.len_utf8();
        said = true;
    } else if let Some(q) = ["一刻", "三刻"].iter().find(|q| rest.starts_with(*q)) {
        minute = if q.starts_with('一') { 15 } else { 45 };
        at += q.len();
        said = true;
    } else {
        let sp = rest.len() - rest.trim_start_matches(' ').len();
        if let Some((m, k)) = cjk_or_ascii_number(&rest[sp..]) {
            let after = &rest[sp + k..];
            if let Some(unit) = ['分', '분'].into_iter().find(|u| after.starts_with(*u)) {
                minute = m;
                at += sp + k + unit.len_utf8();
                said = true;
            }
        }
    }
    // `晚上十二点`, `밤 12시`: twelve in the evening is midnight.
    let evening = period.is_some_and(|(w, _)| matches!(*w, "晚上" | "傍晚" | "夜" | "저녁" | "밤"));
    let meridiem = if evening && hour == 12 { Some(Meridiem::Am) } else { meridiem };
    Some((at, Clock { hour, minute, meridiem, style: ClockStyle::Colon }, said))
}

/// `12 h 30`, `17 h 00`, `10 h` (French and Portuguese spacing), unless a minute unit follows
/// (`1 h 30 min` is a duration).
fn spaced_h<'a>(i: &'a str, hour: u32, rest: &'a str) -> IResult<&'a str, Clock> {
    let (r, _) = (ws0, one_of("hH")).parse(rest)?;
    if !word_end(r) {
        return fail(i);
    }
    let (r2, minute) = match preceded(ws0, digits(2, 2)).parse(r) {
        Ok((r2, m)) if word_end(r2) => (r2, Some(m)),
        _ => (r, None),
    };
    let after = ws0(r2).map_or(r2, |(x, _)| x);
    let unit_follows = after
        .split(|c: char| !c.is_alphabetic())
        .next()
        .is_some_and(|w| !w.is_empty() && super::words::is_minute_unit(&w.to_lowercase()));
    if unit_follows {
        return fail(i);
    }
    Ok((r2, Clock { hour, minute: minute.unwrap_or(0), meridiem: None, style: ClockStyle::H }))
}

/// A range separator: hyphen, en or em dash, minus, tilde, `|`, `to`, `until`, `till`.
pub fn range_sep(i: &str) -> IResult<&str, &str> {
    let (i, _) = ws0(i)?;
    let (i, s) = alt((
        recognize(one_of("-–—‐‑‒−―~〜～∼|")),
        // `16:35 to16:40`: a typed range may lose the space after its word.
        recognize((alt((tag_no_case("until"), tag_no_case("till"), tag_no_case("to"))), alt((at_word_end, peek_digit)))),
    ))
    .parse(i)?;
    let (i, _) = ws0(i)?;
    Ok((i, s))
}

/// A clock range as written, with the byte ranges (relative to the parser's input) of its
/// two ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClockRange {
    /// The first time.
    pub start: Clock,
    /// The second time.
    pub end: Clock,
    /// Bytes of the first time.
    pub start_at: (usize, usize),
    /// Bytes of the second time.
    pub end_at: (usize, usize),
}

impl ClockRange {
    /// The two ends as minutes of the day, sharing an am/pm marker written only once
    /// (`2:15 – 2:30 pm`); `None` when either end is impossible, or the range starts at
    /// `24:00` (which only ends a day).
    pub fn minutes(&self) -> Option<(u32, u32)> {
        let shared = self.end.meridiem.filter(|_| self.start.meridiem.is_none());
        let mut a = self.start.minutes_of_day(shared)?;
        let b = self.end.minutes_of_day(self.start.meridiem.filter(|_| self.end.meridiem.is_none()))?;
        // `11:30 – 1 pm`: the shared marker belongs to the end only.
        if shared.is_some() && a > b {
            a = self.start.minutes_of_day(None)?;
        }
        // `24:00` ends a day (ISO 8601); nothing starts at it.
        (a < 24 * 60).then_some((a, b))
    }

    /// True when either end carries an am/pm marker.
    pub fn has_meridiem(&self) -> bool {
        self.start.meridiem.is_some() || self.end.meridiem.is_some()
    }
}

/// `10:15 – 10:30`, `2:15 pm to 2:30 pm`, `14h00–14h10`, `10.15 - 10.30`. Both ends must
/// be written in a time style (`10-11` is not a clock range).
pub fn clock_range(i: &str) -> IResult<&str, ClockRange> {
    let (r1, start) = clock(i)?;
    let a_end = i.len() - r1.len();
    let (r2, sep) = range_sep(r1)?;
    let b_start = i.len() - r2.len();
    let (r3, end) = clock(r2)?;
    let b_end = i.len() - r3.len();
    // A bare `|` only joins two colon-style times (flattened tables).
    if sep == "|" && !(start.style == ClockStyle::Colon && end.style == ClockStyle::Colon) {
        return fail(i);
    }
    // `10.15-11` or `10-11.30`: mixed dot styles with bare numbers are not times.
    if (start.style == ClockStyle::Dot) != (end.style == ClockStyle::Dot)
        && !(start.meridiem.is_some() || end.meridiem.is_some())
    {
        return fail(i);
    }
    Ok((r3, ClockRange { start, end, start_at: (0, a_end), end_at: (b_start, b_end) }))
}

/// A unit word (`min`, `minutes`, `Minuten`, `minutos`, `hours`, `heures`, `Stunden`), folded,
/// with the text after it; `.` after an abbreviation is taken with it.
fn unit_word(i: &str) -> IResult<&str, String> {
    let (rest, w) = take_while(|c: char| c.is_alphabetic())(i)?;
    if w.is_empty() || w.len() > 12 && w.chars().count() > 12 {
        return fail(i);
    }
    let folded = super::words::fold(w);
    let rest = match rest.strip_prefix('.') {
        Some(r) if (super::words::is_minute_unit(&format!("{folded}.")) || super::words::is_hour_unit(&format!("{folded}."))) && word_end(r) => r,
        _ => rest,
    };
    if !word_end(rest) && !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(i);
    }
    Ok((rest, folded))
}

fn minute_unit(i: &str) -> IResult<&str, &str> {
    let (rest, u) = unit_word(i)?;
    if !super::words::is_minute_unit(&u) || rest.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(i);
    }
    Ok((rest, &i[..i.len() - rest.len()]))
}

/// A Chinese, Japanese or Korean unit of length at the start of `i` (`時間`, `小时`, `시간`
/// hours; `分钟`, `分間`, `分`, `분간`, `분` minutes), glued to what follows as those scripts
/// write: the rest and whether it counts hours.
fn cjk_unit(i: &str) -> Option<(&str, bool)> {
    const HOURS: &[&str] = &["個小時", "个小时", "小時", "小时", "時間", "시간"];
    const MINUTES: &[&str] = &["分鐘", "分钟", "分間", "分", "분간", "분"];
    if let Some(u) = HOURS.iter().find(|u| i.starts_with(*u)) {
        return Some((&i[u.len()..], true));
    }
    MINUTES.iter().find(|u| i.starts_with(*u)).map(|u| (&i[u.len()..], false))
}

fn prime(i: &str) -> IResult<&str, &str> {
    recognize(one_of("'’′")).parse(i)
}

fn hour_unit(i: &str) -> IResult<&str, &str> {
    let (rest, u) = unit_word(i)?;
    if !super::words::is_hour_unit(&u) {
        return fail(i);
    }
    Ok((rest, &i[..i.len() - rest.len()]))
}

/// Two offsets in minutes with the byte ranges of their numbers.
pub type OffsetRange = ((u32, u32), (usize, usize), (usize, usize));

/// An offset range in minutes: `0-10 min`, `10 – 40 minutes`, `0-10'`, `minutes 10–40`.
/// Returns the two offsets and the byte ranges of the two numbers.
pub fn offset_range(i: &str) -> IResult<&str, OffsetRange> {
    let starts_with_digit = i.starts_with(|c: char| c.is_ascii_digit());
    let prefixed = if starts_with_digit { fail(i) } else { preceded(
        (
            alt((
                tag_no_case("minutes"),
                tag_no_case("minute"),
                tag_no_case("mins"),
                tag_no_case("min."),
                tag_no_case("min"),
            )),
            ws0,
        ),
        |x| Ok((x, ())),
    )
    .parse(i) };
    let (body, has_prefix) = match prefixed {
        Ok((b, ())) => (b, true),
        Err(_) => (i, false),
    };
    let at = |r: &str| i.len() - r.len();
    let a0 = at(body);
    let (r1, a) = digits(1, 3)(body)?;
    let a1 = at(r1);
    let (r2, _) = range_sep(r1)?;
    let b0 = at(r2);
    let (r3, b) = digits(1, 3)(r2)?;
    let b1 = at(r3);
    if has_prefix {
        if !word_end(r3) || r3.starts_with(['.', ',']) && r3[1..].starts_with(|c: char| c.is_ascii_digit()) {
            return fail(i);
        }
        return Ok((r3, ((a, b), (a0, a1), (b0, b1))));
    }
    let (r4, _) = alt((preceded(ws0, minute_unit), prime)).parse(r3)?;
    Ok((r4, ((a, b), (a0, a1), (b0, b1))))
}

/// A quantity: `15`, `1.5`, `2,5`, `05`, `1 1/2`, `1½`, `½`, or number words (`ten`,
/// `twenty-five`, `one and a half`, `an`, `half an`, `a quarter of an`).
fn number(i: &str) -> IResult<&str, f64> {
    if let Ok(r) = numeric(i) {
        return Ok(r);
    }
    words_number(i)
}

fn numeric(i: &str) -> IResult<&str, f64> {
    if let Ok((rest, f)) = vulgar(i) {
        return Ok((rest, f));
    }
    let (rest, s) = recognize((
        take_while_m_n(1, 4, |c: char| c.is_ascii_digit()),
        opt((one_of(".,"), take_while_m_n(1, 2, |c: char| c.is_ascii_digit()))),
    ))
    .parse(i)?;
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(i);
    }
    let mut n: f64 = s.replace(',', ".").parse().unwrap_or(f64::NAN);
    let mut rest = rest;
    // `1½`, `1 1/2`.
    if let Ok((r, f)) = vulgar(rest) {
        n += f;
        rest = r;
    } else if let Ok((r, (_, f))) = (take_while_m_n(1, 1, |c: char| c == ' '), fraction).parse(rest) {
        if !s.contains(['.', ',']) {
            n += f;
            rest = r;
        }
    }
    Ok((rest, n))
}

/// `½`, `¼`, `¾`.
fn vulgar(i: &str) -> IResult<&str, f64> {
    let (rest, c) = one_of("½¼¾").parse(i)?;
    Ok((rest, match c {
        '½' => 0.5,
        '¼' => 0.25,
        _ => 0.75,
    }))
}

/// `1/2`, `3/4`.
fn fraction(i: &str) -> IResult<&str, f64> {
    let (rest, (a, _, b)) = (digits(1, 1), tag("/"), digits(1, 1)).parse(i)?;
    if b == 0 || a >= b {
        return fail(i);
    }
    Ok((rest, f64::from(a) / f64::from(b)))
}

/// Number words: `ten`, `twenty-five`, `twenty five`, `one and a half`, `a half`, `half an`,
/// `an`, `a quarter of an`, `une demi-`, `eine halbe`.
fn words_number(i: &str) -> IResult<&str, f64> {
    let word = |x| -> IResult<&str, f64> {
        // `п’ять` (Ukrainian) is written with an apostrophe inside.
        let (r, w) = take_while(|c: char| c.is_alphabetic() || c == '\'' || c == '’')(x)?;
        match super::words::number_word(&super::words::fold(w)) {
            Some(v) if !w.is_empty() => Ok((r, v)),
            // Italian `un'ora`, `un’ora` ("an hour"): the article elided onto the unit.
            _ => match w.find(['\'', '’']) {
                Some(p) if p > 0 => {
                    let head = &w[..p];
                    let after = &x[p..];
                    let after = after.strip_prefix('\'').or_else(|| after.strip_prefix('’')).unwrap_or(after);
                    match super::words::number_word(&format!("{}'", super::words::fold(head))) {
                        Some(v) if !after.is_empty() => Ok((after, v)),
                        _ => fail(x),
                    }
                }
                _ => fail(x),
            },
        }
    };
    let (mut rest, mut n) = word(i)?;
    // `twenty-five`, `twenty five`.
    if n >= 20.0 && n.fract() == 0.0 {
        if let Ok((r, (_, u))) = (alt((tag("-"), tag(" "))), word).parse(rest) {
            if (1.0..10.0).contains(&u) {
                n += u;
                rest = r;
            }
        }
    }
    // `one and a half`, `un et demi`, `uma e meia`, `jeden a půl`.
    if let Ok((r, (_, _, _, half))) =
        (ws0, and_word, ws0, |x| {
            let (x, _) = opt((alt((tag_no_case("a "), tag_no_case("an "))), ws0)).parse(x)?;
            word(x)
        })
        .parse(rest)
    {
        if half < 1.0 && n >= 1.0 {
            n += half;
            rest = r;
        }
    }
    // `half an`, `a quarter of an`, `une demi-`.
    if n < 1.0 {
        if let Ok((r, _)) = (opt((ws0, tag_no_case("of"))), ws0, alt((tag_no_case("an"), tag_no_case("a"))), at_word_end).parse(rest) {
            rest = r;
        }
        rest = rest.strip_prefix('-').unwrap_or(rest);
    } else if n == 1.0 && i.get(..2).is_some_and(|p| p.eq_ignore_ascii_case("a ") || p.eq_ignore_ascii_case("an")) {
        // `a half hour`, `a quarter hour`.
        if let Ok((r, (_, f))) = (ws0, word).parse(rest) {
            if f < 1.0 {
                n = f;
                rest = r;
            }
        }
    }
    Ok((rest, n))
}

/// A word joining a whole number to its fraction (`and`, `et`, `a`, `и`), as
/// [`super::words::is_and_word`] lists them.
fn and_word(i: &str) -> IResult<&str, &str> {
    let (rest, w) = take_while(char::is_alphabetic)(i)?;
    if w.is_empty() || w.len() > 3 || !super::words::is_and_word(&super::words::fold(w)) {
        return fail(i);
    }
    Ok((rest, w))
}

fn as_whole_minutes(m: f64) -> Option<u32> {
    let r = m.round();
    ((m - r).abs() < 1e-6 && (0.0..=100_000.0).contains(&r)).then_some(r as u32)
}

/// A duration in minutes: `5 min`, `5 mins`, `15 minutes`, `15'`, `90 Min`, `90-minute`,
/// `1 hour`, `1hour`, `1h15`, `1h 15m`, `1.5 hours`, `1 hr 30`, `1 hour 30 minutes`,
/// `1 hour, 10 minutes`, `15m`, `1 1/2 hours`, `1½ h`, `ten minutes`, `half an hour`,
/// `one and a half hours`, `vingt minutes`, `zwanzig Minuten`, `90 minutos`.
/// Fails on fractions that are not whole minutes (`2.5 min`).
pub fn duration(i: &str) -> IResult<&str, u32> {
    let by_words = numeric(i).is_err();
    let (rest, n) = number(i)?;
    // A hyphen, also the non-breaking one (`3‑Hour`), or spaces.
    let (rest, _) = alt((tag("-"), tag("\u{2011}"), tag("\u{2010}"), ws0)).parse(rest)?;
    // `a m`, `an h`: a number word takes a written-out unit only.
    let unit_len = rest.len() - rest.trim_start_matches(char::is_alphabetic).len();
    if by_words && unit_len < 3 {
        return fail(i);
    }
    // Chinese, Japanese and Korean units, glued to the text after them (`1時間20分`,
    // `2小时`, `30分钟`, `40분간`).
    if let Some((after_u, hours)) = cjk_unit(rest) {
        if by_words {
            return fail(i);
        }
        let mut total = n * if hours { 60.0 } else { 1.0 };
        let mut end = after_u;
        // `1時間半`, `1시간 반`: and a half (Korean's `반` a word of its own).
        let half = after_u.strip_prefix('半').or_else(|| {
            after_u.trim_start_matches(' ').strip_prefix('반').filter(|r| !r.starts_with(|c: char| ('가'..='힣').contains(&c)))
        });
        if let Some(after_half) = half.filter(|_| hours && n.fract() == 0.0) {
            total += 30.0;
            end = after_half;
        } else if hours {
            // `1시간 30분`: Korean spaces its parts.
            let spaced = after_u.trim_start_matches(' ');
            if let Some((m, after_m)) = digits(1, 2)(spaced).ok().and_then(|(r, m)| Some((m, cjk_unit(r).filter(|(_, h)| !h)?.0))) {
                if m < 60 && n.fract() == 0.0 {
                    total += f64::from(m);
                    end = after_m;
                }
            }
        }
        return match as_whole_minutes(total) {
            Some(m) => Ok((end, m)),
            None => fail(i),
        };
    }
    // Hours, optionally followed by minutes.
    if let Ok((after_h, _)) = hour_unit(rest) {
        let mut total = n * 60.0;
        let mut end = after_h;
        // `an hour and a half`, `une heure et demie`, `час и половина`.
        if let Ok((r, (_, _, _, half))) = (
            ws0,
            and_word,
            ws0,
            words_number,
        )
            .parse(after_h)
        {
            if half < 1.0 && word_end(r) {
                return match as_whole_minutes(total + half * 60.0) {
                    Some(m) => Ok((r, m)),
                    None => fail(i),
                };
            }
        }
        if !after_h.starts_with(|c: char| c.is_ascii_digit()) {
            // `1 hour 30 minutes`, `1 hr 30`, `1 hour, 10 minutes`, `6 h 45 min`.
            let minutes = |x| -> IResult<&str, (u32, bool)> {
                let (x, _) = ws0(x)?;
                let (x, comma) = opt(tag(",")).parse(x)?;
                // `and`, `et`, `e`, `y` (Spanish), `und`, `en` (Dutch), `og`, `och`.
                let (x, and) = opt((ws0, alt((tag_no_case("and "), tag_no_case("et "), tag_no_case("e "), tag_no_case("y "), tag_no_case("und "), tag_no_case("en "), tag_no_case("og "), tag_no_case("och "))))).parse(x)?;
                let (x, _) = ws0(x)?;
                // `one hour and thirty minutes`: minutes in words, after the word for `and`,
                // need their unit.
                if let Some(Ok((y, w))) = and.filter(|_| x.starts_with(char::is_alphabetic)).map(|_| words_number(x)) {
                    let (y, _) = preceded(ws0, minute_unit).parse(y)?;
                    return if w.fract() == 0.0 && (1.0..60.0).contains(&w) { Ok((y, (w as u32, true))) } else { fail(x) };
                }
                let (x, m) = digits(1, 2)(x)?;
                let (x, unit) = opt(preceded(ws0, minute_unit)).parse(x)?;
                if comma.is_some() && unit.is_none() {
                    return fail(x);
                }
                Ok((x, (m, unit.is_some())))
            };
            if let Ok((r, (m, _))) = minutes(after_h) {
                if m < 60 && n.fract() == 0.0 && word_end(r) {
                    total += f64::from(m);
                    end = r;
                }
            }
        } else if let Ok((r, m)) = (digits(2, 2), opt(minute_unit)).parse(after_h).map(|(r, (m, _))| (r, m)) {
            // `1h15`, `1h15m`.
            if m < 60 && word_end(r) && n.fract() == 0.0 {
                total += f64::from(m);
                end = r;
            } else {
                return fail(i);
            }
        } else {
            return fail(i);
        }
        return match as_whole_minutes(total) {
            Some(m) => Ok((end, m)),
            None => fail(i),
        };
    }
    let (rest, _) = alt((minute_unit, prime)).parse(rest)?;
    // `2015's` is no duration.
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return fail(i);
    }
    match as_whole_minutes(n) {
        Some(m) => Ok((rest, m)),
        None => fail(i),
    }
}

/// A match found by one of the scanners, with byte offsets into the scanned text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found<T> {
    /// First byte of the match.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What was read.
    pub value: T,
}

/// A time range found in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RangeValue {
    /// Two clock times, valid, as minutes of the day, with their byte ranges in the text.
    Clock {
        /// Minutes of the day of the first time.
        start: u32,
        /// Minutes of the day of the second time.
        end: u32,
        /// True when an am/pm marker was written.
        meridiem: bool,
        /// Bytes of the first time in the scanned text.
        start_at: (usize, usize),
        /// Bytes of the second time in the scanned text.
        end_at: (usize, usize),
    },
    /// Two offsets in minutes (`0-10 min`), with their byte ranges.
    Offset {
        /// First offset.
        start: u32,
        /// Second offset.
        end: u32,
        /// Bytes of the first number.
        start_at: (usize, usize),
        /// Bytes of the second number.
        end_at: (usize, usize),
    },
    /// Something clearly written as a clock range with an impossible time (`25:00`),
    /// with the bytes of the bad time.
    Bad {
        /// Bytes of the impossible time.
        at: (usize, usize),
    },
}

/// The starts of words whose first byte passes `first` (an ASCII digit or letter): a word
/// starts where the character before it is not alphanumeric nor one of `.,:/+#_`, so
/// `v2.10` and `#10` are not read as numbers. Bytes are scanned rather than characters,
/// since every word that can hold a time starts with an ASCII byte.
fn word_starts<'a>(text: &'a str, first: impl Fn(u8) -> bool + 'a) -> impl Iterator<Item = usize> + 'a {
    text.bytes().enumerate().filter_map(move |(i, b)| {
        let ok = first(b)
            && !text[..i]
                .chars()
                .next_back()
                .is_some_and(|p| p.is_alphanumeric() || matches!(p, '.' | ',' | ':' | '/' | '+' | '#' | '_'));
        ok.then_some(i)
    })
}

/// Words after which `16.10-16.20` numbers things rather than telling the time.
const NUMBERING_WORDS: &[&str] = &[
    "sdg",
    "sdgs",
    "target",
    "targets",
    "goal",
    "goals",
    "section",
    "sections",
    "article",
    "articles",
    "art",
    "para",
    "paragraph",
    "paragraphs",
    "chapter",
    "clause",
    "item",
    "items",
    "no",
    "nos",
    "version",
    "versions",
    "v",
    "rfc",
    "§",
    "pp",
    "p",
    "page",
    "pages",
    "table",
    "figure",
    "fig",
    "rule",
    "rules",
    "resolution",
];

fn numbering_word_before(text: &str, pos: usize) -> bool {
    let before = text[..pos].trim_end();
    let word = before.rsplit(|c: char| !c.is_alphanumeric() && c != '§').next().unwrap_or("");
    NUMBERING_WORDS.contains(&word.to_lowercase().trim_end_matches('.'))
}

/// Every clock or offset range in `text`, left to right, without overlaps.
pub fn find_ranges(text: &str) -> Vec<Found<RangeValue>> {
    let mut out = Vec::new();
    // Every range has a digit; most lines of prose have none.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return out;
    }
    let mut next_free = 0;
    // Every range starts with a digit, or with `min` (`minutes 10–40`).
    for pos in word_starts(text, |b| b.is_ascii_digit() || b.eq_ignore_ascii_case(&b'm')) {
        if pos < next_free {
            continue;
        }
        if let Some((found, skip_to)) = range_at(text, pos) {
            next_free = skip_to;
            out.extend(found);
        }
    }
    out
}

/// The clock or offset range (or impossible time) starting at word start `pos` of `text`,
/// as [`find_ranges`] reads it, with the byte where scanning may resume; `None` when
/// nothing starts there. A refused reading (`SDG 16.10-16.20`) gives no range but still
/// says where to resume.
pub fn range_at(text: &str, pos: usize) -> Option<(Option<Found<RangeValue>>, usize)> {
    let min_word = || text.as_bytes().get(pos..pos + 3).is_some_and(|w| w.eq_ignore_ascii_case(b"min"));
    if !text.as_bytes().get(pos).is_some_and(u8::is_ascii_digit) && !min_word() {
        return None;
    }
    let s = &text[pos..];
    if let Ok((rest, r)) = clock_range(s) {
        let end = pos + s.len() - rest.len();
        if r.start.style == ClockStyle::Dot && numbering_word_before(text, pos) {
            return Some((None, end));
        }
        let shift = |(a, b): (usize, usize)| (pos + a, pos + b);
        // `timing: -00:10 – 00:15`: a minus sign on the first time makes it negative,
        // which a breakdown cannot be (a hyphen that starts the text is a bullet).
        if let Some(sign) = minus_before(text, pos) {
            return Some((Some(Found { start: sign, end, value: RangeValue::Bad { at: (sign, pos + r.start_at.1) } }), end));
        }
        let value = match r.minutes() {
            Some((a, b)) => RangeValue::Clock {
                start: a,
                end: b,
                meridiem: r.has_meridiem(),
                start_at: shift(r.start_at),
                end_at: shift(r.end_at),
            },
            None if r.start.style == ClockStyle::Colon || r.end.style == ClockStyle::Colon => {
                let bad_start = r.start.minutes_of_day(r.end.meridiem).is_none_or(|m| m >= 24 * 60);
                RangeValue::Bad { at: shift(if bad_start { r.start_at } else { r.end_at }) }
            }
            None => return None,
        };
        return Some((Some(Found { start: pos, end, value }), end));
    }
    if let Some(at) = botched_end(s) {
        let at = (pos + at.0, pos + at.1);
        return Some((Some(Found { start: pos, end: at.1, value: RangeValue::Bad { at } }), at.1));
    }
    if let Ok((rest, ((a, b), sa, sb))) = offset_range(s) {
        let end = pos + s.len() - rest.len();
        let value = RangeValue::Offset { start: a, end: b, start_at: (pos + sa.0, pos + sa.1), end_at: (pos + sb.0, pos + sb.1) };
        return Some((Some(Found { start: pos, end, value }), end));
    }
    None
}

/// The byte offset of a minus sign written right before the time at `pos`: `−` (U+2212)
/// anywhere, or a hyphen with a space before it (a hyphen that starts the line is a bullet,
/// one after a digit joins a range).
fn minus_before(text: &str, pos: usize) -> Option<usize> {
    let before = &text[..pos];
    if let Some(b) = before.strip_suffix('−') {
        return Some(b.len());
    }
    let b = before.strip_suffix('-')?;
    b.ends_with(char::is_whitespace).then_some(b.len())
}

/// A colon clock, a range separator, then a time with a typo in it (`00:15 – 00:4O`,
/// `10:00-1O:30`): the bytes of the botched time, relative to `s`.
fn botched_end(s: &str) -> Option<(usize, usize)> {
    let (rest, c) = clock(s).ok()?;
    if c.style != ClockStyle::Colon {
        return None;
    }
    let (rest, _) = range_sep(rest).ok()?;
    let (rest, _) = ws0(rest).ok()?;
    let at = s.len() - rest.len();
    let token: &str = rest.split(|ch: char| !(ch.is_alphanumeric() || ch == ':')).next()?;
    let (h, m) = token.split_once(':')?;
    let digitish = |t: &str| t.chars().all(|ch| ch.is_ascii_digit() || matches!(ch, 'O' | 'o' | 'l' | 'I'));
    let typo = h.len() <= 2 && m.len() == 2 && digitish(h) && digitish(m) && !h.is_empty();
    let has_digit = token.chars().any(|ch| ch.is_ascii_digit());
    (typo && has_digit && clock(rest).map_or(true, |(r, _)| r.len() > rest.len() - token.len()))
        .then_some((at, at + token.len()))
}

/// Every duration in `text` (`15 minutes`, `15'`, `1h15`), left to right.
pub fn find_durations(text: &str) -> Vec<Found<u32>> {
    let mut out = Vec::new();
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return out;
    }
    let mut next_free = 0;
    for pos in word_starts(text, |b| b.is_ascii_digit()) {
        if pos < next_free {
            continue;
        }
        let s = &text[pos..];
        if let Ok((rest, m)) = duration(s) {
            let end = pos + s.len() - rest.len();
            out.push(Found { start: pos, end, value: m });
            next_free = end;
        }
    }
    out
}

/// A single clock time at the very start of `text` (after whitespace), valid, as minutes
/// of the day with the bytes it took; used for start-time-only agendas (`10:00 Opening`).
pub fn leading_clock(text: &str) -> Option<(u32, (usize, usize))> {
    let (rest, _) = ws0(text).ok()?;
    let at = text.len() - rest.len();
    let (after, c) = clock(rest).ok()?;
    if c.style == ClockStyle::Dot && c.meridiem.is_none() {
        return None;
    }
    let m = c.minutes_of_day(None)?;
    Some((m, (at, text.len() - after.len())))
}
