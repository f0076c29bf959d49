//! `runsheet check`, `rules` and `explain` as a user runs them: exit codes, formats,
//! levels from flags and `runsheet.toml`, standard input, and the SARIF schema.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn runsheet() -> Command {
    let mut c = Command::cargo_bin("runsheet").unwrap();
    c.env("NO_COLOR", "1").current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

const OVERRUN: &str = "tests/data/check/overrun-closing-long.txt";

#[test]
fn exit_codes_follow_severity_and_deny_warnings() {
    runsheet().args(["check", "seeds/igf2019-ws99.txt"]).assert().code(0);
    runsheet().args(["check", "--deny", "warnings", "seeds/igf2019-ws99.txt"]).assert().code(1);
    runsheet().args(["check", "--allow", "no-breakdown", "--deny", "warnings", "seeds/igf2019-ws99.txt"]).assert().code(0);
    runsheet().args(["check", OVERRUN]).assert().code(1);
    runsheet().args(["check", "--warn", "overrun", OVERRUN]).assert().code(0);
    runsheet().args(["check", "--allow", "overrun", "--format", "json", OVERRUN]).assert().code(0).stdout(predicate::str::contains("overrun").not());
}

#[test]
fn usage_and_io_errors_exit_2() {
    runsheet()
        .args(["check", "--deny", "overun", OVERRUN])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("unknown rule code `overun` (did you mean `overrun`?)"));
    runsheet().args(["check", "tests/data/check/no-such-file.txt"]).assert().code(2).stderr(predicate::str::contains("no-such-file.txt"));
    runsheet().args(["check", "--format", "xml", OVERRUN]).assert().code(2);
    runsheet().args(["check", "--config", "tests/data/check/none.toml", OVERRUN]).assert().code(2);
}

#[test]
fn human_output_has_summary_on_stderr_and_no_colour_when_piped() {
    runsheet()
        .args(["check", "seeds/igf2019-ws99.txt", OVERRUN])
        .env_remove("NO_COLOR")
        .assert()
        .code(1)
        .stdout(predicate::str::contains("\u{1b}[").not())
        .stdout(predicate::str::contains("error[overrun]"))
        .stderr(predicate::str::contains("checked 2 files: 1 error, 1 warning"));
}

#[test]
fn stdin_is_read_for_dash() {
    let text = std::fs::read(format!("{}/{OVERRUN}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    runsheet().args(["check", "--format", "github", "-"]).write_stdin(text).assert().code(1).stdout(predicate::str::contains(
        "::error file=-,line=47,col=1063,endLine=47,endColumn=1068,title=overrun::segments end at 01:40 but the session is declared as 90 minutes",
    ));
}

#[test]
fn config_is_found_by_walking_up_and_skipped_as_input() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("proposals/2021");
    std::fs::create_dir_all(&sub).unwrap();
    std::fs::copy(format!("{}/{OVERRUN}", env!("CARGO_MANIFEST_DIR")), sub.join("ws119.txt")).unwrap();
    std::fs::write(dir.path().join("runsheet.toml"), "[check]\nwarn = [\"overrun\"]\ndeny = [\"warnings\"]\n").unwrap();
    let mut c = Command::cargo_bin("runsheet").unwrap();
    c.current_dir(&sub).args(["check", "--format", "json", "."]).assert().code(1).stdout(predicate::str::contains("\"severity\": \"error\""));
    // Without deny-warnings, overrun is a warning and the run passes; the config file in
    // the checked directory is not taken for an agenda.
    std::fs::write(dir.path().join("runsheet.toml"), "[check]\nwarn = [\"overrun\"]\n").unwrap();
    let out = Command::cargo_bin("runsheet").unwrap().current_dir(dir.path()).args(["check", "--format", "json", "."]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(!String::from_utf8(out.stdout).unwrap().contains("runsheet.toml"));
    std::fs::write(dir.path().join("runsheet.toml"), "[check]\nallow = \"gap\"\n").unwrap();
    Command::cargo_bin("runsheet").unwrap().current_dir(&sub).args(["check", "."]).assert().code(2);
}

#[test]
fn sarif_for_the_whole_directory_is_valid() {
    let out = runsheet().args(["check", "--format", "sarif", "tests/data/check", "seeds"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let log: Value = serde_json::from_slice(&out.stdout).unwrap();
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{}/tests/data/sarif/sarif-schema-2.1.0.json", env!("CARGO_MANIFEST_DIR"))).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator.iter_errors(&log).map(|e| format!("{e} at {}", e.instance_path)).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(!log["runs"][0]["results"].as_array().unwrap().is_empty());
}

#[test]
fn rules_and_explain() {
    runsheet().arg("rules").assert().code(0).stdout(predicate::str::contains("overrun").and(predicate::str::contains("role-inferred")));
    runsheet().args(["explain", "gap"]).assert().code(0).stdout(predicate::str::contains("Example"));
    runsheet().args(["explain", "overlpa"]).assert().code(2).stderr(predicate::str::contains("did you mean `overlap`?"));
}

#[test]
fn output_is_deterministic() {
    let a = runsheet().args(["check", "--format", "json", "tests/data/check"]).output().unwrap();
    let b = runsheet().args(["check", "--format", "json", "tests/data/check"]).output().unwrap();
    assert_eq!(a.stdout, b.stdout);
}
