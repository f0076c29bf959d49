//! Property test: whatever text a proposal holds, the calendar keeps its structure. Every
//! line is at most 75 octets, ends in CRLF, and is a property runsheet writes; the number
//! of components and of ATTENDEE lines depends only on the session's shape.

use chrono::{DateTime, Utc};
use proptest::prelude::*;
use runsheet::model::{Person, Role, RoleRef, Segment, Session, SessionId, Slot, Span, Spanned, Zone};
use runsheet::render::ics::{IcsOptions, render};

fn sp<T>(v: T) -> Spanned<T> {
    Spanned::new(v, Span::default())
}

fn session(texts: &[String]) -> Session {
    let person = |name: &str, role| Person {
        name: sp(name.to_owned()),
        roles: vec![RoleRef { role, span: Span::default(), inferred: false }],
        affiliation: Some(texts[5].clone()),
        stakeholder_group: None,
        regional_group: None,
        email: None,
        aliases: vec![],
    };
    Session {
        id: Some(sp(SessionId { event: "X".into(), kind: "WS".into(), number: None, text: texts[0].clone() })),
        title: Some(sp(texts[1].clone())),
        format: Some(sp(texts[2].clone())),
        room: Some(sp(texts[3].clone())),
        url: Some(texts[4].clone()),
        slot: Some(sp(Slot {
            start: DateTime::parse_from_rfc3339("2024-10-27T01:30:00+02:00").unwrap(),
            end: DateTime::parse_from_rfc3339("2024-10-27T03:00:00+01:00").unwrap(),
            zone: Zone::Iana("Europe/Berlin".into()),
        })),
        people: vec![
            person(&format!("A {}", texts[6]), Role::Speaker),
            person(&format!("B {}", texts[7]), Role::OnsiteModerator),
        ],
        segments: vec![Segment {
            start: sp(0),
            end: sp(30),
            title: sp(texts[8].clone()),
            notes: Some(texts[9].clone()),
            people: vec![format!("A {}", texts[6])],
            cues: vec![texts[9].clone()],
            clock: None,
            span: Span::default(),
        }],
        ..Default::default()
    }
}

use crate::properties;

use properties::ALLOWED;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn any_text_keeps_the_structure(texts in proptest::collection::vec(
        prop_oneof![
            ".*",
            "[a-zA-Z ,;:\\\\\"\\r\\n\\t]{0,120}",
            Just("x\r\nATTENDEE:mailto:a@b.c\nEND:VEVENT\rBEGIN:VEVENT".to_owned()),
        ], 10)) {
        let s = session(&texts);
        let mut opts = IcsOptions::new(DateTime::<Utc>::from_timestamp(0, 0).unwrap());
        opts.invite = true;
        opts.segments = true;
        let text = render(&[&s], &opts).unwrap().text;
        prop_assert!(text.ends_with("END:VCALENDAR\r\n"));
        let mut logical: Vec<String> = Vec::new();
        for line in text.strip_suffix("\r\n").unwrap().split("\r\n") {
            prop_assert!(line.len() <= 75 && !line.contains(['\r', '\n']), "{:?}", line);
            match line.strip_prefix(' ') {
                Some(rest) => logical.last_mut().unwrap().push_str(rest),
                None => logical.push(line.to_owned()),
            }
        }
        for l in &logical {
            let name = l.split([';', ':']).next().unwrap();
            prop_assert!(ALLOWED.contains(&name), "unexpected property {:?}", l);
        }
        let count = |p: &str| logical.iter().filter(|l| l.starts_with(p)).count();
        prop_assert_eq!(count("BEGIN:VEVENT"), 2);
        prop_assert_eq!(count("END:VEVENT"), 2);
        prop_assert_eq!(count("ATTENDEE;"), 3);
        prop_assert_eq!(count("ORGANIZER"), 2);
        prop_assert_eq!(count("BEGIN:"), count("END:"));
    }
}
