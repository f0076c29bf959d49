//! Real published programmes (tests/data/schedules, see its README), each read as a careful
//! reader would: every event in the source reaches the calendar and the export, UIDs are
//! unique, nine real calendar parsers read the calendar alike (tools/ics-check), and three
//! events per file, checked by hand against the source, sit at the right UTC instants.
//! Then the odd shapes that used to lose events silently, each on a small file derived
//! from a real one.

use crate::checker;
use crate::frab_json;

use std::path::{Path, PathBuf};
use std::process::Command;

use runsheet::schedule::{import, import_in};
use runsheet::source::Source;

const EPOCH: &str = "1700000000";

/// A real file, the zone to read it in when it names none, and three events read by hand
/// from the source: (a piece of the title, UTC start, UTC end).
struct Real {
    file: &'static str,
    input_tz: Option<&'static str>,
    hand: &'static [(&'static str, &'static str, &'static str)],
}

const REAL: &[Real] = &[
    // 2013-12-27, no zone: read in Berlin (CET, +01:00). `00:00` listed after `23:00` in
    // Saal 1 on the first day is past midnight.
    Real {
        file: "30c3-frab-2013.json",
        input_tz: Some("Europe/Berlin"),
        hand: &[
            ("Opening Event", "2013-12-27T10:00:00Z", "2013-12-27T10:30:00Z"),
            ("Hacker Jeopardy", "2013-12-27T23:00:00Z", "2013-12-28T01:00:00Z"),
            ("Dead Man Edition", "2013-12-30T15:00:00Z", "2013-12-30T16:00:00Z"),
        ],
    },
    // Dates carry +01:00; the 00:15 show of day 1 is on the 28th.
    Real {
        file: "33c3-frab.json",
        input_tz: None,
        hand: &[
            ("33C3 Opening Ceremony", "2016-12-27T10:00:00Z", "2016-12-27T10:30:00Z"),
            ("Nicht öffentlich.", "2016-12-27T23:15:00Z", "2016-12-28T00:15:00Z"),
            ("Virtual Secure Boot", "2016-12-30T15:00:00Z", "2016-12-30T16:00:00Z"),
        ],
    },
    Real {
        file: "33c3-frab.xml",
        input_tz: None,
        hand: &[
            ("33C3 Opening Ceremony", "2016-12-27T10:00:00Z", "2016-12-27T10:30:00Z"),
            ("Nicht öffentlich.", "2016-12-27T23:15:00Z", "2016-12-28T00:15:00Z"),
            ("Virtual Secure Boot", "2016-12-30T15:00:00Z", "2016-12-30T16:00:00Z"),
        ],
    },
    // Kochi: `<date>` in UTC, `<start>` local (IST, +05:30): 05:00Z is the 10:30 opening.
    Real {
        file: "debconf23-wafer.xml",
        input_tz: None,
        hand: &[
            ("Opening Ceremony", "2023-09-10T05:00:00Z", "2023-09-10T05:20:00Z"),
            ("Lunch", "2023-09-13T07:00:00Z", "2023-09-13T10:00:00Z"),
            ("Dinner", "2023-09-17T13:30:00Z", "2023-09-17T17:00:00Z"),
        ],
    },
    // Brussels, no zone in the file: given with --input-tz (CET, +01:00).
    Real {
        file: "fosdem2010-pentabarf.xml",
        input_tz: Some("Europe/Brussels"),
        hand: &[
            ("Welcome", "2010-02-06T09:00:00Z", "2010-02-06T09:45:00Z"),
            ("UmlCanvas", "2010-02-07T15:00:00Z", "2010-02-07T15:15:00Z"),
            ("LPI exam session 5", "2010-02-07T14:00:00Z", "2010-02-07T15:30:00Z"),
        ],
    },
    Real {
        file: "frab-camp2019.json",
        input_tz: None,
        hand: &[
            ("Opening Ceremony", "2019-08-21T09:00:00Z", "2019-08-21T09:30:00Z"),
            ("card10 Badge", "2019-08-21T10:00:00Z", "2019-08-21T10:45:00Z"),
            ("Visualization of networks using physics", "2019-08-25T14:00:00Z", "2019-08-25T14:45:00Z"),
        ],
    },
    Real {
        file: "pretalx-democon.json",
        input_tz: None,
        hand: &[
            ("Focused 5thgeneration hardware", "2020-12-14T08:00:00Z", "2020-12-14T08:30:00Z"),
            ("Quality-focused 6thgeneration website", "2020-12-14T08:30:00Z", "2020-12-14T09:00:00Z"),
            ("Proactive leadingedge Graphical User Int", "2020-12-16T13:00:00Z", "2020-12-16T14:30:00Z"),
        ],
    },
    Real {
        file: "pretalx-rc3.json",
        input_tz: None,
        hand: &[
            ("Der faule Admin automatisiert", "2020-12-27T10:30:00Z", "2020-12-27T11:10:00Z"),
            ("Ethical Hackers + Investigative Journos", "2020-12-27T12:00:00Z", "2020-12-27T14:00:00Z"),
            ("Climate Change and the Corona Pandemic", "2020-12-30T15:00:00Z", "2020-12-30T15:40:00Z"),
        ],
    },
    // Two events only, both checked.
    Real {
        file: "hub-schedule2.json",
        input_tz: None,
        hand: &[
            ("38C3: Opening Ceremony", "2024-12-27T09:30:00Z", "2024-12-27T10:00:00Z"),
            ("A Competitive Time-Trial AI", "2024-12-27T23:15:00Z", "2024-12-27T23:55:00Z"),
        ],
    },
];

