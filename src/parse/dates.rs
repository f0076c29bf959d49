//! Calendar dates as people write them in event pages, with or without a year:
//! `Friday, 10th December, 2021`, `10 Dec 2021`, `December 10, 2021`, `2021-12-10`,
//! `10.12.2021`, `16 de julho`, `Mercredi 9 octobre 2013`, `24. April 2019`, `Monday,
//! September 1`, `21st of March 2026`, `March the 21st 2026`. Month and weekday names come
//! from [`super::words`], in six languages.
//!
//! A month abbreviation that is also a common word (`may`, `mar`, `set`, `out`, `ago`) is a
//! month only when capitalised or followed by a year, so `15 out of 20` is not a date.

use chrono::{Datelike, NaiveDate};
use nom::bytes::complete::{tag, tag_no_case, take_while1, take_while_m_n};
use nom::character::complete::one_of;
use nom::combinator::opt;
use nom::{IResult, Parser};

use super::notation::ws0;
use super::words;

/// A date as written: the year may be missing (`16 July`), the weekday may be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartialDate {
    /// The year, when written.
    pub year: Option<i32>,
    /// Month, 1–12.
    pub month: u32,
    /// Day of the month, 1–31.
    pub day: u32,
    /// Weekday as written (0 = Monday), when written.
    pub weekday: Option<u32>,
    /// True when day and month are two numbers of 12 or less written with `/` or `-`
    /// (`9/4/2025`): read day first, they could as well be month first, as the US writes.
    pub order_open: bool,
}

impl PartialDate {
    /// The date in `year` (the written year wins), when it exists and agrees with a written
    /// weekday.
    pub fn in_year(&self, year: i32) -> Option<NaiveDate> {
        let d = NaiveDate::from_ymd_opt(self.year.unwrap_or(year), self.month, self.day)?;
        match self.weekday {
            Some(w) if d.weekday().num_days_from_monday() != w => None,
            _ => Some(d),
        }
    }

    /// The date when the year was written (and agrees with a written weekday).
    pub fn full(&self) -> Option<NaiveDate> {
        self.year.and_then(|y| self.in_year(y))
    }

    /// The same numbers read the other way round (month first), when the order is open.
    pub fn month_first(&self) -> Option<PartialDate> {
        self.order_open.then_some(PartialDate { month: self.day, day: self.month, order_open: false, ..*self })
    }
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

fn word(i: &str) -> IResult<&str, &str> {
    take_while1(|c: char| c.is_alphabetic() || c == '-')(i)
}

/// A month name; `guarded` words (`may`, `out`) only when capitalised, or when
/// `year_follows` says a year comes next.
fn month_word(i: &str) -> IResult<&str, (u32, bool)> {
    let (rest, w) = word(i)?;
    let folded = words::fold(w);
    let Some(m) = words::month(&folded) else { return fail(i) };
    let guarded = matches!(folded.as_str(), "may" | "mar" | "set" | "out" | "ago" | "gen" | "mag" | "lug" | "giu" | "ott" | "dic" | "ene" | "jun" | "dez" | "sept" | "mart");
    // `May` is a month; `may`, and `MAG` or `OUT` in capitals (acronyms), are not.
    let capital = w.starts_with(char::is_uppercase) && w.chars().skip(1).all(char::is_lowercase);
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    Ok((rest, (m, guarded && !capital)))
}

fn weekday_prefix(i: &str) -> IResult<&str, u32> {
    let (rest, w) = word(i)?;
    let Some(d) = words::weekday(&words::fold(w)) else { return fail(i) };
    // Two-letter abbreviations (`Do`, `Mo`) are words too; take them only before a digit.
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    let (rest, _) = opt(tag(",")).parse(rest)?;
    let (rest, _) = ws0(rest)?;
    if w.chars().count() <= 2 && !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(i);
    }
    Ok((rest, d))
}

fn ordinal(i: &str) -> IResult<&str, u32> {
    let (rest, d) = num(1, 2)(i)?;
    if !(1..=31).contains(&d) {
        return fail(i);
    }
    let (rest, _) = opt(nom::branch::alt((
        tag_no_case("st"),
        tag_no_case("nd"),
        tag_no_case("rd"),
        tag_no_case("th"),
        tag_no_case("er"),
        tag("º"),
        tag("°"),
    )))
    .parse(rest)?;
    if rest.starts_with(|c: char| c.is_alphanumeric()) {
        return fail(i);
    }
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    Ok((rest, d))
}

