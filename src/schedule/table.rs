//! Imports runsheet's programme CSV: a header row naming at least `id,start,end,tz,room`
//! (any order, any case; further columns such as `title` are read when known, else
//! ignored), then one row per session. `start` and `end` are ISO 8601 date-times, either
//! local to `tz` (`2021-12-10T10:15`) or with an offset (`2021-12-10T10:15+01:00`).
//!
//! A row that cannot be used is skipped with an error note pointing at the cell, so the
//! rest of the programme is still read.

use chrono::{DateTime, FixedOffset, Offset as _};

use super::resolve::{parse_datetime, Stamp};
use super::{Conference, Event, Note, Programme, Room, ScheduleError};
use crate::model::{NoteLevel, Session, SessionId, Slot, Span, Spanned, Zone};
use crate::source::Source;
use crate::time;

const REQUIRED: [&str; 5] = ["id", "start", "end", "tz", "room"];

/// True when the first line looks like the programme CSV header.
pub fn looks_like_csv(text: &str) -> bool {
    let first = text.lines().next().unwrap_or("").to_ascii_lowercase();
    let cols: Vec<&str> = first.split(',').map(str::trim).collect();
    REQUIRED.iter().all(|r| cols.contains(r))
}

/// Parses the trailing number of an id such as `IGF 2021 WS #119`.
pub(crate) fn session_id(text: &str) -> SessionId {
    let digits: String = text.chars().rev().take_while(char::is_ascii_digit).collect::<Vec<_>>().into_iter().rev().collect();
    SessionId { event: String::new(), kind: String::new(), number: digits.parse().ok(), text: text.to_owned() }
}

/// Turns a written time into an instant in `zone`, with a note when it cannot.
pub(crate) fn instant(text: &str, zone: &Zone, span: Span, notes: &mut Vec<Note>) -> Option<DateTime<FixedOffset>> {
    let mk = |code: &str, level, message: String| Note { code: code.into(), level, message, span, path: None };
    match parse_datetime(text) {
        None => {
            notes.push(mk("date-invalid", NoteLevel::Error, format!("`{text}` is not an ISO 8601 date and time (2021-12-10T10:15); the row is skipped")));
            None
        }
        Some(Stamp::Fixed(d)) => {
            let local = match time::in_zone(d, zone) {
                Ok(l) => l,
                Err(e) => {
                    notes.push(mk("date-invalid", NoteLevel::Error, format!("`{text}` cannot be placed in {} ({e}); the row is skipped", time::zone_name(zone))));
                    return None;
                }
            };
            if local.offset().fix() != d.offset().fix() {
                notes.push(mk("offset-disagrees-with-zone", NoteLevel::Warning, format!("`{text}` has offset {} but {} is at {} then; the instant is kept", d.offset(), time::zone_name(zone), local.offset())));
            }
            Some(local)
        }
        Some(Stamp::Local(n)) => match time::resolve(n.date(), n.time(), zone) {
            Ok(r) => {
                if r.repeated {
                    notes.push(mk("time-repeated", NoteLevel::Warning, format!("{n} occurs twice in {}; the first is taken", time::zone_name(zone))));
                }
                Some(r.instant)
            }
            Err(e) => {
                notes.push(mk("time-in-gap", NoteLevel::Error, format!("{e}; the row is skipped")));
                None
            }
        },
    }
}

/// Imports a programme CSV.
///
/// # Errors
/// A [`ScheduleError`] when the header lacks a required column or the CSV is malformed.
pub fn import(source: &Source) -> Result<Programme, ScheduleError> {
    import_in(source, None)
}