fn data(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/schedules").join(rel)
}

/// `runsheet ARGS` on a real file, in its zone when it names none: `ics` takes the file with
/// `--schedule`, `export` as an input.
fn on_real(real: &Real, args: &[&str]) -> Command {
    let mut cmd = runsheet();
    cmd.args(args);
    if args[0] == "ics" {
        cmd.arg("--schedule");
    }
    cmd.arg(data(real.file));
    if let Some(z) = real.input_tz {
        cmd.args(["--input-tz", z]);
    }
    cmd
}

fn runsheet() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_runsheet"));
    c.env("SOURCE_DATE_EPOCH", EPOCH).env("NO_COLOR", "1");
    c
}

/// The events the source lists, counted without runsheet: `<event ` elements in XML, and
/// the events of every room of every day (v1) or of `schedule.events` (v2) in JSON.
fn source_events(file: &str) -> usize {
    let text = std::fs::read_to_string(data(file)).unwrap();
    if file.ends_with(".xml") {
        return text.matches("<event ").count();
    }
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    if let Some(events) = v["schedule"]["events"].as_array() {
        return events.len();
    }
    v["schedule"]["conference"]["days"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["rooms"].as_object().unwrap().values())
        .map(|list| list.as_array().unwrap().len())
        .sum()
}

fn utc(t: chrono::DateTime<chrono::FixedOffset>) -> String {
    t.with_timezone(&chrono::Utc).to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

fn read(real: &Real) -> runsheet::schedule::Programme {
    let path = data(real.file);
    let source = Source::from_bytes(path.display().to_string(), &std::fs::read(&path).unwrap());
    let zone = real.input_tz.map(|z| runsheet::time::zone_from_name(z).unwrap());
    import_in(&source, zone.as_ref()).unwrap()
}

#[test]
fn every_real_event_is_read_once_at_the_instant_read_by_hand() {
    for real in REAL {
        let p = read(real);
        let listed = source_events(real.file);
        // An event listed in several rooms is one event with further rooms.
        let read: usize = p.events.iter().map(|e| 1 + e.also_rooms.len()).sum();
        assert_eq!(read, listed, "{}", real.file);
        assert!(p.events.iter().all(|e| e.session.slot.is_some()), "{}: an event lost its slot", real.file);
        for (title, start, end) in real.hand {
            let found: Vec<(String, String)> = p
                .events
                .iter()
                .filter(|e| e.session.title.as_ref().is_some_and(|t| t.value.contains(title)))
                .filter_map(|e| e.session.slot.as_ref().map(|s| (utc(s.value.start), utc(s.value.end))))
                .collect();
            assert!(found.contains(&((*start).to_owned(), (*end).to_owned())), "{}: `{title}` read at {found:?}", real.file);
        }
        let errors: Vec<&runsheet::schedule::Note> = p.notes.iter().filter(|n| n.level == runsheet::model::NoteLevel::Error).collect();
        assert!(errors.is_empty(), "{}: {errors:#?}", real.file);
    }
}

#[test]
fn wafer_dates_written_in_utc_agree_with_their_local_start() {
    let p = read(&REAL[3]);
    assert_eq!(p.conference.zone.as_ref().map(runsheet::time::zone_name).as_deref(), Some("Asia/Kolkata"));
    let codes: Vec<&str> = p.notes.iter().map(|n| n.code.as_str()).collect();
    assert!(!codes.contains(&"start-disagrees-with-date") && !codes.contains(&"zone-offset-mismatch"), "{codes:?}");
    // The export shows the 10:30 opening at 10:30 in Kolkata, not 05:00.
    let out = runsheet().args(["export", "--format", "frab-json"]).arg(data(REAL[3].file)).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("\"date\": \"2023-09-10T10:30:00+05:30\""), "{}", &text[..2000.min(text.len())]);
}

