//! Imports frab schedule JSON: v1 (what frab and pretalx publish: days → rooms → events,
//! `date` + `duration`) and v2 (the c3voc schema with flat `events`, ISO `start`/`end` and
//! participants with roles). Properties the schema does not define are ignored and noted.

use serde_json::{Map, Value};

use super::jsonloc::{self, Seg};
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
    let root: Value = serde_json::from_str(&source.text).map_err(|e| {
        let offset = offset_of(&source.text, e.line(), e.column());
        ScheduleError { message: format!("not valid JSON: {e}"), span: source.span(offset, offset) }
    })?;
    let Some(tree) = jsonloc::index(&source.text) else {
        return Err(ScheduleError { message: "not valid JSON".into(), span: source.span(0, 0) });
    };
    let reader = Reader { source, tree };
    let schedule = root.get("schedule").and_then(Value::as_object);
    let conference = schedule.and_then(|s| s.get("conference")).and_then(Value::as_object);
    let (Some(schedule), Some(conference)) = (schedule, conference) else {
        return Err(ScheduleError { message: "not a frab schedule: no `schedule.conference` object".into(), span: source.span(0, 0) });
    };
    let v2 = schedule.get("events").is_some_and(Value::is_array);
    let mut raw = Raw { end_is_primary: v2, input_zone: input_zone.cloned(), ..Raw::default() };
    let mut tally = Tally::default();
    let base = path(&["schedule", "conference"]);
    raw.conference = reader.conference(schedule, conference, &base);
    reader.unknown(conference, CONFERENCE, &base, None, "the conference", &mut tally);

    if let Some(rooms) = conference.get("rooms").and_then(Value::as_array) {
        for (i, r) in rooms.iter().enumerate() {
            if let Some(name) = r.get("name").and_then(Value::as_str) {
                let loc = reader.loc(&with(&base, &[Seg::Key("rooms".into()), Seg::Index(i)]));
                raw.rooms.push((Room { name: name.to_owned(), guid: r.get("guid").and_then(Value::as_str).map(str::to_owned) }, loc));
            }
        }
    }
    let days = conference.get("days").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
    let day_change = conference.get("day_change").and_then(Value::as_str);
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
        reader.unknown(d, if v2 { V2_DAY } else { V1_DAY }, &dpath, None, "a day", &mut tally);
        if v2 {
            continue;
        }
        let Some(rooms) = d.get("rooms").and_then(Value::as_object) else { continue };
        // serde_json's map is sorted and keeps only the last of a key written twice; take
        // the rooms in the order the file lists them, each listing read.
        let rooms_path = with(&dpath, &[Seg::Key("rooms".into())]);
        let listed = reader.tree.at(&rooms_path).map(|n| n.members.as_slice()).unwrap_or_default();
        let (day_date, day_start) = (d.get("date").and_then(Value::as_str), d.get("day_start").and_then(Value::as_str));
        for (k, (room, node)) in listed.iter().enumerate() {
            let rpath = with(&rooms_path, &[Seg::Key(room.clone())]);
            let room_loc = reader.loc_at(&rpath, Some(node));
            let last = !listed[k + 1..].iter().any(|(other, _)| other == room);
            let earlier: Value;
            let list = if last {
                rooms.get(room)
            } else {
                tally.add("room-key-duplicate", NoteLevel::Warning, format!("room `{room}` is a key twice in one day (JSON readers differ on which one they keep); both lists are read"), &room_loc);
                earlier = serde_json::from_str(&source.text[node.span.0..node.span.1]).unwrap_or(Value::Null);
                Some(&earlier)
            };
            let mut clock = resolve::DayClock::new(day_date, day_start, day_change);
            for (j, ev) in list.and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default().iter().enumerate() {
                let Some(ev) = ev.as_object() else { continue };
                let epath = with(&rpath, &[Seg::Index(j)]);
                let ev_node = node.elements.get(j);
                let mut raw_ev = reader.event_v1(ev, &epath, ev_node, &mut tally);
                if raw_ev.date.is_none() {
                    clock.date(&mut raw_ev, &mut tally);
                }
                raw_ev.listed_room = Some(Field { text: room.clone(), loc: room_loc.clone() });
                reader.unknown(ev, V1_EVENT, &epath, ev_node, "an event", &mut tally);
                raw.events.push(raw_ev);
            }
        }
    }
    if v2 {
        let list = schedule.get("events").and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
        let events_path = path(&["schedule", "events"]);
        let nodes = reader.tree.at(&events_path).map(|n| n.elements.as_slice()).unwrap_or_default();
        for (j, ev) in list.iter().enumerate() {
            let Some(ev) = ev.as_object() else { continue };
            let epath = with(&events_path, &[Seg::Index(j)]);
            raw.events.push(reader.event_v2(ev, &epath, nodes.get(j), &mut tally));
            reader.unknown(ev, V2_EVENT, &epath, nodes.get(j), "an event", &mut tally);
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
    /// Where each value of the text stands.
    tree: jsonloc::Node,
}

impl Reader<'_> {
    fn loc(&self, p: &[Seg]) -> Loc {
        self.loc_at(p, self.tree.at(p))
    }

    /// The location of the value at path `p`, already found as `node`.
    fn loc_at(&self, p: &[Seg], node: Option<&jsonloc::Node>) -> Loc {
        let (s, e) = node.map_or((0, 0), |n| n.span);
        Loc { span: self.source.span(s, e), path: Some(jsonloc::display(p)) }
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

    /// Notes each property of `obj` not in `known`; `node` is where `obj` stands, when
    /// already found (an event's), so its members are not looked up from the root again.
    fn unknown(&self, obj: &Map<String, Value>, known: &[&str], base: &[Seg], node: Option<&jsonloc::Node>, what: &str, tally: &mut Tally) {
        for key in obj.keys() {
            if !known.contains(&key.as_str()) {
                let path = with(base, &[Seg::Key(key.clone())]);
                let loc = match node {
                    Some(n) => self.loc_at(&path, n.key(key)),
                    None => self.loc(&path),
                };
                tally.add("unknown-property", NoteLevel::Info, format!("`{key}` on {what} is not part of the frab schedule schema; ignored"), &loc);
            }
        }
    }

    fn common(&self, ev: &Map<String, Value>, p: &[Seg], node: Option<&jsonloc::Node>) -> RawEvent {
        // An empty string is no value (`"type": ""` in early frab).
        let s = |k: &str| ev.get(k).and_then(text_of).filter(|t| !t.trim().is_empty());
        let loc = self.loc_at(p, node);
        let base = loc.path.as_deref().unwrap_or_default();
        let sub = |key: &str| -> Option<Field> {
            let text = text_of(ev.get(key)?)?;
            let span = match node.and_then(|n| n.key(key)) {
                Some(n) => self.source.span(n.span.0, n.span.1),
                None => loc.span,
            };
            // The keys asked for are plain words, so the path is the event's plus `.key`.
            Some(Field { text, loc: Loc { span, path: Some(format!("{base}.{key}")) } })
        };
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

    fn event_v1(&self, ev: &Map<String, Value>, p: &[Seg], node: Option<&jsonloc::Node>, tally: &mut Tally) -> RawEvent {
        let mut raw = self.common(ev, p, node);
        raw.persons = self.persons(ev, "persons", p, node, tally);
        raw
    }

    fn event_v2(&self, ev: &Map<String, Value>, p: &[Seg], node: Option<&jsonloc::Node>, tally: &mut Tally) -> RawEvent {
        let mut raw = self.common(ev, p, node);
        raw.persons = self.persons(ev, "participants", p, node, tally);
        raw
    }

    /// The persons of an event: objects named by `public_name`, `full_public_name` (early
    /// frab) or `name`, or plain strings; an entry with no name is noted, not dropped unseen.
    fn persons(&self, ev: &Map<String, Value>, key: &str, p: &[Seg], node: Option<&jsonloc::Node>, tally: &mut Tally) -> Vec<RawPerson> {
        let list = ev.get(key).and_then(Value::as_array).map(Vec::as_slice).unwrap_or_default();
        let list_node = node.and_then(|n| n.key(key));
        let mut out = Vec::new();
        for (i, person) in list.iter().enumerate() {
            let entry = [Seg::Key(key.into()), Seg::Index(i)];
            let entry_node = list_node.and_then(|n| n.elements.get(i));
            let name_key = ["public_name", "full_public_name", "name"].into_iter().find(|k| person.get(k).and_then(text_of).is_some_and(|t| !t.trim().is_empty()));
            let (text, rel, at) = match (person, name_key) {
                (Value::String(s), _) if !s.trim().is_empty() => {
                    let loc = self.loc_at(&with(p, &entry), entry_node);
                    tally.add("person-as-text", NoteLevel::Info, "a person is given as a plain string, not an object; read as the name".into(), &loc);
                    (s.trim().to_owned(), entry.to_vec(), entry_node)
                }
                (_, Some(k)) => {
                    let text = person.get(k).and_then(text_of).unwrap_or_default().trim().to_owned();
                    let rel = [Seg::Key(key.into()), Seg::Index(i), Seg::Key(k.into())];
                    (text, rel.to_vec(), entry_node.and_then(|n| n.key(k)))
                }
                _ => {
                    let loc = self.loc_at(&with(p, &entry), entry_node);
                    tally.add("person-without-name", NoteLevel::Warning, format!("a person entry ({}) has no name; it is left out", kind_of(person)), &loc);
                    continue;
                }
            };
            let number = |k: &str| person.get(k).and_then(|v| v.as_u64().or_else(|| v.as_str().and_then(|s| s.trim().parse().ok())));
            out.push(RawPerson {
                name: Field { text, loc: self.loc_at(&with(p, &rel), at.or(entry_node)) },
                key: PersonKey { guid: person.get("guid").and_then(text_of), id: number("id"), role: person.get("role").and_then(text_of) },
            });
        }
        out
    }
}

/// What a JSON value is, for messages.
fn kind_of(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "an empty string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