/// `23-05-2025` (`sep` `-`), `05. 06. 2025` (`sep` `. `, as Czech and German write): two
/// numbers of one or two digits and a year of four, joined by `sep`, with no digit or hyphen
/// running on after the year (a range of days, `10-12`, has none).
fn numeric_joined<'a>(i: &'a str, sep: &str) -> Option<(&'a str, (u32, u32, u32))> {
    let (r, (a, _, b, _, y)) = (num(1, 2), tag(sep), num(1, 2), tag(sep), num(4, 4)).parse(i).ok()?;
    ((1900..=2100).contains(&y) && !runs_on(r)).then_some((r, (a, b, y)))
}

/// True when a number goes on after a date's digits (`5`, `-5`): they were part of something
/// longer.
fn runs_on(r: &str) -> bool {
    r.starts_with(|c: char| c.is_ascii_digit()) || r.starts_with('-') && r[1..].starts_with(|c: char| c.is_ascii_digit())
}

/// Day and month of two numbers written day first, or month first where the first cannot be
/// the day's month (`05/23/2025`, as the US writes it).
fn day_and_month(a: u32, b: u32) -> (u32, u32) {
    if b > 12 && a <= 12 { (b, a) } else { (a, b) }
}

/// `, 2021`, ` 2021`, ` de 2014`, `' 2021` after a day and month.
fn year_after(i: &str) -> IResult<&str, i32> {
    let (r, _) = ws0(i)?;
    let (r, _) = opt(tag(",")).parse(r)?;
    let (r, _) = ws0(r)?;
    let (r, _) = opt((nom::branch::alt((tag_no_case("de "), tag_no_case("del "))), ws0)).parse(r)?;
    let (r, y) = num(4, 4)(r)?;
    if !(1900..=2100).contains(&y) || r.starts_with(|c: char| c.is_alphanumeric()) {
        return fail(i);
    }
    Ok((r, y as i32))
}

/// A date with or without a year; see the module doc for the forms.
pub fn partial_date(i: &str) -> IResult<&str, PartialDate> {
    let (i, weekday) = opt(weekday_prefix).parse(i)?;
    // ISO 8601.
    if let Ok((r, (y, _, m, _, d))) = (num(4, 4), tag("-"), num(2, 2), tag("-"), num(2, 2)).parse(i) {
        return checked(r, Some(y as i32), m, d, weekday, false);
    }
    // The same without its zeros (`2020-8-6`), when the year is a year and nothing numeric
    // runs on after it.
    if let Ok((r, (y, _, m, _, d))) = (num(4, 4), tag("-"), num(1, 2), tag("-"), num(1, 2)).parse(i) {
        if (1900..=2100).contains(&y) && !runs_on(r) {
            return checked(r, Some(y as i32), m, d, weekday, false);
        }
    }
    // Year-first numeric, as East Asian pages write it: `2022. 5. 17.`, `2018/05/14`.
    let year_first = i.as_bytes().get(4).is_some_and(|&x| x == b'.' || x == b'/');
    if let Some(Ok((r, (y, s1, _, m, s2, _, d)))) = year_first.then(|| (num(4, 4), one_of("./"), opt(tag(" ")), num(1, 2), one_of("./"), opt(tag(" ")), num(1, 2)).parse(i)) {
        if s1 == s2 && (1900..=2100).contains(&y) && !(r.starts_with('.') && r[1..].starts_with(|c: char| c.is_ascii_digit())) {
            return checked(r, Some(y as i32), m, d, weekday, false);
        }
    }
    // `Mo, 25.11.`, `Dienstag, 26.11.`: after a weekday, a day and month with dots and no year.
    if weekday.is_some() {
        if let Ok((r, (d, _, m, _))) = (num(1, 2), tag("."), num(1, 2), tag(".")).parse(i) {
            if !r.starts_with(|c: char| c.is_ascii_digit()) {
                return checked(r, None, m, d, weekday, false);
            }
        }
    }
    // Numeric with dots or slashes, or with hyphens (`23-05-2025`), with a four-digit year;
    // dots may each be followed by one space (`14. 05. 2024`, as Czech and German write).
    let numeric = (num(1, 2), one_of("./"), num(1, 2), one_of("./"), num(4, 4)).parse(i).ok().map(|(r, (a, s, b, _, y))| (r, (a, b, y), s != '.'));
    let numeric = numeric.or_else(|| numeric_joined(i, ". ").map(|(r, n)| (r, n, false)));
    if let Some((r, (a, b, y), either)) = numeric.or_else(|| numeric_joined(i, "-").map(|(r, n)| (r, n, true))) {
        let (d, m) = day_and_month(a, b);
        let (r, mut date) = checked(r, Some(y as i32), m, d, weekday, false)?;
        date.order_open = either && a <= 12 && b <= 12 && a != b;
        // A written weekday settles the order: `Thursday 9/4/2025` is 4 September.
        if let Some(other) = date.month_first().filter(|o| weekday.is_some() && date.full().is_none() && o.full().is_some()) {
            date = other;
        }
        return Ok((r, date));
    }
    // `10th December, 2021`, `16 de julho`, `24. April 2019`.
    let day_month = |x| -> IResult<&str, (u32, (u32, bool))> {
        let (x, d) = ordinal(x)?;
        let (x, _) = ws0(x)?;
        let (x, _) = opt((nom::branch::alt((tag_no_case("de "), tag_no_case("di "), tag_no_case("of "))), ws0)).parse(x)?;
        let (x, m) = month_word(x)?;
        Ok((x, (d, m)))
    };
    if let Ok((r, (d, (m, guarded)))) = day_month(i) {
        return match year_after(r) {
            Ok((r2, y)) => checked(r2, Some(y), m, d, weekday, false),
            Err(_) => match short_year(r, m, d, weekday) {
                Some((r2, y)) => checked(r2, Some(y), m, d, weekday, false),
                None => checked(r, None, m, d, weekday, guarded),
            },
        };
    }
    // `December 10th, 2021`, `September 1`, `March the 21st 2026`.
    let (r, ((m, guarded), _, _, d)) = (month_word, ws0, opt((tag_no_case("the "), ws0)), ordinal).parse(i)?;
    match year_after(r) {
        Ok((r2, y)) => checked(r2, Some(y), m, d, weekday, false),
        Err(_) => checked(r, None, m, d, weekday, guarded),
    }
}

