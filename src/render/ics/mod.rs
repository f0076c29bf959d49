//! iCalendar (RFC 5545) output: one VCALENDAR holding a VEVENT per session (and per agenda
//! segment with [`IcsOptions::segments`]), with a generated VTIMEZONE for every named zone
//! it uses.
//!
//! Pure functions: the caller passes everything that varies (the DTSTAMP, the zone to write
//! in), so the same sessions and options always give the same bytes. Times are never
//! floating: a UTC slot is written in UTC (`...Z`), a slot in an IANA zone with `TZID` and a
//! VTIMEZONE. A slot given as a fixed offset, and any instant whose wall-clock time occurs
//! twice in its zone (the hour repeated when clocks go back), is written in UTC, the one
//! form every consumer reads the same way.
//!
//! With [`IcsOptions::invite`] the calendar is an iTIP REQUEST (RFC 5546) with ORGANIZER
//! and ATTENDEE; otherwise it is a PUBLISH, which must carry no ATTENDEE, so the people
//! are listed in the DESCRIPTION (it still names the ORGANIZER, which RFC 5546 §3.2.1
//! requires in a PUBLISH and libical checks). A person without a known e-mail address is written with
//! a stable `urn:uuid:` address (a valid CAL-ADDRESS that no mail can be sent to), never
//! with an invented mailto.

mod event;
mod lines;
mod vtimezone;

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, FixedOffset, NaiveDateTime, Utc};

use crate::model::{Session, Slot, Spanned, Zone};
use crate::time::{self, TimeError};
use lines::Lines;

/// What to write besides the sessions themselves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IcsOptions {
    /// Minutes before the start at which a VALARM fires; `None` writes no alarm.
    pub alarm_minutes: Option<u32>,
    /// Write an invitation (METHOD:REQUEST with ORGANIZER and ATTENDEE) instead of a
    /// published calendar (METHOD:PUBLISH, people in the description only).
    pub invite: bool,
    /// Also write one VEVENT per agenda segment, RELATED-TO its session.
    pub segments: bool,
    /// The DTSTAMP of every event (the CLI takes it from SOURCE_DATE_EPOCH when set).
    pub dtstamp: DateTime<Utc>,
    /// X-WR-CALNAME; `None` names the calendar after its only session, else `runsheet`.
    pub calendar_name: Option<String>,
    /// Write times in this zone instead of the zone each slot was written in.
    pub zone: Option<Zone>,
    /// SEQUENCE of every event (raise it when re-sending a changed invitation).
    pub sequence: u32,
    /// The organiser's e-mail address for invitations; else the first organiser listed.
    pub organizer_email: Option<String>,
}

impl IcsOptions {
    /// Defaults: a 15-minute alarm, PUBLISH, no segments, the slot's own zone, SEQUENCE 0.
    pub fn new(dtstamp: DateTime<Utc>) -> Self {
        IcsOptions {
            alarm_minutes: Some(15),
            invite: false,
            segments: false,
            dtstamp,
            calendar_name: None,
            zone: None,
            sequence: 0,
            organizer_email: None,
        }
    }
}

/// Why a session could not be written as an event.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IcsError {
    /// The session has no slot (give it one with [`with_start`]).
    #[error("{session} has no date and time; give one with --start (e.g. --start 2019-11-26T09:30 --tz Europe/Berlin)")]
    NoSlot {
        /// The session's display name.
        session: String,
    },
    /// The session's slot does not exist in its zone (a local time in a daylight-saving
    /// gap), so it has none.
    #[error("{session}'s slot cannot be placed: {reason}; correct it, or give a start with --start")]
    SlotInGap {
        /// The session's display name.
        session: String,
        /// What the parser said about the time.
        reason: String,
    },
    /// The session's slot was written without a zone (give one with [`with_local_slot`]).
    #[error("{session} is at {slot}; give its zone with --tz (e.g. --tz Europe/Paris)")]
    NoZone {
        /// The session's display name.
        session: String,
        /// The slot as written.
        slot: String,
    },
    /// A start was given but the session's length is unknown.
    #[error("{session} has no declared duration and no timed agenda, so its end is unknown")]
    NoLength {
        /// The session's display name.
        session: String,
    },
    /// The slot ends before it starts.
    #[error("{session} ends ({end}) before it starts ({start})")]
    EndBeforeStart {
        /// The session's display name.
        session: String,
        /// The start as written.
        start: String,
        /// The end as written.
        end: String,
    },
    /// A zone or local time could not be used.
    #[error("{session}: {source}")]
    Time {
        /// The session's display name.
        session: String,
        /// What went wrong.
        source: TimeError,
    },
}

