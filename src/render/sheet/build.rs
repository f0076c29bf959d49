//! Computes a [`Sheet`] from a session: clock times, rows, who is on, cues and turns.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, Timelike};

use super::classify::{Kind, classify};
use super::{Clock, Column, Cue, CueKind, Row, RowKind, Sheet, SheetError, SheetOptions, offset_text};
use crate::model::{Person, Role, Segment, Session, Zone};
use crate::time::{abbreviation, in_zone, zone_name};

/// The clock of a sheet: when T+0 is, and the zones to show.
struct Clocks {
    start: DateTime<FixedOffset>,
    venue_date: NaiveDate,
    zones: Vec<(Zone, String)>,
}

impl Clocks {
    fn at(&self, offset: i32) -> Result<Vec<Clock>, SheetError> {
        let instant = self.start + Duration::minutes(i64::from(offset));
        self.zones.iter().map(|(zone, label)| clock(instant, zone, label, self.venue_date)).collect()
    }
}

fn clock(instant: DateTime<FixedOffset>, zone: &Zone, label: &str, venue_date: NaiveDate) -> Result<Clock, SheetError> {
    let local = in_zone(instant, zone)?;
    let day_offset = (local.date_naive() - venue_date).num_days();
    let abbr = abbreviation(instant, zone)?;
    let mut text = format!("{:02}:{:02}", local.hour(), local.minute());
    if day_offset != 0 {
        text.push_str(&format!(" {day_offset:+}d"));
    }
    if abbr != label {
        text.push(' ');
        text.push_str(&abbr);
    }
    Ok(Clock { time: format!("{:02}:{:02}", local.hour(), local.minute()), day_offset, abbreviation: abbr, text })
}

/// The people of a session by the part they play, as the sheet names them.
struct Cast<'a> {
    session: &'a Session,
    speakers: Vec<String>,
    onsite: Vec<String>,
    online: Vec<String>,
}

impl<'a> Cast<'a> {
    fn new(session: &'a Session) -> Self {
        let names = |f: &dyn Fn(&Person) -> bool| -> Vec<String> {
            session.people.iter().filter(|p| f(p)).map(|p| p.name.value.clone()).collect()
        };
        Cast {
            session,
            speakers: names(&|p| p.has_role(Role::Speaker)),
            onsite: names(&|p| p.has_role(Role::OnsiteModerator) || p.has_role(Role::Moderator)),
            online: names(&|p| p.has_role(Role::OnlineModerator)),
        }
    }

    /// True when `name` is listed only as a moderator, so is not one of the turns.
    fn moderator_only(&self, name: &str) -> bool {
        self.session.people.iter().any(|p| {
            (p.name.value == name || p.aliases.iter().any(|a| a.value == name))
                && !p.has_role(Role::Speaker)
                && [Role::OnsiteModerator, Role::OnlineModerator, Role::Moderator].iter().any(|r| p.has_role(*r))
        })
    }

    fn moderators(&self, remote_questions: bool) -> Vec<String> {
        let mut who: Vec<String> = self.onsite.iter().map(|n| format!("{n} (moderator)")).collect();
        if remote_questions || who.is_empty() {
            let part = if remote_questions { "online moderator, remote questions" } else { "online moderator" };
            who.extend(self.online.iter().map(|n| format!("{n} ({part})")));
        }
        who
    }
}

/// Who is on in a segment, how that was found, and the speakers who take turns.
struct OnStage {
    who: Vec<String>,
    note: Option<String>,
    turns: Vec<String>,
}

fn on_stage(seg: &Segment, kind: Kind, cast: &Cast) -> OnStage {
    if !seg.people.is_empty() {
        let turns = if matches!(kind, Kind::Questions | Kind::Break) {
            Vec::new()
        } else {
            seg.people.iter().filter(|n| !cast.moderator_only(n)).cloned().collect()
        };
        let mut who = seg.people.clone();
        if kind == Kind::Questions {
            who.extend(
                cast.online
                    .iter()
                    .filter(|n| !seg.people.contains(n))
                    .map(|n| format!("{n} (online moderator, remote questions)")),
            );
        }
        return OnStage { who, note: None, turns };
    }
    match kind {
        Kind::Speakers if !cast.speakers.is_empty() => OnStage {
            who: cast.speakers.clone(),
            note: Some("Assumed: the session's speakers in listed order (the agenda names no one).".into()),
            turns: cast.speakers.clone(),
        },
        Kind::Break => OnStage { who: Vec::new(), note: None, turns: Vec::new() },
        _ => OnStage { who: cast.moderators(kind == Kind::Questions), note: None, turns: Vec::new() },
    }
}

