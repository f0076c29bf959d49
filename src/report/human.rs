//! `--format human`: rustc-style diagnostics drawn by annotate-snippets: the code and
//! message, `file:line:column`, the source line with a caret under the span, secondary
//! spans with their labels, and a help line.
//!
//! Colour is the caller's choice ([`Human::color`]). Nothing from the input reaches the
//! terminal raw: names, messages, labels and help are escaped with
//! [`escape_controls`]; in source lines annotate-snippets
//! draws C0 controls and DEL as control pictures (`␛`), and the C1 controls and
//! bidirectional overrides it would pass through are escaped here (`\u{9b}`, `\u{202e}`).
//!
//! Each snippet is given only the lines it shows, so the cost of a diagnostic does not grow
//! with the size of the file; a line longer than [`LONG_LINE`] bytes is shown in a window
//! around what is pointed at, and a span is underlined for at most [`MAX_SPAN`] bytes. The
//! `file:line:column` shown is always the position in the file.

use std::borrow::Cow;

use annotate_snippets::{Annotation, AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use rayon::prelude::*;

use super::{FileReport, Reporter};
use crate::escape::{escape_char, escape_controls, is_unsafe};
use crate::model::Span;
use crate::source::{Source, ceil_char, floor_char};
use crate::validate::Severity;

/// Lines longer than this many bytes are shown in a window around the text pointed at.
pub const LONG_LINE: usize = 8 * 1024;
/// Bytes kept on either side of the text pointed at when a long line is windowed.
const MARGIN: usize = 512;
/// A span is underlined for at most this many bytes; a longer one is drawn from its start.
pub const MAX_SPAN: usize = 4 * 1024;

/// The human reporter.
#[derive(Debug, Clone, Copy, Default)]
pub struct Human {
    /// Whether to use ANSI colours.
    pub color: bool,
}

/// The most places in other inputs a diagnostic lists as notes; the rest are counted.
const RELATED_SHOWN: usize = 10;

impl Reporter for Human {
    fn render<'a>(&self, files: &[FileReport<'a>]) -> String {
        // Each file's diagnostics are drawn on their own, on every core, then joined in order.
        files.par_iter().map(|f| self.file(f)).collect::<Vec<String>>().concat()
    }
}

impl Human {
    /// The diagnostics of one file, each followed by a blank line.
    fn file<'a>(&self, f: &FileReport<'a>) -> String {
        let renderer = if self.color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let mut out = String::new();
        let name = escape_controls(&f.source.name);
        for d in f.diagnostics {
            let level = match d.severity {
                Severity::Error => Level::ERROR,
                Severity::Warning => Level::WARNING,
                Severity::Note => Level::NOTE,
            };
            let title = level
                .primary_title(escape_controls(&d.message))
                .id(d.code.as_str());
            let mut fixes = Vec::new();
            let mut group: Group<'_> = if d.is_file_level() {
                title.element(Origin::path(name.as_ref()))
            } else {
                let primary = Mark {
                    span: d.span,
                    primary: true,
                    label: d.label.as_deref().map(escape_controls),
                };
                // Labels on the primary line (and near it) share its snippet; labels on
                // other lines get snippets of their own, so each long line is trimmed
                // around its own caret.
                let (same, other): (Vec<_>, Vec<_>) = d.secondary.iter().partition(|l| {
                    l.span.line == d.span.line && l.span.start.abs_diff(d.span.start) <= LONG_LINE
                });
                let context = |l: &'a crate::validate::Label| Mark {
                    span: l.span,
                    primary: false,
                    label: Some(escape_controls(&l.message)),
                };
                let mut marks = vec![primary];
                marks.extend(same.into_iter().map(context));
                let first = show(f.source, &name, marks);
                fixes.extend(first.fix);
                let mut group = title.element(first.snippet);
                for l in other {
                    let s = show(f.source, &name, vec![context(l)]);
                    fixes.extend(s.fix);
                    group = group.element(s.snippet);
                }
                group
            };
            // Places in other inputs (the other session of a room overlap between files),
            // each a note, unless the message already names it; past [`RELATED_SHOWN`], one
            // note counts the rest (every one is in the JSON and SARIF reports).
            let unnamed: Vec<_> = d
                .related
                .iter()
                .map(|r| (r, format!("{}:{}:{}", r.file, r.line, r.column)))
                .filter(|(_, at)| !d.message.contains(at.as_str()))
                .collect();
            for (r, at) in unnamed.iter().take(RELATED_SHOWN) {
                let note = escape_controls(&format!("{} at {at}", r.message)).into_owned();
                group = group.element(Level::NOTE.message(note));
            }
            if unnamed.len() > RELATED_SHOWN {
                let more = format!("and {} more places (all of them in --format json or sarif)", unnamed.len() - RELATED_SHOWN);
                group = group.element(Level::NOTE.message(more));
            }
            if let Some(help) = &d.help {
                group = group.element(Level::HELP.message(escape_controls(help)));
            }
            out.push_str(&fix_locations(renderer.render(&[group]), &fixes));
            out.push_str("\n\n");
        }
        out
    }
}

