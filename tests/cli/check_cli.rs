//! `runsheet check`, `rules` and `explain` as a user runs them: exit codes, formats,
//! levels from flags and `runsheet.toml`, standard input, and the SARIF schema.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

fn runsheet() -> Command {
    let mut c = Command::cargo_bin("runsheet").unwrap();
    c.env("NO_COLOR", "1")
        .current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

const OVERRUN: &str = "tests/data/check/overrun-closing-long.txt";

#[test]
fn exit_codes_follow_severity_and_deny_warnings() {
    runsheet()
        .args(["check", "seeds/igf2019-ws99.txt"])
        .assert()
        .code(0);
    runsheet()
        .args(["check", "--deny", "warnings", "seeds/igf2019-ws99.txt"])
        .assert()
        .code(1);
    runsheet()
        .args([
            "check",
            "--allow",
            "no-breakdown,name-variant-merged",
            "--deny",
            "warnings",
            "seeds/igf2019-ws99.txt",
        ])
        .assert()
        .code(0);
    runsheet().args(["check", OVERRUN]).assert().code(1);
    runsheet()
        .args(["check", "--warn", "overrun", OVERRUN])
        .assert()
        .code(0);
    runsheet()
        .args(["check", "--allow", "overrun", "--format", "json", OVERRUN])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("\"code\": \"overrun\"").not());
}

#[test]
fn usage_and_io_errors_exit_2() {
    runsheet()
        .args(["check", "--deny", "overun", OVERRUN])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "unknown rule code `overun` (did you mean `overrun`?)",
        ));
    runsheet()
        .args(["check", "tests/data/check/no-such-file.txt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no-such-file.txt"));
    runsheet()
        .args(["check", "--format", "xml", OVERRUN])
        .assert()
        .code(2);
    runsheet()
        .args(["check", "--config", "tests/data/check/none.toml", OVERRUN])
        .assert()
        .code(2);
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
        .stderr(predicate::str::contains(
            "checked 2 files: 1 error, 3 warnings, 3 notes",
        ));
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
    std::fs::copy(
        format!("{}/{OVERRUN}", env!("CARGO_MANIFEST_DIR")),
        sub.join("ws119.txt"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("runsheet.toml"),
        "[check]\nwarn = [\"overrun\"]\ndeny = [\"warnings\"]\n",
    )
    .unwrap();
    let mut c = Command::cargo_bin("runsheet").unwrap();
    c.current_dir(&sub)
        .args(["check", "--format", "json", "."])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("\"severity\": \"error\""));
    // Without deny-warnings, overrun is a warning and the run passes; the config file in
    // the checked directory is not taken for an agenda.
    std::fs::write(
        dir.path().join("runsheet.toml"),
        "[check]\nwarn = [\"overrun\"]\n",
    )
    .unwrap();
    let out = Command::cargo_bin("runsheet")
        .unwrap()
        .current_dir(dir.path())
        .args(["check", "--format", "json", "."])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        !String::from_utf8(out.stdout)
            .unwrap()
            .contains("runsheet.toml")
    );
    std::fs::write(
        dir.path().join("runsheet.toml"),
        "[check]\nallow = \"gap\"\n",
    )
    .unwrap();
    Command::cargo_bin("runsheet")
        .unwrap()
        .current_dir(&sub)
        .args(["check", "."])
        .assert()
        .code(2);
}

