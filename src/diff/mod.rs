//! What changed between two versions of the same sessions (`runsheet diff OLD NEW`): slots
//! moved, rooms and lengths changed, segments added, removed, retitled or retimed, people
//! added, removed or given other roles, whole sessions added or removed.
//!
//! Sessions are matched by the event layer's key (a programme's guid), then by id
//! (`IGF 2021 WS #119`, compared as [`crate::schedule::id_key`]), then by title; segments
//! by [`align`]. A removed thing points at the old file's text, everything else at the new
//! file's. The order of the changes is deterministic: the new version's sessions in order,
//! each session's changes in a fixed order, then the removed sessions in the old order.

pub mod align;
pub mod report;

use std::collections::{BTreeMap, VecDeque};

use serde::Serialize;

use crate::model::{Role, Segment, Session, Slot, Span};
use crate::time;

/// The kinds of change, with their stable kebab-case names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    /// A session only the new version has.
    SessionAdded,
    /// A session only the old version has (cancelled).
    SessionRemoved,
    /// The session's title was changed.
    TitleChanged,
    /// The slot moved in time, or a slot was given or taken away.
    SlotMoved,
    /// The room changed.
    RoomChanged,
    /// The declared duration changed.
    DurationChanged,
    /// A segment only the new agenda has.
    SegmentAdded,
    /// A segment only the old agenda has.
    SegmentRemoved,
    /// A segment starts or ends at another time.
    SegmentRetimed,
    /// A segment has another title.
    SegmentRetitled,
    /// A person only the new version names.
    PersonAdded,
    /// A person only the old version names.
    PersonRemoved,
    /// A person named in both holds other roles.
    RoleChanged,
}

impl ChangeKind {
    /// The kind's name as written in every output (`slot-moved`).
    pub fn as_str(self) -> &'static str {
        match self {
            ChangeKind::SessionAdded => "session-added",
            ChangeKind::SessionRemoved => "session-removed",
            ChangeKind::TitleChanged => "title-changed",
            ChangeKind::SlotMoved => "slot-moved",
            ChangeKind::RoomChanged => "room-changed",
            ChangeKind::DurationChanged => "duration-changed",
            ChangeKind::SegmentAdded => "segment-added",
            ChangeKind::SegmentRemoved => "segment-removed",
            ChangeKind::SegmentRetimed => "segment-retimed",
            ChangeKind::SegmentRetitled => "segment-retitled",
            ChangeKind::PersonAdded => "person-added",
            ChangeKind::PersonRemoved => "person-removed",
            ChangeKind::RoleChanged => "role-changed",
        }
    }

    /// True for kinds that take something away (their position is in the old file).
    pub fn is_removal(self) -> bool {
        matches!(self, ChangeKind::SessionRemoved | ChangeKind::SegmentRemoved | ChangeKind::PersonRemoved)
    }

    /// True for kinds that add something.
    pub fn is_addition(self) -> bool {
        matches!(self, ChangeKind::SessionAdded | ChangeKind::SegmentAdded | ChangeKind::PersonAdded)
    }
}

/// One version's sessions, each with the name of the file it was read from.
pub type Version = [(String, Session)];

/// One change, with where it stands: the old file for a removal, else the new file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Change {
    /// What kind of change.
    pub kind: ChangeKind,
    /// The session it is in, by its id or title (as in the new version, when it has one).
    pub session: String,
    /// One sentence a reviewer reads.
    pub message: String,
    /// The value before (a slot, a room, a title, a time range, roles), or null.
    pub old: Option<String>,
    /// The value after, or null.
    pub new: Option<String>,
    /// The file the position is in.
    pub file: String,
    /// 1-based line, or null when the text gives no position (a file as a whole).
    pub line: Option<u32>,
    /// 1-based column (characters), or null with `line`.
    pub column: Option<u32>,
    /// For a removal, where its session stands in the new version (file and line), so an
    /// annotation on the new file can show it; `None` for a removed session.
    #[serde(skip)]
    pub in_new: Option<(String, Option<u32>)>,
}

