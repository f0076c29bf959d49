//! Writing a session in the TOML agenda format.

use chrono::{DateTime, FixedOffset};
use serde::Serialize;

use crate::model::{Session, TimeBasis};
use crate::time;

#[derive(Serialize)]
struct FileOut {
    session: SessionOut,
    #[serde(skip_serializing_if = "Option::is_none")]
    slot: Option<SlotOut>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    people: Vec<PersonOut>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    segments: Vec<SegmentOut>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    sections: Vec<SectionOut>,
}

#[derive(Serialize)]
struct SessionOut {
    id: Option<String>,
    event: Option<String>,
    kind: Option<String>,
    number: Option<u32>,
    title: Option<String>,
    format: Option<String>,
    layout: Option<String>,
    duration: Option<String>,
    room: Option<String>,
    url: Option<String>,
    timing: Option<&'static str>,
}

#[derive(Serialize)]
struct SlotOut {
    start: toml::value::Datetime,
    end: toml::value::Datetime,
    timezone: String,
}

#[derive(Serialize)]
struct PersonOut {
    name: String,
    roles: Vec<&'static str>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    inferred: Vec<&'static str>,
    affiliation: Option<String>,
    stakeholder_group: Option<String>,
    regional_group: Option<String>,
    email: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    aliases: Vec<String>,
}

#[derive(Serialize)]
struct SegmentOut {
    #[serde(skip_serializing_if = "Option::is_none")]
    start: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    end: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    duration: Option<String>,
    title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    clock: Option<[String; 2]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    notes: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    people: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    cues: Vec<String>,
}

#[derive(Serialize)]
struct SectionOut {
    name: String,
    text: String,
}

/// Minutes from the session start as `01:05` (`-00:05` when negative).
pub(crate) fn offset_text(m: i32) -> String {
    let sign = if m < 0 { "-" } else { "" };
    let a = m.unsigned_abs();
    format!("{sign}{:02}:{:02}", a / 60, a % 60)
}

fn datetime(d: DateTime<FixedOffset>) -> toml::value::Datetime {
    d.to_rfc3339().parse().expect("RFC 3339 is a TOML date-time")
}

/// Writes `session` in runsheet's TOML agenda format; reading the result back with
/// [`super::parse`] gives the same session apart from spans and notes.
pub fn to_toml(session: &Session) -> String {
    let basis = session.timing.as_ref().map(|t| t.basis);
    // Durations are written as such when segments follow each other from minute 0.
    let consecutive = session
        .segments
        .iter()
        .try_fold(0, |at, s| (s.start.value == at && s.end.value >= at).then_some(s.end.value))
        .is_some();
    let as_durations = consecutive && basis == Some(TimeBasis::Durations);
    let file = FileOut {
        session: SessionOut {
            id: session.id.as_ref().map(|i| i.value.text.clone()),
            event: session.id.as_ref().map(|i| i.value.event.clone()),
            kind: session.id.as_ref().map(|i| i.value.kind.clone()),
            number: session.id.as_ref().and_then(|i| i.value.number),
            title: session.title.as_ref().map(|t| t.value.clone()),
            format: session.format.as_ref().map(|t| t.value.clone()),
            layout: session.layout.as_ref().map(|t| t.value.clone()),
            duration: session.declared_minutes.as_ref().map(|d| format!("{}m", d.value)),
            room: session.room.as_ref().map(|t| t.value.clone()),
            url: session.url.clone(),
            timing: basis.filter(|_| !session.segments.is_empty()).map(|b| match b {
                TimeBasis::Relative => "relative",
                TimeBasis::Absolute => "absolute",
                TimeBasis::Durations => "durations",
            }),
        },
        slot: session.slot.as_ref().map(|s| SlotOut {
            start: datetime(s.value.start),
            end: datetime(s.value.end),
            timezone: time::zone_name(&s.value.zone),
        }),
        people: session
            .people
            .iter()
            .map(|p| PersonOut {
                name: p.name.value.clone(),
                roles: p.roles.iter().map(|r| r.role.as_str()).collect(),
                inferred: p.roles.iter().filter(|r| r.inferred).map(|r| r.role.as_str()).collect(),
                affiliation: p.affiliation.clone(),
                stakeholder_group: p.stakeholder_group.clone(),
                regional_group: p.regional_group.clone(),
                email: p.email.clone(),
                aliases: p.aliases.iter().map(|a| a.value.clone()).collect(),
            })
            .collect(),
        segments: session
            .segments
            .iter()
            .map(|s| SegmentOut {
                start: (!as_durations).then(|| offset_text(s.start.value)),
                end: (!as_durations).then(|| offset_text(s.end.value)),
                duration: as_durations.then(|| format!("{}m", s.minutes())),
                title: s.title.value.clone(),
                clock: s.clock.map(|(a, b)| [a.format("%H:%M").to_string(), b.format("%H:%M").to_string()]),
                notes: s.notes.clone(),
                people: s.people.clone(),
                cues: s.cues.clone(),
            })
            .collect(),
        sections: session.sections.iter().map(|s| SectionOut { name: s.name.clone(), text: s.text.clone() }).collect(),
    };
    toml::to_string_pretty(&file).expect("agenda serialises")
}
