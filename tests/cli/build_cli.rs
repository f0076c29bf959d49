//! `runsheet build`, the main job, as the README runs it.

use assert_cmd::Command;

fn runsheet() -> Command {
    Command::cargo_bin("runsheet").unwrap()
}

#[test]
fn build_on_the_seeds_writes_the_2021_calendar_and_sheets_and_explains_2019() {
    let dir = tempfile::tempdir().unwrap();
    let out = runsheet()
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .args(["build", "seeds/", "--out-dir"])
        .arg(dir.path())
        .assert()
        .success()
        .get_output()
        .clone();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let mut names: Vec<String> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    assert_eq!(
        names,
        ["igf-2019-ws-99.html", "igf-2019-ws-99.md", "igf-2021-ws-119.html", "igf-2021-ws-119.ics", "igf-2021-ws-119.md"]
    );
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(lines[0].starts_with("seeds/igf2019-ws99.txt: IGF 2019 WS #99, no slot"), "{stdout}");
    assert!(lines[0].contains("--start"), "{stdout}");
    assert!(lines[1].contains("2021-12-10 10:15 – 11:45 UTC"), "{stdout}");
    let ics = std::fs::read_to_string(dir.path().join("igf-2021-ws-119.ics")).unwrap();
    assert!(ics.contains("DTSTART:20211210T101500Z\r\n"), "{ics}");
    assert!(ics.contains("DTEND:20211210T114500Z\r\n"), "{ics}");
}

#[test]
fn build_with_start_gives_the_2019_seed_a_calendar() {
    let dir = tempfile::tempdir().unwrap();
    runsheet()
        .args(["build", "seeds/igf2019-ws99.txt", "--start", "2019-11-26T09:30", "--tz", "Europe/Berlin", "--out-dir"])
        .arg(dir.path())
        .assert()
        .success();
    let ics = std::fs::read_to_string(dir.path().join("igf-2019-ws-99.ics")).unwrap();
    assert!(ics.contains("DTSTART;TZID=Europe/Berlin:20191126T093000\r\n"), "{ics}");
    assert!(ics.contains("DTEND;TZID=Europe/Berlin:20191126T110000\r\n"), "{ics}");
    assert!(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"), "{ics}");
}

#[test]
fn a_faulty_input_fails_the_build_but_the_others_are_written() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.txt");
    let seed = std::fs::read_to_string("seeds/igf2021-ws119.txt").unwrap();
    std::fs::write(&bad, seed.replace("01:25 – 01:30 Closing", "01:25 – 01:50 Closing")).unwrap();
    let out = dir.path().join("out");
    runsheet()
        .args(["build", "seeds/igf2019-ws99.txt"])
        .arg(&bad)
        .arg("--out-dir")
        .arg(&out)
        .assert()
        .code(1);
    assert!(out.join("igf-2019-ws-99.md").is_file());
    assert!(out.join("igf-2021-ws-119.ics").is_file());
}

#[test]
fn an_output_directory_that_is_an_input_is_refused() {
    runsheet().args(["build", "seeds/igf2021-ws119.txt", "--out-dir", "seeds/igf2021-ws119.txt"]).assert().code(2);
}

#[test]
fn build_of_a_text_with_two_days_writes_each_day_and_says_so_per_day() {
    let dir = tempfile::tempdir().unwrap();
    let path = "tests/data/proposals/two-days.txt";
    // Day 2 ends five minutes early (an error): exit 1, and both days are still written.
    let out = runsheet().env("SOURCE_DATE_EPOCH", "1700000000").args(["build", path, "--out-dir"]).arg(dir.path()).assert().code(1);
    let out = out.get_output();
    let stdout = String::from_utf8(out.stdout.clone()).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(
        lines[0].starts_with(&format!("{path}: IGF 2025 WS #412 (day 1), 2025-06-24 10:00 – 11:00 UTC, ok with 1 warning; wrote ")),
        "{stdout}"
    );
    assert!(
        lines[1].starts_with(&format!("{path}: IGF 2025 WS #412 (day 2), 2025-06-25 09:00 – 10:00 UTC, 1 error, 0 warnings; wrote ")),
        "{stdout}"
    );
    let stderr = String::from_utf8(out.stderr.clone()).unwrap();
    assert!(stderr.contains("checked 1 file: 1 error, 1 warning, 1 note"), "{stderr}");
    let mut names: Vec<String> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    let expected: Vec<String> =
        ["1", "2"].iter().flat_map(|d| ["html", "ics", "md"].map(|e| format!("igf-2025-ws-412-day-{d}.{e}"))).collect();
    assert_eq!(names, expected);
    let ics = std::fs::read_to_string(dir.path().join("igf-2025-ws-412-day-2.ics")).unwrap();
    assert!(ics.contains("DTSTART:20250625T090000Z\r\n"), "{ics}");
}

