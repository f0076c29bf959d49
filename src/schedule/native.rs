//! Imports runsheet's native TOML programme:
//!
//! ```toml
//! [conference]
//! title = "IGF 2021"
//! acronym = "igf2021"
//! time_zone = "Europe/Warsaw"     # the zone local times are read in
//! timeslot = "00:15"              # optional grid unit
//!
//! [[session]]
//! id = "IGF 2021 WS #119"
//! title = "Digital sovereignty"   # optional
//! start = "2021-12-10T10:15"      # local to time_zone, or with an offset
//! end = "2021-12-10T11:45"        # or: duration = "01:30"
//! room = "Conference Room 3"
//! tz = "UTC"                      # optional, overrides time_zone for this session
//! speakers = ["Ana Díaz", "Li Wei"]
//! url = "https://..."             # optional
//! ```

use serde::Deserialize;
use toml::Spanned as T;

use super::resolve::parse_duration;
use super::table::{instant, session_id};
use super::{Conference, Event, Note, PersonKey, Programme, Room, ScheduleError};
use crate::model::{NoteLevel, Person, Role, RoleRef, Session, Slot, Span, Spanned, Zone};
use crate::source::Source;
use crate::time;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    conference: Conf,
    #[serde(default)]
    session: Vec<Row>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Conf {
    title: Option<String>,
    acronym: Option<String>,
    time_zone: Option<T<String>>,
    timeslot: Option<String>,
    url: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Row {
    id: T<String>,
    title: Option<T<String>>,
    start: T<String>,
    end: Option<T<String>>,
    duration: Option<T<String>>,
    room: Option<T<String>>,
    tz: Option<T<String>>,
    #[serde(default)]
    speakers: Vec<T<String>>,
    url: Option<String>,
}

/// Imports a native TOML programme.
///
/// # Errors
/// A [`ScheduleError`] for TOML syntax errors, unknown keys and missing required keys, at
/// the place the TOML parser reports.
pub fn import(source: &Source) -> Result<Programme, ScheduleError> {
    import_in(source, None)
}

/// Imports a native TOML programme whose times are in `zone` where it names none (see [`super::import_in`]).
///
/// # Errors
/// As [`import`].
pub fn import_in(source: &Source, input_zone: Option<&Zone>) -> Result<Programme, ScheduleError> {
    let file: File = toml::from_str(&source.text).map_err(|e| {
        let r = e.span().unwrap_or(0..0);
        ScheduleError { message: e.message().to_owned(), span: source.span(r.start, r.end) }
    })?;
    let sp = |t: &std::ops::Range<usize>| source.span(t.start, t.end);
    let mut notes: Vec<Note> = Vec::new();
    let conf_zone = match &file.conference.time_zone {
        Some(z) => Some(time::zone_named(z.get_ref()).map_err(|e| ScheduleError { message: e.to_string(), span: sp(&z.span()) })?),
        None => input_zone.cloned(),
    };
    let mut rooms: Vec<Room> = Vec::new();
    let mut events = Vec::new();
    for row in &file.session {
        let zone = match (&row.tz, &conf_zone) {
            (Some(z), _) => match time::zone_named(z.get_ref()) {
                Ok(z) => z,
                Err(e) => {
                    notes.push(Note { code: "zone-unknown".into(), level: NoteLevel::Error, message: format!("{e}; the session is skipped"), span: sp(&z.span()), path: None });
                    continue;
                }
            },
            (None, Some(z)) => z.clone(),
            (None, None) => {
                notes.push(Note { code: "zone-missing".into(), level: NoteLevel::Error, message: "no `tz` here and no `[conference] time_zone` (or give the zone with --input-tz); the session is skipped".into(), span: sp(&row.start.span()), path: None });
                continue;
            }
        };
        let start_span = sp(&row.start.span());
        let Some(start) = instant(row.start.get_ref(), &zone, start_span, &mut notes) else { continue };
        let end = match (&row.end, &row.duration) {
            (Some(e), _) => instant(e.get_ref(), &zone, sp(&e.span()), &mut notes),
            (None, Some(d)) => match parse_duration(d.get_ref()) {
                Some(m) => Some(start + chrono::Duration::minutes(m)),
                None => {
                    notes.push(Note { code: "duration-invalid".into(), level: NoteLevel::Error, message: format!("duration `{}` is not an `HH:MM` of at most a year; the session is skipped", d.get_ref()), span: sp(&d.span()), path: None });
                    None
                }
            },
            (None, None) => {
                notes.push(Note { code: "slot-without-end".into(), level: NoteLevel::Error, message: "a session has `start` but neither `end` nor `duration`; it is skipped".into(), span: start_span, path: None });
                None
            }
        };
        let Some(end) = end else { continue };
        if end <= start {
            notes.push(Note { code: "slot-ends-before-start".into(), level: NoteLevel::Error, message: format!("`{}` ends before it starts; it is skipped", row.id.get_ref()), span: start_span, path: None });
            continue;
        }
        if let Some(r) = &row.room {
            if !rooms.iter().any(|x| &x.name == r.get_ref()) {
                rooms.push(Room { name: r.get_ref().clone(), guid: None });
            }
        }
        let people: Vec<Person> = row.speakers.iter().map(|s| speaker(s.get_ref(), sp(&s.span()))).collect();
        let session = Session {
            id: Some(Spanned::new(session_id(row.id.get_ref()), sp(&row.id.span()))),
            title: row.title.as_ref().map(|t| Spanned::new(t.get_ref().clone(), sp(&t.span()))),
            slot: Some(Spanned::new(Slot { start, end, zone }, start_span)),
            room: row.room.as_ref().map(|r| Spanned::new(r.get_ref().clone(), sp(&r.span()))),
            url: row.url.clone(),
            people,
            ..Session::default()
        };
        let person_keys = vec![PersonKey::default(); session.people.len()];
        events.push(Event { session, person_keys, ..Event::default() });
    }
    let c = file.conference;
    Ok(Programme {
        conference: Conference {
            title: c.title,
            acronym: c.acronym,
            zone: conf_zone,
            timeslot_minutes: c.timeslot.as_deref().and_then(parse_duration).and_then(|m| u32::try_from(m).ok()),
            url: c.url,
            ..Conference::default()
        },
        days: Vec::new(),
        rooms,
        events,
        notes,
    })
}

/// A person named as a speaker.
pub(crate) fn speaker(name: &str, span: Span) -> Person {
    let role = RoleRef { role: Role::Speaker, span, inferred: false };
    Person::new(Spanned::new(name.to_owned(), span), vec![role])
}
