//! People lists in proposal text: one row per case, each a small proposal parsed through
//! `runsheet::parse::parse`, with every person's name, roles, affiliation, groups and e-mail
//! asserted (and nobody else).

use runsheet::model::{Role, Session};
use runsheet::parse::parse;
use runsheet::source::Source;

use Role::{Moderator, OnlineModerator, Organizer, Speaker};

/// What one person should be read as.
#[derive(Debug, PartialEq)]
struct P {
    name: &'static str,
    roles: Vec<Role>,
    affiliation: Option<&'static str>,
    stakeholder_group: Option<&'static str>,
    regional_group: Option<&'static str>,
    email: Option<&'static str>,
}

/// A person with a name and roles and no details.
fn p(name: &'static str, roles: &[Role]) -> P {
    P { name, roles: roles.to_vec(), affiliation: None, stakeholder_group: None, regional_group: None, email: None }
}

impl P {
    fn aff(self, a: &'static str) -> P {
        P { affiliation: Some(a), ..self }
    }
    fn groups(self, stakeholder: &'static str, regional: &'static str) -> P {
        P { stakeholder_group: Some(stakeholder), regional_group: Some(regional), ..self }
    }
    fn email(self, e: &'static str) -> P {
        P { email: Some(e), ..self }
    }
}

fn read(text: &str) -> Session {
    parse(&Source::new("people.txt", format!("IGF 2024 WS #1 People lists\n\n{text}\n"))).unwrap().remove(0)
}

fn people(s: &Session) -> Vec<P> {
    // The names are leaked so that rows can hold `&'static str`; a test process is short.
    let leak = |v: &str| -> &'static str { Box::leak(v.to_owned().into_boxed_str()) };
    let leak_opt = |v: &Option<String>| v.as_deref().map(leak);
    s.people
        .iter()
        .map(|x| P {
            name: leak(&x.name.value),
            roles: x.roles.iter().map(|r| r.role).collect(),
            affiliation: leak_opt(&x.affiliation),
            stakeholder_group: leak_opt(&x.stakeholder_group),
            regional_group: leak_opt(&x.regional_group),
            email: leak_opt(&x.email),
        })
        .collect()
}

fn variant_notes(s: &Session) -> usize {
    s.notes.iter().filter(|n| n.code == "name-variant-merged").count()
}

