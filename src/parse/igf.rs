//! IGF-style proposal text (placeholder until the proposal parser lands).

use crate::model::Session;
use crate::source::Source;

/// Parses proposal text into a session.
pub fn parse(_source: &Source) -> Session {
    Session::default()
}
