//! The one place that touches time-zone rules.
//!
//! runsheet keeps instants as [`chrono::DateTime<FixedOffset>`] in its model and asks this
//! module, backed by jiff's bundled tz database, for everything that needs zone rules:
//! turning a local date and time into an instant, the offset and abbreviation a zone has
//! at an instant, and (for VTIMEZONE) a zone's transitions. Edge cases are explicit:
//! a local time inside a DST gap is an error ([`TimeError::Gap`]); a local time that occurs
//! twice is resolved to its first occurrence (RFC 5545 §3.3.5) and flagged with
//! [`Resolved::repeated`], so the caller can warn.
//!
//! The tz database is compiled in (`tzdb-bundle-always`), so the same input gives the
//! same bytes on every machine, whatever its system tzdata.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone as _};
use jiff::tz::{AmbiguousOffset, Offset, TimeZone};

use crate::model::Zone;

/// Why a zone name or a local time could not be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimeError {
    /// The zone name is neither an IANA name, a UTC offset nor a known abbreviation.
    #[error("unknown time zone `{0}`")]
    UnknownZone(String),
    /// The local time does not exist in the zone (clocks jump over it).
    #[error("{time} does not exist in {zone}: clocks go forward from {before} to {after}")]
    Gap {
        /// The local time asked for.
        time: NaiveDateTime,
        /// The zone's name.
        zone: String,
        /// The offset before the jump.
        before: String,
        /// The offset after the jump.
        after: String,
    },
    /// The instant lies outside the range the calendar can represent.
    #[error("date out of range")]
    OutOfRange,
}

/// A local time made into an instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    /// The instant, with the zone's offset at that instant.
    pub instant: DateTime<FixedOffset>,
    /// True when the local time occurs twice (clocks go back) and the first was taken.
    pub repeated: bool,
}

/// Common abbreviations people write after a time, with their UTC offsets in minutes.
/// Ambiguous ones (`IST`, `AST`, `CST` in China) take their most common meaning in
/// international event listings; the parser reports that it read them so.
const ABBREVIATIONS: &[(&str, i32)] = &[
    ("UTC", 0), ("GMT", 0), ("Z", 0), ("WET", 0), ("WEST", 60), ("BST", 60),
    ("CET", 60), ("CEST", 120), ("MEZ", 60), ("MESZ", 120), ("EET", 120), ("EEST", 180),
    ("MSK", 180), ("AST", 180), ("GST", 240), ("PKT", 300), ("IST", 330), ("NPT", 345),
    ("BDT", 360), ("ICT", 420), ("WIB", 420), ("SGT", 480), ("HKT", 480), ("AWST", 480),
    ("JST", 540), ("KST", 540), ("ACST", 570), ("AEST", 600), ("AEDT", 660), ("NZST", 720),
    ("NZDT", 780), ("BRT", -180), ("ART", -180), ("EST", -300), ("EDT", -240),
    ("CST", -360), ("CDT", -300), ("MST", -420), ("MDT", -360), ("PST", -480),
    ("PDT", -420), ("AKST", -540), ("HST", -600), ("SAST", 120), ("WAT", 60), ("CAT", 120),
    ("EAT", 180),
];

/// Reads a zone as people write it: `UTC`, `UTC+3`, `GMT-05:30`, `+02:00`, `CET`, or an
/// IANA name such as `Europe/Warsaw` (matched without regard to case).
///
/// # Errors
/// [`TimeError::UnknownZone`] when the text is none of these.
pub fn zone_from_name(name: &str) -> Result<Zone, TimeError> {
    let n = name.trim();
    let unknown = || TimeError::UnknownZone(n.to_owned());
    if n.is_empty() {
        return Err(unknown());
    }
    let upper = n.to_ascii_uppercase();
    for prefix in ["UTC", "GMT", ""] {
        if let Some(rest) = upper.strip_prefix(prefix) {
            if rest.is_empty() && !prefix.is_empty() {
                return Ok(Zone::Utc);
            }
            if let Some(secs) = parse_offset(rest) {
                return Ok(if secs == 0 { Zone::Utc } else { Zone::Fixed(secs) });
            }
        }
    }
    if let Some(&(_, minutes)) = ABBREVIATIONS.iter().find(|(a, _)| *a == upper) {
        return Ok(if minutes == 0 { Zone::Utc } else { Zone::Fixed(minutes * 60) });
    }
    if n.contains('/') || n.eq_ignore_ascii_case("UTC") {
        if let Ok(tz) = TimeZone::get(n) {
            let canonical = tz.iana_name().unwrap_or(n).to_owned();
            return Ok(if canonical == "UTC" || canonical == "Etc/UTC" {
                Zone::Utc
            } else {
                Zone::Iana(canonical)
            });
        }
    }
    Err(unknown())
}

