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
/// A programme is read one `[[session]]` table at a time, so the TOML parser's tokens and
/// tables (about 35 times the text when read whole) are never held for the whole file;
/// a file that cannot be read that way is read whole, which gives the same programme and
/// the same errors.
///
/// # Errors
/// As [`import`].
pub fn import_in(source: &Source, input_zone: Option<&Zone>) -> Result<Programme, ScheduleError> {
    match import_parts(source, input_zone) {
        Some(programme) => Ok(programme),
        None => import_whole(source, input_zone),
    }
}

/// The whole file as one TOML document.
fn import_whole(source: &Source, input_zone: Option<&Zone>) -> Result<Programme, ScheduleError> {
    let file: File = toml::from_str(&source.text).map_err(|e| {
        let r = e.span().unwrap_or(0..0);
        ScheduleError { message: e.message().to_owned(), span: source.span(r.start, r.end) }
    })?;
    let mut build = Build::new(source, &file.conference, input_zone)?;
    for row in &file.session {
        build.row(row, 0);
    }
    Ok(build.finish(file.conference))
}

/// The file read part by part: the text before the first `[[session]]` header (the
/// conference), then each header with the lines up to the next. None when the file is
/// not written so (no header, a session table before the first, a header inside a
/// multi-line string, a table after the sessions) or any part is not valid TOML: the
/// whole file is then read, so its errors are the whole file's.
fn import_parts(source: &Source, input_zone: Option<&Zone>) -> Option<Programme> {
    let text = source.text.as_str();
    let starts = session_headers(text);
    let first = *starts.first()?;
    let head: File = toml::from_str(&text[..first]).ok()?;
    if !head.session.is_empty() {
        return None;
    }
    let mut build = Build::new(source, &head.conference, input_zone).ok()?;
    build.events.reserve_exact(starts.len());
    for (k, &at) in starts.iter().enumerate() {
        let end = starts.get(k + 1).copied().unwrap_or(text.len());
        let part: Part = toml::from_str(&text[at..end]).ok()?;
        for row in &part.session {
            build.row(row, at);
        }
    }
    Some(build.finish(head.conference))
}

/// One part of the file: a `[[session]]` header and its lines.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Part {
    session: Vec<Row>,
}

/// Byte offsets of the lines that hold only a `[[session]]` header (spaces and a comment
/// allowed), where the file can be cut into parts.
fn session_headers(text: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let code = line.split('#').next().unwrap_or("");
        if code.chars().filter(|c| !c.is_whitespace()).eq("[[session]]".chars()) {
            starts.push(at);
        }
        at += line.len();
    }
    starts
}

/// The programme as its sessions are read: events, rooms and notes.
struct Build<'a> {
    source: &'a Source,
    conf_zone: Option<Zone>,
    rooms: Vec<Room>,
    room_names: std::collections::HashSet<String>,
    events: Vec<Event>,
    notes: Vec<Note>,
}

impl<'a> Build<'a> {
    /// Ready to read sessions under `conference`, whose zone must be known.
    fn new(source: &'a Source, conference: &Conf, input_zone: Option<&Zone>) -> Result<Self, ScheduleError> {
        let conf_zone = match &conference.time_zone {
            Some(z) => Some(time::zone_named(z.get_ref()).map_err(|e| ScheduleError { message: e.to_string(), span: source.span(z.span().start, z.span().end) })?),
            None => input_zone.cloned(),
        };
        Ok(Build { source, conf_zone, rooms: Vec::new(), room_names: std::collections::HashSet::new(), events: Vec::new(), notes: Vec::new() })
    }

