//! `runsheet build`: the main job. Checks every input as `check` does (with the checks
//! across sessions and `--schedule`), then writes
//! `DIR/<session>.ics` for each session with a slot and `DIR/<session>.html` and
//! `DIR/<session>.md` run-sheets for every session, and prints one line per session.

use std::collections::BTreeSet;
use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDateTime;
use runsheet::model::{Session, Zone};
use runsheet::render::{ics, sheet};
use runsheet::report::{FileReport, Reporter, Totals, human::Human};
use runsheet::validate;

use runsheet::event::{self, Checked};

use super::check::{Keep, LevelArgs, inputs, load_programme, plan_files, read_inputs};
use super::ics::schedule;
use super::values::{ColorChoice, dtstamp, parse_local, parse_minutes, parse_zone};
use super::io::{InputGuard, exit_code, report_unreadable, write_atomic};

/// Arguments of `runsheet build`.
#[derive(Debug, clap::Args)]
pub struct BuildArgs {
    /// Files or directories (their *.txt and *.toml); `-` reads standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// How directories are walked.
    #[command(flatten)]
    pub walk: super::io::WalkArgs,
    /// Directory to write the calendars and run-sheets into (created if missing).
    #[arg(long, value_name = "DIR", required_unless_present = "o")]
    pub out_dir: Option<PathBuf>,
    /// The old spelling of --out-dir (elsewhere `-o` names one file); read for one release,
    /// with a note.
    #[arg(short = 'o', value_name = "DIR", hide = true, conflicts_with = "out_dir")]
    pub o: Option<PathBuf>,
    /// When to colour the diagnostics (auto: only when standard error is a terminal and
    /// NO_COLOR is not set).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// Start for sessions without a slot, as a local time in --tz (`2019-11-26T09:30`).
    #[arg(long, value_name = "DATETIME", value_parser = parse_local, requires = "tz")]
    pub start: Option<NaiveDateTime>,
    /// Clock columns of the run-sheets, comma-separated (`Europe/Berlin,UTC`), as for
    /// `sheet --tz`; the first is also the zone of --start.
    #[arg(long, value_name = "ZONES", value_parser = parse_zone, value_delimiter = ',')]
    pub tz: Vec<Zone>,
    /// Remind this long before the start in the calendars (`15m`, `1h`).
    #[arg(long, value_name = "DURATION", default_value = "15m", value_parser = parse_minutes)]
    pub alarm: u32,
    /// Rule levels and configuration, as for `check`.
    #[command(flatten)]
    pub levels: LevelArgs,
    /// A programme (frab/pretalx schedule.json or .xml, CSV `id,start,end,tz,room`, or TOML)
    /// whose slots and rooms override the proposals'; it is checked for conflicts too, as
    /// by `check --schedule`.
    #[arg(long, value_name = "FILE")]
    pub schedule: Option<PathBuf>,
    /// The zone of local times the inputs leave unzoned (`Europe/Warsaw`): a proposal's slot
    /// written without one (said in a `zone-given` note), and a programme's times where it
    /// names none (a Pentabarf file without `time_zone_name`), where it replaces a zone the
    /// file names.
    #[arg(long, value_name = "ZONE", value_parser = parse_zone)]
    pub input_tz: Option<Zone>,
    /// The least time in minutes a person needs between sessions in different rooms (at
    /// most a day), as for `check`.
    #[arg(long, value_name = "MINUTES", default_value_t = 10, value_parser = clap::value_parser!(i64).range(0..=1440))]
    pub changeover: i64,
}

