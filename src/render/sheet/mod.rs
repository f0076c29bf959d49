//! Moderator run-sheets: the page a moderator holds on the day.
//!
//! [`build`] turns a [`Session`] into a plain [`Sheet`]: a header, one row per agenda
//! segment with its clock time in each zone, its offset from the start, its length, who is
//! on and its cues (a warning before the end and a hard end, computed, never typed), and a
//! final row for the end of the session. Each output format is one module that only lays
//! that data out: [`text`](mod@text), [`md`](mod@md), [`html`](mod@html), [`json`](mod@json) and [`csv`](mod@csv). Everything here is pure:
//! the same session and options give the same bytes.

mod build;
mod classify;
pub mod csv;
pub mod html;
pub mod json;
pub mod live;
pub mod md;
pub mod text;

use chrono::{DateTime, FixedOffset};
use serde::Serialize;

use crate::model::{Session, Zone};
use crate::time::TimeError;

pub use build::build;

/// What the run-sheet shows beyond the session itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetOptions {
    /// Zones to show a clock column for, after the venue's zone (duplicates are dropped).
    pub zones: Vec<Zone>,
    /// Minutes before each segment's (or turn's) end at which the warning falls; 0 for none.
    pub warn_minutes: u32,
    /// Split each speakers' segment into equal turns, one per speaker.
    pub per_speaker: bool,
    /// The start instant and venue zone to use for a session that has no slot.
    pub start: Option<(DateTime<FixedOffset>, Zone)>,
}

impl Default for SheetOptions {
    fn default() -> Self {
        SheetOptions { zones: Vec::new(), warn_minutes: 2, per_speaker: false, start: None }
    }
}

/// Why a run-sheet could not be produced.
#[derive(Debug, thiserror::Error)]
pub enum SheetError {
    /// A zone or instant could not be handled by the tz database.
    #[error(transparent)]
    Time(#[from] TimeError),
    /// A template failed to render (a bug in runsheet, not in the input).
    #[error("rendering the {format} template: {message}")]
    Template {
        /// The template's name.
        format: &'static str,
        /// What minijinja said.
        message: String,
    },
    /// The CSV writer failed.
    #[error("writing CSV: {0}")]
    Csv(String),
    /// The slot ends before it starts, so no clock time on the sheet would be right.
    #[error("{session} ends ({end}) before it starts ({start})")]
    EndBeforeStart {
        /// The session's display name.
        session: String,
        /// The start, RFC 3339.
        start: String,
        /// The end, RFC 3339.
        end: String,
    },
}

/// A run-sheet, computed from a session and ready to be laid out in any format.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sheet {
    /// The name used in messages and file names (id, else title, else `session`).
    pub name: String,
    /// The identifier as written, where there is one.
    pub id: Option<String>,
    /// The title, where there is one.
    pub title: Option<String>,
    /// The date of the session in the venue's zone (`Friday 10 December 2021`).
    pub date: Option<String>,
    /// Where the clock times come from: `slot`, `--start`, or null for offsets only.
    pub clock_source: Option<String>,
    /// The room, where known.
    pub room: Option<String>,
    /// The declared format (`Panel`), where known.
    pub format: Option<String>,
    /// The declared room layout (`Auditorium`), where known.
    pub layout: Option<String>,
    /// The declared duration in minutes, where known.
    pub declared_minutes: Option<u32>,
    /// The length the sheet runs for, in minutes.
    pub length_minutes: i32,
    /// Moderators in the room (and moderators whose place is not stated).
    pub onsite_moderators: Vec<String>,
    /// Moderators of the online participants.
    pub online_moderators: Vec<String>,
    /// Rapporteurs.
    pub rapporteurs: Vec<String>,
    /// The warning lead time used, in minutes (0 when warnings are off).
    pub warn_minutes: u32,
    /// One clock column per zone, the venue's first; empty when the sheet has offsets only.
    pub columns: Vec<Column>,
    /// The rows, in time order, ending with the end of the session.
    pub rows: Vec<Row>,
    /// What the reader should know: assumptions made, remainders, missing times.
    pub notes: Vec<String>,
    /// The instant of T+00:00, where the sheet has clock times; the HTML page's live view
    /// counts from it. Not in the JSON, whose rows carry the clock times.
    #[serde(skip)]
    pub start: Option<DateTime<FixedOffset>>,
}

/// A clock column: one zone, labelled with its abbreviation on the session's date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Column {
    /// The zone as runsheet names it (`UTC`, `Europe/Warsaw`, `UTC+03:00`).
    pub zone: String,
    /// The zone's abbreviation at the start of the session (`CET`, `UTC`, `-03`).
    pub label: String,
    /// The session's start in this zone.
    pub start: Clock,
    /// The session's end in this zone.
    pub end: Clock,
    /// True when the zone's clock passes midnight during the session.
    pub crosses_midnight: bool,
}

