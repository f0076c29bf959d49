//! The `show --format json` contract: a stable, documented view of a session.
//!
//! Field names are part of runsheet's public interface; `docs/show.schema.json` is
//! generated from these types and a test fails if the two drift apart. New fields may be
//! added; existing ones keep their names and meanings.

use schemars::JsonSchema;
use serde::Serialize;

use crate::model::{NoteLevel, Session, TimeBasis};
use crate::time::zone_name;

/// One session as `runsheet show --format json` prints it.
#[derive(Debug, Serialize, JsonSchema)]
pub struct SessionJson {
    /// The input the session was read from (`-` for standard input).
    pub file: String,
    /// The identifier as written (`IGF 2021 WS #119`), or null.
    pub id: Option<String>,
    /// The identifier's parts, or null.
    pub id_parts: Option<IdJson>,
    /// The title (empty when none was found).
    pub title: String,
    /// The declared format (`Panel`), or null.
    pub format: Option<String>,
    /// The declared room layout (`Auditorium`), or null.
    pub layout: Option<String>,
    /// The declared duration in minutes, or null.
    pub declared_minutes: Option<u32>,
    /// The scheduled slot, or null.
    pub slot: Option<SlotJson>,
    /// The slot as written when its zone (or its year) is not given, so `slot` is null:
    /// local times, never turned into instants by guessing a zone; or null.
    pub local_slot: Option<LocalSlotJson>,
    /// The room, or null.
    pub room: Option<String>,
    /// Everyone named in the session, each once.
    pub people: Vec<PersonJson>,
    /// The agenda, in the order written.
    pub segments: Vec<SegmentJson>,
    /// How the breakdown's times were written (`relative`, `absolute`, `durations`), or null
    /// when there is no breakdown.
    pub timing_basis: Option<String>,
    /// What the parser noticed, one line each: `LINE:COLUMN: MESSAGE [CODE]`.
    pub warnings: Vec<String>,
    /// The same notes as structured objects.
    pub notes: Vec<NoteJson>,
}

/// The parts of a session identifier.
#[derive(Debug, Serialize, JsonSchema)]
pub struct IdJson {
    /// The event (`IGF 2021`).
    pub event: String,
    /// The kind of session (`WS`, `Open Forum`, ...).
    pub kind: String,
    /// The number, or null.
    pub number: Option<u32>,
}

/// A scheduled slot.
#[derive(Debug, Serialize, JsonSchema)]
pub struct SlotJson {
    /// Start, RFC 3339 with the UTC offset it has in `timezone`.
    pub start: String,
    /// End, RFC 3339 with the UTC offset it has in `timezone`.
    pub end: String,
    /// The zone the slot was written in: `UTC`, `UTC+03:00` or an IANA name.
    pub timezone: String,
}

/// A slot as written without a zone: local date and times.
#[derive(Debug, Serialize, JsonSchema)]
pub struct LocalSlotJson {
    /// The date (`2013-10-09`), or null when the text gives none or no year.
    pub date: Option<String>,
    /// The start as a local time of day (`09:30`).
    pub start: String,
    /// The end as a local time of day, or null.
    pub end: Option<String>,
    /// The end's date, only when written as another day's than the start's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<String>,
}

/// A local slot in one line: `2013-10-09 09:30–17:00 (local time, zone not given)`.
pub fn local_slot_text(l: &crate::model::LocalSlot) -> String {
    let date = l.date.map(|d| format!("{d} ")).unwrap_or_default();
    let end_date = l.end_date.map(|d| format!("{d} ")).unwrap_or_default();
    let end = l.end.map(|e| format!("–{end_date}{}", e.format("%H:%M"))).unwrap_or_default();
    format!("{date}{}{end} (local time, zone not given)", l.start.format("%H:%M"))
}

/// A person and the roles they hold.
#[derive(Debug, Serialize, JsonSchema)]
pub struct PersonJson {
    /// The name as first written.
    pub name: String,
    /// Roles: `organizer`, `speaker`, `onsite_moderator`, `online_moderator`, `moderator`,
    /// `rapporteur`, `resource_person`.
    pub roles: Vec<String>,
    /// Organisation, or null.
    pub affiliation: Option<String>,
    /// Stakeholder group, or null.
    pub stakeholder_group: Option<String>,
    /// Regional group, or null.
    pub regional_group: Option<String>,
    /// Other spellings merged into this person.
    pub aliases: Vec<String>,
}

