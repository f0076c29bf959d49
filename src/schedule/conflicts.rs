//! Checks across sessions: a room used twice at once, a person in two places at once or
//! without time to change rooms, an agenda longer than its slot.
//!
//! A pure function over sessions; findings are plain data that name the sessions (by index
//! into the slice given) and the spans involved, for `runsheet check` to report.
//! Times are half-open: a session ending at 10:00 and one starting at 10:00 do not overlap.

use foldhash::{HashMap, HashMapExt};
use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::names::normalise;
use super::Programme;
use crate::model::{NoteLevel, Session, Span};

/// Options for the checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// The least time, in minutes, a person needs between sessions in different rooms.
    pub changeover_minutes: i64,
}

impl Default for Options {
    fn default() -> Self {
        Options { changeover_minutes: 10 }
    }
}

/// One problem between sessions (or within one, for `agenda-exceeds-slot`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable code: `room-overlap`, `person-overlap`, `changeover-too-short`,
    /// `agenda-exceeds-slot`, or a merge code (`slot-disagrees`, `room-disagrees`).
    pub code: String,
    /// How serious it is.
    pub level: NoteLevel,
    /// One sentence naming the sessions and times.
    pub message: String,
    /// The sessions involved, as indexes into the slice checked, earliest first.
    pub sessions: Vec<usize>,
    /// One span per entry of `sessions`: the text each finding is about in that session.
    pub spans: Vec<Span>,
}

/// The code for two sessions in one room at overlapping times.
pub const ROOM_OVERLAP: &str = "room-overlap";
/// The code for one person in two overlapping sessions.
pub const PERSON_OVERLAP: &str = "person-overlap";
/// The code for one session given in two inputs.
pub const DUPLICATE_SESSION: &str = "duplicate-session";
/// The code for too little time between a person's sessions in different rooms.
pub const CHANGEOVER: &str = "changeover-too-short";
/// The code for an agenda that runs past the end of its slot.
pub const AGENDA_EXCEEDS_SLOT: &str = "agenda-exceeds-slot";

struct Item<'a> {
    index: usize,
    session: &'a Session,
    start: DateTime<FixedOffset>,
    end: DateTime<FixedOffset>,
    rooms: Vec<(String, &'a str, Span)>,
}

/// Checks sessions against each other. Sessions without a slot take part only in none of
/// the timed checks; rooms are matched without regard to case and spacing.
pub fn check(sessions: &[Session], options: &Options) -> Vec<Finding> {
    check_except(sessions, &[], options)
}

/// As [`check`], leaving out the sessions whose `copy` entry is true (the later copies of a
/// session given twice, see [`duplicates`]): a copy overlaps its original everywhere, which
/// is one `duplicate-session`, not a room and a person conflict.
pub fn check_except(sessions: &[Session], copy: &[bool], options: &Options) -> Vec<Finding> {
    let kept = |i: usize| !copy.get(i).copied().unwrap_or(false);
    let items = sessions.iter().enumerate().filter(|(i, _)| kept(*i)).filter_map(|(i, s)| item(i, s, Vec::new())).collect::<Vec<_>>();
    let mut out = run(&items, options);
    agendas(sessions.iter().enumerate().filter(|(i, _)| kept(*i)), &mut out);
    finish(out)
}

/// Sessions given more than once: the same key (the programme's guid, else the session id,
/// matched on letters and digits) and the same title, in different inputs (`input_of[i]`
/// names session `i`'s input; sessions of one input with one key are occurrences, not
/// copies). Returns one `duplicate-session` finding per such session, naming the original
/// first, and for each session whether it is a later copy.
pub fn duplicates(sessions: &[Session], input_of: &[usize]) -> (Vec<Finding>, Vec<bool>) {
    let mut copy = vec![false; sessions.len()];
    let mut groups: std::collections::BTreeMap<(String, String), Vec<usize>> = std::collections::BTreeMap::new();
    for (i, s) in sessions.iter().enumerate() {
        let key = s.key.clone().or_else(|| s.id.as_ref().map(|id| super::id_key(&id.value.text))).filter(|k| !k.is_empty());
        let Some(key) = key else { continue };
        let title = s.title.as_ref().map(|t| super::names::normalise(&t.value)).unwrap_or_default();
        groups.entry((key, title)).or_default().push(i);
    }
    let mut out = Vec::new();
    for list in groups.into_values() {
        let first_input = input_of.get(list[0]).copied();
        let copies: Vec<usize> = list.iter().copied().filter(|&i| input_of.get(i).copied() != first_input).collect();
        if copies.is_empty() {
            continue;
        }
        for &i in &copies {
            copy[i] = true;
        }
        let mut sessions_named = vec![list[0]];
        sessions_named.extend(&copies);
        let name = name(&sessions[list[0]]);
        out.push(Finding {
            code: DUPLICATE_SESSION.into(),
            level: NoteLevel::Warning,
            message: format!("`{name}` is given {} times (the same id and title); the copies are left out of the checks between sessions", copies.len() + 1),
            spans: sessions_named.iter().map(|&i| sessions[i].heading_span()).collect(),
            sessions: sessions_named,
        });
    }
    (out, copy)
}

