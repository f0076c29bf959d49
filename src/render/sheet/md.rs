//! The run-sheet as a GitHub-flavoured Markdown page (`templates/sheet.md`).
//!
//! Input text goes through the template's `md` filter ([`escape`]), so a title cannot
//! break the table, start a heading, make a link or inject HTML.

use minijinja::{Environment, context};

use super::{Sheet, SheetError, escape_controls};

const TEMPLATE: &str = include_str!("../../../templates/sheet.md");

/// Renders the sheets as one Markdown document, separated by horizontal rules.
///
/// # Errors
/// [`SheetError::Template`] if the template fails (a bug in runsheet, not in the input).
pub fn render(sheets: &[Sheet]) -> Result<String, SheetError> {
    let err = |e: minijinja::Error| SheetError::Template { format: "md", message: format!("{e:#}") };
    let mut env = Environment::new();
    env.add_filter("md", |s: String| escape(&s));
    env.add_template("sheet.md", TEMPLATE).map_err(err)?;
    let out = env.get_template("sheet.md").map_err(err)?.render(context! { sheets => sheets }).map_err(err)?;
    Ok(format!("{}\n", out.trim_end()))
}

/// Escapes text for a Markdown table cell: whitespace runs become one space, `& < >` become
/// entities, Markdown punctuation and `|` get a backslash, control characters are made visible.
pub fn escape(s: &str) -> String {
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let flat = escape_controls(&flat);
    let mut out = String::with_capacity(flat.len() + 8);
    for c in flat.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '#' | '~' | '!' | '$' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}
