//! Checks across sessions: a room used twice at once, a person in two places at once or
//! without time to change rooms, an agenda longer than its slot.
//!
//! A pure function over sessions; findings are plain data that name the sessions (by index
//! into the slice given) and the spans involved, for `runsheet check` to report.
//! Times are half-open: a session ending at 10:00 and one starting at 10:00 do not overlap.

use std::collections::HashMap;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::names::normalise;
use super::Programme;
use crate::model::{NoteLevel, Session, Span};

/// Options for the checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The least time, in minutes, a person needs between sessions in different rooms.
    pub changeover_minutes: i64,
}

impl Default for Options {
    fn default() -> Self {
        Options { changeover_minutes: 10 }
    }
}

/// One problem between sessions (or within one, for `agenda-exceeds-slot`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable code: `room-overlap`, `person-overlap`, `changeover-too-short`,
    /// `agenda-exceeds-slot`, or a merge code (`slot-disagrees`, `room-disagrees`).
    pub code: String,
    /// How serious it is.
    pub level: NoteLevel,
    /// One sentence naming the sessions and times.
    pub message: String,
    /// The sessions involved, as indexes into the slice checked, earliest first.
    pub sessions: Vec<usize>,
    /// One span per entry of `sessions`: the text each finding is about in that session.
    pub spans: Vec<Span>,
}

/// The code for two sessions in one room at overlapping times.
pub const ROOM_OVERLAP: &str = "room-overlap";
/// The code for one person in two overlapping sessions.
pub const PERSON_OVERLAP: &str = "person-overlap";
/// The code for too little time between a person's sessions in different rooms.
pub const CHANGEOVER: &str = "changeover-too-short";
/// The code for an agenda that runs past the end of its slot.
pub const AGENDA_EXCEEDS_SLOT: &str = "agenda-exceeds-slot";

struct Item<'a> {
    index: usize,
    session: &'a Session,
    start: DateTime<FixedOffset>,
    end: DateTime<FixedOffset>,
    rooms: Vec<(String, &'a str, Span)>,
}

/// Checks sessions against each other. Sessions without a slot take part only in none of
/// the timed checks; rooms are matched without regard to case and spacing.
pub fn check(sessions: &[Session], options: &Options) -> Vec<Finding> {
    let items = sessions.iter().enumerate().filter_map(|(i, s)| item(i, s, Vec::new())).collect::<Vec<_>>();
    run(&items, sessions, options)
}

/// Checks a programme's events; an event listed in several rooms occupies each of them.
/// Session indexes in the findings are indexes into `programme.events`.
pub fn check_programme(programme: &Programme, options: &Options) -> Vec<Finding> {
    let sessions: Vec<Session> = programme.events.iter().map(|e| e.session.clone()).collect();
    let items = programme
        .events
        .iter()
        .enumerate()
        .filter_map(|(i, e)| item(i, &e.session, e.also_rooms.iter().map(|r| (r.value.as_str(), r.span)).collect()))
        .collect::<Vec<_>>();
    run(&items, &sessions, options)
}