/// Checks a programme's events; an event listed in several rooms occupies each of them.
/// Session indexes in the findings are indexes into `programme.events`.
pub fn check_programme(programme: &Programme, options: &Options) -> Vec<Finding> {
    let items = programme
        .events
        .iter()
        .enumerate()
        .filter_map(|(i, e)| item(i, &e.session, e.also_rooms.iter().map(|r| (r.value.as_str(), r.span)).collect()))
        .collect::<Vec<_>>();
    let mut out = run(&items, options);
    agendas(programme.events.iter().map(|e| &e.session).enumerate(), &mut out);
    finish(out)
}

fn item<'a>(index: usize, session: &'a Session, extra: Vec<(&'a str, Span)>) -> Option<Item<'a>> {
    let slot = &session.slot.as_ref()?.value;
    let rooms = session
        .room
        .iter()
        .map(|r| (r.value.as_str(), r.span))
        .chain(extra)
        .map(|(name, span)| (room_key(name), name, span))
        .collect();
    Some(Item { index, session, start: slot.start, end: slot.end, rooms })
}

/// The key two spellings of one room share: case and spacing ignored.
pub(crate) fn room_key(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

fn run(items: &[Item], options: &Options) -> Vec<Finding> {
    let mut out = Vec::new();
    rooms(items, &mut out);
    people(items, options, &mut out);
    out
}

/// The findings in a stable order (by sessions, then code), each once, and at most one
/// room and one person overlap reported at each session ([`fold_per_session`]).
fn finish(mut out: Vec<Finding>) -> Vec<Finding> {
    out.sort_by(|a, b| (&a.sessions, &a.code).cmp(&(&b.sessions, &b.code)));
    out.dedup();
    let mut out = fold_per_session(out);
    out.sort_by(|a, b| (&a.sessions, &a.code).cmp(&(&b.sessions, &b.code)));
    out
}

/// How many folded findings a message quotes before it counts the rest.
const FOLDED_QUOTED: usize = 3;

/// Folds the room overlaps, and the person overlaps, reported at one session (a finding is
/// reported at its first session) into one finding each: a session whose people are also
/// in several other sessions at once gets one `person-overlap` naming them all, so no
/// session carries more than two overlap findings however many others it collides with.
/// The folded finding lists every session involved (each a related location).
fn fold_per_session(found: Vec<Finding>) -> Vec<Finding> {
    let foldable = |f: &Finding| f.code == ROOM_OVERLAP || f.code == PERSON_OVERLAP;
    let mut out: Vec<Finding> = Vec::with_capacity(found.len());
    // (code, first session) -> the finding in `out`, and the messages folded into it.
    let mut at: HashMap<(String, usize), (usize, Vec<String>)> = HashMap::new();
    for f in found {
        let Some(&first) = f.sessions.first().filter(|_| foldable(&f)) else {
            out.push(f);
            continue;
        };
        match at.get_mut(&(f.code.clone(), first)) {
            Some((k, messages)) => {
                let kept = &mut out[*k];
                for (s, span) in f.sessions.iter().zip(&f.spans) {
                    if !kept.sessions.contains(s) {
                        kept.sessions.push(*s);
                        kept.spans.push(*span);
                    }
                }
                messages.push(f.message);
            }
            None => {
                at.insert((f.code.clone(), first), (out.len(), vec![f.message.clone()]));
                out.push(f);
            }
        }
    }
    for (k, messages) in at.into_values() {
        if messages.len() > 1 {
            let mut parts: Vec<String> = messages.iter().take(FOLDED_QUOTED).cloned().collect();
            if messages.len() > FOLDED_QUOTED {
                parts.push(format!("{} more", messages.len() - FOLDED_QUOTED));
            }
            out[k].message = format!("{} overlaps at once: {}", messages.len(), parts.join("; "));
        }
    }
    out
}

fn when(s: &Item) -> String {
    format!("{}–{}", s.start.format("%a %Y-%m-%d %H:%M"), s.end.format("%H:%M"))
}

/// The most sessions a finding's message names; the rest are counted.
const NAMED: usize = 10;

/// Runs of overlapping intervals in a group: sorted by start, a run goes on while the next
/// starts before the latest end so far. Each run of two or more sessions is one cluster
/// (so n sessions in one room at once are one finding, not n² / 2). Linear after the sort.
fn clusters<'a, 'b>(group: &mut [(&'b Item<'a>, Span)]) -> Vec<Vec<usize>> {
    group.sort_by_key(|(it, _)| (it.start, it.end, it.index));
    let mut out = Vec::new();
    let mut run: Vec<usize> = Vec::new();
    // The sessions in the run (one session listed twice in a group counts once).
    let mut in_run: foldhash::HashSet<usize> = foldhash::HashSet::default();
    let mut end = None;
    for (k, &(it, _)) in group.iter().enumerate() {
        if end.is_some_and(|e| it.start < e) {
            if in_run.insert(it.index) {
                run.push(k);
            }
        } else {
            if run.len() > 1 {
                out.push(std::mem::take(&mut run));
            }
            run = vec![k];
            in_run.clear();
            in_run.insert(it.index);
        }
        end = Some(end.map_or(it.end, |e: DateTime<FixedOffset>| e.max(it.end)));
    }
    if run.len() > 1 {
        out.push(run);
    }
    out
}

/// `A`, `A and B`, `A, B and C`.
fn and_list(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [head @ .., last] => format!("{} and {last}", head.join(", ")),
    }
}

/// The first [`NAMED`] of `total` things, `shown`, and a count of the rest (`N more`,
/// followed by `what`), as an [`and_list`].
fn named(mut shown: Vec<String>, total: usize, what: &str) -> String {
    if total > shown.len() {
        shown.push(format!("{} more{what}", total - shown.len()));
    }
    and_list(&shown)
}

/// `` `A` (Mon 10:00–11:00) and `B` (...) ``, or the first [`NAMED`] and a count of the rest.
fn listed(items: &[&Item]) -> String {
    named(items.iter().take(NAMED).map(|it| format!("`{}` ({})", name(it.session), when(it))).collect(), items.len(), "")
}

fn rooms(items: &[Item], out: &mut Vec<Finding>) {
    let mut by_room: HashMap<&str, Vec<(&Item, Span)>> = HashMap::new();
    for it in items {
        for (key, _, span) in &it.rooms {
            by_room.entry(key.as_str()).or_default().push((it, *span));
        }
    }
    for (key, group) in &mut by_room {
        for run in clusters(group) {
            let members: Vec<&Item> = run.iter().map(|&k| group[k].0).collect();
            let room = members[0].rooms.iter().find(|r| r.0 == *key).map_or("", |r| r.1);
            let message = if members.len() == 2 {
                format!("{} are both in room `{room}` at the same time", listed(&members))
            } else {
                format!("{} sessions overlap in room `{room}`: {}", members.len(), listed(&members))
            };
            out.push(Finding {
                code: ROOM_OVERLAP.into(),
                level: NoteLevel::Error,
                message,
                sessions: members.iter().map(|it| it.index).collect(),
                spans: run.iter().map(|&k| group[k].1).collect(),
            });
        }
    }
}

/// People in the same overlapping sessions: their names, the spans of the first person's
/// listings, and the sessions as the message names them.
type Overlap = (Vec<String>, Vec<Span>, String);

/// A person's name as first written, and each session listing them with the span there.
type Listings<'n, 'i, 'a> = (&'n str, Vec<(&'i Item<'a>, Span)>);

