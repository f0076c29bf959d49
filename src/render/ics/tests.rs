//! Unit tests on sessions built in code.

use chrono::{DateTime, TimeZone as _, Utc};

use super::*;
use crate::model::{Person, Role, RoleRef, Segment, SessionId, Span, Spanned};

fn sp<T>(v: T) -> Spanned<T> {
    Spanned::new(v, Span::default())
}

fn person(name: &str, roles: &[Role], email: Option<&str>) -> Person {
    Person {
        name: sp(name.to_owned()),
        roles: roles.iter().map(|&role| RoleRef { role, span: Span::default(), inferred: false }).collect(),
        affiliation: None,
        stakeholder_group: Some("Private Sector".into()),
        regional_group: None,
        email: email.map(str::to_owned),
        aliases: vec![],
    }
}

fn segment(a: i32, b: i32, title: &str) -> Segment {
    Segment {
        start: sp(a),
        end: sp(b),
        title: sp(title.to_owned()),
        notes: None,
        people: vec![],
        cues: vec![],
        clock: None,
        span: Span::default(),
    }
}

pub(crate) fn session(start: &str, end: &str, zone: Zone) -> Session {
    Session {
        id: Some(sp(SessionId {
            event: "IGF 2021".into(),
            kind: "WS".into(),
            number: Some(119),
            text: "IGF 2021 WS #119".into(),
        })),
        title: Some(sp("The Next Chapter of UN Cyber Dialogues".into())),
        format: Some(sp("Panel".into())),
        layout: Some(sp("Auditorium".into())),
        declared_minutes: Some(sp(90)),
        slot: Some(sp(Slot {
            start: DateTime::parse_from_rfc3339(start).unwrap(),
            end: DateTime::parse_from_rfc3339(end).unwrap(),
            zone,
        })),
        room: Some(sp("Conference Room 6".into())),
        people: vec![
            person("John Hering", &[Role::Organizer, Role::OnlineModerator], Some("john@example.org")),
            person("Henri Verdier", &[Role::Speaker], None),
            person("Kaja Ciglic", &[Role::OnsiteModerator], None),
        ],
        segments: vec![segment(0, 15, "Introductions"), segment(15, 40, "Panel"), segment(40, 90, "Q&A")],
        ..Default::default()
    }
}

/// The logical lines of a calendar, unfolded.
fn unfold(text: &str) -> String {
    text.replace("\r\n ", "")
}

fn count_lines(text: &str, line: &str) -> usize {
    text.split("\r\n").filter(|l| *l == line).count()
}

fn opts() -> IcsOptions {
    IcsOptions::new(Utc.timestamp_opt(1_700_000_000, 0).unwrap())
}

#[test]
fn utc_slot_is_written_in_utc_without_vtimezone() {
    let s = session("2021-12-10T10:15:00Z", "2021-12-10T11:45:00Z", Zone::Utc);
    let out = unfold(&render(&[&s], &opts()).unwrap().text);
    assert!(out.contains("DTSTART:20211210T101500Z\r\nDTEND:20211210T114500Z\r\n"), "{out}");
    assert!(!out.contains("VTIMEZONE"));
    assert!(out.contains("UID:igf-2021-ws-119@runsheet\r\n"));
    assert!(out.contains("DTSTAMP:20231114T221320Z\r\n"));
    assert!(out.contains("METHOD:PUBLISH\r\n"));
    assert!(!out.contains("ATTENDEE"));
    assert!(out.contains("ORGANIZER;CN=John Hering:mailto:john@example.org\r\n"));
    assert!(out.contains("TRIGGER:-PT15M\r\n"));
    assert!(out.contains("10:15–10:30 (+00:00–00:15) Introductions"));
    assert_eq!(out, unfold(&render(&[&s], &opts()).unwrap().text), "deterministic");
}

