//! A deterministic frab schedule JSON (v1) of any number of events, shared by
//! tests/cli/schedule_real.rs and benches/schedule.rs (included with `#[path]`): days of ten
//! rooms, each room holding back-to-back 45-minute talks from 08:00 (Europe/Berlin), each
//! with a guid, a slug and one speaker, written as frab writes them.

#![allow(dead_code)]

use serde_json::{json, Map, Value};

/// Talks per room and day.
const PER_ROOM: usize = 16;
/// Rooms per day.
const ROOMS: usize = 10;

/// The schedule JSON text of `events` events.
pub fn schedule(events: usize) -> String {
    let mut out = Vec::new();
    write(events, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

/// Writes the schedule JSON of `events` events one day at a time, so a test that measures
/// a child's memory does not hold the whole programme itself.
pub fn write(events: usize, out: &mut impl std::io::Write) -> std::io::Result<()> {
    let per_day = PER_ROOM * ROOMS;
    let days = events.div_ceil(per_day);
    let doc = json!({"schedule": {"version": "1", "conference": {
        "acronym": "big2024", "title": "Big 2024", "start": "2024-05-01", "daysCount": days,
        "timeslot_duration": "00:15", "time_zone_name": "Europe/Berlin", "days": "@DAYS@"}}});
    let text = serde_json::to_string_pretty(&doc).unwrap();
    let (head, tail) = text.split_once("\"@DAYS@\"").unwrap();
    out.write_all(head.as_bytes())?;
    out.write_all(b"[")?;
    for d in 0..days {
        let day = serde_json::to_string_pretty(&day(d, events)).unwrap();
        out.write_all(if d == 0 { b"\n        " } else { b",\n        " })?;
        out.write_all(day.replace('\n', "\n        ").as_bytes())?;
    }
    out.write_all(b"\n      ]")?;
    out.write_all(tail.as_bytes())
}

/// Day `d` (from 0) of a programme of `events` events.
fn day(d: usize, events: usize) -> Value {
    let per_day = PER_ROOM * ROOMS;
    let date = chrono::NaiveDate::from_ymd_opt(2024, 5, 1).unwrap() + chrono::Duration::days(d as i64);
    let mut rooms = Map::new();
    for r in 0..ROOMS {
        let list: Vec<Value> = (0..PER_ROOM)
            .map(|k| d * per_day + r * PER_ROOM + k)
            .filter(|i| *i < events)
            .map(|i| {
                let minutes = 8 * 60 + (i % PER_ROOM) * 45;
                let start = format!("{:02}:{:02}", minutes / 60, minutes % 60);
                json!({
                    "id": i + 1,
                    "guid": format!("00000000-0000-4000-8000-{i:012}"),
                    "date": format!("{date}T{start}:00+02:00"),
                    "start": start,
                    "duration": "00:45",
                    "room": format!("Room {r}"),
                    "slug": format!("big2024-{}-talk", i + 1),
                    "title": format!("Talk {i}"),
                    "type": "lecture",
                    "language": "en",
                    "persons": [{"id": i + 1, "public_name": format!("Speaker {i}")}],
                })
            })
            .collect();
        if !list.is_empty() {
            rooms.insert(format!("Room {r}"), Value::Array(list));
        }
    }
    json!({"index": d + 1, "date": date.to_string(), "day_start": format!("{date}T08:00:00+02:00"), "day_end": format!("{date}T20:00:00+02:00"), "rooms": rooms})
}
