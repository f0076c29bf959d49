//! Command-line arguments, as typed. `main.rs` resolves and runs them.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Plan, validate and publish the timing of workshop and conference sessions.
#[derive(Debug, Parser)]
#[command(name = "runsheet", version, about, max_term_width = 100)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Parse proposals or agendas and print what was read.
    Show(ShowArgs),
}

/// Arguments of `runsheet show`.
#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// Input files (proposal text or runsheet TOML); `-` reads standard input.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
}

/// Output formats of `show`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ShowFormat {
    /// A readable summary.
    Text,
    /// The stable JSON contract (see docs/show.schema.json).
    Json,
    /// runsheet's native TOML agenda format.
    Toml,
}
