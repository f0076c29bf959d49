//! `runsheet sheet`: write moderator run-sheets (text, Markdown, HTML, JSON or CSV).

use std::collections::BTreeSet;
use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context as _, bail};
use clap::ValueEnum;
use runsheet::model::Zone;
use runsheet::render::sheet::{self, Sheet, SheetOptions};
use runsheet::time;

use super::io::{InputGuard, collect_inputs, exit_code, read_or_report, write_atomic};
use super::values::ColorChoice;

/// Arguments of `runsheet sheet`.
#[derive(Debug, clap::Args)]
pub struct SheetArgs {
    /// Input files or directories (proposal text or runsheet TOML); `-` reads standard input.
    /// With --schedule and no inputs, the programme's events.
    #[arg(required_unless_present = "schedule")]
    pub paths: Vec<PathBuf>,
    /// How directories are walked.
    #[command(flatten)]
    pub walk: super::io::WalkArgs,
    /// A programme (frab/pretalx schedule, CSV or TOML) whose slots and rooms override the
    /// proposals'.
    #[arg(long, value_name = "FILE")]
    pub schedule: Option<PathBuf>,
    /// The zone of local times the inputs leave unzoned (`Europe/Warsaw`): a proposal's slot
    /// written without one (said in a `zone-given` note), and a programme's times where it
    /// names none (a Pentabarf file without `time_zone_name`), where it replaces a zone the
    /// file names.
    #[arg(long, value_name = "ZONE", value_parser = super::values::parse_zone)]
    pub input_tz: Option<runsheet::model::Zone>,
    /// With --out-dir, `room` writes one file per room and day (for the room's stage
    /// manager) holding that day's sheets in start order.
    #[arg(long, value_enum, requires = "out_dir")]
    pub by: Option<SheetBy>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = SheetFormat::Text)]
    pub format: SheetFormat,
    /// Extra clock columns, comma-separated (`UTC,Europe/Warsaw,America/New_York`). With
    /// --start, the first zone is the one the start is written in.
    #[arg(long, value_delimiter = ',', value_name = "ZONES")]
    pub tz: Vec<String>,
    /// How long before each segment's end the warning cue falls (`2m`, `1h`, `0` for none).
    #[arg(long, default_value = "2m", value_parser = parse_warn, value_name = "DURATION")]
    pub cue_before: u32,
    /// The old name of --cue-before (it read like the rule flag `--warn CODE` of `check`);
    /// still read for one release, with a note.
    #[arg(long, value_parser = parse_warn, value_name = "DURATION", hide = true, conflicts_with = "cue_before")]
    pub warn: Option<u32>,
    /// Split each speakers' segment into equal turns, one per speaker, in speaking order.
    #[arg(long)]
    pub per_speaker: bool,
    /// Start for sessions that have no slot, as local time in the first --tz zone
    /// (`2019-11-26T09:30`).
    #[arg(long, requires = "tz", value_name = "DATETIME")]
    pub start: Option<String>,
    /// Write everything to this file (`-` for standard output).
    #[arg(short = 'o', long = "output", value_name = "FILE", conflicts_with = "out_dir")]
    pub output: Option<PathBuf>,
    /// Write one file per session into this directory, named after the session.
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
    /// Colour in text output: only on a terminal (`auto`, honouring NO_COLOR), or never/always.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
}

/// Output formats of `sheet`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SheetFormat {
    /// Aligned plain text that fits 100 columns.
    Text,
    /// A GitHub Markdown table.
    Md,
    /// One self-contained page that prints on one A4 or Letter sheet.
    Html,
    /// The sheet's data as JSON.
    Json,
    /// One record per row and per cue, safe to open in a spreadsheet.
    Csv,
}

impl SheetFormat {
    /// The extension of a written sheet. A text sheet is `.sheet.txt`, which walking a
    /// directory for inputs skips, so a run's sheets never become the next run's inputs.
    fn extension(self) -> &'static str {
        match self {
            SheetFormat::Text => "sheet.txt",
            SheetFormat::Md => "md",
            SheetFormat::Html => "html",
            SheetFormat::Json => "json",
            SheetFormat::Csv => "csv",
        }
    }

    fn render(self, sheets: &[Sheet], color: bool) -> anyhow::Result<String> {
        Ok(match self {
            SheetFormat::Text => sheet::text::render(sheets, color),
            SheetFormat::Md => sheet::md::render(sheets)?,
            SheetFormat::Html => sheet::html::render(sheets)?,
            SheetFormat::Json => sheet::json::render(sheets),
            SheetFormat::Csv => sheet::csv::render(sheets)?,
        })
    }
}

