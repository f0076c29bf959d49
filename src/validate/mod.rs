//! Validation: rules that read a parsed session and return [`Diagnostic`]s as plain data.
//!
//! Each rule has a stable kebab-case code, a default [`Severity`], a one-line summary and a
//! long explanation with an example ([`Rule`]); [`catalog`] lists them all, including the
//! codes of what the parser noticed ([`ParseNote`](crate::model::ParseNote)s become
//! diagnostics with their own codes). [`check_sessions`] runs every rule over one input (on
//! the file once, on each session it holds) and applies the run's [`Plan`] (levels set with
//! `--allow`/`--warn`/`--deny` and `runsheet.toml`); [`check`] does so for one session.
//! Nothing here prints; `src/report/` turns diagnostics into text.

pub mod config;
pub mod diagnostic;
mod doubt;
mod input;
mod notes;
mod order;
mod people;
mod slot;
#[cfg(test)]
mod tests;
mod total;

pub use config::{Plan, PlanError, RolePolicy};
pub use diagnostic::{Diagnostic, Label, Related, Severity};

use crate::model::{Session, Span};
use crate::parse::ParseError;
use crate::source::Source;

/// Where a rule's findings come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A check on the parsed session, in `src/validate/`.
    Check,
    /// Something the parser noticed while reading (a `ParseNote` code).
    Parser,
    /// A check across sessions or on a programme, in `src/schedule/`.
    Schedule,
    /// Something noticed while reading or writing a programme (a `schedule::Note` code).
    Programme,
}

/// A rule's metadata: code, default severity, summary and long explanation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    /// Stable kebab-case code, e.g. `overrun`.
    pub code: &'static str,
    /// Severity unless the run re-levels it.
    pub severity: Severity,
    /// One line saying what the rule finds.
    pub summary: &'static str,
    /// Several paragraphs: why it matters, an example, and how to fix it.
    pub explanation: &'static str,
    /// Whether the rule is a check or a parser note.
    pub origin: Origin,
}

impl Rule {
    /// A diagnostic of this rule at its default severity.
    pub fn diag(&self, message: impl Into<String>, span: Span) -> Diagnostic {
        Diagnostic::new(self.code, self.severity, message, span)
    }
}

/// Every rule runsheet knows: checks first, then parser notes, then programme notes, each
/// group sorted by code.
pub fn catalog() -> Vec<Rule> {
    let mut checks: Vec<Rule> = [
        input::RULES,
        total::RULES,
        order::RULES,
        slot::RULES,
        people::RULES,
    ]
    .concat();
    checks.extend(crate::schedule::diagnostics::rules());
    checks.sort_by_key(|r| r.code);
    // A code both checked here and noted by the parser (`invalid-utf8`) is listed once.
    let mut parser: Vec<Rule> = notes::rules()
        .into_iter()
        .filter(|p| !checks.iter().any(|c| c.code == p.code))
        .collect();
    parser.sort_by_key(|r| r.code);
    checks.extend(parser);
    // Then the notes of reading and writing programmes (already sorted).
    let programme: Vec<Rule> = crate::schedule::rules::RULES.iter().copied().filter(|p| !checks.iter().any(|c| c.code == p.code)).collect();
    checks.extend(programme);
    checks
}

/// Looks a rule up by its code.
pub fn rule(code: &str) -> Option<Rule> {
    catalog().into_iter().find(|r| r.code == code)
}

/// What every rule reads: the parsed session and the role policy.
pub(crate) struct Context<'a> {
    pub session: &'a Session,
    pub roles: &'a RolePolicy,
}

impl Context<'_> {
    /// The span to use for findings about the session as a whole ([`Session::heading_span`]).
    pub fn session_span(&self) -> Span {
        self.session.heading_span()
    }
}

/// Runs every rule over one parsed input holding one session and applies `plan`;
/// diagnostics come back sorted by position, then code, so output is deterministic.
/// [`check_sessions`] does the same for an input holding several sessions.
pub fn check(
    source: &Source,
    parsed: &Result<Session, ParseError>,
    plan: &Plan,
) -> Vec<Diagnostic> {
    check_sessions(source, parsed.as_ref().map(std::slice::from_ref), plan)
}

/// Runs every rule over one input and every session read from it
/// ([`parse`](crate::parse::parse)) and applies `plan`: the findings about the file itself
/// ([`check_input`]) once, then each session's ([`check_session`]), sorted by position, then
/// code. A finding that a later session repeats word for word at the same place (the people
/// listed once for both days of a workshop) is reported once.
pub fn check_sessions(
    source: &Source,
    parsed: Result<&[Session], &ParseError>,
    plan: &Plan,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    input_findings(source, parsed, &mut out);
    let sessions = parsed.unwrap_or_default();
    if let [one] = sessions {
        session_findings(one, plan, &mut out);
    } else {
        let mut seen = foldhash::HashSet::default();
        for session in sessions {
            let mut own = Vec::new();
            session_findings(session, plan, &mut own);
            let keys: Vec<_> = own.iter().map(|d| (d.code.clone(), d.span, d.message.clone())).collect();
            out.extend(own.into_iter().zip(&keys).filter(|(_, k)| !seen.contains(*k)).map(|(d, _)| d));
            seen.extend(keys);
        }
    }
    let mut out = plan.apply(out);
    sort(&mut out);
    out
}

/// The findings about an input as a file, whatever sessions it holds, levelled by `plan`
/// and sorted: bytes that are not UTF-8 (unless the parser noted them itself), control
/// characters, and an input that could not be parsed.
pub fn check_input(source: &Source, parsed: Result<&[Session], &ParseError>, plan: &Plan) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    input_findings(source, parsed, &mut out);
    let mut out = plan.apply(out);
    sort(&mut out);
    out
}

/// The findings about one session, levelled by `plan` and sorted: what the parser noted
/// while reading it, and every rule on its timing, slot and people.
pub fn check_session(session: &Session, plan: &Plan) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    session_findings(session, plan, &mut out);
    let mut out = plan.apply(out);
    sort(&mut out);
    out
}

fn input_findings(source: &Source, parsed: Result<&[Session], &ParseError>, out: &mut Vec<Diagnostic>) {
    // The proposal parser notes invalid UTF-8 itself; otherwise it is reported here.
    if !parsed.is_ok_and(|all| all.iter().flat_map(|s| &s.notes).any(|n| n.code == input::INVALID_UTF8.code)) {
        input::check_text(source, out);
    }
    input::check_controls(source, out);
    if let Err(e) = parsed {
        input::unreadable(e, out);
    }
}

fn session_findings(session: &Session, plan: &Plan, out: &mut Vec<Diagnostic>) {
    let cx = Context {
        session,
        roles: &plan.roles,
    };
    notes::check(&cx, out);
    let timing_from = out.len();
    total::check(&cx, out);
    order::check(&cx, out);
    slot::check(&cx, out);
    doubt::cap(&cx, &mut out[timing_from..], &[total::RULES, order::RULES, slot::RULES]);
    people::check(&cx, out);
}

/// Sorts diagnostics by position, then code and message, so output is deterministic.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (
            a.span.line,
            a.span.column,
            a.span.start,
            &a.code,
            &a.message,
        )
            .cmp(&(
                b.span.line,
                b.span.column,
                b.span.start,
                &b.code,
                &b.message,
            ))
    });
}