#[test]
fn named_zone_gets_tzid_and_vtimezone() {
    let s = session("2024-10-26T09:15:00+02:00", "2024-10-26T10:45:00+02:00", Zone::Iana("Europe/Berlin".into()));
    let out = render(&[&s], &opts()).unwrap().text;
    assert!(out.contains("DTSTART;TZID=Europe/Berlin:20241026T091500\r\n"), "{out}");
    assert!(out.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\n"));
    // --tz writes the same instants in another zone.
    let mut o = opts();
    o.zone = Some(Zone::Iana("Asia/Kolkata".into()));
    let out = render(&[&s], &o).unwrap().text;
    assert!(out.contains("DTSTART;TZID=Asia/Kolkata:20241026T124500\r\n"), "{out}");
    assert!(!out.contains("Europe/Berlin"));
}

#[test]
fn repeated_hour_is_written_in_utc_with_a_warning() {
    // 02:30 CEST on 27 October 2024 is the first of two 02:30s in Berlin.
    let s = session("2024-10-27T02:30:00+02:00", "2024-10-27T04:00:00+01:00", Zone::Iana("Europe/Berlin".into()));
    let r = render(&[&s], &opts()).unwrap();
    assert!(r.text.contains("DTSTART:20241027T003000Z\r\n"), "{}", r.text);
    assert!(r.text.contains("DTEND;TZID=Europe/Berlin:20241027T040000\r\n"));
    assert_eq!(r.warnings.len(), 1);
}

#[test]
fn fixed_offset_is_written_in_utc() {
    let s = session("2024-11-12T10:00:00+05:30", "2024-11-12T11:30:00+05:30", Zone::Fixed(19800));
    let out = render(&[&s], &opts()).unwrap().text;
    assert!(out.contains("DTSTART:20241112T043000Z\r\n"), "{out}");
    assert!(out.contains("(UTC+05:30)"));
}

#[test]
fn invite_has_organizer_and_attendees() {
    let s = session("2021-12-10T10:15:00Z", "2021-12-10T11:45:00Z", Zone::Utc);
    let mut o = opts();
    o.invite = true;
    o.alarm_minutes = None;
    let out = unfold(&render(&[&s], &o).unwrap().text);
    assert!(out.contains("METHOD:REQUEST\r\n"));
    assert!(out.contains("ORGANIZER;CN=John Hering:mailto:john@example.org\r\n"), "{out}");
    assert!(out.contains(
        "ATTENDEE;CN=John Hering;CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=CHAIR;RSVP=TRUE:mailto:john@example.org"
    ));
    let speaker = out.lines().find(|l| l.starts_with("ATTENDEE;CN=Henri Verdier")).unwrap();
    assert!(speaker.contains("ROLE=REQ-PARTICIPANT"), "{speaker}");
    assert!(speaker.contains(":urn:uuid:") && !speaker.contains("RSVP"));
    assert!(!out.contains("VALARM"));
}

#[test]
fn segments_are_related_to_the_session() {
    let s = session("2021-12-10T10:15:00Z", "2021-12-10T11:45:00Z", Zone::Utc);
    let mut o = opts();
    o.segments = true;
    let out = render(&[&s], &o).unwrap().text;
    assert_eq!(count_lines(&out, "BEGIN:VEVENT"), 4);
    assert_eq!(out.matches("RELATED-TO:igf-2021-ws-119@runsheet\r\n").count(), 3);
    assert!(out.contains("UID:igf-2021-ws-119-segment-3@runsheet\r\nSEQUENCE:0\r\nDTSTAMP:20231114T221320Z\r\nDTSTART:20211210T105500Z\r\nDTEND:20211210T114500Z\r\n"), "{out}");
}

#[test]
fn proposal_text_cannot_inject_properties() {
    let mut s = session("2021-12-10T10:15:00Z", "2021-12-10T11:45:00Z", Zone::Utc);
    s.title = Some(sp("Evil\nATTENDEE:mailto:x@evil.example\r\nEND:VEVENT\rBEGIN:VEVENT".into()));
    s.room = Some(sp("Room 1\r\nATTENDEE;CN=x:mailto:y@evil.example".into()));
    s.url = Some("https://example.org/\r\nATTENDEE:mailto:z@evil.example".into());
    s.people[1].name = sp("Eve\"; ROLE=CHAIR:mailto:e@evil.example\nATTENDEE:x".into());
    let mut o = opts();
    o.invite = true;
    o.segments = true;
    let out = render(&[&s], &o).unwrap().text;
    for line in out.split("\r\n") {
        assert!(!line.contains('\r') && !line.contains('\n'));
        assert!(!line.starts_with("ATTENDEE:"), "{line}");
    }
    assert_eq!(count_lines(&out, "BEGIN:VEVENT"), 4);
    assert_eq!(count_lines(&out, "END:VEVENT"), 4);
    // Every ATTENDEE line is written by runsheet: the three people on the session, the
    // two moderators on each of the three segments.
    let unfolded = out.replace("\r\n ", "");
    assert_eq!(unfolded.lines().filter(|l| l.starts_with("ATTENDEE;")).count(), 3 + 2 * 3);
    assert!(unfolded.contains("ATTENDEE;CN=\"Eve'; ROLE=CHAIR:mailto:e@evil.example ATTENDEE:x\";"), "{unfolded}");
}

#[test]
fn no_slot_is_an_error_and_start_gives_one() {
    let mut s = session("2021-12-10T10:15:00Z", "2021-12-10T11:45:00Z", Zone::Utc);
    s.slot = None;
    assert!(matches!(render(&[&s], &opts()), Err(IcsError::NoSlot { .. })));
    let z = Zone::Iana("Europe/Berlin".into());
    let t = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M").unwrap();
    let got = with_start(&s, t("2019-11-26T09:30"), &z).unwrap();
    assert!(!got.repeated);
    let slot = got.session.slot.unwrap().value;
    assert_eq!(slot.start.to_rfc3339(), "2019-11-26T09:30:00+01:00");
    assert_eq!(slot.end.to_rfc3339(), "2019-11-26T11:00:00+01:00");
    assert!(matches!(with_start(&s, t("2024-03-31T02:30"), &z), Err(IcsError::Time { .. })));
    assert!(with_start(&s, t("2024-10-27T02:30"), &z).unwrap().repeated);
}

#[test]
fn uid_without_id_is_stable_content_hash() {
    let mut s = session("2021-12-10T10:15:00Z", "2021-12-10T11:45:00Z", Zone::Utc);
    s.id = None;
    let a = session_uid(&s);
    assert!(a.ends_with("@runsheet") && a.len() == 36 + 9, "{a}");
    s.slot = None;
    assert_eq!(session_uid(&s), a, "independent of the slot");
    s.title = Some(sp("Other".into()));
    assert_ne!(session_uid(&s), a);
}

#[test]
fn segment_invitations_go_to_the_people_on_in_it() {
    let mut s = session("2021-12-10T10:15:00Z", "2021-12-10T11:45:00Z", Zone::Utc);
    s.segments[1].people = vec!["Henri Verdier".into()];
    let mut o = opts();
    o.invite = true;
    o.segments = true;
    let out = unfold(&render(&[&s], &o).unwrap().text);
    let events: Vec<&str> = out.split("BEGIN:VEVENT").skip(1).collect();
    let cns = |ev: &str| -> Vec<String> {
        ev.split("\r\n").filter(|l| l.starts_with("ATTENDEE;CN=")).map(|l| l[12..].split(';').next().unwrap().to_owned()).collect()
    };
    assert_eq!(cns(events[0]), ["John Hering", "Henri Verdier", "Kaja Ciglic"]);
    // Segment 1 names nobody: the moderators; segment 2 names the speaker.
    assert_eq!(cns(events[1]), ["John Hering", "Kaja Ciglic"]);
    assert_eq!(cns(events[2]), ["Henri Verdier"]);
}
