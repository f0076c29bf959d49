//! The run-sheet as one self-contained HTML page (`templates/sheet.html`).
//!
//! Inline CSS and one inline script, no fonts or images fetched: the page works offline,
//! prints on one A4 or Letter page (`@page`, print styles, a large clock column, a tick box
//! per cue) and reflows into stacked cards on a phone. With JavaScript on, the live view
//! ([`super::live`]) follows the clock on screen; nothing of it is printed. All input text is
//! HTML-escaped by minijinja's auto-escaping, which is on because the template's name ends in
//! `.html`; control characters are made visible (`\u{1b}`), so the page is safe on a
//! terminal too.

use minijinja::{Environment, context};
use serde::Serialize;

use super::{Sheet, SheetError, live, visible_controls};

const TEMPLATE: &str = include_str!("../../../templates/sheet.html");

/// The instants of one sheet's rows in UTC, for the live view (empty without clock times).
#[derive(Serialize)]
struct Instants {
    /// T+00:00.
    start: Option<String>,
    /// Each row's start and end.
    rows: Vec<(String, String)>,
}

impl Instants {
    fn of(sheet: &Sheet) -> Self {
        let Some(start) = sheet.start else { return Instants { start: None, rows: Vec::new() } };
        let rows =
            sheet.rows.iter().map(|r| (live::instant(start, r.offset), live::instant(start, r.offset + r.minutes))).collect();
        Instants { start: Some(live::instant(start, 0)), rows }
    }
}

/// Renders the sheets into one HTML document, each sheet starting on a new printed page.
///
/// # Errors
/// [`SheetError::Template`] if the template fails (a bug in runsheet, not in the input).
pub fn render(sheets: &[Sheet]) -> Result<String, SheetError> {
    let err = |e: minijinja::Error| SheetError::Template { format: "html", message: format!("{e:#}") };
    let mut env = Environment::new();
    env.add_template("sheet.html", TEMPLATE).map_err(err)?;
    let instants: Vec<Instants> = sheets.iter().map(Instants::of).collect();
    let ctx = context! {
        sheets => sheets,
        instants => instants,
        policy => live::content_security_policy(),
        script => minijinja::Value::from_safe_string(live::SCRIPT.to_owned()),
    };
    let mut out = env.get_template("sheet.html").map_err(err)?.render(ctx).map_err(err)?;
    out.push('\n');
    Ok(visible_controls(out))
}
