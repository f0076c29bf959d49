//! The native TOML agenda format: reading, errors with line and column, notes on values,
//! and `show --format toml` through the binary.

use assert_cmd::Command;
use runsheet::model::{Role, TimeBasis};
use runsheet::parse::{agenda, parse};
use runsheet::source::Source;

fn read(text: &str) -> Result<runsheet::model::Session, runsheet::parse::ParseError> {
    parse(&Source::new("t.toml", text)).map(|mut all| all.remove(0))
}

#[test]
fn hand_written_agenda_with_durations_across_a_dst_change() {
    let path = "tests/data/agendas/dst-workshop.toml";
    let s = parse(&Source::from_bytes(path, &std::fs::read(path).unwrap())).unwrap().remove(0);
    let id = &s.id.as_ref().unwrap().value;
    assert_eq!((id.event.as_str(), id.kind.as_str(), id.number), ("IGF 2024", "WS", Some(12)));
    assert_eq!(s.declared_minutes.as_ref().unwrap().value, 90);
    let slot = &s.slot.as_ref().unwrap().value;
    // 01:30 CEST plus 90 minutes is 02:00 CET: the clocks went back at 03:00 CEST.
    assert_eq!(slot.start.to_rfc3339(), "2024-10-27T01:30:00+02:00");
    assert_eq!(slot.end.to_rfc3339(), "2024-10-27T02:00:00+01:00");
    assert_eq!(s.url.as_deref(), Some("https://example.org/ws12"));
    let ana = &s.people[0];
    assert_eq!(ana.roles.iter().map(|r| r.role).collect::<Vec<_>>(), [Role::Organizer, Role::OnsiteModerator]);
    assert_eq!(ana.email.as_deref(), Some("ana@example.org"));
    let got: Vec<(i32, i32)> = s.segments.iter().map(|g| (g.start.value, g.end.value)).collect();
    assert_eq!(got, [(0, 10), (10, 70), (70, 90)]);
    assert_eq!(s.segments[0].cues, ["Lights down", "Start recording"]);
    assert_eq!(s.segments[0].people, ["Ana Silva"]);
    assert!(s.segments[1].notes.as_deref().unwrap().starts_with("Three tables"));
    assert_eq!(s.timing.as_ref().unwrap().basis, TimeBasis::Durations);
    // Spans point into the TOML: the title's value is on line 4, column 9.
    let t = s.title.as_ref().unwrap();
    assert_eq!((t.span.line, t.span.column), (4, 9));
    assert!(s.notes.is_empty(), "{:?}", s.notes);
}

/// Malformed agendas: the error's line and column, and a word of its message.
const ERRORS: &[(&str, u32, u32, &str)] = &[
    ("[session]\ntitle = \"unclosed\nroom = \"A\"\n", 2, 18, "expected `\"`"),
    ("[session]\ntitel = \"typo\"\n", 2, 1, "unknown field"),
    ("[session]\ndeclared_minutes = \"ninety\"\n", 2, 20, "invalid type"),
    ("[session]\n[[segments]]\nstart = \"00:00\"\n", 2, 1, "title"),
    ("[session]\n[session]\n", 2, 2, "duplicate"),
    ("[slot]\nstart = 2024-01-01T10:00:00Z\n", 1, 1, "session"),
];

#[test]
fn malformed_agendas_are_errors_with_line_and_column() {
    for &(text, line, column, word) in ERRORS {
        let e = read(text).err().unwrap_or_else(|| panic!("{text:?} was accepted"));
        assert_eq!((e.span.line, e.span.column), (line, column), "{text:?}: {}", e.message);
        assert!(e.message.contains(word), "{text:?}: {}", e.message);
    }
}

