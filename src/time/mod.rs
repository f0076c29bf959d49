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
//!
//! Two readers of free text live here too, because they are about zones: which zone a
//! venue's country or city names ([`zone_of_place`], from the tz database's own
//! `iso3166.tab` and `zone.tab`, copied into `src/time/data/`) or its town ([`zone_of_town`],
//! from GeoNames), and which meaning an
//! ambiguous abbreviation such as `IST` or `CST` has in its context ([`read_abbreviation`]).

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone as _};
use jiff::tz::{AmbiguousOffset, Offset, TimeZone};

use crate::model::Zone;

mod abbreviation;
mod place;
mod town;
mod words;
mod zone_names;

pub use abbreviation::{AbbreviationReading, abbreviation_meanings, read_abbreviation};
pub use zone_names::{cjk_zones, cyrillic_zones, generic_short_zone, place_time_zones, zone_from_long_name};
pub use place::{COUNTRY_ALIASES, CITY_ALIASES, PEOPLE, PREFIXES, PlaceKind, PlaceZone, STOP, zone_of_place};
pub use town::{TownLine, cjk_venue_label, zone_of_town};

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

/// Reads a zone given where a zone is asked for (a `--tz` flag, a `tz` field, a programme's
/// `time_zone_name`): a name the tz database has (`CET`, `EST5EDT`, `Europe/Berlin`) is that
/// zone, with its summer time, before it is an abbreviation with one offset; anything else
/// is read as [`zone_from_name`] reads it. `--tz CET` on a July date is CEST (UTC+02:00),
/// where the abbreviation alone gave UTC+01:00, an hour off.
///
/// # Errors
/// As [`zone_from_name`].
pub fn zone_named(name: &str) -> Result<Zone, TimeError> {
    let n = name.trim();
    // Only names of the database's shape are looked up (letters, digits, `/`, `_`, `-`, `+`),
    // and not offsets (`UTC+3`), which the database would read as POSIX rules.
    let shaped = !n.is_empty() && n.len() <= 40 && n.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'_' | b'-' | b'+'));
    let read = zone_from_name(n);
    if shaped && !n.contains(['+', '-']) && !matches!(read, Ok(Zone::Iana(_) | Zone::Utc)) {
        if let Ok(tz) = TimeZone::get(n) {
            let canonical = tz.iana_name().unwrap_or(n).to_owned();
            return Ok(if canonical == "UTC" || canonical == "Etc/UTC" { Zone::Utc } else { Zone::Iana(canonical) });
        }
    }
    read
}

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
            // `UTC +08:00`: one space may part the offset from `UTC` or `GMT`.
            let rest = if prefix.is_empty() { rest } else { rest.strip_prefix(' ').filter(|r| r.starts_with(['+', '-', '−'])).unwrap_or(rest) };
            if let Some(secs) = parse_offset(rest) {
                return Ok(if secs == 0 { Zone::Utc } else { Zone::Fixed(secs) });
            }
        }
    }
    // Ambiguous ones (`IST`, `AST`, `CST`) take their most common meaning in international
    // event listings here; `read_abbreviation` reads them in context.
    if let Some(minutes) = abbreviation::by_name(&upper) {
        return Ok(if minutes == 0 { Zone::Utc } else { Zone::Fixed(minutes * 60) });
    }
    if iana_shaped(n) || n.eq_ignore_ascii_case("UTC") {
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

/// True when `name` may be a tz database name: an area the database uses, a `/` and more
/// (`Europe/Berlin`, `US/Eastern`). `GGE/OEWG` or `Trust/Siemens` is never looked up, since
/// a failed look-up makes the tz database read the zoneinfo directory again.
fn iana_shaped(name: &str) -> bool {
    const AREAS: &[&str] = &[
        "africa", "america", "antarctica", "arctic", "asia", "atlantic", "australia", "brazil", "canada", "chile", "etc",
        "europe", "indian", "mexico", "pacific", "us",
    ];
    name.split_once('/').is_some_and(|(area, rest)| !rest.is_empty() && AREAS.contains(&area.to_ascii_lowercase().as_str()))
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
        // `0530`; only ASCII digits can be split by byte (`3−` is four bytes too).
        None if digits.len() == 4 && digits.is_ascii() => digits.split_at(2),
        None => (digits, "0"),
    };
    if h.is_empty() || h.len() > 2 || m.len() > 2 || !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (h, m): (i32, i32) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 18 && m < 60).then_some(sign * (h * 3600 + m * 60))
}

