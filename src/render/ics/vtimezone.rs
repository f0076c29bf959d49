//! VTIMEZONE components generated from the bundled tz database (through `crate::time`).
//!
//! One STANDARD or DAYLIGHT sub-component per observance that covers the instants written
//! in the zone: the one in force at the earliest instant (from its real onset) and one per
//! transition up to the latest. No RRULE: every onset is explicit, so consumers that
//! follow the file's VTIMEZONE and those that look the name up agree.

use chrono::{DateTime, FixedOffset};

use super::lines::Lines;
use crate::model::Zone;
use crate::time::{self, TimeError};

/// Writes the VTIMEZONE for `zone` (an IANA zone) covering `from` to `to`.
pub(crate) fn write(
    lines: &mut Lines,
    zone: &Zone,
    from: DateTime<FixedOffset>,
    to: DateTime<FixedOffset>,
) -> Result<(), TimeError> {
    let observances = time::observances(zone, from, to)?;
    lines.begin("VTIMEZONE");
    lines.text("TZID", &time::zone_name(zone));
    for o in &observances {
        let kind = if o.dst { "DAYLIGHT" } else { "STANDARD" };
        lines.begin(kind);
        lines.raw("DTSTART", &o.local_onset.format("%Y%m%dT%H%M%S").to_string(), &[]);
        lines.raw("TZOFFSETFROM", &time::format_offset_compact(o.offset_from), &[]);
        lines.raw("TZOFFSETTO", &time::format_offset_compact(o.offset_to), &[]);
        lines.text("TZNAME", &o.abbreviation);
        lines.end(kind);
    }
    lines.end("VTIMEZONE");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn berlin_october_2024() {
        let mut l = Lines::default();
        let z = Zone::Iana("Europe/Berlin".into());
        write(&mut l, &z, at("2024-10-26T09:15:00+02:00"), at("2024-10-28T10:45:00+01:00")).unwrap();
        assert_eq!(
            l.finish(),
            "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n\
             BEGIN:DAYLIGHT\r\nDTSTART:20240331T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\nEND:DAYLIGHT\r\n\
             BEGIN:STANDARD\r\nDTSTART:20241027T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nEND:STANDARD\r\n\
             END:VTIMEZONE\r\n"
        );
    }

    #[test]
    fn kolkata_has_one_standard_observance() {
        let mut l = Lines::default();
        let z = Zone::Iana("Asia/Kolkata".into());
        write(&mut l, &z, at("2024-11-12T10:00:00+05:30"), at("2024-11-12T11:30:00+05:30")).unwrap();
        assert_eq!(
            l.finish(),
            "BEGIN:VTIMEZONE\r\nTZID:Asia/Kolkata\r\n\
             BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:+0530\r\nTZOFFSETTO:+0530\r\nTZNAME:IST\r\nEND:STANDARD\r\n\
             END:VTIMEZONE\r\n"
        );
    }
}
