//! `runsheet ics`: write sessions as an iCalendar file (or one file per session), one event
//! for every session of every input.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDateTime;
use runsheet::model::{Session, Zone};
use rayon::prelude::*;
use runsheet::render::ics::{self, IcsOptions};
use runsheet::schedule::Programme;

use super::io::{InputGuard, collect_inputs, exit_code, read_source, report_unreadable, write_atomic, write_atomic_with};
use super::values::{dtstamp, parse_local, parse_minutes, parse_zone};

/// Arguments of `runsheet ics`.
#[derive(Debug, clap::Args)]
pub struct IcsArgs {
    /// Inputs: proposal text or runsheet TOML files, directories (their *.txt and *.toml),
    /// or `-` for standard input. With --schedule and no inputs, the programme's events.
    #[arg(required_unless_present = "schedule")]
    pub files: Vec<PathBuf>,
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
    /// Without it, --tz is taken for the programme.
    #[arg(long, value_name = "ZONE", value_parser = super::values::parse_zone)]
    pub input_tz: Option<runsheet::model::Zone>,
    /// With --out-dir: one calendar per room, or per person (each speaker's own sessions).
    #[arg(long, value_enum, requires = "out_dir")]
    pub by: Option<GroupBy>,
    /// Write one calendar holding every session to FILE (`-` = standard output).
    #[arg(short, long, value_name = "FILE", default_value = "-", conflicts_with = "out_dir")]
    pub output: PathBuf,
    /// Write one calendar per session into DIR, named after the session.
    #[arg(long, value_name = "DIR")]
    pub out_dir: Option<PathBuf>,
    /// Remind this long before the start (`15m`, `1h`, `1h30m`; a bare number is minutes).
    #[arg(long, value_name = "DURATION", default_value = "15m", value_parser = parse_minutes)]
    pub alarm: u32,
    /// Write no reminder.
    #[arg(long, conflicts_with = "alarm")]
    pub no_alarm: bool,
    /// Write an invitation (METHOD:REQUEST with ORGANIZER and ATTENDEE) instead of a
    /// published calendar.
    #[arg(long)]
    pub invite: bool,
    /// Organiser's e-mail address for --invite (default: the first organiser listed).
    #[arg(long, value_name = "EMAIL", requires = "invite")]
    pub organizer: Option<String>,
    /// Also write one event per agenda segment.
    #[arg(long)]
    pub segments: bool,
    /// Write times in this zone (`Europe/Warsaw`, `UTC`); also the zone of --start.
    #[arg(long, value_name = "ZONE", value_parser = parse_zone)]
    pub tz: Option<Zone>,
    /// Start for sessions without a slot, as a local time in --tz (`2019-11-26T09:30`).
    #[arg(long, value_name = "DATETIME", value_parser = parse_local, requires = "tz")]
    pub start: Option<NaiveDateTime>,
    /// Calendar name (X-WR-CALNAME).
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// SEQUENCE of the events (raise it when sending a changed invitation again).
    #[arg(long, default_value_t = 0)]
    pub sequence: u32,
}

/// How `--by` groups sessions into calendars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum GroupBy {
    /// One calendar per room.
    Room,
    /// One calendar per person.
    Person,
}

