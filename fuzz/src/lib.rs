//! The pipelines the fuzz targets run, one per parser: raw bytes in, through the parser and
//! everything a user can do with its result (check, report, render, export). Each returns
//! the diagnostic codes it produced, so regression tests can assert what an input gives.
//! A panic anywhere is the bug the fuzzer looks for; errors and notes are fine.

use chrono::{DateTime, NaiveDate, NaiveDateTime};
use runsheet::model::{Session, Zone};
use runsheet::parse::{self, ParseError, agenda, notation, slot};
use runsheet::render::ics::{self, IcsOptions};
use runsheet::render::sheet::{self, SheetOptions};
use runsheet::report::{FileReport, Reporter, github::Github, human::Human, json::Json, sarif::Sarif};
use runsheet::schedule::{self, Programme, ScheduleError, conflicts, diagnostics as sdiag, export, merge};
use runsheet::source::Source;
use runsheet::validate::{self, Diagnostic, Plan};

/// Proposal text or a TOML agenda as `runsheet check`, `ics` and `sheet` read it.
pub fn proposal(bytes: &[u8]) -> Vec<String> {
    let source = Source::from_bytes("fuzz.txt", bytes);
    let parsed = parse::parse(&source);
    sessions(&source, parsed)
}

/// A TOML agenda, read by the agenda parser whatever it looks like.
pub fn agenda(bytes: &[u8]) -> Vec<String> {
    let source = Source::from_bytes("fuzz.toml", bytes);
    let parsed = agenda::parse(&source).map(|s| vec![s]);
    sessions(&source, parsed)
}

/// A programme read by one importer (as `check --schedule` and `export` use it).
pub fn programme(name: &str, bytes: &[u8], import: fn(&Source) -> Result<Programme, ScheduleError>) -> Vec<String> {
    let source = Source::from_bytes(name, bytes);
    let p = match import(&source) {
        Ok(p) => p,
        Err(_) => return vec!["schedule-unreadable".into()],
    };
    let mut out: Vec<Diagnostic> = p.notes.iter().map(sdiag::import_note).collect();
    for f in conflicts::check_programme(&p, &conflicts::Options::default()) {
        out.push(sdiag::finding(&f, &[]).1);
    }
    let mut sessions: Vec<Session> = p.events.iter().map(|e| e.session.clone()).collect();
    for n in merge::apply(&p, &mut sessions) {
        out.push(sdiag::programme_note(&n));
    }
    for format in [export::Format::FrabXml, export::Format::FrabJson] {
        let written = export::export(&p, format);
        let again = Source::new("export", written.text);
        let _ = schedule::import(&again);
    }
    for s in &sessions {
        renders(s);
    }
    report(&source, &out);
    out.into_iter().map(|d| d.code).collect()
}

/// The time notations: every scanner over the whole text, every parser at its start, and
/// the slot readers on each line. Found offsets must slice the text they came from.
pub fn notation(bytes: &[u8]) {
    let text = Source::from_bytes("fuzz", bytes).text;
    for f in notation::find_ranges(&text) {
        let _ = &text[f.start..f.end];
        if let notation::RangeValue::Clock { start_at: a, end_at: b, .. } | notation::RangeValue::Offset { start_at: a, end_at: b, .. } = f.value {
            let _ = (&text[a.0..a.1], &text[b.0..b.1]);
        }
    }
    for f in notation::find_durations(&text) {
        let _ = &text[f.start..f.end];
    }
    if let Some((_, (a, b))) = notation::leading_clock(&text) {
        let _ = &text[a..b];
    }
    let _ = (notation::clock(&text), notation::clock_range(&text), notation::offset_range(&text));
    let _ = (notation::duration(&text), notation::meridiem(&text), notation::range_sep(&text));
    let _ = runsheet::time::zone_from_name(&text);
    let day = NaiveDate::from_ymd_opt(2024, 10, 27).expect("a date");
    for line in text.lines() {
        let _ = (slot::date(line), slot::zone_text(line), slot::read_date_line(line), slot::only_date(line));
        for read in [slot::read_slot(line), slot::read_time_on(day, line)].into_iter().flatten() {
            let _ = &line[read.at.0..read.at.1];
            for n in &read.notes {
                let _ = &line[n.at.0..n.at.1];
            }
        }
    }
}

/// Checks, reports and renders one parsed input, every session it holds; returns the
/// diagnostic codes.
fn sessions(source: &Source, parsed: Result<Vec<Session>, ParseError>) -> Vec<String> {
    let diagnostics = validate::check_sessions(source, parsed.as_ref().map(Vec::as_slice), &Plan::default());
    report(source, &diagnostics);
    if let Ok(all) = &parsed {
        let _ = runsheet::render::json::render(&all.iter().map(|s| ("fuzz".into(), s.clone())).collect::<Vec<_>>());
        for s in all {
            let _ = runsheet::render::text::render("fuzz", s);
            let written = agenda::to_toml(s);
            if let Err(e) = agenda::parse(&Source::new("written.toml", written.as_str())) {
                panic!("the TOML agenda runsheet wrote does not read back: {e}\n{written}");
            }
            renders(s);
        }
        let _ = conflicts::check(all, &conflicts::Options::default());
    }
    diagnostics.into_iter().map(|d| d.code).collect()
}

/// Every renderer over one session: iCalendar (given a start when it has no slot) and the
/// run-sheet in each format, with and without extra zones and per-speaker turns.
fn renders(s: &Session) {
    let stamp = DateTime::from_timestamp(1_700_000_000, 0).expect("a timestamp");
    let start = NaiveDateTime::parse_from_str("2024-10-27T02:30", "%Y-%m-%dT%H:%M").expect("a date-time");
    let berlin = Zone::Iana("Europe/Berlin".into());
    let scheduled = match &s.slot {
        Some(_) => Some(s.clone()),
        None => ics::with_start(s, start, &berlin).ok().map(|x| x.session),
    };
    if let Some(s) = &scheduled {
        let mut opts = IcsOptions::new(stamp);
        let _ = ics::render(&[s], &opts);
        (opts.invite, opts.segments, opts.zone) = (true, true, Some(Zone::Fixed(-34_200)));
        let _ = ics::render(&[s], &opts);
    }
    let zones = vec![Zone::Utc, Zone::Iana("America/New_York".into())];
    let at = chrono::DateTime::parse_from_rfc3339("2024-03-31T01:30:00+01:00").expect("an instant");
    let options = [
        SheetOptions::default(),
        SheetOptions { zones, warn_minutes: 5, per_speaker: true, start: Some((at, berlin)) },
    ];
    for o in &options {
        let _ = (sheet::text(s, o), sheet::json(s, o), sheet::csv(s, o));
    }
    // The templates lay out the same data; once (with every column) is enough.
    let _ = (sheet::md(s, &options[1]), sheet::html(s, &options[1]));
}

/// Every reporter over one file's diagnostics.
fn report(source: &Source, diagnostics: &[Diagnostic]) {
    let files = [FileReport { source, diagnostics }];
    let reporters: [&dyn Reporter; 4] = [&Human { color: false }, &Json, &Github, &Sarif];
    for r in reporters {
        let _ = r.render(&files);
    }
}
