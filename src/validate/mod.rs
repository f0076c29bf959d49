//! Validation: rules that read a parsed session and return [`Diagnostic`]s as plain data.
//!
//! Each rule has a stable kebab-case code, a default [`Severity`], a one-line summary and a
//! long explanation with an example ([`Rule`]); [`catalog`] lists them all, including the
//! codes of what the parser noticed ([`ParseNote`](crate::model::ParseNote)s become
//! diagnostics with their own codes). [`check`] runs every rule over one input and applies
//! the run's [`Plan`] (levels set with `--allow`/`--warn`/`--deny` and `runsheet.toml`).
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
pub use diagnostic::{Diagnostic, Label, Severity};

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

/// Every rule runsheet knows, checks first (in the order they run), then parser notes,
/// each group sorted by code.
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
    /// The span to use for findings about the session as a whole: its id, title or
    /// format line, else the whole file.
    pub fn session_span(&self) -> Span {
        let s = self.session;
        s.id.as_ref()
            .map(|i| i.span)
            .or(s.title.as_ref().map(|t| t.span))
            .or(s.format.as_ref().map(|f| f.span))
            .filter(|sp| sp.line > 0)
            .unwrap_or_default()
    }
}

/// Runs every rule over one parsed input and applies `plan`; diagnostics come back
/// sorted by position, then code, so output is deterministic.
pub fn check(
    source: &Source,
    parsed: &Result<Session, ParseError>,
    plan: &Plan,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    // The proposal parser notes invalid UTF-8 itself; otherwise it is reported here.
    if !parsed
        .as_ref()
        .is_ok_and(|s| s.notes.iter().any(|n| n.code == input::INVALID_UTF8.code))
    {
        input::check_text(source, &mut out);
    }
    input::check_controls(source, &mut out);
    match parsed {
        Err(e) => input::unreadable(e, &mut out),
        Ok(session) => {
            let cx = Context {
                session,
                roles: &plan.roles,
            };
            notes::check(&cx, &mut out);
            let timing_from = out.len();
            total::check(&cx, &mut out);
            order::check(&cx, &mut out);
            slot::check(&cx, &mut out);
            doubt::cap(&cx, &mut out[timing_from..], &[total::RULES, order::RULES, slot::RULES]);
            people::check(&cx, &mut out);
        }
    }
    let mut out = plan.apply(out);
    sort(&mut out);
    out
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
