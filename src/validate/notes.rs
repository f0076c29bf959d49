//! What the parser noticed: every [`ParseNote`](crate::model::ParseNote) becomes a
//! diagnostic with the note's code, at the note's span, with a severity from its level.

use super::diagnostic::escape_controls;
use super::{Context, Diagnostic, Origin, Rule, Severity};
use crate::model::NoteLevel;

/// Long explanations for the parser's codes that runsheet documents in full.
const DOCUMENTED: &[Rule] = &[
    Rule {
        code: "role-inferred",
        severity: Severity::Note,
        summary: "a person's role was inferred from where they are listed, not from a label",
        explanation: "\
Proposal pages often drop the labels of some listings, leaving a name where a heading such as
`Onsite Moderator` should be. runsheet then infers the role from the position of the entry
(for example, the entry between the speakers and the `Online Moderator` heading is taken as
the onsite moderator) and says so, because an inference can be wrong.

Example:

    Speaker 5: Nathalie Jaarsma, Government, Intergovernmental Organization

    Kaja Ciglic, Private Sector, Eastern European Group     <- taken as onsite moderator

    Online Moderator

Add the missing label (`Onsite Moderator: Kaja Ciglic, ...`) to make the role explicit.",
        origin: Origin::Parser,
    },
    Rule {
        code: "bad-time",
        severity: Severity::Error,
        summary: "a time or duration in the breakdown could not be read",
        explanation: "\
Every entry of a timing breakdown needs readable times: `00:15 – 00:40`, `10:15-10:30`,
`0-10 min`, or a duration such as `(15 minutes)`. A time that is not one (`00:4O` with a
letter O, `00:75`, `25:00`) cannot be placed, so the entry is left out of every other
timing rule and of the run-sheet.

Example:

    00:15 – 00:4O Moderated panel discussion

Correct the time at the position shown.",
        origin: Origin::Parser,
    },
    Rule {
        code: "ambiguous-time-basis",
        severity: Severity::Warning,
        summary: "the breakdown's times could be offsets from the start or clock times",
        explanation: "\
A breakdown such as `01:00 – 01:15 Opening` can mean one hour into the session or one
o'clock. runsheet picks the reading that fits the slot and declared duration and says which;
if there is no slot, it cannot tell for sure.

Example:

    Workshop timing: 10:00 – 10:15 Opening 10:15 – 11:00 Panel

Write offsets from the start as `00:00 – 00:15`, or give the slot so clock times can be
checked against it.",
        origin: Origin::Parser,
    },
    Rule {
        code: "local-time-gap",
        severity: Severity::Error,
        summary: "a local time does not exist in the slot's zone (clocks go forward over it)",
        explanation: "\
On the day daylight saving time starts, an hour of local time is skipped: in Europe/Berlin
on 31 March 2024 the clock goes from 01:59:59 to 03:00:00, so 02:30 never happens. A session
or segment written at such a time has no instant; runsheet refuses to guess.

Example:

    Sunday, 31st March, 2024 (02:30 Europe/Berlin) - Sunday, 31st March, 2024 (04:00 Europe/Berlin)

Move the time out of the gap, or write it in UTC.",
        origin: Origin::Parser,
    },
    Rule {
        code: "local-time-repeated",
        severity: Severity::Warning,
        summary: "a local time occurs twice in the slot's zone (clocks go back); the first was taken",
        explanation: "\
On the day daylight saving time ends, an hour of local time happens twice: in Europe/Berlin
on 27 October 2024, 02:30 happens at +02:00 and again at +01:00. runsheet takes the first
occurrence (as RFC 5545 does) and warns, since the organiser may have meant the second.

Example:

    Sunday, 27th October, 2024 (02:30 Europe/Berlin) - ...

Write the time with its offset (`02:30 UTC+1`) or in UTC to make it unambiguous.",
        origin: Origin::Parser,
    },
    Rule {
        code: "ambiguous-agenda",
        severity: Severity::Warning,
        summary: "the agenda reads almost as well another way; timing findings on it are at most warnings",
        explanation: "\
runsheet reads a proposal's agenda by finding every time and length in the text and choosing
the reading that fits best: a list of ranges that fills the slot, lengths that add up to the
declared duration, start times that move forward. When a second reading of other entries
scores nearly as well (within 15% of the best), the text does not settle which is the agenda.
runsheet keeps the better one, names the other, and reports every timing finding built on it
(over-runs, gaps, times outside the slot) as a warning that says so, never as an error.

Example:

    Agenda
    10:00 - 10:20 Opening
    10:20 - 11:00 Panel
    ...
    Breakout plan:
    - Groups (20 min)
    - Report back (15 min)
    - Wrap-up (10 min)

Mark which list is the session's agenda (a heading such as `Agenda`, one list of times), or
write the other as prose.",
        origin: Origin::Parser,
    },
    Rule {
        code: "zone-missing",
        severity: Severity::Warning,
        summary: "the slot's time zone is not given; its times are kept as local times, not assumed UTC",
        explanation: "\
A slot such as `9 October 2013, 9:30 - 17:00` names no zone. runsheet does not guess UTC: it
looks for a zone written with the times, a statement for the whole text (`All times are
CET`, `Time (CEST)`) and a venue whose country has one zone or whose city names one
(`San Salvador (El Salvador)`, `Santiago`). When none is found the slot keeps its local date
and times (`local_slot` in `show --format json`), run-sheets show them as written, and a
calendar needs `--tz`.

Example:

    Mercredi 9 octobre 2013 - de 9h30 à 17h

Write the zone after the times (`9h30 - 17h CEST`), or give `--tz Europe/Paris`.",
        origin: Origin::Parser,
    },
    Rule {
        code: "zone-inferred",
        severity: Severity::Warning,
        summary: "the slot's time zone was inferred from the venue",
        explanation: "\
The slot names no zone, but the text names a venue that has only one: a country with a single
zone in the tz database (El Salvador, France, Norway) or a city that names a zone (Santiago,
Kolkata). runsheet reads the slot in that zone and says so, naming the place and its line,
because a venue can be mentioned for another reason. A programme that names no
`time_zone_name` is read the same way from its conference's `<city>` (Pentabarf's
`<city>Brussels</city>`).

Example:

    Day 1, 16 July, 8:30 a 10:00 am
    Venue: Hotel Real, San Salvador (El Salvador)

Write the zone after the times to be sure (`8:30 - 10:00 am CST`, or an IANA name).",
        origin: Origin::Parser,
    },
    Rule {
        code: "date-order",
        severity: Severity::Note,
        summary: "a date that reads either way round was read month first, as the slot's zone writes dates",
        explanation: "\
A date written as two numbers of 12 or less and a year, with `/` or `-` (`9/4/2025`), is 9 April
where the day comes first and 4 September where the month does. runsheet reads it day first,
unless a weekday written with it agrees only with the other order, or the slot's zone is one
where dates are written month first: a zone of the United States or the Philippines, or an
offset written as one of North America's abbreviations (`PDT`, `EST`, `CST (Central)`). The
note gives both readings. A date with dots (`9.4.2025`) is always day first.

Example:

    Date: 9/4/2025
    Time: 9:00 - 10:00 AM PDT

Write the month's name (`4 September 2025`) or ISO 8601 (`2025-09-04`) to be sure.",
        origin: Origin::Parser,
    },
    Rule {
        code: "zone-given",
        severity: Severity::Note,
        summary: "the slot's time zone is not written; it was read in the zone --input-tz gives",
        explanation: "\
The slot names no zone and the text implies none (`zone-missing` without the flag), and the
command was given `--input-tz ZONE`: the slot's local date and times are read in that zone,
so the session has a slot that calendars, run-sheets and the checks across sessions use.
The note is on every input the flag applied to, so a reader sees where the zone came from.

Example:

    runsheet check --input-tz Europe/Warsaw proposals/

for a proposal whose slot is written `10 December 2021, 10:15 - 11:45`.

Write the zone in the text (`10:15 - 11:45 CET`, or an IANA name) to make the note go.",
        origin: Origin::Parser,
    },
];

