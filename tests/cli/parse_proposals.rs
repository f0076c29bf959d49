//! Proposals in other notations (tests/data/proposals/): the key fields asserted by hand,
//! the whole `show --format json` view pinned by an insta snapshot (reviewed).

use runsheet::model::{Role, Session};
use runsheet::parse::parse;
use runsheet::render::json::SessionJson;
use runsheet::source::Source;

fn read(name: &str) -> Session {
    let path = format!("tests/data/proposals/{name}");
    let bytes = std::fs::read(&path).unwrap();
    let mut all = parse(&Source::from_bytes(path.clone(), &bytes)).unwrap();
    assert_eq!(all.len(), 1, "{path} holds one session");
    all.remove(0)
}

fn segs(s: &Session) -> Vec<(i32, i32, &str)> {
    s.segments.iter().map(|g| (g.start.value, g.end.value, g.title.value.as_str())).collect()
}

fn codes(s: &Session) -> Vec<&str> {
    s.notes.iter().map(|n| n.code.as_str()).collect()
}

fn roles(s: &Session, name: &str) -> Vec<Role> {
    let p = s.people.iter().find(|p| p.name.value == name).unwrap_or_else(|| panic!("no {name}"));
    p.roles.iter().map(|r| r.role).collect()
}

fn text<T: AsRef<str>>(v: &Option<runsheet::model::Spanned<T>>) -> Option<&str> {
    v.as_ref().map(|x| x.value.as_ref())
}

#[test]
fn open_forum_with_bulleted_absolute_agenda() {
    let s = read("igf2023-of12-bullets.txt");
    let id = &s.id.as_ref().unwrap().value;
    assert_eq!((id.event.as_str(), id.kind.as_str(), id.number), ("IGF 2023", "Open Forum", Some(12)));
    assert_eq!(text(&s.title), Some("Data Governance for Development: Lessons from the Pacific"));
    assert_eq!((text(&s.format), text(&s.layout)), (Some("Round Table"), Some("U-shape")));
    assert_eq!(s.declared_minutes.as_ref().unwrap().value, 60);
    assert_eq!(s.slot.as_ref().unwrap().value.start.to_rfc3339(), "2023-10-09T01:15:00+00:00");
    assert_eq!(text(&s.room), Some("Room E-2"));
    assert_eq!(roles(&s, "Ana Lima"), [Role::Organizer, Role::OnsiteModerator]);
    assert_eq!(roles(&s, "Tevita Fonua"), [Role::Organizer, Role::Speaker]);
    assert_eq!(roles(&s, "Sione Vea"), [Role::OnlineModerator]);
    assert_eq!(roles(&s, "Liu Mei"), [Role::Rapporteur]);
    assert_eq!(s.timing.as_ref().unwrap().basis, runsheet::model::TimeBasis::Absolute);
    assert_eq!(
        segs(&s),
        [
            (0, 10, "Welcome and framing (Ana Lima)"),
            (10, 30, "Country experiences: Tonga, Aotearoa New Zealand, Japan"),
            (30, 50, "Open discussion with participants onsite and online"),
            (50, 60, "Key takeaways and next steps"),
        ]
    );
    assert_eq!(s.segments[0].people, ["Ana Lima"]);
    assert!(codes(&s).is_empty(), "{:?}", s.notes);
    assert!(s.sections.iter().any(|x| x.name == "Expected Outcomes" && x.text.starts_with("A short note")));
}

#[test]
fn workshop_with_pm_times_in_local_time() {
    let s = read("igf2022-ws301-pm-times.txt");
    assert_eq!(s.id.as_ref().unwrap().value.text, "IGF 2022 WS #301");
    assert_eq!(text(&s.room), Some("Caucus Room 11"));
    assert_eq!(roles(&s, "Amina Yusuf"), [Role::Organizer, Role::OnsiteModerator]);
    assert_eq!(roles(&s, "Paul Mensah"), [Role::OnlineModerator]);
    assert_eq!(roles(&s, "Fatou Diop"), [Role::Rapporteur]);
    assert_eq!(roles(&s, "Tomás Herrera"), [Role::Organizer, Role::Speaker]);
    let got: Vec<(i32, i32)> = s.segments.iter().map(|g| (g.start.value, g.end.value)).collect();
    assert_eq!(got, [(0, 10), (10, 50), (50, 80), (80, 90)]);
    assert_eq!(
        s.segments[1].title.value,
        "Panel round on community networks and spectrum (24.25-27.5 GHz bands are out of scope)"
    );
    // 2:15 pm under `Session agenda (local time, EAT):` against a 11:15 UTC slot: the
    // stated zone converts the agenda into the slot's zone, and a note says so.
    assert_eq!(codes(&s), ["zone-converted"]);
    assert!(s.notes[0].message.contains("EAT") || s.notes[0].message.contains("+03:00"), "{}", s.notes[0].message);
    assert_eq!(s.notes[0].span.line, 31);
    assert_eq!(s.segments[0].clock.map(|c| c.0.to_string()).as_deref(), Some("11:15:00"));
}

