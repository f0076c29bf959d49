//! `--format sarif`: SARIF 2.1.0, the static-analysis format GitHub code scanning reads.
//!
//! One run, with every rule in `tool.driver.rules` (code, summary, explanation, default
//! level) and one result per diagnostic. Columns count Unicode code points
//! (`columnKind: unicodeCodePoints`), as runsheet's spans do.

use serde_json::{Value, json};

use super::{FileReport, Reporter, region};
use crate::source::Source;
use crate::validate::{Diagnostic, Severity, catalog};

/// The SARIF reporter.
#[derive(Debug, Clone, Copy, Default)]
pub struct Sarif;

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

/// A file name as a relative URI reference: `/` separators, other unsafe bytes %-encoded.
fn uri(name: &str) -> String {
    let mut out = String::new();
    for b in name.replace('\\', "/").bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn location(source: &Source, span: &crate::model::Span) -> Value {
    let mut physical = json!({ "artifactLocation": { "uri": uri(&source.name) } });
    if let Some(((l, c), (el, ec))) = region(source, span) {
        physical["region"] =
            json!({ "startLine": l, "startColumn": c, "endLine": el, "endColumn": ec });
    }
    json!({ "physicalLocation": physical })
}

fn result(source: &Source, d: &Diagnostic, rule_index: Option<usize>) -> Value {
    let mut text = d.message.clone();
    if let Some(help) = &d.help {
        text.push_str(&format!(" (help: {help})"));
    }
    let mut r = json!({
        "ruleId": d.code,
        "level": level(d.severity),
        "message": { "text": text },
        "locations": [location(source, &d.span)],
    });
    if let Some(i) = rule_index {
        r["ruleIndex"] = json!(i);
    }
    if !d.secondary.is_empty() || !d.related.is_empty() {
        let same_file = d.secondary.iter().map(|l| {
            let mut loc = location(source, &l.span);
            loc["message"] = json!({ "text": l.message });
            loc
        });
        // Places in other inputs: their start, from the line and column the checks found.
        let other_files = d.related.iter().map(|r| {
            json!({
                "physicalLocation": {
                    "artifactLocation": { "uri": uri(&r.file) },
                    "region": { "startLine": r.line, "startColumn": r.column },
                },
                "message": { "text": r.message },
            })
        });
        let related: Vec<Value> = same_file
            .chain(other_files)
            .enumerate()
            .map(|(i, mut loc)| {
                loc["id"] = json!(i);
                loc
            })
            .collect();
        r["relatedLocations"] = Value::Array(related);
    }
    r
}

impl Reporter for Sarif {
    fn render(&self, files: &[FileReport<'_>]) -> String {
        let rules = catalog();
        let rule_meta: Vec<Value> = rules
            .iter()
            .map(|r| {
                json!({
                    "id": r.code,
                    "shortDescription": { "text": r.summary },
                    "fullDescription": { "text": r.explanation },
                    "help": { "text": r.explanation },
                    "defaultConfiguration": { "level": level(r.severity) },
                })
            })
            .collect();
        let results: Vec<Value> = files
            .iter()
            .flat_map(|f| {
                f.diagnostics
                    .iter()
                    .map(|d| result(f.source, d, rules.iter().position(|r| r.code == d.code)))
            })
            .collect();
        let log = json!({
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [{
                "tool": { "driver": {
                    "name": "runsheet",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rule_meta,
                }},
                "columnKind": "unicodeCodePoints",
                "results": results,
            }],
        });
        let mut out = serde_json::to_string_pretty(&log).unwrap_or_default();
        out.push('\n');
        out
    }
}
