//! The session model every parser fills and every validator and renderer reads.
//!
//! Plain data only: no I/O, no time-zone lookups, no printing. Every value taken from
//! source text carries the [`Span`] it was read from, so diagnostics can point at it.
//! Times inside a session are whole minutes from the session's start; clock instants
//! (the slot) are [`chrono::DateTime`]s with the offset they have in the zone they were
//! written in.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use serde::{Deserialize, Serialize};

/// Where a value stands in its source text: a byte range plus the 1-based line and
/// column (in characters) of its first byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: u32,
    /// 1-based column of `start`, counted in Unicode scalar values.
    pub column: u32,
}

impl Span {
    /// True when the span covers no bytes (used for values that were not in the text).
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// A value together with the span of text it was read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Where it was read; an empty default span when the value was not in the text.
    pub span: Span,
}

impl<T> Spanned<T> {
    /// Wraps `value` read at `span`.
    pub fn new(value: T, span: Span) -> Self {
        Spanned { value, span }
    }
}

/// A session identifier such as `IGF 2021 WS #119`, kept both as parts and as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionId {
    /// The event, e.g. `IGF 2021`.
    pub event: String,
    /// The kind of session, e.g. `WS`, `OF`, `Open Forum`, `Lightning Talk`.
    pub kind: String,
    /// The number within the event and kind, where there is one.
    pub number: Option<u32>,
    /// The identifier as written, e.g. `IGF 2021 WS #119`.
    pub text: String,
}

/// The time zone a slot was written in.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "lowercase")]
pub enum Zone {
    /// Coordinated Universal Time.
    Utc,
    /// A fixed offset east of UTC in seconds, e.g. `UTC+3` is 10800.
    Fixed(i32),
    /// An IANA zone name such as `Europe/Warsaw`.
    Iana(String),
}

/// The scheduled start and end of a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    /// Start instant, with the offset it has in `zone`.
    pub start: DateTime<FixedOffset>,
    /// End instant, with the offset it has in `zone`.
    pub end: DateTime<FixedOffset>,
    /// The zone the slot was written in.
    pub zone: Zone,
}

/// The part a person plays in a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Proposed or organised the session.
    Organizer,
    /// Speaks in the session.
    Speaker,
    /// Moderates in the room.
    OnsiteModerator,
    /// Moderates the remote participants.
    OnlineModerator,
    /// A moderator whose place (onsite or online) is not stated.
    Moderator,
    /// Writes the session report.
    Rapporteur,
    /// Contributes expertise without a speaking slot.
    ResourcePerson,
}

impl Role {
    /// Every role, in the order runsheet lists them.
    pub const ALL: [Role; 7] = [
        Role::Organizer,
        Role::Speaker,
        Role::OnsiteModerator,
        Role::OnlineModerator,
        Role::Moderator,
        Role::Rapporteur,
        Role::ResourcePerson,
    ];

    /// The role's name in runsheet's JSON and TOML (`onsite_moderator`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Organizer => "organizer",
            Role::Speaker => "speaker",
            Role::OnsiteModerator => "onsite_moderator",
            Role::OnlineModerator => "online_moderator",
            Role::Moderator => "moderator",
            Role::Rapporteur => "rapporteur",
            Role::ResourcePerson => "resource_person",
        }
    }

    /// The role as a person would say it (`onsite moderator`).
    pub fn label(self) -> &'static str {
        match self {
            Role::Organizer => "organizer",
            Role::Speaker => "speaker",
            Role::OnsiteModerator => "onsite moderator",
            Role::OnlineModerator => "online moderator",
            Role::Moderator => "moderator",
            Role::Rapporteur => "rapporteur",
            Role::ResourcePerson => "resource person",
        }
    }
}

/// One role held by a person, with where it was stated and whether it was inferred.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleRef {
    /// The role.
    pub role: Role,
    /// The text that gave the role (the label, or the entry when inferred).
    pub span: Span,
    /// True when no label said so and the role was inferred from the entry's position.
    pub inferred: bool,
}