fn people(items: &[Item], options: &Options, out: &mut Vec<Finding>) {
    // Each person (by matching key): the name as first written, and their sessions.
    let mut by_person: HashMap<String, Listings> = HashMap::new();
    for it in items {
        // A set: a session listing thousands of people must not be quadratic.
        let mut seen = foldhash::HashSet::default();
        for p in &it.session.people {
            let key = normalise(&p.name.value);
            if key.is_empty() || !seen.insert(key.clone()) {
                continue;
            }
            by_person.entry(key).or_insert_with(|| (p.name.value.as_str(), Vec::new())).1.push((it, p.name.span));
        }
    }
    let gap = chrono::Duration::minutes(options.changeover_minutes);
    // People whose overlapping sessions are the same sessions share one finding, so
    // sessions that share a slot and several people give one finding, not one per person.
    let mut overlaps: BTreeMap<Vec<usize>, Overlap> = BTreeMap::new();
    let mut persons: Vec<(String, Listings)> = by_person.into_iter().collect();
    persons.sort_by(|a, b| a.0.cmp(&b.0));
    for (_, (written, mut group)) in persons {
        let who = written.to_owned();
        for run in clusters(&mut group) {
            let members: Vec<&Item> = run.iter().map(|&k| group[k].0).collect();
            if let [a, b] = members[..] {
                if relay(a, b) {
                    continue;
                }
            }
            let ids: Vec<usize> = members.iter().map(|it| it.index).collect();
            let entry = overlaps.entry(ids).or_insert_with(|| (Vec::new(), run.iter().map(|&k| group[k].1).collect(), listed(&members)));
            entry.0.push(who.clone());
        }
        // Changeover: each session against the one that ends latest before it (sorted by
        // start, as `clusters` left them), so a person gets at most one finding per session.
        let mut latest: Option<(&Item, Span)> = None;
        for &(b, sb) in group.iter() {
            if let Some((a, sa)) = latest {
                let rooms_differ = !a.rooms.is_empty() && !b.rooms.is_empty() && !a.rooms.iter().any(|r| b.rooms.iter().any(|x| x.0 == r.0));
                if b.start >= a.end && b.start < a.end + gap && rooms_differ && a.index != b.index {
                    out.push(Finding {
                        code: CHANGEOVER.into(),
                        level: NoteLevel::Warning,
                        message: format!(
                            "{} has {} min to get from `{}` in `{}` to `{}` in `{}` (at least {} min needed)",
                            who, (b.start - a.end).num_minutes(), name(a.session), a.rooms[0].1,
                            name(b.session), b.rooms[0].1, options.changeover_minutes
                        ),
                        sessions: vec![a.index, b.index],
                        spans: vec![sa, sb],
                    });
                }
            }
            if latest.is_none_or(|(a, _)| b.end > a.end) {
                latest = Some((b, sb));
            }
        }
    }
    for (sessions, (who, spans, list)) in overlaps {
        let people = named(who.iter().take(NAMED).cloned().collect(), who.len(), " people");
        let message = if sessions.len() == 2 && who.len() == 1 {
            format!("{people} is in {list} at the same time")
        } else if who.len() == 1 {
            format!("{people} is in {} sessions at the same time: {list}", sessions.len())
        } else {
            format!("{people} are each in {} sessions at the same time: {list}", sessions.len())
        };
        out.push(Finding { code: PERSON_OVERLAP.into(), level: NoteLevel::Error, message, sessions, spans });
    }
}

