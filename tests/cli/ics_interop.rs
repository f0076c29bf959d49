//! Interop: the .ics files `runsheet ics` writes are read by nine independent real
//! iCalendar consumers (tools/ics-check), and every one of them sees exactly the UTC start
//! and end of every event that runsheet computed.
//!
//! Needs the consumers installed (`.ci/install-ics-check.sh`). When they are missing the
//! test fails with RUNSHEET_REQUIRE_TOOLS=1 (CI) and is skipped loudly otherwise.

use crate::checker;

use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::{Duration, NaiveDateTime, SecondsFormat, Utc};
use runsheet::render::ics;
use runsheet::source::Source;

const EPOCH: &str = "1700000000";

/// One calendar to write: inputs, options, and the hand-computed UTC start and end of the
/// first session (an independent check of the parser and the zone rules).
struct Case {
    name: &'static str,
    inputs: &'static [&'static str],
    args: &'static [&'static str],
    first: (&'static str, &'static str),
}

const fn case(
    name: &'static str,
    inputs: &'static [&'static str],
    args: &'static [&'static str],
    first: (&'static str, &'static str),
) -> Case {
    Case { name, inputs, args, first }
}

const D: &str = "tests/data/ics/";

fn cases() -> Vec<Case> {
    vec![
        case("seed-2021", &["seeds/igf2021-ws119.txt"], &[], ("2021-12-10T10:15:00Z", "2021-12-10T11:45:00Z")),
        case(
            "seed-2021-segments-warsaw",
            &["seeds/igf2021-ws119.txt"],
            &["--segments", "--tz", "Europe/Warsaw"],
            ("2021-12-10T10:15:00Z", "2021-12-10T11:45:00Z"),
        ),
        case(
            "seed-2019-start",
            &["seeds/igf2019-ws99.txt"],
            &["--start", "2019-11-26T09:30", "--tz", "Europe/Berlin"],
            ("2019-11-26T08:30:00Z", "2019-11-26T10:00:00Z"),
        ),
        case(
            "berlin-before",
            &["berlin-2024-10-26-before-change.toml"],
            &[],
            ("2024-10-26T07:15:00Z", "2024-10-26T08:45:00Z"),
        ),
        case(
            "berlin-across-segments",
            &["berlin-2024-10-27-across-change.toml"],
            &["--segments"],
            ("2024-10-26T23:30:00Z", "2024-10-27T03:00:00Z"),
        ),
        case(
            "berlin-repeated",
            &["berlin-2024-10-27-repeated-hour.toml"],
            &["--segments"],
            ("2024-10-27T00:30:00Z", "2024-10-27T02:30:00Z"),
        ),
        case(
            "berlin-after",
            &["berlin-2024-10-28-after-change.toml"],
            &[],
            ("2024-10-28T08:15:00Z", "2024-10-28T09:45:00Z"),
        ),
        case(
            "berlin-spring",
            &["berlin-2024-03-31-spring-day.toml"],
            &[],
            ("2024-03-31T08:00:00Z", "2024-03-31T09:30:00Z"),
        ),
        case(
            "sao-paulo-2024",
            &["sao-paulo-2024-11-12-no-dst.toml"],
            &[],
            ("2024-11-12T13:00:00Z", "2024-11-12T14:30:00Z"),
        ),
        case(
            "sao-paulo-2018",
            &["sao-paulo-2018-11-12-old-dst.toml"],
            &[],
            ("2018-11-12T12:00:00Z", "2018-11-12T13:30:00Z"),
        ),
        case(
            "kolkata-invite",
            &["kolkata-2024-11-12.toml"],
            &["--invite"],
            ("2024-11-12T04:30:00Z", "2024-11-12T06:00:00Z"),
        ),
        case(
            "sydney-aedt",
            &["sydney-2024-04-06-last-aedt-day.toml"],
            &[],
            ("2024-04-05T23:00:00Z", "2024-04-06T00:30:00Z"),
        ),
        case("sydney-aest", &["sydney-2024-04-08-aest.toml"], &[], ("2024-04-08T00:00:00Z", "2024-04-08T01:30:00Z")),
        case(
            "sydney-october-segments",
            &["sydney-2024-10-06-spring-day.toml"],
            &["--segments"],
            ("2024-10-05T23:00:00Z", "2024-10-06T00:30:00Z"),
        ),
        case("riyadh", &["riyadh-2024-12-16.toml"], &[], ("2024-12-16T07:00:00Z", "2024-12-16T08:30:00Z")),
        case(
            "auckland-nzst-invite-segments",
            &["auckland-2024-09-28-nzst.toml"],
            &["--invite", "--segments"],
            ("2024-09-27T22:00:00Z", "2024-09-27T23:30:00Z"),
        ),
        case(
            "auckland-nzdt",
            &["auckland-2024-09-30-nzdt.toml"],
            &[],
            ("2024-09-29T21:00:00Z", "2024-09-29T22:30:00Z"),
        ),
        case("utc", &["utc-2024-06-01.toml"], &["--no-alarm"], ("2024-06-01T09:00:00Z", "2024-06-01T10:30:00Z")),
        case("fixed-offset", &["fixed-offset-2024-06-01.toml"], &[], ("2024-06-01T03:15:00Z", "2024-06-01T04:45:00Z")),
        case(
            "no-slot-start-in-repeated-hour",
            &["no-slot-90-min.toml"],
            &["--start", "2024-10-27T02:30", "--tz", "Europe/Berlin", "--segments"],
            ("2024-10-27T00:30:00Z", "2024-10-27T02:00:00Z"),
        ),
        case(
            "injection-invite",
            &["injection.toml"],
            &["--invite", "--segments"],
            ("2024-06-01T07:00:00Z", "2024-06-01T08:30:00Z"),
        ),
        case(
            "kolkata-in-sydney",
            &["kolkata-2024-11-12.toml"],
            &["--tz", "Australia/Sydney"],
            ("2024-11-12T04:30:00Z", "2024-11-12T06:00:00Z"),
        ),
        case(
            "all-in-one",
            &[
                "berlin-2024-10-26-before-change.toml",
                "sao-paulo-2024-11-12-no-dst.toml",
                "kolkata-2024-11-12.toml",
                "sydney-2024-04-06-last-aedt-day.toml",
                "riyadh-2024-12-16.toml",
                "auckland-2024-09-30-nzdt.toml",
                "utc-2024-06-01.toml",
                "seeds/igf2021-ws119.txt",
            ],
            &["--segments"],
            ("2024-10-26T07:15:00Z", "2024-10-26T08:45:00Z"),
        ),
    ]
}

