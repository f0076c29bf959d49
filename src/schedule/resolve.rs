//! Shared second step of the frab importers: raw fields (text plus where it stood) become a
//! [`Programme`], with each quirk read around and recorded as a [`Note`].

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveDateTime, Offset as _, Timelike as _};

use super::{Conference, Day, Event, Note, PersonKey, Programme, Room};
use crate::model::{NoteLevel, Person, Role, RoleRef, Session, SessionId, Slot, Span, Spanned, Zone};
use crate::time;

/// Where a raw value stood (a JSON note's path is found from it once the notes are made).
#[derive(Debug, Clone, Default)]
pub(crate) struct Loc {
    pub span: Span,
}

/// A raw text value and where it stood.
#[derive(Debug, Clone, Default)]
pub(crate) struct Field {
    pub text: String,
    pub loc: Loc,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct RawPerson {
    pub name: Field,
    pub key: PersonKey,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct RawEvent {
    pub loc: Loc,
    /// The room the event is listed under (v1 `rooms` key, XML `<room name>`).
    pub listed_room: Option<Field>,
    /// The event's own room field.
    pub room: Option<Field>,
    pub guid: Option<String>,
    pub number: Option<u64>,
    pub code: Option<String>,
    pub slug: Option<Field>,
    pub kind: Option<String>,
    pub track: Option<String>,
    pub language: Option<String>,
    pub subtitle: Option<String>,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub url: Option<String>,
    pub title: Option<Field>,
    /// v1 `date`, v2 `start`: an ISO date-time.
    pub date: Option<Field>,
    /// v1 `start`: local `HH:MM`.
    pub start: Option<Field>,
    pub duration: Option<Field>,
    pub end: Option<Field>,
    pub persons: Vec<RawPerson>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct RawConference {
    pub title: Option<String>,
    pub acronym: Option<Field>,
    pub zone: Option<Field>,
    pub start: Option<String>,
    pub end: Option<String>,
    pub days_count: Option<(u64, Loc)>,
    pub timeslot: Option<Field>,
    pub base_url: Option<String>,
    pub url: Option<String>,
    pub version: Option<String>,
    /// The conference's city (Pentabarf's `<city>`), which may name its zone.
    pub city: Option<Field>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct RawDay {
    pub index: Option<u64>,
    pub date: Option<Field>,
    pub start: Option<String>,
    pub end: Option<String>,
    pub loc: Loc,
}

/// Everything a front end read, before times and quirks are resolved.
#[derive(Debug, Clone, Default)]
pub(crate) struct Raw {
    pub conference: RawConference,
    pub days: Vec<RawDay>,
    pub rooms: Vec<(Room, Loc)>,
    pub events: Vec<RawEvent>,
    /// Notes the front end already made (unknown properties, ...).
    pub notes: Vec<Note>,
    /// v2: `end` is the primary field and `duration` is deprecated.
    pub end_is_primary: bool,
    /// The zone given on the command line (`--input-tz`): it replaces the file's.
    pub input_zone: Option<Zone>,
}

/// Collects notes that recur (one per event) into one note per code and subject.
#[derive(Default)]
pub(crate) struct Tally {
    order: Vec<(String, String)>,
    seen: HashMap<(String, String), Counted>,
}

/// A recurring note: its level, first place, count and the first one's own message.
type Counted = (NoteLevel, Loc, usize, Option<String>);

impl Tally {
    pub(crate) fn add(&mut self, code: &str, level: NoteLevel, what: String, loc: &Loc) {
        self.add_as(code, level, what, None, loc);
    }

    /// Adds a note counted with the others of its `subject`, told by the first one's
    /// `message` (which names the first place's values).
    pub(crate) fn add_as(&mut self, code: &str, level: NoteLevel, subject: String, message: Option<String>, loc: &Loc) {
        let key = (code.to_owned(), subject);
        let entry = self.seen.entry(key.clone()).or_insert_with(|| {
            self.order.push(key.clone());
            (level, loc.clone(), 0, message)
        });
        entry.2 += 1;
    }

    pub(crate) fn into_notes(mut self) -> Vec<Note> {
        let mut out = Vec::new();
        for key in self.order {
            let (level, loc, count, message) = self.seen.remove(&key).unwrap_or((NoteLevel::Info, Loc::default(), 1, None));
            let text = message.unwrap_or(key.1);
            let message = if count == 1 { text } else { format!("{text} ({count} times; the first is here)") };
            out.push(Note { code: key.0, level, message, span: loc.span, path: None });
        }
        out
    }
}

pub(crate) fn note(code: &str, level: NoteLevel, message: String, loc: &Loc) -> Note {
    Note { code: code.to_owned(), level, message, span: loc.span, path: None }
}

/// Reads the dates of one room's events on one day of an older Pentabarf or frab export,
/// which gives each event only a local `start` (`HH:MM`) and no `date`.
///
/// The date is the day's, or the next day's for an event past midnight: one that starts
/// before the day's own start (`day_start`), else before the conference's `day_change`,
/// else (neither given) one listed after a later start in the same room, as frab lists
/// a room's events in time order (`23:00`, then `00:00`).
pub(crate) struct DayClock {
    date: Option<NaiveDate>,
    day_start: Option<chrono::NaiveTime>,
    day_change: Option<chrono::NaiveTime>,
    last: Option<chrono::NaiveTime>,
    past_midnight: bool,
}

impl DayClock {
    /// A clock for one room's list on a day dated `day_date`, starting at `day_start` (an
    /// ISO date-time), in a conference whose days change at `day_change` (`HH:MM`).
    pub(crate) fn new(day_date: Option<&str>, day_start: Option<&str>, day_change: Option<&str>) -> DayClock {
        DayClock {
            date: day_date.and_then(|d| NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok()),
            day_start: day_start.and_then(parse_datetime).map(|d| match d {
                Stamp::Fixed(d) => d.time(),
                Stamp::Local(n) => n.time(),
            }),
            day_change: day_change.and_then(hhmm).filter(|t| *t != chrono::NaiveTime::MIN),
            last: None,
            past_midnight: false,
        }
    }

    /// Gives an event without a `date` one from its `start`, noted.
    pub(crate) fn date(&mut self, e: &mut RawEvent, tally: &mut Tally) {
        let (Some(start), Some(date)) = (&e.start, self.date) else {
            return;
        };
        let Some(t) = hhmm(&start.text) else { return };
        let next = match (self.day_start, self.day_change) {
            (Some(d), _) | (None, Some(d)) => t < d,
            (None, None) => {
                self.past_midnight |= self.last.is_some_and(|last| t < last);
                self.past_midnight
            }
        };
        self.last = Some(t);
        tally.add("date-from-day", NoteLevel::Info, "an event has no date; its start is read as local time on its day".into(), &start.loc);
        if next && self.day_start.is_none() && self.day_change.is_none() {
            tally.add("date-after-midnight", NoteLevel::Info, format!("`{}` is listed after a later start in its room; read as past midnight, on the next day", start.text.trim()), &start.loc);
        }
        let date = if next { date.succ_opt().unwrap_or(date) } else { date };
        e.date = Some(Field { text: format!("{date}T{t}"), loc: start.loc.clone() });
    }
}

/// Reads a local time written `HH:MM` (or `HH:MM:SS`, seconds dropped).
fn hhmm(s: &str) -> Option<chrono::NaiveTime> {
    chrono::NaiveTime::parse_from_str(s.trim().get(..5)?, "%H:%M").ok()
}

/// Reads an ISO 8601 date-time, with or without an offset.
pub(crate) fn parse_datetime(s: &str) -> Option<Stamp> {
    let s = s.trim();
    if let Ok(d) = DateTime::parse_from_rfc3339(s) {
        return Some(Stamp::Fixed(d));
    }
    for f in ["%Y-%m-%dT%H:%M%:z", "%Y-%m-%d %H:%M:%S%:z", "%Y-%m-%d %H:%M%:z", "%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%dT%H:%M%z"] {
        if let Ok(d) = DateTime::parse_from_str(s, f) {
            return Some(Stamp::Fixed(d));
        }
    }
    let (body, utc) = match s.strip_suffix(['Z', 'z']) {
        Some(b) => (b, true),
        None => (s, false),
    };
    for f in ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"] {
        if let Ok(d) = NaiveDateTime::parse_from_str(body, f) {
            return Some(if utc { Stamp::Fixed(d.and_utc().fixed_offset()) } else { Stamp::Local(d) });
        }
    }
    None
}

/// A date-time as written: with an offset, or local to a zone still to be applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stamp {
    Fixed(DateTime<FixedOffset>),
    Local(NaiveDateTime),
}

/// The longest duration an event may have: a year. Longer ones are misprints (`9999:00`)
/// that would put the end past any calendar's range.
pub(crate) const MAX_DURATION_MINUTES: i64 = 366 * 24 * 60;

/// Reads a duration: `HH:MM`, `HH:MM:SS`, or ISO 8601 `PT1H30M`; in minutes. `None` for
/// anything else, a sign included, or more than [`MAX_DURATION_MINUTES`].
pub(crate) fn parse_duration(s: &str) -> Option<i64> {
    let s = s.trim();
    let number = |p: &str| -> Option<i64> { if !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) { p.parse().ok() } else { None } };
    let total = if let Some(iso) = s.strip_prefix("PT").or_else(|| s.strip_prefix("pt")) {
        let (mut total, mut num) = (0i64, String::new());
        for c in iso.chars() {
            if c.is_ascii_digit() {
                num.push(c);
            } else {
                let n = number(&num)?;
                num.clear();
                let add = match c.to_ascii_uppercase() {
                    'H' => n.checked_mul(60)?,
                    'M' => n,
                    'S' => n / 60,
                    _ => return None,
                };
                total = total.checked_add(add)?;
            }
        }
        num.is_empty().then_some(total)?
    } else {
        let parts: Vec<i64> = s.split(':').map(number).collect::<Option<_>>()?;
        match parts[..] {
            [_, m] | [_, m, _] if m >= 60 => return None,
            [_, _, sec] if sec >= 60 => return None,
            [h, m] | [h, m, _] => h.checked_mul(60)?.checked_add(m)?,
            _ => return None,
        }
    };
    (total <= MAX_DURATION_MINUTES).then_some(total)
}

/// Formats minutes as frab's `HH:MM`.
pub(crate) fn format_duration(minutes: i64) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// True when `a` matches the c3voc acronym pattern `^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$`.
pub(crate) fn acronym_ok(a: &str) -> bool {
    let core = match a.rsplit_once('-').and_then(|(head, word)| {
        let (h2, year) = head.rsplit_once('-')?;
        let ok = year.len() == 4 && year.starts_with('2') && year.bytes().all(|b| b.is_ascii_digit())
            && !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase());
        ok.then_some(h2)
    }) {
        Some(h) => h,
        None => a,
    };
    let mut chars = core.chars();
    let first_ok = chars.next().is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-');
    let rest: Vec<char> = chars.collect();
    first_ok && rest.len() >= 3 && rest.iter().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
}

