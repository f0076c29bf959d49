//! `--schedule` and `--by` on `ics` and `sheet`: calendars per room or person, a day's
//! run-sheet per room, and programme slots overriding the proposals'.

use assert_cmd::Command;

fn runsheet() -> Command {
    Command::cargo_bin("runsheet").unwrap()
}

fn names(dir: &std::path::Path) -> Vec<String> {
    let mut v: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    v.sort();
    v
}

#[test]
fn ics_by_room_writes_one_calendar_per_room_of_a_real_programme() {
    let dir = tempfile::tempdir().unwrap();
    runsheet()
        .env("SOURCE_DATE_EPOCH", "0")
        .args(["ics", "--schedule", "tests/data/schedules/frab-camp2019.json", "--by", "room", "--out-dir"])
        .arg(dir.path())
        .assert()
        .success();
    assert_eq!(names(dir.path()), ["curie.ics", "meitner.ics"]);
    let curie = std::fs::read_to_string(dir.path().join("curie.ics")).unwrap();
    assert!(curie.contains("X-WR-CALNAME:Curie\r\n"), "{curie}");
    assert!(curie.contains("LOCATION:Curie\r\n"));
    assert!(!curie.contains("LOCATION:Meitner"));
}

#[test]
fn ics_of_a_programme_alone_holds_each_of_its_events() {
    // No proposals, only --schedule: every programme event is a VEVENT of the one calendar
    // (a regression: the calendar once came out empty).
    let out = runsheet()
        .env("SOURCE_DATE_EPOCH", "0")
        .args(["ics", "--schedule", "tests/data/schedules/frab-camp2019.json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let ics = String::from_utf8(out).unwrap();
    let events: Vec<&str> = ics.split("BEGIN:VEVENT\r\n").skip(1).collect();
    // The file lists 79 events over its days and rooms.
    assert_eq!(events.len(), 79, "{ics}");
    assert!(events[0].contains("SUMMARY:10386: Opening Ceremony\r\n"), "{}", events[0]);
    assert!(events[0].contains("DTSTART;TZID=Europe/Berlin:20190821T110000\r\n"));
    assert!(ics.contains("SUMMARY:10387: Closing ceremony\r\n"), "{ics}");
}

#[test]
fn ics_by_person_gives_each_speaker_only_their_sessions() {
    let dir = tempfile::tempdir().unwrap();
    runsheet()
        .env("SOURCE_DATE_EPOCH", "0")
        .args(["ics", "seeds/", "--start", "2019-11-26T09:30", "--tz", "Europe/Berlin", "--by", "person", "--out-dir"])
        .arg(dir.path())
        .assert()
        .success();
    let files = names(dir.path());
    assert!(files.contains(&"john-hering.ics".to_owned()), "{files:?}");
    assert!(files.contains(&"marina-kaljurand.ics".to_owned()), "{files:?}");
    let hering = std::fs::read_to_string(dir.path().join("john-hering.ics")).unwrap();
    assert_eq!(hering.matches("BEGIN:VEVENT").count(), 1);
    assert!(hering.contains("UID:igf-2021-ws-119@runsheet"));
}

#[test]
fn a_programme_slot_overrides_the_proposal_in_the_calendar() {
    let out = runsheet()
        .env("SOURCE_DATE_EPOCH", "0")
        .args(["ics", "--schedule", "tests/data/schedules/seeds-conflict.csv", "seeds/igf2021-ws119.txt"])
        .assert()
        .success()
        .get_output()
        .clone();
    let ics = String::from_utf8(out.stdout).unwrap();
    assert!(ics.contains("DTEND:20211210T111500Z\r\n"), "{ics}");
    assert!(String::from_utf8(out.stderr).unwrap().contains("slot-disagrees"));
}

#[test]
fn sheet_by_room_writes_a_days_sheets_per_room() {
    let dir = tempfile::tempdir().unwrap();
    runsheet()
        .args(["sheet", "--schedule", "tests/data/schedules/frab-camp2019.json", "--by", "room", "--format", "md"])
        .arg("--out-dir")
        .arg(dir.path())
        .assert()
        .success();
    let files = names(dir.path());
    assert_eq!(files.len(), 10, "{files:?}");
    assert!(files.contains(&"curie-2019-08-21.md".to_owned()));
    let day = std::fs::read_to_string(dir.path().join("curie-2019-08-21.md")).unwrap();
    assert!(day.matches("# Run-sheet:").count() >= 2, "{day}");
    assert!(!day.contains("Room: Meitner"));
}

#[test]
fn rooms_that_differ_in_punctuation_get_their_own_files_and_a_long_name_is_shortened() {
    // `Room A+` and `Room A` were one file holding both rooms' sessions, and a 250-character
    // room name failed the run ("File name too long"), leaving later rooms unwritten.
    let dir = tempfile::tempdir().unwrap();
    let long = "Hall ".repeat(50);
    let csv = dir.path().join("programme.csv");
    std::fs::write(
        &csv,
        format!(
            "id,start,end,tz,room,title\nS1,2024-05-01T10:00,2024-05-01T11:00,UTC,Room A+,One\n\
             S2,2024-05-01T10:00,2024-05-01T11:00,UTC,Room A,Two\nS3,2024-05-01T12:00,2024-05-01T13:00,UTC,{},Three\n\
             S4,2024-05-01T14:00,2024-05-01T15:00,UTC,Zebra,Four\n",
            long.trim()
        ),
    )
    .unwrap();
    let out = dir.path().join("ics");
    runsheet().env("SOURCE_DATE_EPOCH", "0").args(["ics", "--by", "room", "--schedule"]).arg(&csv).arg("--out-dir").arg(&out).assert().success();
    let files = names(&out);
    assert_eq!(files.len(), 4, "{files:?}");
    assert!(files.iter().all(|f| f.len() <= 90), "{files:?}");
    let one = |name: &str| std::fs::read_to_string(out.join(name)).unwrap();
    assert!(one("room-a.ics").contains("SUMMARY:S2: Two") && !one("room-a.ics").contains("S1: One"));
    assert!(one("room-a-2.ics").contains("SUMMARY:S1: One"));
    assert!(one("zebra.ics").contains("SUMMARY:S4: Four"));
    let sheets = dir.path().join("sheets");
    runsheet().args(["sheet", "--by", "room", "--schedule"]).arg(&csv).arg("--out-dir").arg(&sheets).assert().success();
    assert_eq!(names(&sheets).len(), 4, "{:?}", names(&sheets));
}
