//! Programme CSV and TOML import, applying a programme to proposals, and the checks across
//! the merged sessions.

use chrono::{DateTime, FixedOffset};
use runsheet::model::{Session, SessionId, Slot, Span, Spanned, Zone};
use runsheet::schedule::conflicts::{check, Options};
use runsheet::schedule::{import, merge, Programme};
use runsheet::source::Source;

fn load(name: &str) -> Programme {
    let path = format!("{}/tests/data/schedules/{name}", env!("CARGO_MANIFEST_DIR"));
    import(&Source::from_bytes(path.clone(), &std::fs::read(&path).unwrap())).unwrap()
}

fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn proposal(id: &str, start: &str, end: &str, room: &str) -> Session {
    Session {
        id: Some(Spanned::new(SessionId { event: String::new(), kind: String::new(), number: None, text: id.into() }, Span::default())),
        slot: Some(Spanned::new(Slot { start: at(start), end: at(end), zone: Zone::Utc }, Span { start: 5, end: 9, line: 3, column: 1 })),
        room: Some(Spanned::new(room.into(), Span::default())),
        ..Session::default()
    }
}

#[test]
fn csv_programme_reads_local_and_offset_times() {
    let p = load("programme.csv");
    assert!(p.notes.is_empty(), "{:#?}", p.notes);
    let slots: Vec<(String, String, String)> = p
        .events
        .iter()
        .map(|e| {
            let s = &e.session.slot.as_ref().unwrap();
            (e.session.display_name().to_owned(), s.value.start.to_rfc3339(), e.session.room.as_ref().unwrap().value.clone())
        })
        .collect();
    assert_eq!(
        slots,
        [
            ("IGF 2021 WS #119".into(), "2021-12-10T10:15:00+00:00".into(), "Conference Room 3".into()),
            ("IGF 2021 WS #200".into(), "2021-12-10T11:00:00+00:00".into(), "Conference Room 3".into()),
            ("IGF 2019 WS #99".into(), "2019-11-27T16:30:00+01:00".into(), "Raum III".into()),
        ]
    );
    // The id cell's place: line 2, column 1; the start cell: line 2, column 18.
    let first = &p.events[0].session;
    assert_eq!((first.id.as_ref().unwrap().span.line, first.id.as_ref().unwrap().span.column), (2, 1));
    assert_eq!((first.slot.as_ref().unwrap().span.line, first.slot.as_ref().unwrap().span.column), (2, 18));
    let f = check(&p.events.iter().map(|e| e.session.clone()).collect::<Vec<_>>(), &Options::default());
    assert_eq!(f.iter().map(|f| (f.code.as_str(), f.sessions.clone())).collect::<Vec<_>>(), [("room-overlap", vec![0, 1])]);
}

#[test]
fn toml_programme_reads_zone_speakers_and_durations() {
    let p = load("programme.toml");
    assert!(p.notes.is_empty(), "{:#?}", p.notes);
    assert_eq!(p.conference.zone, Some(Zone::Iana("Europe/Warsaw".into())));
    let s = &p.events[0].session;
    assert_eq!(s.slot.as_ref().unwrap().value.start.to_rfc3339(), "2021-12-10T11:15:00+01:00");
    assert_eq!(s.slot.as_ref().unwrap().value.end.to_rfc3339(), "2021-12-10T12:45:00+01:00");
    // Ana Díaz and ANA DIAZ are one person, in two rooms at once.
    let f = check(&p.events.iter().map(|e| e.session.clone()).collect::<Vec<_>>(), &Options::default());
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].code, "person-overlap");
    assert!(f[0].message.starts_with("Ana Díaz is in `IGF 2021 WS #119`"), "{}", f[0].message);
    assert_eq!((f[0].spans[1].line, f[0].spans[1].column), (20, 13));
}

