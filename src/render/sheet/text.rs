//! The run-sheet as aligned plain text that fits 100 columns, for a terminal or a printer.
//!
//! Colour (ANSI) is added only when the caller asks for it, which the binary does only
//! when writing to a terminal. Every piece of input text is passed through
//! [`escape_controls`], so a proposal cannot send control sequences to the terminal.

use std::fmt::Write as _;

use unicode_width::UnicodeWidthStr;

use super::{CueKind, Row, RowKind, Sheet, escape_controls};

/// The width the sheet fits in.
pub const WIDTH: usize = 100;

const BOLD: &str = "\x1b[1m";
const YELLOW: &str = "\x1b[33m";
const RED: &str = "\x1b[31m";
const DIM: &str = "\x1b[2m";
const RESET: &str = "\x1b[0m";

/// Renders the sheets one after another, separated by a line of `=`.
pub fn render(sheets: &[Sheet], color: bool) -> String {
    let parts: Vec<String> = sheets.iter().map(|s| one(s, color)).collect();
    parts.join(&format!("\n{}\n\n", "=".repeat(WIDTH)))
}

fn paint(color: bool, code: &str, s: &str) -> String {
    if color { format!("{code}{s}{RESET}") } else { s.to_owned() }
}

fn clean(s: &str) -> String {
    escape_controls(&s.split_whitespace().collect::<Vec<_>>().join(" ")).into_owned()
}

fn wrap(s: &str, width: usize) -> Vec<String> {
    wrap_hanging(s, width, "")
}

/// Wraps `s` to `width` columns, indenting every line after the first by `hang`.
fn wrap_hanging(s: &str, width: usize, hang: &str) -> Vec<String> {
    let options = textwrap::Options::new(width).break_words(true).subsequent_indent(hang);
    textwrap::wrap(s, options).into_iter().map(|l| l.into_owned()).collect()
}

