//! `runsheet ics` end to end: exit codes, what is written where, and the exact bytes for
//! the seeds (snapshots, SOURCE_DATE_EPOCH fixed).

use std::path::Path;

use assert_cmd::Command;
use predicates::prelude::*;

const EPOCH: &str = "1700000000";

fn runsheet() -> Command {
    let mut c = Command::cargo_bin("runsheet").unwrap();
    c.current_dir(env!("CARGO_MANIFEST_DIR")).env("SOURCE_DATE_EPOCH", EPOCH);
    c
}

fn ics(args: &[&str]) -> String {
    let out = runsheet().arg("ics").args(args).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn unfold(text: &str) -> String {
    text.replace("\r\n ", "")
}

/// Every line ends in CRLF and is at most 75 octets; the text is the snapshot's, with LF.
fn crlf_to_lf(text: &str) -> String {
    assert!(text.ends_with("\r\n"));
    for line in text.split("\r\n") {
        assert!(!line.contains('\n') && !line.contains('\r') && line.len() <= 75, "{line:?}");
    }
    text.replace("\r\n", "\n")
}

#[test]
fn seed_2021_snapshot() {
    let text = ics(&["seeds/igf2021-ws119.txt"]);
    insta::assert_snapshot!("seed_2021", crlf_to_lf(&text));
}

#[test]
fn seed_2019_with_start_snapshot() {
    let text = ics(&["seeds/igf2019-ws99.txt", "--start", "2019-11-26T09:30", "--tz", "Europe/Berlin"]);
    insta::assert_snapshot!("seed_2019_start_berlin", crlf_to_lf(&text));
}

#[test]
fn seed_2021_invite_segments_snapshot() {
    let text = ics(&["seeds/igf2021-ws119.txt", "--invite", "--segments", "--alarm", "10m"]);
    insta::assert_snapshot!("seed_2021_invite_segments", crlf_to_lf(&text));
}

#[test]
fn same_input_same_bytes() {
    let args = ["seeds/", "--start", "2019-11-26T09:30", "--tz", "Europe/Berlin", "--segments", "--invite"];
    assert_eq!(ics(&args), ics(&args));
}

#[test]
fn session_without_slot_is_an_error_and_the_others_are_still_written() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("event.ics");
    runsheet()
        .args(["ics", "seeds/igf2019-ws99.txt", "seeds/igf2021-ws119.txt", "-o"])
        .arg(&out)
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("IGF 2019 WS #99 has no date and time").and(predicate::str::contains("--start")),
        );
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("UID:igf-2021-ws-119@runsheet"));
    assert!(!text.contains("igf-2019"));
}

#[test]
fn only_a_session_without_slot_writes_nothing() {
    runsheet()
        .args(["ics", "seeds/igf2019-ws99.txt"])
        .assert()
        .code(1)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("seeds/igf2019-ws99.txt"));
}

#[test]
fn start_in_a_dst_gap_is_refused() {
    runsheet()
        .args(["ics", "tests/data/ics/no-slot-90-min.toml", "--start", "2024-03-31T02:30", "--tz", "Europe/Berlin"])
        .assert()
        .code(1)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("does not exist in Europe/Berlin"));
}

#[test]
fn start_in_a_repeated_hour_takes_the_first_with_a_warning() {
    let out = runsheet()
        .args(["ics", "tests/data/ics/no-slot-90-min.toml", "--start", "2024-10-27T02:30", "--tz", "Europe/Berlin"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("warning:") && err.contains("occurs twice"), "{err}");
    let text = unfold(&String::from_utf8(out.stdout).unwrap());
    // 02:30 CEST, the first 02:30, is 00:30 UTC; written in UTC so every reader agrees.
    assert!(text.contains("\r\nDTSTART:20241027T003000Z\r\n"), "{text}");
    assert!(text.contains("\r\nDTEND;TZID=Europe/Berlin:20241027T030000\r\n"), "{text}");
}

#[test]
fn out_dir_writes_one_file_per_session() {
    let dir = tempfile::tempdir().unwrap();
    runsheet()
        .args(["ics", "seeds/", "--start", "2019-11-26T09:30", "--tz", "Europe/Berlin", "--out-dir"])
        .arg(dir.path())
        .assert()
        .success();
    let mut names: Vec<String> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    assert_eq!(names, ["igf-2019-ws-99.ics", "igf-2021-ws-119.ics"]);
    let text = std::fs::read_to_string(dir.path().join("igf-2021-ws-119.ics")).unwrap();
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 1);
    // --tz also sets the zone the 2021 slot is written in.
    assert!(text.contains("DTSTART;TZID=Europe/Berlin:20211210T111500\r\n"), "{text}");
}

