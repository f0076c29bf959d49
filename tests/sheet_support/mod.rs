//! Hand-built sessions for the run-sheet tests, independent of the parser: the 2021 seed's
//! values as the proposal states them, the 2019 seed's (no slot, no breakdown), and a
//! panel with speakers named per segment.
#![allow(dead_code)]

use chrono::DateTime;
use runsheet::model::{
    Person, Role, RoleRef, Segment, Session, SessionId, Slot, Span, Spanned, TimeBasis, Timing, Zone,
};

fn s<T>(v: T) -> Spanned<T> {
    Spanned::new(v, Span::default())
}

pub fn person(name: &str, roles: &[Role]) -> Person {
    let roles = roles.iter().map(|r| RoleRef { role: *r, span: Span::default(), inferred: false }).collect();
    Person::new(s(name.to_owned()), roles)
}

pub fn segment(start: i32, end: i32, title: &str, people: &[&str], line: u32) -> Segment {
    Segment {
        start: s(start),
        end: s(end),
        title: s(title.to_owned()),
        notes: None,
        people: people.iter().map(|p| (*p).to_owned()).collect(),
        cues: Vec::new(),
        clock: None,
        span: Span { start: 0, end: 0, line, column: 1 },
    }
}

pub fn id(text: &str, event: &str, kind: &str, number: u32) -> Spanned<SessionId> {
    s(SessionId { event: event.into(), kind: kind.into(), number: Some(number), text: text.into() })
}

pub fn slot(start: &str, end: &str, zone: Zone) -> Spanned<Slot> {
    s(Slot {
        start: DateTime::parse_from_rfc3339(start).unwrap(),
        end: DateTime::parse_from_rfc3339(end).unwrap(),
        zone,
    })
}

/// IGF 2021 WS #119 with the values its proposal states.
pub fn ws119() -> Session {
    use Role::*;
    Session {
        id: Some(id("IGF 2021 WS #119", "IGF 2021", "WS", 119)),
        title: Some(s("The Next Chapter of UN Cyber Dialogues".into())),
        format: Some(s("Panel".into())),
        layout: Some(s("Auditorium".into())),
        declared_minutes: Some(s(90)),
        slot: Some(slot("2021-12-10T10:15:00Z", "2021-12-10T11:45:00Z", Zone::Utc)),
        room: Some(s("Conference Room 6".into())),
        people: vec![
            person("John Hering", &[Organizer, OnlineModerator, Rapporteur]),
            person("Samir Saran", &[Organizer]),
            person("Henri Verdier", &[Speaker]),
            person("Giacomo Persi Paoli", &[Speaker]),
            person("Gerardo Isaac Morales Tenorio", &[Speaker]),
            person("PABLO CASTRO", &[Speaker]),
            person("Nathalie Jaarsma", &[Speaker]),
            person("Kaja Ciglic", &[OnsiteModerator]),
        ],
        segments: vec![
            segment(0, 15, "Introductions and opening remarks about proposed new formats for cybersecurity dialogues at the UN and beyond", &[], 47),
            segment(15, 40, "Moderated panel discussion about the different dialogue models, their objectives, and how they might include multistakeholder participation", &[], 47),
            segment(40, 85, "Open Q&A on the different models with those in attendance in-person and virtually", &[], 47),
            segment(85, 90, "Closing and summary of major areas of concern/consensus", &[], 47),
        ],
        timing: Some(Timing { basis: TimeBasis::Relative, span: Span::default(), ambiguous: None }),
        ..Session::default()
    }
}

/// IGF 2019 WS #99: no slot, no timing breakdown.
pub fn ws99() -> Session {
    use Role::*;
    Session {
        id: Some(id("IGF 2019 WS #99", "IGF 2019", "WS", 99)),
        title: Some(s("Towards a Multistakeholder Cybersecurity Framework".into())),
        format: Some(s("Break-out Group Discussions".into())),
        layout: Some(s("Round Tables".into())),
        declared_minutes: Some(s(90)),
        people: vec![
            person("Wolfgang Kleinwaechter", &[Organizer, OnsiteModerator]),
            person("Alexander Klimburg", &[Organizer, OnlineModerator]),
            person("Max Senges", &[Organizer]),
            person("Johannes von Karczewski", &[Speaker]),
            person("Ludmilla Georgiew", &[Speaker]),
            person("Jan Neutze", &[Speaker]),
            person("Marina Kaljurand", &[Speaker]),
            person("Anriette Esterhuysen", &[Speaker]),
            person("Louk Faesen", &[Rapporteur]),
        ],
        ..Session::default()
    }
}

/// A panel held in Berlin with speakers named per segment: a 25-minute panel of four
/// (which does not split evenly) and an opening round of three.
pub fn panel() -> Session {
    use Role::*;
    Session {
        title: Some(s("Data flows and trust: a panel".into())),
        format: Some(s("Panel".into())),
        declared_minutes: Some(s(60)),
        slot: Some(slot("2024-10-27T16:00:00+01:00", "2024-10-27T17:00:00+01:00", Zone::Iana("Europe/Berlin".into()))),
        room: Some(s("Hall B".into())),
        people: vec![
            person("Ana Souza", &[Speaker]),
            person("Bilal Khan", &[Speaker]),
            person("Chen Wei", &[Speaker]),
            person("Dana Novak", &[Speaker]),
            person("Eva Lind", &[Moderator]),
            person("Femi Ade", &[OnlineModerator]),
        ],
        segments: vec![
            segment(0, 5, "Welcome", &["Eva Lind"], 10),
            segment(5, 14, "Opening statements", &["Ana Souza", "Bilal Khan", "Chen Wei"], 11),
            segment(14, 39, "Panel discussion", &["Eva Lind", "Ana Souza", "Bilal Khan", "Chen Wei", "Dana Novak"], 12),
            segment(39, 55, "Questions from the room and online", &[], 13),
            segment(55, 60, "Wrap-up", &["Eva Lind"], 14),
        ],
        ..Session::default()
    }
}
