//! Whole-event schedules: programmes that give sessions their slots and rooms.
//!
//! A [`Programme`] is what a conference publishes: its metadata, days, rooms and events,
//! each event holding a [`Session`] (slot in the conference's zone, room, title, speakers,
//! no agenda) plus what is needed to export the schedule again. Importers read frab
//! `schedule.xml`, frab / pretalx schedule JSON (v1) and the flat v2 JSON ([`frab_json`],
//! [`frab_xml`]), runsheet's programme CSV ([`table`]) and native TOML ([`native`]).
//! Real exports carry quirks; importers read what a careful reader would and record each
//! quirk as a [`Note`] with a stable code. [`merge`] applies a programme to proposals,
//! [`conflicts`] checks sessions against each other, [`export`] writes frab again.

pub mod conflicts;
pub mod diagnostics;
pub mod export;
pub mod frab_json;
pub mod frab_xml;
pub mod group;
mod jsonloc;
pub mod merge;
pub mod names;
pub mod native;
mod resolve;
pub mod rules;
pub mod table;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::model::{NoteLevel, ParseNote, Session, Span, Spanned, Zone};
use crate::source::Source;

/// A whole event's programme: conference metadata, days, rooms and events.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Programme {
    /// The conference as a whole.
    pub conference: Conference,
    /// The conference days, in order (may be empty for CSV and TOML programmes).
    pub days: Vec<Day>,
    /// The rooms, in the order the source listed them.
    pub rooms: Vec<Room>,
    /// The events, in source order.
    pub events: Vec<Event>,
    /// What the importer noticed: quirks it read around, values it could not use.
    pub notes: Vec<Note>,
}

/// Conference metadata kept for export.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Conference {
    /// The conference title (`Chaos Communication Camp 2019`).
    pub title: Option<String>,
    /// The short name (`camp2019`), as written.
    pub acronym: Option<String>,
    /// The zone every slot is expressed in; `None` when the programme names none, none is
    /// inferred or given, and its times carry no offset (they are read as UTC, and said).
    pub zone: Option<Zone>,
    /// The first day.
    pub start: Option<NaiveDate>,
    /// The last day.
    pub end: Option<NaiveDate>,
    /// The grid unit in minutes (`timeslot_duration`).
    pub timeslot_minutes: Option<u32>,
    /// Base for relative URLs in the schedule.
    pub base_url: Option<String>,
    /// The conference web site.
    pub url: Option<String>,
    /// The schedule's version string.
    pub version: Option<String>,
}

/// One conference day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Day {
    /// 1-based index.
    pub index: u32,
    /// The calendar date.
    pub date: NaiveDate,
    /// When the day's programme starts.
    pub start: Option<DateTime<FixedOffset>>,
    /// When the day's programme ends.
    pub end: Option<DateTime<FixedOffset>>,
}

/// One room.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Room {
    /// The room's name as written.
    pub name: String,
    /// The room's guid, where given.
    pub guid: Option<String>,
}

/// A person's identifiers in the schedule, kept beside [`Session::people`].
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PersonKey {
    /// The person's guid.
    pub guid: Option<String>,
    /// The legacy numeric id.
    pub id: Option<u64>,
    /// The role as the schedule wrote it (`SPEAKER`, `CONTRIBUTOR`), for v2.
    pub role: Option<String>,
}

/// One scheduled event: a session plus the schedule metadata needed to export it again.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Event {
    /// The session (slot, room, title, people; no agenda).
    pub session: Session,
    /// The event's guid.
    pub guid: Option<String>,
    /// The legacy numeric id.
    pub number: Option<u64>,
    /// The pretalx code (`G9JGWY`).
    pub code: Option<String>,
    /// The slug as written.
    pub slug: Option<String>,
    /// The event type (`Talk`, `lecture`, `BREAK`).
    pub kind: Option<String>,
    /// The track name or slug.
    pub track: Option<String>,
    /// The language code.
    pub language: Option<String>,
    /// The subtitle.
    pub subtitle: Option<String>,
    /// The abstract.
    pub summary: Option<String>,
    /// The long description.
    pub description: Option<String>,
    /// Identifiers of each entry of `session.people`, in the same order.
    pub person_keys: Vec<PersonKey>,
    /// Further rooms the same event is listed in (a break shown in two rooms).
    pub also_rooms: Vec<Spanned<String>>,
}

impl Event {
    /// The event once per room it is listed in: its session, then a copy for each further
    /// room (a break shown in two rooms), for per-room outputs.
    pub fn listings(&self) -> impl Iterator<Item = Session> + '_ {
        std::iter::once(self.session.clone()).chain(self.also_rooms.iter().map(|r| Session { room: Some(r.clone()), ..self.session.clone() }))
    }

    /// Every room the event occupies: its room, then the further rooms.
    pub fn rooms(&self) -> impl Iterator<Item = &str> {
        self.session.room.iter().map(|r| r.value.as_str()).chain(self.also_rooms.iter().map(|r| r.value.as_str()))
    }
}

/// Something an importer noticed, with a stable kebab-case code and where it stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// Stable code, e.g. `zone-offset-mismatch`.
    pub code: String,
    /// How serious it is.
    pub level: NoteLevel,
    /// One sentence: what was seen and what was done.
    pub message: String,
    /// The text it is about (line and column).
    pub span: Span,
    /// The JSON path (`schedule.conference.days[0]...`), for JSON input.
    pub path: Option<String>,
}