#[test]
fn main_session_with_flattened_table_and_crlf() {
    let s = read("igf2019-main-security-crlf.txt");
    let id = &s.id.as_ref().unwrap().value;
    assert_eq!((id.kind.as_str(), id.number), ("Main Session", None));
    assert_eq!(text(&s.title), Some("Security, Safety, Stability and Resilience"));
    let slot = &s.slot.as_ref().unwrap().value;
    assert_eq!(slot.start.to_rfc3339(), "2019-11-27T10:00:00+01:00");
    assert_eq!(slot.end.to_rfc3339(), "2019-11-27T13:00:00+01:00");
    assert_eq!(text(&s.room), Some("Main Hall"));
    assert_eq!(roles(&s, "Hanna Berg"), [Role::Moderator]);
    let hanna = s.people.iter().find(|p| p.name.value == "Hanna Berg").unwrap();
    assert_eq!(hanna.stakeholder_group.as_deref(), Some("Civil Society"));
    assert_eq!(roles(&s, "Olga Petrova"), [Role::Speaker]);
    assert_eq!(
        segs(&s),
        [
            (0, 15, "Opening and framing"),
            (15, 75, "Segment 1: Norms and capacity building"),
            (75, 150, "Segment 2: Multistakeholder responses"),
            (150, 180, "Conclusions"),
        ]
    );
    assert_eq!(s.segments[1].people, ["Ines Moreau", "Karim Haddad"]);
    // Dates and version numbers in the description are not times.
    assert!(codes(&s).is_empty(), "{:?}", s.notes);
    // CRLF line numbers: the first table row is on line 16.
    assert_eq!(s.segments[0].span.line, 16);
}

#[test]
fn lightning_talk_with_durations() {
    let s = read("igf2024-lt57-durations.txt");
    let id = &s.id.as_ref().unwrap().value;
    assert_eq!((id.kind.as_str(), id.number), ("Lightning Talk", Some(57)));
    assert_eq!(s.declared_minutes.as_ref().unwrap().value, 30);
    assert_eq!(s.timing.as_ref().unwrap().basis, runsheet::model::TimeBasis::Durations);
    assert_eq!(
        segs(&s),
        [(0, 5, "Introduction"), (5, 20, "Live demo of the monitoring dashboard"), (20, 30, "Questions")]
    );
    assert_eq!(roles(&s, "Lena Vogt"), [Role::Organizer, Role::Speaker, Role::OnsiteModerator]);
    assert_eq!(roles(&s, "Omar Farouk"), [Role::Speaker, Role::Rapporteur]);
}

#[test]
fn open_forum_with_no_break_spaces_and_prime_durations() {
    let s = read("igf2021-of7-nbsp-quotes.txt");
    assert_eq!(text(&s.format), Some("Other"));
    assert_eq!(s.declared_minutes.as_ref().unwrap().value, 60);
    assert_eq!(
        segs(&s),
        [
            (0, 10, "opening by the host"),
            (10, 30, "presentations of two country cases"),
            (30, 55, "open discussion"),
            (55, 60, "closing"),
        ]
    );
    // `Speaker 2: Jonas Kleinwächter` and `Speaker 3: Jonas Kleinwaechter` are two numbered
    // entries of one list, so two people, whatever their names (across lists the
    // transliteration would merge them: tests/cli/parse_people.rs).
    let jonas: Vec<_> = s.people.iter().filter(|p| p.name.value.starts_with("Jonas")).collect();
    assert_eq!(jonas.len(), 2);
    assert_eq!(jonas[1].name.value, "Jonas Kleinwaechter");
    assert!(jonas.iter().all(|p| p.aliases.is_empty()));
    assert_eq!(roles(&s, "Luis Ortega"), [Role::OnlineModerator, Role::Rapporteur]);
    assert!(codes(&s).is_empty(), "{:?}", s.notes);
}