/// True when `s` matches the frab slug pattern `^[a-z0-9_-]+[a-z0-9]$`.
pub(crate) fn slug_ok(s: &str) -> bool {
    s.len() >= 2
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
        && s.bytes().last().is_some_and(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
}

fn role_from(s: Option<&str>) -> Role {
    match s.map(str::to_ascii_uppercase).as_deref() {
        Some("MODERATOR") => Role::Moderator,
        Some("HOST") => Role::Organizer,
        Some("CONTRIBUTOR") => Role::ResourcePerson,
        _ => Role::Speaker,
    }
}

fn offset_in(zone: &Zone, instant: DateTime<FixedOffset>) -> Option<i32> {
    time::in_zone(instant, zone).ok().map(|d| d.offset().fix().local_minus_utc())
}

/// The wall-clock `HH:MM` of a date-time as written.
fn wall(d: DateTime<FixedOffset>) -> String {
    format!("{:02}:{:02}", d.hour(), d.minute())
}

/// The wall-clock `HH:MM` of an instant in a zone.
fn wall_in(zone: &Zone, instant: DateTime<FixedOffset>) -> Option<String> {
    time::in_zone(instant, zone).ok().map(wall)
}

/// True when a local `start` (`10:30`, `10:30:00`) is the wall time `wall`.
fn starts_at(start: &str, wall: Option<&str>) -> bool {
    wall.is_some_and(|w| start.trim().starts_with(w))
}

fn fixed_zone(secs: i32) -> Zone {
    if secs == 0 { Zone::Utc } else { Zone::Fixed(secs) }
}

/// Builds the programme: decides the zone, resolves each event's slot, merges events
/// listed in several rooms, and records every quirk.
pub(crate) fn build(mut raw: Raw) -> Programme {
    let mut notes = raw.notes;
    let mut tally = Tally::default();
    let conf = &raw.conference;

    // The conference zone as declared, or as given on the command line.
    let declared = match &raw.input_zone {
        Some(z) => {
            if let Some(f) = conf.zone.as_ref().filter(|f| time::zone_named(&f.text).ok().as_ref() != Some(z)) {
                notes.push(note("zone-overridden", NoteLevel::Info, format!("time_zone_name `{}` is replaced by --input-tz {}", f.text.trim(), time::zone_name(z)), &f.loc));
            }
            Some(z.clone())
        }
        None => conf.zone.as_ref().and_then(|f| match time::zone_named(&f.text) {
            Ok(z) => Some(z),
            Err(e) => {
                notes.push(note("zone-unknown", NoteLevel::Warning, format!("{e}; the zone is taken from the events' offsets"), &f.loc));
                None
            }
        }).or_else(|| {
            // No zone named: a city that names one (Pentabarf's `<city>Brussels</city>`).
            let city = conf.city.as_ref().filter(|_| conf.zone.is_none())?;
            let found = time::zone_of_place(&city.text)?;
            let message = format!("the schedule names no time zone (time_zone_name); its city `{}` names {}, so its times are read there (give another with --input-tz ZONE)", found.place, time::zone_name(&found.zone));
            notes.push(note("zone-inferred", NoteLevel::Warning, message, &city.loc));
            Some(found.zone)
        }),
    };

    // First pass: each event's start as written, with times marked UTC that are local fixed.
    let mut stamps: Vec<Option<Stamp>> = Vec::with_capacity(raw.events.len());
    for ev in &raw.events {
        let Some(date) = &ev.date else {
            stamps.push(None);
            continue;
        };
        let Some(mut stamp) = parse_datetime(&date.text) else {
            notes.push(note("date-invalid", NoteLevel::Error, format!("`{}` is not an ISO 8601 date and time; the event has no slot", date.text), &date.loc));
            stamps.push(None);
            continue;
        };
        if let (Stamp::Fixed(d), Some(zone @ Zone::Iana(_)), Some(start)) = (stamp, &declared, &ev.start) {
            if d.offset().local_minus_utc() == 0 && offset_in(zone, d) != Some(0) && start.text.trim().get(..5) == Some(wall(d).as_str()) {
                let message = format!("`{}` is marked UTC but its local start `{}` shows it is {} time; read as local time", date.text, start.text, time::zone_name(zone));
                tally.add_as("utc-marked-local", NoteLevel::Warning, time::zone_name(zone), Some(message), &date.loc);
                stamp = Stamp::Local(d.naive_local());
            }
        }
        stamps.push(Some(stamp));
    }

    // The zone: the declared one, unless every offset written disagrees with it. An
    // instant written in another offset (wafer writes UTC) whose local `start` is its wall
    // time in the declared zone agrees with the zone.
    let offsets: Vec<i32> = stamps.iter().flatten().filter_map(|s| match s {
        Stamp::Fixed(d) => Some(d.offset().local_minus_utc()),
        Stamp::Local(_) => None,
    }).collect();
    let one_offset = offsets.first().copied().filter(|o| offsets.iter().all(|x| x == o));
    let disagrees = |z: &Zone, ev: &RawEvent, s: &Stamp| match s {
        Stamp::Fixed(d) => offset_in(z, *d) != Some(d.offset().local_minus_utc()) && !ev.start.as_ref().is_some_and(|st| starts_at(&st.text, wall_in(z, *d).as_deref())),
        Stamp::Local(_) => false,
    };
    let mismatched_in = |z: &Zone| raw.events.iter().zip(&stamps).filter(|(ev, s)| s.as_ref().is_some_and(|s| disagrees(z, ev, s))).count();
    let loc = conf.zone.as_ref().map(|f| f.loc.clone()).unwrap_or_default();
    // Read as UTC for want of anything else (no zone named, inferred or given, and no
    // offsets): the programme then names no zone, so no export states UTC as fact.
    let guessed = declared.is_none() && conf.zone.is_none() && offsets.is_empty();
    let zone = match (&declared, one_offset) {
        (Some(z), Some(off)) => {
            let mismatched = mismatched_in(z);
            if mismatched == offsets.len() && mismatched > 0 {
                notes.push(note("zone-offset-mismatch", NoteLevel::Warning, format!("time_zone_name `{}` disagrees with the offset {} that all {mismatched} events carry; times are kept as written and the zone is read as {}", time::zone_name(z), time::format_offset(off), time::zone_name(&fixed_zone(off))), &loc));
                fixed_zone(off)
            } else {
                z.clone()
            }
        }
        (Some(z), None) => {
            let mismatched = mismatched_in(z);
            if mismatched > 0 {
                notes.push(note("zone-offset-mismatch", NoteLevel::Warning, format!("{mismatched} events carry offsets that time_zone_name `{}` does not have at their time; the instants are kept", time::zone_name(z)), &loc));
            }
            z.clone()
        }
        (None, found) => {
            let z = fixed_zone(found.or(offsets.first().copied()).unwrap_or(0));
            if conf.zone.is_none() {
                let message = if offsets.is_empty() {
                    "the schedule names no time zone (time_zone_name) and its times carry no offset; they are read as UTC, which is wrong unless the event was in UTC: give its zone with --input-tz ZONE (e.g. --input-tz Europe/Brussels)".to_owned()
                } else {
                    format!("the schedule names no time zone (time_zone_name); the offset its times carry gives {} (give the zone with --input-tz ZONE)", time::zone_name(&z))
                };
                notes.push(note("zone-missing", NoteLevel::Warning, message, &Loc::default()));
            }
            z
        }
    };

    let timeslot = conf.timeslot.as_ref().and_then(|f| parse_duration(&f.text));
    let acronym = conf.acronym.as_ref().map(|f| f.text.clone());
    if let Some(a) = &conf.acronym {
        if !acronym_ok(&a.text) {
            notes.push(note("acronym-invalid", NoteLevel::Info, format!("acronym `{}` does not match the frab pattern (lower-case letters, digits and `_`); it is exported in that form", a.text), &a.loc));
        }
    }

    // Second pass: sessions.
    // Each raw event is dropped as soon as it is read, and the sessions are merged as they
    // come, so the raw and the read lists are never both whole in memory.
    let mut merged = Merger::with_capacity(raw.events.len());
    // The raw list's memory goes back as the events are built (16,000 raw events held
    // 10 MB to the last).
    for (ev, stamp) in super::Freeing::new(std::mem::take(&mut raw.events)).zip(stamps) {
        let instant = match stamp {
            Some(Stamp::Fixed(d)) => time::in_zone(d, &zone).ok(),
            Some(Stamp::Local(n)) => match time::resolve(n.date(), n.time(), &zone) {
                Ok(r) => {
                    if r.repeated {
                        tally.add("time-repeated", NoteLevel::Warning, format!("{n} occurs twice in {}; the first is taken", time::zone_name(&zone)), &ev.date.as_ref().map(|d| d.loc.clone()).unwrap_or_default());
                    }
                    Some(r.instant)
                }
                Err(e) => {
                    notes.push(note("time-in-gap", NoteLevel::Error, format!("{e}; the event has no slot"), &ev.date.as_ref().map(|d| d.loc.clone()).unwrap_or_default()));
                    None
                }
            },
            None => None,
        };
        if ev.date.is_none() {
            tally.add("event-without-time", NoteLevel::Warning, "an event has no start date and time; it is kept without a slot".into(), &ev.loc);
        }
        // The local start (`HH:MM`) against the date: its wall time as written, or in the zone.
        if let (Some(Stamp::Fixed(d)), Some(start)) = (stamp, &ev.start) {
            if !starts_at(&start.text, Some(&wall(d))) && !starts_at(&start.text, wall_in(&zone, d).as_deref()) {
                tally.add("start-disagrees-with-date", NoteLevel::Warning, format!("start `{}` disagrees with date `{}`; the date is used", start.text, ev.date.as_ref().map_or("", |d| d.text.as_str())), &start.loc);
            }
        }
        // The end: from the duration, else from `end`, else one timeslot.
        let end_stamp = ev.end.as_ref().and_then(|f| parse_datetime(&f.text)).and_then(|s| match s {
            Stamp::Fixed(d) => time::in_zone(d, &zone).ok(),
            Stamp::Local(n) => time::resolve(n.date(), n.time(), &zone).ok().map(|r| r.instant),
        });
        let dur = ev.duration.as_ref().filter(|f| !f.text.trim().is_empty());
        let dur_min = dur.and_then(|f| parse_duration(&f.text));
        if let (Some(f), None) = (dur, dur_min) {
            tally.add("duration-invalid", NoteLevel::Warning, format!("duration `{}` is not an `HH:MM` of at most a year", f.text.trim()), &f.loc);
        }
        if let (Some(f), Some(0)) = (dur, dur_min) {
            tally.add("duration-zero", NoteLevel::Warning, format!("duration `{}` is zero; the event is kept as a moment (its calendar event has no end)", f.text.trim()), &f.loc);
        }
        let end = instant.map(|start| {
            let from_dur = dur_min.map(|m| start + Duration::minutes(m));
            match (from_dur, end_stamp) {
                (Some(a), Some(b)) if a != b => {
                    let loc = ev.end.as_ref().map(|f| f.loc.clone()).unwrap_or_default();
                    tally.add("duration-disagrees-with-end", NoteLevel::Warning, format!("duration `{}` and end `{}` disagree; the {} is used", dur.map_or("", |f| f.text.as_str()), ev.end.as_ref().map_or("", |f| f.text.as_str()), if raw.end_is_primary { "end" } else { "duration" }), &loc);
                    if raw.end_is_primary { b } else { a }
                }
                (Some(a), _) => a,
                (None, Some(b)) => b,
                (None, None) => {
                    let loc = ev.duration.as_ref().map(|f| f.loc.clone()).unwrap_or_else(|| ev.loc.clone());
                    let m = timeslot.unwrap_or(0);
                    tally.add("duration-empty", NoteLevel::Warning, format!("an event has no duration; it is given one timeslot ({})", format_duration(m)), &loc);
                    start + Duration::minutes(m)
                }
            }
        });
        let slot = match (instant, end) {
            (Some(s), Some(e)) => {
                let loc = ev.date.as_ref().map(|d| d.loc.span).unwrap_or_default();
                if e < s {
                    let at = ev.end.as_ref().or(ev.duration.as_ref()).map_or_else(|| ev.loc.clone(), |f| f.loc.clone());
                    tally.add("event-ends-before-start", NoteLevel::Warning, format!("an event ends ({}) before it starts; it is kept as a moment at its start", ev.end.as_ref().or(ev.duration.as_ref()).map_or("", |f| f.text.trim())), &at);
                }
                Some(Spanned::new(Slot { start: s, end: if e < s { s } else { e }, zone: zone.clone() }, loc))
            }
            _ => None,
        };
        // The room: the one it is listed under wins over its own field.
        let room = match (&ev.listed_room, &ev.room) {
            (Some(l), Some(r)) if l.text != r.text => {
                tally.add("room-mismatch", NoteLevel::Warning, format!("event says room `{}` but is listed under `{}`; the listing is used", r.text, l.text), &r.loc);
                Some(l)
            }
            (Some(l), _) => Some(l),
            (None, r) => r.as_ref(),
        };
        if room.is_none() {
            tally.add("event-without-room", NoteLevel::Warning, "an event has no room".into(), &ev.loc);
        }
        if let Some(s) = &ev.slug {
            if !slug_ok(&s.text) {
                tally.add("slug-invalid", NoteLevel::Info, "a slug does not match the frab pattern (lower-case letters, digits, `-`, `_`); it is exported in that form".into(), &s.loc);
            }
        }
        if ev.title.is_none() {
            tally.add("event-without-title", NoteLevel::Warning, "an event has no title".into(), &ev.loc);
        }
        let id_text = ev.code.clone().or_else(|| ev.number.map(|n| n.to_string())).or_else(|| ev.guid.clone());
        // The session key: the guid, else the conference (acronym, else title) and the id.
        let conference_name = acronym.clone().or_else(|| conf.title.clone()).filter(|a| !a.trim().is_empty());
        let key = ev.guid.clone().filter(|g| !g.trim().is_empty()).or_else(|| {
            let id = ev.code.clone().or_else(|| ev.number.map(|n| n.to_string()))?;
            Some(match &conference_name {
                Some(c) => format!("{}/{id}", c.trim()),
                None => id,
            })
        });
        let session = Session {
            key,
            id: id_text.map(|text| Spanned::new(SessionId { event: acronym.clone().unwrap_or_default(), kind: ev.kind.clone().unwrap_or_else(|| "event".into()), number: ev.number.and_then(|n| u32::try_from(n).ok()), text }, ev.loc.span)),
            title: ev.title.as_ref().map(|t| Spanned::new(t.text.clone(), t.loc.span)),
            format: ev.kind.as_ref().map(|k| Spanned::new(k.clone(), ev.loc.span)),
            declared_minutes: slot.as_ref().and_then(|s| u32::try_from((s.value.end - s.value.start).num_minutes()).ok()).map(|m| Spanned::new(m, ev.duration.as_ref().map(|d| d.loc.span).unwrap_or_default())),
            slot,
            room: room.map(|r| Spanned::new(r.text.clone(), r.loc.span)),
            url: ev.url.clone(),
            people: ev
                .persons
                .iter()
                .map(|p| {
                    let span = p.name.loc.span;
                    let role = RoleRef { role: role_from(p.key.role.as_deref()), span, inferred: false };
                    Person::new(Spanned::new(p.name.text.clone(), span), vec![role])
                })
                .collect(),
            ..Session::default()
        };
        let event = Event {
            session,
            guid: ev.guid.clone(),
            number: ev.number,
            code: ev.code.clone(),
            slug: ev.slug.as_ref().map(|s| s.text.clone()),
            kind: ev.kind.clone(),
            track: ev.track.clone(),
            language: ev.language.clone(),
            subtitle: ev.subtitle.clone(),
            summary: ev.summary.clone(),
            description: ev.description.clone(),
            person_keys: ev.persons.iter().map(|p| p.key.clone()).collect(),
            also_rooms: Vec::new(),
        };
        merged.add(event, &ev.loc, &mut tally);
    }
    let events = merged.out;
    notes.extend(tally.into_notes());

    // Rooms: the declared list, then any others in order of first use.
    let mut rooms: Vec<Room> = Vec::new();
    let mut room_names: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut guid_seen: BTreeMap<String, String> = BTreeMap::new();
    for (room, loc) in &raw.rooms {
        if let Some(g) = &room.guid {
            if let Some(first) = guid_seen.get(g) {
                notes.push(note("room-guid-duplicate", NoteLevel::Warning, format!("rooms `{first}` and `{}` share guid {g}; the export gives each its own", room.name), loc));
            } else {
                guid_seen.insert(g.clone(), room.name.clone());
            }
        }
        if room_names.insert(room.name.clone()) {
            rooms.push(room.clone());
        }
    }
    for ev in &events {
        for name in ev.rooms() {
            if !room_names.contains(name) {
                room_names.insert(name.to_owned());
                rooms.push(Room { name: name.to_owned(), guid: None });
            }
        }
    }

    let days: Vec<Day> = raw.days.iter().enumerate().filter_map(|(i, d)| {
        let date = d.date.as_ref().and_then(|f| NaiveDate::parse_from_str(f.text.trim(), "%Y-%m-%d").ok());
        if date.is_none() {
            notes.push(note("day-invalid", NoteLevel::Warning, "a day has no readable date; it is skipped".into(), &d.loc));
        }
        let at = |s: &Option<String>| s.as_deref().and_then(parse_datetime).and_then(|s| match s {
            Stamp::Fixed(d) => Some(d),
            Stamp::Local(n) => time::resolve(n.date(), n.time(), &zone).ok().map(|r| r.instant),
        });
        Some(Day { index: d.index.and_then(|n| u32::try_from(n).ok()).unwrap_or(i as u32 + 1), date: date?, start: at(&d.start), end: at(&d.end) })
    }).collect();
    if let Some((n, loc)) = &conf.days_count {
        if *n as usize != raw.days.len() {
            notes.push(note("days-count-mismatch", NoteLevel::Info, format!("daysCount says {n} but {} days are listed; the list is used", raw.days.len()), loc));
        }
    }

    let date = |s: &Option<String>| s.as_deref().and_then(|s| NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d").ok());
    Programme {
        conference: Conference {
            title: conf.title.clone(),
            acronym,
            zone: (!guessed).then(|| zone.clone()),
            start: date(&conf.start).or(days.first().map(|d| d.date)),
            end: date(&conf.end).or(days.last().map(|d| d.date)),
            timeslot_minutes: timeslot.and_then(|t| u32::try_from(t).ok()),
            base_url: conf.base_url.clone(),
            url: conf.url.clone(),
            version: conf.version.clone(),
        },
        days,
        rooms,
        events,
        notes,
    }
}

/// True when two events of the same title and times are two sessions: their pretalx
/// codes differ, or one site gives them two pages (URLs on one host), or their speakers
/// differ (two parallel breakouts of one name), or, where either lists none, their URLs or
/// tracks differ. The same speakers at the same time with pages on two sites are one
/// session that a merged export took from two tools. Ids, guids and the slugs made from
/// them never tell events apart: merged exports, and frab exports of an event listed in
/// two rooms, renumber them.
fn distinct(a: &Event, b: &Event) -> bool {
    fn differ(x: Option<&str>, y: Option<&str>) -> bool {
        matches!((x, y), (Some(x), Some(y)) if x.trim() != y.trim())
    }
    fn host(url: &str) -> &str {
        let rest = url.trim().split_once("://").map_or(url, |(_, r)| r);
        rest.split('/').next().unwrap_or(rest)
    }
    fn names(e: &Event) -> Vec<&str> {
        let mut v: Vec<&str> = e.session.people.iter().map(|p| p.name.value.as_str()).collect();
        v.sort_unstable();
        v
    }
    let (ua, ub) = (a.session.url.as_deref(), b.session.url.as_deref());
    let two_pages_of_one_site = differ(ua, ub) && ua.map(host) == ub.map(host);
    if differ(a.code.as_deref(), b.code.as_deref()) || two_pages_of_one_site {
        return true;
    }
    if !a.session.people.is_empty() && !b.session.people.is_empty() {
        return names(a) != names(b);
    }
    differ(ua, ub) || differ(a.track.as_deref(), b.track.as_deref())
}

/// One event listed under several rooms at the same time (same guid, or same title and
/// times and nothing that tells them apart, see [`distinct`]) becomes one event with
/// further rooms, and the same listing twice in one room is kept once. The same guid at another time is another occurrence of the session, kept as
/// its own event (its key gains `/2`, `/3`). Two different events with one key (ids that
/// collide in merged exports) are both kept, the second's key made unique, and said.
#[derive(Default)]
struct Merger {
    out: Vec<Event>,
    by_guid: HashMap<String, Vec<usize>>,
    by_title: HashMap<(String, i64, i64), usize>,
    keys: HashMap<String, usize>,
}

impl Merger {
    fn with_capacity(n: usize) -> Merger {
        Merger { out: Vec::with_capacity(n), ..Merger::default() }
    }

    /// Adds the next event in the order listed.
    fn add(&mut self, mut ev: Event, loc: &Loc, tally: &mut Tally) {
        let times = |e: &Event| e.session.slot.as_ref().map(|s| (s.value.start, s.value.end));
        let title_key = match (&ev.session.title, &ev.session.slot) {
            (Some(t), Some(s)) => Some((super::names::normalise(&t.value), s.value.start.timestamp(), s.value.end.timestamp())),
            _ => None,
        };
        let same_guid = ev.guid.as_ref().and_then(|g| self.by_guid.get(g)).cloned().unwrap_or_default();
        let existing = same_guid.iter().copied().find(|&i| times(&self.out[i]) == times(&ev))
            .or_else(|| title_key.as_ref().and_then(|k| self.by_title.get(k).copied()).filter(|&i| !distinct(&self.out[i], &ev)));
        let name = ev.session.title.as_ref().map_or_else(|| ev.session.display_name().to_owned(), |t| t.value.clone());
        if let Some(i) = existing {
            let first = &mut self.out[i];
            let room = ev.session.room.clone();
            let new_room = room.as_ref().filter(|r| !first.rooms().any(|x| x == r.value));
            match new_room {
                Some(r) => {
                    tally.add("event-in-several-rooms", NoteLevel::Info, format!("`{name}` is listed in several rooms at the same time; read as one event in rooms {} and `{}`", first.rooms().map(|x| format!("`{x}`")).collect::<Vec<_>>().join(", "), r.value), loc);
                    first.also_rooms.push(r.clone());
                }
                None => tally.add("event-duplicate", NoteLevel::Warning, format!("`{name}` is listed twice in the same room at the same time; kept once"), loc),
            }
            // The persons of every listing.
            for (p, k) in ev.session.people.into_iter().zip(ev.person_keys) {
                if !first.session.people.iter().any(|x| x.name.value == p.name.value) {
                    first.session.people.push(p);
                    first.person_keys.push(k);
                }
            }
            return;
        }
        if let Some(key) = ev.session.key.clone() {
            let n = self.keys.entry(key.clone()).or_insert(0);
            *n += 1;
            if *n > 1 {
                if same_guid.is_empty() {
                    tally.add("event-key-duplicate", NoteLevel::Warning, format!("`{name}` has the id of an earlier event (`{key}`); both are kept, this one as `{key}/{n}`"), loc);
                } else {
                    tally.add("event-repeated", NoteLevel::Info, format!("`{name}` is held again at another time; each time is kept (`{key}/{n}`)"), loc);
                }
                ev.session.key = Some(format!("{key}/{n}"));
            }
        }
        if let Some(g) = &ev.guid {
            self.by_guid.entry(g.clone()).or_default().push(self.out.len());
        }
        if let Some(k) = title_key {
            self.by_title.entry(k).or_insert(self.out.len());
        }
        self.out.push(ev);
    }
}
