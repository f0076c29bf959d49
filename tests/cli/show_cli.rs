//! `runsheet show` as a user runs it: exit codes, stdin, several inputs, errors.

use assert_cmd::Command;
use predicates::prelude::*;

fn runsheet() -> Command {
    Command::cargo_bin("runsheet").unwrap()
}

#[test]
fn missing_file_is_an_io_error_with_exit_2() {
    runsheet()
        .args(["show", "no/such/file.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no/such/file.txt"));
}

#[test]
fn unknown_format_is_a_usage_error() {
    runsheet().args(["show", "--format", "yaml", "seeds/igf2021-ws119.txt"]).assert().code(2);
}

#[test]
fn several_inputs_give_an_array_in_argument_order() {
    let out = runsheet()
        .args(["show", "--format", "json", "seeds/igf2021-ws119.txt", "seeds/igf2019-ws99.txt"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let files: Vec<&str> = v.as_array().unwrap().iter().map(|o| o["file"].as_str().unwrap()).collect();
    assert_eq!(files, ["seeds/igf2021-ws119.txt", "seeds/igf2019-ws99.txt"]);
}

#[test]
fn one_input_gives_an_array_of_one_and_stdin_is_dash() {
    let text = std::fs::read("seeds/igf2021-ws119.txt").unwrap();
    let out = runsheet().args(["show", "--format", "json", "-"]).write_stdin(text).assert().success();
    let all: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(all.as_array().map(Vec::len), Some(1), "{all:#}");
    let v = &all[0];
    assert!(v.is_object());
    assert_eq!(v["file"], "-");
    for field in ["id", "title", "format", "declared_minutes", "slot", "room", "people", "segments", "warnings"] {
        assert!(v.get(field).is_some(), "missing field {field}");
    }
}

#[test]
fn empty_and_binary_input_do_not_panic() {
    runsheet().args(["show", "-"]).write_stdin("").assert().success();
    runsheet().args(["show", "--format", "json", "-"]).write_stdin(vec![0u8, 159, 146, 150, 0, 10, 13]).assert().success();
}

/// One proposal with two days, each with its own agenda: two sessions.
const TWO_DAYS: &str = "tests/data/proposals/two-days.txt";

#[test]
fn a_text_with_two_days_shows_both_sessions_in_text_order() {
    let out = runsheet()
        .args(["show", "--format", "json", TWO_DAYS, "seeds/igf2021-ws119.txt"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let read: Vec<(&str, &str)> =
        v.as_array().unwrap().iter().map(|o| (o["file"].as_str().unwrap(), o["id"].as_str().unwrap())).collect();
    assert_eq!(
        read,
        [
            (TWO_DAYS, "IGF 2025 WS #412 (day 1)"),
            (TWO_DAYS, "IGF 2025 WS #412 (day 2)"),
            ("seeds/igf2021-ws119.txt", "IGF 2021 WS #119"),
        ]
    );
    assert_eq!(v[1]["slot"]["start"], "2025-06-25T09:00:00+00:00");
    assert_eq!(v[1]["segments"][0]["title"], "Recap of day 1");

    let text = runsheet().args(["show", TWO_DAYS]).assert().success().get_output().stdout.clone();
    let text = String::from_utf8(text).unwrap();
    let day1 = text.find("IGF 2025 WS #412 (day 1)").expect("day 1 shown");
    let day2 = text.find("IGF 2025 WS #412 (day 2)").expect("day 2 shown");
    assert!(day1 < day2, "{text}");
    assert_eq!(text.matches(&format!("{TWO_DAYS}\n")).count(), 2, "each session names its file\n{text}");
    assert!(text.contains("Wrap-up of the first day") && text.contains("Key takeaways and next steps"), "{text}");
}

#[test]
fn toml_of_a_text_with_two_days_is_a_usage_error_naming_json() {
    runsheet()
        .args(["show", "--format", "toml", TWO_DAYS])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("holds 2").and(predicate::str::contains("--format json")));
}

#[test]
fn show_takes_a_directory_as_every_other_command_does() {
    // `show seeds/` was refused ("Is a directory") while check, ics and sheet walk it.
    let out = assert_cmd::Command::cargo_bin("runsheet").unwrap().args(["show", "--format", "json", "seeds/"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let files: Vec<&str> = v.as_array().unwrap().iter().map(|s| s["file"].as_str().unwrap()).collect();
    assert_eq!(files, ["seeds/igf2019-ws99.txt", "seeds/igf2021-ws119.txt"]);
}

/// The 2021 seed with its slot written without a zone, as many proposals write it.
fn zoneless_seed() -> String {
    std::fs::read_to_string("seeds/igf2021-ws119.txt")
        .unwrap()
        .replace("Friday, 10th December, 2021 (10:15 UTC) - Friday, 10th December, 2021 (11:45 UTC)", "Friday, 10th December, 2021, 10:15 - 11:45")
}

#[test]
fn input_tz_places_a_zoneless_slot_and_says_so_on_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("ws119.txt");
    std::fs::write(&p, zoneless_seed()).unwrap();
    // Without the flag: local times, `zone-missing`.
    let out = runsheet().args(["show", "--format", "json"]).arg(&p).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v[0]["slot"].is_null(), "{}", v[0]["slot"]);
    assert!(v[0]["notes"].to_string().contains("zone-missing"), "{}", v[0]["notes"]);
    // With it: a slot in Europe/Warsaw (CET in December, UTC+1), and a `zone-given` note
    // where `zone-missing` was.
    let out = runsheet().args(["show", "--format", "json", "--input-tz", "Europe/Warsaw"]).arg(&p).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v[0]["slot"]["start"], "2021-12-10T10:15:00+01:00", "{}", v[0]["slot"]);
    assert_eq!(v[0]["slot"]["end"], "2021-12-10T11:45:00+01:00");
    let notes = v[0]["notes"].to_string();
    assert!(notes.contains("zone-given") && !notes.contains("zone-missing"), "{notes}");
    // check reports the note at the slot's line; ics writes the calendar in that zone.
    runsheet()
        .args(["check", "--input-tz", "Europe/Warsaw"])
        .arg(&p)
        .env("NO_COLOR", "1")
        .assert()
        .success()
        .stdout(predicate::str::contains("note[zone-given]: the slot gives no time zone; read in Europe/Warsaw, as --input-tz says"))
        .stdout(predicate::str::contains("ws119.txt:3:1"));
    runsheet()
        .args(["ics", "--input-tz", "Europe/Warsaw"])
        .arg(&p)
        .assert()
        .success()
        .stdout(predicate::str::contains("DTSTART;TZID=Europe/Warsaw:20211210T101500"))
        .stderr(predicate::str::contains("[zone-given]"));
    // --quiet leaves the info line out.
    runsheet().args(["-q", "ics", "--input-tz", "Europe/Warsaw"]).arg(&p).assert().success().stderr("");
}