/// Imports a programme CSV whose times are in `zone` where it names none (see [`super::import_in`]).
///
/// # Errors
/// As [`import`].
pub fn import_in(source: &Source, input_zone: Option<&Zone>) -> Result<Programme, ScheduleError> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).trim(csv::Trim::All).from_reader(source.text.as_bytes());
    let err_at = |pos: Option<&csv::Position>, message: String| {
        let offset = pos.map_or(0, |p| p.byte() as usize);
        ScheduleError { message, span: source.span(offset, offset) }
    };
    let header = reader.headers().map_err(|e| err_at(e.position(), format!("unreadable CSV header: {e}")))?.clone();
    let col = |name: &str| header.iter().position(|h| h.eq_ignore_ascii_case(name));
    let missing: Vec<&str> = REQUIRED.iter().copied().filter(|c| col(c).is_none()).collect();
    if !missing.is_empty() {
        return Err(ScheduleError {
            message: format!("the programme CSV header lacks {}; it needs `id,start,end,tz,room`", missing.iter().map(|m| format!("`{m}`")).collect::<Vec<_>>().join(", ")),
            span: source.span(0, source.text.lines().next().map_or(0, str::len)),
        });
    }
    let [id_c, start_c, end_c, tz_c, room_c] = REQUIRED.map(|c| col(c).unwrap_or(0));
    let title_c = col("title");
    let mut notes = Vec::new();
    // Allocated once for as many rows as the text has lines (a row holds one line or more),
    // and no more than a row of 32 bytes each could make (a row holds two date-times): grown
    // by doubling, the old and the new list were both alive at 1.5 times the events, and
    // blank lines are no rows.
    let b = source.text.as_bytes();
    let lines = memchr::memchr_iter(b'\n', b).filter(|&i| !matches!(b.get(i + 1), None | Some(b'\n' | b'\r'))).count();
    let mut events = Vec::with_capacity(lines.min(source.text.len() / 32 + 1));
    let mut rooms: Vec<Room> = Vec::new();
    let mut zones: Vec<Zone> = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| err_at(e.position(), format!("malformed CSV: {e}")))?;
        let row_start = record.position().map_or(0, |p| p.byte() as usize);
        // Each cell's span: found in the row's text from the previous cell on.
        let mut cursor = row_start;
        let spans: Vec<Span> = record
            .iter()
            .map(|cell| {
                let at = source.text.get(cursor..).and_then(|t| t.find(cell)).map_or(cursor, |i| cursor + i);
                cursor = at + cell.len();
                source.span(at, at + cell.len())
            })
            .collect();
        let cell = |i: usize| (record.get(i).unwrap_or(""), spans.get(i).copied().unwrap_or_else(|| source.span(row_start, row_start)));
        let (id, id_span) = cell(id_c);
        if id.is_empty() {
            notes.push(Note { code: "row-without-id".into(), level: NoteLevel::Error, message: "a row has no session id; it is skipped".into(), span: id_span, path: None });
            continue;
        }
        let (tz, tz_span) = cell(tz_c);
        let zone = match (tz, input_zone) {
            ("", Some(z)) => Ok(z.clone()),
            _ => time::zone_named(tz),
        };
        let zone = match zone {
            Ok(z) => z,
            Err(e) => {
                notes.push(Note { code: "zone-unknown".into(), level: NoteLevel::Error, message: format!("{e}; the row is skipped"), span: tz_span, path: None });
                continue;
            }
        };
        let (start, start_span) = cell(start_c);
        let (end, end_span) = cell(end_c);
        let (Some(s), Some(e)) = (instant(start, &zone, start_span, &mut notes), instant(end, &zone, end_span, &mut notes)) else { continue };
        if e <= s {
            notes.push(Note { code: "slot-ends-before-start".into(), level: NoteLevel::Error, message: format!("`{id}` ends ({end}) before it starts ({start}); the row is skipped"), span: end_span, path: None });
            continue;
        }
        let (room, room_span) = cell(room_c);
        if !room.is_empty() && !rooms.iter().any(|r| r.name == room) {
            rooms.push(Room { name: room.to_owned(), guid: None });
        }
        if !zones.contains(&zone) {
            zones.push(zone.clone());
        }
        let session = Session {
            id: Some(Spanned::new(session_id(id), id_span)),
            title: title_c.map(cell).filter(|(t, _)| !t.is_empty()).map(|(t, sp)| Spanned::new(t.to_owned(), sp)),
            slot: Some(Spanned::new(Slot { start: s, end: e, zone }, start_span)),
            room: (!room.is_empty()).then(|| Spanned::new(room.to_owned(), room_span)),
            ..Session::default()
        };
        events.push(Event { session, ..Event::default() });
    }
    events.shrink_to_fit();
    let zone = if zones.len() == 1 { zones.pop() } else { None };
    Ok(Programme { conference: Conference { zone, ..Conference::default() }, days: Vec::new(), rooms, events, notes })
}
