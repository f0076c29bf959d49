//! Splitting a programme's sessions into groups for per-room and per-person outputs
//! (`ics --by room|person`, `sheet --by room`).
//!
//! Groups are deterministic: keyed and ordered by a normalised key, each holding the
//! indexes of its sessions in start order.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::names::normalise;
use super::Day;
use crate::model::{Role, Session, Zone};
use crate::time;

/// One group of sessions: a name to show and the sessions in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// The room or person as first written.
    pub name: String,
    /// A file-name-safe key (`conference-room-3`, `ana-diaz`).
    pub key: String,
    /// Indexes into the slice given, in start order (sessions without a slot last).
    pub sessions: Vec<usize>,
}

/// The longest file key, in characters: with a date (`-2024-05-01`) and an extension it
/// stays far below the 255 bytes file systems allow for a name.
const KEY_CHARS: usize = 80;

/// Gives each group a file key: the slug of the key it was matched by (a person's name
/// without honorifics, a room's name), at most [`KEY_CHARS`] long, or
/// `group`; a key two groups would share (`Room A+` and `Room A` are both `room-a`) gets
/// `-2`, `-3` in group order, so no group's file replaces another's.
fn finish(map: BTreeMap<String, (String, Vec<usize>)>, sessions: &[Session]) -> Vec<Group> {
    let mut used: BTreeMap<String, usize> = BTreeMap::new();
    map.into_iter()
        .map(|(matched, (name, mut list))| {
            list.sort_by_key(|&i| (sessions[i].slot.as_ref().map(|s| s.value.start), i));
            let slug: String = crate::render::slug(&matched).chars().take(KEY_CHARS).collect();
            let base = match slug.trim_end_matches('-') {
                "" => "group".to_owned(),
                s => s.to_owned(),
            };
            let n = used.entry(base.clone()).or_insert(0);
            *n += 1;
            let key = if *n == 1 { base } else { format!("{base}-{n}") };
            Group { name, key, sessions: list }
        })
        .collect()
}

/// Sessions grouped by room, matched as the room checks match them (without regard to
/// case and spacing: `Room A+` and `Room A` are two rooms); sessions without a room are
/// left out.
pub fn by_room(sessions: &[Session]) -> Vec<Group> {
    let mut map: BTreeMap<String, (String, Vec<usize>)> = BTreeMap::new();
    for (i, s) in sessions.iter().enumerate() {
        if let Some(r) = &s.room {
            map.entry(super::conflicts::room_key(&r.value)).or_insert_with(|| (r.value.clone(), Vec::new())).1.push(i);
        }
    }
    finish(map, sessions)
}

/// Sessions grouped by person (names matched as the conflict checks match them); with
/// `roles` empty every person counts, else only people holding one of `roles`.
pub fn by_person(sessions: &[Session], roles: &[Role]) -> Vec<Group> {
    let mut map: BTreeMap<String, (String, Vec<usize>)> = BTreeMap::new();
    for (i, s) in sessions.iter().enumerate() {
        for p in &s.people {
            if !roles.is_empty() && !roles.iter().any(|r| p.has_role(*r)) {
                continue;
            }
            let key = normalise(&p.name.value);
            if key.is_empty() {
                continue;
            }
            let entry = map.entry(key).or_insert_with(|| (p.name.value.clone(), Vec::new()));
            if entry.1.last() != Some(&i) {
                entry.1.push(i);
            }
        }
    }
    finish(map, sessions)
}

/// Sessions grouped by room, then by day: the programme's day (`days`) for a show past
/// midnight that belongs to the day before (a 00:15 show of a day running from 11:00 to
/// 04:00), else the local calendar date of the start.
pub fn by_room_and_day(sessions: &[Session], days: &[Day]) -> Vec<(Group, NaiveDate)> {
    let mut out = Vec::new();
    for g in by_room(sessions) {
        let mut by_day: BTreeMap<NaiveDate, Vec<usize>> = BTreeMap::new();
        for &i in &g.sessions {
            let Some(slot) = &sessions[i].slot else { continue };
            by_day.entry(day_of(slot.value.start, &slot.value.zone, days)).or_default().push(i);
        }
        for (date, list) in by_day {
            out.push((Group { name: g.name.clone(), key: format!("{}-{date}", g.key), sessions: list }, date));
        }
    }
    out
}

/// The programme day a start belongs to: the day whose span holds it when the start is on
/// the next calendar date and earlier in the day than the day's own start (past
/// midnight), else its local calendar date. A day labelled with another date (wafer
/// labels days by their UTC start) does not move shows that start after the day begins.
pub fn day_of(start: DateTime<FixedOffset>, zone: &Zone, days: &[Day]) -> NaiveDate {
    let local = time::in_zone(start, zone).unwrap_or(start);
    days.iter()
        .find_map(|d| {
            let (ds, de) = (d.start?, d.end?);
            let ds_local = time::in_zone(ds, zone).unwrap_or(ds);
            let past_midnight = ds <= start && start < de && local.date_naive() == d.date.succ_opt()? && local.time() < ds_local.time();
            past_midnight.then_some(d.date)
        })
        .unwrap_or_else(|| local.date_naive())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Person, RoleRef, Span, Spanned};

    fn session(room: &str, people: &[&str]) -> Session {
        Session {
            room: Some(Spanned::new(room.into(), Span::default())),
            people: people
                .iter()
                .map(|n| {
                    let role = RoleRef { role: Role::Speaker, span: Span::default(), inferred: false };
                    Person::new(Spanned::new((*n).into(), Span::default()), vec![role])
                })
                .collect(),
            ..Session::default()
        }
    }

    #[test]
    fn rooms_and_people_group_across_spellings() {
        let s = [session("Room 3", &["Ana Díaz"]), session("room  3", &["ANA DIAZ", "Li Wei"]), session("Plenary", &[])];
        let rooms = by_room(&s);
        assert_eq!(rooms.iter().map(|g| (g.key.as_str(), g.sessions.clone())).collect::<Vec<_>>(), [("plenary", vec![2]), ("room-3", vec![0, 1])]);
        let people = by_person(&s, &[]);
        assert_eq!(people.iter().map(|g| (g.name.as_str(), g.key.as_str(), g.sessions.len())).collect::<Vec<_>>(), [("Ana Díaz", "ana-diaz", 2), ("Li Wei", "li-wei", 1)]);
        assert!(by_person(&s, &[Role::Moderator]).is_empty());
    }

    #[test]
    fn rooms_that_differ_only_in_punctuation_stay_apart_with_unique_short_file_keys() {
        let long = "Hall ".repeat(60);
        let s = [session("Room A+", &[]), session("Room A", &[]), session(&long, &[]), session("!!!", &[])];
        let rooms = by_room(&s);
        let keys: Vec<(&str, Vec<usize>)> = rooms.iter().map(|g| (g.key.as_str(), g.sessions.clone())).collect();
        assert_eq!(keys.len(), 4, "{keys:?}");
        assert!(keys.contains(&("room-a", vec![1])) && keys.contains(&("room-a-2", vec![0])), "{keys:?}");
        assert!(keys.contains(&("group", vec![3])), "{keys:?}");
        let hall = rooms.iter().find(|g| g.sessions == [2]).unwrap();
        assert!(hall.key.len() <= 80 && hall.key.starts_with("hall-hall"), "{}", hall.key);
    }
}