/// Runs `ics`: exit 0 when every session was written, 1 when an input could not be parsed
/// or a session could not be written, 2 when an input could not be read (the others are
/// still written).
pub fn run(args: &IcsArgs) -> anyhow::Result<ExitCode> {
    let inputs = collect_inputs(&args.files, &args.walk)?;
    // The programme is an input too: no output may overwrite it.
    let guarded: Vec<PathBuf> = inputs.iter().chain(&args.schedule).cloned().collect();
    let guard = InputGuard::new(&guarded);
    let programme = match &args.schedule {
        Some(path) => Some(super::check::load_programme_noted(path, args.input_tz.as_ref().or(args.tz.as_ref()))?),
        None => None,
    };
    if inputs.is_empty() && programme.is_none() {
        anyhow::bail!("no inputs: the directories given hold no *.txt or *.toml files");
    }
    if args.out_dir.is_none() {
        guard.check(&args.output)?;
    }
    let mut opts = IcsOptions::new(dtstamp()?);
    opts.alarm_minutes = (!args.no_alarm).then_some(args.alarm);
    opts.invite = args.invite;
    opts.segments = args.segments;
    opts.zone = args.tz.clone();
    opts.calendar_name = args.name.clone();
    opts.sequence = args.sequence;
    opts.organizer_email = args.organizer.clone();

    // Each input is read, parsed and written as events on its own, on both cores; what is
    // said about it is printed afterwards, in the order of the inputs.
    let jobs: Vec<anyhow::Result<Job>> =
        inputs.par_iter().map(|path| prepare(path, programme.as_ref(), args, &opts)).collect();
    let mut failed = false;
    let mut unreadable = false;
    let mut sessions: Vec<(String, Session)> = Vec::new();
    let mut spool = Spool::default();
    for job in jobs {
        let job = match job {
            Ok(job) => job,
            Err(e) => {
                // Not readable: said, and the others are still written.
                report_unreadable(&e);
                unreadable = true;
                continue;
            }
        };
        for m in &job.messages {
            if m.starts_with("info: ") { super::say(m) } else { eprintln!("{m}") }
        }
        failed |= job.failed;
        for (name, session, event) in job.written {
            sessions.extend(session.map(|s| (name.clone(), s)));
            if args.out_dir.is_none() {
                spool.push(&event)?;
            }
        }
    }

    if inputs.is_empty() {
        if let Some(p) = programme {
            let name = source_name(args);
            // Each event is freed once written, and the list shrinks as it empties, so a
            // large programme is not held beside its calendar.
            for e in runsheet::schedule::Freeing::new(p.events) {
                match ics::event(&e.session, &opts) {
                    Ok(event) if args.out_dir.is_none() => spool.push(&event)?,
                    Ok(_) => {}
                    Err(err) => {
                        eprintln!("error: {}: {}", super::shown(&name), super::shown(err));
                        failed = true;
                        continue;
                    }
                }
                if args.by == Some(GroupBy::Room) {
                    // Per room, an event listed in two rooms is in both rooms' calendars.
                    sessions.extend(e.listings().map(|s| (name.clone(), s)));
                } else if args.out_dir.is_some() {
                    sessions.push((name.clone(), e.session));
                }
            }
        }
    }

    if let (Some(dir), Some(by)) = (&args.out_dir, args.by) {
        let all: Vec<Session> = sessions.iter().map(|(_, s)| s.clone()).collect();
        let groups = match by {
            GroupBy::Room => runsheet::schedule::group::by_room(&all),
            GroupBy::Person => runsheet::schedule::group::by_person(&all, &[]),
        };
        for g in groups {
            let refs: Vec<&Session> = g.sessions.iter().map(|&i| &all[i]).collect();
            let mut o = opts.clone();
            o.calendar_name = Some(opts.calendar_name.clone().map_or(g.name.clone(), |n| format!("{n}: {}", g.name)));
            let out = ics::render(&refs, &o)?;
            warn_all(&g.name, &out.warnings);
            let path = dir.join(format!("{}.ics", if g.key.is_empty() { "group" } else { &g.key }));
            guard.check(&path)?;
            write_atomic(&path, out.text.as_bytes())?;
            super::say(format!("wrote {}", super::shown(path.display())));
        }
    } else if let Some(dir) = &args.out_dir {
        let mut used = std::collections::BTreeSet::new();
        for (name, session) in &sessions {
            let out = ics::render(&[session], &opts)?;
            warn_all(name, &out.warnings);
            let path = unique_path(dir, &runsheet::render::file_stem(session), &mut used);
            guard.check(&path)?;
            write_atomic(&path, out.text.as_bytes())?;
            super::say(format!("wrote {}", super::shown(path.display())));
        }
    } else if let Some(mut body) = spool.finish()? {
        let count = spool.head.events();
        if args.invite && count > 1 {
            eprintln!("warning: one invitation holds {count} sessions; calendar clients expect one per message (use --out-dir)");
        }
        // Written part by part: the head, then the events as they were spooled.
        let head = spool.head.render(&opts)?;
        warn_all(&args.output.display().to_string(), &head.warnings);
        write_atomic_with(&args.output, |w| {
            w.write_all(head.text.as_bytes())?;
            std::io::copy(&mut body, w)?;
            w.write_all(ics::CALENDAR_END.as_bytes())
        })?;
    }
    // The process ends next; the sessions go back at exit, not one by one.
    std::mem::forget(sessions);
    Ok(exit_code(unreadable, failed))
}

/// The events of the one calendar being written, spooled to an unnamed temporary file as
/// each is made (a calendar's text is several times its programme's size, and it was held
/// whole until the head before it could be written), with what the head needs of them.
#[derive(Default)]
struct Spool {
    head: ics::Head,
    file: Option<std::io::BufWriter<std::fs::File>>,
}

impl Spool {
    /// Takes in one event: its text to the file, what the head needs to `head`.
    fn push(&mut self, event: &ics::Event) -> anyhow::Result<()> {
        use std::io::Write as _;
        self.head.add(event);
        let file = match &mut self.file {
            Some(f) => f,
            None => self.file.insert(std::io::BufWriter::with_capacity(1 << 16, tempfile::tempfile()?)),
        };
        file.write_all(event.text().as_bytes())?;
        Ok(())
    }

    /// The spooled events' text, read from its start; `None` when no event was taken in.
    fn finish(&mut self) -> anyhow::Result<Option<std::io::BufReader<std::fs::File>>> {
        use std::io::Seek as _;
        let Some(file) = self.file.take() else { return Ok(None) };
        let mut file = file.into_inner().map_err(std::io::IntoInnerError::into_error)?;
        file.rewind()?;
        Ok(Some(std::io::BufReader::with_capacity(1 << 16, file)))
    }
}