/// How `--by` groups sheets into files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SheetBy {
    /// One file per room and day.
    Room,
}

/// Reads a warning lead time: `2m`, `2min`, `120s`, `1h`, or a bare number of minutes.
fn parse_warn(s: &str) -> Result<u32, String> {
    let t = s.trim().to_ascii_lowercase();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: u32 = num.parse().map_err(|_| format!("`{s}` is not a duration such as 2m or 120s"))?;
    let minutes = match unit.trim() {
        "" | "m" | "min" | "mins" | "minute" | "minutes" => Some(n),
        "h" | "hour" | "hours" => n.checked_mul(60),
        "s" | "sec" | "secs" | "seconds" if n % 60 == 0 => Some(n / 60),
        "s" | "sec" | "secs" | "seconds" => return Err(format!("`{s}`: run-sheets work in whole minutes")),
        _ => None,
    };
    minutes.ok_or_else(|| format!("`{s}` is not a duration such as 2m or 120s"))
}

/// The resolved plan: what the user typed, checked and turned into options once.
struct Plan {
    options: SheetOptions,
    color: bool,
}

fn plan(args: &SheetArgs) -> anyhow::Result<Plan> {
    let zones: Vec<Zone> = args
        .tz
        .iter()
        .filter(|z| !z.trim().is_empty())
        .map(|z| time::zone_named(z).with_context(|| "in --tz".to_owned()))
        .collect::<anyhow::Result<_>>()?;
    let start = match &args.start {
        None => None,
        Some(text) => {
            let zone = zones.first().context("--start needs --tz to say which zone it is in")?;
            let local = super::values::parse_local(text).map_err(|e| anyhow::anyhow!("--start {e}"))?;
            let resolved = time::resolve(local.date(), local.time(), zone).context("in --start")?;
            if resolved.repeated {
                eprintln!(
                    "warning: --start {text} happens twice in {} (clocks go back); using the first, {}",
                    time::zone_name(zone),
                    resolved.instant.to_rfc3339()
                );
            }
            Some((resolved.instant, zone.clone()))
        }
    };
    let to_stdout = args.out_dir.is_none() && args.output.as_deref().is_none_or(|o| o == Path::new("-"));
    let color = args.format == SheetFormat::Text && args.color.colours(to_stdout && std::io::stdout().is_terminal());
    let warn_minutes = match args.warn {
        Some(m) => {
            eprintln!("warning: `sheet --warn` is now `--cue-before`; `--warn` will be removed in the next release");
            m
        }
        None => args.cue_before,
    };
    Ok(Plan { options: SheetOptions { zones, warn_minutes, per_speaker: args.per_speaker, start }, color })
}