#[test]
fn other_forum_with_offset_ranges_and_iana_zone() {
    let s = read("eurodig2022-ws3-offsets.txt");
    let id = &s.id.as_ref().unwrap().value;
    assert_eq!((id.event.as_str(), id.kind.as_str(), id.number), ("EuroDIG 2022", "WS", Some(3)));
    assert_eq!(s.slot.as_ref().unwrap().value.start.to_rfc3339(), "2022-06-21T14:30:00+02:00");
    assert_eq!(text(&s.room), Some("Room Trieste"));
    assert_eq!((text(&s.format), s.declared_minutes.as_ref().map(|d| d.value)), (Some("Panel"), Some(90)));
    assert_eq!(roles(&s, "Alice Novak"), [Role::Speaker]);
    let alice = s.people.iter().find(|p| p.name.value == "Alice Novak").unwrap();
    assert_eq!(alice.affiliation.as_deref(), Some("European Commission"));
    assert_eq!(roles(&s, "Dario Conti"), [Role::Moderator]);
    let got: Vec<(i32, i32)> = s.segments.iter().map(|g| (g.start.value, g.end.value)).collect();
    assert_eq!(got, [(0, 10), (10, 50), (50, 85), (85, 90)]);
    assert_eq!(s.segments[1].title.value, "Interventions from the key participants, 10 minutes each");
}

#[test]
fn french_times_and_truncated_text() {
    let s = read("igf2018-ws210-french-truncated.txt");
    assert_eq!(text(&s.room), Some("Salle IV"));
    let got: Vec<(i32, i32)> = s.segments.iter().map(|g| (g.start.value, g.end.value)).collect();
    assert_eq!(got, [(0, 10), (10, 50), (50, 80), (80, 90)]);
    assert_eq!(codes(&s), ["times-outside-slot"]);
    assert_eq!(roles(&s, "Camille Dubois"), [Role::Organizer, Role::Moderator]);
    // The truncated last paragraph is kept.
    assert!(s.sections.iter().any(|x| x.name == "Relevance to Theme" && x.text.ends_with("are tol")));
}

#[test]
fn start_times_only() {
    let s = read("igf2016-day0-start-times.txt");
    let id = &s.id.as_ref().unwrap().value;
    assert_eq!((id.kind.as_str(), id.number), ("Day 0 Event", Some(44)));
    assert_eq!(text(&s.room), Some("Workshop Room 5"));
    assert_eq!(roles(&s, "Rafael Soto"), [Role::Organizer, Role::Moderator]);
    assert_eq!(
        segs(&s),
        [
            (0, 15, "Arrival and coffee"),
            (15, 45, "Round of introductions"),
            (45, 90, "Breakout groups on the coalition's work plan"),
            (90, 120, "Report back"),
        ]
    );
    assert_eq!(codes(&s), ["absolute-without-slot"]);
}

#[test]
fn json_views_snapshot() {
    let mut names: Vec<_> = std::fs::read_dir("tests/data/proposals")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    names.sort();
    for path in names {
        let name = path.file_stem().unwrap().to_str().unwrap().to_owned();
        let bytes = std::fs::read(&path).unwrap();
        let file = path.display().to_string();
        let all = parse(&Source::from_bytes(file.clone(), &bytes)).unwrap();
        // One session's view, or every session's when the text holds several (days, parts).
        match &all[..] {
            [s] => insta::assert_json_snapshot!(name, SessionJson::new(&file, s)),
            _ => insta::assert_json_snapshot!(name, all.iter().map(|s| SessionJson::new(&file, s)).collect::<Vec<_>>()),
        }
    }
}

#[test]
fn igf2023_page_with_hidden_organisers_and_label_lines() {
    let s = read("igf2023-ws345-page.txt");
    assert_eq!(s.id.as_ref().unwrap().value.text, "IGF 2023 WS #345");
    assert_eq!(s.slot.as_ref().unwrap().value.start.to_rfc3339(), "2023-10-10T06:15:00+00:00");
    assert_eq!(text(&s.room), Some("WS 4 – Room B-1"));
    assert_eq!((text(&s.format), text(&s.layout)), (Some("Round Table"), None));
    assert_eq!(s.declared_minutes.as_ref().unwrap().value, 90);
    // `Organizer 1: Civil Society, Asia-Pacific Group` names nobody.
    assert_eq!(s.people.len(), 5);
    assert_eq!(roles(&s, "Yuki Tanaka"), [Role::Speaker, Role::OnsiteModerator]);
    assert_eq!(roles(&s, "Hamid Rezaei"), [Role::OnlineModerator]);
    assert_eq!(roles(&s, "Mona Saleh"), [Role::Rapporteur]);
    assert_eq!(
        segs(&s),
        [
            (0, 10, "Welcome and introductions (Yuki Tanaka)"),
            (10, 50, "Round of inputs from Pedro Alvarez and Sara Lindqvist"),
            (50, 80, "Open discussion"),
            (80, 90, "Conclusions"),
        ]
    );
    assert_eq!(s.segments[1].people, ["Pedro Alvarez", "Sara Lindqvist"]);
    // SDG numbers such as 16.10 are not times.
    assert!(codes(&s).is_empty(), "{:?}", s.notes);
}