#[test]
fn a_zoneless_programme_says_so_truthfully_and_input_tz_sets_its_zone() {
    // FOSDEM 2010 without its `<city>`: nothing says where the times are.
    let dir = tempfile::tempdir().unwrap();
    let real = std::fs::read_to_string(data("fosdem2010-pentabarf.xml")).unwrap();
    assert!(real.contains("  <city>Brussels</city>\n"));
    let file = dir.path().join("fosdem2010-no-city.xml");
    std::fs::write(&file, real.replace("  <city>Brussels</city>\n", "")).unwrap();
    let out = runsheet().args(["check", "--schedule"]).arg(&file).output().unwrap();
    let err = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("[zone-missing]") || err.contains("zone-missing"), "{err}");
    assert!(err.contains("carry no offset") && err.contains("--input-tz"), "{err}");
    assert!(!err.contains("the events' offset gives"), "{err}");
    let ics = dir.path().join("fosdem.ics");
    let out = runsheet().args(["ics", "--schedule"]).arg(&file).args(["--input-tz", "Europe/Brussels", "-o"]).arg(&ics).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(&ics).unwrap();
    // No guid and no acronym: the key is the conference's title and the event's id.
    assert!(text.contains("UID:fosdem-2010-819@runsheet"));
    assert!(text.contains("DTSTART;TZID=Europe/Brussels:20100206T100000\r\n"), "the 10:00 welcome");
    // `ics --tz` names the programme's zone too when --input-tz is absent.
    let out = runsheet().args(["ics", "--schedule"]).arg(&file).args(["--tz", "Europe/Brussels", "-o", "-"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("DTSTART;TZID=Europe/Brussels:20100206T100000\r\n"));
    // The export does not state the UTC it read the times in as the conference's zone.
    for format in ["frab-xml", "frab-json"] {
        let out = runsheet().args(["export", "--format", format]).arg(&file).output().unwrap();
        assert!(out.status.success());
        assert!(!String::from_utf8_lossy(&out.stdout).contains("time_zone_name"), "{format}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("[zone-not-named] the programme names no time zone"), "{format}");
    }
}

#[test]
fn a_programme_whose_city_names_a_zone_is_read_there_and_says_so() {
    // FOSDEM's Pentabarf files (2007, 2010, 2024) name no zone but give `<city>Brussels`:
    // read as UTC they were an hour off, and the export wrote UTC as the conference's zone.
    let file = data("fosdem2010-pentabarf.xml");
    let out = runsheet().args(["check", "--format", "json", "--schedule"]).arg(&file).output().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let zone: Vec<_> = v.as_array().unwrap().iter().filter(|d| d["code"].as_str().is_some_and(|c| c.starts_with("zone-"))).collect();
    assert_eq!(zone.len(), 1, "{zone:#?}");
    assert_eq!((zone[0]["code"].as_str(), zone[0]["severity"].as_str(), zone[0]["line"].as_u64()), (Some("zone-inferred"), Some("warning"), Some(7)));
    assert!(zone[0]["message"].as_str().unwrap().contains("`Brussels` names Europe/Brussels"));
    let out = runsheet().args(["ics", "--schedule"]).arg(&file).args(["-o", "-"]).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("DTSTART;TZID=Europe/Brussels:20100206T100000\r\n"), "the 10:00 welcome");
    let out = runsheet().args(["export", "--format", "frab-xml"]).arg(&file).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("<time_zone_name>Europe/Brussels</time_zone_name>"));
    // A city that names no zone, or two places that disagree, infer nothing.
    let real = std::fs::read_to_string(&file).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let other = dir.path().join("fosdem2010-elsewhere.xml");
    std::fs::write(&other, real.replace("<city>Brussels</city>", "<city>Springfield</city>")).unwrap();
    let out = runsheet().args(["check", "--format", "json", "--schedule"]).arg(&other).output().unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("\"zone-missing\""));
}

#[test]
fn calendars_and_exports_hold_every_event_with_unique_uids() {
    let dir = tempfile::tempdir().unwrap();
    for real in REAL {
        let listed = source_events(real.file);
        let ics = dir.path().join(format!("{}.ics", real.file));
        let out = on_real(real, &["ics", "-o", ics.to_str().unwrap()]).output().unwrap();
        assert!(out.status.success(), "{}: {}", real.file, String::from_utf8_lossy(&out.stderr));
        let text = std::fs::read_to_string(&ics).unwrap();
        let uids: Vec<&str> = text.lines().filter(|l| l.starts_with("UID:")).collect();
        let unique: std::collections::BTreeSet<&&str> = uids.iter().collect();
        assert_eq!(unique.len(), uids.len(), "{}: UIDs repeat", real.file);
        let p = read(real);
        assert_eq!(uids.len(), p.events.len(), "{}: one calendar event per event", real.file);

        for format in ["frab-json", "frab-xml"] {
            let out = on_real(real, &["export", "--format", format]).output().unwrap();
            assert!(out.status.success(), "{} {format}: {}", real.file, String::from_utf8_lossy(&out.stderr));
            let text = String::from_utf8(out.stdout).unwrap();
            let exported = if format == "frab-xml" {
                text.matches("<event ").count()
            } else {
                let v: serde_json::Value = serde_json::from_str(&text).unwrap();
                v["schedule"]["conference"]["days"].as_array().unwrap().iter().flat_map(|d| d["rooms"].as_object().unwrap().values()).map(|l| l.as_array().unwrap().len()).sum()
            };
            assert_eq!(exported, listed, "{} {format}: the export holds every listing", real.file);
        }
    }
}