#[test]
fn the_programme_slot_wins_and_a_disagreement_is_reported() {
    let p = load("programme.csv");
    let mut sessions = vec![
        proposal("IGF 2021 WS #119", "2021-12-10T10:15:00Z", "2021-12-10T11:45:00Z", "conference room 3"),
        proposal("igf2021 ws 200", "2021-12-10T09:00:00Z", "2021-12-10T10:00:00Z", "Room X"),
        proposal("IGF 2021 WS #300", "2021-12-10T09:00:00Z", "2021-12-10T10:00:00Z", "Room X"),
    ];
    let notes = merge::apply(&p, &mut sessions);
    let got: Vec<(&str, Option<usize>, usize)> = notes.iter().map(|n| (n.code.as_str(), n.session, n.event)).collect();
    assert_eq!(got, [("slot-disagrees", Some(1), 1), ("room-disagrees", Some(1), 1), ("programme-unmatched", None, 2)]);
    assert_eq!(
        notes[0].message,
        "`igf2021 ws 200`: the proposal says 2021-12-10 09:00 +00:00–10:00 but the programme says 2021-12-10 11:00 +00:00–12:00; the programme's slot is used"
    );
    assert_eq!((notes[0].span.line, notes[0].programme_span.line, notes[0].programme_span.column), (3, 3, 18));
    assert_eq!(sessions[1].slot.as_ref().unwrap().value.start.to_rfc3339(), "2021-12-10T11:00:00+00:00");
    assert_eq!(sessions[1].room.as_ref().unwrap().value, "Conference Room 3");
    assert_eq!(sessions[2].room.as_ref().unwrap().value, "Room X", "not in the programme: untouched");
    // After the merge, the two sessions share Conference Room 3 at overlapping times.
    let f = check(&sessions, &Options::default());
    assert_eq!(f.iter().map(|f| f.code.as_str()).collect::<Vec<_>>(), ["room-overlap"]);
}

/// Bad programme files: (text, code, line, column) of the note, or of the error when the
/// code is `error`.
#[test]
fn bad_programmes_point_at_the_cell() {
    let cases: &[(&str, &str, u32, u32)] = &[
        ("id,start,end,room\nA,2021-01-01T10:00,2021-01-01T11:00,R\n", "error", 1, 1),
        ("id,start,end,tz,room\nA,2021-01-01 10h,2021-01-01T11:00,UTC,R\n", "date-invalid", 2, 3),
        ("id,start,end,tz,room\nA,2021-01-01T10:00,2021-01-01T11:00,Mars/Base,R\n", "zone-unknown", 2, 37),
        ("id,start,end,tz,room\nA,2021-03-28T02:30,2021-03-28T03:30,Europe/Berlin,R\n", "time-in-gap", 2, 3),
        ("id,start,end,tz,room\nA,2021-01-01T10:00,2021-01-01T09:00,UTC,R\n", "slot-ends-before-start", 2, 20),
        ("id,start,end,tz,room\nx,2021-01-01T10:00,2021-01-01T11:00,UTC,R\n,2021-01-01T10:00,2021-01-01T11:00,UTC,R\n", "row-without-id", 3, 1),
        ("[[session]]\nid = \"A\"\nstart = \"2021-01-01T10:00\"\nduration = \"01:00\"\n", "zone-missing", 3, 9),
        ("[[session]]\nid = \"A\"\nstart = \"2021-01-01T10:00\"\nlength = \"01:00\"\n", "error", 4, 1),
        ("{\"schedule\": {\"version\": \"1\"}}", "error", 1, 1),
        ("{\"schedule\": ", "error", 1, 13),
        ("<schedule><day></schedule>", "error", 1, 16),
    ];
    for &(text, code, line, column) in cases {
        let name = if text.starts_with('[') { "p.toml" } else { "p.csv" };
        let got = match import(&Source::new(name, text)) {
            Err(e) => ("error".to_owned(), e.span.line, e.span.column),
            Ok(p) => {
                let n = p.notes.first().unwrap_or_else(|| panic!("no note for {text:?}"));
                (n.code.clone(), n.span.line, n.span.column)
            }
        };
        assert_eq!(got, (code.to_owned(), line, column), "{text:?}");
    }
}