/// A span to draw, primary (`^`) or context (`-`), with its label.
struct Mark<'d> {
    span: Span,
    primary: bool,
    label: Option<Cow<'d, str>>,
}

/// A snippet for annotate-snippets, and, when the text it was given differs from the line
/// in the file (a window, escapes), the location it will show and the true one.
struct Shown<'a> {
    snippet: Snippet<'a, Annotation<'a>>,
    fix: Option<(String, String)>,
}

/// Builds the snippet for `marks` (the first one decides the location shown) from just the
/// lines they are on.
fn show<'a>(source: &Source, name: &str, marks: Vec<Mark<'a>>) -> Shown<'a> {
    let text = source.text.as_str();
    let clamp = |sp: Span| {
        let end = sp.end.min(floor_char(text, sp.start.saturating_add(MAX_SPAN)));
        (sp.start, end.max(sp.start))
    };
    let ranges: Vec<(usize, usize)> = marks.iter().map(|m| clamp(m.span)).collect();
    let lo = ranges.iter().map(|r| r.0).min().unwrap_or(0);
    let hi = ranges.iter().map(|r| r.1).max().unwrap_or(0);
    let first_line = source.line_col(lo).0;
    let last_line = source.line_col(hi).0;
    let (line_a, line_b) = (source.line_range(first_line), source.line_range(last_line));
    let mut a = line_a.start;
    let mut b = line_b.end.max(a);
    if line_a.len() > LONG_LINE && lo - a > MARGIN {
        a = floor_char(text, lo - MARGIN);
    }
    if line_b.len() > LONG_LINE && b.saturating_sub(hi) > MARGIN {
        b = ceil_char(text, hi + MARGIN);
    }
    let shown = Display::new(text, a, b, a > line_a.start);
    let annotations: Vec<Annotation<'a>> = marks.into_iter().zip(&ranges).map(|(m, &(s, e))| {
        let kind = if m.primary { AnnotationKind::Primary } else { AnnotationKind::Context };
        let ann = kind.span(shown.map(s.clamp(a, b))..shown.map(e.clamp(a, b)));
        match m.label {
            Some(l) => ann.label(l),
            None => ann,
        }
    }).collect();
    let lead = ranges.first().map_or(a, |r| r.0.clamp(a, b));
    let (line, column) = source.line_col(lead);
    let shown_column = shown.column(shown.map(lead));
    let fix = (shown_column != column as usize)
        .then(|| (format!("{name}:{line}:{shown_column}"), format!("{name}:{line}:{column}")));
    let snippet = Snippet::source(shown.text)
        .line_start(first_line as usize)
        .path(name.to_owned())
        .annotations(annotations);
    Shown { snippet, fix }
}

/// The text given to annotate-snippets for `text[a..b]`: an ellipsis first when the line
/// was cut, lone carriage returns as line feeds (so lines count as in [`Source`]), C1
/// controls and bidirectional overrides escaped; with the shifts that map offsets into it.
struct Display {
    text: String,
    a: usize,
    /// `(offset in the source after which the shift applies, total shift from there on)`.
    shifts: Vec<(usize, isize)>,
    lead: usize,
}

impl Display {
    fn new(src: &str, a: usize, b: usize, cut: bool) -> Display {
        let mut text = String::with_capacity(b - a + 4);
        if cut {
            text.push('…');
        }
        let lead = text.len();
        let mut shifts = Vec::new();
        let mut shift: isize = 0;
        for (i, c) in src[a..b].char_indices() {
            let at = a + i;
            match c {
                '\r' if src.as_bytes().get(at + 1) != Some(&b'\n') => text.push('\n'),
                // C0 controls and DEL are drawn by annotate-snippets as control pictures.
                c if is_unsafe(c) && !c.is_ascii_control() => {
                    let e = escape_char(c);
                    shift += e.len() as isize - c.len_utf8() as isize;
                    shifts.push((at + c.len_utf8(), shift));
                    text.push_str(&e);
                }
                c => text.push(c),
            }
        }
        Display { text, a, shifts, lead }
    }

    /// The offset in [`Display::text`] of source offset `at` (within `a..=b`).
    fn map(&self, at: usize) -> usize {
        let k = self.shifts.partition_point(|&(from, _)| from <= at);
        let shift = if k == 0 { 0 } else { self.shifts[k - 1].1 };
        (at - self.a + self.lead).saturating_add_signed(shift)
    }

    /// The 1-based column, in characters, annotate-snippets shows for display offset `at`.
    fn column(&self, at: usize) -> usize {
        let before = &self.text[..at];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        before[line_start..].chars().count() + 1
    }
}

/// Puts the true `file:line:column` in place of the ones annotate-snippets computed from the
/// text it was given, in the order the snippets were added.
fn fix_locations(mut rendered: String, fixes: &[(String, String)]) -> String {
    let mut from = 0;
    for (shown, truth) in fixes {
        if let Some(i) = rendered[from..].find(shown.as_str()) {
            rendered.replace_range(from + i..from + i + shown.len(), truth);
            from += i + truth.len();
        }
    }
    rendered
}
