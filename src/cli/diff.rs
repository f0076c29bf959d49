//! `runsheet diff OLD NEW`: what changed between two versions of proposals, agendas or a
//! programme. Each side is a file, a directory, or `REV:PATH` read from git.

use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use clap::ValueEnum;
use runsheet::diff::{self, report};
use runsheet::model::Session;
use runsheet::source::Source;

use super::io::{collect_inputs, read_source, write_atomic};
use super::values::ColorChoice;

/// Arguments of `runsheet diff`.
#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The old version: a file or directory (proposal text, runsheet TOML, or a whole
    /// programme), or `REV:PATH` to read it from git as `git show REV:PATH` does
    /// (`HEAD~1:proposals/ws119.txt`, `main:./ws119.txt`).
    pub old: String,
    /// The new version, in the same forms.
    pub new: String,
    /// How directories are walked.
    #[command(flatten)]
    pub walk: super::io::WalkArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
    /// The zone of local times the versions leave unzoned (a proposal's slot, a programme's
    /// times), as for the other commands.
    #[arg(long, value_name = "ZONE", value_parser = super::values::parse_zone)]
    pub input_tz: Option<runsheet::model::Zone>,
    /// Colour in text output: only on a terminal (`auto`, honouring NO_COLOR), or never/always.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

/// Output formats of `diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiffFormat {
    /// One line per change, grouped by session, for a terminal.
    Text,
    /// A Markdown summary for a pull request comment.
    Md,
    /// `{"changes": [...]}` (docs/diff.schema.json).
    Json,
    /// GitHub Actions annotations on the new file's lines.
    Github,
}

/// Runs `diff`: exit 0 when nothing changed, 1 when something did, 2 when a version could
/// not be read (as `diff` does).
pub fn run(args: &DiffArgs) -> anyhow::Result<ExitCode> {
    let old = read_version(&args.old, args)?;
    let new = read_version(&args.new, args)?;
    let changes = diff::compare(&old, &new);
    let out = match args.format {
        DiffFormat::Text => report::text(&changes, args.color.colours(std::io::stdout().is_terminal())),
        DiffFormat::Md => report::md(&changes),
        DiffFormat::Json => report::json(&changes),
        DiffFormat::Github => report::github(&changes),
    };
    write_atomic("-".as_ref(), out.as_bytes())?;
    Ok(ExitCode::from(u8::from(!changes.is_empty())))
}

/// Every session of one version, each with its file's name; an error (exit 2) when a file
/// cannot be read or parsed, since a diff against half a version would mislead.
fn read_version(arg: &str, args: &DiffArgs) -> anyhow::Result<Vec<(String, Session)>> {
    let path = Path::new(arg);
    let sources = if arg == "-" || path.exists() {
        let files = collect_inputs(&[PathBuf::from(arg)], &args.walk)?;
        files.iter().map(|f| read_source(f)).collect::<anyhow::Result<Vec<_>>>()?
    } else if let Some((rev, file)) = arg.split_once(':').filter(|(rev, _)| !rev.is_empty()) {
        vec![from_git(arg, rev, file)?]
    } else {
        bail!("cannot read {}: no such file or directory (a git revision is written REV:PATH)", super::shown(arg));
    };
    let mut out = Vec::new();
    for source in &sources {
        out.extend(sessions_of(source, args)?.into_iter().map(|s| (source.name.clone(), s)));
    }
    Ok(out)
}

/// Reads `rev:file` with `git show`, named as written.
fn from_git(arg: &str, rev: &str, file: &str) -> anyhow::Result<Source> {
    let out = std::process::Command::new("git")
        .arg("show")
        .arg(format!("{rev}:{file}"))
        .output()
        .context("running git to read a revision (is git installed?)")?;
    if !out.status.success() {
        let why = String::from_utf8_lossy(&out.stderr);
        bail!("cannot read {} from git: {}", super::shown(arg), super::shown(why.trim()));
    }
    Ok(Source::from_vec(arg, out.stdout))
}

/// The sessions of one input: a programme's events, or a proposal's or agenda's sessions.
fn sessions_of(source: &Source, args: &DiffArgs) -> anyhow::Result<Vec<Session>> {
    if runsheet::schedule::is_programme(&source.text) {
        let p = runsheet::schedule::import_in(source, args.input_tz.as_ref())
            .map_err(|e| anyhow::anyhow!(super::located(&source.name, e.span, &e.message)))?;
        super::print_programme_notes(&source.name, &p.notes);
        return Ok(p.events.into_iter().map(|e| e.session).collect());
    }
    runsheet::event::read(source, args.input_tz.as_ref()).map_err(|e| anyhow::anyhow!(super::located(&source.name, e.span, &e.message)))
}
