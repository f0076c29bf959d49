//! runsheet's native agenda format, in TOML, for people who write agendas directly.
//!
//! ```toml
//! [session]
//! id = "IGF 2021 WS #119"        # optional; event/kind/number are read from it
//! title = "The Next Chapter of UN Cyber Dialogues"
//! format = "Panel"
//! layout = "Auditorium"
//! duration = "90m"               # or declared_minutes = 90
//! room = "Conference Room 6"
//! url = "https://..."
//! timing = "relative"            # how the segments' times were first written (optional)
//!
//! [slot]
//! start = 2021-12-10T10:15:00Z   # a TOML date-time with offset, or a local one…
//! end = 2021-12-10T11:45:00Z     # …or give `duration = "90m"` instead of `end`
//! timezone = "UTC"               # IANA name, `UTC`, `UTC+03:00`; local times are read in it
//!
//! [[people]]
//! name = "John Hering"
//! roles = ["organizer", "online_moderator"]
//! affiliation = "Microsoft"
//! stakeholder_group = "Private Sector"
//! regional_group = "Western European and Others Group (WEOG)"
//! email = "john@example.org"
//! # or: groups = ["Private Sector", "Western European and Others Group (WEOG)"]
//!
//! [[segments]]
//! duration = "15m"               # consecutive from the previous segment's end…
//! title = "Introductions"
//! people = ["John Hering"]
//! notes = "Welcome; housekeeping"
//! cues = ["Slides on"]
//!
//! [[segments]]
//! start = "00:15"                # …or offsets from the session start
//! end = "00:40"
//! title = "Moderated panel"
//!
//! [[sections]]
//! name = "Policy Question(s)"
//! text = "..."
//! ```
//!
//! Reading uses serde structs separate from the model (unknown keys are errors, with their
//! line and column); values that are well-typed but unusable (a duration `"ten"`, a local
//! time in a DST gap) become `bad-agenda-value`, `local-time-gap`, ... notes. [`to_toml`]
//! writes any session in this format, and reading it back gives the same model apart from
//! spans and notes.

use chrono::{DateTime, FixedOffset, NaiveDateTime, NaiveTime};
use serde::Deserialize;
use toml::Spanned as TSpanned;

mod write;

pub use self::write::to_toml;
pub(crate) use self::write::offset_text;

