//! `runsheet explain CODE`: one rule at length, with an example.

use std::process::ExitCode;

use runsheet::validate::{Origin, config::suggest, rule};

use super::io::write_atomic;

/// Arguments of `runsheet explain`.
#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    /// The rule's code, as shown in brackets in `check` output (e.g. `overrun`).
    pub code: String,
}

/// Prints a rule's long explanation; an unknown code is a usage error (exit 2).
pub fn run(args: &ExplainArgs) -> anyhow::Result<ExitCode> {
    let code = args.code.trim();
    let Some(r) = rule(code) else {
        let hint = suggest(code)
            .map(|s| format!(" (did you mean `{s}`?)"))
            .unwrap_or_default();
        eprintln!("error: unknown rule code `{}`{hint}; `runsheet rules` lists them all", super::shown(code));
        return Ok(ExitCode::from(2));
    };
    let from = match r.origin {
        Origin::Parser => ", reported by the parser",
        Origin::Schedule => ", a check across sessions",
        Origin::Programme => ", noted while reading or writing a programme",
        Origin::Check => "",
    };
    let out = format!(
        "{} ({}{from}): {}\n\n{}\n",
        r.code,
        r.severity.as_str(),
        r.summary,
        r.explanation
    );
    write_atomic("-".as_ref(), out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}
