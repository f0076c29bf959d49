//! Imports frab schedule JSON: v1 (what frab and pretalx publish: days → rooms → events,
//! `date` + `duration`) and v2 (the c3voc schema with flat `events`, ISO `start`/`end` and
//! participants with roles). Properties the schema does not define are ignored and noted.

use std::borrow::Cow;

use super::jsonloc::{Doc, Val};
use super::resolve::{self, Field, Loc, Raw, RawConference, RawDay, RawEvent, RawPerson, Tally};
use super::{PersonKey, Programme, Room, ScheduleError};
use crate::model::{NoteLevel, Zone};
use crate::source::Source;

const V1_EVENT: &[&str] = &[
    "guid", "code", "id", "logo", "date", "start", "end", "duration", "room", "slug", "url", "title", "subtitle", "track",
    "type", "language", "abstract", "description", "recording_license", "do_not_record", "do_not_stream", "persons",
    "links", "feedback_url", "origin_url", "attachments",
];
const V2_EVENT: &[&str] = &[
    "guid", "code", "logo", "start", "end", "duration", "room", "slug", "url", "title", "subtitle", "track", "type",
    "language", "abstract", "description", "participants", "links", "attachments", "state",
];
const CONFERENCE: &[&str] = &[
    "acronym", "title", "description", "start", "end", "daysCount", "timeslot_duration", "time_zone_name", "logo",
    "colors", "keywords", "url", "tracks", "rooms", "meta", "days", "languages", "defaults",
];
const V1_DAY: &[&str] = &["index", "date", "day_start", "day_end", "rooms"];
const V2_DAY: &[&str] = &["index", "date", "start", "end"];

/// Imports a schedule JSON file (v1 or v2, told apart by a flat `schedule.events` array).
///
/// # Errors
/// A [`ScheduleError`] when the text is not JSON or has no `schedule.conference`.
pub fn import(source: &Source) -> Result<Programme, ScheduleError> {
    import_in(source, None)
}

/// Imports a schedule JSON file whose times are in `zone` where it names none (see [`super::import_in`]).
///
/// # Errors
/// As [`import`].
pub fn import_in(source: &Source, input_zone: Option<&Zone>) -> Result<Programme, ScheduleError> {
    // serde_json says where the text stops being JSON (and bounds its nesting); the tree
    // is built only for text it accepted.
    serde_json::from_str::<serde::de::IgnoredAny>(&source.text).map_err(|e| {
        let offset = offset_of(&source.text, e.line(), e.column());
        ScheduleError { message: format!("not valid JSON: {e}"), span: source.span(offset, offset) }
    })?;
    // The tree is dropped before the events are resolved, so the two are never in memory
    // together; the notes' JSON paths are found again afterwards from their positions.
    let raw = {
        let Some(doc) = Doc::parse(&source.text) else {
            return Err(ScheduleError { message: "not valid JSON (or larger than 4 GiB)".into(), span: source.span(0, 0) });
        };
        read(source, &doc, input_zone)?
    };
    let mut programme = resolve::build(raw);
    if programme.notes.iter().any(|n| n.span.start < n.span.end) {
        if let Some(doc) = Doc::parse(&source.text) {
            for n in &mut programme.notes {
                n.path = doc.path_of(n.span.start, n.span.end);
            }
        }
    }
    Ok(programme)
}

