//! The run-sheet as JSON: the [`Sheet`] data as it is, for other tools.
//!
//! `runsheet sheet --format json` writes an array of sheets, one per session, for one input
//! or many; the library's [`json`](fn@super::json) gives one session's sheet as an object.
//! Field names are those of the Rust types (`rows[].clocks[].text`, `rows[].cues[].kind`, ...).

use super::Sheet;

/// Renders the sheets as a pretty-printed JSON array with a final newline.
pub fn render(sheets: &[Sheet]) -> String {
    finish(serde_json::to_string_pretty(sheets))
}

/// Renders one sheet as a pretty-printed JSON object with a final newline.
pub fn render_one(sheet: &Sheet) -> String {
    finish(serde_json::to_string_pretty(sheet))
}

fn finish(text: serde_json::Result<String>) -> String {
    let mut out = text.expect("sheets serialise: plain strings and numbers");
    out.push('\n');
    out
}