fn input_path(root: &Path, input: &str) -> PathBuf {
    if input.starts_with("seeds/") { root.join(input) } else { root.join(D).join(input) }
}

fn utc(t: chrono::DateTime<chrono::FixedOffset>) -> String {
    t.with_timezone(&Utc).to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn arg_after<'a>(args: &[&'a str], flag: &str) -> Option<&'a str> {
    args.iter().position(|a| *a == flag).map(|i| args[i + 1])
}

/// The UTC (start, end) of every event runsheet means to write, from its own model.
fn expected(root: &Path, c: &Case) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for input in c.inputs {
        let path = input_path(root, input);
        let source = Source::from_bytes(path.display().to_string(), &std::fs::read(&path).unwrap());
        // One event for each session the input holds.
        for mut session in runsheet::parse::parse(&source).unwrap() {
            if session.slot.is_none() {
                let start = NaiveDateTime::parse_from_str(arg_after(c.args, "--start").unwrap(), "%Y-%m-%dT%H:%M").unwrap();
                let zone = runsheet::time::zone_from_name(arg_after(c.args, "--tz").unwrap()).unwrap();
                session = ics::with_start(&session, start, &zone).unwrap().session;
            }
            let slot = &session.slot.as_ref().unwrap().value;
            out.push((utc(slot.start), utc(slot.end)));
            if c.args.contains(&"--segments") {
                for s in &session.segments {
                    let at = |m: i32| utc(slot.start + Duration::minutes(i64::from(m)));
                    out.push((at(s.start.value), at(s.end.value)));
                }
            }
        }
    }
    out.sort();
    out
}

#[test]
fn nine_consumers_read_every_calendar_at_runsheets_instants() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let cases = cases();
    assert!(cases.len() >= 17);
    let mut files = Vec::new();
    for c in &cases {
        let out = dir.path().join(format!("{}.ics", c.name));
        let status = Command::new(env!("CARGO_BIN_EXE_runsheet"))
            .arg("ics")
            .args(c.inputs.iter().map(|i| input_path(root, i)))
            .args(c.args)
            .arg("-o")
            .arg(&out)
            .env("SOURCE_DATE_EPOCH", EPOCH)
            .output()
            .unwrap();
        assert!(
            status.status.success(),
            "{}: runsheet ics failed: {}",
            c.name,
            String::from_utf8_lossy(&status.stderr)
        );
        let want = expected(root, c);
        assert!(want.contains(&(c.first.0.to_owned(), c.first.1.to_owned())), "{}: runsheet computed {want:?}", c.name);
        files.push((c, out, want));
    }
    // The icalendar crate reads every calendar too, whether or not ics-check is installed.
    for (c, path, want) in &files {
        let events = checker::read_back(path);
        assert!(events >= want.len().min(1), "{}: {events} events", c.name);
    }
    let Some(checker) = checker::ics_check("ics_interop") else { return };
    let run = Command::new(&checker).args(["--json", "-"]).args(files.iter().map(|(_, f, _)| f)).output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&run.stdout)
        .unwrap_or_else(|e| panic!("ics-check printed no JSON ({e}): {}", String::from_utf8_lossy(&run.stderr)));
    let mut failures = Vec::new();
    for ((c, path, want), rep) in files.iter().zip(report["files"].as_array().unwrap()) {
        assert_eq!(rep["file"].as_str().unwrap(), path.to_str().unwrap());
        if rep["ok"] != serde_json::Value::Bool(true) {
            failures.push(format!("{}: ics-check failed: {}", c.name, serde_json::to_string(rep).unwrap()));
            continue;
        }
        let consumers = rep["consumers"].as_object().unwrap();
        assert_eq!(consumers.len(), 9, "{}: {:?}", c.name, consumers.keys().collect::<Vec<_>>());
        for (consumer, res) in consumers {
            let mut got: Vec<(String, String)> = res["events"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| (e["start"].as_str().unwrap().to_owned(), e["end"].as_str().unwrap().to_owned()))
                .collect();
            got.sort();
            if &got != want {
                failures.push(format!("{}: {consumer} read {got:?}, runsheet computed {want:?}", c.name));
            }
        }
    }
    assert!(run.status.success() || !failures.is_empty(), "ics-check exited {:?}", run.status.code());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(run.status.success(), "ics-check exited {:?}", run.status.code());
}