/// A person named in a session, merged across every place they are listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// The name as first written.
    pub name: Spanned<String>,
    /// Every role the person holds, in the order first stated.
    pub roles: Vec<RoleRef>,
    /// Organisation, where given.
    pub affiliation: Option<String>,
    /// Stakeholder group (`Civil Society`, `Government`, ...), where given.
    pub stakeholder_group: Option<String>,
    /// UN regional group (`African Group`, `WEOG`, ...), where given.
    pub regional_group: Option<String>,
    /// E-mail address, where given.
    pub email: Option<String>,
    /// Other spellings of the name that were merged into this person, with their spans.
    pub aliases: Vec<Spanned<String>>,
}

impl Person {
    /// A person with a name and roles, and none of the optional details.
    pub fn new(name: Spanned<String>, roles: Vec<RoleRef>) -> Person {
        Person {
            name,
            roles,
            affiliation: None,
            stakeholder_group: None,
            regional_group: None,
            email: None,
            aliases: Vec::new(),
        }
    }

    /// True when the person holds `role`, stated or inferred.
    pub fn has_role(&self, role: Role) -> bool {
        self.roles.iter().any(|r| r.role == role)
    }
}

/// How the clock times of a timing breakdown were written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeBasis {
    /// Offsets from the session start (`00:15 – 00:40`, `0-10 min`).
    Relative,
    /// Wall-clock times in the slot's zone (`10:15–10:30`).
    Absolute,
    /// Given as durations only (`Introductions (15 minutes)`).
    Durations,
}

/// One part of a session's agenda.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    /// Minutes from the session start at which the segment begins.
    pub start: Spanned<i32>,
    /// Minutes from the session start at which the segment ends.
    pub end: Spanned<i32>,
    /// What happens, as written.
    pub title: Spanned<String>,
    /// Longer notes for the moderator, where given.
    pub notes: Option<String>,
    /// Names of the people on in this segment, in speaking order.
    pub people: Vec<String>,
    /// Cues typed by the organiser (computed cues are added by the run-sheet).
    pub cues: Vec<String>,
    /// Wall-clock times in the slot's zone (converted when the agenda states another zone),
    /// when the breakdown used times of day.
    pub clock: Option<(NaiveTime, NaiveTime)>,
    /// The whole entry in the source.
    pub span: Span,
}

impl Segment {
    /// Length in minutes (negative when the segment ends before it starts).
    pub fn minutes(&self) -> i32 {
        self.end.value - self.start.value
    }
}

/// The timing breakdown as a whole: where it stood and how its times were written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timing {
    /// How the times were written.
    pub basis: TimeBasis,
    /// The text of the whole breakdown.
    pub span: Span,
    /// When the text reads almost as well another way, that other reading in a few words;
    /// timing findings built on an ambiguous reading are at most warnings.
    #[serde(default)]
    pub ambiguous: Option<String>,
}

/// A slot as written when the text leaves its zone (or its year) open: local clock times,
/// kept so offsets and run-sheets can use them, never turned into instants by guessing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LocalSlot {
    /// The date, when written with its year.
    pub date: Option<NaiveDate>,
    /// The start, as a local time of day.
    pub start: NaiveTime,
    /// The end, as a local time of day, when written.
    pub end: Option<NaiveTime>,
    /// The end's date, when written as another day's (`3 May 17:00 – 4 May 17:00`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_date: Option<NaiveDate>,
}

impl LocalSlot {
    /// Minutes from the start to the end: to the end's own date when written, else to the
    /// end on the same day, or on the next when it is not after the start.
    pub fn minutes(&self) -> Option<i64> {
        let end = self.end?;
        let date = self.date.unwrap_or_default();
        let end_date = self.end_date.filter(|d| *d > date).unwrap_or(if end <= self.start { date + chrono::Duration::days(1) } else { date });
        Some((end_date.and_time(end) - date.and_time(self.start)).num_minutes())
    }
}