/// The level the parser usually gives the codes documented only in `parse::codes`, for
/// `runsheet rules` (each diagnostic still takes the level of its own note).
const USUAL_LEVELS: &[(&str, Severity)] = &[
    ("absolute-without-slot", Severity::Note),
    ("bad-agenda-value", Severity::Error),
    ("bad-slot", Severity::Error),
    ("empty-role", Severity::Note),
    ("extra-breakdown", Severity::Note),
    ("name-variant-merged", Severity::Warning),
    ("no-header", Severity::Note),
    ("slot-end-before-start", Severity::Error),
    ("times-outside-slot", Severity::Warning),
    ("unknown-zone", Severity::Error),
    ("unreadable-duration", Severity::Warning),
    ("zone-abbreviation", Severity::Note),
    ("zone-converted", Severity::Note),
    ("untimed-entry", Severity::Warning),
    ("open-ended-entry", Severity::Note),
    ("approximate-length", Severity::Note),
    ("duplicate-agenda", Severity::Note),
    ("several-sessions", Severity::Note),
];

/// Every parser code: the documented ones, then any other code the parser declares.
pub fn rules() -> Vec<Rule> {
    let mut all = DOCUMENTED.to_vec();
    for &(code, summary) in parser_codes() {
        if !all.iter().any(|r| r.code == code) {
            let severity = USUAL_LEVELS
                .iter()
                .find(|(c, _)| *c == code)
                .map_or(Severity::Warning, |&(_, s)| s);
            all.push(Rule {
                code,
                severity,
                summary,
                explanation: "This code is reported by the parser while reading the input; the severity listed is \
                              the one it usually has, and each diagnostic takes the level the parser gives \
                              that particular note. Re-level it like any rule with --allow, --warn or --deny.",
                origin: Origin::Parser,
            });
        }
    }
    all
}

/// The codes the parser declares, with one-line docs.
fn parser_codes() -> &'static [(&'static str, &'static str)] {
    crate::parse::codes::CODES
}

/// Parser codes whose default severity in `check` differs from the level the parser gives:
/// an inferred role is a guess worth knowing, not something the organiser must fix, so it is
/// a note (`--warn role-inferred` makes it a warning again).
const CHECK_LEVELS: &[(&str, Severity)] = &[("role-inferred", Severity::Note)];

/// Turns every parse note into a diagnostic.
pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    // A segment written back to front is drawn with both its times by the order rules.
    for note in cx.session.notes.iter().filter(|n| n.code != super::order::ENDS_BEFORE_START.code) {
        let severity = match note.level {
            NoteLevel::Error => Severity::Error,
            NoteLevel::Warning => Severity::Warning,
            NoteLevel::Info => Severity::Note,
        };
        let severity = CHECK_LEVELS
            .iter()
            .find(|(c, _)| *c == note.code)
            .map_or(severity, |&(_, s)| s);
        out.push(Diagnostic::new(
            &note.code,
            severity,
            escape_controls(&note.message),
            note.span,
        ));
    }
}
