//! `runsheet check`: validate the timing of proposals and agendas and report diagnostics.
//!
//! Arguments are read first ([`CheckArgs`]), then resolved into plans (the rule levels
//! from the `runsheet.toml` nearest each input and the flags, the inputs, the reporter);
//! then each input is read, parsed and checked, and one report is written.

use std::io::IsTerminal as _;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context as _;
use rayon::prelude::*;
use clap::ValueEnum;
use runsheet::report::{
    FileReport, Reporter, Totals, github::Github, human::Human, json::Json, sarif::Sarif,
};
use runsheet::validate::config::ConfigFile;
use runsheet::event::{self, Input};
use runsheet::schedule::{self, Programme};
use runsheet::validate::{self, Plan};

use super::io::{WalkArgs, collect_inputs, exit_code, read_source, report_unreadable, write_atomic};
use super::values::ColorChoice;

/// The name of the configuration file looked for in the checked repository.
pub const CONFIG_NAME: &str = "runsheet.toml";

/// Arguments of `runsheet check`.
#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Files or directories to check (directories are searched for *.txt and *.toml);
    /// `-` reads standard input.
    #[arg(required_unless_present = "schedule", value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// How directories are walked.
    #[command(flatten)]
    pub walk: WalkArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Rule levels and configuration.
    #[command(flatten)]
    pub levels: LevelArgs,
    /// A programme (frab/pretalx schedule.json or .xml, CSV `id,start,end,tz,room`, or TOML)
    /// whose slots and rooms override the proposals'; it is checked for conflicts too.
    #[arg(long, value_name = "FILE")]
    pub schedule: Option<PathBuf>,
    /// The zone of local times the inputs leave unzoned (`Europe/Warsaw`): a proposal's slot
    /// written without one (said in a `zone-given` note), and a programme's times where it
    /// names none (a Pentabarf file without `time_zone_name`), where it replaces a zone the
    /// file names.
    #[arg(long, value_name = "ZONE", value_parser = super::values::parse_zone)]
    pub input_tz: Option<runsheet::model::Zone>,
    /// The least time in minutes a person needs between sessions in different rooms (at
    /// most a day).
    #[arg(long, value_name = "MINUTES", default_value_t = 10, value_parser = clap::value_parser!(i64).range(0..=1440))]
    pub changeover: i64,
    /// When to colour human output (auto: only on a terminal and without NO_COLOR).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

/// The rule levels and configuration file, shared by `check` and `build`.
#[derive(Debug, clap::Args)]
pub struct LevelArgs {
    /// Switch a rule off (repeatable, or comma-separated).
    #[arg(long, value_name = "CODE", value_delimiter = ',')]
    pub allow: Vec<String>,
    /// Report a rule as a warning.
    #[arg(long, value_name = "CODE", value_delimiter = ',')]
    pub warn: Vec<String>,
    /// Report a rule as an error; `--deny warnings` makes every warning an error.
    #[arg(long, value_name = "CODE", value_delimiter = ',')]
    pub deny: Vec<String>,
    /// Configuration file to use instead of the `runsheet.toml` found by walking up from
    /// the current directory.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
}

impl LevelArgs {
    /// The plan of each file of `files` (`-` is standard input): the levels of `--config`
    /// for all, else of the nearest `runsheet.toml` above each file, as ruff finds its
    /// configuration (else the one above the current directory), with the flags applied
    /// after the file.
    pub(super) fn plans(&self, files: &[&Path]) -> anyhow::Result<Plans> {
        let cwd = std::env::current_dir().ok();
        let from_cwd = cwd.as_deref().and_then(find_config);
        let mut found_in: HashMap<PathBuf, Option<PathBuf>> = HashMap::new();
        let mut configs: Vec<Option<PathBuf>> = Vec::new();
        let mut of = Vec::with_capacity(files.len());
        for file in files {
            let config = match &self.config {
                Some(c) => Some(c.clone()),
                None => {
                    let dir = (file.as_os_str() != "-").then(|| std::path::absolute(file).ok()).flatten().and_then(|a| a.parent().map(Path::to_path_buf));
                    let above = dir.and_then(|d| found_in.entry(d.clone()).or_insert_with(|| find_config(&d)).clone());
                    above.or_else(|| from_cwd.clone())
                }
            };
            let k = configs.iter().position(|c| *c == config).unwrap_or_else(|| {
                configs.push(config);
                configs.len() - 1
            });
            of.push(k);
        }
        if configs.is_empty() {
            configs.push(self.config.clone().or(from_cwd));
        }
        let plans = configs
            .iter()
            .map(|c| {
                let config = load_config(c.as_deref())?;
                Ok(Plan::resolve(&config.check, &self.allow, &self.warn, &self.deny)?)
            })
            .collect::<anyhow::Result<Vec<Plan>>>()?;
        Ok(Plans { all: plans, of })
    }
}

