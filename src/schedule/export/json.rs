//! frab schedule JSON, schema v1 (`https://c3voc.de/schedule/schema.json`): what pretalx
//! and frab publish and what most conference apps read.

use std::collections::BTreeMap;

use serde::ser::{Serialize, SerializeMap as _, SerializeSeq as _, Serializer};
use serde_json::{json, Map, Value};

use super::{is_uuid, Placed, Plan};
use crate::model::Role;

/// Writes the plan as pretty-printed JSON with a final newline.
/// Writes the frab schedule JSON of `plan` to `w` as its events are made, so the text of a
/// large programme is never held whole.
///
/// # Errors
/// What writing to `w` gives.
pub(crate) fn write_to(plan: &Plan, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    let c = &plan.programme.conference;
    let mut conf = Map::new();
    conf.insert("acronym".into(), json!(plan.acronym));
    conf.insert("title".into(), json!(c.title.clone().unwrap_or_else(|| plan.acronym.clone())));
    let first = plan.days.first().map(|d| d.date);
    let last = plan.days.last().map(|d| d.date);
    if let Some(start) = c.start.or(first) {
        conf.insert("start".into(), json!(start.to_string()));
    }
    if let Some(end) = c.end.or(last) {
        conf.insert("end".into(), json!(end.to_string()));
    }
    conf.insert("daysCount".into(), json!(plan.days.len()));
    conf.insert("timeslot_duration".into(), json!(plan.timeslot));
    if let Some(z) = &plan.zone_name {
        conf.insert("time_zone_name".into(), json!(z));
    }
    if let Some(u) = c.url.as_ref().filter(|u| absolute(u)) {
        conf.insert("url".into(), json!(u));
    }
    conf.insert("rooms".into(), Value::Array(plan.rooms.iter().map(|(n, g)| json!({"name": n, "guid": g})).collect()));
    // The days (all the events) are written as they are made, each event's value dropped
    // once written, so the output is never held twice as values and as text.
    conf.insert("days".into(), Value::Null);
    let mut schedule = Map::new();
    schedule.insert("version".into(), json!(c.version.clone().unwrap_or_else(|| "1".into())));
    if let Some(b) = c.base_url.as_ref().filter(|u| absolute(u)) {
        schedule.insert("base_url".into(), json!(b));
    }
    schedule.insert("conference".into(), Value::Null);
    let root = json!({
        "$schema": "https://c3voc.de/schedule/schema.json",
        "generator": {"name": "runsheet", "version": env!("CARGO_PKG_VERSION")},
        "schedule": Value::Null,
    });
    let days = Days(plan);
    let conference = Splice { map: &conf, key: "days", value: &days };
    let schedule = Splice { map: &schedule, key: "conference", value: &conference };
    let Value::Object(root) = root else { return Ok(()) };
    let whole = Splice { map: &root, key: "schedule", value: &schedule };
    serde_json::to_writer_pretty(&mut *w, &whole).map_err(std::io::Error::from)?;
    w.write_all(b"\n")
}

/// The frab schedule JSON of `plan` as text (see [`write_to`]).
pub(crate) fn write(plan: &Plan) -> String {
    // Written twice: once to count the bytes, then into a buffer of that size, so a large
    // programme's text is never copied while it grows. Writing to memory fails only if a
    // value cannot be written, and every value is text.
    let mut counter = Counter(0);
    let _ = write_to(plan, &mut counter);
    let mut out = Vec::with_capacity(counter.0);
    let _ = write_to(plan, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Counts the bytes written to it.
struct Counter(usize);

impl std::io::Write for Counter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// An object written with the value of `key` replaced by `value` (the object's keys stay in
/// the sorted order serde_json's map keeps).
struct Splice<'a, T: Serialize> {
    map: &'a Map<String, Value>,
    key: &'static str,
    value: &'a T,
}

impl<T: Serialize> Serialize for Splice<'_, T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.map.len()))?;
        for (k, v) in self.map {
            if k == self.key {
                m.serialize_entry(k, self.value)?;
            } else {
                m.serialize_entry(k, v)?;
            }
        }
        m.end()
    }
}

/// The days of the plan, each with its rooms' events.
struct Days<'a>(&'a Plan<'a>);