    /// Reads one `[[session]]` table of the text part that starts at byte `offset`.
    fn row(&mut self, row: &Row, offset: usize) {
        let source = self.source;
        let sp = |t: &std::ops::Range<usize>| source.span(offset + t.start, offset + t.end);
        let notes = &mut self.notes;
        let zone = match (&row.tz, &self.conf_zone) {
            (Some(z), _) => match time::zone_named(z.get_ref()) {
                Ok(z) => z,
                Err(e) => {
                    notes.push(Note { code: "zone-unknown".into(), level: NoteLevel::Error, message: format!("{e}; the session is skipped"), span: sp(&z.span()), path: None });
                    return;
                }
            },
            (None, Some(z)) => z.clone(),
            (None, None) => {
                notes.push(Note { code: "zone-missing".into(), level: NoteLevel::Error, message: "no `tz` here and no `[conference] time_zone` (or give the zone with --input-tz); the session is skipped".into(), span: sp(&row.start.span()), path: None });
                return;
            }
        };
        let start_span = sp(&row.start.span());
        let Some(start) = instant(row.start.get_ref(), &zone, start_span, notes) else { return };
        let end = match (&row.end, &row.duration) {
            (Some(e), _) => instant(e.get_ref(), &zone, sp(&e.span()), notes),
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
        let Some(end) = end else { return };
        if end <= start {
            notes.push(Note { code: "slot-ends-before-start".into(), level: NoteLevel::Error, message: format!("`{}` ends before it starts; it is skipped", row.id.get_ref()), span: start_span, path: None });
            return;
        }
        if let Some(r) = &row.room {
            if self.room_names.insert(r.get_ref().clone()) {
                self.rooms.push(Room { name: r.get_ref().clone(), guid: None });
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
        self.events.push(Event { session, person_keys, ..Event::default() });
    }

    /// The programme read.
    fn finish(mut self, c: Conf) -> Programme {
        self.events.shrink_to_fit();
        Programme {
            conference: Conference {
                title: c.title,
                acronym: c.acronym,
                zone: self.conf_zone,
                timeslot_minutes: c.timeslot.as_deref().and_then(parse_duration).and_then(|m| u32::try_from(m).ok()),
                url: c.url,
                ..Conference::default()
            },
            days: Vec::new(),
            rooms: self.rooms,
            events: self.events,
            notes: self.notes,
        }
    }
}

/// A person named as a speaker.
pub(crate) fn speaker(name: &str, span: Span) -> Person {
    let role = RoleRef { role: Role::Speaker, span, inferred: false };
    Person::new(Spanned::new(name.to_owned(), span), vec![role])
}

#[cfg(test)]
mod tests {
    use super::*;

    const PROGRAMME: &str = include_str!("../../tests/data/schedules/programme.toml");

    fn whole(text: &str) -> Result<Programme, ScheduleError> {
        import_whole(&Source::new("p.toml", text.to_owned()), None)
    }

    fn parts(text: &str) -> Option<Programme> {
        import_parts(&Source::new("p.toml", text.to_owned()), None)
    }

    #[test]
    fn a_programme_read_part_by_part_is_the_programme_read_whole() {
        let commented = PROGRAMME.replacen("[[session]]", "  [[ session ]]  # the first\r", 1);
        for text in [PROGRAMME, commented.as_str()] {
            let read = parts(text).expect("read part by part");
            assert_eq!(Ok(read), whole(text));
        }
        // Positions are the file's, not the part's.
        let read = parts(PROGRAMME).unwrap();
        let last = read.events.last().unwrap().session.id.as_ref().unwrap();
        assert_eq!(&PROGRAMME[last.span.start..last.span.end], format!("\"{}\"", last.value.text));
    }

    #[test]
    fn a_file_not_cut_at_its_session_headers_is_read_whole() {
        let cases = [
            // No header: inline sessions.
            "session = [{ id = \"a\", start = \"2024-01-01T10:00\", duration = \"00:30\" }]\n[conference]\ntime_zone = \"UTC\"\n".to_owned(),
            // A header line inside a multi-line string.
            PROGRAMME.replacen("title = \"Data governance\"", "title = \"\"\"Data\n[[session]]\ngovernance\"\"\"", 1),
            // A table after the sessions.
            format!("{PROGRAMME}\n[conference]\ntitle = \"again\"\n"),
            // A syntax error in one session.
            PROGRAMME.replacen("room = \"Conference Room 3\"", "room = ", 1),
        ];
        for text in &cases {
            assert_eq!(parts(text), None, "{text}");
        }
        // Read whole, each gives what it gives.
        assert_eq!(whole(&cases[0]).unwrap().events.len(), 1);
        assert_eq!(whole(&cases[1]).unwrap().events[0].session.title.as_ref().unwrap().value, "Data\n[[session]]\ngovernance");
        assert!(whole(&cases[2]).is_err());
        assert!(import_in(&Source::new("p.toml", cases[3].clone()), None).unwrap_err().span.line > 1);
    }
}