/// Well-formed agendas with unusable values: the note's code and where it points.
const NOTES: &[(&str, &str, u32, u32)] = &[
    ("[session]\n[[segments]]\nduration = \"ten\"\ntitle = \"x\"\n", "bad-agenda-value", 3, 12),
    ("[session]\n[[segments]]\nstart = \"00:70\"\nend = \"01:00\"\ntitle = \"x\"\n", "bad-agenda-value", 3, 9),
    ("[session]\n[[people]]\nname = \"A B\"\nroles = [\"chair\"]\n", "bad-agenda-value", 4, 10),
    (
        "[session]\n[slot]\nstart = \"2024-03-31T02:30\"\nend = \"2024-03-31T04:00\"\ntimezone = \"Europe/Berlin\"\n",
        "local-time-gap",
        3,
        9,
    ),
    (
        "[session]\n[slot]\nstart = \"2024-10-27T02:30\"\nduration = \"1h\"\ntimezone = \"Europe/Berlin\"\n",
        "local-time-repeated",
        3,
        9,
    ),
    (
        "[session]\n[slot]\nstart = \"2024-10-27T09:00\"\nduration = \"1h\"\ntimezone = \"Mars/Olympus\"\n",
        "unknown-zone",
        5,
        12,
    ),
    ("[session]\n[slot]\nstart = 2024-10-27T09:00:00Z\nend = 2024-10-27T08:00:00Z\n", "slot-end-before-start", 2, 1),
    ("[session]\ntiming = \"sideways\"\n", "bad-agenda-value", 2, 10),
    (
        "[session]\n[slot]\nstart = 2024-07-01T10:00:00+01:00\nduration = \"1h\"\ntimezone = \"Europe/Berlin\"\n",
        "bad-agenda-value",
        3,
        9,
    ),
];

#[test]
fn unusable_values_become_notes_at_the_value() {
    for &(text, code, line, column) in NOTES {
        let s = read(text).unwrap_or_else(|e| panic!("{text:?}: {e}"));
        let n =
            s.notes.iter().find(|n| n.code == code).unwrap_or_else(|| panic!("{text:?}: no {code} in {:?}", s.notes));
        assert_eq!((n.span.line, n.span.column), (line, column), "{text:?}: {}", n.message);
    }
}

#[test]
fn toml_is_told_from_proposal_text_by_content() {
    assert!(agenda::looks_like_agenda("# my agenda\n\n[session]\ntitle = \"x\"\n"));
    assert!(agenda::looks_like_agenda("[[segments]]\n"));
    assert!(!agenda::looks_like_agenda(&std::fs::read_to_string("seeds/igf2021-ws119.txt").unwrap()));
    assert!(!agenda::looks_like_agenda("Agenda\n[Opening] 10 min\n"));
}

#[test]
fn binary_reports_malformed_toml_with_file_line_column() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("bad.toml");
    std::fs::write(&p, "[session]\ntitle = 3\n").unwrap();
    let out = Command::cargo_bin("runsheet").unwrap().args(["show", "--format", "json"]).arg(&p).assert().code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(err.contains(&format!("{}:2:9:", p.display())), "{err}");
}

#[test]
fn binary_writes_toml_that_reads_back() {
    let out = Command::cargo_bin("runsheet")
        .unwrap()
        .args(["show", "--format", "toml", "seeds/igf2021-ws119.txt"])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(text.starts_with("[session]\nid = \"IGF 2021 WS #119\"\n"));
    let back = read(&text).unwrap();
    assert_eq!(back.segments.len(), 4);
    assert_eq!(back.slot.unwrap().value.start.to_rfc3339(), "2021-12-10T10:15:00+00:00");
}

#[test]
fn toml_output_takes_one_input() {
    Command::cargo_bin("runsheet")
        .unwrap()
        .args(["show", "--format", "toml", "seeds/igf2021-ws119.txt", "seeds/igf2019-ws99.txt"])
        .assert()
        .code(2)
        .stdout("");
}

#[test]
fn people_groups_in_one_list() {
    let s = read("[session]\n[[people]]\nname = \"Ana Lima\"\nroles = [\"speaker\"]\ngroups = [\"Civil Society\", \"African Group\"]\n").unwrap();
    assert_eq!(s.people[0].stakeholder_group.as_deref(), Some("Civil Society"));
    assert_eq!(s.people[0].regional_group.as_deref(), Some("African Group"));
}
