//! The event: every session of a run, from any mix of inputs, merged once with the
//! programme and checked as one whole. `check` and `build` get their verdict here, so they
//! cannot disagree; the binary only reads the files and writes the results.
//!
//! The flow: each input is read and parsed on its own (in parallel, by the caller), into
//! an [`Input`]; [`check_all`] merges the programme's slots and rooms into the sessions,
//! runs the checks across sessions (duplicates, rooms, people, the programme's own
//! conflicts), then the per-session rules of each input, and returns each file with its
//! diagnostics.

use rayon::prelude::*;

use crate::model::{NoteLevel, ParseNote, Session, Slot, Spanned, Zone};
use crate::parse::{ParseError, codes};
use crate::schedule::{self, Programme, diagnostics as sdiag};
use crate::source::Source;
use crate::validate::{self, Diagnostic, Plan};

/// Reads one proposal or TOML agenda into its sessions, as every command does: with
/// `input_zone` (the commands' `--input-tz`), a slot the text gives without a zone is
/// placed in that zone ([`give_zone`]).
///
/// # Errors
/// The [`ParseError`] of [`crate::parse::parse`].
pub fn read(source: &Source, input_zone: Option<&Zone>) -> Result<Vec<Session>, ParseError> {
    let mut all = crate::parse::parse(source)?;
    if let Some(zone) = input_zone {
        for s in &mut all {
            give_zone(s, zone);
        }
    }
    Ok(all)
}

/// Places a slot written without a zone (the session's `local_slot`, with its date) in
/// `zone`: the end as written (the next day when it is not after the start), else the
/// declared length. Its `zone-missing` note becomes a `zone-given` note saying which zone
/// was taken and why. Returns whether the session got a slot; a session that has a slot,
/// or a local slot without a date or an end, is left as it is.
pub fn give_zone(s: &mut Session, zone: &Zone) -> bool {
    if s.slot.is_some() {
        return false;
    }
    let Some(local) = &s.local_slot else { return false };
    let (Some(date), span) = (local.value.date, local.span) else { return false };
    let start = local.value.start;
    let minutes = match (local.value.minutes(), &s.declared_minutes) {
        (Some(m), _) => m,
        (None, Some(d)) => i64::from(d.value).max(1),
        (None, None) => return false,
    };
    let end_at = date.and_time(start) + chrono::Duration::minutes(minutes);
    let whole = (span.start, span.end);
    let mut notes = Vec::new();
    let placed: Option<Slot> =
        crate::parse::slot::place((date, start, whole), (end_at.date(), end_at.time(), whole), zone, zone, whole, &mut notes);
    for n in notes {
        s.notes.push(ParseNote { code: n.code.into(), level: n.level, message: n.message, span });
    }
    let Some(slot) = placed else { return false };
    s.slot = Some(Spanned::new(slot, span));
    s.local_slot = None;
    s.notes.retain(|n| n.code != codes::ZONE_MISSING);
    s.notes.push(ParseNote {
        code: codes::ZONE_GIVEN.into(),
        level: NoteLevel::Info,
        message: format!("the slot gives no time zone; read in {}, as --input-tz says", crate::time::zone_name(zone)),
        span,
    });
    true
}

/// One input as read: its source, its sessions or why it could not be parsed, and its
/// per-session findings when they were already made (see [`precheck`]).
#[derive(Debug)]
pub struct Input {
    /// The text read.
    pub source: Source,
    /// Every session it holds, in text order, or the parse error.
    pub sessions: Result<Vec<Session>, ParseError>,
    /// The findings of [`validate::check_sessions`], when made before the checks across
    /// sessions (the sessions were then [`slim`]med).
    pub checked: Option<Vec<Diagnostic>>,
}

impl Input {
    /// An input as parsed, not yet checked.
    pub fn parsed(source: Source, sessions: Result<Vec<Session>, ParseError>) -> Input {
        Input { source, sessions, checked: None }
    }
}

/// One input as checked: its source, its sessions (with the programme's slots and rooms
/// merged in) when they were kept, and its diagnostics.
#[derive(Debug)]
pub struct Checked {
    /// The text read.
    pub source: Source,
    /// `None` when not kept, and for the programme's own file.
    pub sessions: Option<Result<Vec<Session>, ParseError>>,
    /// Every finding about the file and its sessions, levelled and sorted.
    pub diagnostics: Vec<Diagnostic>,
}

/// Makes the per-session findings of `input` now and keeps of its sessions only what the
/// checks across sessions read, so 10,000 inputs do not hold their agendas, notes and
/// people's details until the end. Only for a run without a programme (whose slots and
/// rooms would change what the per-session rules find) that writes no outputs.
pub fn precheck(input: &mut Input, plan: &Plan) {
    let found = validate::check_sessions(&input.source, input.sessions.as_ref().map(Vec::as_slice), plan);
    if let Ok(all) = &mut input.sessions {
        all.iter_mut().for_each(slim);
    }
    input.checked = Some(found);
}

/// Drops what no check across sessions reads: segments, timing, notes, sections, and each
/// person's details other than name and roles.
pub fn slim(s: &mut Session) {
    s.segments = Vec::new();
    s.timing = None;
    s.notes = Vec::new();
    s.sections = Vec::new();
    s.url = None;
    for p in &mut s.people {
        p.affiliation = None;
        p.stakeholder_group = None;
        p.regional_group = None;
        p.email = None;
        p.aliases = Vec::new();
        p.roles.shrink_to_fit();
    }
    s.people.shrink_to_fit();
}