/// True when dates in `zone` are written month first (`9/4/2025` for 4 September): a zone
/// of the United States or the Philippines, or an offset written as one of North
/// America's abbreviations (`PDT`, `EST`; `written` is the zone as the text gives it).
pub fn writes_month_first(zone: &Zone, written: &str) -> bool {
    const MONTH_FIRST: [&str; 2] = ["US", "PH"];
    match zone {
        Zone::Iana(name) => place::zone_country(name).is_some_and(|c| MONTH_FIRST.contains(&c)),
        Zone::Fixed(_) => abbreviation_meanings(written.trim()).first().is_some_and(|(meaning, z)| z == zone && (meaning.contains("(North America)") || meaning.starts_with("Alaska") || meaning.starts_with("Hawaii"))),
        Zone::Utc => false,
    }
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

// ---------------------------------------------------------------------------------------
// Zone transitions and wall-clock helpers (used by the iCalendar renderer's VTIMEZONE).
// ---------------------------------------------------------------------------------------

/// One period during which a zone keeps the same offset, abbreviation and DST flag,
/// starting at a transition: what a VTIMEZONE STANDARD or DAYLIGHT sub-component says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Observance {
    /// The instant the period starts.
    pub onset: DateTime<chrono::Utc>,
    /// The onset as a wall-clock time in the offset in force just before it
    /// (RFC 5545's DTSTART of a time-zone sub-component).
    pub local_onset: NaiveDateTime,
    /// Seconds east of UTC before the onset.
    pub offset_from: i32,
    /// Seconds east of UTC from the onset on.
    pub offset_to: i32,
    /// The abbreviation in force from the onset on (`CEST`, `+03`).
    pub abbreviation: String,
    /// True when the period is daylight-saving time.
    pub dst: bool,
}

/// The observances of `zone` that cover every instant from `from` to `to`: first the one
/// in force at `from` (starting at the zone's last transition before it, or at 1970-01-01
/// with no change of offset when that transition is older), then one per transition up
/// to `to`, in time order.
///
/// # Errors
/// [`TimeError::UnknownZone`] when the zone is not in the tz database;
/// [`TimeError::OutOfRange`] for instants jiff cannot represent.
pub fn observances(
    zone: &Zone,
    from: DateTime<FixedOffset>,
    to: DateTime<FixedOffset>,
) -> Result<Vec<Observance>, TimeError> {
    let tz = jiff_zone(zone)?;
    let (from, to) = (to_jiff(from)?, to_jiff(to)?);
    let epoch = jiff::Timestamp::UNIX_EPOCH;
    let info = tz.to_offset_info(from);
    let local_epoch = DateTime::UNIX_EPOCH.naive_utc();
    let current = Observance {
        onset: to_utc(epoch - jiff::SignedDuration::from_secs(i64::from(info.offset().seconds())))?,
        local_onset: local_epoch,
        offset_from: info.offset().seconds(),
        offset_to: info.offset().seconds(),
        abbreviation: info.abbreviation().to_owned(),
        dst: info.dst().is_dst(),
    };
    // `preceding` yields transitions strictly before its argument, so step one second on
    // to include a transition that happens exactly at `from`.
    let mut out = match tz.preceding(from + jiff::SignedDuration::from_secs(1)).next() {
        Some(t) if t.timestamp() > epoch => vec![observance(&tz, &t)?],
        _ => vec![current],
    };
    for t in tz.following(from) {
        if t.timestamp() > to {
            break;
        }
        out.push(observance(&tz, &t)?);
    }
    Ok(out)
}

fn observance(tz: &TimeZone, t: &jiff::tz::TimeZoneTransition<'_>) -> Result<Observance, TimeError> {
    let before = tz.to_offset(t.timestamp() - jiff::SignedDuration::from_secs(1));
    Ok(Observance {
        onset: to_utc(t.timestamp())?,
        local_onset: naive_at(t.timestamp(), before)?,
        offset_from: before.seconds(),
        offset_to: t.offset().seconds(),
        abbreviation: t.abbreviation().to_owned(),
        dst: t.dst().is_dst(),
    })
}

fn to_utc(ts: jiff::Timestamp) -> Result<DateTime<chrono::Utc>, TimeError> {
    DateTime::from_timestamp(ts.as_second(), 0).ok_or(TimeError::OutOfRange)
}

fn naive_at(ts: jiff::Timestamp, offset: Offset) -> Result<NaiveDateTime, TimeError> {
    Ok(to_chrono(ts, offset)?.naive_local())
}

/// The wall-clock time `zone` shows at `instant`, and whether that wall-clock time occurs
/// twice there (clocks go back), so that writing it as a local time would be ambiguous.
///
/// # Errors
/// [`TimeError::UnknownZone`] when the zone is not in the tz database.
pub fn wall_clock(instant: DateTime<FixedOffset>, zone: &Zone) -> Result<(NaiveDateTime, bool), TimeError> {
    let tz = jiff_zone(zone)?;
    let ts = to_jiff(instant)?;
    let local = tz.to_datetime(ts);
    let repeated = matches!(tz.to_ambiguous_zoned(local).offset(), AmbiguousOffset::Fold { .. });
    Ok((naive_at(ts, tz.to_offset(ts))?, repeated))
}