/// One input made ready: the messages about it, and the events of every session it holds
/// that could be written, each with its session when --out-dir needs it again (kept
/// otherwise, 10,000 sessions would hold their memory to the end instead of handing it to
/// the next input); `failed` when it could not be parsed or one of its sessions could not
/// be written.
struct Job {
    messages: Vec<String>,
    written: Vec<(String, Option<Session>, ics::Event)>,
    failed: bool,
}

/// Reads, parses and schedules one input and writes the events of every session it holds
/// (days or parts, in text order); one session that cannot be written does not stop the
/// others. Fails only when the input cannot be read.
fn prepare(path: &Path, programme: Option<&Programme>, args: &IcsArgs, opts: &IcsOptions) -> anyhow::Result<Job> {
    let source = read_source(path)?;
    let mut job = Job { messages: Vec::new(), written: Vec::new(), failed: false };
    let mut sessions = match runsheet::event::read(&source, args.input_tz.as_ref()) {
        Ok(all) => {
            job.messages.extend(super::zone_given_lines(&source.name, &all));
            all
        }
        Err(e) => {
            job.messages.push(format!("error: {}", super::located(&source.name, e.span, &e.message)));
            job.failed = true;
            return Ok(job);
        }
    };
    if let Some(p) = programme {
        job.messages.extend(merge_programme(p, &mut sessions, &source.name));
    }
    for session in sessions {
        let event = schedule(session, args.start, args.tz.as_ref()).and_then(|(session, warning)| {
            if let Some(w) = warning {
                job.messages.push(format!("warning: {}: {}", super::shown(&source.name), super::shown(w)));
            }
            ics::event(&session, opts).map(|event| (session, event))
        });
        match event {
            Ok((session, event)) => {
                job.written.push((source.name.clone(), args.out_dir.is_some().then_some(session), event));
            }
            Err(e) => {
                job.messages.push(format!("error: {}: {}", super::shown(&source.name), super::shown(e)));
                job.failed = true;
            }
        }
    }
    Ok(job)
}

fn warn_all(name: &str, warnings: &[String]) {
    for w in warnings {
        eprintln!("warning: {}: {}", super::shown(name), super::shown(w));
    }
}

/// Applies --start to a session without a slot; the warning says when the local time
/// occurred twice.
pub(super) fn schedule(
    session: Session,
    start: Option<NaiveDateTime>,
    tz: Option<&Zone>,
) -> Result<(Session, Option<String>), ics::IcsError> {
    if session.slot.is_some() {
        return Ok((session, None));
    }
    if let (None, Some(zone)) = (start, tz) {
        // A slot written without its zone takes the zone of --tz.
        if let Some(s) = ics::with_local_slot(&session, zone)? {
            let warning = repeated_warning(&s, zone);
            return Ok((s.session, warning));
        }
    }
    if let (None, None, Some(local)) = (start, tz, session.local_slot.as_ref().filter(|l| l.value.date.is_some())) {
        let slot = runsheet::render::json::local_slot_text(&local.value);
        return Err(ics::IcsError::NoZone { session: session.display_name().to_owned(), slot });
    }
    let (Some(start), Some(zone)) = (start, tz) else {
        if let Some(gap) = super::slot_in_gap(&session) {
            return Err(ics::IcsError::SlotInGap { session: session.display_name().to_owned(), reason: gap.to_owned() });
        }
        return Err(ics::IcsError::NoSlot { session: session.display_name().to_owned() });
    };
    let s = ics::with_start(&session, start, zone)?;
    let warning = repeated_warning(&s, zone);
    Ok((s.session, warning))
}

/// The warning for a local start that occurs twice in its zone.
fn repeated_warning(s: &ics::Scheduled, zone: &Zone) -> Option<String> {
    let start = s.session.slot.as_ref()?.value.start;
    s.repeated.then(|| {
        let local = start.format("%Y-%m-%d %H:%M");
        format!("{local} occurs twice in {} (clocks go back); the first occurrence was taken (RFC 5545 §3.3.5)", runsheet::time::zone_name(zone))
    })
}

fn unique_path(dir: &Path, stem: &str, used: &mut std::collections::BTreeSet<String>) -> PathBuf {
    let stem = if stem.is_empty() { "session" } else { stem };
    dir.join(super::io::unique_name(stem, ".ics", used))
}

fn source_name(args: &IcsArgs) -> String {
    args.schedule.as_ref().map_or_else(String::new, |p| p.display().to_string())
}

/// Merges the programme's slot and room into the sessions of one input (each matched by
/// its own id); returns a warning for each thing that disagreed, to print.
pub(super) fn merge_programme(p: &Programme, sessions: &mut [Session], name: &str) -> Vec<String> {
    runsheet::schedule::merge::apply(p, sessions)
        .into_iter()
        .filter(|n| n.session.is_some())
        .map(|n| format!("warning: {}: {} [{}]", super::shown(name), super::shown(&n.message), n.code))
        .collect()
}
