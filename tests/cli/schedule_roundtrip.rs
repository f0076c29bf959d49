//! Import → export → import of real published schedules gives the same events, times and
//! rooms, and each file's quirks are reported as notes with their codes and places.

use runsheet::schedule::export::{export, Format};
use runsheet::schedule::{import, Note, Programme};
use runsheet::source::Source;

fn load(name: &str) -> Programme {
    let path = format!("{}/tests/data/schedules/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap();
    import(&Source::from_bytes(path, &bytes)).unwrap()
}

/// Each event as (title, start, end as UTC seconds, rooms sorted), sorted.
fn events(p: &Programme) -> Vec<(String, i64, i64, Vec<String>)> {
    let mut v: Vec<_> = p
        .events
        .iter()
        .map(|e| {
            let slot = &e.session.slot.as_ref().expect("every event has a slot").value;
            let mut rooms: Vec<String> = e.rooms().map(str::to_owned).collect();
            rooms.sort();
            (e.session.title.as_ref().unwrap().value.clone(), slot.start.timestamp(), slot.end.timestamp(), rooms)
        })
        .collect();
    v.sort();
    v
}

fn codes(p: &Programme) -> Vec<&str> {
    let mut c: Vec<&str> = p.notes.iter().map(|n| n.code.as_str()).collect();
    c.sort_unstable();
    c
}

fn note<'a>(p: &'a Programme, code: &str) -> &'a Note {
    p.notes.iter().find(|n| n.code == code).unwrap_or_else(|| panic!("no `{code}` note in {:#?}", p.notes))
}

fn round_trip(name: &str, events_expected: usize) -> Programme {
    let p = load(name);
    assert_eq!(p.events.len(), events_expected, "{name}");
    let before = events(&p);
    for format in [Format::FrabJson, Format::FrabXml] {
        let out = export(&p, format);
        assert_eq!(out.text, export(&p, format).text, "export is deterministic");
        let again = import(&Source::new(format!("{name} exported"), out.text.clone())).unwrap();
        assert_eq!(events(&again), before, "{name} via {format:?}");
        // XML has no list of rooms, only the rooms events are in; JSON keeps them all.
        let used = |p: &Programme| p.rooms.iter().filter(|r| p.events.iter().any(|e| e.rooms().any(|x| x == r.name))).map(|r| r.name.clone()).collect::<Vec<_>>();
        let all = |p: &Programme| p.rooms.iter().map(|r| r.name.clone()).collect::<Vec<_>>();
        match format {
            Format::FrabJson => assert_eq!(all(&again), all(&p), "{name} via JSON: rooms"),
            Format::FrabXml => assert_eq!(used(&again), used(&p), "{name} via XML: rooms"),
        }
        assert_eq!(again.conference.zone, p.conference.zone, "{name} via {format:?}: zone");
        assert!(
            again.notes.iter().all(|n| n.code == "zone-missing" || n.code == "event-in-several-rooms"),
            "{name} via {format:?}: the export has quirks of its own: {:#?}",
            again.notes
        );
    }
    p
}

#[test]
fn pretalx_democon_declares_utc_but_carries_plus_one() {
    let p = round_trip("pretalx-democon.json", 36);
    assert_eq!(codes(&p), ["room-guid-duplicate", "zone-offset-mismatch"]);
    let n = note(&p, "zone-offset-mismatch");
    assert_eq!((n.span.line, n.span.column), (12, 25));
    assert_eq!(n.path.as_deref(), Some("schedule.conference.time_zone_name"));
    assert!(n.message.contains("+01:00") && n.message.contains("36 events"), "{}", n.message);
    // Times are kept as written: the first talk is at 09:00 local (+01:00).
    let first = p.events.iter().find(|e| e.number == Some(25)).unwrap();
    assert_eq!(first.session.slot.as_ref().unwrap().value.start.to_rfc3339(), "2020-12-14T09:00:00+01:00");
    let n = note(&p, "room-guid-duplicate");
    assert_eq!((n.span.line, n.span.column), (21, 9));
}