/// A calendar ready to write, with what the caller may want to tell the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// The iCalendar text (CRLF line endings, folded at 75 octets).
    pub text: String,
    /// Things worth a warning, e.g. a segment that ends before it starts (no event for it).
    pub warnings: Vec<String>,
}

/// A session given a start with [`with_start`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scheduled {
    /// The session with its new slot.
    pub session: Session,
    /// True when the local start occurs twice in the zone and the first was taken.
    pub repeated: bool,
}

/// Gives a session without a slot one starting at the local time `start` in `zone`, as
/// long as its length (declared duration, else the end of its agenda).
///
/// # Errors
/// [`IcsError::NoLength`] when the length is unknown; [`IcsError::Time`] when the local
/// time falls in a DST gap or the zone is unknown.
pub fn with_start(session: &Session, start: NaiveDateTime, zone: &Zone) -> Result<Scheduled, IcsError> {
    let minutes = session
        .length_minutes()
        .filter(|m| *m > 0)
        .ok_or_else(|| IcsError::NoLength { session: session.display_name().to_owned() })?;
    placed(session, start, minutes, zone)
}

/// `session` with a slot starting at the local time `start` in `zone`, `minutes` long.
fn placed(session: &Session, start: NaiveDateTime, minutes: i64, zone: &Zone) -> Result<Scheduled, IcsError> {
    let terr = |source| IcsError::Time { session: session.display_name().to_owned(), source };
    let resolved = time::resolve(start.date(), start.time(), zone).map_err(terr)?;
    let end = time::in_zone(resolved.instant + Duration::minutes(minutes), zone).map_err(terr)?;
    let mut session = session.clone();
    session.slot = Some(Spanned::new(Slot { start: resolved.instant, end, zone: zone.clone() }, Default::default()));
    Ok(Scheduled { session, repeated: resolved.repeated })
}

/// Gives a session whose slot was written without a zone (its `local_slot`, with a date)
/// that slot in `zone`: the start as written, the end as written (the next day when it is
/// not after the start), else as long as the session. `None` when there is no such slot.
///
/// # Errors
/// As [`with_start`].
pub fn with_local_slot(session: &Session, zone: &Zone) -> Result<Option<Scheduled>, IcsError> {
    let Some(local) = session.local_slot.as_ref().map(|l| &l.value) else { return Ok(None) };
    let Some(date) = local.date else { return Ok(None) };
    let start = date.and_time(local.start);
    let mut s = match local.minutes() {
        Some(minutes) => placed(session, start, minutes, zone)?,
        None => with_start(session, start, zone)?,
    };
    s.session.local_slot = None;
    Ok(Some(s))
}

/// The UID of a session's event: from its id where it has one (`igf-2021-ws-119@runsheet`),
/// else a name-based UUID of its title and people, so it is the same on every run and
/// machine and survives a change of slot.
pub fn session_uid(session: &Session) -> String {
    // A programme's event: its session key (guid, else conference and id), unique across
    // conferences and merged exports.
    if let Some(key) = &session.key {
        let slug = super::slug(key);
        if !slug.is_empty() {
            return format!("{slug}@runsheet");
        }
    }
    if let Some(id) = &session.id {
        let slug = super::slug(&id.value.text);
        if !slug.is_empty() {
            return format!("{slug}@runsheet");
        }
    }
    let mut content = String::new();
    for part in [session.title.as_ref().map(|t| &t.value), session.format.as_ref().map(|f| &f.value)] {
        content.push_str(part.map_or("", String::as_str));
        content.push('\n');
    }
    for p in &session.people {
        content.push_str(&p.name.value);
        content.push('\n');
    }
    for s in &session.segments {
        content.push_str(&s.title.value);
        content.push('\n');
    }
    format!(
        "{}@runsheet",
        uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, format!("runsheet:session:{content}").as_bytes())
    )
}


/// One session's VEVENT (and its segments' with [`IcsOptions::segments`]), written on its
/// own, so that sessions can be written in parallel and one that cannot be written does
/// not stop the others; [`calendar`] gathers them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Event {
    name: String,
    text: String,
    zoned: Vec<(Zone, DateTime<FixedOffset>)>,
    warnings: Vec<String>,
}

impl Event {
    /// Things worth a warning about this session (they are also in [`Rendered::warnings`]).
    pub fn warnings(&self) -> &[String] {
        &self.warnings
    }

    /// The event's lines as the calendar holds them (VEVENT ... END:VEVENT, CRLF).
    pub fn text(&self) -> &str {
        &self.text
    }
}

