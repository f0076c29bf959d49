//! `runsheet sheet` as a user runs it: formats, output files, exit codes, bad arguments.

use assert_cmd::Command;
use predicates::prelude::*;

fn runsheet() -> Command {
    Command::cargo_bin("runsheet").unwrap()
}

#[test]
fn every_format_writes_to_stdout() {
    for format in ["text", "md", "html", "json", "csv"] {
        runsheet()
            .args(["sheet", "seeds/igf2021-ws119.txt", "--format", format])
            .assert()
            .success()
            .stdout(predicate::str::is_empty().not());
    }
}

#[test]
fn piped_text_has_no_colour_unless_asked() {
    let plain = runsheet().args(["sheet", "seeds/igf2019-ws99.txt"]).assert().success();
    assert!(!String::from_utf8_lossy(&plain.get_output().stdout).contains('\x1b'));
    runsheet()
        .args(["sheet", "seeds/igf2019-ws99.txt", "--color", "always"])
        .assert()
        .success()
        .stdout(predicate::str::contains("\x1b["));
}

#[test]
fn out_dir_writes_one_file_per_session() {
    let dir = tempfile::tempdir().unwrap();
    runsheet()
        .args(["sheet", "seeds/", "--format", "html", "--out-dir"])
        .arg(dir.path())
        .assert()
        .success();
    let mut names: Vec<String> =
        std::fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names.iter().all(|n| n.ends_with(".html")));
}

#[test]
fn output_file_holds_every_session() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("all.md");
    runsheet().args(["sheet", "seeds/igf2019-ws99.txt", "seeds/igf2021-ws119.txt", "--format", "md", "-o"]).arg(&out).assert().success();
    let md = std::fs::read_to_string(&out).unwrap();
    assert_eq!(md.matches("# Run-sheet:").count(), 2);
}

#[test]
fn start_gives_clock_times_in_its_zone() {
    runsheet()
        .args(["sheet", "seeds/igf2019-ws99.txt", "--start", "2019-11-26T09:30", "--tz", "Europe/Berlin,UTC"])
        .assert()
        .success()
        .stdout(predicate::str::contains("09:30–11:00 CET (Europe/Berlin) · 08:30–10:00 UTC"));
}

#[test]
fn bad_arguments_are_usage_errors() {
    let cases: [(&[&str], &str); 6] = [
        (&["--tz", "Mars/Olympus"], "unknown time zone `Mars/Olympus`"),
        (&["--start", "2019-11-26T09:30"], "--tz"),
        (&["--start", "26/11/2019", "--tz", "Europe/Berlin"], "not a local date and time"),
        (&["--start", "2024-03-31T02:30", "--tz", "Europe/Berlin"], "does not exist in Europe/Berlin"),
        (&["--cue-before", "soon"], "not a duration"),
        (&["--warn", "soon"], "not a duration"),
    ];
    for (args, message) in cases {
        runsheet()
            .args(["sheet", "seeds/igf2019-ws99.txt"])
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(message));
    }
}

#[test]
fn missing_input_is_an_io_error_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("x.html");
    runsheet().args(["sheet", "no/such/file.txt", "--format", "html", "-o"]).arg(&out).assert().code(2);
    assert!(!out.exists());
}

#[test]
fn refuses_to_overwrite_an_input() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.txt");
    std::fs::copy("seeds/igf2019-ws99.txt", &input).unwrap();
    runsheet().arg("sheet").arg(&input).arg("-o").arg(&input).assert().code(2).stderr(predicate::str::contains("refusing"));
    assert_eq!(std::fs::read(&input).unwrap(), std::fs::read("seeds/igf2019-ws99.txt").unwrap());
}

#[test]
fn panel_proposal_with_per_speaker_in_every_format() {
    for format in ["text", "md", "html", "json", "csv"] {
        let out = runsheet()
            .args(["sheet", "tests/data/sheet/panel-512.txt", "--per-speaker", "--tz", "Europe/Berlin,America/Sao_Paulo", "--format", format])
            .assert()
            .success();
        let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        insta::assert_snapshot!(format!("panel_512_per_speaker_{format}"), stdout);
    }
}

/// One proposal with two days, each with its own agenda: two sessions.
const TWO_DAYS: &str = "tests/data/proposals/two-days.txt";

#[test]
fn a_text_with_two_days_gives_one_sheet_per_day() {
    let dir = tempfile::tempdir().unwrap();
    // The proposal and a copy of it: four sheets, none written over another.
    let copy = dir.path().join("copy.txt");
    std::fs::copy(TWO_DAYS, &copy).unwrap();
    let out = dir.path().join("out");
    runsheet().args(["sheet", "--format", "md", TWO_DAYS]).arg(&copy).arg("--out-dir").arg(&out).assert().success();
    let mut names: Vec<String> =
        std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(
        names,
        ["igf-2025-ws-412-day-1-2.md", "igf-2025-ws-412-day-1.md", "igf-2025-ws-412-day-2-2.md", "igf-2025-ws-412-day-2.md"]
    );
    let day1 = std::fs::read_to_string(out.join("igf-2025-ws-412-day-1.md")).unwrap();
    let day2 = std::fs::read_to_string(out.join("igf-2025-ws-412-day-2.md")).unwrap();
    assert!(day1.contains("(day 1)") && day1.contains("Wrap-up of the first day") && !day1.contains("Recap of day 1"), "{day1}");
    assert!(day2.contains("(day 2)") && day2.contains("Recap of day 1") && !day2.contains("Wrap-up"), "{day2}");
    // To standard output, one sheet after the other.
    let md = runsheet().args(["sheet", "--format", "md", TWO_DAYS]).assert().success().get_output().stdout.clone();
    let md = String::from_utf8(md).unwrap();
    assert_eq!(md.matches("# Run-sheet:").count(), 2, "{md}");
    assert!(md.find("(day 1)").unwrap() < md.find("(day 2)").unwrap(), "{md}");
}