/// Compares two versions and returns every change, in the order described in the module
/// documentation; an empty list when nothing changed.
pub fn compare(old: &Version, new: &Version) -> Vec<Change> {
    let matched = match_sessions(old, new);
    let mut out = Vec::new();
    let mut old_used = vec![false; old.len()];
    for (j, (file, n)) in new.iter().enumerate() {
        match matched[j] {
            Some(i) => {
                old_used[i] = true;
                let (old_file, o) = &old[i];
                Pair { old_file, new_file: file, o, n, out: &mut out }.run();
            }
            None => out.push(change(
                ChangeKind::SessionAdded,
                n,
                format!("session added{}", where_when(n)),
                None,
                Some(summary(n)),
                file,
                n.heading_span(),
            )),
        }
    }
    for (i, (file, o)) in old.iter().enumerate() {
        if !old_used[i] {
            out.push(change(
                ChangeKind::SessionRemoved,
                o,
                format!("session removed{}", where_when(o)),
                Some(summary(o)),
                None,
                file,
                o.heading_span(),
            ));
        }
    }
    out
}

/// For each new session, the old session it is (by key, then id, then title), each old
/// session matched at most once.
fn match_sessions(old: &Version, new: &Version) -> Vec<Option<usize>> {
    let tiers: [fn(&Session) -> Option<String>; 3] = [
        |s| s.key.clone(),
        |s| s.id.as_ref().map(|i| crate::schedule::id_key(&i.value.text)).filter(|k| !k.is_empty()),
        |s| s.title.as_ref().map(|t| align::fold(&t.value)).filter(|k| !k.is_empty()),
    ];
    let mut matched: Vec<Option<usize>> = vec![None; new.len()];
    let mut old_used = vec![false; old.len()];
    for tier in tiers {
        let mut by_key: BTreeMap<String, VecDeque<usize>> = BTreeMap::new();
        for (i, (_, o)) in old.iter().enumerate() {
            if let (false, Some(k)) = (old_used[i], tier(o)) {
                by_key.entry(k).or_default().push_back(i);
            }
        }
        for (j, (_, n)) in new.iter().enumerate() {
            if matched[j].is_some() {
                continue;
            }
            if let Some(i) = tier(n).and_then(|k| by_key.get_mut(&k)).and_then(VecDeque::pop_front) {
                matched[j] = Some(i);
                old_used[i] = true;
            }
        }
    }
    matched
}

/// Builds a change; `span` is in `file`.
fn change(kind: ChangeKind, s: &Session, message: String, old: Option<String>, new: Option<String>, file: &str, span: Span) -> Change {
    let at = (span.line > 0).then_some((span.line, span.column));
    Change {
        kind,
        session: name(s),
        message,
        old,
        new,
        file: file.to_owned(),
        line: at.map(|a| a.0),
        column: at.map(|a| a.1),
        in_new: None,
    }
}

/// One matched session, compared.
struct Pair<'a> {
    old_file: &'a str,
    new_file: &'a str,
    o: &'a Session,
    n: &'a Session,
    out: &'a mut Vec<Change>,
}