#[test]
fn build_gives_checks_verdict_when_sessions_conflict() {
    // Two workshops in one room at one time with the same people: `check` finds the room and
    // person overlaps (exit 1); `build` ran no checks across sessions and said ok (exit 0).
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    std::fs::create_dir(&inputs).unwrap();
    let seed = std::fs::read_to_string("seeds/igf2021-ws119.txt").unwrap();
    std::fs::write(inputs.join("a.txt"), &seed).unwrap();
    std::fs::write(inputs.join("b.txt"), seed.replace("IGF 2021 WS #119", "IGF 2021 WS #120")).unwrap();
    let check = runsheet().args(["check", "--format", "json"]).arg(&inputs).output().unwrap();
    assert_eq!(check.status.code(), Some(1));
    let found: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    let codes: Vec<&str> = found.as_array().unwrap().iter().filter(|d| d["severity"] == "error").map(|d| d["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["room-overlap", "person-overlap"]);
    let out = runsheet().arg("build").arg(&inputs).arg("--out-dir").arg(dir.path().join("out")).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("error[room-overlap]") && stderr.contains("error[person-overlap]"), "{stderr}");
    assert!(stderr.contains("checked 2 files: 2 errors"), "{stderr}");
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.lines().next().unwrap().contains("2 errors, 0 warnings"), "{stdout}");
}

#[test]
fn build_with_a_programme_takes_its_slots_and_rooms_and_checks_it() {
    // The programme CSV gives the 2019 seed, which has no slot, its slot in Berlin, and moves
    // the 2021 seed to another room; `build --schedule` writes the 2019 calendar from it and
    // reports what `check --schedule` reports.
    let dir = tempfile::tempdir().unwrap();
    let out = runsheet()
        .env("NO_COLOR", "1")
        .args(["build", "--schedule", "tests/data/schedules/programme.csv", "seeds/", "--out-dir"])
        .arg(dir.path())
        .output()
        .unwrap();
    let check = runsheet().args(["check", "--schedule", "tests/data/schedules/programme.csv", "seeds/"]).output().unwrap();
    assert_eq!(out.status.code(), check.status.code());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("warning[room-disagrees]"), "{stderr}");
    let ics = std::fs::read_to_string(dir.path().join("igf-2019-ws-99.ics")).unwrap();
    assert!(ics.contains("DTSTART;TZID=Europe/Berlin:20191127T163000\r\n"), "{ics}");
    let ics = std::fs::read_to_string(dir.path().join("igf-2021-ws-119.ics")).unwrap();
    assert!(ics.contains("LOCATION:Conference Room 3\r\n"), "{ics}");
}

#[test]
fn build_o_still_names_the_directory_for_one_release_with_a_note() {
    // `-o` names one file on every other command; on `build` it is now `--out-dir`.
    let dir = tempfile::tempdir().unwrap();
    let out = runsheet().args(["build", "seeds/igf2021-ws119.txt", "-o"]).arg(dir.path()).output().unwrap();
    assert!(out.status.success());
    assert!(dir.path().join("igf-2021-ws-119.ics").is_file());
    assert!(String::from_utf8_lossy(&out.stderr).contains("`build -o DIR` is now `build --out-dir DIR`"));
    let fresh = runsheet().args(["build", "seeds/igf2021-ws119.txt", "--out-dir"]).arg(dir.path()).output().unwrap();
    assert!(!String::from_utf8_lossy(&fresh.stderr).contains("is now"));
    runsheet().args(["build", "seeds/igf2021-ws119.txt"]).assert().code(2);
}

#[test]
fn build_colours_its_diagnostics_only_when_asked_or_on_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let plain = runsheet().env_remove("NO_COLOR").args(["build", "seeds/igf2019-ws99.txt", "--out-dir"]).arg(dir.path()).output().unwrap();
    assert!(!plain.stderr.contains(&0x1b));
    let coloured = runsheet().args(["build", "seeds/igf2019-ws99.txt", "--color", "always", "--out-dir"]).arg(dir.path()).output().unwrap();
    assert!(coloured.stderr.contains(&0x1b));
}

#[test]
fn build_tz_is_a_list_of_clock_columns_as_for_sheet() {
    // `build --tz` took one zone, so the main job could not make multi-zone run-sheets.
    let dir = tempfile::tempdir().unwrap();
    runsheet()
        .args(["build", "seeds/igf2019-ws99.txt", "--start", "2019-11-26T09:30", "--tz", "Europe/Berlin,UTC,America/New_York", "--out-dir"])
        .arg(dir.path())
        .assert()
        .success();
    let md = std::fs::read_to_string(dir.path().join("igf-2019-ws-99.md")).unwrap();
    assert!(md.contains("| CET | UTC | EST |"), "{md}");
    let ics = std::fs::read_to_string(dir.path().join("igf-2019-ws-99.ics")).unwrap();
    assert!(ics.contains("DTSTART;TZID=Europe/Berlin:20191126T093000\r\n"), "{ics}");
}