/// Runs `sheet`: exit 0 when every input gave a sheet, 1 when one could not be parsed or
/// laid out, 2 when one could not be read (the others are still written).
pub fn run(args: &SheetArgs) -> anyhow::Result<ExitCode> {
    let plan = plan(args)?;
    let inputs = collect_inputs(&args.paths, &args.walk)?;
    let programme = match &args.schedule {
        Some(path) => Some(super::check::load_programme_noted(path, args.input_tz.as_ref())?),
        None => None,
    };
    if inputs.is_empty() && programme.is_none() {
        bail!("no inputs: the directories given hold no .txt or .toml files");
    }
    // The programme is an input too: no output may overwrite it.
    let guarded: Vec<PathBuf> = inputs.iter().chain(&args.schedule).cloned().collect();
    let guard = InputGuard::new(&guarded);
    let mut failed = false;
    let mut unreadable = false;
    let mut sessions: Vec<(String, runsheet::model::Session)> = Vec::new();
    for path in &inputs {
        let Some(source) = read_or_report(path) else {
            unreadable = true;
            continue;
        };
        match runsheet::event::read(&source, args.input_tz.as_ref()) {
            // Every session the input holds (days or parts), in text order.
            Ok(mut all) => {
                super::say_zone_given(&source.name, &all);
                if let Some(p) = &programme {
                    for w in super::ics::merge_programme(p, &mut all, &source.name) {
                        eprintln!("{w}");
                    }
                }
                sessions.extend(all.into_iter().map(|s| (source.name.clone(), s)));
            }
            Err(e) => {
                failed = true;
                eprintln!("error: {}", super::located(&source.name, e.span, &e.message));
            }
        }
    }
    let by_room = matches!((&args.out_dir, args.by), (Some(_), Some(SheetBy::Room)));
    if inputs.is_empty() {
        if let Some(p) = &programme {
            // Per room, an event listed in two rooms is on both rooms' sheets.
            for e in &p.events {
                if by_room {
                    sessions.extend(e.listings().map(|s| (String::new(), s)));
                } else {
                    sessions.push((String::new(), e.session.clone()));
                }
            }
        }
    }
    if let (Some(dir), true) = (&args.out_dir, by_room) {
        let all: Vec<runsheet::model::Session> = sessions.into_iter().map(|(_, s)| s).collect();
        let days = programme.as_ref().map(|p| p.days.as_slice()).unwrap_or_default();
        for (group, _) in runsheet::schedule::group::by_room_and_day(&all, days) {
            let day: Vec<Sheet> = group
                .sessions
                .iter()
                .map(|&i| sheet::build(&all[i], &plan.options).with_context(|| group.name.clone()))
                .collect::<anyhow::Result<_>>()?;
            let path = dir.join(format!("{}.{}", group.key, args.format.extension()));
            guard.check(&path)?;
            write_atomic(&path, args.format.render(&day, false)?.as_bytes())?;
            super::say(format!("wrote {}", super::shown(path.display())));
        }
        return Ok(exit_code(unreadable, failed));
    }
    let mut sheets = Vec::new();
    for (name, session) in &sessions {
        if let Some(why) = no_clock_times(session, &plan.options) {
            eprintln!("warning: {}: {}: {}", super::shown(name), super::shown(session.display_name()), super::shown(why));
        }
        // One session that cannot be laid out does not stop the others.
        match sheet::build(session, &plan.options) {
            Ok(sheet) => sheets.push((runsheet::render::file_stem(session), sheet)),
            Err(e) => {
                failed = true;
                eprintln!("error: {}: {}", super::shown(name), super::shown(e));
            }
        }
    }
    if let Some(dir) = &args.out_dir {
        let mut used = BTreeSet::new();
        for (stem, sheet) in &sheets {
            let name = super::io::unique_name(stem, &format!(".{}", args.format.extension()), &mut used);
            let path = dir.join(&name);
            guard.check(&path)?;
            write_atomic(&path, args.format.render(std::slice::from_ref(sheet), false)?.as_bytes())?;
            super::say(format!("wrote {}", super::shown(path.display())));
        }
    } else if !sheets.is_empty() {
        let all: Vec<Sheet> = sheets.into_iter().map(|(_, s)| s).collect();
        let out = args.output.clone().unwrap_or_else(|| PathBuf::from("-"));
        guard.check(&out)?;
        write_atomic(&out, args.format.render(&all, plan.color)?.as_bytes())?;
    }
    Ok(exit_code(unreadable, failed))
}

/// Why a sheet asked to show clock times shows offsets only, when it does: the session's
/// slot does not exist in its zone (a daylight-saving gap), or it has no slot and `--tz`
/// was given without `--start`.
fn no_clock_times(session: &runsheet::model::Session, options: &sheet::SheetOptions) -> Option<String> {
    if session.slot.is_some() || session.local_slot.is_some() || options.start.is_some() {
        return None;
    }
    if let Some(gap) = super::slot_in_gap(session) {
        return Some(format!("its slot cannot be placed ({gap}); the sheet shows offsets from the start"));
    }
    (!options.zones.is_empty()).then(|| "it has no slot, so --tz shows no clock times; give its start with --start".to_owned())
}

#[cfg(test)]
mod tests {
    use super::parse_warn;

    #[test]
    fn warn_durations() {
        assert_eq!(parse_warn("2m"), Ok(2));
        assert_eq!(parse_warn("2"), Ok(2));
        assert_eq!(parse_warn("120s"), Ok(2));
        assert_eq!(parse_warn("1h"), Ok(60));
        assert_eq!(parse_warn("0"), Ok(0));
        assert!(parse_warn("90s").is_err());
        assert!(parse_warn("soon").is_err());
        assert!(parse_warn("-2m").is_err());
    }
}