fn pad(s: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

fn header(sheet: &Sheet, color: bool, out: &mut String) {
    let mut first = clean(sheet.id.as_deref().unwrap_or(""));
    if let Some(t) = &sheet.title {
        if !first.is_empty() {
            first.push_str(" · ");
        }
        first.push_str(&clean(t));
    }
    if first.is_empty() {
        first = clean(&sheet.name);
    }
    for line in wrap(&first, WIDTH) {
        let _ = writeln!(out, "{}", paint(color, BOLD, &line));
    }
    let mut when: Vec<String> = sheet.date.iter().cloned().collect();
    for c in &sheet.columns {
        let zone = if c.zone == c.label { String::new() } else { format!(" ({})", c.zone) };
        when.push(format!("{}–{} {}{zone}", c.start.text, c.end.text, c.label));
    }
    if sheet.columns.is_empty() {
        when.push(format!("no clock times: offsets from the start, {} min", sheet.length_minutes));
    }
    let mut facts = Vec::new();
    if let Some(r) = &sheet.room {
        facts.push(format!("Room: {}", clean(r)));
    }
    let fmt: Vec<String> = [&sheet.format, &sheet.layout].iter().filter_map(|f| f.as_deref()).map(clean).collect();
    if !fmt.is_empty() {
        facts.push(format!("Format: {}", fmt.join(", ")));
    }
    if let Some(d) = sheet.declared_minutes {
        facts.push(format!("Declared: {d} min"));
    }
    let people = |label: &str, names: &[String]| {
        (!names.is_empty()).then(|| format!("{label}: {}", names.iter().map(|n| clean(n)).collect::<Vec<_>>().join(", ")))
    };
    let roles: Vec<String> = [
        people("Moderator", &sheet.onsite_moderators),
        people("Online moderator", &sheet.online_moderators),
        people("Rapporteur", &sheet.rapporteurs),
    ]
    .into_iter()
    .flatten()
    .collect();
    for group in [when, facts, roles] {
        if !group.is_empty() {
            for line in wrap(&group.join(" · "), WIDTH) {
                let _ = writeln!(out, "{line}");
            }
        }
    }
    let warn = if sheet.warn_minutes > 0 { format!("warning {} min before each end", sheet.warn_minutes) } else { "no warnings".to_owned() };
    let _ = writeln!(out, "Cues: {warn}; tick [ ] when given.");
}

fn one(sheet: &Sheet, color: bool) -> String {
    let mut out = String::new();
    header(sheet, color, &mut out);
    out.push('\n');
    let clock_widths: Vec<usize> = sheet
        .columns
        .iter()
        .enumerate()
        .map(|(i, c)| {
            sheet.rows.iter().map(|r| UnicodeWidthStr::width(r.clocks[i].text.as_str())).chain([c.label.width()]).max().unwrap_or(5)
        })
        .collect();
    let offset_w = sheet.rows.iter().map(|r| r.offset_text.len()).max().unwrap_or(7).max(2);
    let min_w = sheet.rows.iter().map(|r| r.minutes.to_string().len()).max().unwrap_or(1).max(3);
    let fixed: usize = clock_widths.iter().map(|w| w + 2).sum::<usize>() + offset_w + 2 + min_w + 2;
    let main_w = WIDTH.saturating_sub(fixed).max(30);
    let mut head = String::new();
    for (c, w) in sheet.columns.iter().zip(&clock_widths) {
        head.push_str(&pad(&c.label, *w + 2));
    }
    head.push_str(&pad("T+", offset_w + 2));
    head.push_str(&format!("{:>min_w$}  ", "Min"));
    head.push_str("What · who · cues");
    let _ = writeln!(out, "{}", paint(color, BOLD, &head));
    let _ = writeln!(out, "{}", "-".repeat(fixed + main_w.min(WIDTH - fixed.min(WIDTH))));
    let indent = " ".repeat(fixed);
    for (i, row) in sheet.rows.iter().enumerate() {
        if i > 0 && row.kind != RowKind::Turn && row.kind != RowKind::Buffer {
            out.push('\n');
        }
        let mut left = String::new();
        for (clk, w) in row.clocks.iter().zip(&clock_widths) {
            left.push_str(&pad(&clk.text, *w + 2));
        }
        left.push_str(&pad(&row.offset_text, offset_w + 2));
        let mins = if row.kind == RowKind::End { String::new() } else { row.minutes.to_string() };
        left.push_str(&format!("{mins:>min_w$}  "));
        let lines = main_lines(row, main_w, color);
        for (k, line) in lines.iter().enumerate() {
            let lead = if k == 0 { left.as_str() } else { indent.as_str() };
            let _ = writeln!(out, "{}", format!("{lead}{line}").trim_end());
        }
    }
    if !sheet.notes.is_empty() {
        let _ = writeln!(out, "\nNotes:");
        for note in &sheet.notes {
            for (k, line) in wrap(&clean(note), WIDTH - 2).iter().enumerate() {
                let _ = writeln!(out, "{}{}", if k == 0 { "- " } else { "  " }, paint(color, DIM, line));
            }
        }
    }
    out
}

fn main_lines(row: &Row, width: usize, color: bool) -> Vec<String> {
    let nest = if matches!(row.kind, RowKind::Turn | RowKind::Buffer) { "  " } else { "" };
    let w = width.saturating_sub(nest.len()).max(20);
    let mut lines = Vec::new();
    for l in wrap(&clean(&row.title), w) {
        lines.push(format!("{nest}{}", if row.kind == RowKind::Turn { l } else { paint(color, BOLD, &l) }));
    }
    if !row.who.is_empty() && row.kind != RowKind::Turn {
        let who = format!("On: {}", row.who.iter().map(|n| clean(n)).collect::<Vec<_>>().join(", "));
        lines.extend(wrap(&who, w).into_iter().map(|l| format!("{nest}{l}")));
    }
    for note in row.who_note.iter().chain(&row.note) {
        lines.extend(wrap(&clean(note), w).into_iter().map(|l| format!("{nest}{}", paint(color, DIM, &l))));
    }
    for cue in &row.cues {
        let text = format!("[ ] {}  {}", cue.when(), clean(&cue.text));
        let code = match cue.kind {
            CueKind::Warning => YELLOW,
            CueKind::HardEnd => RED,
            CueKind::Handover | CueKind::Typed => BOLD,
        };
        for l in wrap_hanging(&text, w, "    ") {
            lines.push(format!("{nest}{}", paint(color, code, &l)));
        }
    }
    lines
}