/// Options of the checks across sessions.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// The least time in minutes a person needs between sessions in different rooms.
    pub changeover_minutes: i64,
    /// Keep each file's sessions in the result (`build` writes them); else they are freed
    /// as soon as they are checked.
    pub keep: bool,
}

/// Checks every input: the programme's slots and rooms merged into the proposals first,
/// the checks across sessions, then the per-session rules on each session of each input
/// (unless [`precheck`] made them). Returns each file (the programme last) with its
/// diagnostics: those about the file itself once, and those of every session it holds.
///
/// `plan_of(i)` is input `i`'s plan, and `plan_of(inputs.len())` the programme's; a finding
/// across sessions takes the levels of the file it is reported in.
pub fn check_all<'p>(inputs: Vec<Input>, programme: Option<(Source, Programme)>, plan_of: &(dyn Fn(usize) -> &'p Plan + Sync), options: Options) -> Vec<Checked> {
    // Every session that parsed, in input order then text order, moved out for the checks
    // across sessions, and the file each came from; each file keeps the range of its own
    // sessions, and a parse error stays with its file.
    let total: usize = inputs.iter().map(|i| i.sessions.as_ref().map_or(0, Vec::len)).sum();
    let mut sessions: Vec<Session> = Vec::with_capacity(total);
    let mut file_of: Vec<usize> = Vec::with_capacity(total);
    type Range = Result<std::ops::Range<usize>, ParseError>;
    let parsed: Vec<(Source, Range, Option<Vec<Diagnostic>>)> = inputs
        .into_iter()
        .enumerate()
        .map(|(i, input)| {
            let p = input.sessions.map(|all| {
                let from = sessions.len();
                file_of.extend(std::iter::repeat_n(i, all.len()));
                sessions.extend(all);
                from..sessions.len()
            });
            (input.source, p, input.checked)
        })
        .collect();
    let mut extra: Vec<Vec<Diagnostic>> = vec![Vec::new(); parsed.len() + 1];
    let prog_file = parsed.len();
    if let Some((_, p)) = &programme {
        for n in &p.notes {
            extra[prog_file].push(sdiag::import_note(n));
        }
        // Without proposals there is nothing to merge into (every event would be unmatched).
        let notes = if sessions.is_empty() { Vec::new() } else { schedule::merge::apply(p, &mut sessions) };
        for n in notes {
            match sdiag::merge_note(&n) {
                Some((s, d)) => extra[file_of[s]].push(d),
                None => extra[prog_file].push(sdiag::programme_note(&n)),
            }
        }
    }
    let conflicts = schedule::conflicts::Options { changeover_minutes: options.changeover_minutes };
    if programme.is_some() && sessions.is_empty() {
        // A programme checked on its own: its events are the sessions.
        if let Some((_, p)) = &programme {
            for f in schedule::conflicts::check_programme(p, &conflicts) {
                extra[prog_file].push(sdiag::finding(&f, &[]).1);
            }
        }
    } else {
        // A session given in two inputs is one finding, and its copies take no part in the
        // checks between sessions (each would overlap the original everywhere).
        let names: Vec<&str> = parsed.iter().map(|(source, _, _)| source.name.as_str()).collect();
        let (copies, copy) = schedule::conflicts::duplicates(&sessions, &file_of);
        for f in &copies {
            let (s, d) = sdiag::finding_across_files(f, &file_of, &names);
            extra[file_of[s]].push(d);
        }
        // Without a programme, an agenda longer than its slot is already `overrun` or
        // `slot-mismatch` in the per-session rules.
        let findings = schedule::conflicts::check_except(&sessions, &copy, &conflicts);
        let with_programme = programme.is_some();
        for f in findings.into_iter().filter(|f| with_programme || f.code != schedule::conflicts::AGENDA_EXCEEDS_SLOT) {
            let (s, d) = sdiag::finding_across_files(&f, &file_of, &names);
            extra[file_of[s]].push(d);
        }
    }
    // Each file takes its own sessions back (they are contiguous, in file order), so that
    // the files are checked, and their sessions freed, on every core. When every file was
    // checked already and nothing is kept, the sessions go at once.
    if !options.keep && parsed.iter().all(|p| p.2.is_some()) {
        sessions = Vec::new();
    }
    let mut jobs: Vec<_> = Vec::with_capacity(prog_file);
    for (i, ((source, range, checked), extra)) in parsed.into_iter().zip(extra.drain(..prog_file)).enumerate().rev() {
        let own = range.map(|r| if sessions.is_empty() { Vec::new() } else { sessions.split_off(r.start) });
        jobs.push((source, own, checked, extra, plan_of(i)));
    }
    jobs.reverse();
    let keep = options.keep;
    let mut out: Vec<_> = jobs
        .into_par_iter()
        .map(|(source, own, checked, extra, plan)| {
            let mut diagnostics =
                checked.unwrap_or_else(|| validate::check_sessions(&source, own.as_ref().map(Vec::as_slice), plan));
            diagnostics.extend(plan.apply(extra));
            validate::sort(&mut diagnostics);
            Checked { source, sessions: keep.then_some(own), diagnostics }
        })
        .collect();
    if let Some((source, _)) = programme {
        let mut diagnostics = plan_of(prog_file).apply(extra.pop().unwrap_or_default());
        validate::sort(&mut diagnostics);
        out.push(Checked { source, sessions: None, diagnostics });
    }
    out
}
