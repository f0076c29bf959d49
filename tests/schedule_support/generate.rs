//! A deterministic generator of a large programme with planted conflicts, shared by
//! tests/cli/schedule_conflicts.rs and benches/conflicts.rs (included with `#[path]`).
//!
//! 5 days × 20 rooms × 20 back-to-back 30-minute sessions (08:00–18:00, Europe/Berlin) =
//! 2,000 sessions, each with two speakers of its own. Recurring speakers appear twice a
//! day in different rooms with an hour's gap, under spellings that differ in case and
//! accents, which is no conflict. Then, on sessions no other plant touches: sessions run
//! 10 minutes into the next one in their room, people are put in two rooms at once (under
//! two spellings of their name), people get back-to-back sessions in different rooms, and
//! agendas are made longer than their slot.

#![allow(dead_code)]

use std::collections::HashSet;

use chrono::{Duration, NaiveDate, NaiveTime};
use runsheet::model::{Person, Role, RoleRef, Segment, Session, SessionId, Slot, Span, Spanned, Zone};

pub const DAYS: usize = 5;
pub const ROOMS: usize = 20;
pub const SLOTS: usize = 20;
/// How many of each kind of conflict are planted.
pub const EACH: usize = 25;
/// The changeover the generated programme is checked with, in minutes.
pub const CHANGEOVER: i64 = 10;

/// splitmix64: a small deterministic generator, enough for test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn index(day: usize, room: usize, slot: usize) -> usize {
    (day * ROOMS + room) * SLOTS + slot
}

fn person(name: &str) -> Person {
    let role = RoleRef { role: Role::Speaker, span: Span::default(), inferred: false };
    Person::new(Spanned::new(name.to_owned(), Span::default()), vec![role])
}

/// The generated sessions and the conflicts planted in them, as (code, sorted indexes).
pub fn programme(seed: u64) -> (Vec<Session>, Vec<(String, Vec<usize>)>) {
    let zone = Zone::Iana("Europe/Berlin".into());
    let first = NaiveDate::from_ymd_opt(2025, 6, 2).unwrap();
    let mut sessions = Vec::with_capacity(DAYS * ROOMS * SLOTS);
    for day in 0..DAYS {
        for room in 0..ROOMS {
            for slot in 0..SLOTS {
                let date = first + Duration::days(day as i64);
                let t = NaiveTime::from_hms_opt(8, 0, 0).unwrap() + Duration::minutes(30 * slot as i64);
                let start = runsheet::time::resolve(date, t, &zone).unwrap().instant;
                let i = index(day, room, slot);
                sessions.push(Session {
                    id: Some(Spanned::new(SessionId { event: "GEN".into(), kind: "WS".into(), number: Some(i as u32), text: format!("GEN WS #{i}") }, Span::default())),
                    title: Some(Spanned::new(format!("Session {i}"), Span::default())),
                    slot: Some(Spanned::new(Slot { start, end: start + Duration::minutes(30), zone: zone.clone() }, Span::default())),
                    room: Some(Spanned::new(format!("Room {room:02}"), Span::default())),
                    people: vec![person(&format!("Speaker {i} A")), person(&format!("Speaker {i} B"))],
                    ..Session::default()
                });
            }
        }
    }
    let mut rng = Rng(seed);
    // Recurring speakers: twice a day, an hour apart, in different rooms, spelled two ways.
    for k in 0..200 {
        let (day, slot) = (rng.below(DAYS), rng.below(SLOTS - 2));
        let r1 = rng.below(ROOMS);
        let r2 = (r1 + 1 + rng.below(ROOMS - 1)) % ROOMS;
        sessions[index(day, r1, slot)].people.push(person(&format!("Zoë Ångström-Nuñez {k}")));
        sessions[index(day, r2, slot + 2)].people.push(person(&format!("ZOE ANGSTROM NUNEZ {k}")));
    }
    let mut used: HashSet<usize> = HashSet::new();
    let mut planted = Vec::new();
    let mut pick = |rng: &mut Rng, same_room: bool, next_slot: usize| -> (usize, usize) {
        loop {
            let (day, slot) = (rng.below(DAYS), rng.below(SLOTS - next_slot.max(1)));
            let r1 = rng.below(ROOMS);
            let r2 = if same_room { r1 } else { (r1 + 1 + rng.below(ROOMS - 1)) % ROOMS };
            let (a, b) = (index(day, r1, slot), index(day, r2, slot + next_slot));
            if !used.contains(&a) && !used.contains(&b) {
                used.insert(a);
                used.insert(b);
                return (a, b);
            }
        }
    };
    for k in 0..EACH {
        // A session that runs into the next one in its room.
        let (a, b) = pick(&mut rng, true, 1);
        let slot = sessions[a].slot.as_mut().unwrap();
        slot.value.end += Duration::minutes(10);
        planted.push(("room-overlap".to_owned(), vec![a, b]));
        // One person in two rooms at once, under two spellings.
        let (a, b) = pick(&mut rng, false, 0);
        sessions[a].people.push(person(&format!("Łukasz Żółwiński {k}")));
        sessions[b].people.push(person(&format!("lukasz zolwinski {k}")));
        planted.push(("person-overlap".to_owned(), vec![a.min(b), a.max(b)]));
        // One person with back-to-back sessions in different rooms.
        let (a, b) = pick(&mut rng, false, 1);
        sessions[a].people.push(person(&format!("Chiara Bianchi {k}")));
        sessions[b].people.push(person(&format!("Chiara Bianchi {k}")));
        planted.push(("changeover-too-short".to_owned(), vec![a.min(b), a.max(b)]));
        // An agenda of 40 minutes in a 30-minute slot.
        let (a, _) = pick(&mut rng, true, 1);
        sessions[a].segments = [(0, 15, "Opening"), (15, 40, "Discussion")]
            .iter()
            .map(|&(s, e, t)| Segment {
                start: Spanned::new(s, Span::default()),
                end: Spanned::new(e, Span::default()),
                title: Spanned::new(t.to_owned(), Span::default()),
                notes: None,
                people: Vec::new(),
                cues: Vec::new(),
                clock: None,
                span: Span::default(),
            })
            .collect();
        planted.push(("agenda-exceeds-slot".to_owned(), vec![a]));
    }
    planted.sort();
    (sessions, planted)
}