/// The rule levels of a run: the distinct plans, and which of them each file uses (the
/// inputs in order, then the programme).
pub(super) struct Plans {
    all: Vec<Plan>,
    of: Vec<usize>,
}

impl Plans {
    /// The plan of file `i`.
    pub(super) fn get(&self, i: usize) -> &Plan {
        &self.all[self.of.get(i).copied().unwrap_or(0)]
    }
}

/// How much of each input [`read_inputs`] keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Keep {
    /// Everything (`build` writes the sessions).
    All,
    /// All but the sections: no rule reads them (a description, a policy question, ...),
    /// and they are a sixth of what every session holds until all are checked.
    NoSections,
    /// The per-session findings, made as each input is read, and of its sessions only what
    /// the checks across sessions read ([`event::precheck`]): `check` without a programme.
    Findings,
}

/// Every input read and parsed on every core, in the order given. Returns the inputs that
/// were read with their sessions, `plans` kept for those inputs (then the programme), and
/// the inputs that could not be read with why.
pub(super) fn read_inputs(paths: &[PathBuf], plans: Plans, keep: Keep, input_zone: Option<&runsheet::model::Zone>) -> (Vec<Input>, Plans, Vec<(PathBuf, anyhow::Error)>) {
    let read: Vec<_> = paths
        .par_iter()
        .enumerate()
        .map(|(i, path)| {
            read_source(path).map(|source| {
                // Every session the input holds (days or parts), in text order.
                let parsed = event::read(&source, input_zone).map(|mut all| {
                    if keep != Keep::All {
                        for s in &mut all {
                            s.sections = Vec::new();
                        }
                    }
                    all
                });
                let mut input = Input::parsed(source, parsed);
                if keep == Keep::Findings {
                    event::precheck(&mut input, plans.get(i));
                }
                input
            })
        })
        .collect();
    let mut parsed = Vec::with_capacity(read.len());
    let mut of = Vec::with_capacity(read.len() + 1);
    let mut unreadable = Vec::new();
    for ((path, r), k) in paths.iter().zip(read).zip(&plans.of) {
        match r {
            Ok(p) => {
                parsed.push(p);
                of.push(*k);
            }
            Err(e) => unreadable.push((path.clone(), e)),
        }
    }
    of.extend(plans.of.get(paths.len()));
    (parsed, Plans { all: plans.all, of }, unreadable)
}

/// Output formats of `check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// rustc-style diagnostics with the source line and a caret, for people (`human` is
    /// the same).
    #[value(name = "text", alias = "human")]
    Human,
    /// One JSON array of {code, severity, message, file, line, column, end_line, end_column, help}.
    Json,
    /// GitHub Actions workflow commands (annotations on pull requests).
    Github,
    /// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.
    Sarif,
}

/// The nearest `runsheet.toml` in `dir` or one of its ancestors.
fn find_config(dir: &Path) -> Option<PathBuf> {
    dir.ancestors()
        .map(|d| d.join(CONFIG_NAME))
        .find(|p| p.is_file())
}

/// Reads a configuration file (none: the defaults); a key runsheet does not read is said,
/// and an error is given as `FILE:LINE:COLUMN: message`.
fn load_config(path: Option<&Path>) -> anyhow::Result<ConfigFile> {
    let Some(path) = path else {
        return Ok(ConfigFile::default());
    };
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    for (key, at) in ConfigFile::unknown_keys(&text) {
        eprintln!("warning: {}:{at}: `{}` is not a table runsheet reads (it reads [check]); ignored", super::shown(path.display()), super::shown(&key));
    }
    ConfigFile::parse(&text).map_err(|e| anyhow::anyhow!("{}:{}", path.display(), e))
}

/// The inputs: directories expanded, skipping configuration files found inside them.
pub(super) fn inputs(paths: &[PathBuf], walk: &WalkArgs) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        let expanded = collect_inputs(std::slice::from_ref(p), walk)?;
        let from_dir = p.as_os_str() != "-" && p.is_dir();
        out.extend(
            expanded
                .into_iter()
                .filter(|f| !from_dir || f.file_name().is_none_or(|n| n != CONFIG_NAME)),
        );
    }
    Ok(out)
}