#[test]
fn igf2017_debate_with_titled_durations() {
    let s = read("igf2017-ws164-debate.txt");
    assert_eq!((text(&s.format), s.declared_minutes.as_ref().map(|d| d.value)), (Some("Debate"), Some(60)));
    assert_eq!(roles(&s, "Maria Rossi"), [Role::Speaker, Role::OnsiteModerator]);
    assert_eq!(roles(&s, "Daniel Kimani"), [Role::Speaker, Role::Rapporteur]);
    assert_eq!(segs(&s), [(0, 20, "Round 1"), (20, 40, "Round 2"), (40, 55, "Round 3"), (55, 60, "Closing")]);
    assert_eq!(s.segments[1].notes.as_deref(), Some("Who pays for it?"));
    assert!(s.sections.iter().any(|x| x.name == "Content of the Session"));
}

#[test]
fn ranges_alone_on_their_line_take_the_next_line_as_title() {
    let s = read("igf2022-of45-range-then-title.txt");
    assert_eq!(s.id.as_ref().unwrap().value.kind, "Open Forum");
    assert_eq!(s.slot.as_ref().unwrap().value.start.to_rfc3339(), "2022-11-30T09:30:00+00:00");
    assert_eq!(
        segs(&s),
        [
            (0, 10, "Welcome and introduction"),
            (10, 40, "Presentations by the speakers"),
            (40, 55, "Q&A with the audience"),
            (55, 60, "Wrap-up")
        ]
    );
    assert_eq!(roles(&s, "Anna Smith"), [Role::Speaker, Role::OnsiteModerator]);
    assert_eq!(roles(&s, "Carla Diaz"), [Role::Rapporteur]);
}

#[test]
fn a_labelled_format_field_may_use_commas() {
    let s = read("igf2024-ws210-format-commas.txt");
    assert_eq!(text(&s.format), Some("Roundtable"));
    assert_eq!(s.declared_minutes.as_ref().unwrap().value, 60);
    assert_eq!(
        segs(&s),
        [
            (0, 5, "Opening remarks"),
            (5, 25, "Lightning statements from each discussant"),
            (25, 50, "Open discussion"),
            (50, 60, "Wrap-up and key takeaways")
        ]
    );
    assert!(!codes(&s).contains(&"bad-time"));
}

#[test]
fn duration_first_items_and_moderators_with_place_markers() {
    let s = read("igf2025-main-duration-first.txt");
    assert_eq!(s.id.as_ref().unwrap().value.kind, "Main Session");
    assert_eq!(text(&s.title), Some("Building Digital Trust"));
    assert_eq!(s.slot.as_ref().unwrap().value.start.to_rfc3339(), "2025-06-24T09:30:00+02:00");
    assert_eq!(roles(&s, "Ana Lopez"), [Role::OnsiteModerator]);
    assert_eq!(roles(&s, "Tom Baker"), [Role::OnlineModerator]);
    assert_eq!(roles(&s, "Ahmed Khan"), [Role::Speaker]);
    assert_eq!(
        segs(&s),
        [
            (0, 10, "Welcome and framing by the moderator"),
            (10, 55, "Panel discussion with speakers"),
            (55, 85, "Interactive Q&A"),
            (85, 90, "Closing remarks")
        ]
    );
}

#[test]
fn labelled_title_and_session_type_without_an_igf_header() {
    let s = read("community-run-of-show.txt");
    assert!(s.id.is_none());
    assert_eq!(text(&s.title), Some("Community networks in rural Africa"));
    assert_eq!(text(&s.format), Some("Workshop"));
    assert_eq!(s.declared_minutes.as_ref().unwrap().value, 60);
    let slot = &s.slot.as_ref().unwrap().value;
    assert_eq!(slot.start.to_rfc3339(), "2024-12-17T14:00:00+03:00");
    assert_eq!(runsheet::time::zone_name(&slot.zone), "Asia/Riyadh");
    assert_eq!(segs(&s).iter().map(|x| (x.0, x.1)).collect::<Vec<_>>(), [(0, 5), (5, 35), (35, 55), (55, 60)]);
    assert!(!codes(&s).contains(&"no-header"), "{:?}", codes(&s));
}