/// Runs `build`: exit 0 without errors, 1 when an input has errors or an output could
/// not be produced (the other outputs are still written), 2 on usage or I/O errors (an
/// input that cannot be read is reported and the others are still built).
pub fn run(args: &BuildArgs) -> anyhow::Result<ExitCode> {
    let inputs = inputs(&args.paths, &args.walk)?;
    let plans = args.levels.plans(&plan_files(&inputs, args.schedule.as_deref()))?;
    if inputs.is_empty() {
        anyhow::bail!("no inputs: the directories given hold no *.txt or *.toml files");
    }
    let guard = InputGuard::new(&inputs);
    let out_dir = match (&args.out_dir, &args.o) {
        (Some(d), _) => d.clone(),
        (None, Some(d)) => {
            eprintln!("warning: `build -o DIR` is now `build --out-dir DIR` (`-o` names one file on the other commands); `-o` will be removed in the next release");
            d.clone()
        }
        (None, None) => anyhow::bail!("give the directory to write into with --out-dir DIR"),
    };
    let color = args.color.colours(std::io::stderr().is_terminal());
    guard.check(&out_dir)?;
    let mut ics_opts = ics::IcsOptions::new(dtstamp()?);
    ics_opts.alarm_minutes = Some(args.alarm);
    let mut sheet_opts = sheet::SheetOptions { zones: args.tz.clone(), ..Default::default() };

    let mut failed = false;
    let mut totals = Totals::default();
    let mut used = BTreeSet::new();
    // Reading and parsing take most of the time and need nothing from the other files, so
    // they run on every core; then every input is checked as `check` checks it, the checks
    // across sessions and the programme's included, so `build` gives `check`'s verdict.
    let (parsed_inputs, plans, unread) = read_inputs(&inputs, plans, Keep::All, args.input_tz.as_ref());
    for (path, e) in &unread {
        // Said, and the other inputs are still built.
        report_unreadable(e);
        super::out_line(format!("{}: could not be read", super::shown(path.display())));
    }
    let unreadable = !unread.is_empty();
    let programme = match &args.schedule {
        Some(path) => Some(load_programme(path, args.input_tz.as_ref())?),
        None => None,
    };
    let options = event::Options { changeover_minutes: args.changeover, keep: true };
    let checked = event::check_all(parsed_inputs, programme, &|i| plans.get(i), options);
    for (i, Checked { source, sessions, diagnostics }) in checked.into_iter().enumerate() {
        let plan = plans.get(i);
        let file = [FileReport { source: &source, diagnostics: &diagnostics }];
        if !diagnostics.is_empty() {
            eprint!("{}", Human { color }.render(&file));
        }
        let t = Totals::of(&file);
        totals.files += 1;
        totals.errors += t.errors;
        totals.warnings += t.warnings;
        totals.notes += t.notes;
        failed |= t.errors > 0;
        // The programme's own file: its findings are reported above, it has no outputs.
        let Some(parsed) = sessions else { continue };
        let verdicts = session_verdicts(&source, &parsed, plan);
        let Ok(sessions) = parsed else {
            super::out_line(format!("{}: unreadable, {}", super::shown(&source.name), verdict(&t)));
            continue;
        };
        // One line for each session: its own verdict when the input holds several.
        for (k, session) in sessions.into_iter().enumerate() {
            let verdict = verdict(verdicts.get(k).unwrap_or(&t));
            let from_start = session.slot.is_none() && args.start.is_some();
            let scheduled = if session.slot.is_none() && args.start.is_none() {
                Ok((session, None)) // written without a calendar, and said so below
            } else {
                schedule(session, args.start, args.tz.first())
            };
            let session = match scheduled {
                Ok((session, warning)) => {
                    if let Some(w) = warning {
                        eprintln!("warning: {}: {}", super::shown(&source.name), super::shown(w));
                    }
                    session
                }
                Err(e) => {
                    failed = true;
                    super::out_line(format!("{}: {verdict}; {}", super::shown(&source.name), super::shown(e)));
                    continue;
                }
            };
            let stem = super::io::unique_name(&runsheet::render::file_stem(&session), "", &mut used);
            let mut written = Vec::new();
            let mut missing = Vec::new();
            if session.slot.is_some() {
                match ics::render(&[&session], &ics_opts) {
                    Ok(out) => {
                        for w in &out.warnings {
                            eprintln!("warning: {}: {}", super::shown(&source.name), super::shown(w));
                        }
                        written.push(write(&out_dir, &stem, "ics", &out.text, &guard)?);
                    }
                    Err(e) => {
                        failed = true;
                        missing.push(format!("no calendar: {e}"));
                    }
                }
            } else if let Some(gap) = super::slot_in_gap(&session) {
                missing.push(format!("no calendar: its slot cannot be placed ({gap})"));
            } else {
                missing.push(
                    "no calendar: the input gives no date and time; add --start YYYY-MM-DDTHH:MM --tz ZONE".to_owned(),
                );
            }
            sheet_opts.start = None;
            for (ext, render) in [("html", sheet::html as SheetFn), ("md", sheet::md as SheetFn)] {
                match render(&session, &sheet_opts) {
                    Ok(text) => written.push(write(&out_dir, &stem, ext, &text, &guard)?),
                    Err(e) => {
                        failed = true;
                        missing.push(format!("no {ext} sheet: {e}"));
                    }
                }
            }
            let slot = match &session.slot {
                Some(s) => format!(
                    "{} – {} {}{}",
                    s.value.start.format("%Y-%m-%d %H:%M"),
                    s.value.end.format("%H:%M"),
                    runsheet::time::zone_name(&s.value.zone),
                    if from_start { " (from --start)" } else { "" }
                ),
                None => "no slot".to_owned(),
            };
            let mut line = format!("{}: {}, {slot}, {verdict}", source.name, session.display_name());
            if !written.is_empty() {
                line.push_str(&format!("; wrote {}", written.join(", ")));
            }
            for m in &missing {
                line.push_str(&format!("; {m}"));
            }
            super::out_line(super::shown(line));
        }
    }
    super::say(totals.summary());
    // `--deny warnings` (or a file's configuration) has already made its warnings errors.
    Ok(exit_code(unreadable, failed || totals.errors > 0))
}

/// The totals of each session of an input that holds several (the findings about the file
/// and that session's own), for its line; empty for an input holding one session, whose
/// line takes the file's totals.
fn session_verdicts(
    source: &runsheet::source::Source,
    parsed: &Result<Vec<Session>, runsheet::parse::ParseError>,
    plan: &validate::Plan,
) -> Vec<Totals> {
    let Ok(sessions @ [_, _, ..]) = parsed.as_deref() else {
        return Vec::new();
    };
    let input = validate::check_input(source, Ok(sessions), plan);
    sessions
        .iter()
        .map(|s| {
            let mut diagnostics = input.clone();
            diagnostics.extend(validate::check_session(s, plan));
            Totals::of(&[FileReport { source, diagnostics: &diagnostics }])
        })
        .collect()
}

type SheetFn = fn(&Session, &sheet::SheetOptions) -> Result<String, sheet::SheetError>;

fn verdict(t: &Totals) -> String {
    let n = |k: usize, w: &str| if k == 1 { format!("1 {w}") } else { format!("{k} {w}s") };
    match (t.errors, t.warnings) {
        (0, 0) => "ok".to_owned(),
        (0, w) => format!("ok with {}", n(w, "warning")),
        (e, w) => format!("{}, {}", n(e, "error"), n(w, "warning")),
    }
}

fn write(dir: &Path, stem: &str, ext: &str, text: &str, guard: &InputGuard) -> anyhow::Result<String> {
    let path = dir.join(format!("{stem}.{ext}"));
    guard.check(&path)?;
    write_atomic(&path, text.as_bytes())?;
    Ok(path.display().to_string())
}