#[test]
fn people_lists_table() {
    // (case, text, people, name-variant-merged notes)
    let rows: Vec<(&str, &str, Vec<P>, usize)> = vec![
        // 1. One numbered entry naming two people, each with their affiliation.
        (
            "semicolon in a numbered entry",
            "Speaker 6: Jane Doe (ICANN); John Roe (ISOC)",
            vec![p("Jane Doe", &[Speaker]).aff("ICANN"), p("John Roe", &[Speaker]).aff("ISOC")],
            0,
        ),
        (
            "semicolon under a single moderator label",
            "Moderator: Jane Doe; John Roe",
            vec![p("Jane Doe", &[Moderator]), p("John Roe", &[Moderator])],
            0,
        ),
        // An entry slipped in between two numbers (`Speaker 2b:`) was read as no entry.
        (
            "a numbered entry with a letter",
            "Speaker 1: Jane Doe, ISOC\nSpeaker 2: John Roe, ICANN\nSpeaker 2b: Ana Diaz, Civil Society, GRULAC",
            vec![
                p("Jane Doe", &[Speaker]).aff("ISOC"),
                p("John Roe", &[Speaker]).aff("ICANN"),
                p("Ana Diaz", &[Speaker]).groups("Civil Society", "GRULAC"),
            ],
            0,
        ),
        // Near miss: one person with a parenthesised affiliation.
        ("one person with (ICANN)", "Speaker 6: Jane Doe (ICANN)", vec![p("Jane Doe", &[Speaker]).aff("ICANN")], 0),
        // 2. An address between the name and the groups keeps the groups.
        (
            "email then groups, numbered",
            "Organizer 1: Jane Doe <jane@example.org>, Civil Society, African Group",
            vec![p("Jane Doe", &[Organizer]).email("jane@example.org").groups("Civil Society", "African Group")],
            0,
        ),
        (
            "email then groups, in a list",
            "Speakers:\nJane Doe <jane@example.org>, Civil Society, African Group\nJohn Roe, ISOC",
            vec![
                p("Jane Doe", &[Speaker]).email("jane@example.org").groups("Civil Society", "African Group"),
                p("John Roe", &[Speaker]).aff("ISOC"),
            ],
            0,
        ),
        (
            "email then an affiliation in parentheses",
            "Speaker 1: Jane Doe <jane@example.org> (ICANN)",
            vec![p("Jane Doe", &[Speaker]).aff("ICANN").email("jane@example.org")],
            0,
        ),
        // 3. Two people joined by `and` or `&`.
        ("and", "Speaker 1: Jane Doe and John Roe", vec![p("Jane Doe", &[Speaker]), p("John Roe", &[Speaker])], 0),
        (
            "ampersand under a list label",
            "Online Moderators: Jane Doe & John Roe",
            vec![p("Jane Doe", &[OnlineModerator]), p("John Roe", &[OnlineModerator])],
            0,
        ),
        (
            "and, each with their own parenthesis",
            "Speaker 1: Jane Doe (ICANN) and John Roe (ISOC)",
            vec![p("Jane Doe", &[Speaker]).aff("ICANN"), p("John Roe", &[Speaker]).aff("ISOC")],
            0,
        ),
        // After a comma that closes the pair, the details describe both.
        (
            "and, then a shared affiliation after a comma",
            "Speaker 1: Jane Doe and John Roe, ICANN",
            vec![p("Jane Doe", &[Speaker]).aff("ICANN"), p("John Roe", &[Speaker]).aff("ICANN")],
            0,
        ),
        (
            "ampersand, then shared groups after a comma",
            "Organizer 1: Jane Doe & John Roe, Civil Society, African Group",
            vec![
                p("Jane Doe", &[Organizer]).groups("Civil Society", "African Group"),
                p("John Roe", &[Organizer]).groups("Civil Society", "African Group"),
            ],
            0,
        ),
        // An address is a person's own, and does not stop the details after a comma being shared.
        (
            "and, each with an address, then a shared affiliation",
            "Speaker 1: Jane Doe <jane@example.org> and John Roe <john@example.org>, ICANN",
            vec![
                p("Jane Doe", &[Speaker]).aff("ICANN").email("jane@example.org"),
                p("John Roe", &[Speaker]).aff("ICANN").email("john@example.org"),
            ],
            0,
        ),
        // A parenthesis hugs the name before it, unless it says `both`.
        (
            "and, then a parenthesis after the last name only",
            "Speaker 1: Jane Doe and John Roe (ISOC)",
            vec![p("Jane Doe", &[Speaker]), p("John Roe", &[Speaker]).aff("ISOC")],
            0,
        ),
        (
            "and, then a parenthesis saying both",
            "Speaker 1: Jane Doe and John Roe (both ISOC)",
            vec![p("Jane Doe", &[Speaker]).aff("ISOC"), p("John Roe", &[Speaker]).aff("ISOC")],
            0,
        ),
        // One name with its own details: what follows the comma is the last person's.
        (
            "and, first with a parenthesis, then a comma",
            "Speaker 1: Jane Doe (ICANN) and John Roe, ISOC",
            vec![p("Jane Doe", &[Speaker]).aff("ICANN"), p("John Roe", &[Speaker]).aff("ISOC")],
            0,
        ),
        (
            "and, in a list line with others",
            "Speakers:\nJane Doe and John Roe, ICANN\nMax Mustermann, ISOC",
            vec![
                p("Jane Doe", &[Speaker]).aff("ICANN"),
                p("John Roe", &[Speaker]).aff("ICANN"),
                p("Max Mustermann", &[Speaker]).aff("ISOC"),
            ],
            0,
        ),
        // Near misses: `and` in an organisation's name is not a second person.
        (
            "organisation with and after a comma",
            "Speaker 1: Jane Doe, Ministry of Trade and Industry",
            vec![p("Jane Doe", &[Speaker]).aff("Ministry of Trade and Industry")],
            0,
        ),
        (
            "organisation with and after a comma, second half name-like",
            "Speaker 1: Jane Doe, Procter and Gamble Europe",
            vec![p("Jane Doe", &[Speaker]).aff("Procter and Gamble Europe")],
            0,
        ),
        (
            "two organisations joined by and after a comma",
            "Speaker 1: Jane Doe, ICANN and ISOC",
            vec![p("Jane Doe", &[Speaker]).aff("ICANN and ISOC")],
            0,
        ),
        (
            "organisation with and in parentheses",
            "Speaker 1: Jane Doe (Ministry of Trade and Industry)",
            vec![p("Jane Doe", &[Speaker]).aff("Ministry of Trade and Industry")],
            0,
        ),
        (
            "organisation with and, in a list with groups",
            "Speakers:\nJane Doe, Ministry of Trade and Industry, Government, African Group",
            vec![p("Jane Doe", &[Speaker]).aff("Ministry of Trade and Industry").groups("Government", "African Group")],
            0,
        ),
        (
            "organisation with and after a dash",
            "Speaker 1: Jane Doe - Trade and Foreign Affairs",
            vec![p("Jane Doe", &[Speaker]).aff("Trade and Foreign Affairs")],
            0,
        ),
        // 4. Distinct numbered entries of one list are distinct people, whatever their names.
        (
            "identical names in Speaker 6 and Speaker 7",
            "Speaker 6: Jane Doe, ICANN\nSpeaker 7: Jane Doe, ISOC",
            vec![p("Jane Doe", &[Speaker]).aff("ICANN"), p("Jane Doe", &[Speaker]).aff("ISOC")],
            0,
        ),
        (
            "spelling variants in Speaker 6 and Speaker 7",
            "Speaker 6: Ludmilla Georgiew, Google\nSpeaker 7: Ludmila Georgieva, Siemens",
            vec![
                p("Ludmilla Georgiew", &[Speaker]).aff("Google"),
                p("Ludmila Georgieva", &[Speaker]).aff("Siemens"),
            ],
            0,
        ),
        (
            "transliterations in Speaker 1 and Speaker 2",
            "Speaker 1: Jonas Kleinwächter\nSpeaker 2: Jonas Kleinwaechter",
            vec![p("Jonas Kleinwächter", &[Speaker]), p("Jonas Kleinwaechter", &[Speaker])],
            0,
        ),
        // Across lists, merging is as before: the first of the namesakes takes the role.
        (
            "an organiser who is also one of two namesake speakers",
            "Organizer 1: Jane Doe, ICANN\n\nSpeaker 6: Jane Doe\nSpeaker 7: Jane Doe",
            vec![p("Jane Doe", &[Organizer, Speaker]).aff("ICANN"), p("Jane Doe", &[Speaker])],
            0,
        ),
        (
            "transliteration across lists",
            "Organizer 1: Jonas Kleinwächter\n\nOnline Moderator: Jonas Kleinwaechter",
            vec![p("Jonas Kleinwächter", &[Organizer, OnlineModerator])],
            0,
        ),
        (
            "spelling variant across lists",
            "Organizer 1: Ludmilla Georgiew, Google\n\nSpeaker 2: Ludmila Georgieva",
            vec![p("Ludmilla Georgiew", &[Organizer, Speaker]).aff("Google")],
            1,
        ),
    ];
    let mut failed = Vec::new();
    for (case, text, want, variants) in rows {
        let s = read(text);
        let got = people(&s);
        if got != want || variant_notes(&s) != variants {
            let n = variant_notes(&s);
            failed.push(format!(
                "{case}:\n  text: {text:?}\n  want: {want:?} ({variants} variant notes)\n  got:  {got:?} ({n} variant notes)"
            ));
        }
    }
    assert!(failed.is_empty(), "{} rows failed:\n{}", failed.len(), failed.join("\n"));
}

