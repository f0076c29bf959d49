//! The run-sheet as JSON: the [`Sheet`](super::Sheet) data as it is, for other tools.
//!
//! One object for one sheet, an array for several; field names are those of the Rust
//! types (`rows[].clocks[].text`, `rows[].cues[].kind`, ...).

use super::Sheet;

/// Renders the sheets as pretty-printed JSON with a final newline.
pub fn render(sheets: &[Sheet]) -> String {
    let mut out = if sheets.len() == 1 {
        serde_json::to_string_pretty(&sheets[0])
    } else {
        serde_json::to_string_pretty(sheets)
    }
    .expect("sheets serialise: plain strings and numbers");
    out.push('\n');
    out
}