impl Pair<'_> {
    fn push(&mut self, kind: ChangeKind, message: String, old: Option<String>, new: Option<String>, span: Span) {
        let file = if kind.is_removal() { self.old_file } else { self.new_file };
        let mut c = change(kind, self.n, message, old, new, file, span);
        if kind.is_removal() {
            let line = Some(self.n.heading_span().line).filter(|&l| l > 0);
            c.in_new = Some((self.new_file.to_owned(), line));
        }
        self.out.push(c);
    }

    fn run(mut self) {
        self.title();
        self.slot();
        self.room();
        self.duration();
        self.segments();
        self.people();
    }

    fn title(&mut self) {
        let (o, n) = (self.o.title.as_ref(), self.n.title.as_ref());
        let (ot, nt) = (o.map(|t| squash(&t.value)), n.map(|t| squash(&t.value)));
        if ot != nt {
            let message = match (&ot, &nt) {
                (Some(a), Some(b)) => format!("title changed from “{a}” to “{b}”"),
                (None, Some(b)) => format!("title given: “{b}”"),
                (Some(a), None) => format!("title removed (was “{a}”)"),
                (None, None) => unreachable!("equal"),
            };
            let span = n.map_or(self.n.heading_span(), |t| t.span);
            self.push(ChangeKind::TitleChanged, message, ot, nt, span);
        }
    }

    fn slot(&mut self) {
        let (o, n) = (self.o.slot.as_ref(), self.n.slot.as_ref());
        let same = match (o, n) {
            (Some(a), Some(b)) => a.value.start == b.value.start && a.value.end == b.value.end,
            (None, None) => {
                let (a, b) = (self.o.local_slot.as_ref(), self.n.local_slot.as_ref());
                a.map(|l| &l.value) == b.map(|l| &l.value)
            }
            _ => false,
        };
        if same {
            return;
        }
        let text = |s: &Session| {
            s.slot
                .as_ref()
                .map(|sl| slot_text(&sl.value))
                .or_else(|| s.local_slot.as_ref().map(|l| crate::render::json::local_slot_text(&l.value)))
        };
        let (ot, nt) = (text(self.o), text(self.n));
        let message = match (&ot, &nt) {
            (Some(a), Some(b)) => {
                let shift = match (o, n) {
                    (Some(a), Some(b)) => moved_by(a.value.start, b.value.start, a.value.end, b.value.end),
                    _ => String::new(),
                };
                format!("slot moved from {a} to {b}{shift}")
            }
            (None, Some(b)) => format!("now scheduled: {b}"),
            (Some(a), None) => format!("no longer scheduled (was {a})"),
            (None, None) => return,
        };
        let span = n
            .map(|s| s.span)
            .or(self.n.local_slot.as_ref().map(|l| l.span))
            .filter(|sp| sp.line > 0)
            .unwrap_or_else(|| self.n.heading_span());
        self.push(ChangeKind::SlotMoved, message, ot, nt, span);
    }

    fn room(&mut self) {
        let (o, n) = (self.o.room.as_ref(), self.n.room.as_ref());
        let (ot, nt) = (o.map(|r| squash(&r.value)), n.map(|r| squash(&r.value)));
        if ot == nt {
            return;
        }
        let message = match (&ot, &nt) {
            (Some(a), Some(b)) => format!("room changed from {a} to {b}"),
            (None, Some(b)) => format!("room given: {b}"),
            (Some(a), None) => format!("room removed (was {a})"),
            (None, None) => return,
        };
        let span = n.map_or(self.n.heading_span(), |r| r.span);
        self.push(ChangeKind::RoomChanged, message, ot, nt, span);
    }

    fn duration(&mut self) {
        let (o, n) = (self.o.declared_minutes.as_ref(), self.n.declared_minutes.as_ref());
        let (ov, nv) = (o.map(|d| d.value), n.map(|d| d.value));
        if ov == nv {
            return;
        }
        let message = match (ov, nv) {
            (Some(a), Some(b)) => format!("declared duration changed from {a} to {b} min"),
            (None, Some(b)) => format!("declared duration given: {b} min"),
            (Some(a), None) => format!("declared duration removed (was {a} min)"),
            (None, None) => return,
        };
        let span = n.map_or(self.n.heading_span(), |d| d.span);
        self.push(ChangeKind::DurationChanged, message, ov.map(|m| format!("{m} min")), nv.map(|m| format!("{m} min")), span);
    }

    fn segments(&mut self) {
        let (os, ns) = (&self.o.segments, &self.n.segments);
        let ot: Vec<&str> = os.iter().map(|s| s.title.value.as_str()).collect();
        let nt: Vec<&str> = ns.iter().map(|s| s.title.value.as_str()).collect();
        let fit = fit(self.o, self.n);
        for pair in align::align(&ot, &nt) {
            match pair {
                align::Pair::Both(i, j) => {
                    let (a, b) = (&os[i], &ns[j]);
                    let (ta, tb) = (squash(&a.title.value), squash(&b.title.value));
                    if ta != tb {
                        let message = format!("segment {} retitled from “{ta}” to “{tb}”", j + 1);
                        self.push(ChangeKind::SegmentRetitled, message, Some(ta), Some(tb.clone()), b.title.span);
                    }
                    if (a.start.value, a.end.value) != (b.start.value, b.end.value) {
                        let message =
                            format!("segment {} “{}” retimed from {} to {}: {}{fit}", j + 1, short(&tb), range(a), range(b), retimed(a, b));
                        self.push(ChangeKind::SegmentRetimed, message, Some(range(a)), Some(range(b)), b.span);
                    }
                }
                align::Pair::Old(i) => {
                    let a = &os[i];
                    let message = format!("segment “{}” ({}, {} min) removed{fit}", short(&a.title.value), range(a), a.minutes());
                    self.push(ChangeKind::SegmentRemoved, message, Some(squash(&a.title.value)), None, a.span);
                }
                align::Pair::New(j) => {
                    let b = &ns[j];
                    let message =
                        format!("segment {} “{}” ({}, {} min) added{fit}", j + 1, short(&b.title.value), range(b), b.minutes());
                    self.push(ChangeKind::SegmentAdded, message, None, Some(squash(&b.title.value)), b.span);
                }
            }
        }
    }

    fn people(&mut self) {
        let fold = |p: &crate::model::Person| crate::parse::names::fold(&p.name.value);
        let (op, np) = (&self.o.people, &self.n.people);
        let of: Vec<String> = op.iter().map(fold).collect();
        let nf: Vec<String> = np.iter().map(fold).collect();
        // The same folded name first (by look-up), then a clear spelling variant (pair by
        // pair, only where the lists are of a size people write).
        let mut partner: Vec<Option<usize>> = vec![None; np.len()];
        let mut taken = vec![false; op.len()];
        let mut by_name: BTreeMap<&str, VecDeque<usize>> = BTreeMap::new();
        for (i, f) in of.iter().enumerate() {
            by_name.entry(f).or_default().push_back(i);
        }
        for (j, n) in nf.iter().enumerate() {
            if let Some(i) = by_name.get_mut(n.as_str()).and_then(VecDeque::pop_front) {
                partner[j] = Some(i);
                taken[i] = true;
            }
        }
        if op.len().saturating_mul(np.len()) <= 10_000 {
            for j in 0..np.len() {
                if partner[j].is_some() {
                    continue;
                }
                let variant = |i: usize| {
                    !taken[i] && crate::parse::names::compare(&op[i].name.value, &np[j].name.value) != crate::parse::names::NameMatch::Different
                };
                if let Some(i) = (0..op.len()).find(|&i| variant(i)) {
                    partner[j] = Some(i);
                    taken[i] = true;
                }
            }
        }
        for (j, p) in np.iter().enumerate() {
            match partner[j] {
                Some(i) => {
                    let (ra, rb) = (roles(&op[i]), roles(p));
                    if ra != rb {
                        let name = squash(&p.name.value);
                        let message = format!("{name}: {} → {}", roles_text(&ra), roles_text(&rb));
                        // At the role given, else at the first role kept.
                        let span = p.roles.iter().find(|r| !ra.contains(&r.role)).or(p.roles.first()).map_or(p.name.span, |r| r.span);
                        self.push(ChangeKind::RoleChanged, message, Some(roles_text(&ra)), Some(roles_text(&rb)), span);
                    }
                }
                None => {
                    let name = squash(&p.name.value);
                    let message = format!("{name} added ({})", roles_text(&roles(p)));
                    self.push(ChangeKind::PersonAdded, message, None, Some(name), p.name.span);
                }
            }
        }
        for (i, p) in op.iter().enumerate() {
            if !taken[i] {
                let name = squash(&p.name.value);
                let message = format!("{name} removed (was {})", roles_text(&roles(p)));
                self.push(ChangeKind::PersonRemoved, message, Some(name), None, p.name.span);
            }
        }
    }
}