impl Serialize for Days<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let plan = self.0;
        let mut seq = s.serialize_seq(Some(plan.days.len()))?;
        for d in &plan.days {
            let Value::Object(day) = json!({
                "index": d.index,
                "date": d.date.to_string(),
                "day_start": Plan::iso(&d.start),
                "day_end": Plan::iso(&d.end),
                "rooms": Value::Null,
            }) else {
                continue;
            };
            // Rooms by name (a map's order); a name listed twice keeps its last list.
            let rooms: BTreeMap<&str, &[Placed<'_>]> = d.rooms.iter().map(|(name, events)| (name.as_str(), events.as_slice())).collect();
            let rooms = Rooms { plan, rooms };
            seq.serialize_element(&Splice { map: &day, key: "rooms", value: &rooms })?;
        }
        seq.end()
    }
}

struct Rooms<'a> {
    plan: &'a Plan<'a>,
    rooms: BTreeMap<&'a str, &'a [Placed<'a>]>,
}

impl Serialize for Rooms<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.rooms.len()))?;
        for (name, events) in &self.rooms {
            m.serialize_entry(name, &Events { plan: self.plan, events })?;
        }
        m.end()
    }
}

struct Events<'a> {
    plan: &'a Plan<'a>,
    events: &'a [Placed<'a>],
}

impl Serialize for Events<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.events.len()))?;
        for e in self.events {
            seq.serialize_element(&event(self.plan, e))?;
        }
        seq.end()
    }
}

/// The people frab lists: those on stage (speakers, moderators, resource persons); when a
/// session names none, everyone.
pub(crate) fn on_stage(s: &crate::model::Session, person: &crate::model::Person) -> bool {
    const STAGE: [Role; 5] = [Role::Speaker, Role::Moderator, Role::OnsiteModerator, Role::OnlineModerator, Role::ResourcePerson];
    let any = s.people.iter().any(|p| STAGE.iter().any(|r| p.has_role(*r)));
    !any || STAGE.iter().any(|r| person.has_role(*r))
}

pub(crate) fn absolute(u: &str) -> bool {
    u.starts_with("http://") || u.starts_with("https://")
}

fn event(plan: &Plan, p: &Placed) -> Value {
    let e = p.event;
    let s = &e.session;
    let title = s.title.as_ref().map_or_else(|| s.display_name().to_owned(), |t| t.value.clone());
    let url = s.url.clone().filter(|u| absolute(u)).unwrap_or_else(|| format!("urn:uuid:{}", p.guid));
    let kind = e.kind.clone().or_else(|| s.format.as_ref().map(|f| f.value.clone())).unwrap_or_else(|| "other".into());
    let persons: Vec<Value> = s
        .people
        .iter()
        .enumerate()
        .filter(|(_, person)| on_stage(s, person))
        .map(|(i, person)| {
            let key = e.person_keys.get(i).cloned().unwrap_or_default();
            let mut m = Map::new();
            // frab persons carry `id` + `public_name`, pretalx persons `name`; never both.
            match key.id {
                Some(id) => {
                    m.insert("id".into(), json!(id));
                    m.insert("public_name".into(), json!(person.name.value));
                }
                None => {
                    m.insert("name".into(), json!(person.name.value));
                }
            }
            if let Some(g) = key.guid.filter(|g| is_uuid(g)) {
                m.insert("guid".into(), json!(g));
            }
            Value::Object(m)
        })
        .collect();
    let mut m = Map::new();
    m.insert("guid".into(), json!(p.guid));
    m.insert("id".into(), json!(p.id));
    if let Some(code) = e.code.as_ref().filter(|c| !c.is_empty() && c.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())) {
        m.insert("code".into(), json!(code));
    }
    m.insert("date".into(), json!(Plan::iso(&p.start)));
    m.insert("start".into(), json!(p.start.format("%H:%M").to_string()));
    m.insert("duration".into(), json!(Plan::hhmm(p.minutes)));
    m.insert("room".into(), json!(p.room));
    m.insert("slug".into(), json!(p.slug));
    m.insert("url".into(), json!(url));
    m.insert("title".into(), json!(title));
    m.insert("subtitle".into(), json!(e.subtitle));
    m.insert("track".into(), json!(e.track));
    m.insert("type".into(), json!(kind));
    m.insert("language".into(), json!(e.language));
    m.insert("abstract".into(), json!(e.summary));
    m.insert("description".into(), json!(e.description));
    m.insert("persons".into(), Value::Array(persons));
    m.insert("links".into(), json!([]));
    m.insert("attachments".into(), json!([]));
    let _ = plan;
    Value::Object(m)
}
