//! `runsheet rules`: the rule catalog, one line per rule.

use std::fmt::Write as _;
use std::process::ExitCode;

use runsheet::validate::{Origin, catalog};

use super::io::write_atomic;

/// Arguments of `runsheet rules`.
#[derive(Debug, clap::Args)]
pub struct RulesArgs {}

/// Lists every rule: code, default severity, one-line summary.
pub fn run(_args: &RulesArgs) -> anyhow::Result<ExitCode> {
    let rules = catalog();
    let width = rules.iter().map(|r| r.code.len()).max().unwrap_or(0);
    let mut out = String::new();
    for r in &rules {
        let from = match r.origin {
            Origin::Parser => " (parser)",
            Origin::Schedule => " (schedule)",
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
