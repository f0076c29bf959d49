//! Command-line arguments as typed, one file per subcommand with its `run` function.

pub mod build;
pub mod check;
pub mod completions;
pub mod diff;
pub mod explain;
pub mod export;
pub mod ics;
pub mod init;
pub mod io;
pub mod rules;
pub mod sheet;
pub mod show;
pub mod values;

use clap::{Parser, Subcommand};

/// Text for a message on the terminal, with every control character and bidirectional
/// override escaped (see [`runsheet::escape`]): file names, titles and messages quoted from
/// the input go through it, so they cannot steer the terminal.
pub fn shown(text: impl std::fmt::Display) -> String {
    runsheet::escape::escape_controls(&text.to_string()).into_owned()
}

/// `FILE:LINE:COLUMN: MESSAGE` for an input that could not be parsed, [`shown`] escaped.
pub fn located(name: &str, span: runsheet::model::Span, message: &str) -> String {
    format!("{}:{}:{}: {}", shown(name), span.line, span.column, shown(message))
}

/// Set by `--quiet`: lines that only say what was done are not printed.
static QUIET: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Sets `--quiet` for the run.
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, std::sync::atomic::Ordering::Relaxed);
}

/// Prints a line on standard error that only says what was done (`wrote out/a.ics`, the
/// summary, an `info` note); `--quiet` leaves it out. Findings, warnings and errors are
/// always printed.
pub fn say(line: impl std::fmt::Display) {
    if !QUIET.load(std::sync::atomic::Ordering::Relaxed) {
        eprintln!("{line}");
    }
}

/// Prints a line of a command's own output on standard output; a closed pipe
/// (`runsheet build ... | head -1`) ends the printing quietly, the run goes on and keeps its
/// exit status (the line printing panicked with exit 101).
pub fn out_line(line: impl std::fmt::Display) {
    use std::io::Write as _;
    if let Err(e) = writeln!(std::io::stdout().lock(), "{line}") {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("error: writing to standard output: {e}");
        }
    }
}

/// Why a session has no slot though its text gives one: the parser's note that the slot's
/// local time does not exist in its zone (a daylight-saving gap).
pub fn slot_in_gap(session: &runsheet::model::Session) -> Option<&str> {
    session.notes.iter().find(|n| n.code == runsheet::parse::codes::LOCAL_TIME_GAP).map(|n| n.message.as_str())
}

/// The `info` lines for the sessions of one input whose slot was read in the `--input-tz`
/// zone (`info: FILE:LINE:COLUMN: ... [zone-given]`), for commands that print no report.
pub fn zone_given_lines(name: &str, sessions: &[runsheet::model::Session]) -> Vec<String> {
    sessions
        .iter()
        .flat_map(|s| &s.notes)
        .filter(|n| n.code == runsheet::parse::codes::ZONE_GIVEN)
        .map(|n| format!("info: {} [{}]", located(name, n.span, &n.message), n.code))
        .collect()
}

/// Prints [`zone_given_lines`] (left out with `--quiet`).
pub fn say_zone_given(name: &str, sessions: &[runsheet::model::Session]) {
    for line in zone_given_lines(name, sessions) {
        say(line);
    }
}

/// True when `err` comes from writing into a closed pipe.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe))
}

/// Prints what the import of a programme noticed, one line each: `LEVEL: FILE:LINE:COLUMN:
/// [code] message` (no position for a note about the file as a whole); `info` notes are
/// left out with `--quiet`.
pub fn print_programme_notes(name: &str, notes: &[runsheet::schedule::Note]) {
    for n in notes {
        let at = if n.span.line == 0 { String::new() } else { format!("{}:{}:", n.span.line, n.span.column) };
        say_note(n.level, format!("{}: {}:{at} [{}] {}", level_word(n.level), shown(name), n.code, shown(&n.message)));
    }
}

/// Prints a programme note's line on standard error; an `info` note only tells what was
/// done, so `--quiet` leaves it out ([`say`]).
pub fn say_note(level: runsheet::model::NoteLevel, line: String) {
    if level == runsheet::model::NoteLevel::Info { say(line) } else { eprintln!("{line}") }
}

/// How a programme note's level is written on standard error (`error`, `warning`, `info`).
pub fn level_word(level: runsheet::model::NoteLevel) -> &'static str {
    match level {
        runsheet::model::NoteLevel::Error => "error",
        runsheet::model::NoteLevel::Warning => "warning",
        runsheet::model::NoteLevel::Info => "info",
    }
}

/// Plan, validate and publish the timing of workshop and conference sessions.
#[derive(Debug, Parser)]
#[command(name = "runsheet", version, about, max_term_width = 100)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    /// Print findings, warnings and errors only: no `wrote ...` lines, no summary, no
    /// `info` notes.
    #[arg(long, short, global = true)]
    pub quiet: bool,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Parse proposals or agendas and print what was read.
    Show(show::ShowArgs),
    /// The main job: check every input, then write its calendar and run-sheets into a directory.
    Build(build::BuildArgs),
    /// Check the timing of proposals and agendas; exit 1 when errors are found.
    Check(check::CheckArgs),
    /// List every rule `check` applies, with its code, default severity and summary.
    Rules(rules::RulesArgs),
    /// Explain one rule at length, with an example.
    Explain(explain::ExplainArgs),
    /// Write sessions as iCalendar (.ics) files that every calendar client reads alike.
    Ics(ics::IcsArgs),
    /// Write moderator run-sheets: clock times per zone, who is on, timed cues.
    Sheet(sheet::SheetArgs),
    /// Write whole-event programmes as a frab schedule (XML or JSON) for conference apps.
    Export(export::ExportArgs),
    /// Say what changed between two versions of proposals, agendas or a programme; exit 1
    /// when something did.
    Diff(diff::DiffArgs),
    /// Write a commented agenda.toml and runsheet.toml to start from.
    Init(init::InitArgs),
    /// Print the shell completion script (bash, zsh, fish, elvish, powershell).
    Completions(completions::CompletionsArgs),
    /// Print the manual page (roff; `runsheet man | man -l -`).
    Man,
}

impl Command {
    /// Runs the subcommand and returns its exit code.
    pub fn run(self) -> anyhow::Result<std::process::ExitCode> {
        match self {
            Command::Show(args) => show::run(&args),
            Command::Build(args) => build::run(&args),
            Command::Check(args) => check::run(&args),
            Command::Rules(args) => rules::run(&args),
            Command::Explain(args) => explain::run(&args),
            Command::Ics(args) => ics::run(&args),
            Command::Sheet(args) => sheet::run(&args),
            Command::Export(args) => export::run(&args),
            Command::Diff(args) => diff::run(&args),
            Command::Init(args) => init::run(&args),
            Command::Completions(args) => completions::run(&args),
            Command::Man => completions::man(),
        }
    }
}