/// Runs `check`: exit 0 without errors, 1 with errors (warnings count with
/// `--deny warnings`), 2 when an input could not be read or the arguments are wrong.
pub fn run(args: &CheckArgs) -> anyhow::Result<ExitCode> {
    let paths = inputs(&args.paths, &args.walk)?;
    let plans = args.levels.plans(&plan_files(&paths, args.schedule.as_deref()))?;
    let reporter: Box<dyn Reporter> = match args.format {
        CheckFormat::Human => Box::new(Human {
            color: args.color.colours(std::io::stdout().is_terminal()),
        }),
        CheckFormat::Json => Box::new(Json),
        CheckFormat::Github => Box::new(Github),
        CheckFormat::Sarif => Box::new(Sarif),
    };
    // Each file is read and parsed on its own, so the files are shared among the cores;
    // the results keep the order of the inputs.
    // Without a programme, each input's own findings are made as it is read, and only what
    // the checks across sessions need is kept of its sessions.
    let keep = if args.schedule.is_some() { Keep::NoSections } else { Keep::Findings };
    let (parsed_inputs, plans, unread) = read_inputs(&paths, plans, keep, args.input_tz.as_ref());
    for (_, e) in &unread {
        report_unreadable(e);
    }
    let io_failed = !unread.is_empty();
    let programme = match &args.schedule {
        Some(path) => match read_programme(path, args.input_tz.as_ref()) {
            Ok(p) => Some(p),
            // A CI job uploads the report whatever happens: in a machine-readable format
            // the programme's failure is a report holding it, not an empty file.
            Err(e) if args.format != CheckFormat::Human => {
                let (source, diagnostic) = *e;
                let diagnostics = [diagnostic];
                write_atomic("-".as_ref(), reporter.render(&[FileReport { source: &source, diagnostics: &diagnostics }]).as_bytes())?;
                eprintln!("error: {}", super::shown(&diagnostics[0].message));
                return Ok(ExitCode::from(2));
            }
            Err(e) => anyhow::bail!("{}", unreadable(&e.0, &e.1)),
        },
        None => None,
    };
    let options = event::Options { changeover_minutes: args.changeover, keep: false };
    let checked = event::check_all(parsed_inputs, programme, &|i| plans.get(i), options);
    let files: Vec<FileReport<'_>> = checked
        .iter()
        .map(|c| FileReport {
            source: &c.source,
            diagnostics: &c.diagnostics,
        })
        .collect();
    let totals = Totals::of(&files);
    let code = exit_code(io_failed, totals.errors > 0);
    // A reader that stops early (`| head -1`) does not change the verdict.
    match write_atomic("-".as_ref(), reporter.render(&files).as_bytes()) {
        Err(e) if super::is_broken_pipe(&e) => return Ok(code),
        r => r?,
    }
    if args.format == CheckFormat::Human {
        super::say(totals.summary());
    }
    // The process ends next: freeing every input and diagnostic one by one would only
    // cost time (a tenth of a second on 10,000 files), so the memory goes back at exit.
    drop(files);
    std::mem::forget(checked);
    Ok(code)
}

/// The files whose configuration is looked up: the inputs, then the programme.
pub(super) fn plan_files<'a>(inputs: &'a [PathBuf], schedule: Option<&'a Path>) -> Vec<&'a Path> {
    inputs.iter().map(PathBuf::as_path).chain(schedule).collect()
}

/// Reads a programme; a programme that cannot be read at all is a usage-level error.
pub(super) fn load_programme(path: &Path, zone: Option<&runsheet::model::Zone>) -> anyhow::Result<(runsheet::source::Source, Programme)> {
    read_programme(path, zone).map_err(|e| anyhow::anyhow!("{}", unreadable(&e.0, &e.1)))
}

/// `FILE:LINE:COLUMN: MESSAGE`, or `FILE: MESSAGE` for a message about the whole file.
fn unreadable(source: &runsheet::source::Source, d: &validate::Diagnostic) -> String {
    if d.span.line == 0 { format!("{}: {}", super::shown(&source.name), super::shown(&d.message)) } else { super::located(&source.name, d.span, &d.message) }
}

/// Reads a programme, or says why it cannot be used as a `schedule-unreadable` error about
/// the file (a file that cannot be read, is malformed, or holds no events).
fn read_programme(path: &Path, zone: Option<&runsheet::model::Zone>) -> Result<(runsheet::source::Source, Programme), Box<(runsheet::source::Source, validate::Diagnostic)>> {
    let fail = |source, span, message: String| Err(Box::new((source, validate::Diagnostic::new("schedule-unreadable", validate::Severity::Error, message, span))));
    let source = match read_source(path) {
        Ok(s) => s,
        Err(e) => return fail(runsheet::source::Source::new(path.display().to_string(), String::new()), Default::default(), format!("cannot be read: {}", e.root_cause())),
    };
    match schedule::import_in(&source, zone) {
        Ok(p) if p.events.is_empty() => fail(source, Default::default(), "the programme holds no events".to_owned()),
        Ok(p) => Ok((source, p)),
        Err(e) => fail(source, e.span, e.message),
    }
}

/// Reads a programme for a command that writes outputs (`ics`, `sheet`) and prints what
/// its import noticed, as `export` does; `check` reports those notes itself.
pub(super) fn load_programme_noted(path: &Path, zone: Option<&runsheet::model::Zone>) -> anyhow::Result<Programme> {
    let (source, p) = load_programme(path, zone)?;
    super::print_programme_notes(&source.name, &p.notes);
    Ok(p)
}
