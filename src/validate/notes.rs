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
