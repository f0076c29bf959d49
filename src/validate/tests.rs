//! Rule tests on sessions built in code: each row names a change to a clean 90-minute
//! session and the codes it must produce (just's habit: input, code, position).

use chrono::{DateTime, NaiveTime};

use super::{Plan, check, config::CheckConfig};
use crate::model::*;
use crate::source::Source;

fn sp(line: u32, column: u32) -> Span {
    let start = (line as usize) * 100 + column as usize;
    Span {
        start,
        end: start + 5,
        line,
        column,
    }
}

fn seg(i: u32, start: i32, end: i32, title: &str) -> Segment {
    Segment {
        start: Spanned::new(start, sp(10 + i, 1)),
        end: Spanned::new(end, sp(10 + i, 9)),
        title: Spanned::new(title.to_owned(), sp(10 + i, 15)),
        notes: None,
        people: vec![],
        cues: vec![],
        clock: None,
        span: sp(10 + i, 1),
    }
}

fn person(name: &str, line: u32, roles: &[Role]) -> Person {
    Person {
        name: Spanned::new(name.to_owned(), sp(line, 1)),
        roles: roles
            .iter()
            .map(|&role| RoleRef {
                role,
                span: sp(line, 1),
                inferred: false,
            })
            .collect(),
        affiliation: None,
        stakeholder_group: None,
        regional_group: None,
        email: None,
        aliases: vec![],
    }
}

/// A clean session: 90 minutes, slot 10:15–11:45 UTC, four segments, both moderators.
fn clean() -> Session {
    let slot = Slot {
        start: DateTime::parse_from_rfc3339("2021-12-10T10:15:00+00:00").unwrap(),
        end: DateTime::parse_from_rfc3339("2021-12-10T11:45:00+00:00").unwrap(),
        zone: Zone::Utc,
    };
    Session {
        declared_minutes: Some(Spanned::new(90, sp(3, 22))),
        slot: Some(Spanned::new(slot, sp(2, 1))),
        people: vec![
            person(
                "A",
                4,
                &[Role::Organizer, Role::OnlineModerator, Role::Rapporteur],
            ),
            person("B", 5, &[Role::OnsiteModerator]),
            person("C", 6, &[Role::Speaker]),
        ],
        segments: vec![
            seg(0, 0, 15, "Intro"),
            seg(1, 15, 40, "Panel"),
            seg(2, 40, 85, "Q&A"),
            seg(3, 85, 90, "Closing"),
        ],
        timing: Some(Timing {
            basis: TimeBasis::Relative,
            span: sp(10, 1),
            ambiguous: None,
        }),
        ..Session::default()
    }
}

fn codes(s: &Session) -> Vec<(String, u32, u32)> {
    let plan = Plan::default();
    check(&Source::new("t", ""), &Ok(s.clone()), &plan)
        .into_iter()
        .map(|d| (d.code, d.span.line, d.span.column))
        .collect()
}

fn t(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).unwrap()
}

#[test]
fn rules_table() {
    type Edit = fn(&mut Session);
    type Want = &'static [(&'static str, u32, u32)];
    let rows: &[(&str, Edit, Want)] = &[
        ("clean", |_| {}, &[]),
        (
            "overrun",
            |s| s.segments[3].end.value = 100,
            &[("overrun", 13, 9)],
        ),
        (
            "underrun",
            |s| {
                s.segments.pop();
            },
            &[("underrun", 12, 9)],
        ),
        (
            "overlap",
            |s| s.segments[1].end.value = 45,
            &[("overlap", 12, 1)],
        ),
        ("gap", |s| s.segments[1].end.value = 35, &[("gap", 12, 1)]),
        (
            "gap before a break is fine",
            |s| {
                s.segments[1].end.value = 35;
                s.segments[2].title.value = "Coffee break".into()
            },
            &[],
        ),
        (
            "ends before start",
            |s| {
                s.segments[1].start.value = 40;
                s.segments[1].end.value = 15
            },
            &[("ends-before-start", 11, 9)],
        ),
        (
            "zero length",
            |s| s.segments.insert(1, seg(9, 15, 15, "Speakers")),
            &[("zero-length", 19, 1)],
        ),
        (
            "out of order",
            |s| s.segments.swap(1, 2),
            &[("out-of-order", 11, 1)],
        ),
        (
            "late start",
            |s| s.segments[0].start.value = 5,
            &[("start-offset", 10, 1)],
        ),
        (
            "slot mismatch",
            |s| s.declared_minutes.as_mut().unwrap().value = 60,
            &[("slot-mismatch", 2, 1), ("overrun", 13, 9)],
        ),
        (
            "outside slot",
            |s| {
                let clocks = [
                    (10, 15, 10, 30),
                    (10, 30, 10, 55),
                    (10, 55, 11, 40),
                    (11, 40, 11, 50),
                ];
                for (seg, (a, b, c, d)) in s.segments.iter_mut().zip(clocks) {
                    seg.clock = Some((t(a, b), t(c, d)));
                }
            },
            &[("outside-slot", 13, 9)],
        ),
        (
            "clock start after slot start",
            |s| {
                s.segments[0].clock = Some((t(10, 20), t(10, 30)));
            },
            &[("start-offset", 10, 1)],
        ),
        (
            "no breakdown",
            |s| {
                s.segments.clear();
                s.timing = None
            },
            &[("no-breakdown", 3, 22)],
        ),
        (
            "no moderators",
            |s| s.people.truncate(0),
            &[
                ("missing-online-moderator", 0, 0),
                ("missing-onsite-moderator", 0, 0),
            ],
        ),
        (
            "role conflict",
            |s| {
                s.people[2].roles.push(RoleRef {
                    role: Role::OnsiteModerator,
                    span: sp(7, 1),
                    inferred: false,
                })
            },
            &[("role-conflict", 7, 1)],
        ),
        (
            "parse note",
            |s| {
                s.notes.push(ParseNote {
                    code: "bad-time".into(),
                    level: NoteLevel::Error,
                    message: "x".into(),
                    span: sp(8, 3),
                })
            },
            &[("bad-time", 8, 3)],
        ),
    ];
    for (name, edit, expected) in rows {
        let mut s = clean();
        edit(&mut s);
        let got = codes(&s);
        let want: Vec<(String, u32, u32)> = expected
            .iter()
            .map(|(c, l, col)| ((*c).to_owned(), *l, *col))
            .collect();
        let mut got_sorted = got.clone();
        got_sorted.sort();
        let mut want_sorted = want.clone();
        want_sorted.sort();
        assert_eq!(got_sorted, want_sorted, "{name}");
    }
}