#[test]
fn output_equal_to_an_input_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("agenda.toml");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/ics/utc-2024-06-01.toml"), &input).unwrap();
    let before = std::fs::read(&input).unwrap();
    runsheet()
        .arg("ics")
        .arg(&input)
        .arg("-o")
        .arg(&input)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("refusing"));
    assert_eq!(std::fs::read(&input).unwrap(), before);
}

#[test]
fn injected_properties_stay_text() {
    let text = unfold(&ics(&["tests/data/ics/injection.toml", "--invite", "--segments"]));
    let lines: Vec<&str> = text.split("\r\n").collect();
    assert_eq!(lines.iter().filter(|l| **l == "BEGIN:VEVENT").count(), 2);
    assert_eq!(lines.iter().filter(|l| **l == "END:VEVENT").count(), 2);
    assert!(!lines.iter().any(|l| l.starts_with("ATTENDEE:") || l.starts_with("DESCRIPTION:injected")));
    // One attendee per event: the one person in the agenda, quoted as a parameter value.
    let attendees: Vec<&&str> = lines.iter().filter(|l| l.starts_with("ATTENDEE")).collect();
    assert_eq!(attendees.len(), 2, "{attendees:?}");
    assert!(attendees[0].starts_with("ATTENDEE;CN=\"Eve 'Mallory'; ROLE=CHAIR:mailto:eve@evil.example ATTENDEE:x\";"));
    assert!(
        text.contains("SUMMARY:Evil title ATTENDEE:mailto:attacker@evil.example END:VEVENT BEGIN:VEVENT\r\n"),
        "{text}"
    );
}

#[test]
fn alarm_options() {
    let text = ics(&["tests/data/ics/utc-2024-06-01.toml", "--alarm", "1h"]);
    assert!(text.contains("BEGIN:VALARM\r\nACTION:DISPLAY\r\n") && text.contains("TRIGGER:-PT60M\r\n"));
    let text = ics(&["tests/data/ics/utc-2024-06-01.toml", "--no-alarm"]);
    assert!(!text.contains("VALARM"));
    runsheet().args(["ics", "tests/data/ics/utc-2024-06-01.toml", "--alarm", "soon"]).assert().code(2);
}

