//! `runsheet check --schedule`: a programme merged into proposals, and checks across sessions.

use assert_cmd::Command;

fn codes(args: &[&str]) -> (Vec<(String, String, String)>, i32) {
    let out = Command::cargo_bin("runsheet").unwrap().args(["check", "--format", "json"]).args(args).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let list = v
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] != "note")
        .map(|d| {
            (
                d["file"].as_str().unwrap().to_owned(),
                d["code"].as_str().unwrap().to_owned(),
                d["severity"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    (list, out.status.code().unwrap())
}

#[test]
fn programme_slots_beat_proposals_and_conflicts_are_reported() {
    let (found, code) = codes(&["--schedule", "tests/data/schedules/seeds-conflict.csv", "seeds/"]);
    let has = |file: &str, c: &str| found.iter().any(|(f, k, _)| f == file && k == c);
    assert!(has("seeds/igf2021-ws119.txt", "slot-disagrees"), "{found:?}");
    assert!(has("seeds/igf2021-ws119.txt", "slot-mismatch"), "{found:?}");
    assert!(has("seeds/igf2021-ws119.txt", "agenda-exceeds-slot"), "{found:?}");
    assert!(has("seeds/igf2021-ws119.txt", "room-overlap"), "{found:?}");
    assert!(has("seeds/igf2019-ws99.txt", "no-breakdown"), "{found:?}");
    assert_eq!(code, 1);
}

#[test]
fn seeds_without_a_programme_have_no_cross_session_findings() {
    let (found, code) = codes(&["seeds/"]);
    assert!(found.iter().all(|(_, k, _)| !k.contains("overlap")), "{found:?}");
    assert_eq!(code, 0);
}

#[test]
fn a_published_programme_is_checked_on_its_own() {
    let (found, code) = codes(&["--schedule", "tests/data/schedules/pretalx-democon.json"]);
    assert!(found.iter().any(|(_, k, s)| k == "person-overlap" && s == "error"), "{found:?}");
    assert!(found.iter().any(|(_, k, _)| k == "zone-offset-mismatch"), "{found:?}");
    assert_eq!(code, 1);
    let (found, code) = codes(&["--schedule", "tests/data/schedules/hub-schedule2.json"]);
    assert!(found.is_empty(), "{found:?}");
    assert_eq!(code, 0);
}

#[test]
fn programme_rules_can_be_explained_and_allowed() {
    Command::cargo_bin("runsheet").unwrap().args(["explain", "room-overlap"]).assert().success();
    let (found, code) = codes(&[
        "--allow",
        "person-overlap",
        "--schedule",
        "tests/data/schedules/pretalx-democon.json",
    ]);
    assert!(found.iter().all(|(_, k, _)| k != "person-overlap"), "{found:?}");
    assert_eq!(code, 0);
}