#[test]
fn levels_from_config_then_flags() {
    let mut s = clean();
    s.segments[1].end.value = 35; // gap (warning)
    s.segments[3].end.value = 95; // overrun (error)
    let config = CheckConfig {
        deny: vec!["gap".into()],
        ..CheckConfig::default()
    };
    let plan = Plan::resolve(&config, &["overrun".into()], &[], &[]).unwrap();
    let d = check(&Source::new("t", ""), &Ok(s.clone()), &plan);
    assert_eq!(
        d.iter()
            .map(|d| (d.code.as_str(), d.severity.as_str()))
            .collect::<Vec<_>>(),
        [("gap", "error")]
    );
    let plan = Plan::resolve(&CheckConfig::default(), &[], &[], &["warnings".into()]).unwrap();
    assert!(
        check(&Source::new("t", ""), &Ok(s), &plan)
            .iter()
            .all(|d| d.severity.as_str() == "error")
    );
    let err = Plan::resolve(&CheckConfig::default(), &["overlpa".into()], &[], &[]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown rule code `overlpa` (did you mean `overlap`?)"
    );
}

#[test]
fn role_policy_is_configurable() {
    let text = "[check.roles]\nconflicts = [[\"organizer\", \"online_moderator\"]]\n";
    let config = super::config::ConfigFile::parse(text).unwrap();
    let plan = Plan::resolve(&config.check, &[], &[], &[]).unwrap();
    let d = check(&Source::new("t", ""), &Ok(clean()), &plan);
    assert_eq!(
        d.iter().map(|d| d.code.as_str()).collect::<Vec<_>>(),
        ["role-conflict"]
    );
    assert!(
        d[0].message.contains("organizer and online moderator"),
        "{}",
        d[0].message
    );
}

#[test]
fn every_rule_has_docs_and_unique_code() {
    let all = super::catalog();
    for r in &all {
        assert!(
            r.code
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
            "{}",
            r.code
        );
        assert!(!r.summary.is_empty(), "{}", r.code);
        // Checks and the parser codes the issue names carry a worked example.
        let core = [
            "role-inferred",
            "bad-time",
            "ambiguous-time-basis",
            "local-time-gap",
            "local-time-repeated",
        ];
        if r.origin == super::Origin::Check || core.contains(&r.code) {
            assert!(r.explanation.contains("Example"), "{}", r.code);
        }
        assert_eq!(
            all.iter().filter(|o| o.code == r.code).count(),
            1,
            "{}",
            r.code
        );
    }
}

#[test]
fn timing_findings_on_a_doubtful_reading_are_warnings_that_say_so() {
    let plan = Plan::default();
    let mut s = clean();
    s.segments[3].end.value = 100;
    let sure = check(&Source::new("t", ""), &Ok(s.clone()), &plan);
    let overrun = sure.iter().find(|d| d.code == "overrun").unwrap();
    assert_eq!(overrun.severity, crate::validate::Severity::Error);
    s.timing.as_mut().unwrap().ambiguous = Some("could also be read as the 3 entries from line 20".into());
    let doubtful = check(&Source::new("t", ""), &Ok(s.clone()), &plan);
    let overrun = doubtful.iter().find(|d| d.code == "overrun").unwrap();
    assert_eq!(overrun.severity, crate::validate::Severity::Warning);
    assert!(overrun.message.ends_with("the agenda could be read another way (see ambiguous-agenda)"), "{}", overrun.message);
    // People findings do not rest on the agenda's reading.
    assert!(doubtful.iter().filter(|d| d.code != "overrun").all(|d| !d.message.contains("ambiguous")));
    // `--deny warnings` still fails on it.
    let mut deny = Plan::default();
    deny.deny_warnings = true;
    let denied = check(&Source::new("t", ""), &Ok(s), &deny);
    assert_eq!(denied.iter().find(|d| d.code == "overrun").unwrap().severity, crate::validate::Severity::Error);
}