fn item<'a>(index: usize, session: &'a Session, extra: Vec<(&'a str, Span)>) -> Option<Item<'a>> {
    let slot = &session.slot.as_ref()?.value;
    let rooms = session
        .room
        .iter()
        .map(|r| (r.value.as_str(), r.span))
        .chain(extra)
        .map(|(name, span)| (room_key(name), name, span))
        .collect();
    Some(Item { index, session, start: slot.start, end: slot.end, rooms })
}

fn room_key(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

fn run(items: &[Item], sessions: &[Session], options: &Options) -> Vec<Finding> {
    let mut out = Vec::new();
    rooms(items, &mut out);
    people(items, options, &mut out);
    agendas(sessions, &mut out);
    out.sort_by(|a, b| (&a.sessions, &a.code).cmp(&(&b.sessions, &b.code)));
    out.dedup();
    out
}

fn when(s: &Item) -> String {
    format!("{}–{}", s.start.format("%a %Y-%m-%d %H:%M"), s.end.format("%H:%M"))
}

/// Pairs of overlapping intervals in each group: sort by start, then sweep.
fn overlapping_pairs<'a, 'b>(group: &mut [(&'b Item<'a>, Span)]) -> Vec<(usize, usize)> {
    group.sort_by_key(|(it, _)| (it.start, it.end, it.index));
    let mut pairs = Vec::new();
    for i in 0..group.len() {
        for j in i + 1..group.len() {
            if group[j].0.start >= group[i].0.end {
                break;
            }
            if group[j].0.index != group[i].0.index {
                pairs.push((i, j));
            }
        }
    }
    pairs
}

fn rooms(items: &[Item], out: &mut Vec<Finding>) {
    let mut by_room: HashMap<&str, Vec<(&Item, Span)>> = HashMap::new();
    for it in items {
        for (key, _, span) in &it.rooms {
            by_room.entry(key.as_str()).or_default().push((it, *span));
        }
    }
    for group in by_room.values_mut() {
        for (i, j) in overlapping_pairs(group) {
            let ((a, sa), (b, sb)) = (group[i], group[j]);
            let room = a.rooms.iter().find(|r| b.rooms.iter().any(|x| x.0 == r.0)).map_or("", |r| r.1);
            out.push(Finding {
                code: ROOM_OVERLAP.into(),
                level: NoteLevel::Error,
                message: format!(
                    "`{}` ({}) and `{}` ({}) are both in room `{room}` at the same time",
                    name(a.session), when(a), name(b.session), when(b)
                ),
                sessions: vec![a.index, b.index],
                spans: vec![sa, sb],
            });
        }
    }
}

fn people(items: &[Item], options: &Options, out: &mut Vec<Finding>) {
    let mut by_person: HashMap<String, Vec<(&Item, Span)>> = HashMap::new();
    for it in items {
        // A set: a session listing thousands of people must not be quadratic.
        let mut seen = std::collections::HashSet::new();
        for p in &it.session.people {
            let key = normalise(&p.name.value);
            if key.is_empty() || !seen.insert(key.clone()) {
                continue;
            }
            by_person.entry(key).or_default().push((it, p.name.span));
        }
    }
    let gap = chrono::Duration::minutes(options.changeover_minutes);
    for group in by_person.values_mut() {
        group.sort_by_key(|(it, _)| (it.start, it.end, it.index));
        for i in 0..group.len() {
            let (a, sa) = group[i];
            for &(b, sb) in &group[i + 1..] {
                if b.start >= a.end + gap {
                    break;
                }
                let who = person_name(a.session, sa);
                if b.start < a.end {
                    out.push(Finding {
                        code: PERSON_OVERLAP.into(),
                        level: NoteLevel::Error,
                        message: format!(
                            "{who} is in `{}` ({}) and `{}` ({}) at the same time",
                            name(a.session), when(a), name(b.session), when(b)
                        ),
                        sessions: vec![a.index, b.index],
                        spans: vec![sa, sb],
                    });
                } else if !a.rooms.iter().any(|r| b.rooms.iter().any(|x| x.0 == r.0)) && !a.rooms.is_empty() && !b.rooms.is_empty() {
                    out.push(Finding {
                        code: CHANGEOVER.into(),
                        level: NoteLevel::Warning,
                        message: format!(
                            "{who} has {} min to get from `{}` in `{}` to `{}` in `{}` (at least {} min needed)",
                            (b.start - a.end).num_minutes(), name(a.session), a.rooms[0].1,
                            name(b.session), b.rooms[0].1, options.changeover_minutes
                        ),
                        sessions: vec![a.index, b.index],
                        spans: vec![sa, sb],
                    });
                }
            }
        }
    }
}

/// How a session is named in messages: its id when that reads as one (`IGF 2021 WS #119`),
/// its title when the id is a bare number or code from a schedule (`25`, `G9JGWY`).
fn name(s: &Session) -> &str {
    match (&s.id, &s.title) {
        (Some(id), Some(t)) if id.value.text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') => &t.value,
        _ => s.display_name(),
    }
}

fn person_name(session: &Session, span: Span) -> String {
    session.people.iter().find(|p| p.name.span == span).map_or_else(|| "someone".into(), |p| p.name.value.clone())
}

fn agendas(sessions: &[Session], out: &mut Vec<Finding>) {
    for (i, s) in sessions.iter().enumerate() {
        let Some(slot) = &s.slot else { continue };
        let minutes = (slot.value.end - slot.value.start).num_minutes();
        let Some(last) = s.segments.iter().max_by_key(|g| g.end.value) else { continue };
        if i64::from(last.end.value) > minutes {
            out.push(Finding {
                code: AGENDA_EXCEEDS_SLOT.into(),
                level: NoteLevel::Error,
                message: format!(
                    "the agenda of `{}` runs {} min but its slot is {minutes} min ({}–{})",
                    name(s), last.end.value, slot.value.start.format("%Y-%m-%d %H:%M"), slot.value.end.format("%H:%M")
                ),
                sessions: vec![i],
                spans: vec![last.end.span],
            });
        }
    }
}