use super::{ParseError, codes, notation};
use crate::model::{
    NoteLevel, ParseNote, Person, Role, RoleRef, Section, Segment, Session, SessionId, Slot, Span, Spanned, TimeBasis,
    Timing, Zone,
};
use crate::source::Source;
use crate::time::{self, TimeError};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileIn {
    session: SessionIn,
    slot: Option<TSpanned<SlotIn>>,
    #[serde(default)]
    people: Vec<PersonIn>,
    #[serde(default)]
    segments: Vec<TSpanned<SegmentIn>>,
    #[serde(default)]
    sections: Vec<TSpanned<SectionIn>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SessionIn {
    id: Option<TSpanned<String>>,
    event: Option<String>,
    kind: Option<String>,
    number: Option<u32>,
    title: Option<TSpanned<String>>,
    format: Option<TSpanned<String>>,
    layout: Option<TSpanned<String>>,
    duration: Option<TSpanned<Minutes>>,
    declared_minutes: Option<TSpanned<u32>>,
    room: Option<TSpanned<String>>,
    url: Option<String>,
    timing: Option<TSpanned<String>>,
}

/// A duration or offset: minutes as an integer, or text (`"15m"`, `"1h15"`, `"00:15"`).
#[derive(Deserialize, Clone)]
#[serde(untagged)]
enum Minutes {
    Int(i64),
    Text(String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SlotIn {
    start: TSpanned<toml::Value>,
    end: Option<TSpanned<toml::Value>>,
    duration: Option<TSpanned<Minutes>>,
    timezone: Option<TSpanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PersonIn {
    name: TSpanned<String>,
    #[serde(default)]
    roles: Vec<TSpanned<String>>,
    #[serde(default)]
    inferred: Vec<String>,
    affiliation: Option<String>,
    stakeholder_group: Option<String>,
    regional_group: Option<String>,
    email: Option<String>,
    /// Stakeholder and regional group together, as `groups = ["Civil Society", "WEOG"]`.
    #[serde(default)]
    groups: Vec<String>,
    #[serde(default)]
    aliases: Vec<TSpanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SegmentIn {
    start: Option<TSpanned<Minutes>>,
    end: Option<TSpanned<Minutes>>,
    duration: Option<TSpanned<Minutes>>,
    title: TSpanned<String>,
    notes: Option<String>,
    #[serde(default)]
    people: Vec<String>,
    #[serde(default)]
    cues: Vec<String>,
    clock: Option<TSpanned<[String; 2]>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SectionIn {
    name: String,
    #[serde(default)]
    text: String,
}

/// True when `text` is meant as a runsheet TOML agenda: it has a `[session]` table line, or
/// starts (after comments) with a TOML table header of this format.
pub fn looks_like_agenda(text: &str) -> bool {
    // The first line that is neither blank nor a comment may open with any table of this
    // format; later lines count only as `[session]`. Only lines starting with `[` are looked
    // at after the first.
    fn header(line: &str) -> &str {
        line.trim().split('#').next().unwrap_or("").trim()
    }
    let Some(first) = text.lines().map(str::trim).find(|t| !t.is_empty() && !t.starts_with('#')) else { return false };
    if first.starts_with('[') && matches!(header(first), "[session]" | "[slot]" | "[[people]]" | "[[segments]]" | "[[sections]]") {
        return true;
    }
    let b = text.as_bytes();
    // Each byte is looked at a bounded number of times: the search for the line start goes
    // back no further than the previous `[`, and only a line's first `[` can open it.
    let (mut line_start, mut prev, mut seen) = (0, 0, usize::MAX);
    for i in memchr::memchr_iter(b'[', b) {
        if let Some(nl) = memchr::memrchr(b'\n', &b[prev..i]) {
            line_start = prev + nl + 1;
        }
        prev = i;
        if seen == line_start {
            continue;
        }
        seen = line_start;
        if b[line_start..i].iter().all(u8::is_ascii_whitespace) {
            let end = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |e| i + e);
            if header(&text[i..end]) == "[session]" {
                return true;
            }
        }
    }
    false
}

/// Reads a TOML agenda.
///
/// # Errors
/// A [`ParseError`] at the offending line and column when the TOML is malformed, has an
/// unknown key or a value of the wrong type.
pub fn parse(source: &Source) -> Result<Session, ParseError> {
    let file: FileIn = toml::from_str(&source.text).map_err(|e| {
        let span = e.span().map_or_else(|| source.span(0, 0), |r| source.span(r.start, r.end));
        ParseError { message: format!("invalid agenda: {}", e.message().trim_end()), span }
    })?;
    let mut r = Reader { src: source, notes: Vec::new() };
    let session = r.session(file);
    Ok(session)
}

struct Reader<'s> {
    src: &'s Source,
    notes: Vec<ParseNote>,
}

impl Reader<'_> {
    fn span<T>(&self, s: &TSpanned<T>) -> Span {
        let r = s.span();
        self.src.span(r.start, r.end)
    }

    fn sp<T: Clone>(&self, s: &TSpanned<T>) -> Spanned<T> {
        Spanned::new(s.get_ref().clone(), self.span(s))
    }

    fn bad(&mut self, span: Span, message: String) {
        self.notes.push(ParseNote { code: codes::BAD_AGENDA_VALUE.into(), level: NoteLevel::Error, message, span });
    }

    fn minutes(&mut self, m: &TSpanned<Minutes>, offset: bool) -> Option<Spanned<i32>> {
        let span = self.span(m);
        let v = match m.get_ref() {
            Minutes::Int(n) => i32::try_from(*n).ok(),
            Minutes::Text(t) => read_minutes(t, offset),
        };
        match v {
            Some(v) => Some(Spanned::new(v, span)),
            None => {
                let what = if offset {
                    "an offset (`00:15`, `15m` or minutes)"
                } else {
                    "a duration (`15m`, `1h15`, `90 min`)"
                };
                self.bad(span, format!("expected {what}"));
                None
            }
        }
    }

    fn session(&mut self, f: FileIn) -> Session {
        let s = f.session;
        let mut out = Session::default();
        if let Some(id) = &s.id {
            let text = id.get_ref().clone();
            let parsed = super::igf::header_id(&text);
            let event = s.event.clone().or_else(|| parsed.as_ref().map(|p| p.event.clone())).unwrap_or_default();
            let kind = s.kind.clone().or_else(|| parsed.as_ref().map(|p| p.kind.clone())).unwrap_or_default();
            let number = s.number.or_else(|| parsed.as_ref().and_then(|p| p.number));
            out.id = Some(Spanned::new(SessionId { event, kind, number, text }, self.span(id)));
        }
        out.title = s.title.as_ref().map(|t| self.sp(t));
        out.format = s.format.as_ref().map(|t| self.sp(t));
        out.layout = s.layout.as_ref().map(|t| self.sp(t));
        out.room = s.room.as_ref().map(|t| self.sp(t));
        out.url = s.url.clone();
        if let Some(d) = &s.declared_minutes {
            out.declared_minutes = Some(self.sp(d));
        } else if let Some(d) = &s.duration {
            out.declared_minutes =
                self.minutes(d, false).and_then(|m| u32::try_from(m.value).ok().map(|v| Spanned::new(v, m.span)));
        }
        if let Some(slot) = &f.slot {
            out.slot = self.slot(slot);
        }
        out.people = f.people.iter().filter_map(|p| self.person(p)).collect();
        let basis = s.timing.as_ref().and_then(|t| match t.get_ref().as_str() {
            "relative" => Some(TimeBasis::Relative),
            "absolute" => Some(TimeBasis::Absolute),
            "durations" => Some(TimeBasis::Durations),
            other => {
                let span = self.span(t);
                self.bad(span, format!("unknown timing `{other}`; expected relative, absolute or durations"));
                None
            }
        });
        let mut at = 0;
        let mut all_durations = true;
        for seg in &f.segments {
            if let Some(s) = self.segment(seg, &mut at, &mut all_durations) {
                out.segments.push(s);
            }
        }
        if let (Some(first), Some(last)) = (f.segments.first(), f.segments.last()) {
            let span = self.src.span(first.span().start, last.span().end);
            let default = if all_durations { TimeBasis::Durations } else { TimeBasis::Relative };
            out.timing = Some(Timing { basis: basis.unwrap_or(default), span, ambiguous: None });
        }
        out.sections = f
            .sections
            .iter()
            .map(|s| Section { name: s.get_ref().name.clone(), text: s.get_ref().text.clone(), span: self.span(s) })
            .collect();
        out.notes = std::mem::take(&mut self.notes);
        out
    }

    fn slot(&mut self, s: &TSpanned<SlotIn>) -> Option<Spanned<Slot>> {
        let whole = self.span(s);
        let slot = s.get_ref();
        let zone = match &slot.timezone {
            Some(z) => match time::zone_named(z.get_ref()) {
                Ok(zone) => Some(zone),
                Err(e) => {
                    let span = self.span(z);
                    self.notes.push(ParseNote {
                        code: codes::UNKNOWN_ZONE.into(),
                        level: NoteLevel::Error,
                        message: e.to_string(),
                        span,
                    });
                    return None;
                }
            },
            None => None,
        };
        let start = self.instant(&slot.start, zone.as_ref())?;
        let end = match (&slot.end, &slot.duration) {
            (Some(e), _) => self.instant(e, zone.as_ref())?,
            (None, Some(d)) => {
                let m = self.minutes(d, false)?;
                start + chrono::Duration::minutes(i64::from(m.value))
            }
            (None, None) => {
                self.bad(whole, "a slot needs `end` or `duration`".into());
                return None;
            }
        };
        let zone = zone.unwrap_or_else(|| {
            let secs = start.offset().local_minus_utc();
            if secs == 0 { Zone::Utc } else { Zone::Fixed(secs) }
        });
        let (start_z, end_z) = (time::in_zone(start, &zone).ok()?, time::in_zone(end, &zone).ok()?);
        // A date-time written with an offset the zone does not have then (other than UTC, a
        // plain way to give an instant): keep the instant, say so.
        for (written, zoned, v) in [(start, start_z, Some(&slot.start)), (end, end_z, slot.end.as_ref())] {
            if let Some(v) = v.filter(|_| written.offset() != zoned.offset() && written.offset().local_minus_utc() != 0) {
                let span = self.span(v);
                self.notes.push(ParseNote {
                    code: codes::BAD_AGENDA_VALUE.into(),
                    level: NoteLevel::Warning,
                    message: format!(
                        "the offset {} is not {}'s offset at that time ({}); the instant was kept",
                        written.offset(),
                        time::zone_name(&zone),
                        zoned.offset()
                    ),
                    span,
                });
            }
        }
        let (start, end) = (start_z, end_z);
        if end <= start {
            self.notes.push(ParseNote {
                code: codes::SLOT_END_BEFORE_START.into(),
                level: NoteLevel::Error,
                message: "the slot ends before it starts".into(),
                span: whole,
            });
        }
        Some(Spanned::new(Slot { start, end, zone }, whole))
    }

    fn instant(&mut self, v: &TSpanned<toml::Value>, zone: Option<&Zone>) -> Option<DateTime<FixedOffset>> {
        let span = self.span(v);
        let text = match v.get_ref() {
            toml::Value::Datetime(d) => d.to_string(),
            toml::Value::String(s) => s.clone(),
            _ => {
                self.bad(span, "expected a date-time such as 2024-10-27T09:00:00+02:00".into());
                return None;
            }
        };
        if let Ok(dt) = DateTime::parse_from_rfc3339(&text.replace(' ', "T")) {
            return Some(dt);
        }
        let local = ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"]
            .iter()
            .find_map(|f| NaiveDateTime::parse_from_str(&text, f).ok());
        let Some(local) = local else {
            self.bad(span, format!("`{text}` is not a date-time such as 2024-10-27T09:00"));
            return None;
        };
        let Some(zone) = zone else {
            self.bad(span, "a local date-time needs `timezone` in [slot]".into());
            return None;
        };
        match time::resolve(local.date(), local.time(), zone) {
            Ok(r) => {
                if r.repeated {
                    self.notes.push(ParseNote {
                        code: codes::LOCAL_TIME_REPEATED.into(),
                        level: NoteLevel::Warning,
                        message: format!(
                            "{local} occurs twice in {}; the first occurrence was taken",
                            time::zone_name(zone)
                        ),
                        span,
                    });
                }
                Some(r.instant)
            }
            Err(e) => {
                let code =
                    if matches!(e, TimeError::Gap { .. }) { codes::LOCAL_TIME_GAP } else { codes::BAD_AGENDA_VALUE };
                self.notes.push(ParseNote { code: code.into(), level: NoteLevel::Error, message: e.to_string(), span });
                None
            }
        }
    }

    fn person(&mut self, p: &PersonIn) -> Option<Person> {
        let mut roles = Vec::new();
        for r in &p.roles {
            let span = self.span(r);
            match Role::ALL.iter().find(|x| x.as_str() == r.get_ref() || x.label() == r.get_ref()) {
                Some(&role) => {
                    if !roles.iter().any(|x: &RoleRef| x.role == role) {
                        roles.push(RoleRef { role, span, inferred: p.inferred.iter().any(|i| i == r.get_ref()) });
                    }
                }
                None => {
                    let known: Vec<&str> = Role::ALL.iter().map(|r| r.as_str()).collect();
                    self.bad(span, format!("unknown role `{}`; expected one of {}", r.get_ref(), known.join(", ")));
                }
            }
        }
        Some(Person {
            name: self.sp(&p.name),
            roles,
            affiliation: p.affiliation.clone(),
            stakeholder_group: p.stakeholder_group.clone().or_else(|| {
                p.groups.iter().find(|g| super::people::is_stakeholder(g) || !super::people::is_regional(g)).cloned()
            }),
            regional_group: p.regional_group.clone().or_else(|| {
                p.groups.iter().find(|g| super::people::is_regional(g) && !super::people::is_stakeholder(g)).cloned()
            }),
            email: p.email.clone(),
            aliases: p.aliases.iter().map(|a| self.sp(a)).collect(),
        })
    }

    fn segment(&mut self, s: &TSpanned<SegmentIn>, at: &mut i32, all_durations: &mut bool) -> Option<Segment> {
        let whole = self.span(s);
        let seg = s.get_ref();
        let start = match &seg.start {
            Some(v) => {
                *all_durations = false;
                self.minutes(v, true)?
            }
            None => Spanned::new(*at, seg.duration.as_ref().map_or(whole, |d| self.span(d))),
        };
        let end = match (&seg.end, &seg.duration) {
            (Some(v), _) => {
                *all_durations = false;
                self.minutes(v, true)?
            }
            (None, Some(d)) => {
                let m = self.minutes(d, false)?;
                Spanned::new(start.value + m.value, m.span)
            }
            (None, None) => {
                self.bad(whole, "a segment needs `end` or `duration`".into());
                return None;
            }
        };
        *at = end.value;
        let clock = match &seg.clock {
            Some(c) => {
                let [a, b] = c.get_ref();
                let t = |x: &str| NaiveTime::parse_from_str(x, "%H:%M").ok();
                match t(a).zip(t(b)) {
                    Some(pair) => Some(pair),
                    None => {
                        let span = self.span(c);
                        self.bad(span, "expected clock = [\"HH:MM\", \"HH:MM\"]".into());
                        None
                    }
                }
            }
            None => None,
        };
        Some(Segment {
            start,
            end,
            title: self.sp(&seg.title),
            notes: seg.notes.clone(),
            people: seg.people.clone(),
            cues: seg.cues.clone(),
            clock,
            span: whole,
        })
    }
}

/// Reads an offset (`00:15`, `-00:10`, `1:25`) or a duration (`15m`, `1h15`, `90 min`) as
/// minutes.
fn read_minutes(t: &str, offset: bool) -> Option<i32> {
    let t = t.trim();
    if offset {
        let (neg, body) = match t.strip_prefix(['-', '−']) {
            Some(b) => (true, b),
            None => (false, t),
        };
        if let Some((h, m)) = body.split_once(':') {
            let (h, m): (i32, i32) = (h.parse().ok()?, m.parse().ok()?);
            if m > 59 || h < 0 || m < 0 || body.len() > 6 {
                return None;
            }
            let v = h * 60 + m;
            return Some(if neg { -v } else { v });
        }
    }
    if let Ok(n) = t.parse::<i32>() {
        return Some(n);
    }
    match notation::duration(t) {
        Ok((rest, m)) if rest.trim().is_empty() => i32::try_from(m).ok(),
        _ => None,
    }
}
