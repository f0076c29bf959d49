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
    fn render<'a>(&self, files: &[FileReport<'a>]) -> String {
        let renderer = if self.color {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        let mut out = String::new();
        for f in files {
            let name = escape_controls(&f.source.name).into_owned();
            for d in f.diagnostics {
                let level = match d.severity {
                    Severity::Error => Level::ERROR,
                    Severity::Warning => Level::WARNING,
                    Severity::Note => Level::NOTE,
                };
                let title = level
                    .primary_title(escape_controls(&d.message))
                    .id(d.code.as_str());
                let mut group: Group<'_> = if d.is_file_level() {
                    title.element(Origin::path(name.as_str()))
                } else {
                    let mut primary = AnnotationKind::Primary.span(d.span.start..d.span.end);
                    if let Some(label) = &d.label {
                        primary = primary.label(label.as_str());
                    }
                    // Labels on the primary line share its snippet; labels on other lines get
                    // snippets of their own, so each long line is trimmed around its own caret.
                    let (same, other): (Vec<_>, Vec<_>) =
                        d.secondary.iter().partition(|l| l.span.line == d.span.line);
                    let context = |l: &'a crate::validate::Label| {
                        AnnotationKind::Context
                            .span(l.span.start..l.span.end)
                            .label(l.message.as_str())
                    };
                    let snippet = Snippet::source(f.source.text.as_str())
                        .line_start(1)
                        .path(name.as_str())
                        .annotation(primary)
                        .annotations(same.into_iter().map(context));
                    let mut group = title.element(snippet);
                    for l in other {
                        group = group.element(
                            Snippet::source(f.source.text.as_str())
                                .line_start(1)
                                .path(name.as_str())
                                .annotation(context(l)),
                        );
                    }
                    group
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
