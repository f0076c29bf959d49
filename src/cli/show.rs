//! `runsheet show`: parse inputs and print the model, every session of every input.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;

use super::io::{exit_code, read_or_report, write_atomic};

/// Arguments of `runsheet show`.
#[derive(Debug, clap::Args)]
pub struct ShowArgs {
    /// Input files or directories (proposal text or runsheet TOML); `-` reads standard input.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// How directories are walked.
    #[command(flatten)]
    pub walk: super::io::WalkArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ShowFormat::Text)]
    pub format: ShowFormat,
    /// The zone of a slot the inputs write without one (`Europe/Warsaw`); each such slot is
    /// read in it, with a `zone-given` note.
    #[arg(long, value_name = "ZONE", value_parser = super::values::parse_zone)]
    pub input_tz: Option<runsheet::model::Zone>,
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

/// Runs `show`: exit 0 when every input was read, 1 when one could not be parsed, 2 when
/// one could not be read (the others are still shown).
pub fn run(args: &ShowArgs) -> anyhow::Result<ExitCode> {
    let files = super::io::collect_inputs(&args.files, &args.walk)?;
    if args.format == ShowFormat::Toml && files.len() > 1 {
        // One TOML agenda holds one session; concatenated documents would not read back.
        anyhow::bail!("--format toml takes one input (a TOML agenda holds one session)");
    }
    let mut items = Vec::new();
    let mut failed = false;
    let mut unreadable = false;
    for path in &files {
        let Some(source) = read_or_report(path) else {
            unreadable = true;
            continue;
        };
        match runsheet::event::read(&source, args.input_tz.as_ref()) {
            // Every session the input holds (days or parts), in text order.
            Ok(sessions) => {
                if args.format == ShowFormat::Toml && sessions.len() > 1 {
                    anyhow::bail!(
                        "--format toml writes one session, and {} holds {} (days or parts, each with its own agenda); use --format json to see them all",
                        source.name,
                        sessions.len()
                    );
                }
                items.extend(sessions.into_iter().map(|s| (source.name.clone(), s)));
            }
            Err(e) => {
                failed = true;
                eprintln!("error: {}", super::located(&source.name, e.span, &e.message));
            }
        }
    }
    let out = match args.format {
        ShowFormat::Json => runsheet::render::json::render(&items),
        ShowFormat::Text => {
            items.iter().map(|(f, s)| runsheet::render::text::render(f, s)).collect::<Vec<_>>().join("\n")
        }
        ShowFormat::Toml => items.iter().map(|(_, s)| runsheet::parse::agenda::to_toml(s)).collect::<Vec<_>>().join("\n"),
    };
    write_atomic("-".as_ref(), out.as_bytes())?;
    Ok(exit_code(unreadable, failed))
}
