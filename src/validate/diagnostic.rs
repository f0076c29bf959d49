//! A diagnostic as plain data: what a rule found, how serious it is, and where.

use serde::{Deserialize, Serialize};

use crate::model::Span;

/// How serious a diagnostic is. Ordered from most to least serious.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The agenda is wrong; `check` exits with 1.
    Error,
    /// Probably wrong or incomplete; reported but does not fail the run unless denied.
    Warning,
    /// Worth knowing; no action needed.
    Note,
}

impl Severity {
    /// The lower-case name used in every output format (`error`, `warning`, `note`).
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// A secondary place in the source that explains the primary one, with its label.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Label {
    /// The text pointed at.
    pub span: Span,
    /// What it is, e.g. `the session is declared as 90 minutes here`.
    pub message: String,
}

/// A place in another input that a finding across sessions involves (the other session of
/// a room overlap, the copy of a session given twice), where the reporter has only the
/// input the diagnostic is in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Related {
    /// The other input's name, as given.
    pub file: String,
    /// 1-based line of the place.
    pub line: u32,
    /// 1-based column, in Unicode scalar values.
    pub column: u32,
    /// What it is, e.g. `the other session`.
    pub message: String,
}

/// One finding of one rule about one input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// The rule's stable kebab-case code, e.g. `overrun`.
    pub code: String,
    /// How serious it is, after the run's levels were applied.
    pub severity: Severity,
    /// One sentence saying what is wrong.
    pub message: String,
    /// The text the diagnostic is about; a span with line 0 means the whole file.
    pub span: Span,
    /// A short label under the primary span, where one helps.
    pub label: Option<String>,
    /// Other places involved, each with its label.
    pub secondary: Vec<Label>,
    /// How to fix it, where a fix is known.
    pub help: Option<String>,
    /// Places in other inputs the finding involves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Related>,
}

impl Diagnostic {
    /// A diagnostic with `code`, `severity` and `message` at `span`, with nothing else.
    pub fn new(
        code: &str,
        severity: Severity,
        message: impl Into<String>,
        span: Span,
    ) -> Diagnostic {
        Diagnostic {
            code: code.to_owned(),
            severity,
            message: message.into(),
            span,
            label: None,
            secondary: Vec::new(),
            help: None,
            related: Vec::new(),
        }
    }

    /// Sets the label under the primary span.
    pub fn with_label(mut self, label: impl Into<String>) -> Diagnostic {
        self.label = Some(label.into());
        self
    }

    /// Adds a secondary span with its label (ignored when the span is not in the text).
    pub fn with_secondary(mut self, span: Span, message: impl Into<String>) -> Diagnostic {
        if span.line > 0 {
            self.secondary.push(Label {
                span,
                message: message.into(),
            });
        }
        self
    }

    /// Sets the help line.
    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// True when the diagnostic points at the whole file rather than at text in it.
    pub fn is_file_level(&self) -> bool {
        self.span.line == 0
    }
}

/// Formats minutes from the session start as `HH:MM` (`-00:10` when negative), the way
/// breakdowns write them.
pub fn hm(minutes: i64) -> String {
    let sign = if minutes < 0 { "-" } else { "" };
    let m = minutes.unsigned_abs();
    format!("{sign}{:02}:{:02}", m / 60, m % 60)
}

/// Quotes text taken from the input for a message: control characters escaped, long text
/// shortened to its first 40 characters with `…`.
pub fn quote(text: &str) -> String {
    let text = text.trim();
    let mut out = String::from("“");
    for (i, c) in text.chars().enumerate() {
        if i == 40 {
            out.push('…');
            break;
        }
        if crate::escape::is_unsafe(c) {
            out.push_str(&crate::escape::escape_char(c));
        } else {
            out.push(c);
        }
    }
    out.push('”');
    out
}

/// Escapes control characters and bidirectional overrides (see [`crate::escape`]).
pub use crate::escape::escape_controls;

/// `n` followed by `word`, with an `s` unless `n` is 1 (`1 minute`, `5 minutes`).
pub fn plural(n: i64, word: &str) -> String {
    if n == 1 || n == -1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}