/// Whitespace runs made one space, ends trimmed: a re-wrapped title is the same title.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A long segment title cut at a word to about 50 characters (`Moderated panel discussion
/// about the different…`), for messages; the full title is in `old`/`new`.
fn short(title: &str) -> String {
    let t = squash(title);
    if t.chars().count() <= 50 {
        return t;
    }
    let cut: String = t.chars().take(50).collect();
    let cut = cut.rfind(' ').filter(|&i| i >= 30).map_or(cut.as_str(), |i| &cut[..i]);
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.', ' ']))
}

/// A person's roles, sorted and without repeats.
fn roles(p: &crate::model::Person) -> Vec<Role> {
    let mut r: Vec<Role> = p.roles.iter().map(|r| r.role).collect();
    r.sort_unstable();
    r.dedup();
    r
}

fn roles_text(r: &[Role]) -> String {
    if r.is_empty() { "no role".into() } else { r.iter().map(|r| r.label()).collect::<Vec<_>>().join(", ") }
}

/// `00:15–00:40`: a segment's offsets from the session start.
fn range(s: &Segment) -> String {
    use crate::parse::agenda::offset_text;
    format!("{}–{}", offset_text(s.start.value), offset_text(s.end.value))
}

/// `45 min`, `2 h`, `1 h 30 min`, `2 days 1 h`.
fn span_text(m: u64) -> String {
    let (d, h, mi) = (m / 1440, m % 1440 / 60, m % 60);
    let mut parts = Vec::new();
    if d > 0 {
        parts.push(format!("{d} day{}", if d == 1 { "" } else { "s" }));
    }
    if h > 0 {
        parts.push(format!("{h} h"));
    }
    if mi > 0 || parts.is_empty() {
        parts.push(format!("{mi} min"));
    }
    parts.join(" ")
}

/// `10 min later` / `5 min earlier` for a shift of `by` minutes.
fn shift_text(by: i64) -> String {
    let dir = if by > 0 { "later" } else { "earlier" };
    format!("{} {dir}", span_text(by.unsigned_abs()))
}