/// ` 19` after `Thursday 05 Dec`: a two-digit year of this century, taken only when the
/// written weekday falls on that day in it, and when nothing runs on after it (`19:00`).
fn short_year(i: &str, month: u32, day: u32, weekday: Option<u32>) -> Option<(&str, i32)> {
    let w = weekday?;
    let (r, _) = tag::<_, _, nom::error::Error<&str>>(" ").parse(i).ok()?;
    let (r, yy) = num(2, 2)(r).ok()?;
    // Nothing runs on, and no word follows (`Tuesday 12 Mar 24 speakers` counts them).
    // Nor a range (`Friday 13 March 15 - 17 Uhr`: hours, not a year).
    let next = r.trim_start().chars().next();
    let ranged = r.trim_start().strip_prefix(['-', '–', '—']).is_some_and(|x| x.trim_start().starts_with(|c: char| c.is_ascii_digit()));
    if r.starts_with(|c: char| c.is_alphanumeric() || matches!(c, ':' | '.' | '/' | '-')) || next.is_some_and(char::is_alphabetic) || ranged {
        return None;
    }
    let y = 2000 + yy as i32;
    NaiveDate::from_ymd_opt(y, month, day).is_some_and(|d| d.weekday().num_days_from_monday() == w).then_some((r, y))
}

fn checked(rest: &str, year: Option<i32>, month: u32, day: u32, weekday: Option<u32>, guarded: bool) -> IResult<&str, PartialDate> {
    if guarded || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return fail(rest);
    }
    let date = PartialDate { year, month, day, weekday, order_open: false };
    // A written year must make a real date (30 February is no date).
    if year.is_some() && date.full().is_none() && NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day).is_none() {
        return fail(rest);
    }
    Ok((rest, date))
}

/// A full calendar date (the year written): `Friday, 10th December, 2021`, `10 Dec 2021`,
/// `December 10, 2021`, `2021-12-10`, `10.12.2021`.
pub fn date(i: &str) -> IResult<&str, NaiveDate> {
    let (r, d) = partial_date(i)?;
    match d.year.and_then(|y| NaiveDate::from_ymd_opt(y, d.month, d.day)) {
        Some(n) => Ok((r, n)),
        None => fail(i),
    }
}

