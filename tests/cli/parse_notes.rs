//! Two tables over small proposal texts: how breakdowns in many notations become segments,
//! and which note each problem gives, at which exact line, column and width.

use runsheet::parse::{codes, parse};
use runsheet::source::Source;

/// The first session the text holds: the notes about the text as a whole (`several-sessions`
/// among them) are on it.
fn read(text: &str) -> runsheet::model::Session {
    parse(&Source::new("t.txt", text)).unwrap().remove(0)
}

fn summary(s: &runsheet::model::Session) -> String {
    let basis = s.timing.as_ref().map_or("none".to_owned(), |t| format!("{:?}", t.basis).to_lowercase());
    let segs: Vec<String> =
        s.segments.iter().map(|g| format!("{}-{} {}", g.start.value, g.end.value, g.title.value)).collect();
    format!("{basis}: {}", segs.join("; "))
}

/// Proposal body (after a header line) → `basis: start-end title; ...`.
const BREAKDOWNS: &[(&str, &str)] = &[
    ("Agenda\n- 10:00 - 10:10 Opening\n- 10:10 - 10:40 Panel\n", "absolute: 0-10 Opening; 10-40 Panel"),
    (
        "Agenda:\n1. 0:00-0:10 Welcome\n2. 0:10-0:55 Debate\n3. 0:55-1:00 Close\n",
        "relative: 0-10 Welcome; 10-55 Debate; 55-60 Close",
    ),
    (
        "Timing: 00:00 – 00:15 Intro 00:15 – 00:40 Panel 00:40 – 01:30 Q&A\n",
        "relative: 0-15 Intro; 15-40 Panel; 40-90 Q&A",
    ),
    ("Opening remarks (10:00–10:10)\nKeynote (10:10–10:30)\n", "absolute: 0-10 Opening remarks; 10-30 Keynote"),
    ("Introduction (10 min)\nPanel (50 min)\nQ&A (30 min)\n", "durations: 0-10 Introduction; 10-60 Panel; 60-90 Q&A"),
    ("- 15' opening\n- 45' round table\n", "durations: 0-15 opening; 15-60 round table"),
    ("Opening remarks – 10 minutes\nDiscussion – 1 hour\n", "durations: 0-10 Opening remarks; 10-70 Discussion"),
    ("10 min: Welcome\n\n20 min: Case studies\n", "durations: 0-10 Welcome; 10-30 Case studies"),
    (
        "Agenda: Welcome (5 min), Panel (40 min), Q&A (30 min), Wrap-up (15 min).\n",
        "durations: 0-5 Welcome; 5-45 Panel; 45-75 Q&A; 75-90 Wrap-up",
    ),
    ("Timing: 10 min welcome; 40 min panel; 30 min Q&A\n", "durations: 0-10 welcome; 10-50 panel; 50-80 Q&A"),
    ("0-10 min: Welcome\n10-40 min: Talks\n", "relative: 0-10 Welcome; 10-40 Talks"),
    ("2:00 pm - 2:15 pm Welcome\n2:15 pm - 3:00 pm Panel\n", "absolute: 0-15 Welcome; 15-60 Panel"),
    ("14h00–14h10 Ouverture\n14h10–15h00 Débat\n", "absolute: 0-10 Ouverture; 10-60 Débat"),
    ("| 10:00 | 10:20 | Opening | Chair |\n| 10:20 | 11:00 | Panel | All |\n", "absolute: 0-20 Opening; 20-60 Panel"),
    ("09:00 Coffee\n09:30 Talks\n10:30 End\n", "absolute: 0-30 Coffee; 30-90 Talks"),
    ("23:30 - 23:50 Late start\n23:50 - 00:20 Past midnight\n", "absolute: 0-20 Late start; 20-50 Past midnight"),
    ("The session will last 90 minutes, with 10 minutes for introductions and 20 minutes for Q&A.\n", "none: "),
    ("Frequencies 24.25-27.5 GHz and 37-43.5 GHz were discussed on 09.10.2024 (see v1.10.2).\n", "none: "),
    ("We met from 10:00 to 11:00 last year.\n", "none: "),
    ("Agenda\n- 10.15 - 10.30 Opening\n- 10.30 - 11.15 Panel\n", "absolute: 0-15 Opening; 15-60 Panel"),
];

