//! `runsheet rules`: the rule catalog, one line per rule.

use std::fmt::Write as _;
use std::process::ExitCode;

use runsheet::validate::{Origin, catalog};

use super::io::write_atomic;

/// Arguments of `runsheet rules`.
#[derive(Debug, clap::Args)]
pub struct RulesArgs {
    /// Output format: one line per rule, or a JSON array of
    /// `{code, severity, origin, summary, explanation}`
    #[arg(long, value_enum, default_value_t = RulesFormat::Text)]
    pub format: RulesFormat,
}

/// How `runsheet rules` writes the catalog.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RulesFormat {
    /// One line per rule: code, default severity, summary.
    Text,
    /// A JSON array, one object per rule.
    Json,
}

/// Lists every rule: code, default severity, one-line summary.
pub fn run(args: &RulesArgs) -> anyhow::Result<ExitCode> {
    let rules = catalog();
    if args.format == RulesFormat::Json {
        let list: Vec<serde_json::Value> = rules
            .iter()
            .map(|r| {
                let origin = match r.origin {
                    Origin::Check => "check",
                    Origin::Parser => "parser",
                    Origin::Schedule => "schedule",
                    Origin::Programme => "programme",
                };
                serde_json::json!({"code": r.code, "severity": r.severity.as_str(), "origin": origin, "summary": r.summary, "explanation": r.explanation})
            })
            .collect();
        let mut out = serde_json::to_string_pretty(&list)?;
        out.push('\n');
        write_atomic("-".as_ref(), out.as_bytes())?;
        return Ok(ExitCode::SUCCESS);
    }
    let width = rules.iter().map(|r| r.code.len()).max().unwrap_or(0);
    let mut out = String::new();
    for r in &rules {
        let from = match r.origin {
            Origin::Parser => " (parser)",
            Origin::Schedule => " (schedule)",
            Origin::Programme => " (programme)",
            Origin::Check => "",
        };
        let _ = writeln!(
            out,
            "{:<width$}  {:<7}  {}{from}",
            r.code,
            r.severity.as_str(),
            r.summary
        );
    }
    write_atomic("-".as_ref(), out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
