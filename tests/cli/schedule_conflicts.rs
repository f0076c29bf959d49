//! Cross-session checks: on a generated programme of 2,000 sessions every planted conflict
//! is found and nothing else; small cases pin the boundaries and the messages.

use crate::generate;

use runsheet::schedule::conflicts::{check, Options};

#[test]
fn every_planted_conflict_is_found_and_nothing_else() {
    for seed in [1, 2, 2026] {
        let (sessions, planted) = generate::programme(seed);
        assert_eq!(sessions.len(), 2000);
        let days: std::collections::BTreeSet<_> = sessions.iter().map(|s| s.slot.as_ref().unwrap().value.start.date_naive()).collect();
        let rooms: std::collections::BTreeSet<_> = sessions.iter().map(|s| s.room.as_ref().unwrap().value.clone()).collect();
        assert_eq!((days.len(), rooms.len()), (5, 20));
        assert_eq!(planted.len(), 4 * generate::EACH);
        let findings = check(&sessions, &Options { changeover_minutes: generate::CHANGEOVER });
        let mut found: Vec<(String, Vec<usize>)> = findings
            .iter()
            .map(|f| {
                let mut s = f.sessions.clone();
                s.sort_unstable();
                (f.code.clone(), s)
            })
            .collect();
        found.sort();
        let missed: Vec<_> = planted.iter().filter(|p| !found.contains(p)).collect();
        let extra: Vec<_> = found.iter().filter(|f| !planted.contains(f)).collect();
        assert!(missed.is_empty() && extra.is_empty(), "seed {seed}: missed {missed:?}, not planted {extra:?}");
        assert_eq!(found, planted, "seed {seed}");
    }
}

#[test]
fn the_generator_is_deterministic() {
    assert_eq!(generate::programme(7), generate::programme(7));
    assert_ne!(generate::programme(7).1, generate::programme(8).1);
}

#[test]
fn boundaries_and_messages() {
    let (mut sessions, _) = generate::programme(3);
    sessions.truncate(3); // Room 00, 08:00, 08:30, 09:00 on day one: back to back.
    let opts = Options { changeover_minutes: 10 };
    assert!(check(&sessions, &opts).is_empty(), "touching sessions do not overlap");
    // The same speaker in back-to-back sessions in the same room needs no changeover.
    let first = sessions[0].people[0].clone();
    sessions[1].people.push(first);
    assert!(check(&sessions, &opts).is_empty());
    // Moved to another room with no gap, she does.
    sessions[1].room.as_mut().unwrap().value = "Room 07".into();
    let f = check(&sessions, &opts);
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].code, "changeover-too-short");
    assert_eq!(
        f[0].message,
        "Speaker 0 A has 0 min to get from `GEN WS #0` in `Room 00` to `GEN WS #1` in `Room 07` (at least 10 min needed)"
    );
    // With no changeover asked for, nothing.
    assert!(check(&sessions, &Options { changeover_minutes: 0 }).is_empty());
    // Room names match without regard to case and spacing.
    sessions[2].room.as_mut().unwrap().value = "room  07".into();
    sessions[2].slot.as_mut().unwrap().value.start -= chrono::Duration::minutes(1);
    let f = check(&sessions, &Options { changeover_minutes: 0 });
    assert_eq!(f.iter().map(|f| f.code.as_str()).collect::<Vec<_>>(), ["room-overlap"]);
    assert_eq!(f[0].sessions, [1, 2]);
}

#[test]
fn sessions_that_all_overlap_are_one_finding_per_room_and_one_for_their_people() {
    // 1,000 copies of one session (same room, slot and people) used to give 499,500 room
    // findings and as many per person: now one of each, naming ten and counting the rest.
    let (sessions, _) = generate::programme(5);
    let one = sessions[0].clone();
    let copies: Vec<_> = (0..1000).map(|i| {
        let mut s = one.clone();
        s.id.as_mut().unwrap().value.text = format!("COPY #{i}");
        s
    }).collect();
    let f = check(&copies, &Options::default());
    let codes: Vec<&str> = f.iter().map(|f| f.code.as_str()).collect();
    assert_eq!(codes, ["person-overlap", "room-overlap"], "{f:#?}");
    for finding in &f {
        assert_eq!(finding.sessions, (0..1000).collect::<Vec<_>>());
        assert_eq!(finding.spans.len(), 1000);
        assert!(finding.message.contains("1000 sessions") && finding.message.contains("and 990 more"), "{}", finding.message);
    }
    // Everyone the session lists shares the one person finding.
    let names: Vec<&str> = one.people.iter().map(|p| p.name.value.as_str()).collect();
    assert!(names.len() >= 2);
    let who = format!("{} and {}", names[..names.len() - 1].join(", "), names[names.len() - 1]);
    assert!(f[0].message.starts_with(&format!("{who} are each in 1000 sessions")), "{}", f[0].message);
}

