//! Writes a programme as a frab schedule (XML or JSON v1) that conference apps read.
//!
//! Both writers share one `Plan`: events grouped by day and room, each with a guid, a
//! numeric id and a slug that satisfy the c3voc schema and the frab XSD (generated
//! deterministically from the session where the source had none, or an invalid one).
//! Output is deterministic: same programme, same bytes. What had to be changed or left out
//! is returned as notes.

pub mod json;
pub mod xml;

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveTime};
use uuid::Uuid;

use super::resolve::{acronym_ok, format_duration, slug_ok};
use super::{Event, Note, Programme};
use crate::model::{NoteLevel, Span, Zone};
use crate::time;

/// An export's text and what it had to change or leave out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    /// The file's contents.
    pub text: String,
    /// Notes about the export (events without a slot, names made valid).
    pub notes: Vec<Note>,
}

/// The frab formats runsheet writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// frab `schedule.xml`.
    FrabXml,
    /// frab schedule JSON, schema v1.
    FrabJson,
}

/// Writes `programme` in `format`.
pub fn export(programme: &Programme, format: Format) -> Exported {
    let mut plan = Plan::new(programme);
    let text = match format {
        Format::FrabXml => {
            xml_forbidden(programme, &mut plan.notes);
            xml::write(&plan)
        }
        Format::FrabJson => json::write(&plan),
    };
    Exported { text, notes: plan.notes }
}

/// Writes `programme` in `format` to `w` and returns what was noticed (as [`export`]'s
/// `notes`); the text is written as its events are made, so a large programme's text is
/// never held whole beside it.
///
/// # Errors
/// What writing to `w` gives.
pub fn export_to(programme: &Programme, format: Format, w: &mut dyn std::io::Write) -> std::io::Result<Vec<Note>> {
    let mut plan = Plan::new(programme);
    match format {
        Format::FrabXml => {
            xml_forbidden(programme, &mut plan.notes);
            xml::write_to(&plan, w)?;
        }
        Format::FrabJson => json::write_to(&plan, w)?,
    }
    Ok(plan.notes)
}

/// Says which events hold characters XML 1.0 forbids (U+FFFE, raw controls), which the
/// XML export leaves out: one note per event, naming the fields.
fn xml_forbidden(p: &Programme, notes: &mut Vec<Note>) {
    let bad = |s: &str| s.chars().any(crate::escape::is_xml_forbidden);
    for e in &p.events {
        let s = &e.session;
        let fields: Vec<&str> = [
            ("title", s.title.as_ref().is_some_and(|t| bad(&t.value))),
            ("room", e.rooms().any(bad)),
            ("people", s.people.iter().any(|x| bad(&x.name.value))),
            ("subtitle", e.subtitle.as_deref().is_some_and(bad)),
            ("abstract", e.summary.as_deref().is_some_and(bad)),
            ("description", e.description.as_deref().is_some_and(bad)),
            ("track", e.track.as_deref().is_some_and(bad)),
            ("type", e.kind.as_deref().is_some_and(bad)),
        ]
        .into_iter()
        .filter_map(|(name, hit)| hit.then_some(name))
        .collect();
        if !fields.is_empty() {
            let title = s.title.as_ref().map_or_else(|| s.display_name(), |t| t.value.as_str());
            let name = crate::escape::escape_controls(&title.replace(crate::escape::is_xml_forbidden, "")).into_owned();
            notes.push(note("xml-character-left-out", NoteLevel::Warning, format!("`{name}` holds characters XML 1.0 forbids (controls, U+FFFE, U+FFFF) in its {}; they are left out of the XML", fields.join(", "))));
        }
    }
}

/// One event placed in one room of one day, with valid identifiers.
pub(crate) struct Placed<'a> {
    pub event: &'a Event,
    pub room: String,
    pub guid: String,
    pub id: u64,
    pub slug: String,
    /// False for the further rooms of an event listed in several.
    pub primary: bool,
    pub start: DateTime<FixedOffset>,
    pub minutes: i64,
}

pub(crate) struct PlanDay<'a> {
    pub index: u32,
    pub date: NaiveDate,
    pub start: DateTime<FixedOffset>,
    pub end: DateTime<FixedOffset>,
    pub rooms: Vec<(String, Vec<Placed<'a>>)>,
}

/// The programme laid out for writing.
pub(crate) struct Plan<'a> {
    pub programme: &'a Programme,
    pub acronym: String,
    pub zone_name: Option<String>,
    pub timeslot: String,
    pub rooms: Vec<(String, String)>,
    pub days: Vec<PlanDay<'a>>,
    pub notes: Vec<Note>,
}

fn note(code: &str, level: NoteLevel, message: String) -> Note {
    Note { code: code.into(), level, message, span: Span::default(), path: None }
}

/// True for a hyphenated UUID (the form the XSD and the JSON schema accept).
pub(crate) fn is_uuid(s: &str) -> bool {
    s.len() == 36 && Uuid::parse_str(s).is_ok()
}

fn uuid_for(name: &str) -> String {
    Uuid::new_v5(&Uuid::NAMESPACE_URL, format!("https://runsheet.invalid/{name}").as_bytes()).to_string()
}