/// Parses `+3`, `-05`, `+0530`, `+05:30` into seconds east of UTC (within ±18 hours).
fn parse_offset(s: &str) -> Option<i32> {
    let (sign, digits) = match s.as_bytes().first()? {
        b'+' => (1, &s[1..]),
        b'-' | b'\xE2' => (-1, s.trim_start_matches(['-', '\u{2212}'])),
        _ => return None,
    };
    let (h, m) = match digits.split_once(':') {
        Some((h, m)) => (h, m),
        None if digits.len() == 4 => digits.split_at(2),
        None => (digits, "0"),
    };
    if h.is_empty() || h.len() > 2 || m.len() > 2 || !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (h, m): (i32, i32) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 18 && m < 60).then_some(sign * (h * 3600 + m * 60))
}

/// The name of a zone as runsheet writes it (`UTC`, `UTC+03:00`, `Europe/Warsaw`).
pub fn zone_name(zone: &Zone) -> String {
    match zone {
        Zone::Utc => "UTC".to_owned(),
        Zone::Fixed(secs) => format!("UTC{}", format_offset(*secs)),
        Zone::Iana(name) => name.clone(),
    }
}

/// Formats seconds east of UTC as `+03:00`.
pub fn format_offset(secs: i32) -> String {
    let sign = if secs < 0 { '-' } else { '+' };
    let a = secs.unsigned_abs();
    format!("{sign}{:02}:{:02}", a / 3600, a % 3600 / 60)
}

fn jiff_zone(zone: &Zone) -> Result<TimeZone, TimeError> {
    match zone {
        Zone::Utc => Ok(TimeZone::UTC),
        Zone::Fixed(secs) => Offset::from_seconds(*secs)
            .map(TimeZone::fixed)
            .map_err(|_| TimeError::UnknownZone(zone_name(zone))),
        Zone::Iana(name) => TimeZone::get(name).map_err(|_| TimeError::UnknownZone(name.clone())),
    }
}

fn to_chrono(ts: jiff::Timestamp, offset: Offset) -> Result<DateTime<FixedOffset>, TimeError> {
    let fixed = FixedOffset::east_opt(offset.seconds()).ok_or(TimeError::OutOfRange)?;
    fixed.timestamp_opt(ts.as_second(), 0).single().ok_or(TimeError::OutOfRange)
}

fn to_jiff(instant: DateTime<FixedOffset>) -> Result<jiff::Timestamp, TimeError> {
    jiff::Timestamp::from_second(instant.timestamp()).map_err(|_| TimeError::OutOfRange)
}