fn read(source: &Source, doc: &Doc<'_>, input_zone: Option<&Zone>) -> Result<Raw, ScheduleError> {
    let r = Reader { source };
    let schedule = doc.root().get("schedule").filter(|v| v.is_object());
    let conference = schedule.and_then(|s| s.get("conference")).filter(|v| v.is_object());
    let (Some(schedule), Some(conference)) = (schedule, conference) else {
        return Err(ScheduleError { message: "not a frab schedule: no `schedule.conference` object".into(), span: source.span(0, 0) });
    };
    let v2 = schedule.get("events").is_some_and(Val::is_array);
    let mut raw = Raw { end_is_primary: v2, input_zone: input_zone.cloned(), ..Raw::default() };
    let mut tally = Tally::default();
    raw.conference = r.conference(schedule, conference);
    r.unknown(conference, CONFERENCE, "the conference", &mut tally);

    for room in conference.get("rooms").into_iter().flat_map(Val::elements) {
        if let Some(name) = room.get("name").and_then(Val::as_str) {
            raw.rooms.push((Room { name: name.into_owned(), guid: room.get("guid").and_then(Val::as_str).map(Cow::into_owned) }, r.loc(room)));
        }
    }
    let day_change = conference.get("day_change").and_then(Val::as_str);
    let events = count_events(conference, schedule, v2);
    raw.events.reserve_exact(events);
    for d in conference.get("days").into_iter().flat_map(Val::elements).filter(|d| d.is_object()) {
        let (start, end) = if v2 { ("start", "end") } else { ("day_start", "day_end") };
        raw.days.push(RawDay {
            index: d.get("index").and_then(Val::as_u64),
            date: r.field(d, "date"),
            start: d.get(start).and_then(Val::as_str).map(Cow::into_owned),
            end: d.get(end).and_then(Val::as_str).map(Cow::into_owned),
            loc: r.loc(d),
        });
        r.unknown(d, if v2 { V2_DAY } else { V1_DAY }, "a day", &mut tally);
        if v2 {
            continue;
        }
        let Some(rooms) = d.get("rooms").filter(|v| v.is_object()) else { continue };
        // Rooms in the order the file lists them; a key written twice has each list read.
        let listed: Vec<(Cow<'_, str>, Val<'_>)> = rooms.members().collect();
        let (day_date, day_start) = (d.get("date").and_then(Val::as_str), d.get("day_start").and_then(Val::as_str));
        for (k, (room, list)) in listed.iter().enumerate() {
            let room_loc = r.loc(*list);
            if listed[k + 1..].iter().any(|(other, _)| other == room) {
                tally.add("room-key-duplicate", NoteLevel::Warning, format!("room `{room}` is a key twice in one day (JSON readers differ on which one they keep); both lists are read"), &room_loc);
            }
            let mut clock = resolve::DayClock::new(day_date.as_deref(), day_start.as_deref(), day_change.as_deref());
            for ev in list.elements().filter(|e| e.is_object()) {
                let mut raw_ev = r.event(ev, "persons", &mut tally);
                if raw_ev.date.is_none() {
                    clock.date(&mut raw_ev, &mut tally);
                }
                raw_ev.listed_room = Some(Field { text: room.to_string(), loc: room_loc.clone() });
                r.unknown(ev, V1_EVENT, "an event", &mut tally);
                raw.events.push(raw_ev);
            }
        }
    }
    if v2 {
        for ev in schedule.get("events").into_iter().flat_map(Val::elements).filter(|e| e.is_object()) {
            raw.events.push(r.event(ev, "participants", &mut tally));
            r.unknown(ev, V2_EVENT, "an event", &mut tally);
        }
    }
    raw.notes = tally.into_notes();
    Ok(raw)
}

/// How many events the file lists, so their list is allocated once at its size.
fn count_events(conference: Val<'_>, schedule: Val<'_>, v2: bool) -> usize {
    if v2 {
        return schedule.get("events").map_or(0, |e| e.elements().len());
    }
    let days = conference.get("days").into_iter().flat_map(Val::elements);
    days.filter_map(|d| d.get("rooms")).flat_map(Val::members).map(|(_, list)| list.elements().len()).sum()
}

fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    (start + column.saturating_sub(1)).min(text.len())
}

/// A string or a number as text (`"id": "7"` and `"id": 7` alike).
fn text_of(v: Val<'_>) -> Option<String> {
    v.text().map(Cow::into_owned)
}

struct Reader<'a> {
    source: &'a Source,
}

