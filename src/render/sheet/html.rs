//! The run-sheet as one self-contained HTML page (`templates/sheet.html`).
//!
//! Inline CSS only, no scripts, no fonts or images fetched: the page works offline, prints
//! on one A4 or Letter page (`@page`, print styles, a large clock column, a tick box per
//! cue) and reflows into stacked cards on a phone. All input text is HTML-escaped by
//! minijinja's auto-escaping, which is on because the template's name ends in `.html`.

use minijinja::{Environment, context};

use super::{Sheet, SheetError};

const TEMPLATE: &str = include_str!("../../../templates/sheet.html");

/// Renders the sheets into one HTML document, each sheet starting on a new printed page.
///
/// # Errors
/// [`SheetError::Template`] if the template fails (a bug in runsheet, not in the input).
pub fn render(sheets: &[Sheet]) -> Result<String, SheetError> {
    let err = |e: minijinja::Error| SheetError::Template { format: "html", message: format!("{e:#}") };
    let mut env = Environment::new();
    env.add_template("sheet.html", TEMPLATE).map_err(err)?;
    let mut out = env.get_template("sheet.html").map_err(err)?.render(context! { sheets => sheets }).map_err(err)?;
    out.push('\n');
    Ok(out)
}