/// Turns a local date and time in `zone` into an instant.
///
/// # Errors
/// [`TimeError::Gap`] when the local time falls in a DST gap; [`TimeError::UnknownZone`]
/// when the zone is not in the tz database.
///
/// # Example
/// ```
/// use chrono::{NaiveDate, NaiveTime};
/// use runsheet::{model::Zone, time::resolve};
/// let zone = Zone::Iana("Europe/Berlin".into());
/// let d = NaiveDate::from_ymd_opt(2024, 10, 27).unwrap();
/// let r = resolve(d, NaiveTime::from_hms_opt(2, 30, 0).unwrap(), &zone).unwrap();
/// assert!(r.repeated); // 02:30 happens twice; the first (CEST, +02:00) is taken
/// assert_eq!(r.instant.to_rfc3339(), "2024-10-27T02:30:00+02:00");
/// ```
pub fn resolve(date: NaiveDate, time: NaiveTime, zone: &Zone) -> Result<Resolved, TimeError> {
    use chrono::{Datelike, Timelike};
    let tz = jiff_zone(zone)?;
    let civil = jiff::civil::DateTime::new(
        i16::try_from(date.year()).map_err(|_| TimeError::OutOfRange)?,
        date.month() as i8,
        date.day() as i8,
        time.hour() as i8,
        time.minute() as i8,
        time.second() as i8,
        0,
    )
    .map_err(|_| TimeError::OutOfRange)?;
    let ambiguous = tz.to_ambiguous_zoned(civil);
    let (offset, repeated) = match ambiguous.offset() {
        AmbiguousOffset::Unambiguous { offset } => (offset, false),
        AmbiguousOffset::Fold { before, .. } => (before, true),
        AmbiguousOffset::Gap { before, after } => {
            return Err(TimeError::Gap {
                time: date.and_time(time),
                zone: zone_name(zone),
                before: format_offset(before.seconds()),
                after: format_offset(after.seconds()),
            });
        }
    };
    let ts = offset.to_timestamp(civil).map_err(|_| TimeError::OutOfRange)?;
    Ok(Resolved { instant: to_chrono(ts, offset)?, repeated })
}

/// The same instant expressed with the offset `zone` has at that instant.
///
/// # Errors
/// [`TimeError::UnknownZone`] when the zone is not in the tz database.
pub fn in_zone(instant: DateTime<FixedOffset>, zone: &Zone) -> Result<DateTime<FixedOffset>, TimeError> {
    let tz = jiff_zone(zone)?;
    let ts = to_jiff(instant)?;
    to_chrono(ts, tz.to_offset(ts))
}

/// The abbreviation `zone` uses at `instant` (`CET`, `CEST`, `UTC`), or its offset
/// (`+03`) where the tz database has no letters for it.
///
/// # Errors
/// [`TimeError::UnknownZone`] when the zone is not in the tz database.
pub fn abbreviation(instant: DateTime<FixedOffset>, zone: &Zone) -> Result<String, TimeError> {
    let tz = jiff_zone(zone)?;
    let ts = to_jiff(instant)?;
    Ok(match zone {
        Zone::Utc => "UTC".to_owned(),
        Zone::Fixed(secs) => format!("UTC{}", format_offset(*secs)),
        Zone::Iana(_) => tz.to_offset_info(ts).abbreviation().to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zone_names_people_write() {
        assert_eq!(zone_from_name("UTC"), Ok(Zone::Utc));
        assert_eq!(zone_from_name("utc+3"), Ok(Zone::Fixed(3 * 3600)));
        assert_eq!(zone_from_name("GMT-05:30"), Ok(Zone::Fixed(-(5 * 3600 + 1800))));
        assert_eq!(zone_from_name("CET"), Ok(Zone::Fixed(3600)));
        assert_eq!(zone_from_name("europe/warsaw"), Ok(Zone::Iana("Europe/Warsaw".into())));
        assert!(zone_from_name("Mars/Olympus").is_err());
        assert!(zone_from_name("UTC+25").is_err());
    }

    #[test]
    fn gap_is_refused_and_fold_takes_first() {
        let z = Zone::Iana("Europe/Berlin".into());
        let d = NaiveDate::from_ymd_opt(2024, 3, 31).unwrap();
        let t = NaiveTime::from_hms_opt(2, 30, 0).unwrap();
        assert!(matches!(resolve(d, t, &z), Err(TimeError::Gap { .. })));
        let ok = resolve(d, NaiveTime::from_hms_opt(10, 0, 0).unwrap(), &z).unwrap();
        assert_eq!(ok.instant.to_rfc3339(), "2024-03-31T10:00:00+02:00");
        assert_eq!(abbreviation(ok.instant, &z).unwrap(), "CEST");
    }
}
