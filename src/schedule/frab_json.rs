//! Imports frab schedule JSON: v1 (what frab and pretalx publish: days → rooms → events,
//! `date` + `duration`) and v2 (the c3voc schema with flat `events`, ISO `start`/`end` and
//! participants with roles). Properties the schema does not define are ignored and noted.

use serde_json::{Map, Value};

use super::jsonloc::{self, Seg};
use super::resolve::{self, Field, Loc, Raw, RawConference, RawDay, RawEvent, RawPerson, Tally};
use super::{PersonKey, Programme, Room, ScheduleError};
use crate::model::NoteLevel;
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
    let root: Value = serde_json::from_str(&source.text).map_err(|e| {
        let offset = offset_of(&source.text, e.line(), e.column());
        ScheduleError { message: format!("not valid JSON: {e}"), span: source.span(offset, offset) }
    })?;
    let reader = Reader { source };
    let schedule = root.get("schedule").and_then(Value::as_object);
    let conference = schedule.and_then(|s| s.get("conference")).and_then(Value::as_object);
    let (Some(schedule), Some(conference)) = (schedule, conference) else {
        return Err(ScheduleError { message: "not a frab schedule: no `schedule.conference` object".into(), span: source.span(0, 0) });
    };
    let v2 = schedule.get("events").is_some_and(Value::is_array);
    let mut raw = Raw { end_is_primary: v2, ..Raw::default() };
    let mut tally = Tally::default();
    let base = path(&["schedule", "conference"]);
    raw.conference = reader.conference(schedule, conference, &base);
    reader.unknown(conference, CONFERENCE, &base, "the conference", &mut tally);

    if let Some(rooms) = conference.get("rooms").and_then(Value::as_array) {
        for (i, r) in rooms.iter().enumerate() {
            if let Some(name) = r.get("name").and_then(Value::as_str) {
                let loc = reader.loc(&with(&base, &[Seg::Key("rooms".into()), Seg::Index(i)]));
                raw.rooms.push((Room { name: name.to_owned(), guid: r.get("guid").and_then(Value::as_str).map(str::to_owned) }, loc));
            }
        }
    }
    let days = conference.get("days").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
    for (i, day) in days.iter().enumerate() {
        let dpath = with(&base, &[Seg::Key("days".into()), Seg::Index(i)]);
        let Some(d) = day.as_object() else { continue };
        let (start, end) = if v2 { ("start", "end") } else { ("day_start", "day_end") };
        raw.days.push(RawDay {
            index: d.get("index").and_then(Value::as_u64),
            date: reader.field(d, "date", &dpath),
            start: d.get(start).and_then(Value::as_str).map(str::to_owned),
            end: d.get(end).and_then(Value::as_str).map(str::to_owned),
            loc: reader.loc(&dpath),
        });
        reader.unknown(d, if v2 { V2_DAY } else { V1_DAY }, &dpath, "a day", &mut tally);
        if v2 {
            continue;
        }
        let Some(rooms) = d.get("rooms").and_then(Value::as_object) else { continue };
        // serde_json's map is sorted; take the rooms in the order the file lists them.
        let rooms_path = with(&dpath, &[Seg::Key("rooms".into())]);
        let mut ordered: Vec<(&String, &Value)> = rooms.iter().collect();
        ordered.sort_by_cached_key(|(k, _)| jsonloc::locate(&source.text, &with(&rooms_path, &[Seg::Key((*k).clone())])).map_or(usize::MAX, |r| r.0));
        for (room, list) in ordered {
            let rpath = with(&dpath, &[Seg::Key("rooms".into()), Seg::Key(room.clone())]);
            for (j, ev) in list.as_array().map(Vec::as_slice).unwrap_or_default().iter().enumerate() {
                let Some(ev) = ev.as_object() else { continue };
                let epath = with(&rpath, &[Seg::Index(j)]);
                let mut raw_ev = reader.event_v1(ev, &epath);
                let key_loc = reader.loc(&rpath);
                raw_ev.listed_room = Some(Field { text: room.clone(), loc: key_loc });
                reader.unknown(ev, V1_EVENT, &epath, "an event", &mut tally);
                raw.events.push(raw_ev);
            }
        }
    }
    if v2 {
        let list = schedule.get("events").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
        for (j, ev) in list.iter().enumerate() {
            let Some(ev) = ev.as_object() else { continue };
            let epath = path(&["schedule", "events"]).into_iter().chain([Seg::Index(j)]).collect::<Vec<_>>();
            raw.events.push(reader.event_v2(ev, &epath));
            reader.unknown(ev, V2_EVENT, &epath, "an event", &mut tally);
        }
    }
    raw.notes = tally.into_notes();
    Ok(resolve::build(raw))
}

fn path(keys: &[&str]) -> Vec<Seg> {
    keys.iter().map(|k| Seg::Key((*k).to_owned())).collect()
}

fn with(base: &[Seg], more: &[Seg]) -> Vec<Seg> {
    base.iter().chain(more).cloned().collect()
}

fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    (start + column.saturating_sub(1)).min(text.len())
}

fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

struct Reader<'a> {
    source: &'a Source,
}

