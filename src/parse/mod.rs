//! Parsers that turn source text into a [`Session`].
//!
//! One module per input notation; [`parse`] tells them apart by content. The time
//! notations shared by every input live in [`notation`] and [`slot`]; every note code is
//! defined in [`codes`].

pub mod agenda;
pub mod codes;
pub mod dates;
pub mod igf;
pub mod lines;
pub mod names;
pub mod notation;
pub mod people;
pub mod slot;
pub mod timing;
pub mod words;

use crate::model::{NoteLevel, ParseNote, Session, Span};
use crate::source::Source;

/// Input that could not be read at all (as opposed to text that was read with notes).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct ParseError {
    /// What went wrong, in one sentence.
    pub message: String,
    /// Where it went wrong.
    pub span: Span,
}

/// Parses one input, choosing the notation from its content, into every session it holds,
/// in text order: one for a TOML agenda and for most proposals, one per day or part when a
/// text holds several, each with its own timing. Never returns an empty list.
///
/// # Errors
/// A [`ParseError`] when the input is in a structured notation (TOML) and is malformed.
///
/// # Example
/// ```
/// use runsheet::{parse::parse, source::Source};
/// let text = "IGF 2021 WS #119 Title\n\nPanel - Auditorium - 90 Min\n\n\
///             Agenda\n00:00 - 00:15 Opening\n00:15 - 01:30 Debate\n";
/// let sessions = parse(&Source::new("p.txt", text)).unwrap();
/// assert_eq!(sessions.len(), 1);
/// let s = &sessions[0];
/// assert_eq!(s.declared_minutes.as_ref().unwrap().value, 90);
/// assert_eq!(s.segments[1].title.value, "Debate");
/// assert_eq!((s.segments[1].start.value, s.segments[1].end.value), (15, 90));
///
/// // The same session written as a TOML agenda reads back the same.
/// let toml = runsheet::parse::agenda::to_toml(s);
/// let again = parse(&Source::new("p.toml", toml)).unwrap();
/// assert_eq!(again[0].segments.len(), 2);
///
/// // Two days, each with its own agenda, are two sessions.
/// let text = "IGF 2020 WS #1 T\n\nDay 1\n10:00-10:10 A\n10:10-10:30 B\n\nBackground\n\n\
///             Day 2\n09:00-09:10 C\n09:10-09:40 D\n";
/// let days = parse(&Source::new("p.txt", text)).unwrap();
/// let ids: Vec<&str> = days.iter().map(|s| s.display_name()).collect();
/// assert_eq!(ids, ["IGF 2020 WS #1 (day 1)", "IGF 2020 WS #1 (day 2)"]);
/// ```
pub fn parse(source: &Source) -> Result<Vec<Session>, ParseError> {
    // A whole programme is not a proposal: read as prose it would give a session titled `{`.
    if let Some(what) = crate::schedule::programme_notation(&source.text) {
        return Err(ParseError {
            message: format!("this is {what}, a whole programme, not a proposal or agenda: give it with --schedule FILE (or to `runsheet export`)"),
            span: source.span(0, 0),
        });
    }
    if agenda::looks_like_agenda(&source.text) {
        let mut session = agenda::parse(source)?;
        session.notes.splice(0..0, utf8_notes(source));
        return Ok(vec![session]);
    }
    Ok(igf::parse(source))
}

/// One `invalid-utf8` note per run of replaced bytes, at its replacement character, saying
/// where the bytes stood in the file; past [`MAX_INVALID_RECORDED`] runs, one note for the
/// rest.
///
/// [`MAX_INVALID_RECORDED`]: crate::source::MAX_INVALID_RECORDED
pub(crate) fn utf8_notes(source: &Source) -> Vec<ParseNote> {
    let mut out: Vec<ParseNote> = source
        .invalid_utf8
        .iter()
        .map(|run| ParseNote {
            code: codes::INVALID_UTF8.into(),
            level: NoteLevel::Warning,
            message: format!("{} at byte {}", invalid_bytes(run.len), run.offset),
            span: source.span(run.start, run.end),
        })
        .collect();
    let more = source.invalid_utf8_total.saturating_sub(source.invalid_utf8.len());
    if let (true, Some(last)) = (more > 0, source.invalid_utf8.last()) {
        out.push(ParseNote {
            code: codes::INVALID_UTF8.into(),
            level: NoteLevel::Warning,
            message: format!(
                "{more} more runs of bytes that are not UTF-8 after byte {} were replaced by U+FFFD",
                last.offset
            ),
            span: Span::default(),
        });
    }
    out
}

/// `a byte that is not UTF-8 was replaced by U+FFFD`, or `n bytes ... were`.
fn invalid_bytes(n: usize) -> String {
    if n == 1 {
        "a byte that is not UTF-8 was replaced by U+FFFD".to_owned()
    } else {
        format!("{n} bytes that are not UTF-8 were replaced by U+FFFD")
    }
}
