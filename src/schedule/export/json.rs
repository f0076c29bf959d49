//! frab schedule JSON, schema v1 (`https://c3voc.de/schedule/schema.json`): what pretalx
//! and frab publish and what most conference apps read.

use serde_json::{json, Map, Value};

use super::{is_uuid, Placed, Plan};
use crate::model::Role;

/// Writes the plan as pretty-printed JSON with a final newline.
pub(crate) fn write(plan: &Plan) -> String {
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
    let days: Vec<Value> = plan
        .days
        .iter()
        .map(|d| {
            let mut rooms = Map::new();
            for (name, events) in &d.rooms {
                rooms.insert(name.clone(), Value::Array(events.iter().map(|e| event(plan, e)).collect()));
            }
            json!({
                "index": d.index,
                "date": d.date.to_string(),
                "day_start": Plan::iso(&d.start),
                "day_end": Plan::iso(&d.end),
                "rooms": Value::Object(rooms),
            })
        })
        .collect();
    conf.insert("days".into(), Value::Array(days));
    let mut schedule = Map::new();
    schedule.insert("version".into(), json!(c.version.clone().unwrap_or_else(|| "1".into())));
    if let Some(b) = c.base_url.as_ref().filter(|u| absolute(u)) {
        schedule.insert("base_url".into(), json!(b));
    }
    schedule.insert("conference".into(), Value::Object(conf));
    let root = json!({
        "$schema": "https://c3voc.de/schedule/schema.json",
        "generator": {"name": "runsheet", "version": env!("CARGO_PKG_VERSION")},
        "schedule": Value::Object(schedule),
    });
    let mut text = serde_json::to_string_pretty(&root).unwrap_or_default();
    text.push('\n');
    text
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
