//! The `runsheet` binary: reads arguments, runs the subcommand, sets the exit code.
//! Exit codes: 0 success, 1 problems found in the inputs, 2 usage or I/O error.

mod cli;

/// jemalloc, for speed with many inputs on several threads (see Cargo.toml).
#[cfg(all(feature = "jemalloc", not(target_env = "msvc")))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    cli::io::clean_up_on_interrupt();
    cli::set_quiet(cli.quiet);
    match cli.command.run() {
        Ok(code) => code,
        Err(err) => {
            // Output cut short by its reader (`| head`): nothing to say. A command whose
            // verdict matters (`check`) returns it itself before this.
            if cli::is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("error: {}", cli::shown(format!("{err:#}")));
            ExitCode::from(2)
        }
    }
}