/// True when one session is the other shown again in a second room (a stream or an
/// overflow room): the same times, and one title the other's with words added
/// (`Fnord News Show` and `Fnord News Show (Stream)`); the person they share is in one place.
fn relay(a: &Item, b: &Item) -> bool {
    fn title(it: &Item) -> Option<String> {
        let t = it.session.title.as_ref()?.value.to_lowercase();
        Some(t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" "))
    }
    let (Some(ta), Some(tb)) = (title(a), title(b)) else { return false };
    let (short, long) = if ta.len() <= tb.len() { (ta, tb) } else { (tb, ta) };
    a.start == b.start && a.end == b.end && !short.is_empty() && long.strip_prefix(&short).is_some_and(|rest| rest.starts_with(' '))
}

/// How a session is named in messages: its id when that reads as one (`IGF 2021 WS #119`),
/// its title when the id is a bare number or code from a schedule (`25`, `G9JGWY`).
fn name(s: &Session) -> &str {
    match (&s.id, &s.title) {
        (Some(id), Some(t)) if id.value.text.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') => &t.value,
        _ => s.display_name(),
    }
}

fn agendas<'a>(sessions: impl Iterator<Item = (usize, &'a Session)>, out: &mut Vec<Finding>) {
    for (i, s) in sessions {
        let Some(slot) = &s.slot else { continue };
        let minutes = (slot.value.end - slot.value.start).num_minutes();
        let Some(last) = s.segments.iter().max_by_key(|g| g.end.value) else { continue };
        if i64::from(last.end.value) > minutes {
            out.push(Finding {
                code: AGENDA_EXCEEDS_SLOT.into(),
                level: NoteLevel::Error,
                message: format!(
                    "the agenda of `{}` runs {} min but its slot is {minutes} min ({}–{})",
                    name(s), last.end.value, slot.value.start.format("%Y-%m-%d %H:%M"), slot.value.end.format("%H:%M")
                ),
                sessions: vec![i],
                spans: vec![last.end.span],
            });
        }
    }
}