/// A clock time in one zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Clock {
    /// `HH:MM` on a 24-hour clock.
    pub time: String,
    /// Days after (or before, negative) the session's date in the venue's zone.
    pub day_offset: i64,
    /// The zone's abbreviation at this instant (differs from the column's across a DST change).
    pub abbreviation: String,
    /// What to print: the time, then `+1d` / `-1d` and the abbreviation where they differ
    /// from the column's.
    pub text: String,
}

/// What a row stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RowKind {
    /// An agenda segment.
    Segment,
    /// One speaker's turn within a segment split with `--per-speaker`.
    Turn,
    /// Minutes left over when a segment does not split evenly into turns.
    Buffer,
    /// Time between two segments that the agenda does not fill.
    Gap,
    /// The end of the session.
    End,
}

/// One line of the run-sheet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Row {
    /// What the row stands for.
    pub kind: RowKind,
    /// Minutes from the session start.
    pub offset: i32,
    /// The offset as printed (`T+00:15`).
    pub offset_text: String,
    /// Length in minutes (0 for the end row).
    pub minutes: i32,
    /// The start in each clock column.
    pub clocks: Vec<Clock>,
    /// What happens.
    pub title: String,
    /// Who is on, in speaking order, each with their part where it matters.
    pub who: Vec<String>,
    /// How `who` was found when the segment listed no one (e.g. speakers assumed).
    pub who_note: Option<String>,
    /// Longer notes for the moderator from the agenda, or how a segment was split.
    pub note: Option<String>,
    /// True when the turn rows that follow split this segment (layouts then name the
    /// speakers on the turns rather than here).
    pub split: bool,
    /// The cues, in time order.
    pub cues: Vec<Cue>,
    /// 1-based source line of the agenda entry, where the row comes from one.
    pub line: Option<u32>,
}

/// What a cue asks the moderator to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CueKind {
    /// A cue the organiser wrote in the agenda.
    Typed,
    /// Signal that time is nearly up.
    Warning,
    /// A turn ends; the next speaker is on.
    Handover,
    /// The segment must end now.
    HardEnd,
}

/// A timed instruction for the moderator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cue {
    /// What kind of cue it is.
    pub kind: CueKind,
    /// Minutes from the session start.
    pub offset: i32,
    /// The offset as printed (`T+00:13`).
    pub offset_text: String,
    /// The instant in each clock column.
    pub clocks: Vec<Clock>,
    /// What to do (`2 min left`, `hard end`, the organiser's text).
    pub text: String,
}

impl Cue {
    /// The time to print for the cue: the first clock, else the offset.
    pub fn when(&self) -> &str {
        self.clocks.first().map_or(self.offset_text.as_str(), |c| c.text.as_str())
    }
}

/// Formats minutes from the start as `T+00:15` (`T-00:05` when negative).
pub fn offset_text(minutes: i32) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let m = minutes.unsigned_abs();
    format!("T{sign}{:02}:{:02}", m / 60, m % 60)
}

/// Escapes control characters and bidirectional overrides (see [`crate::escape`]).
pub use crate::escape::escape_controls;

/// Makes control characters other than tab and line breaks (and bidirectional overrides)
/// visible, for whole documents (HTML, CSV); see [`crate::escape`].
pub(crate) fn visible_controls(s: String) -> String {
    crate::escape::escape_controls_in_document(s)
}

/// The run-sheet of `session` as aligned plain text (no colour).
///
/// # Errors
/// [`SheetError`] when a zone cannot be handled.
pub fn text(session: &Session, options: &SheetOptions) -> Result<String, SheetError> {
    Ok(text::render(&[build(session, options)?], false))
}

/// The run-sheet of `session` as a GitHub Markdown page.
///
/// # Errors
/// [`SheetError`] when a zone cannot be handled or the template fails.
pub fn md(session: &Session, options: &SheetOptions) -> Result<String, SheetError> {
    md::render(&[build(session, options)?])
}

/// The run-sheet of `session` as one self-contained HTML page that prints on one sheet.
///
/// # Errors
/// [`SheetError`] when a zone cannot be handled or the template fails.
pub fn html(session: &Session, options: &SheetOptions) -> Result<String, SheetError> {
    html::render(&[build(session, options)?])
}

/// The run-sheet of `session` as JSON.
///
/// # Errors
/// [`SheetError`] when a zone cannot be handled.
pub fn json(session: &Session, options: &SheetOptions) -> Result<String, SheetError> {
    Ok(json::render_one(&build(session, options)?))
}

/// The run-sheet of `session` as CSV, one record per row and per cue.
///
/// # Errors
/// [`SheetError`] when a zone cannot be handled or the writer fails.
pub fn csv(session: &Session, options: &SheetOptions) -> Result<String, SheetError> {
    csv::render(&[build(session, options)?])
}