/// Lower-case ASCII, other characters as `-`, ending in a letter or digit.
fn slugify(s: &str) -> String {
    let mut out = String::new();
    for c in deunicode::deunicode(s).to_ascii_lowercase().chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches(['-', '_']).to_owned()
}

fn valid_acronym(p: &Programme, notes: &mut Vec<Note>) -> String {
    let given = p.conference.acronym.clone().or_else(|| p.conference.title.clone()).unwrap_or_else(|| "runsheet".into());
    if acronym_ok(&given) {
        return given;
    }
    let mut a: String = deunicode::deunicode(&given)
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    while a.len() < 4 {
        a.push('_');
    }
    notes.push(note("acronym-changed", NoteLevel::Info, format!("acronym `{given}` is written as `{a}` to match the frab pattern")));
    a
}

fn zone_name(zone: &Zone, notes: &mut Vec<Note>) -> Option<String> {
    let name = match zone {
        Zone::Utc => return Some("UTC".into()),
        Zone::Iana(n) => n.clone(),
        Zone::Fixed(_) => time::zone_name(zone),
    };
    let mut parts = name.splitn(2, '/');
    let word = |w: Option<&str>| {
        w.is_some_and(|w| {
            let mut c = w.chars();
            c.next().is_some_and(|f| f.is_ascii_uppercase()) && c.next().is_some_and(|s| s.is_ascii_lowercase())
        })
    };
    if word(parts.next()) && word(parts.next()) {
        return Some(name);
    }
    notes.push(note("zone-not-named", NoteLevel::Info, format!("the zone {name} has no name frab accepts; time_zone_name is left out and every time carries its offset")));
    None
}