#[test]
fn a_chain_of_overlaps_is_one_cluster() {
    // A 08:00–08:30, B 08:20–08:50 and C 08:40–09:10 in one room: A and C do not overlap,
    // but the three are one run of overlapping sessions, so one finding names all three.
    let (mut sessions, _) = generate::programme(4);
    sessions.truncate(3);
    for (k, s) in sessions.iter_mut().enumerate() {
        // 08:00, 08:30, 09:00 back to back, each moved 10 minutes earlier per place.
        let slot = &mut s.slot.as_mut().unwrap().value;
        slot.start -= chrono::Duration::minutes(10 * k as i64);
        slot.end -= chrono::Duration::minutes(10 * k as i64);
        s.people.clear();
    }
    let f = check(&sessions, &Options::default());
    assert_eq!(f.len(), 1, "{f:#?}");
    assert_eq!(f[0].sessions, [0, 1, 2]);
    assert!(f[0].message.starts_with("3 sessions overlap in room `Room 00`"), "{}", f[0].message);
}

/// A TOML agenda of one session: `id`, a slot on 1 May 2024 (UTC hours), a room and speakers.
fn agenda(id: &str, from: u32, to: u32, room: &str, speakers: &[&str]) -> runsheet::model::Session {
    let mut text = format!(
        "[session]\nid = \"{id}\"\ntitle = \"Session {id}\"\nroom = \"{room}\"\n\n[slot]\nstart = 2024-05-01T{from:02}:00:00+00:00\nend = 2024-05-01T{to:02}:00:00+00:00\ntimezone = \"UTC\"\n"
    );
    for s in speakers {
        text.push_str(&format!("\n[[people]]\nname = \"{s}\"\nroles = [\"speaker\"]\n"));
    }
    let mut all = runsheet::parse::parse(&runsheet::source::Source::new(format!("{id}.toml"), text)).unwrap();
    all.remove(0)
}

#[test]
fn a_session_carries_at_most_one_room_and_one_person_overlap() {
    // A long session whose three speakers are each also in one other session, in other
    // rooms and at different times; and two sessions that share its room.
    let sessions = vec![
        agenda("T 1", 7, 12, "Room A", &["Ana Diaz", "Li Wei", "Sam Okafor"]),
        agenda("T 2", 8, 9, "Room B", &["Ana Diaz"]),
        agenda("T 3", 9, 10, "Room C", &["Li Wei"]),
        agenda("T 4", 10, 11, "Room D", &["Sam Okafor"]),
        agenda("T 5", 8, 9, "Room A", &[]),
        agenda("T 6", 11, 12, "Room A", &[]),
    ];
    let f = check(&sessions, &Options { changeover_minutes: 10 });
    let at_first: Vec<&str> = f.iter().filter(|x| x.sessions[0] == 0).map(|x| x.code.as_str()).collect();
    assert_eq!(at_first, ["person-overlap", "room-overlap"], "{f:#?}");
    let person = f.iter().find(|x| x.code == "person-overlap").unwrap();
    assert_eq!(person.sessions, [0, 1, 2, 3], "every session involved is listed");
    assert_eq!(person.spans.len(), 4);
    assert!(person.message.starts_with("3 overlaps at once: Ana Diaz is in `T 1`"), "{}", person.message);
    assert!(person.message.contains("Li Wei is in") && person.message.contains("Sam Okafor is in"), "{}", person.message);
    let room = f.iter().find(|x| x.code == "room-overlap").unwrap();
    assert_eq!(room.sessions, [0, 4, 5], "{}", room.message);
    assert_eq!(f.len(), 2, "{f:#?}");
}

#[test]
fn a_session_relayed_to_a_second_room_is_no_person_overlap() {
    // 31C3 shows `Fnord News Show` in Saal 1 and `Fnord News Show (Stream)` in Saal 2 at the
    // same times, its speakers listed in both: a relay, where they were two errors.
    let opts = Options { changeover_minutes: 10 };
    let mut show = agenda("A", 10, 11, "Saal 1", &["Fefe", "Frank"]);
    let mut stream = agenda("B", 10, 11, "Saal 2", &["Fefe", "Frank Rieger"]);
    show.title.as_mut().unwrap().value = "Fnord News Show".into();
    stream.title.as_mut().unwrap().value = "Fnord News Show (Stream)".into();
    assert!(check(&[show.clone(), stream.clone()], &opts).is_empty());
    // Other times, or a title that is not the other's with words added, are overlaps.
    let mut later = stream.clone();
    later.slot.as_mut().unwrap().value.end += chrono::Duration::minutes(30);
    let mut other = stream.clone();
    other.title.as_mut().unwrap().value = "Fnord Quiz".into();
    for second in [later, other] {
        let codes: Vec<String> = check(&[show.clone(), second], &opts).into_iter().map(|f| f.code).collect();
        assert_eq!(codes, ["person-overlap"]);
    }
}