#[test]
fn sarif_for_the_whole_directory_is_valid() {
    let out = runsheet()
        .args(["check", "--format", "sarif", "tests/data/check", "seeds"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let log: Value = serde_json::from_slice(&out.stdout).unwrap();
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(format!(
            "{}/tests/data/sarif/sarif-schema-2.1.0.json",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&log)
        .map(|e| format!("{e} at {}", e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(!log["runs"][0]["results"].as_array().unwrap().is_empty());
}

#[test]
fn rules_and_explain() {
    runsheet()
        .arg("rules")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("overrun").and(predicate::str::contains("role-inferred")));
    runsheet()
        .args(["explain", "gap"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains("Example"));
    runsheet()
        .args(["explain", "overlpa"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("did you mean `overlap`?"));
}

#[test]
fn output_is_deterministic() {
    let a = runsheet()
        .args(["check", "--format", "json", "tests/data/check"])
        .output()
        .unwrap();
    let b = runsheet()
        .args(["check", "--format", "json", "tests/data/check"])
        .output()
        .unwrap();
    assert_eq!(a.stdout, b.stdout);
}

/// One proposal with two days, each with its own agenda: a gap on day 1 (line 17), and day 2
/// ends five minutes before its slot (line 28).
const TWO_DAYS: &str = "tests/data/proposals/two-days.txt";

/// `(code, line)` of every diagnostic `check --format json` gives for `paths`.
fn json_codes(args: &[&str]) -> Vec<(String, u64)> {
    let out = runsheet().args(["check", "--format", "json"]).args(args).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    v.as_array().unwrap().iter().map(|d| (d["code"].as_str().unwrap().to_owned(), d["line"].as_u64().unwrap_or(0))).collect()
}

fn count(codes: &[(String, u64)], code: &str) -> usize {
    codes.iter().filter(|(c, _)| c == code).count()
}

#[test]
fn every_session_of_a_text_is_checked() {
    let codes = json_codes(&[TWO_DAYS]);
    let expected: Vec<(String, u64)> =
        [("several-sessions", 15), ("gap", 17), ("underrun", 28)].iter().map(|&(c, l)| (c.to_owned(), l)).collect();
    assert_eq!(codes, expected);
    // Day 2's error fails the run.
    runsheet()
        .args(["check", TWO_DAYS])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("checked 1 file: 1 error, 1 warning, 1 note"));
}

#[test]
fn findings_about_the_file_come_once_for_a_text_with_two_days() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read(TWO_DAYS).unwrap();
    // A NUL byte in day 1's agenda, a Latin-1 byte in day 2's.
    let mut bad = Vec::new();
    for line in text.split_inclusive(|&b| b == b'\n') {
        let line = line.to_vec();
        let line = if line.starts_with(b"10:10 - 10:35 Lightning") { [&line[..14], b"\0", &line[14..]].concat() } else { line };
        let line = if line.starts_with(b"09:05 - 09:35 Roundtable") { [&line[..24], b" r\xe9gulateurs", &line[24..]].concat() } else { line };
        bad.extend(line);
    }
    let path = dir.path().join("two-days-bad.txt");
    std::fs::write(&path, bad).unwrap();
    let codes = json_codes(&[path.to_str().unwrap()]);
    assert_eq!(count(&codes, "control-character"), 1, "{codes:?}");
    assert_eq!(count(&codes, "invalid-utf8"), 1, "{codes:?}");
    assert_eq!(count(&codes, "several-sessions"), 1, "{codes:?}");
    // Both days are still checked.
    assert!(codes.contains(&("gap".to_owned(), 17)) && codes.contains(&("underrun".to_owned(), 28)), "{codes:?}");
    // In position order.
    assert!(codes.windows(2).all(|w| w[0].1 <= w[1].1), "{codes:?}");
}

#[test]
fn a_finding_about_the_people_both_days_share_comes_once() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(TWO_DAYS).unwrap().replace("Rapporteur: Tomas Ruiz", "Rapporteur: Priya Raman");
    let path = dir.path().join("two-days-conflict.txt");
    std::fs::write(&path, text).unwrap();
    let codes = json_codes(&[path.to_str().unwrap()]);
    assert_eq!(count(&codes, "role-conflict"), 1, "{codes:?}");
    assert!(codes.contains(&("gap".to_owned(), 17)) && codes.contains(&("underrun".to_owned(), 28)), "{codes:?}");
}

#[test]
fn checks_across_sessions_see_every_day() {
    // The programme puts both days in one room at overlapping times: only day 2 can clash
    // with day 1.
    let dir = tempfile::tempdir().unwrap();
    let programme = dir.path().join("programme.csv");
    std::fs::write(
        &programme,
        "id,start,end,tz,room\n\
         IGF 2025 WS #412 (day 1),2025-06-24T10:00,2025-06-24T11:00,UTC,Room 5\n\
         IGF 2025 WS #412 (day 2),2025-06-24T10:30,2025-06-24T11:30,UTC,Room 5\n",
    )
    .unwrap();
    let codes = json_codes(&["--schedule", programme.to_str().unwrap(), TWO_DAYS]);
    assert_eq!(count(&codes, "room-overlap"), 1, "{codes:?}");
    assert_eq!(count(&codes, "slot-disagrees"), 1, "day 2's slot is moved: {codes:?}");
    assert_eq!(count(&codes, "programme-unmatched"), 0, "both days match: {codes:?}");
}

#[cfg(unix)]
#[test]
fn a_symlink_loop_in_a_directory_is_walked_once_not_forever() {
    // `ln -s . d/a; ln -s . d/b` used to make `check d` walk d/a/b/a/... until killed.
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("d");
    std::fs::create_dir(&d).unwrap();
    std::fs::copy(concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/igf2021-ws119.txt"), d.join("ws119.txt")).unwrap();
    std::os::unix::fs::symlink(".", d.join("a")).unwrap();
    std::os::unix::fs::symlink(".", d.join("b")).unwrap();
    let out = runsheet().arg("check").arg(&d).timeout(std::time::Duration::from_secs(60)).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stderr).contains("checked 1 file"), "{}", String::from_utf8_lossy(&out.stderr));
}

/// Every code the code base can emit, read from `src/`: the kebab-case string literals that
/// are the first argument of the calls that make notes and diagnostics (`note("…"`,
/// `tally.add("…"`, `Diagnostic::new("…"`, `mk("…"`), a `code: "…"` field or a `&str`
/// constant.
fn emitted_codes() -> std::collections::BTreeSet<String> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
    let mut codes = std::collections::BTreeSet::new();
    for f in files {
        let all = std::fs::read_to_string(&f).unwrap();
        // Unit tests below `#[cfg(test)]` emit nothing.
        let text = all.split("#[cfg(test)]\nmod tests").next().unwrap_or_default();
        for (at, _) in text.match_indices('"') {
            let rest = &text[at + 1..];
            let Some(end) = rest.find('"') else { continue };
            let lit = &rest[..end];
            let kebab = !lit.is_empty()
                && lit.split('-').all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
                && lit.as_bytes()[0].is_ascii_lowercase();
            let before = text[..at].trim_end();
            let emits = ["add(", "note(", "mk(", "Diagnostic::new(", "code:", "&str ="].iter().any(|c| before.ends_with(c));
            if kebab && emits {
                codes.insert(lit.to_owned());
            }
        }
    }
    codes
}

#[test]
fn every_code_the_code_base_emits_is_listed_explained_relevelable_and_in_sarif() {
    let codes = emitted_codes();
    // The scan finds the codes of all three origins (a check, a parser note, a programme note).
    for known in ["overrun", "role-inferred", "date-from-day", "room-overlap", "schedule-unreadable"] {
        assert!(codes.contains(known), "the scan missed `{known}`: {codes:?}");
    }
    let out = runsheet().args(["rules", "--format", "json"]).output().unwrap();
    assert!(out.status.success());
    let rules: Value = serde_json::from_slice(&out.stdout).unwrap();
    let listed: Vec<&str> = rules.as_array().unwrap().iter().map(|r| r["code"].as_str().unwrap()).collect();
    let text = String::from_utf8(runsheet().arg("rules").output().unwrap().stdout).unwrap();
    for code in &codes {
        assert!(listed.contains(&code.as_str()), "`{code}` is not in `rules --format json`");
        assert!(text.lines().any(|l| l.split_whitespace().next() == Some(code)), "`{code}` is not in `rules`");
        let explain = runsheet().args(["explain", code]).output().unwrap();
        assert!(explain.status.success() && explain.stdout.starts_with(code.as_bytes()), "`explain {code}`: {}", String::from_utf8_lossy(&explain.stderr));
    }
    // Each can be re-levelled (an unknown code is a usage error, exit 2).
    let all = codes.iter().cloned().collect::<Vec<_>>().join(",");
    for flag in ["--allow", "--warn", "--deny"] {
        let out = runsheet().args(["check", flag, &all, "seeds/igf2021-ws119.txt"]).output().unwrap();
        assert!(!String::from_utf8_lossy(&out.stderr).contains("unknown rule"), "{flag}: {}", String::from_utf8_lossy(&out.stderr));
        assert_ne!(out.status.code(), Some(2), "{flag}");
    }
    // SARIF lists every one in driver.rules, and each result's ruleIndex points at its rule,
    // programme notes included.
    let out = runsheet()
        .args(["check", "--format", "sarif", "--schedule", "tests/data/schedules/30c3-frab-2013.json", "seeds/"])
        .output()
        .unwrap();
    let log: Value = serde_json::from_slice(&out.stdout).unwrap();
    let driver_rules = log["runs"][0]["tool"]["driver"]["rules"].as_array().unwrap();
    let ids: Vec<&str> = driver_rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    for code in &codes {
        assert!(ids.contains(&code.as_str()), "`{code}` is not in SARIF driver.rules");
    }
    let results = log["runs"][0]["results"].as_array().unwrap();
    assert!(results.iter().any(|r| r["ruleId"] == "date-from-day"), "{results:#?}");
    for r in results {
        let i = usize::try_from(r["ruleIndex"].as_u64().unwrap_or_else(|| panic!("no ruleIndex: {r:#}"))).unwrap();
        assert_eq!(driver_rules[i]["id"], r["ruleId"]);
    }
}

#[test]
fn each_file_takes_the_nearest_configuration_above_it() {
    // As ruff does: a/runsheet.toml makes overrun a warning for a/'s files only; b/ has none.
    // Before, only the configuration above the current directory was read (here: none).
    let dir = tempfile::tempdir().unwrap();
    let overrun = std::fs::read_to_string(format!("{}/{OVERRUN}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    for sub in ["a", "b"] {
        std::fs::create_dir(dir.path().join(sub)).unwrap();
        std::fs::write(dir.path().join(sub).join("ws.txt"), &overrun).unwrap();
    }
    std::fs::write(dir.path().join("a/runsheet.toml"), "[check]\nwarn = [\"overrun\"]\n").unwrap();
    let out = Command::cargo_bin("runsheet")
        .unwrap()
        .current_dir(dir.path())
        .args(["check", "--format", "json", "a", "b"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let found: Value = serde_json::from_slice(&out.stdout).unwrap();
    let overruns: Vec<(String, String)> = found
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "overrun")
        .map(|d| (d["file"].as_str().unwrap().to_owned(), d["severity"].as_str().unwrap().to_owned()))
        .collect();
    assert_eq!(overruns, [("a/ws.txt".to_owned(), "warning".to_owned()), ("b/ws.txt".to_owned(), "error".to_owned())]);
}

#[test]
fn configuration_errors_and_unknown_tables_are_located() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(format!("{}/seeds/igf2021-ws119.txt", env!("CARGO_MANIFEST_DIR")), dir.path().join("ws.txt")).unwrap();
    // A table runsheet does not read is said (it was ignored without a word).
    std::fs::write(dir.path().join("runsheet.toml"), "[check]\nallow = [\"gap\"]\n\n[sheets]\nwarn = 2\n").unwrap();
    let out = Command::cargo_bin("runsheet").unwrap().current_dir(dir.path()).args(["check", "ws.txt"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("runsheet.toml:4:2: `sheets` is not a table runsheet reads"), "{stderr}");
    // A TOML error is FILE:LINE:COLUMN: one line (it printed `\u{a}` for each line break).
    std::fs::write(dir.path().join("runsheet.toml"), "[check]\nallow = [\"gap\"\n").unwrap();
    let out = Command::cargo_bin("runsheet").unwrap().current_dir(dir.path()).args(["check", "ws.txt"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("runsheet.toml:2:15: unclosed array"), "{stderr}");
    assert!(!stderr.contains("\\u{a}") && stderr.lines().count() == 1, "{stderr}");
}

#[test]
fn the_human_format_is_called_text_and_human_still_works() {
    let text = runsheet().args(["check", "--format", "text", OVERRUN]).output().unwrap();
    let human = runsheet().args(["check", "--format", "human", OVERRUN]).output().unwrap();
    assert_eq!(text.status.code(), Some(1));
    assert_eq!((text.stdout, text.stderr), (human.stdout, human.stderr));
    let help = runsheet().args(["check", "--help"]).output().unwrap();
    assert!(String::from_utf8_lossy(&help.stdout).contains("- text:"));
}

#[test]
fn the_same_session_given_twice_is_one_duplicate_session_finding() {
    // `check seeds/igf2021-ws119.txt seeds/igf2021-ws119.txt` gave a room and a person
    // overlap (exit 1) for one session given twice; a renamed copy in a folder did the same.
    let dir = tempfile::tempdir().unwrap();
    let seed = format!("{}/seeds/igf2021-ws119.txt", env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(&seed, dir.path().join("ws119.txt")).unwrap();
    std::fs::copy(&seed, dir.path().join("ws119-v2.txt")).unwrap();
    for args in [vec![seed.clone(), seed.clone()], vec![dir.path().display().to_string()]] {
        let out = runsheet().args(["check", "--format", "json"]).args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let found: Value = serde_json::from_slice(&out.stdout).unwrap();
        let loud: Vec<(&str, &str)> = found
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["severity"] != "note")
            .map(|d| (d["code"].as_str().unwrap(), d["message"].as_str().unwrap()))
            .collect();
        assert_eq!(loud.len(), 1, "{loud:#?}");
        assert_eq!(loud[0].0, "duplicate-session");
        assert!(loud[0].1.starts_with("`IGF 2021 WS #119` is given 2 times") && loud[0].1.contains("(also: "), "{loud:#?}");
    }
    // Two different sessions that share an id are not copies: their conflicts are reported.
    let other = std::fs::read_to_string(&seed).unwrap().replace("The Next Chapter of UN Cyber Dialogues", "Another workshop");
    std::fs::write(dir.path().join("ws119-v2.txt"), other).unwrap();
    let out = runsheet().args(["check", "--format", "json"]).arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let found: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(found.as_array().unwrap().iter().any(|d| d["code"] == "room-overlap"));
    assert!(!found.as_array().unwrap().iter().any(|d| d["code"] == "duplicate-session"));
}

#[test]
fn directories_are_walked_as_ripgrep_and_ruff_walk_them() {
    // `check .` read `pyproject.toml` as an agenda and files under `.git/`, honoured no
    // `.gitignore`, and had no `--exclude`.
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let seed = |name: &str| std::fs::read_to_string(format!("{}/seeds/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    for sub in ["sub", "drafts", ".git"] {
        std::fs::create_dir(d.join(sub)).unwrap();
    }
    std::fs::write(d.join("sub/ws119.txt"), seed("igf2021-ws119.txt")).unwrap();
    std::fs::write(d.join("drafts/ws99.txt"), seed("igf2019-ws99.txt")).unwrap();
    std::fs::write(d.join(".git/notes.txt"), "not a proposal").unwrap();
    std::fs::write(d.join("pyproject.toml"), "[project]\nname = \"x\"\n").unwrap();
    std::fs::write(d.join(".gitignore"), "old.txt\n").unwrap();
    std::fs::write(d.join("old.txt"), "IGF 2021 WS #1 Old\n").unwrap();
    std::fs::write(d.join("ws119.sheet.txt"), "a run-sheet runsheet wrote").unwrap();
    let files = |args: &[&str]| -> Vec<String> {
        let out = Command::cargo_bin("runsheet").unwrap().current_dir(d).args(["check", "--format", "json"]).args(args).output().unwrap();
        assert_ne!(out.status.code(), Some(2), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        let found: Value = serde_json::from_slice(&out.stdout).unwrap();
        let mut f: Vec<String> = found.as_array().unwrap().iter().map(|x| x["file"].as_str().unwrap().to_owned()).collect();
        f.sort();
        f.dedup();
        f
    };
    assert_eq!(files(&["."]), ["./drafts/ws99.txt", "./sub/ws119.txt"]);
    assert_eq!(files(&[".", "--exclude", "drafts/"]), ["./sub/ws119.txt"]);
    // A file named on the command line is read whatever the ignore files say.
    assert_eq!(files(&[".", "--exclude", "drafts/", "old.txt"]), ["./sub/ws119.txt", "old.txt"]);
    let all = files(&[".", "--no-ignore"]);
    assert!(all.contains(&"./.git/notes.txt".to_owned()) && all.contains(&"./old.txt".to_owned()), "{all:?}");
    assert!(!all.iter().any(|f| f.ends_with("pyproject.toml") || f.ends_with(".sheet.txt")), "{all:?}");
}

#[test]
fn text_sheets_written_into_the_input_folder_are_not_read_back_next_run() {
    // A second `sheet --out-dir props props/` refused: the first run's .txt sheets had become
    // inputs. They are `.sheet.txt` now, which walking skips.
    let dir = tempfile::tempdir().unwrap();
    let props = dir.path().join("props");
    std::fs::create_dir(&props).unwrap();
    std::fs::copy(format!("{}/seeds/igf2021-ws119.txt", env!("CARGO_MANIFEST_DIR")), props.join("igf-2021-ws-119.txt")).unwrap();
    for _ in 0..2 {
        let out = Command::cargo_bin("runsheet").unwrap().args(["sheet", "--format", "text", "--out-dir"]).arg(&props).arg(&props).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let mut names: Vec<String> = std::fs::read_dir(&props).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    assert_eq!(names, ["igf-2021-ws-119.sheet.txt", "igf-2021-ws-119.txt"]);
    // The proposal of the same stem is untouched.
    assert_eq!(std::fs::read(props.join("igf-2021-ws-119.txt")).unwrap(), std::fs::read(format!("{}/seeds/igf2021-ws119.txt", env!("CARGO_MANIFEST_DIR"))).unwrap());
}

#[test]
fn init_writes_an_agenda_that_checks_clean_and_a_configuration_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().join("new");
    let out = runsheet().arg("init").arg(&d).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let agenda = d.join("agenda.toml");
    // The configuration beside it is read (no error), and the agenda has no finding at all.
    let check = Command::cargo_bin("runsheet").unwrap().current_dir(&d).args(["check", "--format", "json", "agenda.toml"]).output().unwrap();
    assert_eq!(check.status.code(), Some(0), "{}", String::from_utf8_lossy(&check.stderr));
    let found: Value = serde_json::from_slice(&check.stdout).unwrap();
    assert_eq!(found.as_array().map(Vec::len), Some(0), "{found:#}");
    let sheet = runsheet().arg("sheet").arg(&agenda).output().unwrap();
    assert!(String::from_utf8_lossy(&sheet.stdout).contains("10:50  T+00:50   10  Questions and closing"));
    // A second init changes nothing and fails.
    std::fs::write(&agenda, "mine").unwrap();
    let again = runsheet().arg("init").arg(&d).output().unwrap();
    assert_eq!(again.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(&agenda).unwrap(), "mine");
}

#[test]
fn completions_and_the_manual_page_come_from_the_argument_definitions() {
    for (shell, marker) in [("bash", "complete -F"), ("zsh", "#compdef runsheet"), ("fish", "complete -c runsheet")] {
        let out = runsheet().args(["completions", shell]).output().unwrap();
        let script = String::from_utf8(out.stdout).unwrap();
        assert!(out.status.success() && script.contains(marker) && script.contains("cue-before"), "{shell}");
    }
    let man = runsheet().arg("man").output().unwrap();
    let page = String::from_utf8(man.stdout).unwrap();
    assert!(page.starts_with(".ie") || page.contains(".TH runsheet 1"), "{page}");
    for sub in ["check", "build", "ics", "sheet", "export", "init"] {
        assert!(page.contains(&format!(".TH runsheet-{sub} 1")), "no page for {sub}");
    }
}

#[test]
fn a_finding_across_files_lists_the_other_files_sessions_as_related_places() {
    // A room overlap between a.txt and b.txt was reported in a.txt with nothing pointing at
    // b.txt in JSON or SARIF.
    let dir = tempfile::tempdir().unwrap();
    let seed = std::fs::read_to_string(format!("{}/seeds/igf2021-ws119.txt", env!("CARGO_MANIFEST_DIR"))).unwrap();
    std::fs::write(dir.path().join("a.txt"), &seed).unwrap();
    std::fs::write(dir.path().join("b.txt"), seed.replace("IGF 2021 WS #119", "IGF 2021 WS #120")).unwrap();
    let run = |format: &str| -> Value {
        let out = Command::cargo_bin("runsheet").unwrap().current_dir(dir.path()).args(["check", "--format", format, "a.txt", "b.txt"]).output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let json = run("json");
    let overlap = json.as_array().unwrap().iter().find(|d| d["code"] == "room-overlap").unwrap();
    assert_eq!(overlap["file"], "a.txt");
    // The other session's room, where the room overlap points in each session.
    let room_line = seed.lines().position(|l| l.contains("Conference Room 6")).unwrap() + 1;
    assert_eq!(overlap["line"], room_line);
    assert_eq!(overlap["related"], serde_json::json!([{"file": "b.txt", "line": room_line, "column": 1, "message": "the other session"}]));
    // Findings within one file carry no `related` key.
    assert!(json.as_array().unwrap().iter().filter(|d| d["code"] == "role-inferred").all(|d| d.get("related").is_none()));
    // The human report says where the other session is, under the finding.
    let human = Command::cargo_bin("runsheet").unwrap().current_dir(dir.path()).env("NO_COLOR", "1").args(["check", "a.txt", "b.txt"]).output().unwrap();
    let text = String::from_utf8(human.stdout).unwrap();
    assert!(text.contains(&format!("= note: the other session at b.txt:{room_line}:1")), "{text}");
    let sarif = run("sarif");
    let result = sarif["runs"][0]["results"].as_array().unwrap().iter().find(|r| r["ruleId"] == "room-overlap").unwrap();
    let related = &result["relatedLocations"][0];
    assert_eq!(related["physicalLocation"]["artifactLocation"]["uri"], "b.txt");
    assert_eq!(related["physicalLocation"]["region"]["startLine"], room_line);
}

#[test]
fn the_text_report_lists_ten_other_places_and_counts_the_rest() {
    // 13 workshops in one room at once: the text report listed 12 notes under the finding
    // (for 10,000 copies, 9,999 lines); it lists 10 and counts the rest, and the JSON
    // report still holds all 12.
    let dir = tempfile::tempdir().unwrap();
    let seed = std::fs::read_to_string(format!("{}/seeds/igf2021-ws119.txt", env!("CARGO_MANIFEST_DIR"))).unwrap();
    for n in 0..13 {
        std::fs::write(dir.path().join(format!("ws{n:02}.txt")), seed.replace("IGF 2021 WS #119", &format!("IGF 2021 WS #{}", 200 + n))).unwrap();
    }
    let human = Command::cargo_bin("runsheet").unwrap().current_dir(dir.path()).env("NO_COLOR", "1").args(["check", "."]).output().unwrap();
    assert_eq!(human.status.code(), Some(1));
    let text = String::from_utf8(human.stdout).unwrap();
    let finding = text.split("\n\n").find(|b| b.starts_with("error[room-overlap]")).expect("a room overlap");
    assert_eq!(finding.matches("= note: the other session at").count(), 10, "{finding}");
    assert!(finding.contains("= note: and 2 more places (all of them in --format json or sarif)"), "{finding}");
    let out = Command::cargo_bin("runsheet").unwrap().current_dir(dir.path()).args(["check", "--format", "json", "."]).output().unwrap();
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    let overlap = json.as_array().unwrap().iter().find(|d| d["code"] == "room-overlap").unwrap();
    assert_eq!(overlap["related"].as_array().unwrap().len(), 12);
}

#[test]
fn quiet_prints_findings_warnings_and_errors_only() {
    let dir = tempfile::tempdir().unwrap();
    let check = runsheet().args(["check", "--quiet", OVERRUN]).output().unwrap();
    assert_eq!(check.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&check.stdout).contains("error[overrun]"));
    assert!(!String::from_utf8_lossy(&check.stderr).contains("checked 1 file"));
    let sheet = runsheet().args(["-q", "sheet", "seeds/igf2021-ws119.txt", "--out-dir"]).arg(dir.path()).output().unwrap();
    assert!(sheet.status.success() && sheet.stderr.is_empty(), "{}", String::from_utf8_lossy(&sheet.stderr));
    assert!(dir.path().join("igf-2021-ws-119.sheet.txt").is_file());
    let export = runsheet()
        .args(["export", "-q", "--format", "frab-json", "tests/data/schedules/30c3-frab-2013.json", "-o"])
        .arg(dir.path().join("x.json"))
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&export.stderr);
    assert!(stderr.contains("warning:") && stderr.contains("[zone-missing]"), "{stderr}");
    assert!(!stderr.contains("info:"), "{stderr}");
}

#[test]
fn a_declared_length_written_approximately_caps_its_overrun_at_a_warning() {
    // `Duration: about 90 minutes` is read as the session's length, said to be approximate;
    // an agenda 10 minutes over it is a warning that says why, not an error, and the field
    // is no longer reported as unreadable.
    let text = "Workshop\nDuration: about 90 minutes\n\n- Intro (10 min)\n- Talk (50 min)\n- Q&A (40 min)\n";
    let out = runsheet().args(["check", "--format", "json", "-"]).write_stdin(text).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let found = v.to_string();
    assert!(found.contains("approximate-length") && found.contains("about 90 minutes"), "{found}");
    assert!(!found.contains("unreadable-duration"), "{found}");
    let overrun = v.as_array().unwrap().iter().find(|d| d["code"] == "overrun").unwrap();
    assert_eq!(overrun["severity"], "warning");
    assert!(overrun["message"].as_str().unwrap().ends_with("a length it rests on is approximate (see approximate-length)"), "{overrun}");
    // Written exactly, the same overrun is an error.
    let exact = text.replace("about 90", "90");
    runsheet().args(["check", "-"]).write_stdin(exact).assert().code(1);
}