#[test]
fn tz_cet_on_a_summer_date_is_central_european_summer_time() {
    // `CET` is a tz database zone with summer time: a 10:00Z start in July is 12:00 CEST.
    // The abbreviation alone gave 11:00 UTC+01:00, an hour off, without a word.
    let dir = tempfile::tempdir().unwrap();
    let agenda = dir.path().join("summer.toml");
    std::fs::write(
        &agenda,
        "[session]\ntitle = \"Summer\"\ndeclared_minutes = 30\n\n[slot]\nstart = 2024-07-01T10:00:00Z\nduration = 30\n\n\
         [[segments]]\nduration = \"30m\"\ntitle = \"Talk\"\n",
    )
    .unwrap();
    let out = runsheet().args(["sheet", "--tz", "CET", "--format", "csv"]).arg(&agenda).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let csv = String::from_utf8(out.stdout).unwrap();
    assert!(csv.contains("12:00"), "{csv}");
    assert!(!csv.contains("11:00"), "{csv}");
    let winter = runsheet().args(["sheet", "--tz", "CET", "--format", "csv", "seeds/igf2021-ws119.txt"]).output().unwrap();
    assert!(String::from_utf8(winter.stdout).unwrap().contains("11:15"));
}

/// A TOML agenda whose slot, 02:30 on the night Berlin's clocks go forward, does not exist.
fn slot_in_a_gap(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("gap.toml");
    std::fs::write(
        &path,
        "[session]\ntitle = \"Gap\"\ndeclared_minutes = 30\n\n[slot]\nstart = 2024-03-31T02:30:00\ntimezone = \"Europe/Berlin\"\n\
         duration = 30\n\n[[segments]]\nduration = \"30m\"\ntitle = \"Talk\"\n",
    )
    .unwrap();
    path
}

#[test]
fn a_slot_in_a_daylight_saving_gap_is_said_by_sheet_ics_and_build() {
    // Before, the sheet showed offsets without a word and `ics` said the session "has no
    // date and time", though its date and time are written.
    let dir = tempfile::tempdir().unwrap();
    let gap = slot_in_a_gap(dir.path());
    let sheet = runsheet().arg("sheet").arg(&gap).output().unwrap();
    let stderr = String::from_utf8(sheet.stderr).unwrap();
    assert!(stderr.contains("its slot cannot be placed (2024-03-31 02:30:00 does not exist in Europe/Berlin"), "{stderr}");
    let ics = runsheet().arg("ics").arg(&gap).output().unwrap();
    assert_eq!(ics.status.code(), Some(1));
    let stderr = String::from_utf8(ics.stderr).unwrap();
    assert!(stderr.contains("Gap's slot cannot be placed: 2024-03-31 02:30:00 does not exist in Europe/Berlin"), "{stderr}");
    assert!(!stderr.contains("has no date and time"), "{stderr}");
    let build = runsheet().arg("build").arg(&gap).arg("--out-dir").arg(dir.path().join("out")).output().unwrap();
    let stdout = String::from_utf8(build.stdout).unwrap();
    assert!(stdout.contains("no calendar: its slot cannot be placed"), "{stdout}");
}

#[test]
fn tz_for_a_session_without_a_slot_is_said_to_show_no_clock_times() {
    let out = runsheet().args(["sheet", "--tz", "Europe/Berlin", "seeds/igf2019-ws99.txt"]).output().unwrap();
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("IGF 2019 WS #99: it has no slot, so --tz shows no clock times; give its start with --start"), "{stderr}");
    // With a slot, or with --start, nothing is said.
    let out = runsheet().args(["sheet", "--tz", "Europe/Berlin", "seeds/igf2021-ws119.txt"]).output().unwrap();
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    let out = runsheet().args(["sheet", "--tz", "Europe/Berlin", "--start", "2019-11-26T09:30", "seeds/igf2019-ws99.txt"]).output().unwrap();
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn json_is_an_array_of_sheets_for_one_input_or_many() {
    // It was an object for one input and an array for several.
    let one = runsheet().args(["sheet", "--format", "json", "seeds/igf2021-ws119.txt"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&one.stdout).unwrap();
    assert_eq!(v.as_array().map(Vec::len), Some(1), "{v:#}");
    assert_eq!(v[0]["name"], "IGF 2021 WS #119");
    let two = runsheet().args(["sheet", "--format", "json", "seeds/"]).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&two.stdout).unwrap();
    assert_eq!(v.as_array().map(Vec::len), Some(2), "{v:#}");
}

#[test]
fn the_cue_lead_time_is_cue_before_and_the_old_warn_still_works_with_a_note() {
    // `sheet --warn 2m` read like the rule flag `check --warn CODE`.
    let new = runsheet().args(["sheet", "--cue-before", "5m", "seeds/igf2021-ws119.txt"]).output().unwrap();
    assert!(new.status.success() && new.stderr.is_empty(), "{}", String::from_utf8_lossy(&new.stderr));
    assert!(String::from_utf8_lossy(&new.stdout).contains("warning 5 min before each end"));
    let old = runsheet().args(["sheet", "--warn", "5m", "seeds/igf2021-ws119.txt"]).output().unwrap();
    assert_eq!(old.stdout, new.stdout);
    assert!(String::from_utf8_lossy(&old.stderr).contains("`sheet --warn` is now `--cue-before`"));
    runsheet().args(["sheet", "--warn", "5m", "--cue-before", "3m", "seeds/igf2021-ws119.txt"]).assert().code(2);
}
