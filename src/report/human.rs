//! `--format human`: rustc-style diagnostics drawn by annotate-snippets: the code and
//! message, `file:line:column`, the source line with a caret under the span, secondary
//! spans with their labels, and a help line.
//!
//! Colour is the caller's choice ([`Human::color`]); control characters from the input are
//! shown escaped, never raw (annotate-snippets draws those in source lines as visible
//! symbols, and messages are escaped when they are built).

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use super::{FileReport, Reporter};
use crate::validate::Severity;
use crate::validate::diagnostic::escape_controls;

/// The human reporter.
#[derive(Debug, Clone, Copy, Default)]
pub struct Human {
    /// Whether to use ANSI colours.
    pub color: bool,
}

impl Reporter for Human {
    fn render(&self, files: &[FileReport<'_>]) -> String {
        let renderer = if self.color { Renderer::styled() } else { Renderer::plain() };
        let mut out = String::new();
        for f in files {
            let name = escape_controls(&f.source.name);
            for d in f.diagnostics {
                let level = match d.severity {
                    Severity::Error => Level::ERROR,
                    Severity::Warning => Level::WARNING,
                    Severity::Note => Level::NOTE,
                };
                let title = level.primary_title(escape_controls(&d.message)).id(d.code.as_str());
                let mut group: Group<'_> = if d.is_file_level() {
                    title.element(Origin::path(name.as_str()))
                } else {
                    let mut primary = AnnotationKind::Primary.span(d.span.start..d.span.end);
                    if let Some(label) = &d.label {
                        primary = primary.label(label.as_str());
                    }
                    let mut snippet = Snippet::source(f.source.text.as_str()).line_start(1).path(name.as_str()).annotation(primary);
                    for l in &d.secondary {
                        snippet = snippet.annotation(AnnotationKind::Context.span(l.span.start..l.span.end).label(l.message.as_str()));
                    }
                    title.element(snippet)
                };
                if let Some(help) = &d.help {
                    group = group.element(Level::HELP.message(help.as_str()));
                }
                out.push_str(&renderer.render(&[group]));
                out.push_str("\n\n");
            }
        }
        out
    }
}
