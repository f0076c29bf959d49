//! The schedule's findings as `runsheet check` diagnostics: cross-session conflicts,
//! programme/proposal disagreements and import quirks become [`Diagnostic`]s with the
//! rules' stable codes, and [`rules`] describes each code for `runsheet rules` / `explain`.

use super::conflicts::{Finding, AGENDA_EXCEEDS_SLOT, CHANGEOVER, DUPLICATE_SESSION, PERSON_OVERLAP, ROOM_OVERLAP};
use super::merge::{MergeNote, ROOM_DISAGREES, SLOT_DISAGREES, UNMATCHED};
use super::Note;
use crate::model::NoteLevel;
use crate::validate::{Diagnostic, Origin, Related, Rule, Severity};

fn severity(level: NoteLevel) -> Severity {
    match level {
        NoteLevel::Error => Severity::Error,
        NoteLevel::Warning => Severity::Warning,
        NoteLevel::Info => Severity::Note,
    }
}

/// One diagnostic for a cross-session finding, placed in the file of its first session.
/// `file_of[i]` names the input session `i` came from; the other sessions' spans are added
/// as secondary labels when they are in the same file (the message names them either way).
/// Returns the index of the session whose file holds the diagnostic.
pub fn finding(f: &Finding, file_of: &[usize]) -> (usize, Diagnostic) {
    let first = f.sessions[0];
    let mut d = Diagnostic::new(&f.code, severity(f.level), f.message.clone(), f.spans[0]);
    for (&other, &span) in f.sessions.iter().zip(&f.spans).skip(1) {
        if file_of.get(other) == file_of.get(first) {
            d = d.with_secondary(span, "the other session");
        }
    }
    (first, d)
}

/// [`finding`], with the sessions in other files as related places (`names[k]` is the
/// name of file `k`); a `duplicate-session` also names them in its message
/// (`... (also: b.txt:5:1)`), since a copy is found only there.
pub fn finding_across_files(f: &Finding, file_of: &[usize], names: &[&str]) -> (usize, Diagnostic) {
    let (first, mut d) = finding(f, file_of);
    let home = file_of.get(first);
    for (s, span) in f.sessions.iter().zip(&f.spans).skip(1) {
        let Some(name) = file_of.get(*s).filter(|k| Some(*k) != home).and_then(|k| names.get(*k)) else { continue };
        if span.line > 0 {
            d.related.push(Related { file: (*name).to_owned(), line: span.line, column: span.column, message: "the other session".to_owned() });
        }
    }
    if f.code == super::conflicts::DUPLICATE_SESSION && !d.related.is_empty() {
        let at: Vec<String> = d.related.iter().map(|r| format!("{}:{}:{}", r.file, r.line, r.column)).collect();
        d.message = format!("{} (also: {})", d.message, at.join(", "));
    }
    (first, d)
}

/// The diagnostic for a merge note, in the proposal's file (`None` for a programme event
/// that matched no proposal: report it against the programme file with [`programme_note`]).
pub fn merge_note(n: &MergeNote) -> Option<(usize, Diagnostic)> {
    let s = n.session?;
    Some((s, Diagnostic::new(&n.code, severity(n.level), n.message.clone(), n.span)))
}

/// The diagnostic for a merge note about the programme itself (`programme-unmatched`).
pub fn programme_note(n: &MergeNote) -> Diagnostic {
    Diagnostic::new(&n.code, severity(n.level), n.message.clone(), n.programme_span)
}

/// The diagnostic for an import quirk, in the programme's file.
pub fn import_note(n: &Note) -> Diagnostic {
    let mut d = Diagnostic::new(&n.code, severity(n.level), n.message.clone(), n.span);
    if let Some(p) = &n.path {
        d = d.with_label(format!("at {p}"));
    }
    d
}

/// The rules behind the schedule's diagnostics, for the catalog of `runsheet rules`.
pub fn rules() -> Vec<Rule> {
    let r = |code, severity, summary, explanation| Rule { code, severity, summary, explanation, origin: Origin::Schedule };
    vec![
        r(ROOM_OVERLAP, Severity::Error, "two sessions are in the same room at overlapping times",
          "A room can hold one session at a time. Two sessions whose slots overlap (a session ending at 10:00 and one starting at 10:00 do not) in the same room, matched without regard to case and spacing, cannot both happen.\n\nExample: `WS #119` in Room 3 from 10:15 to 11:45 and `WS #200` in Room 3 from 11:00.\n\nFix: move one session to another room or time in the programme."),
        r(PERSON_OVERLAP, Severity::Error, "one person is in two sessions at overlapping times",
          "Someone listed in two sessions whose slots overlap cannot attend both. Names are matched without regard to case, accents, honorifics and transliteration (`Jürgen Müller`, `JUERGEN MULLER`). A session shown again in a second room at the same times, its title with words added (`Fnord News Show (Stream)`), is a relay, not an overlap.\n\nFix: move one of the sessions, or replace the person in one of them."),
        r(CHANGEOVER, Severity::Warning, "a person has too little time between sessions in different rooms",
          "A speaker or moderator needs time to walk from one room to the next. When one of their sessions ends less than the changeover time (10 minutes unless configured) before the next one starts in another room, they will arrive late.\n\nFix: leave a gap in the programme, or put the sessions in the same room."),
        r(AGENDA_EXCEEDS_SLOT, Severity::Error, "a session's agenda runs past the end of its programme slot",
          "The timing breakdown ends later than the slot the programme gives the session, so the session would overrun into the next one in its room.\n\nExample: a 40-minute agenda in a 30-minute slot.\n\nFix: shorten the agenda or lengthen the slot."),
        r(DUPLICATE_SESSION, Severity::Warning, "one session is given in two inputs",
          "Two inputs hold a session with the same id (or programme guid) and the same title: a copy, such as a second download of a proposal or a `-v2` file. It is one finding, and the copies are left out of the checks between sessions, where each would overlap the original in its room and for each of its people.\n\nExample: `ws119.txt` and `ws119-v2.txt` both holding `IGF 2021 WS #119`.\n\nFix: remove the copy, or give the second session its own id."),
        r(SLOT_DISAGREES, Severity::Warning, "the proposal's slot differs from the programme's",
          "The proposal states a slot and the programme given with --schedule assigns another. The programme wins; the proposal's text is out of date.\n\nFix: update the proposal, or the programme if it is the one that is wrong."),
        r(ROOM_DISAGREES, Severity::Warning, "the proposal's room differs from the programme's",
          "The proposal names a room and the programme assigns another. The programme wins.\n\nFix: update the proposal or the programme."),
        r(UNMATCHED, Severity::Note, "a programme entry matches none of the proposals checked",
          "The programme lists a session id that none of the inputs has. Ids match on letters and digits, without regard to case (`IGF 2021 WS #119` = `igf2021-ws-119`).\n\nFix: check the id, or pass the missing proposal."),
    ]
}