/// Writes one session's events.
///
/// # Errors
/// The session has no slot, ends before it starts, or names a zone the tz database does
/// not know.
pub fn event(session: &Session, opts: &IcsOptions) -> Result<Event, IcsError> {
    let mut warnings = Vec::new();
    let written = event::write(session, opts, &mut warnings)?;
    Ok(Event { name: session.display_name().to_owned(), text: written.text, zoned: written.zoned, warnings })
}

/// Writes one calendar holding `events`, in the order given, with a VTIMEZONE for each
/// zone they use that covers every instant written in it.
///
/// # Errors
/// A zone's rules cannot be read (only for zones that [`event`] did not check).
pub fn calendar(events: &[Event], opts: &IcsOptions) -> Result<Rendered, IcsError> {
    let head = calendar_head(events, opts)?;
    let mut text = head.text;
    text.reserve(events.iter().map(|e| e.text.len()).sum::<usize>() + CALENDAR_END.len());
    for e in events {
        text.push_str(&e.text);
    }
    text.push_str(CALENDAR_END);
    Ok(Rendered { text, warnings: head.warnings })
}

/// The text that closes a calendar, after its events.
pub const CALENDAR_END: &str = "END:VCALENDAR\r\n";

/// What a calendar holding `events` says before them (its properties and the VTIMEZONE of
/// each zone they use), and the events' warnings: the calendar is this text, then each
/// event's `text` in order, then [`CALENDAR_END`]. A large calendar can so be written part
/// by part, never held whole beside its events.
///
/// # Errors
/// As [`calendar`].
pub fn calendar_head(events: &[Event], opts: &IcsOptions) -> Result<Rendered, IcsError> {
    let mut head = Head::default();
    for e in events {
        head.add(e);
    }
    head.render(opts)
}

/// What a calendar's head needs of its events (the zones they use and when, their count,
/// their warnings), gathered one event at a time, so that a large calendar's events can be
/// written out as they are made and not kept until the head is.
#[derive(Debug, Clone, Default)]
pub struct Head {
    /// Instants written with each TZID, for the VTIMEZONE's range.
    zones: BTreeMap<String, (Zone, DateTime<FixedOffset>, DateTime<FixedOffset>)>,
    events: usize,
    first_name: Option<String>,
    warnings: Vec<String>,
}

impl Head {
    /// Takes in one event of the calendar.
    pub fn add(&mut self, event: &Event) {
        for (zone, at) in &event.zoned {
            let e = self.zones.entry(time::zone_name(zone)).or_insert((zone.clone(), *at, *at));
            e.1 = e.1.min(*at);
            e.2 = e.2.max(*at);
        }
        if self.events == 0 {
            self.first_name = Some(event.name.clone());
        }
        self.events += 1;
        self.warnings.extend(event.warnings.iter().cloned());
    }

    /// How many events were taken in.
    pub fn events(&self) -> usize {
        self.events
    }

    /// The calendar's text before its events, and the events' warnings (as [`calendar_head`]).
    ///
    /// # Errors
    /// As [`calendar`].
    pub fn render(&self, opts: &IcsOptions) -> Result<Rendered, IcsError> {
        let mut lines = Lines::default();
        lines.begin("VCALENDAR");
        lines.text("PRODID", "-//runsheet//runsheet//EN");
        lines.text("VERSION", "2.0");
        lines.text("CALSCALE", "GREGORIAN");
        lines.text("METHOD", if opts.invite { "REQUEST" } else { "PUBLISH" });
        let name = match (&opts.calendar_name, self.events, &self.first_name) {
            (Some(n), _, _) => n.clone(),
            (None, 1, Some(one)) => one.clone(),
            (None, _, _) => "runsheet".to_owned(),
        };
        lines.text("X-WR-CALNAME", &name);
        for (zone, from, to) in self.zones.values() {
            vtimezone::write(&mut lines, zone, *from, *to)
                .map_err(|source| IcsError::Time { session: time::zone_name(zone), source })?;
        }
        Ok(Rendered { text: lines.finish(), warnings: self.warnings.clone() })
    }
}

/// Writes one calendar holding every session, in the order given.
///
/// # Errors
/// The first session that cannot be written: no slot, an end before its start, or a zone
/// the tz database does not know. Nothing is written in that case.
pub fn render(sessions: &[&Session], opts: &IcsOptions) -> Result<Rendered, IcsError> {
    let events = sessions.iter().map(|s| event(s, opts)).collect::<Result<Vec<_>, _>>()?;
    calendar(&events, opts)
}

#[cfg(test)]
mod tests;
