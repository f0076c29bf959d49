//! Rules about segments against each other: order, overlaps, gaps, and segments that end
//! before they start or have no length.

use super::diagnostic::{hm, plural, quote};
use super::{Context, Diagnostic, Origin, Rule, Severity};
use crate::model::Segment;

/// A segment starts before the one written before it.
pub const OUT_OF_ORDER: Rule = Rule {
    code: "out-of-order",
    severity: Severity::Error,
    summary: "a segment starts before the segment written before it",
    explanation: "\
Breakdowns are read top to bottom, and moderators follow them in that order. A segment that
starts earlier than the one above it is usually a copy-paste slip.

Example:

    00:00 – 00:15 Introductions
    00:40 – 01:25 Open Q&A
    00:15 – 00:40 Moderated panel discussion     <- starts before 00:40

Move the segment to its place in time.",
    origin: Origin::Check,
};

/// Two segments overlap.
pub const OVERLAP: Rule = Rule {
    code: "overlap",
    severity: Severity::Error,
    summary: "two segments overlap in time",
    explanation: "\
A segment starts before the previous one (in time) has ended, so the same minutes are planned
twice.

Example:

    00:15 – 00:45 Moderated panel discussion
    00:40 – 01:25 Open Q&A                       <- starts 5 minutes before 00:45

Make the second start when the first ends, or end the first earlier.",
    origin: Origin::Check,
};

/// Minutes between two segments belong to none.
pub const GAP: Rule = Rule {
    code: "gap",
    severity: Severity::Warning,
    summary: "minutes between two consecutive segments are not in any segment",
    explanation: "\
Between the end of one segment and the start of the next there is time nobody planned. If
the pause is intended, say so with a segment titled as a break; a gap next to a segment
titled `Break`, `Coffee break`, `Lunch`, `Pause` or `Recess` is not reported.

Example:

    00:15 – 00:35 Moderated panel discussion
    00:40 – 01:25 Open Q&A                       <- 00:35–00:40 is unplanned

Extend one of the segments, or add `00:35 – 00:40 Break`.",
    origin: Origin::Check,
};

/// A segment ends before it starts.
pub const ENDS_BEFORE_START: Rule = Rule {
    code: "ends-before-start",
    severity: Severity::Error,
    summary: "a segment ends before it starts",
    explanation: "\
A segment's end time is earlier than its start time; usually the two times were swapped or
one was mistyped.

Example:

    00:40 – 00:15 Moderated panel discussion

Swap or correct the times.",
    origin: Origin::Check,
};

/// A segment has no length.
pub const ZERO_LENGTH: Rule = Rule {
    code: "zero-length",
    severity: Severity::Warning,
    summary: "a segment starts and ends at the same time",
    explanation: "\
A segment whose start and end are the same has no time in the session: it cannot happen as
planned, and it is usually a mistyped time.

Example:

    00:15 – 00:15 Speaker introductions

Give the segment its minutes, or fold it into a neighbouring one.",
    origin: Origin::Check,
};

/// The rules of this family.
pub const RULES: &[Rule] = &[OUT_OF_ORDER, OVERLAP, GAP, ENDS_BEFORE_START, ZERO_LENGTH];

/// True for segments titled as a pause (`Break`, `Coffee break`, `Lunch`, ...), but not
/// `Break-out groups`.
pub fn is_break(title: &str) -> bool {
    let lower = title.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    words.iter().enumerate().any(|(i, w)| match *w {
        "break" | "breaks" => words.get(i + 1) != Some(&"out"),
        "pause" | "pausa" | "lunch" | "coffee" | "recess" | "intermission" | "descanso"
        | "kaffeepause" => true,
        _ => false,
    })
}

fn name(seg: &Segment) -> String {
    quote(&seg.title.value)
}

