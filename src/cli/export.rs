//! `runsheet export`: write whole-event programmes as a frab schedule for conference apps.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;
use runsheet::model::NoteLevel;
use runsheet::schedule::{self, export, Programme};

use super::io::{ensure_not_input, read_source, write_atomic_with};

/// Arguments of `runsheet export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Programme files (frab schedule.xml or JSON, programme CSV or TOML); `-` reads
    /// standard input. Several files are joined in the order given.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// The zone of the programme's times where it names none (a Pentabarf file without
    /// `time_zone_name`; `Europe/Brussels`); it replaces a zone the file names.
    #[arg(long, value_name = "ZONE", value_parser = super::values::parse_zone)]
    pub input_tz: Option<runsheet::model::Zone>,
    /// Output format.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// Where to write; standard output when absent or `-`.
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

/// Output formats of `export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// frab schedule.xml (validates against the c3voc XSD).
    FrabXml,
    /// frab schedule JSON, schema v1 (validates against the c3voc schema).
    FrabJson,
}

/// Runs `export`: exit 0 when written; nothing is written, with exit 1, when an input holds
/// an error, or with exit 2 when an input could not be read at all (or on usage or I/O
/// errors), as for every command.
pub fn run(args: &ExportArgs) -> anyhow::Result<ExitCode> {
    let output = args.output.clone().unwrap_or_else(|| PathBuf::from("-"));
    ensure_not_input(&output, &args.files)?;
    let mut joined: Option<Programme> = None;
    let mut failed = false;
    let mut unreadable = false;
    for path in &args.files {
        let source = read_source(path)?;
        match schedule::import_in(&source, args.input_tz.as_ref()) {
            Ok(p) => {
                super::print_programme_notes(&source.name, &p.notes);
                failed |= p.notes.iter().any(|n| n.level == NoteLevel::Error);
                joined = Some(match joined.take() {
                    None => p,
                    Some(mut all) => {
                        for r in p.rooms {
                            if !all.rooms.iter().any(|x| x.name == r.name) {
                                all.rooms.push(r);
                            }
                        }
                        for d in p.days {
                            if !all.days.iter().any(|x| x.date == d.date) {
                                all.days.push(d);
                            }
                        }
                        all.days.sort_by_key(|d| d.date);
                        all.events.extend(p.events);
                        all
                    }
                });
            }
            Err(e) => {
                unreadable = true;
                eprintln!("error: {}", super::located(&source.name, e.span, &e.message));
            }
        }
    }
    if unreadable {
        eprintln!("error: nothing written: an input could not be read");
        return Ok(ExitCode::from(2));
    }
    let Some(programme) = joined.filter(|_| !failed) else {
        eprintln!("error: nothing written: an input holds an error");
        return Ok(ExitCode::from(1));
    };
    if programme.events.is_empty() {
        // An empty export would replace a published schedule with nothing, unnoticed.
        anyhow::bail!("the programme holds no events; nothing is written");
    }
    let format = match args.format {
        ExportFormat::FrabXml => export::Format::FrabXml,
        ExportFormat::FrabJson => export::Format::FrabJson,
    };
    // Written as it is made: a large programme's export is never held whole beside it.
    let mut notes = Vec::new();
    write_atomic_with(&output, |w| {
        notes = export::export_to(&programme, format, w)?;
        Ok(())
    })?;
    for n in &notes {
        super::say_note(n.level, format!("{}: export: [{}] {}", super::level_word(n.level), n.code, super::shown(&n.message)));
    }
    Ok(ExitCode::SUCCESS)
}