impl Reader<'_> {
    fn loc(&self, p: &[Seg]) -> Loc {
        let span = match jsonloc::locate(&self.source.text, p) {
            Some((s, e)) => self.source.span(s, e),
            None => self.source.span(0, 0),
        };
        Loc { span, path: Some(jsonloc::display(p)) }
    }

    /// A field inside an object at `base`; its position is looked up only within the object.
    fn field(&self, obj: &Map<String, Value>, key: &str, base: &[Seg]) -> Option<Field> {
        let text = text_of(obj.get(key)?)?;
        Some(Field { text, loc: self.loc(&with(base, &[Seg::Key(key.to_owned())])) })
    }

    fn conference(&self, schedule: &Map<String, Value>, c: &Map<String, Value>, base: &[Seg]) -> RawConference {
        let s = |k: &str| c.get(k).and_then(text_of);
        RawConference {
            title: s("title"),
            acronym: self.field(c, "acronym", base),
            zone: self.field(c, "time_zone_name", base),
            start: s("start"),
            end: s("end"),
            days_count: c.get("daysCount").and_then(Value::as_u64).map(|n| (n, self.loc(&with(base, &[Seg::Key("daysCount".into())])))),
            timeslot: self.field(c, "timeslot_duration", base),
            base_url: schedule.get("base_url").and_then(text_of),
            url: s("url"),
            version: schedule.get("version").and_then(text_of),
        }
    }

    fn unknown(&self, obj: &Map<String, Value>, known: &[&str], base: &[Seg], what: &str, tally: &mut Tally) {
        for key in obj.keys() {
            if !known.contains(&key.as_str()) {
                let loc = self.loc(&with(base, &[Seg::Key(key.clone())]));
                tally.add("unknown-property", NoteLevel::Info, format!("`{key}` on {what} is not part of the frab schedule schema; ignored"), &loc);
            }
        }
    }

    fn common(&self, ev: &Map<String, Value>, p: &[Seg]) -> RawEvent {
        let s = |k: &str| ev.get(k).and_then(text_of);
        // Locate the event once; its fields are looked up inside it.
        let loc = self.loc(p);
        let sub = |key: &str| -> Option<Field> {
            let text = text_of(ev.get(key)?)?;
            let span = match self.source.text.get(loc.span.start..loc.span.end).and_then(|t| jsonloc::locate(t, &[Seg::Key(key.into())])) {
                Some((a, b)) => self.source.span(loc.span.start + a, loc.span.start + b),
                None => loc.span,
            };
            Some(Field { text, loc: Loc { span, path: Some(jsonloc::display(&with(p, &[Seg::Key(key.into())]))) } })
        };
        RawEvent {
            guid: s("guid"),
            code: s("code"),
            number: ev.get("id").and_then(|v| v.as_u64().or_else(|| v.as_str().and_then(|s| s.parse().ok()))),
            slug: sub("slug"),
            kind: s("type"),
            language: s("language"),
            subtitle: s("subtitle").filter(|t| !t.is_empty()),
            summary: s("abstract"),
            description: s("description"),
            url: s("url"),
            title: sub("title"),
            date: sub(if ev.contains_key("date") { "date" } else { "start" }).filter(|f| f.text.contains('-')),
            start: sub("start").filter(|f| !f.text.contains('-')),
            duration: sub("duration"),
            end: sub("end"),
            room: sub("room").or_else(|| {
                let r = ev.get("room")?.as_object()?;
                let text = r.get("name").or_else(|| r.get("slug")).and_then(text_of)?;
                Some(Field { text, loc: sub("guid").map(|f| f.loc).unwrap_or_else(|| loc.clone()) })
            }),
            track: ev.get("track").and_then(|t| text_of(t).or_else(|| t.get("slug").and_then(text_of)).or_else(|| t.get("name").and_then(text_of))),
            loc,
            ..RawEvent::default()
        }
    }

    fn event_v1(&self, ev: &Map<String, Value>, p: &[Seg]) -> RawEvent {
        let mut raw = self.common(ev, p);
        raw.persons = self.persons(ev, "persons", p, &raw.loc);
        raw
    }

    fn event_v2(&self, ev: &Map<String, Value>, p: &[Seg]) -> RawEvent {
        let mut raw = self.common(ev, p);
        raw.persons = self.persons(ev, "participants", p, &raw.loc);
        raw
    }

    fn persons(&self, ev: &Map<String, Value>, key: &str, p: &[Seg], ev_loc: &Loc) -> Vec<RawPerson> {
        let list = ev.get(key).and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
        let base = self.source.text.get(ev_loc.span.start..ev_loc.span.end).unwrap_or("");
        list.iter().enumerate().filter_map(|(i, person)| {
            let name_key = if person.get("public_name").is_some() { "public_name" } else { "name" };
            let text = person.get(name_key).and_then(text_of).or_else(|| person.get("name").and_then(text_of))?;
            let rel = [Seg::Key(key.into()), Seg::Index(i), Seg::Key(name_key.into())];
            let span = match jsonloc::locate(base, &rel) {
                Some((a, b)) => self.source.span(ev_loc.span.start + a, ev_loc.span.start + b),
                None => ev_loc.span,
            };
            Some(RawPerson {
                name: Field { text, loc: Loc { span, path: Some(jsonloc::display(&with(p, &rel))) } },
                key: PersonKey {
                    guid: person.get("guid").and_then(text_of),
                    id: person.get("id").and_then(Value::as_u64),
                    role: person.get("role").and_then(text_of),
                },
            })
        }).collect()
    }
}
