//! The `runsheet` binary: reads arguments and files, runs the library, sets the exit code.

mod cli;

use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use clap::Parser;

use cli::{Cli, Command, ShowArgs, ShowFormat};
use runsheet::source::Source;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Show(args) => show(&args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            if is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Reads one input: a file, or standard input for `-`.
fn read_source(path: &Path) -> anyhow::Result<Source> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).context("reading standard input")?;
        return Ok(Source::from_bytes("-", &bytes));
    }
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    Ok(Source::from_bytes(path.display().to_string(), &bytes))
}

fn show(args: &ShowArgs) -> anyhow::Result<ExitCode> {
    let mut items = Vec::new();
    let mut failed = false;
    for path in &args.files {
        let source = read_source(path)?;
        match runsheet::parse::parse(&source) {
            Ok(session) => items.push((source.name.clone(), session)),
            Err(e) => {
                failed = true;
                eprintln!("error: {}:{}:{}: {}", source.name, e.span.line, e.span.column, e.message);
            }
        }
    }
    let out = match args.format {
        ShowFormat::Json => runsheet::render::json::render(&items),
        ShowFormat::Text => items.iter().map(|(f, s)| runsheet::render::text::render(f, s)).collect::<Vec<_>>().join("\n"),
        ShowFormat::Toml => anyhow::bail!("--format toml is not available yet"),
    };
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
