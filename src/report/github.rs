//! `--format github`: GitHub Actions workflow commands, one line per diagnostic, which
//! GitHub shows as annotations on the pull request.
//!
//! `::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=CODE::MESSAGE` (notes are
//! `::notice`), with the escaping GitHub requires: `%`, CR and LF in the message, and also
//! `:` and `,` in property values; other controls are shown escaped.

use std::fmt::Write as _;

use super::{FileReport, Reporter, region};
use crate::validate::Severity;

/// The GitHub Actions reporter.
#[derive(Debug, Clone, Copy, Default)]
pub struct Github;

/// GitHub's escaping, plus every other control character and bidirectional override shown
/// as an escape (`\u{1b}`), so a message quoting the input cannot steer the log viewer.
pub(crate) fn escape_data(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '%' => out.push_str("%25"),
            '\r' => out.push_str("%0D"),
            '\n' => out.push_str("%0A"),
            c if crate::escape::is_unsafe(c) => out.push_str(&crate::escape::escape_char(c)),
            c => out.push(c),
        }
    }
    out
}

/// [`escape_data`], and also `:` and `,`, for a property value (`file=`, `title=`).
pub(crate) fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

impl Reporter for Github {
    fn render(&self, files: &[FileReport<'_>]) -> String {
        let mut out = String::new();
        for f in files {
            for d in f.diagnostics {
                let kind = match d.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                    Severity::Note => "notice",
                };
                let mut props = format!("file={}", escape_property(&f.source.name));
                if let Some(((l, c), (el, ec))) = region(f.source, &d.span) {
                    let _ = write!(props, ",line={l},col={c},endLine={el},endColumn={ec}");
                }
                let _ = write!(props, ",title={}", escape_property(&d.code));
                let mut message = d.message.clone();
                if let Some(help) = &d.help {
                    message.push_str("\nhelp: ");
                    message.push_str(help);
                }
                let _ = writeln!(out, "::{kind} {props}::{}", escape_data(&message));
            }
        }
        out
    }
}
