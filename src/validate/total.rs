//! Rules about the breakdown as a whole: its total against the declared duration, and
//! whether there is one at all.

use super::diagnostic::{hm, plural};
use super::{Context, Diagnostic, Origin, Rule, Severity};

/// The segments end after the declared duration.
pub const OVERRUN: Rule = Rule {
    code: "overrun",
    severity: Severity::Error,
    summary: "the breakdown ends after the declared duration",
    explanation: "\
The last segment of the timing breakdown ends later than the session's declared duration (or,
without one, its slot), so the session cannot finish on time as planned.

Example: a `Panel - Auditorium - 90 Min` session whose breakdown ends

    01:25 – 01:40 Closing and summary

gives `segments end at 01:40 but the session is declared as 90 minutes`.

Shorten segments so the last one ends at the declared length, or correct the declared
duration.",
    origin: Origin::Check,
};

/// The segments end before the declared duration.
pub const UNDERRUN: Rule = Rule {
    code: "underrun",
    severity: Severity::Error,
    summary: "the breakdown ends before the declared duration",
    explanation: "\
The last segment of the timing breakdown ends earlier than the session's declared duration (or,
without one, its slot). Either time is unplanned or a segment was forgotten, typically the
closing.

Example: a 90-minute session whose breakdown stops at

    00:40 – 01:25 Open Q&A

gives `segments end at 01:25 but the session is declared as 90 minutes`.

Add the missing segment (`01:25 – 01:30 Closing`) or extend the last one.",
    origin: Origin::Check,
};

/// No timing breakdown at all.
pub const NO_BREAKDOWN: Rule = Rule {
    code: "no-breakdown",
    severity: Severity::Warning,
    summary: "the session has no timing breakdown",
    explanation: "\
Without a timing breakdown nobody can tell how the session's minutes are used, and no other
timing rule can check anything. Programme committees usually ask for one.

Example: a proposal that declares `Round Tables - 90 Min` and describes the discussion, but
never says how long each part lasts.

Add a breakdown, one segment per line:

    00:00 – 00:10 Introductions
    00:10 – 01:20 Round-table discussion
    01:20 – 01:30 Wrap-up",
    origin: Origin::Check,
};

/// The rules of this family.
pub const RULES: &[Rule] = &[OVERRUN, UNDERRUN, NO_BREAKDOWN];

/// Runs the rules of this family.
pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let s = cx.session;
    if s.segments.is_empty() {
        let (span, what) = match &s.timing {
            Some(t) => (t.span, "the timing breakdown has no readable segments".to_owned()),
            None => {
                let span = s.declared_minutes.as_ref().map(|d| d.span).unwrap_or_else(|| cx.session_span());
                let what = match &s.declared_minutes {
                    Some(d) => format!("no timing breakdown says how the {} minutes are used", d.value),
                    None => "the session has no timing breakdown".to_owned(),
                };
                (span, what)
            }
        };
        out.push(
            NO_BREAKDOWN
                .diag(what, span)
                .with_help("add one segment per line, e.g. `00:00 – 00:10 Introductions`"),
        );
        return;
    }
    // The length the breakdown must fill: declared duration, else the slot's length.
    let (length, length_span, declared_as) = if let Some(d) = &s.declared_minutes {
        (i64::from(d.value), d.span, format!("the session is declared as {} minutes", d.value))
    } else if let Some(slot) = &s.slot {
        let len = (slot.value.end - slot.value.start).num_minutes();
        if len <= 0 {
            return;
        }
        (len, slot.span, format!("the slot lasts {} minutes", len))
    } else {
        return;
    };
    // The segment ending last (the last written, among equals).
    let Some(last) = s.segments.iter().rev().max_by_key(|seg| seg.end.value) else { return };
    let end = i64::from(last.end.value);
    let diff = end - length;
    if diff == 0 {
        return;
    }
    let message = format!("segments end at {} but {declared_as}", hm(end));
    let d = if diff > 0 {
        OVERRUN
            .diag(message, last.end.span)
            .with_label(format!("{} over", plural(diff, "minute")))
            .with_help(format!("shorten the segments by {} so the last ends at {}", plural(diff, "minute"), hm(length)))
    } else {
        UNDERRUN
            .diag(message, last.end.span)
            .with_label(format!("{} unplanned", plural(-diff, "minute")))
            .with_help(format!(
                "extend the last segment to {}, or add one for the remaining {}",
                hm(length),
                plural(-diff, "minute")
            ))
    };
    out.push(d.with_secondary(length_span, "declared here"));
}
