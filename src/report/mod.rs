//! Reporters: one per diagnostic output format, behind the small [`Reporter`] trait.
//!
//! A reporter turns the diagnostics of every checked file into the bytes of one output;
//! it never prints. The formats are documented in the README (`runsheet check`).

pub mod github;
pub mod human;
pub mod json;
pub mod sarif;

use crate::model::Span;
use crate::source::Source;
use crate::validate::{Diagnostic, Severity};

/// The diagnostics of one checked input, with the input they point into.
#[derive(Debug, Clone, Copy)]
pub struct FileReport<'a> {
    /// The input as read (its name is the file shown in every format).
    pub source: &'a Source,
    /// Its diagnostics, in the order to show them.
    pub diagnostics: &'a [Diagnostic],
}

/// One output format.
pub trait Reporter {
    /// Renders the diagnostics of every file as one output.
    fn render(&self, files: &[FileReport<'_>]) -> String;
}

/// Counts of a run, for the summary line and the exit code.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Totals {
    /// Files checked.
    pub files: usize,
    /// Diagnostics at error severity.
    pub errors: usize,
    /// Diagnostics at warning severity.
    pub warnings: usize,
    /// Diagnostics at note severity.
    pub notes: usize,
}

impl Totals {
    /// Counts the diagnostics of `files`.
    pub fn of(files: &[FileReport<'_>]) -> Totals {
        let mut t = Totals { files: files.len(), ..Totals::default() };
        for d in files.iter().flat_map(|f| f.diagnostics) {
            match d.severity {
                Severity::Error => t.errors += 1,
                Severity::Warning => t.warnings += 1,
                Severity::Note => t.notes += 1,
            }
        }
        t
    }

    /// The summary line: `checked 2 files: 1 error, 3 warnings, 1 note`.
    pub fn summary(&self) -> String {
        let n = |k: usize, w: &str| if k == 1 { format!("1 {w}") } else { format!("{k} {w}s") };
        let mut s = format!("checked {}: {}, {}", n(self.files, "file"), n(self.errors, "error"), n(self.warnings, "warning"));
        if self.notes > 0 {
            s.push_str(&format!(", {}", n(self.notes, "note")));
        }
        s
    }
}

/// Start and end of a span as 1-based (line, column) pairs, the end being the position
/// just after the last character; `None` for a diagnostic about the whole file.
pub fn region(source: &Source, span: &Span) -> Option<((u32, u32), (u32, u32))> {
    (span.line > 0).then(|| ((span.line, span.column), source.line_col(span.end)))
}

#[cfg(test)]
pub(crate) mod fixture;
