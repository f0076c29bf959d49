//! Rules about the slot: its length against the declared duration, clock times outside
//! it, and a first segment that does not start with the session.

use chrono::{NaiveTime, Timelike};

use super::diagnostic::{hm, plural, quote};
use super::{Context, Diagnostic, Origin, Rule, Severity};
use crate::model::Slot;
use crate::time::zone_name;

/// The slot's length differs from the declared duration.
pub const SLOT_MISMATCH: Rule = Rule {
    code: "slot-mismatch",
    severity: Severity::Error,
    summary: "the scheduled slot is not as long as the declared duration",
    explanation: "\
The slot the session was given (its start and end) lasts longer or shorter than the duration
in its format line, so either the schedule or the proposal is wrong.

Example:

    Friday, 10th December, 2021 (10:15 UTC) - Friday, 10th December, 2021 (11:30 UTC)
    Panel - Auditorium - 90 Min

The slot lasts 75 minutes. Correct the slot's end (11:45) or the declared duration.",
    origin: Origin::Check,
};

/// A clock time in the breakdown lies outside the slot.
pub const OUTSIDE_SLOT: Rule = Rule {
    code: "outside-slot",
    severity: Severity::Error,
    summary: "a clock time in the breakdown falls outside the scheduled slot",
    explanation: "\
When a breakdown is written in clock times (`10:15 – 10:30`), every time must lie within the
session's slot, read in the slot's time zone; a segment before the start or after the end
cannot happen in the room.

Example, for a slot 10:15–11:45 UTC:

    11:30 – 11:50 Closing                        <- ends 5 minutes after the slot

Move the segment into the slot, or check that the times are in the slot's zone.",
    origin: Origin::Check,
};

/// The first segment does not start with the session.
pub const START_OFFSET: Rule = Rule {
    code: "start-offset",
    severity: Severity::Warning,
    summary: "the first segment does not start at 00:00 or at the slot's start",
    explanation: "\
The earliest segment starts after the session does, leaving the opening minutes unplanned
(or, with offsets, starts before the session starts).

Example:

    00:05 – 00:15 Introductions                  <- what happens from 00:00 to 00:05?

Start the first segment at 00:00 (or at the slot's start time when the breakdown uses clock
times), or add a segment for the opening minutes.",
    origin: Origin::Check,
};

/// The rules of this family.
pub const RULES: &[Rule] = &[SLOT_MISMATCH, OUTSIDE_SLOT, START_OFFSET];

/// Minutes from the slot's local start time to the clock time `t`, taken within half a
/// day either way (so a slot across midnight still works).
fn offset(slot: &Slot, t: NaiveTime) -> i64 {
    let start = slot.start.time();
    let a = i64::from(start.hour() * 60 + start.minute());
    let b = i64::from(t.hour() * 60 + t.minute());
    (b - a + 720).rem_euclid(1440) - 720
}

fn clock(t: NaiveTime) -> String {
    t.format("%H:%M").to_string()
}

/// Runs the rules of this family.
pub fn check(cx: &Context, out: &mut Vec<Diagnostic>) {
    let s = cx.session;
    let slot = s.slot.as_ref();
    let slot_len = slot.map(|sl| (sl.value.end - sl.value.start).num_minutes());
    if let (Some(sl), Some(len)) = (slot, slot_len) {
        let when = format!(
            "{}–{} {}",
            clock(sl.value.start.time()),
            clock(sl.value.end.time()),
            zone_name(&sl.value.zone)
        );
        if len <= 0 {
            out.push(
                SLOT_MISMATCH
                    .diag(format!("the slot ({when}) ends before it starts"), sl.span)
                    .with_help("correct the slot's start or end"),
            );
        } else if let Some(d) = s.declared_minutes.as_ref().filter(|d| i64::from(d.value) != len) {
            out.push(
                SLOT_MISMATCH
                    .diag(
                        format!("the slot lasts {} ({when}) but the session is declared as {} minutes", plural(len, "minute"), d.value),
                        sl.span,
                    )
                    .with_label(format!("{} long", plural(len, "minute")))
                    .with_secondary(d.span, "declared here")
                    .with_help("correct the slot's end or the declared duration"),
            );
        }
    }
    let first = s.segments.iter().min_by_key(|seg| (seg.start.value, seg.end.value));
    if let (Some(sl), Some(len)) = (slot, slot_len.filter(|&l| l > 0)) {
        let slot_end = clock(sl.value.end.time());
        let slot_start = clock(sl.value.start.time());
        let zone = zone_name(&sl.value.zone);
        let mut reported = false;
        for seg in &s.segments {
            let Some((t0, t1)) = seg.clock else { continue };
            let (o0, o1) = (offset(&sl.value, t0), offset(&sl.value, t1));
            let finding = if o0 < 0 {
                Some((seg.start.span, format!("segment {} starts at {}, {} before the slot starts at {slot_start} {zone}", quote(&seg.title.value), clock(t0), plural(-o0, "minute"))))
            } else if o0 > len {
                Some((seg.start.span, format!("segment {} starts at {}, after the slot ends at {slot_end} {zone}", quote(&seg.title.value), clock(t0))))
            } else if o1 > len {
                Some((seg.end.span, format!("segment {} ends at {}, {} after the slot ends at {slot_end} {zone}", quote(&seg.title.value), clock(t1), plural(o1 - len, "minute"))))
            } else {
                None
            };
            if let Some((span, message)) = finding {
                reported = true;
                out.push(
                    OUTSIDE_SLOT
                        .diag(message, span)
                        .with_label("outside the slot")
                        .with_secondary(sl.span, "the slot")
                        .with_help(format!("keep every time between {slot_start} and {slot_end} ({zone})")),
                );
            }
        }
        // With clock times, the first segment should start when the slot does.
        if let Some((seg, Some((t0, _)))) = first.map(|f| (f, f.clock)) {
            let o = offset(&sl.value, t0);
            if o > 0 && !reported {
                out.push(
                    START_OFFSET
                        .diag(format!("the first segment starts at {}, {} after the slot starts at {slot_start} {zone}", clock(t0), plural(o, "minute")), seg.start.span)
                        .with_secondary(sl.span, "the slot")
                        .with_help(format!("start the first segment at {slot_start}, or add one for the opening minutes")),
                );
            }
            return;
        }
    }
    if let Some(seg) = first.filter(|f| f.clock.is_none() && f.start.value != 0) {
        let st = i64::from(seg.start.value);
        let message = if st > 0 {
            format!("the first segment starts at {}, leaving the first {} unplanned", hm(st), plural(st, "minute"))
        } else {
            format!("the first segment starts at {}, before the session starts", hm(st))
        };
        out.push(START_OFFSET.diag(message, seg.start.span).with_help("start the first segment at 00:00"));
    }
}