#[test]
fn unknown_zone_is_a_usage_error() {
    runsheet()
        .args(["ics", "seeds/igf2021-ws119.txt", "--tz", "Mars/Olympus"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("Mars/Olympus"));
}

#[test]
fn publish_keeps_people_in_the_description() {
    let text = unfold(&ics(&["tests/data/ics/kolkata-2024-11-12.toml"]));
    assert!(text.contains("METHOD:PUBLISH\r\n"));
    assert!(!text.contains("ATTENDEE"));
    assert!(text.contains("ORGANIZER;CN=Ana Souza:mailto:ana.souza@example.org\r\n"), "{text}");
    assert!(text.contains("Speakers: Rahul Mehta (Civil Society\\, Asia-Pacific Group)\\; Grace O'Neill"), "{text}");
    let text = unfold(&ics(&["tests/data/ics/kolkata-2024-11-12.toml", "--invite"]));
    assert!(text.contains("METHOD:REQUEST\r\n"));
    assert!(text.contains("ORGANIZER;CN=Ana Souza:mailto:ana.souza@example.org\r\n"), "{text}");
    assert!(text.contains(
        "ATTENDEE;CN=Ana Souza;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=CHAIR;RSVP=TRUE:mailto:ana.souza@example.org\r\n"
    ));
    assert!(
        text.contains("ATTENDEE;CN=Rahul Mehta;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT:urn:uuid:")
    );
}

/// One proposal with two days, each with its own agenda and slot: two sessions.
const TWO_DAYS: &str = "tests/data/proposals/two-days.txt";

fn uids(calendar: &str) -> Vec<String> {
    unfold(calendar).lines().filter_map(|l| l.strip_prefix("UID:")).map(|u| u.trim_end().to_owned()).collect()
}

#[test]
fn a_text_with_two_days_gives_one_event_per_day_with_its_own_uid() {
    let text = ics(&[TWO_DAYS]);
    assert_eq!(text.matches("BEGIN:VEVENT").count(), 2, "{text}");
    assert_eq!(uids(&text), ["igf-2025-ws-412-day-1@runsheet", "igf-2025-ws-412-day-2@runsheet"]);
    let starts: Vec<&str> = text.lines().filter(|l| l.starts_with("DTSTART")).collect();
    assert_eq!(starts, ["DTSTART:20250624T100000Z", "DTSTART:20250625T090000Z"]);
}

#[test]
fn two_files_holding_the_same_sessions() {
    // A copy of the proposal under another name: the UID comes from the session id, as for
    // any input, so each file's days keep apart and the copy repeats them; with --out-dir no
    // calendar is written over another.
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("copy.txt");
    std::fs::copy(TWO_DAYS, &copy).unwrap();
    let text = ics(&[TWO_DAYS, copy.to_str().unwrap()]);
    let day = |n: u32| format!("igf-2025-ws-412-day-{n}@runsheet");
    assert_eq!(uids(&text), [day(1), day(2), day(1), day(2)]);
    let out = dir.path().join("out");
    runsheet().args(["ics", TWO_DAYS]).arg(&copy).arg("--out-dir").arg(&out).assert().success();
    let mut names: Vec<String> =
        std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    assert_eq!(
        names,
        ["igf-2025-ws-412-day-1-2.ics", "igf-2025-ws-412-day-1.ics", "igf-2025-ws-412-day-2-2.ics", "igf-2025-ws-412-day-2.ics"]
    );
    for name in &names {
        let one = std::fs::read_to_string(out.join(name)).unwrap();
        assert_eq!(one.matches("BEGIN:VEVENT").count(), 1, "{name}");
        let n = if name.contains("day-1") { 1 } else { 2 };
        assert_eq!(uids(&one), [day(n)], "{name}");
    }
}

#[test]
fn a_programme_applies_to_each_day() {
    let dir = tempfile::tempdir().unwrap();
    let programme = dir.path().join("programme.csv");
    std::fs::write(
        &programme,
        "id,start,end,tz,room\n\
         IGF 2025 WS #412 (day 1),2025-06-24T10:00,2025-06-24T11:00,UTC,Room 5\n\
         IGF 2025 WS #412 (day 2),2025-06-25T09:30,2025-06-25T10:30,UTC,Room 7\n",
    )
    .unwrap();
    let out = runsheet().args(["ics", "--schedule"]).arg(&programme).arg(TWO_DAYS).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = unfold(&String::from_utf8(out.stdout).unwrap());
    let got: Vec<&str> = text.lines().filter(|l| l.starts_with("DTSTART") || l.starts_with("LOCATION")).collect();
    assert_eq!(got, ["DTSTART:20250624T100000Z", "LOCATION:Room 5", "DTSTART:20250625T093000Z", "LOCATION:Room 7"]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("`IGF 2025 WS #412 (day 2)`") && stderr.contains("[slot-disagrees]"), "{stderr}");
}

/// A slot written without its zone is not taken for UTC: the calendar needs --tz, and
/// with it the slot is the written local times in that zone.
#[test]
fn a_slot_without_its_zone_takes_the_zone_of_tz() {
    runsheet()
        .args(["ics", "tests/data/ics/local-slot.txt"])
        .assert()
        .code(1)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("2013-10-09 09:30–11:00").and(predicate::str::contains("--tz")));
    let text = unfold(&ics(&["tests/data/ics/local-slot.txt", "--tz", "Europe/Paris"]));
    assert!(text.contains("\r\nDTSTART;TZID=Europe/Paris:20131009T093000\r\n"), "{text}");
    assert!(text.contains("\r\nDTEND;TZID=Europe/Paris:20131009T110000\r\n"), "{text}");
}