#[test]
fn breakdown_notations() {
    let mut failures = Vec::new();
    for &(body, expected) in BREAKDOWNS {
        let s = read(&format!("IGF 2020 WS #1 Test session\n\n{body}"));
        let got = summary(&s);
        if got != expected {
            failures.push(format!("{body:?}\n    expected {expected}\n    got      {got}"));
        }
    }
    assert!(failures.is_empty(), "{} of {} failed:\n{}", failures.len(), BREAKDOWNS.len(), failures.join("\n"));
}

/// Text → (code, line, column, width of the span).
const NOTES: &[(&str, &str, u32, u32, usize)] = &[
    ("IGF 2020 WS #1 T\n\nAgenda\n10:00 - 10:10 Opening\n10:10 - 25:00 Panel\n", codes::BAD_TIME, 5, 9, 5),
    ("IGF 2020 WS #1 T\n\n00:00-00:10 A\n00:10-00:60 B\n", codes::BAD_TIME, 4, 7, 5),
    ("IGF 2020 WS #1 T\nPanel - 90 Min\n\n01:00 - 01:20 A\n01:20 - 02:00 B\n", codes::AMBIGUOUS_TIME_BASIS, 4, 1, 31),
    ("IGF 2020 WS #1 T\n\n10:00 - 10:20 A\n10:20 - 11:00 B\n", codes::ABSOLUTE_WITHOUT_SLOT, 3, 1, 31),
    (
        "IGF 2020 WS #1 T\n2020-11-10 10:00 - 11:00 UTC\n\n14:00 - 14:20 A\n14:20 - 15:00 B\n",
        codes::TIMES_OUTSIDE_SLOT,
        4,
        1,
        31,
    ),
    ("IGF 2020 WS #1 T\n\nDate: 2020-11-10 10:00 - 11:00 Mars/Olympus\n", codes::UNKNOWN_ZONE, 3, 7, 37),
    ("IGF 2020 WS #1 T\n\nDate: 2024-03-31 02:30 - 03:30 Europe/Berlin\n", codes::LOCAL_TIME_GAP, 3, 18, 5),
    ("IGF 2020 WS #1 T\n\n2024-10-27 02:30 - 03:30 Europe/Berlin\n", codes::LOCAL_TIME_REPEATED, 3, 12, 5),
    // No zone: the slot keeps its local times and says so (never assumed UTC).
    ("IGF 2020 WS #1 T\n\n2020-11-10 10:00 - 11:00\n", codes::ZONE_MISSING, 3, 1, 24),
    ("IGF 2020 WS #1 T\n\n2020-11-10 10:00 - 11:00 CET\n", codes::ZONE_ABBREVIATION, 3, 1, 28),
    (
        "IGF 2020 WS #1 T\n\nSpeaker 1: Ana Lima, Civil Society, African Group\n\nBen Okafor, Civil Society, African Group\n",
        codes::ROLE_INFERRED,
        5,
        1,
        40,
    ),
    (
        "IGF 2020 WS #1 T\n\nSpeaker 1: Louk Fassen, GCSC\nRapporteur: Louk Faesen, Civil Society, WEOG\n",
        codes::NAME_VARIANT_MERGED,
        3,
        12,
        11,
    ),
    ("IGF 2020 WS #1 T\n\nRapporteur:\n\nPolicy Questions\n", codes::EMPTY_ROLE, 3, 1, 11),
    ("A title only\n\nSome text.\n", codes::NO_HEADER, 1, 1, 12),
    ("IGF 2020 WS #1 T\nDuration: to be announced\n", codes::UNREADABLE_DURATION, 2, 11, 15),
    // A length written approximately is read, and said to be approximate, at its words.
    ("IGF 2020 WS #1 T\nDuration: about an hour\n", codes::APPROXIMATE_LENGTH, 2, 11, 13),
    // Two days, each with its agenda: two sessions, said at the first agenda.
    (
        "IGF 2020 WS #1 T\n\nDay 1\n10:00-10:10 A\n10:10-10:30 B\n\nBackground\n\nDay 2\n09:00-09:10 C\n09:10-09:40 D\n",
        codes::SEVERAL_SESSIONS,
        4,
        1,
        13,
    ),
    // Two agendas in one sitting: the better one is read, the other kept as text.
    (
        "IGF 2020 WS #1 T\n\nAgenda\n10:00-10:10 A\n10:10-10:30 B\n10:30-10:45 C\n\nBackground\n\nAfternoon:\n- Talk (10 min)\n- Q&A (20 min)\n",
        codes::EXTRA_BREAKDOWN,
        11,
        9,
        6,
    ),
];