/// True when the number at the start of `s` may start a date: `2021-12-10`, `10.12.2021`,
/// `04/12/2024`, or a day before a month name (`16 July`, `10th December`, `24. April`,
/// `16 de julho`).
fn may_start_a_date(s: &str) -> bool {
    let b = s.as_bytes();
    let n = b.iter().take_while(|x| x.is_ascii_digit()).count();
    let next = b.get(n).copied();
    if n == 4 {
        let after = if b.get(n + 1) == Some(&b' ') { n + 2 } else { n + 1 };
        return next == Some(b'-') && b.get(n + 1).is_some_and(u8::is_ascii_digit) || matches!(next, Some(b'.' | b'/')) && b.get(after).is_some_and(u8::is_ascii_digit);
    }
    if n > 2 {
        return false;
    }
    if matches!(next, Some(b'.' | b'/')) && b.get(n + 1).is_some_and(u8::is_ascii_digit) {
        return true;
    }
    if next == Some(b'.') && numeric_joined(s, ". ").is_some() {
        return true;
    }
    // `23-05-2025`, `05-23-2025`: with hyphens, only with the four-digit year.
    if next == Some(b'-') && numeric_joined(s, "-").is_some() {
        return true;
    }
    // A day, maybe with an ordinal or a dot, then a month name.
    let rest = &s[n..];
    let rest = rest.trim_start_matches(|c: char| c.is_ascii_alphabetic() && rest.len() - rest.trim_start_matches(|x: char| x.is_ascii_alphabetic()).len() <= 2);
    let rest = rest.trim_start_matches(['.', 'º', '°']).trim_start();
    let rest = rest.strip_prefix("de ").or_else(|| rest.strip_prefix("di ")).or_else(|| rest.strip_prefix("of ")).unwrap_or(rest);
    let word: &str = rest.split(|c: char| !(c.is_alphabetic() || c == '.')).next().unwrap_or("");
    super::words::is_date_word(word)
}

/// The marks after a year, a month and a day in Japanese, Chinese and Korean dates.
const YEAR_MARKS: &[&str] = &["年", "년"];
const MONTH_MARKS: &[&str] = &["月", "월"];
const DAY_MARKS: &[&str] = &["日", "일", "号", "號"];

/// An era's name, the year before its first, and its country's name and zone, if it has one.
type Era = (&'static str, i32, Option<(&'static str, &'static str)>);

/// Era names written before a year in East Asian dates, with the year before each era's
/// first (`令和元年` is 2019, `平成26年` 2014; `民國` counts from 1912), and the country (and
/// its zone) whose own calendar the era is: Japan's eras are written in Japan only, `民國`
/// in Taiwan (`民国`, simplified, dates the past in mainland texts).
const ERAS: &[Era] = &[
    ("令和", 2018, Some(("Japan", "Asia/Tokyo"))),
    ("平成", 1988, Some(("Japan", "Asia/Tokyo"))),
    ("昭和", 1925, Some(("Japan", "Asia/Tokyo"))),
    ("民國", 1911, Some(("Taiwan", "Asia/Taipei"))),
    ("民国", 1911, None),
];

/// A year written in a country's own era in `line` (`令和4年`, `平成 26 年`, `令和元年`, `民國
/// 110年`): the country's name, its zone, and the era name's bytes in the line.
pub(crate) fn era_country(line: &str) -> Option<(&'static str, &'static str, (usize, usize))> {
    ERAS.iter().find_map(|&(era, _, place)| {
        let (country, zone) = place?;
        line.match_indices(era).find_map(|(i, _)| {
            // The year's number, or `元` for an era's first year, then its mark.
            let rest = line[i + era.len()..].trim_start_matches(' ');
            let after = rest.trim_start_matches(|c: char| c.is_ascii_digit());
            let after = if after.len() < rest.len() { after } else { rest.strip_prefix('元')? };
            YEAR_MARKS.iter().any(|m| after.trim_start_matches(' ').starts_with(m)).then_some((country, zone, (i, i + era.len())))
        })
    })
}

/// `s` after ASCII spaces and the mark it then starts with, if any of `marks`.
fn after_mark<'a>(s: &'a str, marks: &[&str]) -> Option<&'a str> {
    let s = s.trim_start_matches(' ');
    marks.iter().find_map(|m| s.strip_prefix(m)).map(|r| r.trim_start_matches(' '))
}

/// The digits at the start of `s` as a number, and the rest.
fn lead_number(s: &str, max: usize) -> Option<(u32, &str)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=max).contains(&n) {
        return None;
    }
    Some((s[..n].parse().ok()?, &s[n..]))
}

