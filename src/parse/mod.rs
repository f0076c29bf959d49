//! Parsers that turn source text into a [`Session`](crate::model::Session).
//!
//! One module per input notation; [`parse`] tells them apart by content. The time
//! notations shared by every input live in [`notation`] and [`slot`]; every note code is
//! defined in [`codes`].

pub mod agenda;
pub mod codes;
pub mod igf;
pub mod lines;
pub mod names;
pub mod notation;
pub mod people;
pub mod slot;
pub mod timing;

use crate::model::{Session, Span};
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

/// Parses one input, choosing the notation from its content.
///
/// # Errors
/// A [`ParseError`] when the input is in a structured notation (TOML) and is malformed.
pub fn parse(source: &Source) -> Result<Session, ParseError> {
    if agenda::looks_like_agenda(&source.text) {
        return agenda::parse(source);
    }
    Ok(igf::parse(source))
}
