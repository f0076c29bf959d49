//! Timing findings on a doubtful reading: when the agenda could be read another way
//! (`ambiguous-agenda`) or a length it rests on is approximate (`~10 min`, `15-20 min`, a
//! declared `about 90 minutes`), a finding about its timing says so and is at most a
//! warning. A doubtful reading must never become a confident error; `--deny warnings` still
//! fails on it.

use super::{Context, Diagnostic, Rule, Severity};
use crate::parse::codes;

/// The rules whose findings rest on how the agenda was read.
fn about_timing(code: &str, rules: &[&[Rule]]) -> bool {
    rules.iter().any(|set| set.iter().any(|r| r.code == code))
}

/// Caps the timing findings in `out` at warnings, and says why, when the session's agenda
/// reading is doubtful; `rules` are the timing rule sets.
pub(crate) fn cap(cx: &Context, out: &mut [Diagnostic], rules: &[&[Rule]]) {
    let s = cx.session;
    let ambiguous = s.timing.as_ref().and_then(|t| t.ambiguous.as_deref());
    let approximate = s.notes.iter().any(|n| n.code == codes::APPROXIMATE_LENGTH);
    let why = match (ambiguous, approximate) {
        (Some(_), _) => "the agenda could be read another way (see ambiguous-agenda)",
        (None, true) => "a length it rests on is approximate (see approximate-length)",
        (None, false) => return,
    };
    for d in out.iter_mut().filter(|d| about_timing(&d.code, rules)) {
        if d.severity == Severity::Error {
            d.severity = Severity::Warning;
        }
        d.message = format!("{}; {why}", d.message);
    }
}