impl<'a> Plan<'a> {
    fn new(p: &'a Programme) -> Plan<'a> {
        let mut notes = Vec::new();
        let zone = p.conference.zone.clone().unwrap_or(Zone::Utc);
        let acronym = valid_acronym(p, &mut notes);
        let zone_name = match &p.conference.zone {
            Some(z) => zone_name(z, &mut notes),
            None => {
                notes.push(note("zone-not-named", NoteLevel::Info, "the programme names no time zone (its times were read as UTC); time_zone_name is left out and every time carries its offset".into()));
                None
            }
        };

        // Rooms, each with a guid of its own.
        let mut seen_guids = HashSet::new();
        let mut seen_names: HashSet<String> = HashSet::new();
        let mut rooms: Vec<(String, String)> = Vec::new();
        let mut add_room = |name: &str, guid: Option<&String>, rooms: &mut Vec<(String, String)>| {
            if !seen_names.insert(name.to_owned()) {
                return;
            }
            let g = guid.filter(|g| is_uuid(g) && !seen_guids.contains(*g)).cloned().unwrap_or_else(|| uuid_for(&format!("{acronym}/room/{name}")));
            seen_guids.insert(g.clone());
            rooms.push((name.to_owned(), g));
        };
        for r in &p.rooms {
            add_room(&r.name, r.guid.as_ref(), &mut rooms);
        }
        for e in &p.events {
            for r in e.rooms() {
                add_room(r, None, &mut rooms);
            }
        }

        // Identifiers: keep the source's where valid and unique, else derive them.
        let mut used_ids: HashSet<u64> = HashSet::new();
        let mut used_guids: HashSet<String> = HashSet::new();
        let mut next_id = p.events.iter().filter_map(|e| e.number).max().unwrap_or(0) + 1;
        let mut placed: Vec<Placed<'a>> = Vec::new();
        for (i, e) in p.events.iter().enumerate() {
            let (Some(slot), Some(room)) = (&e.session.slot, &e.session.room) else {
                notes.push(note("event-not-exported", NoteLevel::Warning, format!("`{}` has no {}; it is left out", e.session.display_name(), if e.session.slot.is_none() { "slot" } else { "room" })));
                continue;
            };
            let start = time::in_zone(slot.value.start, &zone).unwrap_or(slot.value.start);
            let minutes = (slot.value.end - slot.value.start).num_minutes().max(0);
            let mut id = e.number.filter(|n| *n > 0 && !used_ids.contains(n)).unwrap_or_else(|| {
                next_id += 1;
                next_id - 1
            });
            let name = e.session.title.as_ref().map_or_else(|| e.session.display_name(), |t| t.value.as_str());
            let name = crate::escape::escape_controls(name);
            if let Some(n) = e.number.filter(|n| *n > 0 && *n != id) {
                notes.push(note("event-id-renumbered", NoteLevel::Warning, format!("`{name}`: id {n} is already used by an earlier event; it is exported as id {id}")));
            }
            used_ids.insert(id);
            let key = e.session.key.clone().or_else(|| e.session.id.as_ref().map(|id| id.value.text.clone())).unwrap_or_else(|| format!("event-{i}"));
            let guid = e.guid.clone().filter(|g| is_uuid(g) && !used_guids.contains(g)).unwrap_or_else(|| uuid_for(&format!("{acronym}/event/{key}/{i}")));
            if let Some(g) = e.guid.as_ref().filter(|g| **g != guid) {
                let why = if is_uuid(g) { "is already used by an earlier event (another occurrence keeps its own)" } else { "is not a UUID" };
                notes.push(note("event-guid-replaced", NoteLevel::Warning, format!("`{name}`: guid `{}` {why}; it is exported as {guid}", crate::escape::escape_controls(g))));
            }
            used_guids.insert(guid.clone());
            let slug = e.slug.as_deref().map(slugify).filter(|s| slug_ok(s)).unwrap_or_else(|| {
                let title = e.session.title.as_ref().map_or(String::new(), |t| slugify(&t.value));
                format!("{acronym}-{id}-{title}").trim_end_matches('-').to_owned()
            });
            let rooms: Vec<&str> = e.rooms().collect();
            for (k, r) in rooms.iter().enumerate() {
                let primary = k == 0;
                let (g, pid) = if primary {
                    (guid.clone(), id)
                } else {
                    // The XSD wants each guid and id once: the listing in a further room gets
                    // its own, derived from the event's guid and the room, so it is the same
                    // in every export (an app's favourite of it survives a new export).
                    let g = uuid_for(&format!("{guid}/{r}"));
                    used_guids.insert(g.clone());
                    id = next_id;
                    next_id += 1;
                    notes.push(note("event-listed-again", NoteLevel::Info, format!("`{name}` is also listed in room `{}`; that listing is exported as id {id}, guid {g} (frab allows one room per event, and each guid once)", crate::escape::escape_controls(r))));
                    (g, id)
                };
                placed.push(Placed { event: e, room: (*r).to_owned(), guid: g, id: pid, slug: slug.clone(), primary, start, minutes });
            }
            let _ = room;
        }

        let days = lay_out_days(p, &zone, placed, &rooms);
        let timeslot = format_duration(i64::from(p.conference.timeslot_minutes.unwrap_or(15)));
        Plan { programme: p, acronym, zone_name, timeslot, rooms, days, notes }
    }

    /// The start as frab's `date` (ISO 8601 with offset).
    pub(crate) fn iso(d: &DateTime<FixedOffset>) -> String {
        d.to_rfc3339()
    }

    /// A duration as frab's `HH:MM`.
    pub(crate) fn hhmm(minutes: i64) -> String {
        format_duration(minutes)
    }
}

fn local_instant(date: NaiveDate, t: NaiveTime, zone: &Zone) -> Option<DateTime<FixedOffset>> {
    time::resolve(date, t, zone).ok().map(|r| r.instant)
}

/// A day's start and end, where known.
type Bounds = (Option<DateTime<FixedOffset>>, Option<DateTime<FixedOffset>>);

fn lay_out_days<'a>(p: &Programme, zone: &Zone, placed: Vec<Placed<'a>>, rooms: &[(String, String)]) -> Vec<PlanDay<'a>> {
    // Days as the programme gives them, else one per local date used.
    let mut days: BTreeMap<NaiveDate, Bounds> = BTreeMap::new();
    for d in &p.days {
        days.insert(d.date, (d.start, d.end));
    }
    let mut by_day: BTreeMap<NaiveDate, Vec<Placed<'a>>> = BTreeMap::new();
    for pl in placed {
        let date = p
            .days
            .iter()
            .find(|d| matches!((d.start, d.end), (Some(s), Some(e)) if s <= pl.start && pl.start < e))
            .map_or_else(|| pl.start.date_naive(), |d| d.date);
        days.entry(date).or_insert((None, None));
        by_day.entry(date).or_default().push(pl);
    }
    let room_index: HashMap<&str, usize> = rooms.iter().enumerate().map(|(k, (name, _))| (name.as_str(), k)).collect();
    let midnight = NaiveTime::MIN;
    let mut out = Vec::new();
    for (i, (date, (start, end))) in days.into_iter().enumerate() {
        let mut list = by_day.remove(&date).unwrap_or_default();
        list.sort_by(|a, b| (a.start, a.minutes, &a.guid).cmp(&(b.start, b.minutes, &b.guid)));
        let first = list.first().map(|e| e.start);
        let last = list.iter().map(|e| e.start + Duration::minutes(e.minutes)).max();
        let start = start.or_else(|| local_instant(date, midnight, zone)).or(first).unwrap_or_default();
        let end = end
            .or_else(|| local_instant(date, NaiveTime::from_hms_opt(23, 59, 0).unwrap_or(midnight), zone))
            .or(last)
            .unwrap_or(start);
        // Each room's events, rooms in the programme's order (one pass, not one per room).
        let mut in_room: Vec<Vec<Placed<'a>>> = rooms.iter().map(|_| Vec::new()).collect();
        for e in list {
            if let Some(&k) = room_index.get(e.room.as_str()) {
                in_room[k].push(e);
            }
        }
        let day_rooms: Vec<(String, Vec<Placed<'a>>)> =
            rooms.iter().zip(in_room).filter(|(_, list)| !list.is_empty()).map(|((name, _), list)| (name.clone(), list)).collect();
        out.push(PlanDay { index: i as u32 + 1, date, start, end, rooms: day_rooms });
    }
    out
}