#[test]
fn pretalx_rc3_has_extra_properties_and_no_zone() {
    let p = round_trip("pretalx-rc3.json", 48);
    assert_eq!(codes(&p), ["acronym-invalid", "slug-invalid", "unknown-property", "zone-missing"]);
    let n = note(&p, "unknown-property");
    assert!(n.message.starts_with("`answers` on an event") && n.message.contains("48 times"), "{}", n.message);
    assert_eq!((n.span.line, n.span.column), (58, 28));
    assert_eq!(n.path.as_deref(), Some(r#"schedule.conference.days[0].rooms["r3s - Monheim/Rhein"][0].answers"#));
    assert_eq!(p.conference.zone, Some(runsheet::model::Zone::Fixed(3600)));
}

#[test]
fn frab_camp2019_keeps_berlin_and_notes_invalid_names() {
    let p = round_trip("frab-camp2019.json", 79);
    assert_eq!(codes(&p), ["acronym-invalid", "slug-invalid"]);
    assert_eq!(p.conference.zone, Some(runsheet::model::Zone::Iana("Europe/Berlin".into())));
    assert_eq!(p.rooms.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(), ["Curie", "Meitner"]);
    let n = note(&p, "acronym-invalid");
    assert_eq!((n.span.line, n.span.column), (7, 18));
}

#[test]
fn hub_schedule_v2_reads_flat_events_and_roles() {
    let p = round_trip("hub-schedule2.json", 2);
    assert_eq!(codes(&p), Vec::<&str>::new());
    let opening = &p.events[0];
    let slot = &opening.session.slot.as_ref().unwrap().value;
    assert_eq!(slot.start.to_rfc3339(), "2024-12-27T10:30:00+01:00");
    assert_eq!((slot.end - slot.start).num_minutes(), 30);
    let roles: Vec<_> = opening.session.people.iter().map(|p| (p.name.value.as_str(), p.roles[0].role)).collect();
    use runsheet::model::Role;
    assert_eq!(roles, [("Gabriela Bogk", Role::Speaker), ("Aline Blankertz", Role::Speaker), ("Senficon", Role::ResourcePerson)]);
}

#[test]
fn utc_marked_local_empty_duration_and_unknown_element_in_xml() {
    let p = round_trip("quirks/utc-marked-local.xml", 2);
    assert_eq!(codes(&p), ["duration-empty", "unknown-property", "utc-marked-local"]);
    let n = note(&p, "utc-marked-local");
    assert_eq!((n.span.line, n.span.column), (20, 9));
    let opening = &p.events[0].session.slot.as_ref().unwrap().value;
    assert_eq!(opening.start.to_rfc3339(), "2019-08-21T11:00:00+02:00");
    let n = note(&p, "duration-empty");
    assert_eq!((n.span.line, n.span.column), (34, 9));
    let keynote = &p.events[1].session.slot.as_ref().unwrap().value;
    assert_eq!((keynote.end - keynote.start).num_minutes(), 15, "one timeslot");
    assert_eq!((note(&p, "unknown-property").span.line, note(&p, "unknown-property").span.column), (39, 9));
}

#[test]
fn break_listed_in_two_rooms_is_one_event() {
    let p = round_trip("quirks/break-two-rooms.json", 4);
    assert_eq!(codes(&p), ["duration-empty", "event-in-several-rooms"]);
    let lunch = p.events.iter().find(|e| e.session.title.as_ref().unwrap().value == "Lunch").unwrap();
    assert_eq!(lunch.rooms().collect::<Vec<_>>(), ["Hall A", "Hall B"]);
    let n = note(&p, "event-in-several-rooms");
    assert_eq!(n.path.as_deref(), Some(r#"schedule.conference.days[0].rooms["Hall B"][1]"#));
    // José Núñez and JOSE NUNEZ are one person, in two halls at once; lunch holds both halls.
    use runsheet::schedule::conflicts::{check_programme, Options};
    let mut p = p;
    let f = check_programme(&p, &Options::default());
    assert_eq!(f.iter().map(|f| f.code.as_str()).collect::<Vec<_>>(), ["person-overlap"]);
    assert_eq!(f[0].message, "José Núñez is in `Panel on names` (Thu 2024-05-02 10:00–11:00) and `Talk on accents` (Thu 2024-05-02 10:30–11:00) at the same time");
    let talk = p.events.iter_mut().find(|e| e.session.title.as_ref().unwrap().value == "Talk on accents").unwrap();
    let slot = &mut talk.session.slot.as_mut().unwrap().value;
    (slot.start, slot.end) = (slot.start + chrono::Duration::hours(2), slot.end + chrono::Duration::hours(2));
    let f = check_programme(&p, &Options::default());
    assert_eq!(f.iter().map(|f| f.code.as_str()).collect::<Vec<_>>(), ["room-overlap"], "{f:#?}");
    assert!(f[0].message.contains("room `Hall B`"), "{}", f[0].message);
}

#[test]
fn pentabarf_events_without_date_take_their_day() {
    let p = round_trip("quirks/pentabarf-no-date.xml", 2);
    assert_eq!(codes(&p), ["date-from-day"]);
    let starts: Vec<String> = p.events.iter().map(|e| e.session.slot.as_ref().unwrap().value.start.to_rfc3339()).collect();
    // 00:30 comes after the day's 10:00 start: it is the small hours of the next date.
    assert_eq!(starts, ["2020-02-01T10:00:00+01:00", "2020-02-02T00:30:00+01:00"]);
    let n = note(&p, "date-from-day");
    assert_eq!((n.span.line, n.span.column), (16, 9));
}

#[test]
fn dates_marked_utc_are_one_warning_per_file() {
    // DebConf17's wafer file marks 95 local start times UTC: one warning each buried the rest.
    let path = format!("{}/tests/data/schedules/quirks/utc-marked-local.xml", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap().replace("2019-08-21T11:30:00+02:00", "2019-08-21T11:30:00Z");
    let p = import(&Source::new("utc-marked-twice.xml", text)).unwrap();
    let marked: Vec<&Note> = p.notes.iter().filter(|n| n.code == "utc-marked-local").collect();
    assert_eq!(marked.len(), 1, "{marked:#?}");
    assert_eq!((marked[0].span.line, marked[0].span.column), (20, 9));
    assert!(marked[0].message.starts_with("`2019-08-21T11:00:00Z` is marked UTC") && marked[0].message.ends_with("(2 times; the first is here)"), "{}", marked[0].message);
    let slots: Vec<String> = p.events.iter().map(|e| e.session.slot.as_ref().unwrap().value.start.to_rfc3339()).collect();
    assert_eq!(slots, ["2019-08-21T11:00:00+02:00", "2019-08-21T11:30:00+02:00"]);
}