#[test]
fn nine_calendar_parsers_read_every_real_programme_alike_at_the_hand_read_instants() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    for real in REAL {
        let ics = dir.path().join(format!("{}.ics", real.file));
        assert!(on_real(real, &["ics", "-o", ics.to_str().unwrap()]).output().unwrap().status.success(), "{}", real.file);
        files.push(ics);
    }
    // A zero-length event: no DTEND (RFC 5545 3.8.2.2), which calcurse too accepts.
    let zero = dir.path().join("zero-length.ics");
    assert!(runsheet().args(["ics", "--schedule"]).arg(data("quirks/zero-length.json")).arg("-o").arg(&zero).output().unwrap().status.success());
    let text = std::fs::read_to_string(&zero).unwrap();
    assert_eq!(text.matches("DTEND").count(), 1, "only the 45-minute keynote has an end:\n{text}");
    files.push(zero);
    // The icalendar crate reads every calendar too, whether or not ics-check is installed.
    for f in &files {
        assert!(checker::read_back(f) > 0, "{}", f.display());
    }

    let Some(checker) = checker::ics_check("schedule_real") else { return };
    let run = Command::new(&checker).args(["--json", "-"]).args(&files).output().unwrap();
    let report: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap_or_else(|e| panic!("ics-check printed no JSON ({e}): {}", String::from_utf8_lossy(&run.stderr)));
    let reports = report["files"].as_array().unwrap();
    let mut failures = Vec::new();
    for (k, rep) in reports.iter().enumerate() {
        if k == REAL.len() {
            // The zero-length event: every parser reads it (none refuses it, calcurse
            // included), and all but khal read it as ending when it starts, as RFC 5545
            // 3.6.1 says. khal gives a DTSTART without DTEND a day, whatever its value
            // type; a zero DURATION instead is refused by calcurse, so no spelling is read
            // alike by all nine and the RFC's is kept.
            for (name, res) in rep["consumers"].as_object().unwrap() {
                let events = res["events"].as_array().unwrap();
                assert!(res["errors"].as_array().unwrap().is_empty() && events.len() == 2, "{name}: {res}");
                let doors = events.iter().find(|e| e["summary"] == "1: Doors open").unwrap();
                let end = if name == "khal" { "2024-05-02T08:00:00Z" } else { "2024-05-01T08:00:00Z" };
                assert_eq!((doors["start"].as_str(), doors["end"].as_str()), (Some("2024-05-01T08:00:00Z"), Some(end)), "{name}");
            }
            continue;
        }
        if rep["ok"] != serde_json::Value::Bool(true) {
            failures.push(format!("{}: {}", files[k].display(), serde_json::to_string(rep).unwrap()));
            continue;
        }
        let consumers = rep["consumers"].as_object().unwrap();
        assert_eq!(consumers.len(), 9);
        let Some(real) = REAL.get(k) else { continue };
        for (name, res) in consumers {
            let events = res["events"].as_array().unwrap();
            assert_eq!(events.len(), read(real).events.len(), "{}: {name}", real.file);
            for (title, start, end) in real.hand {
                let seen = events.iter().any(|e| e["summary"].as_str().is_some_and(|s| s.contains(title)) && e["start"] == *start && e["end"] == *end);
                if !seen {
                    failures.push(format!("{}: {name} has no `{title}` at {start}–{end}", real.file));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn another_tools_schedule_xml_is_refused_clearly() {
    // Unreadable input is exit 2 for every command (README, Exit codes).
    let out = runsheet().args(["export", "--format", "frab-xml"]).arg(data("europython2014-nonfrab.xml")).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("europython2014-nonfrab.xml:1:") && err.contains("not a frab schedule") && err.contains("<entry>"), "{err}");
    assert!(out.stdout.is_empty());
    let out = runsheet().args(["ics", "--schedule"]).arg(data("europython2014-nonfrab.xml")).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}

#[test]
fn an_empty_programme_is_an_error_and_the_old_output_stays() {
    let dir = tempfile::tempdir().unwrap();
    let empty = dir.path().join("empty.xml");
    std::fs::write(&empty, "<schedule><conference><title>Nothing yet</title><time_zone_name>Europe/Berlin</time_zone_name></conference></schedule>\n").unwrap();
    let published = dir.path().join("feed.ics");
    std::fs::write(&published, "old feed").unwrap();
    let out = runsheet().args(["ics", "--schedule"]).arg(&empty).arg("-o").arg(&published).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("the programme holds no events"));
    assert_eq!(std::fs::read_to_string(&published).unwrap(), "old feed");
    let out = runsheet().args(["export", "--format", "frab-json"]).arg(&empty).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("the programme holds no events"));
    assert!(out.stdout.is_empty());
}

#[test]
fn odd_json_shapes_keep_every_event_and_person_or_say_what_was_left_out() {
    let path = data("quirks/persons-and-rooms.json");
    let p = import(&Source::from_bytes(path.display().to_string(), &std::fs::read(&path).unwrap())).unwrap();
    // A room key written twice: both lists are read, and said.
    let titles: Vec<&str> = p.events.iter().filter_map(|e| e.session.title.as_ref().map(|t| t.value.as_str())).collect();
    assert_eq!(titles, ["First listing", "Second listing"]);
    let note = |code: &str| p.notes.iter().find(|n| n.code == code).unwrap_or_else(|| panic!("no {code}: {:#?}", p.notes));
    assert_eq!(note("room-key-duplicate").span.line, 6);
    // Persons as a plain string and with early frab's `full_public_name` are read; a null
    // person is said at its place.
    let names: Vec<&str> = p.events[0].session.people.iter().map(|x| x.name.value.as_str()).collect();
    assert_eq!(names, ["Ada Lovelace", "Tim Pritlove"]);
    assert_eq!(p.events[0].person_keys[1].id, Some(7));
    assert_eq!((note("person-without-name").span.line, note("person-without-name").span.column), (9, 38));
    assert_eq!(note("person-as-text").span.line, 9);
}

#[test]
fn a_zero_length_event_is_diagnosed_and_written_without_dtend() {
    let out = runsheet().args(["ics", "--schedule"]).arg(data("quirks/zero-length.json")).args(["-o", "-"]).output().unwrap();
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("zero-length.json:6:") && err.contains("[duration-zero]"), "{err}");
    let text = String::from_utf8(out.stdout).unwrap();
    let doors = &text[text.find("UID:3c5a1f0e-2b8d-4c61-9d1a-7a4e2f000001@runsheet").unwrap()..];
    let doors = &doors[..doors.find("END:VEVENT").unwrap()];
    assert!(doors.contains("DTSTART;TZID=Europe/Berlin:20240501T100000\r\n") && !doors.contains("DTEND"), "{doors}");
}

