//! The run-sheet as CSV: one record per row and one per cue, for spreadsheets.
//!
//! Every text cell that a spreadsheet would read as a formula (beginning with `=`, `+`, `-`,
//! `@`, a tab or a carriage return, as OWASP lists them) is prefixed with `'`, so opening the
//! file never runs anything typed into a proposal. The two numeric columns (`minutes`,
//! `line`) hold integers runsheet computed and are written as they are, so a negative length
//! stays the number `-5`. Control characters other than tab and line breaks are
//! made visible (`\u{1b}`).

use super::{Clock, Sheet, SheetError, visible_controls};

/// Renders the sheets as one CSV table with a header record. The clock columns are those
/// of the first sheet (`clock 1 (UTC)`, ...); a sheet with fewer zones leaves cells empty.
///
/// # Errors
/// [`SheetError::Csv`] if the writer fails (it writes to memory, so only on a bug).
pub fn render(sheets: &[Sheet]) -> Result<String, SheetError> {
    let zones = sheets.iter().map(|s| s.columns.len()).max().unwrap_or(0);
    let mut header: Vec<String> = ["session", "record", "kind", "offset", "minutes"].map(String::from).to_vec();
    for i in 0..zones {
        let label = sheets.first().and_then(|s| s.columns.get(i)).map(|c| format!("{} ({})", c.zone, c.label));
        header.push(label.unwrap_or_else(|| format!("clock {}", i + 1)));
    }
    header.extend(["title", "who", "note", "line"].map(String::from));
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    let err = |e: csv::Error| SheetError::Csv(e.to_string());
    w.write_record(header.iter().map(|h| neutralise(h).into_owned())).map_err(err)?;
    let clock_cells = |clocks: &[Clock]| -> Vec<String> {
        (0..zones).map(|i| clocks.get(i).map(|c| c.text.clone()).unwrap_or_default()).collect()
    };
    for sheet in sheets {
        for row in &sheet.rows {
            let kind = serde_json::to_value(row.kind).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
            let mut rec: Vec<String> =
                [sheet.name.as_str(), "row", &kind, &row.offset_text].map(|c| neutralise(c).into_owned()).to_vec();
            // A number runsheet computed is written as it is: `-5` minutes is not a formula.
            rec.push(row.minutes.to_string());
            rec.extend(clock_cells(&row.clocks).iter().map(|c| neutralise(c).into_owned()));
            let note: Vec<&str> = row.who_note.iter().chain(&row.note).map(String::as_str).collect();
            rec.extend([row.title.clone(), row.who.join("; "), note.join("; ")].iter().map(|c| neutralise(c).into_owned()));
            rec.push(row.line.map(|l| l.to_string()).unwrap_or_default());
            w.write_record(&rec).map_err(err)?;
            for cue in &row.cues {
                let kind = serde_json::to_value(cue.kind).ok().and_then(|v| v.as_str().map(String::from)).unwrap_or_default();
                let mut rec = vec![sheet.name.clone(), "cue".into(), kind, cue.offset_text.clone(), String::new()];
                rec.extend(clock_cells(&cue.clocks));
                rec.extend([cue.text.clone(), String::new(), String::new(), String::new()]);
                w.write_record(rec.iter().map(|c| neutralise(c).into_owned())).map_err(err)?;
            }
        }
    }
    let bytes = w.into_inner().map_err(|e| SheetError::Csv(e.to_string()))?;
    String::from_utf8(bytes).map(visible_controls).map_err(|e| SheetError::Csv(e.to_string()))
}

/// Prefixes `'` to a cell a spreadsheet would read as a formula.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => std::borrow::Cow::Owned(format!("'{cell}")),
        _ => std::borrow::Cow::Borrowed(cell),
    }
}