/// Runs the rules of this family.
pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let segs = &cx.session.segments;
    // The text reader turns a segment written back to front the right way round and notes
    // it; the note is drawn here with both times, as when the segment stays as written.
    for note in cx.session.notes.iter().filter(|n| n.code == ENDS_BEFORE_START.code) {
        let mut d = ENDS_BEFORE_START.diag(super::diagnostic::escape_controls(&note.message), note.span).with_label("ends here");
        if let Some(seg) = segs.iter().find(|s| s.start.span == note.span) {
            d = d.with_secondary(seg.end.span, "starts here");
        }
        out.push(d.with_help("swap or correct the times"));
    }
    for seg in segs {
        let (start, end) = (seg.start.value, seg.end.value);
        if end < start {
            out.push(
                ENDS_BEFORE_START
                    .diag(
                        format!(
                            "segment {} ends at {}, before it starts at {}",
                            name(seg),
                            hm(end.into()),
                            hm(start.into())
                        ),
                        seg.end.span,
                    )
                    .with_label("ends here")
                    .with_secondary(seg.start.span, "starts here")
                    .with_help("swap or correct the times"),
            );
        } else if end == start {
            out.push(
                ZERO_LENGTH
                    .diag(
                        format!(
                            "segment {} starts and ends at {}",
                            name(seg),
                            hm(start.into())
                        ),
                        seg.start.span,
                    )
                    .with_label("no time between start and end")
                    .with_help("give the segment its minutes, or fold it into a neighbour"),
            );
        }
    }
    for pair in segs.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        if b.start.value < a.start.value {
            out.push(
                OUT_OF_ORDER
                    .diag(
                        format!(
                            "segment {} starts at {}, before the segment above it (at {})",
                            name(b),
                            hm(b.start.value.into()),
                            hm(a.start.value.into())
                        ),
                        b.start.span,
                    )
                    .with_secondary(a.start.span, "the segment above starts here")
                    .with_help("move the segment to its place in time"),
            );
        }
    }
    // Overlaps and gaps, in time order; a segment whose times are swapped still covers
    // the minutes between them, and one without length covers none.
    let mut timed: Vec<(i32, i32, &Segment)> = segs
        .iter()
        .filter(|s| s.end.value != s.start.value)
        .map(|s| {
            (
                s.start.value.min(s.end.value),
                s.start.value.max(s.end.value),
                s,
            )
        })
        .collect();
    timed.sort_by_key(|&(lo, hi, _)| (lo, hi));
    let mut prev: Option<(i32, i32, &Segment)> = None;
    for cur in timed {
        let Some((_, a_end, a)) = prev else {
            prev = Some(cur);
            continue;
        };
        let (b_start, b_end, seg) = cur;
        if b_start < a_end {
            let by = i64::from(a_end.min(b_end) - b_start);
            out.push(
                OVERLAP
                    .diag(
                        format!(
                            "segment {} starts at {}, {} before {} ends at {}",
                            name(seg),
                            hm(b_start.into()),
                            plural(by, "minute"),
                            name(a),
                            hm(a_end.into())
                        ),
                        seg.start.span,
                    )
                    .with_label(format!("overlaps by {}", plural(by, "minute")))
                    .with_secondary(a.end.span, "the previous segment ends here")
                    .with_help(format!(
                        "start this segment at {}, or end the previous one at {}",
                        hm(a_end.into()),
                        hm(b_start.into())
                    )),
            );
        } else if b_start > a_end && !is_break(&a.title.value) && !is_break(&seg.title.value) {
            let gap = i64::from(b_start - a_end);
            out.push(
                GAP.diag(
                    format!(
                        "{} between {} and {} are not in any segment",
                        plural(gap, "minute"),
                        hm(a_end.into()),
                        hm(b_start.into())
                    ),
                    seg.start.span,
                )
                .with_label(format!(
                    "{} after the previous segment",
                    plural(gap, "minute")
                ))
                .with_secondary(a.end.span, "the previous segment ends here")
                .with_help(format!(
                    "extend a segment, or add `{} – {} Break` if the pause is intended",
                    hm(a_end.into()),
                    hm(b_start.into())
                )),
            );
        }
        // Keep the segment that ends last as the one to compare with.
        if b_end >= a_end {
            prev = Some(cur);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::is_break;

    #[test]
    fn breaks_are_recognised_but_not_break_outs() {
        assert!(is_break("Coffee break"));
        assert!(is_break("BREAK"));
        assert!(is_break("Lunch"));
        assert!(!is_break("Break-out group discussions"));
        assert!(!is_break("Breakout groups"));
        assert!(!is_break("Open Q&A"));
    }
}
