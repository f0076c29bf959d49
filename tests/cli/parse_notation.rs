//! The time notations runsheet reads, as one table: input, what it must read as.
//!
//! Kinds: `R` scans text for ranges ([`notation::find_ranges`]), `D` reads one duration
//! ([`notation::duration`], whole input), `S` reads a slot line ([`slot::read_slot`]).
//! Expected values are rendered compactly: `clock 10:15-10:30`, `offset 0-10`,
//! `bad 25:00` (an impossible time, at that exact text), `none`; `90` minutes; slots as
//! `START END ZONE [codes]`, or `local DATE START-END` when no zone is written.

use runsheet::parse::notation::{self, RangeValue};
use runsheet::parse::slot;
use runsheet::time::zone_name;

fn hm(m: u32) -> String {
    format!("{:02}:{:02}", m / 60, m % 60)
}

fn ranges(input: &str) -> String {
    let found = notation::find_ranges(input);
    if found.is_empty() {
        return "none".into();
    }
    found
        .iter()
        .map(|f| match f.value {
            RangeValue::Clock { start, end, meridiem, start_at, end_at } => {
                // The spans of the two ends are exact.
                assert!(notation::clock(&input[start_at.0..start_at.1]).is_ok(), "{input}: start span");
                assert!(notation::clock(&input[end_at.0..end_at.1]).is_ok(), "{input}: end span");
                format!("clock {}-{}{}", hm(start), hm(end), if meridiem { " ampm" } else { "" })
            }
            RangeValue::Offset { start, end, start_at, end_at } => {
                assert_eq!(input[start_at.0..start_at.1].parse::<u32>().unwrap(), start);
                assert_eq!(input[end_at.0..end_at.1].parse::<u32>().unwrap(), end);
                format!("offset {start}-{end}")
            }
            RangeValue::Bad { at } => format!("bad {}", &input[at.0..at.1]),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

fn duration(input: &str) -> String {
    match notation::duration(input) {
        Ok((rest, m)) if rest.trim().is_empty() => m.to_string(),
        _ => "none".into(),
    }
}

fn slot_line(input: &str) -> String {
    let Some(read) = slot::read_slot(input) else { return "not a slot".into() };
    let codes: Vec<&str> = read.notes.iter().map(|n| n.code).collect();
    let codes = if codes.is_empty() { String::new() } else { format!(" [{}]", codes.join(",")) };
    match (read.slot, read.local) {
        (Some(s), _) => format!("{} {} {}{codes}", s.start.to_rfc3339(), s.end.to_rfc3339(), zone_name(&s.zone)),
        // No zone written: local times, never assumed UTC.
        (None, Some(l)) => format!("local {:?} {}-{:?}{codes}", l.date, l.start, l.end),
        (None, None) => format!("no slot{codes}"),
    }
}

const TABLE: &[(&str, &str, &str)] = &[
    // Clock ranges.
    ("R", "00:00 – 00:15", "clock 00:00-00:15"),
    ("R", "0:00-0:15", "clock 00:00-00:15"),
    ("R", "10.15 - 10.30", "clock 10:15-10:30"),
    ("R", "2:15 pm – 2:30 pm", "clock 14:15-14:30 ampm"),
    ("R", "2:15 – 2:30 pm", "clock 14:15-14:30 ampm"),
    ("R", "11:30 am - 1 pm", "clock 11:30-13:00 ampm"),
    ("R", "11:30 - 1 pm", "clock 11:30-13:00 ampm"),
    ("R", "9:00 a.m. - 9:30 a.m.", "clock 09:00-09:30 ampm"),
    ("R", "14h00–14h10", "clock 14:00-14:10"),
    ("R", "14h–15h", "clock 14:00-15:00"),
    ("R", "10:00 to 10:10", "clock 10:00-10:10"),
    ("R", "10:00 until 10:45", "clock 10:00-10:45"),
    ("R", "10:00—10:10 Opening", "clock 10:00-10:10"),
    ("R", "10:00h - 10:30h", "clock 10:00-10:30"),
    ("R", "| 10:00 | 10:10 | Opening |", "clock 10:00-10:10"),
    ("R", "from 10:00 to 11:30 CET", "clock 10:00-11:30"),
    ("R", "00:00 – 00:15 Intro 00:15 – 00:40 Panel", "clock 00:00-00:15; clock 00:15-00:40"),
    ("R", "(10:00–10:10)", "clock 10:00-10:10"),
    ("R", "23:00-24:00", "clock 23:00-24:00"),
    ("R", "12 h 30 – 13 h 00 : Accueil", "clock 12:30-13:00"),
    ("R", "14h30-16h ► Ateliers", "clock 14:30-16:00"),
    // Offset ranges.
    ("R", "0-10 min", "offset 0-10"),
    ("R", "minutes 10–40", "offset 10-40"),
    ("R", "10 – 40 minutes: debate", "offset 10-40"),
    ("R", "0-10': welcome", "offset 0-10"),
    ("R", "Min 40-85 open floor", "offset 40-85"),
    // Not times.
    ("R", "24.25-27.5 GHz", "none"),
    ("R", "24.25-27.50 GHz", "none"),
    ("R", "on 09.10.2024 in Riyadh", "none"),
    ("R", "processes from 2019-2021", "none"),
    ("R", "version 1.10.2 and v2.10-2.30", "none"),
    ("R", "1.5-2.5 hours", "none"),
    ("R", "a 16:9 screen", "none"),
    ("R", "Room 10-12", "none"),
    ("R", "at 10:15:30", "none"),
    ("R", "SDG 16.10-16.20", "none"),
    // Impossible times that were clearly meant as times.
    ("R", "25:00 - 26:00", "bad 25:00"),
    ("R", "10:00 - 10:60 panel", "bad 10:60"),
    ("R", "00:60-01:10", "bad 00:60"),
    // Durations.
    ("D", "5 min", "5"),
    ("D", "5 mins", "5"),
    ("D", "15 minutes", "15"),
    ("D", "15'", "15"),
    ("D", "15’", "15"),
    ("D", "1 hour", "60"),
    ("D", "1h15", "75"),
    ("D", "1h 15m", "75"),
    ("D", "1.5 hours", "90"),
    ("D", "2,5 h", "150"),
    ("D", "90 Min", "90"),
    ("D", "1 hr 30", "90"),
    ("D", "1 hour 30 minutes", "90"),
    ("D", "90-minute", "90"),
    ("D", "15m", "15"),
    ("D", "45 min.", "45"),
    ("D", "2.5 min", "none"),
    ("D", "5 mint", "none"),
    ("D", "ten minutes", "10"),
    ("D", "twenty-five minutes", "25"),
    ("D", "half an hour", "30"),
    ("D", "an hour", "60"),
    ("D", "an hour and a half", "90"),
    ("D", "one and a half hours", "90"),
    ("D", "1 1/2 hours", "90"),
    ("D", "1½ hours", "90"),
    ("D", "1hour", "60"),
    ("D", "1 hour, 10 minutes", "70"),
    ("D", "1 hour, 50 minutes", "110"),
    ("D", "6 h 45 min", "405"),
    ("D", "05 min", "5"),
    ("D", "10m", "10"),
    ("D", "90 minutos", "90"),
    ("D", "20 Minuten", "20"),
    ("D", "vingt minutes", "20"),
    ("D", "2 heures", "120"),
    ("D", "a m", "none"),
    ("D", "2015's", "none"),
    ("D", "30-Minute", "30"),
    // Slots.
    (
        "S",
        "Friday, 10th December, 2021 (10:15 UTC) - Friday, 10th December, 2021 (11:45 UTC)",
        "2021-12-10T10:15:00+00:00 2021-12-10T11:45:00+00:00 UTC",
    ),
    (
        "S",
        "Monday, 9th October, 2023 (01:15 UTC) - Monday, 9th October, 2023 (02:45 UTC)",
        "2023-10-09T01:15:00+00:00 2023-10-09T02:45:00+00:00 UTC",
    ),
    (
        "S",
        "2024-10-27T09:00+01:00/2024-10-27T10:30+01:00",
        "2024-10-27T09:00:00+01:00 2024-10-27T10:30:00+01:00 UTC+01:00",
    ),
    ("S", "2024-10-27T09:00Z - 2024-10-27T10:30Z", "2024-10-27T09:00:00+00:00 2024-10-27T10:30:00+00:00 UTC"),
    (
        "S",
        "2024-10-27 09:00 - 10:30 Europe/Berlin",
        "2024-10-27T09:00:00+01:00 2024-10-27T10:30:00+01:00 Europe/Berlin",
    ),
    (
        "S",
        "2024-06-27 09:00 Europe/Berlin - 10:30",
        "2024-06-27T09:00:00+02:00 2024-06-27T10:30:00+02:00 Europe/Berlin",
    ),
    (
        "S",
        "2024-10-27 02:30 - 03:30 Europe/Berlin",
        "2024-10-27T02:30:00+02:00 2024-10-27T03:30:00+01:00 Europe/Berlin [local-time-repeated]",
    ),
    ("S", "2024-03-31 02:30 - 03:30 Europe/Berlin", "no slot [local-time-gap]"),
    ("S", "December 10, 2021 10:15 – 11:45 UTC+3", "2021-12-10T10:15:00+03:00 2021-12-10T11:45:00+03:00 UTC+03:00"),
    (
        "S",
        "Tue 12 Nov 2024, 14:00-15:30 CET",
        "2024-11-12T14:00:00+01:00 2024-11-12T15:30:00+01:00 UTC+01:00 [zone-abbreviation]",
    ),
    ("S", "10.12.2021 10:15-11:45 Mars/Olympus", "no slot [unknown-zone]"),
    (
        "S",
        "Date: 2023-10-09 10:15 - 11:45 Asia/Tokyo",
        "2023-10-09T10:15:00+09:00 2023-10-09T11:45:00+09:00 Asia/Tokyo",
    ),
    ("S", "2021-12-10 23:30 - 00:30 UTC", "2021-12-10T23:30:00+00:00 2021-12-11T00:30:00+00:00 UTC"),
    ("S", "10 December 2021, 2:15 pm - 3:45 pm GMT", "2021-12-10T14:15:00+00:00 2021-12-10T15:45:00+00:00 UTC"),
    (
        "S",
        "November 10, 2022, 10:00 AM – 11:30 AM EST",
        "2022-11-10T10:00:00-05:00 2022-11-10T11:30:00-05:00 UTC-05:00 [zone-abbreviation]",
    ),
    ("S", "Time / Date: 15:00 - 16:30 UTC, Tuesday 26 November 2019", "2019-11-26T15:00:00+00:00 2019-11-26T16:30:00+00:00 UTC"),
    ("S", "Tuesday, 26 November, 2019 - 15:00 to 16:30", "local Some(2019-11-26) 15:00:00-Some(16:30:00)"),
    ("R", "12:00 pm - 12:30 am", "clock 12:00-00:30 ampm"),
    ("S", "Conference Room 6", "not a slot"),
    ("S", "2021-12-10 10:15 - 11:45 UTC and more text", "not a slot"),
];

#[test]
fn notation_table() {
    assert!(TABLE.len() >= 40);
    let mut failures = Vec::new();
    for &(kind, input, expected) in TABLE {
        let got = match kind {
            "R" => ranges(input),
            "D" => duration(input),
            "S" => slot_line(input),
            _ => unreachable!(),
        };
        if got != expected {
            failures.push(format!("{kind} {input:?}\n    expected {expected}\n    got      {got}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} rows failed:\n{}", failures.len(), TABLE.len(), failures.join("\n"));
}