/// Formats seconds east of UTC the way iCalendar's UTC-OFFSET does: `+0200`, `-0330`,
/// with seconds (`+065253`) only when there are any.
pub fn format_offset_compact(secs: i32) -> String {
    let sign = if secs < 0 { '-' } else { '+' };
    let a = secs.unsigned_abs();
    let (h, m, s) = (a / 3600, a % 3600 / 60, a % 60);
    if s == 0 { format!("{sign}{h:02}{m:02}") } else { format!("{sign}{h:02}{m:02}{s:02}") }
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
    fn a_zone_given_as_a_zone_is_the_tz_database_zone_with_its_summer_time() {
        let cet = zone_named("CET").unwrap();
        assert!(matches!(&cet, Zone::Iana(_)), "{cet:?}");
        let july = at("2024-07-01T10:00:00Z");
        assert_eq!(in_zone(july, &cet).unwrap().to_rfc3339(), "2024-07-01T12:00:00+02:00");
        let january = at("2024-01-15T10:00:00Z");
        assert_eq!(in_zone(january, &cet).unwrap().to_rfc3339(), "2024-01-15T11:00:00+01:00");
        assert!(matches!(zone_named("EST5EDT"), Ok(Zone::Iana(_))));
        // Abbreviations the database does not have, offsets and IANA names read as before.
        assert_eq!(zone_named("CEST"), Ok(Zone::Fixed(7200)));
        assert_eq!(zone_named("UTC+3"), Ok(Zone::Fixed(3 * 3600)));
        assert_eq!(zone_named("utc"), Ok(Zone::Utc));
        assert_eq!(zone_named("europe/warsaw"), Ok(Zone::Iana("Europe/Warsaw".into())));
        assert!(zone_named("Mars/Olympus").is_err());
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
    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn berlin_observances_across_october_change() {
        let z = Zone::Iana("Europe/Berlin".into());
        let obs = observances(&z, at("2024-10-26T09:00:00+02:00"), at("2024-10-28T10:00:00+01:00")).unwrap();
        assert_eq!(obs.len(), 2);
        assert_eq!(obs[0].local_onset.to_string(), "2024-03-31 02:00:00");
        assert_eq!((obs[0].offset_from, obs[0].offset_to, obs[0].dst), (3600, 7200, true));
        assert_eq!(obs[0].abbreviation, "CEST");
        assert_eq!(obs[1].local_onset.to_string(), "2024-10-27 03:00:00");
        assert_eq!(obs[1].onset.to_rfc3339(), "2024-10-27T01:00:00+00:00");
        assert_eq!((obs[1].offset_from, obs[1].offset_to, obs[1].dst), (7200, 3600, false));
        assert_eq!(obs[1].abbreviation, "CET");
    }

    #[test]
    fn zones_without_dst_have_one_observance() {
        for (name, off, abbr) in [("Asia/Kolkata", 19800, "IST"), ("Asia/Riyadh", 10800, "+03")] {
            let z = Zone::Iana(name.into());
            let obs = observances(&z, at("2024-11-12T00:00:00Z"), at("2024-11-13T00:00:00Z")).unwrap();
            assert_eq!(obs.len(), 1, "{name}");
            assert_eq!((obs[0].offset_from, obs[0].offset_to), (off, off));
            assert_eq!(obs[0].abbreviation, abbr);
            assert_eq!(obs[0].local_onset.to_string(), "1970-01-01 00:00:00");
        }
        // Sao Paulo dropped DST in 2019: its last change is the February 2019 one.
        let z = Zone::Iana("America/Sao_Paulo".into());
        let obs = observances(&z, at("2024-11-12T00:00:00Z"), at("2024-11-13T00:00:00Z")).unwrap();
        assert_eq!(obs.len(), 1);
        assert_eq!(obs[0].local_onset.to_string(), "2019-02-17 00:00:00");
        assert_eq!((obs[0].offset_from, obs[0].offset_to, obs[0].dst), (-7200, -10800, false));
    }

    #[test]
    fn southern_hemisphere_changes() {
        let z = Zone::Iana("Pacific/Auckland".into());
        let obs = observances(&z, at("2024-09-27T00:00:00Z"), at("2024-09-30T00:00:00Z")).unwrap();
        assert_eq!(obs.len(), 2);
        assert_eq!(obs[1].local_onset.to_string(), "2024-09-29 02:00:00");
        assert_eq!((obs[1].offset_from, obs[1].offset_to, obs[1].dst), (43200, 46800, true));
        assert_eq!(obs[1].abbreviation, "NZDT");
    }

    #[test]
    fn wall_clock_flags_repeated_hour() {
        let z = Zone::Iana("Europe/Berlin".into());
        let (t, rep) = wall_clock(at("2024-10-27T00:30:00Z"), &z).unwrap();
        assert_eq!((t.to_string().as_str(), rep), ("2024-10-27 02:30:00", true));
        let (t, rep) = wall_clock(at("2024-10-27T01:30:00Z"), &z).unwrap();
        assert_eq!((t.to_string().as_str(), rep), ("2024-10-27 02:30:00", true));
        let (_, rep) = wall_clock(at("2024-10-27T02:30:00Z"), &z).unwrap();
        assert!(!rep);
        assert_eq!(format_offset_compact(-12600), "-0330");
        assert_eq!(format_offset_compact(10972), "+030252");
    }
}
