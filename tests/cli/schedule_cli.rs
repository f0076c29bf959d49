//! `runsheet export` from the command line: formats, output file, failures.

use assert_cmd::Command;
use predicates::str::contains;

fn data(rel: &str) -> String {
    format!("{}/tests/data/schedules/{rel}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn exports_json_to_stdout_and_xml_to_a_file() {
    let out = Command::cargo_bin("runsheet").unwrap().args(["export", "--format", "frab-json", &data("frab-camp2019.json")]).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["schedule"]["conference"]["acronym"], "camp2019");
    assert!(String::from_utf8_lossy(&out.stderr).contains("[acronym-invalid]"));

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("schedule.xml");
    Command::cargo_bin("runsheet")
        .unwrap()
        .args(["export", "--format", "frab-xml", "-o"])
        .arg(&file)
        .args([data("programme.csv"), data("programme.toml")])
        .assert()
        .success();
    let xml = std::fs::read_to_string(&file).unwrap();
    assert_eq!(xml.matches("<event ").count(), 5);
    assert!(xml.contains("<title>Data governance</title>"));
}

#[test]
fn an_unreadable_input_writes_nothing_and_exits_2() {
    // Unreadable input is exit 2 for every command (README, Exit codes).
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"schedule\": [").unwrap();
    let file = dir.path().join("out.json");
    Command::cargo_bin("runsheet")
        .unwrap()
        .args(["export", "--format", "frab-json", "-o"])
        .arg(&file)
        .arg(data("pretalx-democon.json"))
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(contains("bad.json:1:"));
    assert!(!file.exists());
}

#[test]
fn format_is_required_and_inputs_are_not_overwritten() {
    Command::cargo_bin("runsheet").unwrap().args(["export", &data("programme.csv")]).assert().code(2);
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("p.csv");
    std::fs::copy(data("programme.csv"), &input).unwrap();
    Command::cargo_bin("runsheet")
        .unwrap()
        .args(["export", "--format", "frab-json", "-o"])
        .arg(&input)
        .arg(&input)
        .assert()
        .code(2)
        .stderr(contains("one of the inputs"));
}