/// Builds the run-sheet of `session`.
///
/// Clock times come from the session's slot, else from `options.start`; without either the
/// sheet shows offsets only and says so in its notes.
///
/// # Errors
/// [`SheetError::Time`] when a zone is not in the tz database or an instant is out of range;
/// [`SheetError::EndBeforeStart`] when the slot ends before it starts.
pub fn build(session: &Session, options: &SheetOptions) -> Result<Sheet, SheetError> {
    if let Some(slot) = session.slot.as_ref().map(|s| &s.value).filter(|s| s.end < s.start) {
        return Err(SheetError::EndBeforeStart {
            session: session.display_name().to_owned(),
            start: slot.start.to_rfc3339(),
            end: slot.end.to_rfc3339(),
        });
    }
    let mut notes = Vec::new();
    let basis = match (&session.slot, &options.start) {
        (Some(slot), _) => Some((slot.value.start, slot.value.zone.clone(), "slot")),
        (None, Some((start, zone))) => Some((*start, zone.clone(), "--start")),
        (None, None) => None,
    };
    let length = length(session, &mut notes);
    let clocks = match &basis {
        Some((start, venue, _)) => {
            let mut zones: Vec<Zone> = vec![venue.clone()];
            for z in &options.zones {
                if !zones.contains(z) {
                    zones.push(z.clone());
                }
            }
            let venue_date = in_zone(*start, venue)?.date_naive();
            let labelled = zones
                .into_iter()
                .map(|z| abbreviation(*start, &z).map(|a| (z, a)))
                .collect::<Result<Vec<_>, _>>()?;
            Some(Clocks { start: *start, venue_date, zones: labelled })
        }
        None => {
            notes.push(
                "No slot: times are offsets from the start (T+HH:MM). Give --start and --tz for clock times."
                    .to_owned(),
            );
            None
        }
    };
    let at = |offset: i32| -> Result<Vec<Clock>, SheetError> {
        clocks.as_ref().map_or(Ok(Vec::new()), |c| c.at(offset))
    };
    let cue = |kind: CueKind, offset: i32, text: String| -> Result<Cue, SheetError> {
        Ok(Cue { kind, offset, offset_text: offset_text(offset), clocks: at(offset)?, text })
    };
    let row = |kind: RowKind, offset: i32, minutes: i32, title: String| -> Result<Row, SheetError> {
        Ok(Row {
            kind,
            offset,
            offset_text: offset_text(offset),
            minutes,
            clocks: at(offset)?,
            title,
            who: Vec::new(),
            who_note: None,
            note: None,
            split: false,
            cues: Vec::new(),
            line: None,
        })
    };
    let warn = i32::try_from(options.warn_minutes).unwrap_or(i32::MAX);
    // The warning and the closing cue of a stretch of time that ends at `end`.
    let closing = |start: i32, end: i32, last: Cue| -> Result<Vec<Cue>, SheetError> {
        let mut cues = Vec::new();
        if warn > 0 && warn < end - start {
            cues.push(cue(CueKind::Warning, end - warn, format!("{warn} min left"))?);
        }
        cues.push(last);
        Ok(cues)
    };

    let cast = Cast::new(session);
    let mut rows = Vec::new();
    let mut segments: Vec<&Segment> = session.segments.iter().collect();
    segments.sort_by_key(|s| s.start.value);
    if segments.iter().zip(&session.segments).any(|(a, b)| !std::ptr::eq(*a, b)) {
        notes.push("The agenda is not written in time order; the sheet lists it in time order.".to_owned());
    }
    if segments.is_empty() {
        notes.push("No timing breakdown: the whole session is one row.".to_owned());
        let mut r = row(RowKind::Segment, 0, length, "Whole session (no timing breakdown)".to_owned())?;
        r.who = cast.moderators(true);
        if length > 0 {
            r.cues = closing(0, length, cue(CueKind::HardEnd, length, "hard end".into())?)?;
        }
        rows.push(r);
    }
    // A first segment before T+0 (setup time, `start = "-00:10"`) is said once, not taken
    // for an overlap with a segment before it.
    let first_start = segments.first().map_or(0, |s| s.start.value);
    if first_start < 0 {
        notes.push(format!("“{}” starts at {}, before the session starts.", segments[0].title.value, offset_text(first_start)));
    }
    let mut covered = first_start.min(0);
    for (i, seg) in segments.iter().enumerate() {
        let (start, end) = (seg.start.value, seg.end.value);
        if start > covered {
            rows.push(row(RowKind::Gap, covered, start - covered, "Nothing scheduled (gap in the agenda)".into())?);
        } else if start < covered {
            notes.push(format!(
                "“{}” starts at {} before the segment before it ends at {}.",
                seg.title.value,
                offset_text(start),
                offset_text(covered)
            ));
        }
        covered = covered.max(end);
        let kind = classify(&seg.title.value);
        let stage = on_stage(seg, kind, &cast);
        let minutes = end - start;
        let mut r = row(RowKind::Segment, start, minutes, seg.title.value.clone())?;
        r.who = stage.who;
        r.who_note = stage.note;
        r.note = seg.notes.clone();
        r.line = Some(seg.span.line).filter(|l| *l > 0);
        for typed in &seg.cues {
            r.cues.push(cue(CueKind::Typed, start, typed.clone())?);
        }
        if minutes <= 0 {
            notes.push(format!("“{}” ends at {}, before it starts; no cues for it.", seg.title.value, offset_text(end)));
            rows.push(r);
            continue;
        }
        let next = segments.get(i + 1).map(|s| s.title.value.as_str());
        let hard_end = match next {
            Some(t) => format!("hard end; next: {}", short(t)),
            None => "hard end".to_owned(),
        };
        let n = i32::try_from(stage.turns.len()).unwrap_or(i32::MAX);
        let split = options.per_speaker && n >= 2;
        if split && minutes / n == 0 {
            notes.push(format!(
                "“{}” is not split into turns: {n} speakers cannot share {minutes} min.",
                short(&seg.title.value)
            ));
        }
        if !split || minutes / n == 0 {
            r.cues.extend(closing(start, end, cue(CueKind::HardEnd, end, hard_end)?)?);
            rows.push(r);
            continue;
        }
        let (each, rest) = (minutes / n, minutes % n);
        let how = if rest == 0 {
            format!("split into {n} turns of {each} min")
        } else {
            format!("split into {n} turns of {each} min, then a {rest} min buffer ({minutes} min ÷ {n} leaves {rest} over)")
        };
        notes.push(format!("“{}” ({minutes} min) is {how}.", short(&seg.title.value)));
        r.split = true;
        r.note = Some(match r.note.take() {
            Some(old) => format!("{old} — {how}"),
            None => capitalise(&how),
        });
        rows.push(r);
        for (k, name) in stage.turns.iter().enumerate() {
            let k = k as i32;
            let t0 = start + k * each;
            let last = if k + 1 < n {
                cue(CueKind::Handover, t0 + each, format!("next: {}", stage.turns[(k + 1) as usize]))?
            } else if rest > 0 {
                cue(CueKind::Handover, t0 + each, format!("buffer, {rest} min"))?
            } else {
                cue(CueKind::HardEnd, end, hard_end.clone())?
            };
            let mut t = row(RowKind::Turn, t0, each, format!("Turn {} of {n}: {name}", k + 1))?;
            t.who = vec![name.clone()];
            t.cues = closing(t0, t0 + each, last)?;
            rows.push(t);
        }
        if rest > 0 {
            let b0 = start + n * each;
            let mut b = row(RowKind::Buffer, b0, rest, format!("Buffer: {rest} min left over from the turns"))?;
            b.cues = vec![cue(CueKind::HardEnd, end, hard_end)?];
            rows.push(b);
        }
    }
    if !segments.is_empty() {
        if covered < length {
            rows.push(row(RowKind::Gap, covered, length - covered, "Nothing scheduled (agenda ends early)".into())?);
            notes.push(format!("The agenda ends at {}, before the session ends at {}.", offset_text(covered), offset_text(length)));
        } else if covered > length {
            notes.push(format!(
                "The agenda runs to {}, {} min past the session end at {}.",
                offset_text(covered),
                covered - length,
                offset_text(length)
            ));
        }
    }
    rows.push(row(RowKind::End, length, 0, "End of session".to_owned())?);

    let columns = match &clocks {
        Some(c) => {
            let end = c.start + Duration::minutes(i64::from(length));
            c.zones
                .iter()
                .map(|(zone, label)| {
                    let s = clock(c.start, zone, label, c.venue_date)?;
                    let e = clock(end, zone, label, c.venue_date)?;
                    let crosses_midnight = s.day_offset != e.day_offset;
                    Ok(Column { zone: zone_name(zone), label: label.clone(), start: s, end: e, crosses_midnight })
                })
                .collect::<Result<Vec<_>, SheetError>>()?
        }
        None => Vec::new(),
    };
    for col in columns.iter().filter(|c| c.crosses_midnight) {
        notes.push(format!("In {} the clock passes midnight during the session (marked +1d).", col.zone));
    }
    if rows.iter().any(|r| r.who_note.is_some()) {
        notes.push(
            "Speakers were assumed for segments whose titles name a round of speakers but list no one.".to_owned(),
        );
    }
    let names = |role: &[Role]| -> Vec<String> {
        session.people.iter().filter(|p| role.iter().any(|r| p.has_role(*r))).map(|p| p.name.value.clone()).collect()
    };
    Ok(Sheet {
        name: session.display_name().to_owned(),
        id: session.id.as_ref().map(|i| i.value.text.clone()),
        title: session.title.as_ref().map(|t| t.value.clone()),
        date: clocks.as_ref().map(|c| c.venue_date.format("%A %-d %B %Y").to_string()),
        clock_source: basis.map(|(_, _, s)| s.to_owned()),
        room: session.room.as_ref().map(|r| r.value.clone()),
        format: session.format.as_ref().map(|f| f.value.clone()),
        layout: session.layout.as_ref().map(|l| l.value.clone()),
        declared_minutes: session.declared_minutes.as_ref().map(|d| d.value),
        length_minutes: length,
        onsite_moderators: names(&[Role::OnsiteModerator, Role::Moderator]),
        online_moderators: names(&[Role::OnlineModerator]),
        rapporteurs: names(&[Role::Rapporteur]),
        warn_minutes: options.warn_minutes,
        columns,
        rows,
        notes,
        start: clocks.as_ref().map(|c| c.start),
    })
}

