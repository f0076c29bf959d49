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
        .args(["build", "seeds/", "-o"])
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
        .args(["build", "seeds/igf2019-ws99.txt", "--start", "2019-11-26T09:30", "--tz", "Europe/Berlin", "-o"])
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
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1);
    assert!(out.join("igf-2019-ws-99.md").is_file());
    assert!(out.join("igf-2021-ws-119.ics").is_file());
}

#[test]
fn an_output_directory_that_is_an_input_is_refused() {
    runsheet().args(["build", "seeds/igf2021-ws119.txt", "-o", "seeds/igf2021-ws119.txt"]).assert().code(2);
}
