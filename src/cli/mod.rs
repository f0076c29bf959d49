//! Command-line arguments as typed, one file per subcommand with its `run` function.

pub mod io;
pub mod sheet;
pub mod show;

use clap::{Parser, Subcommand};

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
    Show(show::ShowArgs),
    /// Write moderator run-sheets: clock times per zone, who is on, timed cues.
    Sheet(sheet::SheetArgs),
}

impl Command {
    /// Runs the subcommand and returns its exit code.
    pub fn run(self) -> anyhow::Result<std::process::ExitCode> {
        match self {
            Command::Show(args) => show::run(&args),
            Command::Sheet(args) => sheet::run(&args),
        }
    }
}