/// One agenda segment.
#[derive(Debug, Serialize, JsonSchema)]
pub struct SegmentJson {
    /// Minutes from the session start at which it begins.
    pub start_minute: i32,
    /// Minutes from the session start at which it ends.
    pub end_minute: i32,
    /// What happens.
    pub title: String,
    /// The people on, in speaking order.
    pub people: Vec<String>,
    /// 1-based source line of the entry.
    pub line: u32,
}

/// A parser note.
#[derive(Debug, Serialize, JsonSchema)]
pub struct NoteJson {
    /// Stable code.
    pub code: String,
    /// `error`, `warning` or `info`.
    pub level: String,
    /// What was seen and what was done.
    pub message: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column.
    pub column: u32,
}

impl SessionJson {
    /// Builds the JSON view of `session`, read from `file`.
    pub fn new(file: &str, session: &Session) -> SessionJson {
        SessionJson {
            file: file.to_owned(),
            id: session.id.as_ref().map(|i| i.value.text.clone()),
            id_parts: session.id.as_ref().map(|i| IdJson {
                event: i.value.event.clone(),
                kind: i.value.kind.clone(),
                number: i.value.number,
            }),
            title: session.title.as_ref().map(|t| t.value.clone()).unwrap_or_default(),
            format: session.format.as_ref().map(|f| f.value.clone()),
            layout: session.layout.as_ref().map(|f| f.value.clone()),
            declared_minutes: session.declared_minutes.as_ref().map(|d| d.value),
            slot: session.slot.as_ref().map(|s| SlotJson {
                start: s.value.start.to_rfc3339(),
                end: s.value.end.to_rfc3339(),
                timezone: zone_name(&s.value.zone),
            }),
            local_slot: session.local_slot.as_ref().map(|l| LocalSlotJson {
                date: l.value.date.map(|d| d.to_string()),
                start: l.value.start.format("%H:%M").to_string(),
                end: l.value.end.map(|e| e.format("%H:%M").to_string()),
                end_date: l.value.end_date.map(|d| d.to_string()),
            }),
            room: session.room.as_ref().map(|r| r.value.clone()),
            people: session
                .people
                .iter()
                .map(|p| PersonJson {
                    name: p.name.value.clone(),
                    roles: p.roles.iter().map(|r| r.role.as_str().to_owned()).collect(),
                    affiliation: p.affiliation.clone(),
                    stakeholder_group: p.stakeholder_group.clone(),
                    regional_group: p.regional_group.clone(),
                    aliases: p.aliases.iter().map(|a| a.value.clone()).collect(),
                })
                .collect(),
            segments: session
                .segments
                .iter()
                .map(|s| SegmentJson {
                    start_minute: s.start.value,
                    end_minute: s.end.value,
                    title: s.title.value.clone(),
                    people: s.people.clone(),
                    line: s.span.line,
                })
                .collect(),
            timing_basis: session.timing.as_ref().map(|t| {
                match t.basis {
                    TimeBasis::Relative => "relative",
                    TimeBasis::Absolute => "absolute",
                    TimeBasis::Durations => "durations",
                }
                .to_owned()
            }),
            warnings: session
                .notes
                .iter()
                .map(|n| format!("{}:{}: {} [{}]", n.span.line, n.span.column, n.message, n.code))
                .collect(),
            notes: session
                .notes
                .iter()
                .map(|n| NoteJson {
                    code: n.code.clone(),
                    level: match n.level {
                        NoteLevel::Error => "error",
                        NoteLevel::Warning => "warning",
                        NoteLevel::Info => "info",
                    }
                    .to_owned(),
                    message: n.message.clone(),
                    line: n.span.line,
                    column: n.span.column,
                })
                .collect(),
        }
    }
}

/// Renders sessions as `show` prints them: always a top-level array, one object per session
/// in input order (each naming its `file`), however many inputs and sessions there are.
pub fn render(items: &[(String, Session)]) -> String {
    let views: Vec<SessionJson> = items.iter().map(|(f, s)| SessionJson::new(f, s)).collect();
    let mut out = serde_json::to_string_pretty(&views).expect("JSON views serialise");
    out.push('\n');
    out
}

/// The JSON Schema of `show`'s output (an array of session objects), as committed in
/// `docs/show.schema.json`.
pub fn schema() -> String {
    let mut schema = schemars::schema_for!(Vec<SessionJson>);
    schema.insert("title".into(), "runsheet show --format json".into());
    schema.insert(
        "description".into(),
        "Every session read, in input order: an array for one input or many.".into(),
    );
    let mut out = serde_json::to_string_pretty(&schema).expect("schema serialises");
    out.push('\n');
    out
}