#[test]
fn a_split_entry_points_at_each_name() {
    let text = "Speaker 6: Jane Doe (ICANN); John Roe (ISOC)";
    let s = read(text);
    let src = format!("IGF 2024 WS #1 People lists\n\n{text}\n");
    let names: Vec<&str> = s.people.iter().map(|x| &src[x.name.span.start..x.name.span.end]).collect();
    assert_eq!(names, ["Jane Doe", "John Roe"]);
    // Both roles point at the label.
    for x in &s.people {
        assert_eq!(&src[x.roles[0].span.start..x.roles[0].span.end], "Speaker 6:");
    }
    let s = read("Speaker 1: Jane Doe and John Roe, ICANN");
    let src = "IGF 2024 WS #1 People lists\n\nSpeaker 1: Jane Doe and John Roe, ICANN\n";
    let names: Vec<&str> = s.people.iter().map(|x| &src[x.name.span.start..x.name.span.end]).collect();
    assert_eq!(names, ["Jane Doe", "John Roe"]);
}

#[test]
fn many_namesakes_in_numbered_entries_stay_linear() {
    // 200,000 `Speaker N: Jane Doe` entries: 200,000 people, none compared with all before it.
    let n = 200_000;
    let mut text = String::new();
    for i in 1..=n {
        text.push_str(&format!("Speaker {i}: Jane Doe\n"));
    }
    let started = std::time::Instant::now();
    let s = read(&text);
    assert_eq!(s.people.len(), n);
    // Linear work takes well under a second here; comparing each with all before it, minutes.
    assert!(started.elapsed() < std::time::Duration::from_secs(60), "{:?}", started.elapsed());
}
