//! Applies a programme to proposals: each session whose id matches a programme event takes
//! the programme's slot and room (the programme wins), and a disagreement is reported.
//!
//! Ids match on letters and digits without regard to case (see [`super::id_key`]), so
//! `IGF 2021 WS #119` in a proposal matches `igf2021-ws-119` in a CSV.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::{id_key, Programme};
use crate::model::{NoteLevel, Session, Span};

/// Something applying the programme found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MergeNote {
    /// `slot-disagrees`, `room-disagrees`, or `programme-unmatched`.
    pub code: String,
    /// How serious it is.
    pub level: NoteLevel,
    /// One sentence: both values and which one was kept.
    pub message: String,
    /// The session (index into the slice given), if one is involved.
    pub session: Option<usize>,
    /// Where in the session's source the overridden value stood.
    pub span: Span,
    /// The programme event (index into `programme.events`).
    pub event: usize,
    /// Where in the programme the winning value stands.
    pub programme_span: Span,
}

/// The code for a proposal slot that differs from the programme's.
pub const SLOT_DISAGREES: &str = "slot-disagrees";
/// The code for a proposal room that differs from the programme's.
pub const ROOM_DISAGREES: &str = "room-disagrees";
/// The code for a programme event that matches no session.
pub const UNMATCHED: &str = "programme-unmatched";

/// How many unmatched events get a note each; the rest share one note that counts them.
pub const UNMATCHED_LISTED: usize = 10;

fn fmt_slot(s: &crate::model::Slot) -> String {
    format!("{}–{}", s.start.format("%Y-%m-%d %H:%M %:z"), s.end.format("%H:%M"))
}

/// Applies `programme` to `sessions` in place and returns what it found. Sessions the
/// programme does not mention are left as they are; programme events that match no
/// session are reported as `programme-unmatched` (info).
pub fn apply(programme: &Programme, sessions: &mut [Session]) -> Vec<MergeNote> {
    let mut index: HashMap<String, usize> = HashMap::new();
    for (i, e) in programme.events.iter().enumerate() {
        if let Some(id) = &e.session.id {
            index.entry(id_key(&id.value.text)).or_insert(i);
        }
    }
    let mut used = vec![false; programme.events.len()];
    let mut notes = Vec::new();
    for (si, session) in sessions.iter_mut().enumerate() {
        let Some(id) = &session.id else { continue };
        let Some(&ei) = index.get(&id_key(&id.value.text)) else { continue };
        used[ei] = true;
        let ev = &programme.events[ei].session;
        if let Some(ps) = &ev.slot {
            if let Some(own) = &session.slot {
                if own.value.start != ps.value.start || own.value.end != ps.value.end {
                    notes.push(MergeNote {
                        code: SLOT_DISAGREES.into(),
                        level: NoteLevel::Warning,
                        message: format!("`{}`: the proposal says {} but the programme says {}; the programme's slot is used", session.display_name(), fmt_slot(&own.value), fmt_slot(&ps.value)),
                        session: Some(si),
                        span: own.span,
                        event: ei,
                        programme_span: ps.span,
                    });
                }
            }
            session.slot = Some(ps.clone());
            session.declared_minutes = session.declared_minutes.take().or_else(|| ev.declared_minutes.clone());
        }
        if let Some(pr) = &ev.room {
            if let Some(own) = &session.room {
                if super::names::normalise(&own.value) != super::names::normalise(&pr.value) {
                    notes.push(MergeNote {
                        code: ROOM_DISAGREES.into(),
                        level: NoteLevel::Warning,
                        message: format!("`{}`: the proposal says room `{}` but the programme says `{}`; the programme's room is used", session.display_name(), own.value, pr.value),
                        session: Some(si),
                        span: own.span,
                        event: ei,
                        programme_span: pr.span,
                    });
                }
            }
            session.room = Some(pr.clone());
        }
        if session.title.is_none() {
            session.title = ev.title.clone();
        }
        if session.people.is_empty() {
            session.people = ev.people.clone();
        }
        if session.url.is_none() {
            session.url = ev.url.clone();
        }
    }
    // The first few unmatched events one note each, the rest counted in one: a programme
    // of 16,000 events checked with a folder of proposals gave 16,000 notes.
    let unmatched: Vec<usize> = (0..programme.events.len()).filter(|&ei| !used[ei]).collect();
    let span_of = |ei: usize| programme.events[ei].session.id.as_ref().map(|i| i.span).unwrap_or_default();
    for &ei in unmatched.iter().take(UNMATCHED_LISTED) {
        notes.push(MergeNote {
            code: UNMATCHED.into(),
            level: NoteLevel::Info,
            message: format!("the programme lists `{}`, which matches none of the proposals", programme.events[ei].session.display_name()),
            session: None,
            span: Span::default(),
            event: ei,
            programme_span: span_of(ei),
        });
    }
    if let Some(&ei) = unmatched.get(UNMATCHED_LISTED) {
        notes.push(MergeNote {
            code: UNMATCHED.into(),
            level: NoteLevel::Info,
            message: format!(
                "{} more events of the programme, from `{}` on, match none of the proposals",
                unmatched.len() - UNMATCHED_LISTED,
                programme.events[ei].session.display_name()
            ),
            session: None,
            span: Span::default(),
            event: ei,
            programme_span: span_of(ei),
        });
    }
    notes
}