/// A named section of the proposal kept as text (policy questions, description, ...).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// The heading as written, or a descriptive name for unlabelled text.
    pub name: String,
    /// The text, trimmed.
    pub text: String,
    /// Where the text stood.
    pub span: Span,
}

/// How sure the parser is of a note: an ambiguity it resolved, or text it could not use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NoteLevel {
    /// The text could not be read (an error for `check`).
    Error,
    /// The parser chose between readings or inferred something.
    Warning,
    /// Worth knowing, no action needed.
    Info,
}

/// Something the parser noticed: an ambiguity it resolved, an inference, unreadable text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParseNote {
    /// Stable code shared with `runsheet check`, e.g. `role-inferred`.
    pub code: String,
    /// How serious it is.
    pub level: NoteLevel,
    /// One sentence saying what was seen and what was done.
    pub message: String,
    /// The text it is about.
    pub span: Span,
}

/// Everything runsheet knows about one session.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Session {
    /// The identifier (`IGF 2021 WS #119`), where there is one.
    pub id: Option<Spanned<SessionId>>,
    /// What makes a programme's event the same session everywhere: its guid, else the
    /// conference's acronym (or title) and the event's id; `/2`, `/3` mark a second and
    /// third occurrence. Calendar UIDs come from it. `None` for proposals.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The title.
    pub title: Option<Spanned<String>>,
    /// The declared format (`Panel`, `Round Table`, ...).
    pub format: Option<Spanned<String>>,
    /// The room layout (`Auditorium`, `Round Tables`, ...).
    pub layout: Option<Spanned<String>>,
    /// The declared duration in minutes.
    pub declared_minutes: Option<Spanned<u32>>,
    /// The scheduled slot, where known.
    pub slot: Option<Spanned<Slot>>,
    /// The slot as written, when its zone or year is not given (so `slot` is `None`).
    #[serde(default)]
    pub local_slot: Option<Spanned<LocalSlot>>,
    /// The room, where known.
    pub room: Option<Spanned<String>>,
    /// A web address for the session, where known.
    pub url: Option<String>,
    /// Everyone named, merged across listings.
    pub people: Vec<Person>,
    /// The agenda, in the order written.
    pub segments: Vec<Segment>,
    /// Where the timing breakdown stood and how it was written; `None` when there is none.
    pub timing: Option<Timing>,
    /// The remaining named sections, in source order.
    pub sections: Vec<Section>,
    /// What the parser noticed while reading.
    pub notes: Vec<ParseNote>,
}

impl Session {
    /// The span a finding about the session as a whole points at: its id, title or format
    /// line, else none (the whole file).
    pub fn heading_span(&self) -> Span {
        self.id
            .as_ref()
            .map(|i| i.span)
            .or(self.title.as_ref().map(|t| t.span))
            .or(self.format.as_ref().map(|f| f.span))
            .filter(|sp| sp.line > 0)
            .unwrap_or_default()
    }

    /// The people holding `role`, in the order they are listed.
    pub fn people_with(&self, role: Role) -> impl Iterator<Item = &Person> {
        self.people.iter().filter(move |p| p.has_role(role))
    }

    /// A short name for files and messages: the id as written, else the title, else `session`.
    pub fn display_name(&self) -> &str {
        if let Some(id) = &self.id {
            &id.value.text
        } else if let Some(t) = &self.title {
            &t.value
        } else {
            "session"
        }
    }

    /// The session's length in minutes: the declared duration, else the slot's, else the
    /// end of the last segment.
    pub fn length_minutes(&self) -> Option<i64> {
        if let Some(d) = &self.declared_minutes {
            return Some(i64::from(d.value));
        }
        if let Some(s) = &self.slot {
            return Some((s.value.end - s.value.start).num_minutes());
        }
        self.segments.iter().map(|s| i64::from(s.end.value)).max()
    }
}