#[test]
fn findings_become_check_diagnostics_with_codes_of_their_own() {
    use runsheet::schedule::diagnostics;
    use runsheet::validate::Severity;
    let p = load("programme.toml");
    let sessions: Vec<Session> = p.events.iter().map(|e| e.session.clone()).collect();
    let f = check(&sessions, &Options::default());
    // Both sessions come from the one programme file: the other one is a secondary label.
    let (at, d) = diagnostics::finding(&f[0], &[0, 0]);
    assert_eq!((at, d.code.as_str(), d.severity), (0, "person-overlap", Severity::Error));
    assert_eq!((d.span.line, d.span.column), (13, 13));
    assert_eq!(d.secondary.iter().map(|l| (l.span.line, l.message.as_str())).collect::<Vec<_>>(), [(20, "the other session")]);
    // From different files: no secondary label.
    assert!(diagnostics::finding(&f[0], &[0, 1]).1.secondary.is_empty());
    // The schedule's codes are in the catalog once each, as schedule rules: they clash with
    // no per-session rule or parser code.
    let catalog = runsheet::validate::catalog();
    for rule in diagnostics::rules() {
        let same: Vec<_> = catalog.iter().filter(|r| r.code == rule.code).collect();
        assert_eq!(same.len(), 1, "{} is listed {} times", rule.code, same.len());
        assert_eq!(same[0].origin, runsheet::validate::Origin::Schedule, "{}", rule.code);
    }
}

#[test]
fn a_real_proposal_moved_to_a_shorter_slot() {
    let path = format!("{}/seeds/igf2021-ws119.txt", env!("CARGO_MANIFEST_DIR"));
    let source = Source::from_bytes(path.clone(), &std::fs::read(&path).unwrap());
    let mut sessions = runsheet::parse::parse(&source).unwrap();
    let proposal_slot = sessions[0].slot.as_ref().unwrap().span;
    let programme = import(&Source::new(
        "moved.csv",
        "id,start,end,tz,room\nIGF 2021 WS #119,2021-12-10T14:00,2021-12-10T15:00,Europe/Warsaw,Conference Room 6\n",
    ))
    .unwrap();
    let notes = merge::apply(&programme, &mut sessions);
    assert_eq!(notes.iter().map(|n| n.code.as_str()).collect::<Vec<_>>(), ["slot-disagrees"]);
    assert_eq!(notes[0].span, proposal_slot, "points at the slot in the proposal");
    assert_eq!(sessions[0].slot.as_ref().unwrap().value.start.to_rfc3339(), "2021-12-10T14:00:00+01:00");
    // Its 90-minute agenda no longer fits the 60-minute slot.
    let f = check(&sessions, &Options::default());
    assert_eq!(f.iter().map(|f| f.code.as_str()).collect::<Vec<_>>(), ["agenda-exceeds-slot"]);
    assert!(f[0].message.contains("runs 90 min but its slot is 60 min"), "{}", f[0].message);
}

#[test]
fn unmatched_events_past_ten_share_one_note_that_counts_them() {
    // A programme of 16,000 events checked with a folder of proposals gave one
    // `programme-unmatched` note per event; the first ten are named, the rest counted.
    let mut csv = String::from("id,start,end,tz,room,title\n");
    for i in 0..25 {
        csv.push_str(&format!("IGF 2021 WS #{},2021-12-10T{:02}:00,2021-12-10T{:02}:30,UTC,Room {i},Talk {i}\n", 500 + i, 8 + i % 10, 8 + i % 10));
    }
    let p = import(&Source::new("big.csv", csv)).unwrap();
    assert_eq!(p.events.len(), 25);
    let mut sessions = vec![proposal("IGF 2021 WS #119", "2021-12-10T10:15:00Z", "2021-12-10T11:45:00Z", "Room 1")];
    let notes = merge::apply(&p, &mut sessions);
    let unmatched: Vec<&merge::MergeNote> = notes.iter().filter(|n| n.code == "programme-unmatched").collect();
    assert_eq!(unmatched.len(), 11);
    assert_eq!(unmatched[0].message, "the programme lists `IGF 2021 WS #500`, which matches none of the proposals");
    assert_eq!(unmatched[10].message, "15 more events of the programme, from `IGF 2021 WS #510` on, match none of the proposals");
    assert_eq!((unmatched[10].event, unmatched[10].programme_span.line), (10, 12));
}