/// The year of an era written right before `before`'s end (`令和`, `平成 `), given the
/// era's year number; with the byte where the era name starts.
fn era_year(before: &str, n: u32) -> Option<(i32, usize)> {
    let b = before.trim_end_matches(' ');
    ERAS.iter().find_map(|&(name, base, _)| b.strip_suffix(name).map(|r| (base + n as i32, r.len())))
}

/// `s` after a bracketed year in an era (`(平成11年) `, `（令和元年）`), or `s` itself.
fn skip_era_restated(s: &str) -> &str {
    let Some(inner) = s.strip_prefix('(').or_else(|| s.strip_prefix('（')) else { return s };
    let Some(close) = inner.char_indices().take(10).find(|&(_, c)| matches!(c, ')' | '）')).map(|(i, _)| i) else { return s };
    let era = &inner[..close];
    if !ERAS.iter().any(|(name, _, _)| era.starts_with(name)) || !YEAR_MARKS.iter().any(|m| era.ends_with(m)) {
        return s;
    }
    let after = &inner[close..];
    after[after.chars().next().map_or(0, char::len_utf8)..].trim_start_matches(' ')
}

/// A cheap test before [`cjk_date`]: the number at the start of `b` is followed, after
/// spaces, by a character outside ASCII and the Latin supplements (a year or month mark).
fn cjk_mark_follows(b: &[u8]) -> bool {
    let n = b.iter().take_while(|x| x.is_ascii_digit()).count();
    let k = n + b[n..].iter().take_while(|&&x| x == b' ').count();
    n <= 4 && b.get(k).is_some_and(|&x| x >= 0xE3)
}

/// A date in the East Asian form with a month and day mark, its year mark optional:
/// `2015年2月8日`, `2015 年2 月8 日`, `令和元年11月14日`, `平成26年3月1日`, `2022년 5월 17일`,
/// `11月14日`. `pos` is where the digits start; returns the date's bytes and the date.
fn cjk_date(text: &str, pos: usize) -> Option<(usize, usize, PartialDate)> {
    let (first, rest) = lead_number(&text[pos..], 4)?;
    let (start, year, rest) = if let Some(r) = after_mark(rest, YEAR_MARKS) {
        let digits = text[pos..].bytes().take_while(u8::is_ascii_digit).count();
        let (year, start) = if digits == 4 { (first as i32, pos) } else { era_year(&text[..pos], first)? };
        // `1999年(平成11年) 2月20日`: the year in its era, in brackets, restates the year.
        let r = if digits == 4 { skip_era_restated(r) } else { r };
        let (month, r) = lead_number(r, 2)?;
        (start, Some(year), (month, r))
    } else {
        // `11月14日` after `令和元年` (the first year of an era is written `元`, no digit).
        let before = text[..pos].trim_end_matches(' ');
        let gannen = YEAR_MARKS.iter().find_map(|m| before.strip_suffix(m)).and_then(|b| b.trim_end_matches(' ').strip_suffix('元')).and_then(|b| era_year(b, 1));
        match gannen {
            Some((y, s)) => (s, Some(y), (first, rest)),
            None => (pos, None, (first, rest)),
        }
    };
    let (month, r) = rest;
    let r = after_mark(r, MONTH_MARKS)?;
    let (day, r) = lead_number(r, 2)?;
    let r = r.trim_start_matches(' ');
    let r = DAY_MARKS.iter().find_map(|m| r.strip_prefix(m))?;
    let (r, d) = checked(r, year, month, day, None, false).ok()?;
    Some((start, text.len() - r.len(), d))
}

/// True when the word at the start of `s` may be a month or weekday name: a cheap test on
/// its first letters before the parser folds and looks it up (most words are neither).
fn may_name_a_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() < 2 {
        return false;
    }
    if !b[0].is_ascii_alphabetic() {
        // Accented first letters (`écrit`) start no month or weekday name in six languages,
        // but leave other scripts to the parser.
        return !b[0].is_ascii();
    }
    if !b[1].is_ascii() {
        return true; // `März`, `février`, `sábado`
    }
    if !b[1].is_ascii_alphabetic() {
        return false;
    }
    // The first two letters of every month and weekday name in `words`.
    const STARTS: &[&[u8; 2]] = &[
        b"ja", b"fe", b"ma", b"mr", b"ap", b"av", b"ab", b"ju", b"au", b"ao", b"ag", b"se", b"oc", b"ok", b"ou", b"ot", b"no",
        b"de", b"di", b"ge", b"gi", b"lu", b"en", b"mo", b"tu", b"te", b"we", b"me", b"mi", b"qu", b"th", b"je", b"do", b"fr",
        b"ve", b"vi", b"sa", b"so", b"su", b"ti", b"wo", b"on", b"to", b"vr", b"za", b"zo",
    ];
    let two = [b[0].to_ascii_lowercase(), b[1].to_ascii_lowercase()];
    STARTS.iter().any(|s| **s == two)
}