impl Reader<'_> {
    fn loc(&self, v: Val<'_>) -> Loc {
        let (s, e) = v.span();
        Loc { span: self.source.span(s, e) }
    }

    /// The member `key` of `obj` as text, and where it stands.
    fn field(&self, obj: Val<'_>, key: &str) -> Option<Field> {
        let v = obj.get(key)?;
        Some(Field { text: text_of(v)?, loc: self.loc(v) })
    }

    fn conference(&self, schedule: Val<'_>, c: Val<'_>) -> RawConference {
        let s = |k: &str| c.get(k).and_then(text_of);
        RawConference {
            title: s("title"),
            acronym: self.field(c, "acronym"),
            zone: self.field(c, "time_zone_name"),
            start: s("start"),
            end: s("end"),
            days_count: c.get("daysCount").and_then(|v| Some((v.as_u64()?, self.loc(v)))),
            timeslot: self.field(c, "timeslot_duration"),
            base_url: schedule.get("base_url").and_then(text_of),
            url: s("url"),
            version: schedule.get("version").and_then(text_of),
            city: None,
        }
    }

    /// Notes each property of `obj` not in `known` (each name once, in sorted order).
    fn unknown(&self, obj: Val<'_>, known: &[&str], what: &str, tally: &mut Tally) {
        let mut keys: Vec<Cow<'_, str>> = obj.members().map(|(k, _)| k).filter(|k| !known.contains(&k.as_ref())).collect();
        keys.sort_unstable();
        keys.dedup();
        for key in keys {
            let loc = obj.get(&key).map(|v| self.loc(v)).unwrap_or_default();
            tally.add("unknown-property", NoteLevel::Info, format!("`{key}` on {what} is not part of the frab schedule schema; ignored"), &loc);
        }
    }

    /// An event of either version; `persons_key` names its list of people.
    fn event(&self, ev: Val<'_>, persons_key: &str, tally: &mut Tally) -> RawEvent {
        // An empty string is no value (`"type": ""` in early frab).
        let s = |k: &str| ev.get(k).and_then(text_of).filter(|t| !t.trim().is_empty());
        let loc = self.loc(ev);
        let sub = |key: &str| self.field(ev, key);
        RawEvent {
            guid: s("guid"),
            code: s("code"),
            number: ev.get("id").and_then(|v| v.as_u64().or_else(|| v.as_str().and_then(|s| s.parse().ok()))),
            slug: sub("slug"),
            kind: s("type"),
            language: s("language"),
            subtitle: s("subtitle"),
            summary: s("abstract"),
            description: s("description"),
            url: s("url"),
            title: sub("title"),
            date: sub(if ev.get("date").is_some() { "date" } else { "start" }).filter(|f| f.text.contains('-')),
            start: sub("start").filter(|f| !f.text.contains('-')),
            duration: sub("duration"),
            end: sub("end"),
            room: sub("room").or_else(|| {
                let r = ev.get("room").filter(|r| r.is_object())?;
                let text = r.get("name").or_else(|| r.get("slug")).and_then(text_of)?;
                Some(Field { text, loc: sub("guid").map_or_else(|| loc.clone(), |f| f.loc) })
            }),
            track: ev.get("track").and_then(|t| text_of(t).or_else(|| t.get("slug").and_then(text_of)).or_else(|| t.get("name").and_then(text_of))),
            persons: self.persons(ev, persons_key, tally),
            loc,
            ..RawEvent::default()
        }
    }

    /// The persons of an event: objects named by `public_name`, `full_public_name` (early
    /// frab) or `name`, or plain strings; an entry with no name is noted, not dropped unseen.
    fn persons(&self, ev: Val<'_>, key: &str, tally: &mut Tally) -> Vec<RawPerson> {
        let list = ev.get(key).filter(|l| l.is_array());
        let mut out = Vec::with_capacity(list.map_or(0, |l| l.elements().len()));
        for person in list.into_iter().flat_map(Val::elements) {
            let named = ["public_name", "full_public_name", "name"].into_iter().filter_map(|k| person.get(k)).find(|v| v.text().is_some_and(|t| !t.trim().is_empty()));
            let name = match (person.as_str(), named) {
                (Some(s), _) if !s.trim().is_empty() => {
                    tally.add("person-as-text", NoteLevel::Info, "a person is given as a plain string, not an object; read as the name".into(), &self.loc(person));
                    Field { text: s.trim().to_owned(), loc: self.loc(person) }
                }
                (_, Some(v)) => Field { text: v.text().unwrap_or_default().trim().to_owned(), loc: self.loc(v) },
                _ => {
                    let what = if person.as_str().is_some() { "an empty string" } else { person.kind() };
                    tally.add("person-without-name", NoteLevel::Warning, format!("a person entry ({what}) has no name; it is left out"), &self.loc(person));
                    continue;
                }
            };
            let number = |k: &str| person.get(k).and_then(|v| v.as_u64().or_else(|| v.as_str().and_then(|s| s.trim().parse().ok())));
            out.push(RawPerson {
                name,
                key: PersonKey { guid: person.get("guid").and_then(text_of), id: number("id"), role: person.get("role").and_then(text_of) },
            });
        }
        out
    }
}
