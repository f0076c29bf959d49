//! Renderers: pure functions from the model to bytes, one module per output.

pub mod ics;
pub mod json;
pub mod sheet;
pub mod text;

use crate::model::Session;

/// A file-name-safe lowercase ASCII form of `text`: every run of characters other than
/// ASCII letters and digits becomes one `-` (`IGF 2021 WS #119` → `igf-2021-ws-119`).
pub fn slug(text: &str) -> String {
    let ascii = deunicode::deunicode(text).to_ascii_lowercase();
    let mut out = String::new();
    for c in ascii.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// The file name stem every output of a session shares (`igf-2021-ws-119`): the slug of
/// its display name, at most 80 characters, or `session` when that is empty.
pub fn file_stem(session: &Session) -> String {
    let stem: String = slug(session.display_name()).chars().take(80).collect();
    let stem = stem.trim_end_matches('-');
    if stem.is_empty() { "session".to_owned() } else { stem.to_owned() }
}
