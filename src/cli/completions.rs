//! `runsheet completions SHELL` and `runsheet man`: the shell completion scripts and the
//! manual page, generated from the argument definitions so they never disagree with `--help`.

use std::io::Write as _;
use std::process::ExitCode;

use clap::CommandFactory as _;

use super::io::write_atomic;

/// Arguments of `runsheet completions`.
#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// Prints the completion script for `shell`.
pub fn run(args: &CompletionsArgs) -> anyhow::Result<ExitCode> {
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut super::Cli::command(), "runsheet", &mut out);
    write_atomic("-".as_ref(), &out)?;
    Ok(ExitCode::SUCCESS)
}

/// Prints the manual page (roff), the subcommands' pages after the main one.
pub fn man() -> anyhow::Result<ExitCode> {
    let cmd = super::Cli::command();
    let mut out = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut out)?;
    for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
        let name = format!("runsheet-{}", sub.get_name());
        writeln!(out)?;
        clap_mangen::Man::new(sub.clone().name(name)).render(&mut out)?;
    }
    write_atomic("-".as_ref(), &out)?;
    Ok(ExitCode::SUCCESS)
}