impl From<Note> for ParseNote {
    fn from(n: Note) -> ParseNote {
        let message = match n.path {
            Some(p) => format!("{} (at {p})", n.message),
            None => n.message,
        };
        ParseNote { code: n.code, level: n.level, message, span: n.span }
    }
}

/// A programme that could not be read at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ScheduleError {
    /// What went wrong, in one sentence.
    pub message: String,
    /// Where it went wrong.
    pub span: Span,
}

/// The notations a programme can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notation {
    /// frab `schedule.xml`.
    FrabXml,
    /// frab / pretalx / c3voc schedule JSON, v1 or v2.
    FrabJson,
    /// runsheet's programme CSV (`id,start,end,tz,room`).
    Csv,
    /// runsheet's native TOML programme.
    Toml,
}

/// Tells the notation from the file's name and content.
pub fn detect(source: &Source) -> Notation {
    let head = source.text.trim_start();
    if head.starts_with('<') {
        Notation::FrabXml
    } else if head.starts_with('{') {
        Notation::FrabJson
    } else if source.name.to_ascii_lowercase().ends_with(".csv") || table::looks_like_csv(head) {
        Notation::Csv
    } else {
        Notation::Toml
    }
}

/// The notation of a whole-event programme, when the text is one (a frab/pretalx schedule
/// JSON, a `<schedule>` XML, a programme CSV), for commands that were given it as a proposal.
/// A runsheet TOML programme is not told apart here (it reads as a TOML agenda's error).
pub fn programme_notation(text: &str) -> Option<&'static str> {
    let head = text.trim_start_matches('\u{feff}').trim_start();
    if head.starts_with('{') {
        let v: serde_json::Value = serde_json::from_str(head).ok()?;
        return v.get("schedule").is_some_and(serde_json::Value::is_object).then_some("a frab/pretalx schedule JSON");
    }
    if head.starts_with('<') {
        // The first element, after the XML declaration, comments and a doctype.
        let mut rest = head;
        loop {
            rest = rest.trim_start();
            let skip = if rest.starts_with("<?") { "?>" } else if rest.starts_with("<!--") { "-->" } else if rest.starts_with("<!") { ">" } else { break };
            rest = rest.split_once(skip).map_or("", |(_, r)| r);
        }
        let name: String = rest.strip_prefix('<')?.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        return (name == "schedule").then_some("a schedule XML");
    }
    table::looks_like_csv(head).then_some("a programme CSV")
}

/// True when the text is a whole programme rather than a proposal or agenda: a frab/pretalx
/// JSON or XML schedule, a programme CSV, or a runsheet TOML programme (opening with
/// `[conference]` or `[[session]]`, where an agenda opens with `[session]`).
pub fn is_programme(text: &str) -> bool {
    if programme_notation(text).is_some() {
        return true;
    }
    let first = text.trim_start_matches('\u{feff}').lines().map(str::trim).find(|l| !l.is_empty() && !l.starts_with('#'));
    first.is_some_and(|l| {
        let header = l.split('#').next().unwrap_or("").trim();
        matches!(header, "[conference]" | "[[session]]")
    })
}

/// Imports a programme in any supported notation.
///
/// # Errors
/// A [`ScheduleError`] when the input is malformed beyond reading (bad JSON, XML, TOML
/// syntax; no events container; a CSV without the required columns).
pub fn import(source: &Source) -> Result<Programme, ScheduleError> {
    import_in(source, None)
}

/// Imports a programme whose times are in `zone` where it names no zone of its own (the
/// `--input-tz` of the commands): a Pentabarf file without `time_zone_name`, a TOML
/// programme without `[conference] time_zone`, a CSV row with an empty `tz`.
///
/// # Errors
/// As [`import`].
pub fn import_in(source: &Source, zone: Option<&Zone>) -> Result<Programme, ScheduleError> {
    match detect(source) {
        Notation::FrabXml => frab_xml::import_in(source, zone),
        Notation::FrabJson => frab_json::import_in(source, zone),
        Notation::Csv => table::import_in(source, zone),
        Notation::Toml => native::import_in(source, zone),
    }
}

/// The items of a list in order, each handed out by value, the list shrinking as it
/// empties, so its memory goes back while the items are turned into something else (a list
/// of 16,000 events held its 15 MB to the last).
#[derive(Debug)]
pub struct Freeing<T> {
    rest: Vec<T>,
}

impl<T> Freeing<T> {
    /// Hands out `items` in order.
    pub fn new(mut items: Vec<T>) -> Freeing<T> {
        items.reverse();
        Freeing { rest: items }
    }
}

impl<T> Iterator for Freeing<T> {
    type Item = T;

    fn next(&mut self) -> Option<T> {
        let item = self.rest.pop()?;
        if self.rest.len() % 1024 == 0 {
            self.rest.shrink_to_fit();
        }
        Some(item)
    }
}

/// Normalises a session id for matching: letters and digits only, lower case
/// (`IGF 2021 WS #119` and `igf2021 ws 119` match).
pub fn id_key(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}