/// How a retimed segment moved: `starts 10 min later, ends 10 min later` or `starts at the
/// same time, now 25 min long (was 15)`.
fn retimed(a: &Segment, b: &Segment) -> String {
    let ds = i64::from(b.start.value) - i64::from(a.start.value);
    let de = i64::from(b.end.value) - i64::from(a.end.value);
    let start = if ds == 0 { "starts at the same time".to_owned() } else { format!("starts {}", shift_text(ds)) };
    if ds == de {
        format!("{start}, same length")
    } else {
        format!("{start}, now {} min long (was {})", b.minutes(), a.minutes())
    }
}

/// How a moved slot moved: ` (45 min later)` or ` (starts 1 h earlier, 30 min longer)`.
fn moved_by(
    a0: chrono::DateTime<chrono::FixedOffset>,
    b0: chrono::DateTime<chrono::FixedOffset>,
    a1: chrono::DateTime<chrono::FixedOffset>,
    b1: chrono::DateTime<chrono::FixedOffset>,
) -> String {
    let ds = (b0 - a0).num_minutes();
    let dl = (b1 - b0).num_minutes() - (a1 - a0).num_minutes();
    match (ds, dl) {
        (0, 0) => String::new(),
        (s, 0) => format!(" ({})", shift_text(s)),
        (0, l) => format!(" (same start, {} {})", span_text(l.unsigned_abs()), if l > 0 { "longer" } else { "shorter" }),
        (s, l) => format!(" (starts {}, {} {})", shift_text(s), span_text(l.unsigned_abs()), if l > 0 { "longer" } else { "shorter" }),
    }
}

/// The slot in its own zone: `2021-12-10 10:15–11:45 UTC`, or with both dates when it
/// runs past midnight.
pub fn slot_text(slot: &Slot) -> String {
    let local = |t: chrono::DateTime<chrono::FixedOffset>| time::wall_clock(t, &slot.zone).map_or(t.naive_local(), |(l, _)| l);
    let (s, e) = (local(slot.start), local(slot.end));
    let abbr = time::abbreviation(slot.start, &slot.zone).unwrap_or_else(|_| time::zone_name(&slot.zone));
    if s.date() == e.date() {
        format!("{} {}–{} {abbr}", s.format("%Y-%m-%d"), s.format("%H:%M"), e.format("%H:%M"))
    } else {
        format!("{} – {} {abbr}", s.format("%Y-%m-%d %H:%M"), e.format("%Y-%m-%d %H:%M"))
    }
}

/// ` in Room 3, 2021-12-10 10:15–11:45 UTC` for a session added or removed.
fn where_when(s: &Session) -> String {
    let mut parts = Vec::new();
    if let Some(r) = &s.room {
        parts.push(format!("in {}", squash(&r.value)));
    }
    if let Some(sl) = &s.slot {
        parts.push(slot_text(&sl.value));
    }
    if parts.is_empty() { String::new() } else { format!(": {}", parts.join(", ")) }
}

/// How a change names its session: the id (`IGF 2021 WS #119`) or title of a proposal; a
/// programme's event, whose id is a bare number, by its title and id (`Opening (8429)`).
fn name(s: &Session) -> String {
    match (&s.key, &s.title, &s.id) {
        (Some(_), Some(t), Some(id)) => format!("{} ({})", squash(&t.value), squash(&id.value.text)),
        _ => squash(s.display_name()),
    }
}

/// A session in a few words, for the `old`/`new` value of an added or removed session.
fn summary(s: &Session) -> String {
    let mut out = name(s);
    out.push_str(&where_when(s));
    out
}

/// Whether the new agenda still fits the session, as a clause for segment changes
/// (`; the agenda still fits the 90-min session`), or nothing when the session's length is
/// not known.
fn fit(o: &Session, n: &Session) -> String {
    let length = |s: &Session| {
        s.declared_minutes
            .as_ref()
            .map(|d| i64::from(d.value))
            .or_else(|| s.slot.as_ref().map(|sl| (sl.value.end - sl.value.start).num_minutes()))
    };
    let end = |s: &Session| s.segments.iter().map(|g| i64::from(g.end.value)).max().unwrap_or(0);
    let Some(len) = length(n) else {
        return format!("; the agenda now runs {} min (was {})", end(n), end(o));
    };
    let (was, now) = (end(o), end(n));
    let fitted = length(o).is_none_or(|l| was <= l);
    if now <= len {
        format!("; the agenda {} the {len}-min session", if fitted { "still fits" } else { "now fits" })
    } else {
        format!("; the agenda now runs {} past the {len}-min session", span_text((now - len).unsigned_abs()))
    }
}
