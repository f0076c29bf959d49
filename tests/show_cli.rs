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