#[test]
fn note_codes_and_exact_spans() {
    let mut failures = Vec::new();
    for &(text, code, line, column, width) in NOTES {
        let s = read(text);
        match s.notes.iter().find(|n| n.code == code) {
            Some(n) => {
                let got = (n.span.line, n.span.column, n.span.end - n.span.start);
                if got != (line, column, width) {
                    failures.push(format!(
                        "{text:?}: {code} at {got:?}, expected {:?} ({})",
                        (line, column, width),
                        n.message
                    ));
                }
            }
            None => failures.push(format!("{text:?}: no {code} in {:?}", s.notes)),
        }
        assert!(codes::CODES.iter().any(|(c, _)| *c == code));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn header_below_a_breadcrumb_is_found_and_the_breadcrumb_kept() {
    let s = read("Internet Governance Forum\nHome > Sessions\n\nIGF 2022 WS #9 Found Later\n");
    assert_eq!(s.id.unwrap().value.text, "IGF 2022 WS #9");
    assert_eq!(s.sections[0].text, "Internet Governance Forum\nHome > Sessions");
    assert!(s.notes.is_empty());
}

#[test]
fn list_of_speakers_in_one_line_and_segment_notes_and_people() {
    let s = read(
        "IGF 2022 WS #9 T\n\nSpeakers: Ana Lima (ITU), Ben Okafor (Tech Co), Chen Wei (CNNIC)\nOnline Moderator: TBD\n\n\
         Agenda\n- 10:00-10:10 (10') Welcome\n  Chair introduces the panel\n  Housekeeping\n\
         - 10:10-10:50 Panel with Ana Lima and Ben Okafor\n- 10:50 - 11:\n",
    );
    let names: Vec<&str> = s.people.iter().map(|p| p.name.value.as_str()).collect();
    assert_eq!(names, ["Ana Lima", "Ben Okafor", "Chen Wei"]);
    assert_eq!(s.people[1].affiliation.as_deref(), Some("Tech Co"));
    assert_eq!(summary(&s), "absolute: 0-10 Welcome; 10-50 Panel with Ana Lima and Ben Okafor");
    assert_eq!(s.segments[0].notes.as_deref(), Some("Chair introduces the panel\nHousekeeping"));
    assert_eq!(s.segments[1].people, ["Ana Lima", "Ben Okafor"]);
    // The truncated last line is kept as text.
    assert!(s.sections.iter().any(|x| x.text.ends_with("- 10:50 - 11:")));
}

#[test]
fn moderators_marked_onsite_and_online_in_parentheses() {
    let s = read("IGF 2022 WS #9 T\n\nModerators: Ana Lima (onsite), Ben Okafor (online)\nModerator: Chen Wei (remote)\n");
    let got: Vec<(&str, Vec<&str>)> =
        s.people.iter().map(|p| (p.name.value.as_str(), p.roles.iter().map(|r| r.role.as_str()).collect())).collect();
    assert_eq!(
        got,
        [
            ("Ana Lima", vec!["onsite_moderator"]),
            ("Ben Okafor", vec!["online_moderator"]),
            ("Chen Wei", vec!["online_moderator"])
        ]
    );
    assert!(s.people.iter().all(|p| p.affiliation.is_none()));
}