#[test]
fn thirty_c_three_json_without_dates_gets_slots_and_people() {
    let p = read(&REAL[0]);
    assert_eq!(p.events.len(), 124);
    let opening = p.events.iter().find(|e| e.number == Some(5605)).unwrap();
    assert_eq!(opening.session.people.iter().map(|x| x.name.value.as_str()).collect::<Vec<_>>(), ["Tim Pritlove"]);
    // `sheet --by room` writes a sheet per room and day, not nothing.
    let dir = tempfile::tempdir().unwrap();
    let out = runsheet()
        .args(["sheet", "--format", "text", "--by", "room", "--out-dir"])
        .arg(dir.path())
        .args(["--schedule"])
        .arg(data(REAL[0].file))
        .args(["--input-tz", "Europe/Berlin"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(std::fs::read_dir(dir.path()).unwrap().count() >= 4);
}

#[test]
fn importing_16000_frab_json_events_is_linear() {
    // 48 s before (each event's position searched from the start of the file); well under
    // a second in release (benches/schedule.rs). The bound leaves room for a debug build
    // on a busy machine and still fails a quadratic import.
    let source = Source::new("big.json", frab_json::schedule(16_000));
    let started = std::time::Instant::now();
    let p = import(&source).unwrap();
    assert_eq!(p.events.len(), 16_000);
    assert!(started.elapsed() < std::time::Duration::from_secs(20), "{:?}", started.elapsed());
    let last = p.events.last().unwrap();
    assert!(last.session.title.as_ref().unwrap().span.line > 200_000);
}

// Hostile and odd files (tests/data/schedules/hostile): each used to panic, overflow the
// stack, or lose an item without a word.

fn hostile(name: &str) -> PathBuf {
    data(&format!("hostile/{name}"))
}

/// Runs runsheet and returns (exit code, stdout, stderr); a panic or a signal fails.
fn run(args: &[&str], file: &Path) -> (i32, String, String) {
    let out = runsheet().args(args).arg(file).output().unwrap();
    let code = out.status.code().unwrap_or_else(|| panic!("{args:?} {}: killed by a signal", file.display()));
    assert_ne!(code, 101, "{args:?} {}: panicked: {}", file.display(), String::from_utf8_lossy(&out.stderr));
    (code, String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn huge_durations_are_diagnosed_at_their_text_in_every_notation() {
    for (file, line) in [("huge-duration.xml", 2), ("huge-duration.json", 25), ("huge-duration.toml", 7)] {
        for args in [&["export", "--format", "frab-json"][..], &["ics", "-o", "-", "--schedule"], &["check", "--schedule"]] {
            let (_, out, err) = run(args, &hostile(file));
            // `check` reports on standard output, the others on standard error.
            let said = if args[0] == "check" { out } else { err };
            assert!(said.contains(&format!("{file}:{line}:")) && said.contains("duration-invalid"), "{args:?} {file}: {said}");
        }
    }
    // A sign is no duration: `-00:30` used to be read as 30 minutes.
    let (_, _, err) = run(&["export", "--format", "frab-json"], &hostile("huge-duration.json"));
    assert!(err.contains("duration `-00:30` is not an `HH:MM`"), "{err}");
    // A huge changeover is refused as an argument, not a panic.
    let (code, _, err) = run(&["check", "--changeover", "999999999999999", "--schedule"], &data("seeds-conflict.csv"));
    assert_eq!(code, 2, "{err}");
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let dir = tempfile::tempdir().unwrap();
    let deep = dir.path().join("deep.xml");
    // 13,000 levels in 140 KB used to abort with a stack overflow (exit 134).
    std::fs::write(&deep, format!("<schedule><conference><title>x</title></conference>{}{}</schedule>", "<a>".repeat(13_000), "</a>".repeat(13_000))).unwrap();
    for file in [deep.as_path(), &hostile("deep.xml")] {
        let (code, out, err) = run(&["export", "--format", "frab-xml"], file);
        assert_eq!(code, 2, "{err}");
        assert!(out.is_empty() && err.contains("nested more than 256 deep"), "{err}");
        let (code, _, err) = run(&["ics", "-o", "-", "--schedule"], file);
        assert_eq!(code, 2, "{err}");
    }
    let deep_json = dir.path().join("deep.json");
    std::fs::write(&deep_json, format!("{{\"schedule\":{{\"conference\":{{\"days\":{}{}}}}}}}", "[".repeat(13_000), "]".repeat(13_000))).unwrap();
    let (code, _, err) = run(&["export", "--format", "frab-json"], &deep_json);
    assert_eq!(code, 2, "{err}");
}

#[test]
fn items_that_cannot_be_used_are_said_at_their_text() {
    // A CSV row ending in year 9999 in a zone that cannot hold it.
    let (_, _, err) = run(&["export", "--format", "frab-json"], &hostile("year-9999.csv"));
    assert!(err.contains("year-9999.csv:2:21: [date-invalid]"), "{err}");
    // A v2 event that ends before it starts.
    let (code, out, err) = run(&["export", "--format", "frab-json"], &hostile("v2-backwards.json"));
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("v2-backwards.json:27:") && err.contains("[event-ends-before-start]"), "{err}");
    assert_eq!(out.matches("\"guid\": \"7f1c2d3e").count(), 2, "both events exported");
    // A comment inside <person> splits its text; an empty <person> is said.
    let path = hostile("person-comment.xml");
    let p = import(&Source::from_bytes(path.display().to_string(), &std::fs::read(&path).unwrap())).unwrap();
    let names: Vec<&str> = p.events[0].session.people.iter().map(|x| x.name.value.as_str()).collect();
    assert_eq!(names, ["Raphael Bauduin", "Ana Díaz"]);
    let empty = p.notes.iter().find(|n| n.code == "person-without-name").unwrap();
    assert_eq!(empty.span.line, 15);
}

#[test]
fn controls_bidi_and_noncharacters_never_reach_outputs_raw() {
    let file = hostile("controls.json");
    let raw = |s: &str| s.chars().filter(|&c| runsheet::escape::is_unsafe(c) && !matches!(c, '\n' | '\r' | '\t') || matches!(c, '\u{FFFE}' | '\u{FFFF}')).map(|c| format!("U+{:04X}", u32::from(c))).collect::<Vec<_>>();
    let (code, ics, err) = run(&["ics", "-o", "-", "--schedule"], &file);
    assert_eq!(code, 0, "{err}");
    assert!(raw(&ics).is_empty(), "calendar holds {:?}", raw(&ics));
    assert!(ics.contains("SUMMARY:1: Evil txt.exe [31mred"), "{ics}");
    let (_, github, _) = run(&["check", "--format", "github", "--schedule"], &file);
    assert!(raw(&github).is_empty() && github.contains("\\u{1b}"), "{github}");
    let (code, xml, err) = run(&["export", "--format", "frab-xml"], &file);
    assert_eq!(code, 0, "{err}");
    assert!(!xml.contains(['\u{FFFE}', '\u{FFFF}', '\u{1b}', '\u{7}']));
    assert!(err.contains("[xml-character-left-out]") && err.contains("in its title, people"), "{err}");
    if Command::new("xmllint").arg("--version").output().is_ok_and(|o| o.status.success()) {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("controls.xml");
        std::fs::write(&f, &xml).unwrap();
        let out = Command::new("xmllint").arg("--noout").arg(&f).output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
}

#[test]
fn an_unreadable_schedule_still_gives_a_valid_machine_readable_report() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    for format in ["sarif", "json"] {
        let out = runsheet().args(["check", "--format", format, "--schedule"]).arg(hostile("deep.xml")).arg(&seeds).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{format}: not JSON ({e})"));
        let text = v.to_string();
        assert!(text.contains("schedule-unreadable") && text.contains("nested more than 256 deep"), "{format}: {text}");
    }
    let out = runsheet().args(["check", "--format", "sarif", "--schedule", "/nonexistent/programme.json"]).arg(&seeds).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v.to_string().contains("cannot be read"));
}

#[test]
fn colliding_ids_and_repeated_sessions_keep_every_event_with_unique_uids() {
    // Two conferences that both number an event 1, and within one of them a session held
    // twice in the same room (same guid, two times) and an id used twice by mistake.
    let dir = tempfile::tempdir().unwrap();
    let conf = |acronym: &str, events: &str| {
        format!(r#"{{"schedule": {{"version": "1", "conference": {{"acronym": "{acronym}", "title": "{acronym}", "start": "2024-05-01", "end": "2024-05-01", "daysCount": 1, "timeslot_duration": "00:15", "time_zone_name": "Europe/Berlin", "days": [{{"index": 1, "date": "2024-05-01", "day_start": "2024-05-01T08:00:00+02:00", "day_end": "2024-05-02T04:00:00+02:00", "rooms": {{"Saal 1": [{events}]}}}}]}}}}}}"#)
    };
    let ev = |id: u32, guid: &str, time: &str, title: &str| {
        let guid = if guid.is_empty() { String::new() } else { format!(r#""guid": "{guid}", "#) };
        format!(r#"{{"id": {id}, {guid}"date": "2024-05-01T{time}:00+02:00", "start": "{time}", "duration": "00:30", "room": "Saal 1", "title": "{title}", "type": "lecture", "persons": []}}"#)
    };
    let a = dir.path().join("alpha.json");
    let b = dir.path().join("beta.json");
    std::fs::write(&a, conf("alpha2024", &[ev(1, "", "10:00", "Alpha opening"), ev(2, "9a1b2c3d-0000-4000-8000-000000000002", "11:00", "Workshop"), ev(2, "9a1b2c3d-0000-4000-8000-000000000002", "15:00", "Workshop"), ev(1, "", "16:00", "Alpha closing")].join(", "))).unwrap();
    std::fs::write(&b, conf("beta2024", &ev(1, "", "10:00", "Beta opening"))).unwrap();

    let out = runsheet().args(["ics", "-o", "-", "--schedule"]).arg(&a).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let ics = String::from_utf8(out.stdout).unwrap();
    let uids: Vec<&str> = ics.lines().filter_map(|l| l.strip_prefix("UID:")).collect();
    assert_eq!(uids, ["alpha2024-1@runsheet", "9a1b2c3d-0000-4000-8000-000000000002@runsheet", "9a1b2c3d-0000-4000-8000-000000000002-2@runsheet", "alpha2024-1-2@runsheet"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("alpha.json:1:") && err.contains("[event-repeated]") && err.contains("[event-key-duplicate]"), "{err}");
    assert!(!err.contains("kept once"), "{err}");
    let beta = runsheet().args(["ics", "-o", "-", "--schedule"]).arg(&b).output().unwrap();
    assert!(String::from_utf8_lossy(&beta.stdout).contains("UID:beta2024-1@runsheet\r\n"), "another conference's event 1 has its own UID");

    // The export keeps all five and says what it had to renumber.
    let out = runsheet().args(["export", "--format", "frab-json"]).arg(&a).arg(&b).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let events: Vec<&serde_json::Value> = v["schedule"]["conference"]["days"].as_array().unwrap().iter().flat_map(|d| d["rooms"].as_object().unwrap().values()).flat_map(|l| l.as_array().unwrap()).collect();
    assert_eq!(events.len(), 5);
    let ids: std::collections::BTreeSet<u64> = events.iter().map(|e| e["id"].as_u64().unwrap()).collect();
    let guids: std::collections::BTreeSet<&str> = events.iter().map(|e| e["guid"].as_str().unwrap()).collect();
    assert_eq!((ids.len(), guids.len()), (5, 5));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("[event-id-renumbered]") && err.contains("[event-guid-replaced]"), "{err}");
}

#[test]
fn per_room_outputs_follow_the_programmes_rooms_and_days() {
    // A show at 00:15 belongs to the day that runs from 11:00 to 04:00 (33C3 day 1), not to
    // the next day's sheet.
    let dir = tempfile::tempdir().unwrap();
    let out = runsheet().args(["sheet", "--format", "text", "--by", "room", "--out-dir"]).arg(dir.path()).arg("--schedule").arg(data("33c3-frab.json")).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let day1 = std::fs::read_to_string(dir.path().join("saal-1-2016-12-27.sheet.txt")).unwrap();
    let day2 = std::fs::read_to_string(dir.path().join("saal-1-2016-12-28.sheet.txt")).unwrap();
    assert!(day1.contains("Nicht öffentlich.") && !day2.contains("Nicht öffentlich."));
    // Wafer labels its days by their UTC start (2023-09-09 for Sunday the 10th in Kochi):
    // shows after the day's start keep their own date.
    let dir = tempfile::tempdir().unwrap();
    let out = runsheet().args(["sheet", "--format", "text", "--by", "room", "--out-dir"]).arg(dir.path()).arg("--schedule").arg(data("debconf23-wafer.xml")).output().unwrap();
    assert!(out.status.success());
    assert!(std::fs::read_to_string(dir.path().join("anamudi-2023-09-10.sheet.txt")).unwrap().contains("Opening Ceremony"));

    // An event listed in two rooms is in both rooms' calendars and sheets.
    let dir = tempfile::tempdir().unwrap();
    let file = data("quirks/break-two-rooms.json");
    assert!(runsheet().args(["ics", "--by", "room", "--out-dir"]).arg(dir.path()).arg("--schedule").arg(&file).output().unwrap().status.success());
    for room in ["hall-a", "hall-b"] {
        let ics = std::fs::read_to_string(dir.path().join(format!("{room}.ics"))).unwrap();
        assert!(ics.contains("Lunch"), "{room}:\n{ics}");
    }
    let dir = tempfile::tempdir().unwrap();
    assert!(runsheet().args(["sheet", "--format", "text", "--by", "room", "--out-dir"]).arg(dir.path()).arg("--schedule").arg(&file).output().unwrap().status.success());
    let sheets: Vec<String> = std::fs::read_dir(dir.path()).unwrap().map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap()).collect();
    assert_eq!(sheets.iter().filter(|s| s.contains("Lunch")).count(), 2);
    // The export lists it in both rooms (frab allows one room per event and each guid once,
    // so the second listing has its own), and says so.
    let first = runsheet().args(["export", "--format", "frab-json"]).arg(&file).output().unwrap();
    let again = runsheet().args(["export", "--format", "frab-json"]).arg(&file).output().unwrap();
    assert_eq!(first.stdout, again.stdout, "the same guids in every export");
    assert!(String::from_utf8_lossy(&first.stderr).contains("[event-listed-again] `Lunch` is also listed in room `Hall B`"));
}

#[test]
fn three_thousand_rows_in_one_room_and_slot_are_one_finding() {
    // This CSV's shape used to exhaust 4 GB in `check --schedule` (4.5 million pair findings).
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("same-slot.csv");
    let mut text = String::from("id,start,end,tz,room,title\n");
    for i in 0..3000 {
        text.push_str(&format!("S{i},2024-05-01T10:00,2024-05-01T11:00,Europe/Berlin,Room 1,Talk {i}\n"));
    }
    std::fs::write(&csv, text).unwrap();
    let started = std::time::Instant::now();
    let out = runsheet().args(["check", "--format", "json", "--schedule"]).arg(&csv).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let overlaps: Vec<&serde_json::Value> = v.as_array().unwrap().iter().filter(|d| d["code"] == "room-overlap").collect();
    assert_eq!(overlaps.len(), 1);
    let message = overlaps[0]["message"].as_str().unwrap();
    assert!(message.starts_with("3000 sessions overlap in room `Room 1`") && message.ends_with("and 2990 more"), "{message}");
}

#[test]
fn a_programme_given_as_a_proposal_is_said_not_read_as_prose() {
    // `sheet pretalx.json` printed a sheet titled `{`; `ics programme.csv` read the CSV as
    // a proposal. Until programmes are inputs like any other (the event layer), each says
    // what the file is and how to give it.
    for (file, what) in [("pretalx-democon.json", "frab/pretalx schedule JSON"), ("33c3-frab.xml", "schedule XML"), ("programme.csv", "programme CSV")] {
        for args in [&["sheet", "--format", "text"][..], &["ics", "-o", "-"], &["show"]] {
            let (code, out, err) = run(args, &data(file));
            assert_eq!(code, 1, "{args:?} {file}: {err}");
            assert!(out.is_empty() && err.contains(&format!("{file}:1:1: this is a {what}")) && err.contains("--schedule"), "{args:?} {file}: {err}");
        }
    }
    // Proposals are not taken for programmes.
    for seed in ["igf2021-ws119.txt", "igf2019-ws99.txt"] {
        let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds").join(seed)).unwrap();
        assert_eq!(runsheet::schedule::programme_notation(&text), None);
    }
}

#[test]
fn pentabarf_events_straight_in_a_day_are_read_in_their_own_rooms() {
    // FOSDEM 2007's Pentabarf file lists events in <day> without <room> elements; all 215
    // were lost ("the programme holds no events").
    let real = Real { file: "quirks/pentabarf-events-in-day.xml", input_tz: Some("Europe/Brussels"), hand: &[] };
    let p = read(&real);
    let got: Vec<(String, String, String, String)> = p
        .events
        .iter()
        .map(|e| {
            let s = &e.session;
            let slot = &s.slot.as_ref().unwrap().value;
            (s.title.as_ref().unwrap().value.clone(), s.room.as_ref().unwrap().value.clone(), utc(slot.start), utc(slot.end))
        })
        .collect();
    let want = [
        ("Opening keynote", "Janson", "2007-02-24T09:00:00Z", "2007-02-24T09:45:00Z"),
        ("Kernel workshop", "H.1302", "2007-02-24T10:00:00Z", "2007-02-24T11:00:00Z"),
        ("Closing talk", "Janson", "2007-02-25T08:30:00Z", "2007-02-25T09:00:00Z"),
    ];
    assert_eq!(got, want.map(|(a, b, c, d)| (a.to_owned(), b.to_owned(), c.to_owned(), d.to_owned())));
    assert_eq!(p.rooms.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(), ["Janson", "H.1302"]);
    assert_eq!(p.events[0].session.people[0].name.value, "Ana Díaz");
    let out = on_real(&real, &["ics", "-o", "-"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stdout).matches("BEGIN:VEVENT").count(), 3);
}

#[test]
fn parallel_sessions_of_one_title_are_two_events() {
    // GOOD 2025 (pretalx) and 36C3 list breakouts of one name in two rooms at one time,
    // with their own guids, ids, URLs and speakers; they were merged into one event, and
    // the export gave the second an invented guid and the first one's URL.
    let real = Real { file: "quirks/same-title-two-rooms.xml", input_tz: None, hand: &[] };
    let p = read(&real);
    assert!(p.notes.iter().all(|n| n.code != "event-in-several-rooms"), "{:?}", p.notes);
    let got: Vec<(Option<u64>, String, String, Vec<String>)> = p
        .events
        .iter()
        .map(|e| (e.number, e.session.room.as_ref().unwrap().value.clone(), e.session.url.clone().unwrap(), e.session.people.iter().map(|x| x.name.value.clone()).collect()))
        .collect();
    assert_eq!(
        got,
        [
            (Some(66), "North Room".to_owned(), "https://example.org/talk/66/".to_owned(), vec!["Alice North".to_owned()]),
            (Some(67), "South Room".to_owned(), "https://example.org/talk/67/".to_owned(), vec!["Bob South".to_owned()]),
        ]
    );
    let out = on_real(&real, &["export", "--format", "frab-json"]).output().unwrap();
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rooms = v["schedule"]["conference"]["days"][0]["rooms"].as_object().unwrap();
    let south = &rooms["South Room"][0];
    assert_eq!((south["id"].as_u64(), south["guid"].as_str(), south["url"].as_str()), (Some(67), Some("0b6f1a52-5d1e-4a57-9f0e-000000000067"), Some("https://example.org/talk/67/")));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("event-listed-again"));

    // The same speakers: two pages of one site are two submissions (GOOD 2025's two rooms
    // of one jam), pages on two sites one session a merged export took from two tools
    // (36C3's self-organised sessions, listed by pretalx and by the wiki).
    let text = std::fs::read_to_string(data(real.file)).unwrap().replace("Bob South", "Alice North");
    let events = |text: String| import(&Source::new("same-speakers.xml", text)).unwrap().events.len();
    assert_eq!(events(text.clone()), 2);
    assert_eq!(events(text.replace("https://example.org/talk/67/", "https://wiki.example.net/Session:Breakout")), 1);
}