/// The session's length: the slot's, else the declared duration, else the agenda's end.
fn length(session: &Session, notes: &mut Vec<String>) -> i32 {
    let declared = session.declared_minutes.as_ref().map(|d| i64::from(d.value));
    let minutes = match &session.slot {
        Some(slot) => {
            let m = (slot.value.end - slot.value.start).num_minutes();
            if let Some(d) = declared.filter(|d| *d != m) {
                notes.push(format!("The slot runs {m} min but the declared duration is {d} min; the sheet follows the slot."));
            }
            Some(m)
        }
        None => session.length_minutes(),
    };
    match minutes {
        Some(m) => i32::try_from(m.max(0)).unwrap_or(i32::MAX),
        None => {
            notes.push("The session's length is unknown (no slot, no declared duration, no agenda).".to_owned());
            0
        }
    }
}

/// The first few words of a title, for cues and notes.
fn short(title: &str) -> String {
    let words: Vec<&str> = title.split_whitespace().collect();
    if words.len() <= 5 {
        return words.join(" ");
    }
    const LINKS: &[&str] = &["a", "an", "the", "of", "on", "and", "or", "about", "with", "for", "to", "in", "at", "by", "from"];
    let mut head = &words[..5];
    while let [rest @ .., last] = head {
        if rest.is_empty() || !LINKS.contains(&last.to_lowercase().trim_end_matches([',', ':', ';'])) {
            break;
        }
        head = rest;
    }
    format!("{} …", head.join(" ").trim_end_matches([',', ':', ';']))
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}