/// Every date in `text` with its bytes, left to right, at word starts.
pub fn find_dates(text: &str) -> Vec<(usize, usize, PartialDate)> {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let b = text.as_bytes();
    let starts: Vec<usize> = (0..b.len()).filter(|&i| text.is_char_boundary(i) && (b[i].is_ascii_alphanumeric() || b[i] >= 0xC0) && (i == 0 || !b[i - 1].is_ascii_alphanumeric())).collect();
    dates_at(text, &starts)
}

/// The dates of `text` that start at the given word starts (sorted byte offsets), left to
/// right; the caller has found the starts once for every scanner.
pub fn dates_at(text: &str, starts: &[usize]) -> Vec<(usize, usize, PartialDate)> {
    let mut out = Vec::new();
    let mut next_free = 0;
    let b = text.as_bytes();
    // East Asian dates hold marks outside ASCII.
    let wide = !text.is_ascii();
    for &pos in starts {
        // Word starts only: an ASCII letter or digit, or the lead byte of another letter,
        // after no letter, digit, `.`, `/`, `:` or `#`.
        let x = b[pos];
        if pos < next_free || !(x.is_ascii_alphanumeric() || x >= 0xC0) || pos > 0 && b[pos - 1].is_ascii_alphanumeric() {
            continue;
        }
        let prev = if pos == 0 {
            None
        } else if b[pos - 1] < 0x80 {
            Some(b[pos - 1] as char)
        } else {
            text[..pos].chars().next_back()
        };
        let Some(c) = text[pos..].chars().next() else { break };
        let after_hyphen = matches!(prev, Some('-' | '–'));
        // A number may follow a letter of a script written without spaces (`일시2022. 5.
        // 17.`), or a label's colon (`会期:2015年`, `開催日時 :2019年`).
        let joined = prev.is_some_and(|p| p.is_alphanumeric() || matches!(p, '.' | '/' | ':' | '#'));
        let glued = || wide && c.is_ascii_digit() && prev.is_some_and(|p| !p.is_ascii() && words::is_cjk(p) || p == ':' && text[..pos - 1].trim_end_matches(' ').chars().next_back().is_some_and(words::is_cjk));
        let starts = c.is_alphanumeric() && (!joined || glued()) && (!after_hyphen || c.is_ascii_digit());
        if !starts || !c.is_ascii_digit() && !may_name_a_date(&text[pos..]) {
            continue;
        }
        if c.is_ascii_digit() && !may_start_a_date(&text[pos..]) {
            if let Some((a, e, d)) = (wide && cjk_mark_follows(&b[pos..])).then(|| cjk_date(text, pos)).flatten().filter(|&(a, _, _)| a >= next_free) {
                out.push((a, e, d));
                next_free = e;
            }
            continue;
        }
        if !c.is_ascii_digit() {
            let word: &str = text[pos..].split(|ch: char| !(ch.is_alphabetic() || ch == '-')).next().unwrap_or("");
            if !words::is_date_word(word) {
                continue;
            }
        }
        // `26 and 27 of January`: one of several days is no date of its own.
        if c.is_ascii_digit() && after_day_list(&text[..pos]) {
            continue;
        }
        if let Ok((rest, d)) = partial_date(&text[pos..]) {
            let end = text.len() - rest.len();
            // After a hyphen (`Dia 1-16 de julho`) only a date with a month name, not the
            // middle of `2019-11-26`.
            if after_hyphen && !text[pos..end].chars().any(char::is_alphabetic) {
                continue;
            }
            // Trim a trailing separator the parser took with the date.
            let end = pos + text[pos..end].trim_end_matches([' ', ',', '.']).len();
            // A range of days (`24-25 Feb 2018`) is dated by its first day, from where it
            // starts: what it holds begins then (`24-25 Feb 2018, 5 PM - 10 AM` is one night).
            let (pos, d) = prev.filter(|_| after_hyphen).and_then(|h| first_of_days(text, pos - h.len_utf8(), d)).filter(|&(a, _)| a >= next_free).unwrap_or((pos, d));
            out.push((pos, end, d));
            next_free = end;
        }
    }
    out
}

