//! Inputs the fuzz targets (fuzz/) once crashed on, kept in tests/data/fuzz/<target>/ and
//! run through the very pipelines the targets run: each must go through without a panic
//! and give the diagnostic the fixed code gives.

#[path = "../../fuzz/src/lib.rs"]
#[allow(dead_code)]
mod pipeline;

use std::path::Path;

use runsheet::time::{TimeError, zone_from_name};

const DIR: &str = "tests/data/fuzz";

fn input(target: &str, name: &str) -> Vec<u8> {
    std::fs::read(Path::new(DIR).join(target).join(name)).unwrap()
}

/// Runs one kept input through its target's pipeline; the codes it gave, if any.
fn run(target: &str, bytes: &[u8]) -> Vec<String> {
    use runsheet::schedule::{frab_json, frab_xml, native, table};
    match target {
        "proposal" => pipeline::proposal(bytes),
        "agenda" => pipeline::agenda(bytes),
        "schedule_json" => pipeline::programme("fuzz.json", bytes, frab_json::import),
        "schedule_xml" => pipeline::programme("fuzz.xml", bytes, frab_xml::import),
        "schedule_csv" => pipeline::programme("fuzz.csv", bytes, table::import),
        "schedule_toml" => pipeline::programme("fuzz.toml", bytes, native::import),
        "notation" => {
            pipeline::notation(bytes);
            Vec::new()
        }
        other => panic!("tests/data/fuzz/{other}: no such fuzz target"),
    }
}

#[test]
fn every_kept_input_goes_through_its_target() {
    let mut n = 0;
    for dir in std::fs::read_dir(DIR).unwrap() {
        let dir = dir.unwrap().path();
        let target = dir.file_name().unwrap().to_str().unwrap().to_owned();
        for file in std::fs::read_dir(&dir).unwrap() {
            run(&target, &std::fs::read(file.unwrap().path()).unwrap());
            n += 1;
        }
    }
    assert!(n > 0);
}

#[test]
fn zone_offset_ending_in_a_unicode_minus_is_an_unknown_zone() {
    // `UTC-3−`: four bytes after the sign were split as `hhmm` inside the `−`.
    pipeline::notation(&input("notation", "zone-offset-unicode-minus"));
    assert!(matches!(zone_from_name("UTC-3\u{2212}"), Err(TimeError::UnknownZone(_))));
    let codes = run("agenda", &input("agenda", "timezone-unicode-minus.toml"));
    assert!(codes.iter().any(|c| c == "unknown-zone"), "{codes:?}");
}

#[test]
fn a_time_alone_on_the_text_s_last_line_is_read() {
    // `08:30` alone on a last line with no line break after it: looking for a flattened
    // table's finish cell on the next line read past the text's lines (a panic).
    // One time alone is no agenda.
    let codes = run("proposal", &input("proposal", "time-alone-on-the-last-line"));
    assert!(codes.iter().any(|c| c == "no-breakdown"), "{codes:?}");
}

#[test]
fn a_slot_line_ending_before_it_starts_under_the_stated_slot_goes_through() {
    // A later slot line whose end falls before its start (`start = …T14:30:00Z` over an
    // `end` on another line), under the proposal's stated slot: the test of whether it lies
    // within that slot subtracted its start from its end, which overflowed where overflow
    // is checked (the fuzz build, `cargo test`).
    let bytes = input("proposal", "part-range-ending-before-it-starts-under-the-slot");
    run("proposal", &bytes);
    // The stated slot is still the session's.
    let text = String::from_utf8_lossy(&bytes);
    let sessions = runsheet::parse::parse(&runsheet::source::Source::new("fuzz.txt", text.into_owned())).expect("text never fails");
    let slot = sessions[0].slot.as_ref().expect("the stated slot");
    assert_eq!(slot.value.start.naive_utc().format("%Y-%m-%dT%H:%M").to_string(), "2021-12-10T10:15");
}
