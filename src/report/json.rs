//! `--format json`: one array of flat objects, the stable machine-readable contract.
//!
//! Each object is `{code, severity, message, file, line, column, end_line, end_column,
//! help}`: lines and columns are 1-based, columns count characters, the end is the
//! position just after the last character; the four positions are `null` for a finding
//! about the whole file, `help` is `null` where no fix is known.

use serde::Serialize;

use super::{FileReport, Reporter, region};

/// The JSON reporter.
#[derive(Debug, Clone, Copy, Default)]
pub struct Json;

#[derive(Serialize)]
struct Item<'a> {
    code: &'a str,
    severity: &'a str,
    message: &'a str,
    file: &'a str,
    line: Option<u32>,
    column: Option<u32>,
    end_line: Option<u32>,
    end_column: Option<u32>,
    help: Option<&'a str>,
    /// Places in other inputs the finding involves (absent when none).
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    related: &'a [crate::validate::Related],
}

impl Reporter for Json {
    fn render(&self, files: &[FileReport<'_>]) -> String {
        let mut items = Vec::new();
        for f in files {
            for d in f.diagnostics {
                let r = region(f.source, &d.span);
                items.push(Item {
                    code: &d.code,
                    severity: d.severity.as_str(),
                    message: &d.message,
                    file: &f.source.name,
                    line: r.map(|r| r.0.0),
                    column: r.map(|r| r.0.1),
                    end_line: r.map(|r| r.1.0),
                    end_column: r.map(|r| r.1.1),
                    help: d.help.as_deref(),
                    related: &d.related,
                });
            }
        }
        let mut out = serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".to_owned());
        out.push('\n');
        out
    }
}