/// The first day of a range of days whose hyphen stands at `hyphen` (`24-25 Feb 2018`),
/// with the month and year of `last`, and where that day's number starts; `None` when no
/// day number before the hyphen is less than `last`'s, or it numbers a programme's day
/// (`Dia 1-16 de julho` is day 1, the 16th).
fn first_of_days(text: &str, hyphen: usize, last: PartialDate) -> Option<(usize, PartialDate)> {
    let before = &text[..hyphen];
    let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let at = hyphen - digits;
    if !(1..=2).contains(&digits) || before[..at].ends_with(|c: char| c.is_alphanumeric() || matches!(c, '.' | '/' | ':' | '-' | '–')) {
        return None;
    }
    let word = before[..at].trim_end().rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    if words::is_day_word(&words::fold(word)) {
        return None;
    }
    let day: u32 = before[at..].parse().ok()?;
    (day >= 1 && day < last.day).then_some((at, PartialDate { day, weekday: None, order_open: false, ..last }))
}

/// True when `before` ends with a day number and `and`, `&`, `y`, `et`, `und` or `e` (the
/// start of a list of days). A comma is not enough: `Room 5, 12 March` is one date.
fn after_day_list(before: &str) -> bool {
    let b = before.trim_end();
    let Some(b) = ["and", "&", "y", "et", "und", "e"].iter().find_map(|j| b.strip_suffix(j).filter(|rest| rest.ends_with(' '))) else {
        return false;
    };
    let b = b.trim_end().trim_end_matches(|c: char| c.is_ascii_alphabetic() && c.is_lowercase());
    let digits = b.len() - b.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    (1..=2).contains(&digits) && !b[..b.len() - digits].ends_with(|c: char| c.is_alphanumeric() || matches!(c, ':' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(s: &str) -> Option<(Option<i32>, u32, u32)> {
        partial_date(s).ok().map(|(_, d)| (d.year, d.month, d.day))
    }

    #[test]
    fn a_day_of_a_list_is_no_date() {
        fn days(t: &str) -> Vec<&str> {
            let starts: Vec<usize> = (0..t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            dates_at(t, &starts).into_iter().map(|(a, b, _)| &t[a..b]).collect()
        }
        assert!(days("on 26 and 27 of January 2016").is_empty());
        assert_eq!(days("Room 5, 12 March 2026"), ["12 March 2026"]);
        assert_eq!(days("Berlin and 12 March 2026"), ["12 March 2026"]);
    }

    #[test]
    fn forms() {
        assert_eq!(read("Friday, 10th December, 2021 (10:15 UTC)"), Some((Some(2021), 12, 10)));
        assert_eq!(read("December 10, 2021"), Some((Some(2021), 12, 10)));
        assert_eq!(read("2021-12-10"), Some((Some(2021), 12, 10)));
        assert_eq!(read("04.12.2024"), Some((Some(2024), 12, 4)));
        assert_eq!(read("16 de julho das 8:30"), Some((None, 7, 16)));
        assert_eq!(read("16 de julho de 2014"), Some((Some(2014), 7, 16)));
        assert_eq!(read("Mercredi 9 octobre 2013 - de 9h30"), Some((Some(2013), 10, 9)));
        assert_eq!(read("24. April 2019"), Some((Some(2019), 4, 24)));
        assert_eq!(read("Monday, September 1"), Some((None, 9, 1)));
        assert_eq!(read("May 19th, 2025"), Some((Some(2025), 5, 19)));
        assert_eq!(read("Tuesday, 1st June, 2021"), Some((Some(2021), 6, 1)));
        assert_eq!(read("19 nov"), Some((None, 11, 19)));
        assert_eq!(read("15 out of 20"), None);
        assert_eq!(read("10 may be"), None);
        assert_eq!(read("10 May"), Some((None, 5, 10)));
        assert_eq!(read("6. MAG Working Groups"), None);
        assert_eq!(read("30 February 2021"), None);
        assert_eq!(read("Friday, 11th December, 2021"), Some((Some(2021), 12, 11)));
        assert_eq!(read("2022. 5. 17.(화)"), Some((Some(2022), 5, 17)));
        assert_eq!(read("14. 05. 2024"), Some((Some(2024), 5, 14)));
        assert_eq!(read("5. 6. 20"), None);
        // A two-digit year only where the weekday written falls on it.
        assert_eq!(read("Tuesday 12 Mar 24 - Tuesday"), Some((Some(2024), 3, 12)));
        assert_eq!(read("Monday 12 Mar 24"), Some((None, 3, 12)));
        assert_eq!(read("Tuesday 12 Mar 24:00"), Some((None, 3, 12)));
        assert_eq!(read("12 Mar 24"), Some((None, 3, 12)));
        assert_eq!(read("Tuesday 12 Mar 24 speakers"), Some((None, 3, 12)));
        assert_eq!(read("2018/05/14"), Some((Some(2018), 5, 14)));
        assert_eq!(read("2018.05/14"), None);
        assert_eq!(read("2020.10.1.2"), None);
    }

    #[test]
    fn east_asian_dates() {
        fn one(t: &str) -> Option<(&str, Option<i32>, u32, u32)> {
            let found = find_dates(t);
            let &[(a, b, d)] = found.as_slice() else { return None };
            Some((&t[a..b], d.year, d.month, d.day))
        }
        assert_eq!(one("会期:2015 年2 月8 日(日)"), Some(("2015 年2 月8 日", Some(2015), 2, 8)));
        assert_eq!(one("日時 令和元年11月14日(木)"), Some(("令和元年11月14日", Some(2019), 11, 14)));
        assert_eq!(one("平成30年4月1日"), Some(("平成30年4月1日", Some(2018), 4, 1)));
        assert_eq!(era_country("日時:令和4年10月17日(月)"), Some(("Japan", "Asia/Tokyo", (7, 13))));
        assert_eq!(era_country("令和元年11月14日"), Some(("Japan", "Asia/Tokyo", (0, 6))));
        assert_eq!(era_country("令和の時代"), None);
        assert_eq!(era_country("平成"), None);
        assert_eq!(one("1999年(平成11年) 2月20日"), Some(("1999年(平成11年) 2月20日", Some(1999), 2, 20)));
        assert_eq!(one("2019年（令和元年）5月1日"), Some(("2019年（令和元年）5月1日", Some(2019), 5, 1)));
        assert_eq!(one("中華民國111年5月17日"), Some(("民國111年5月17日", Some(2022), 5, 17)));
        assert_eq!(one("날짜: 2021년 10월 5일"), Some(("2021년 10월 5일", Some(2021), 10, 5)));
        assert_eq!(one("10月20日"), Some(("10月20日", None, 10, 20)));
        assert_eq!(one("일시2022. 5. 17.(화)"), Some(("2022. 5. 17", Some(2022), 5, 17)));
        // A short year needs its era (without one only the month and day are read); a
        // fiscal year (`年度`) is no date.
        assert_eq!(one("26年3月1日"), Some(("3月1日", None, 3, 1)));
        assert_eq!(one("平成26 年度"), None);
        assert_eq!(one("13月1日"), None);
    }

    #[test]
    fn a_range_of_days_is_dated_by_its_first() {
        let found = find_dates("When: 24-25 Feb 2018, 5 PM");
        assert_eq!(found.iter().map(|&(a, e, d)| (a, e, d.day)).collect::<Vec<_>>(), [(6, 20, 24)]);
        assert_eq!(find_dates("1–3 March 2018")[0].2.day, 1);
        assert_eq!(find_dates("Dia 1-16 de julho")[0].2.day, 16);
        // Not a range of days: a time before the hyphen, or a later day first.
        assert_eq!(find_dates("10:30-25 Feb 2018")[0].2.day, 25);
        assert_eq!(find_dates("28-3 March 2018")[0].2.day, 3);
    }

    #[test]
    fn weekday_must_agree_for_full() {
        let (_, d) = partial_date("Friday, 11th December, 2021").unwrap();
        assert!(d.full().is_none());
        let (_, d) = partial_date("Friday, 10th December, 2021").unwrap();
        assert!(d.full().is_some());
    }

    #[test]
    fn finds_dates_in_text() {
        let t = "Day 1 (16 July): 8.30 - 10.00 am, and 2019-11-26";
        let found: Vec<&str> = find_dates(t).iter().map(|&(a, b, _)| &t[a..b]).collect();
        assert_eq!(found, ["16 July", "2019-11-26"]);
    }
}
