//! IGF-style proposal text: the pages the Internet Governance Forum publishes for each
//! session (2015–2025), and similar agendas from other forums.
//!
//! The text is read line by line. The first line is the header (`IGF 2021 WS #119 Title`);
//! after it each line is, in this order of preference: the slot, the format line
//! (`Panel - Auditorium - 90 Min`), a labelled field (room, format, duration), a role label
//! with its people, a moderator line marked `(Offline)` / `(Online)`, an unlabelled person
//! in a list of people (its role inferred from position, with a `role-inferred` note), the
//! room, a section heading, or text. The timing breakdown is then looked for in the text
//! lines ([`super::timing`]), and every heading and text line is kept in a [`Section`]
//! (its line breaks written `\n` whatever the input used, so CRLF, CR and LF inputs give the
//! same model).

use crate::model::{NoteLevel, ParseNote, Role, RoleRef, Section, Session, Span, Spanned};
use crate::source::Source;

mod fields;
mod header;
mod headings;

use self::header::header;
pub(crate) use self::header::header_id;
use self::headings::{heading_name, is_heading, name_len};
use super::lines::{self, Line};
use super::names::{self, Listing};
use super::people::{self, Label};
use super::{codes, slot, timing};

/// Markdown's marks of emphasis, which wrap a title (`**Members' evening**`) or close a
/// field's label (`**Format:** Online`) and are no part of either.
const EMPHASIS: [&str; 2] = ["**", "__"];

/// What a line turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Use {
    /// Empty.
    Blank,
    /// Taken by a field (header, slot, format, room, people).
    Field,
    /// A section heading.
    Heading,
    /// Free text.
    Text,
}

/// Parses proposal text into its sessions (one for most texts, one per day or part when
/// each holds its own agenda); never fails, never panics, and never returns an empty list.
pub fn parse(source: &Source) -> Vec<Session> {
    let mut p = Parser::new(source);
    p.run();
    p.finish()
}

struct Parser<'s> {
    src: &'s Source,
    lines: Vec<Line<'s>>,
    uses: Vec<Use>,
    session: Session,
    /// What the line loop read of the slot and declared length, for the timing reader.
    known: timing::Known,
    /// The timing of the second and later sittings (days, parts), when the text holds several.
    more: Vec<timing::Sitting>,
    listings: Vec<Listing>,
    notes: Vec<ParseNote>,
    /// The line taken as the title for want of a header, until a `Title:` field says better.
    fallback_title: Option<usize>,
}

impl<'s> Parser<'s> {
    fn new(src: &'s Source) -> Self {
        let lines = lines::split(&src.text);
        let uses = vec![Use::Blank; lines.len()];
        Parser {
            src,
            lines,
            uses,
            session: Session::default(),
            known: timing::Known::default(),
            more: Vec::new(),
            listings: Vec::new(),
            notes: Vec::new(),
            fallback_title: None,
        }
    }

    fn span(&self, start: usize, end: usize) -> Span {
        self.src.span(start, end)
    }

    fn note(&mut self, code: &str, level: NoteLevel, message: impl Into<String>, span: Span) {
        self.notes.push(ParseNote { code: code.to_owned(), level, message: message.into(), span });
    }

    fn run(&mut self) {
        self.notes.extend(super::utf8_notes(self.src));
        let n = self.lines.len();
        let mut i = self.header();
        // People-list state: whether the last non-blank line was a person, the role it got,
        // and whether a blank line has come since.
        let mut in_people = false;
        let mut last_role: Option<(Role, bool)> = None;
        let mut blank_since = false;
        let mut block_role: Option<Role> = None;
        let mut seen_people = false;
        let mut after_slot = false;
        while i < n {
            let line = self.lines[i];
            if line.is_blank() {
                blank_since = true;
                i += 1;
                continue;
            }
            if self.uses[i] == Use::Field {
                // Already taken by a field read ahead (a `Time:` line after `Date:`).
                i += 1;
                continue;
            }
            let was_after_slot = std::mem::replace(&mut after_slot, false);
            if self.known.slot.is_none() && self.try_slot(i) {
                after_slot = true;
                in_people = false;
                i += 1;
                continue;
            }
            if self.try_format_line(i) || self.try_labelled_field(i) {
                in_people = false;
                i += 1;
                continue;
            }
            if let Some(label) = people::label(line.text) {
                let (next, role) = self.labelled_people(i, label);
                in_people = true;
                seen_people = true;
                last_role = Some((role, false));
                block_role = None;
                blank_since = false;
                i = next;
                continue;
            }
            if self.try_place_markers(i) {
                in_people = true;
                seen_people = true;
                last_role = Some((Role::OnlineModerator, false));
                block_role = None;
                blank_since = false;
                i += 1;
                continue;
            }
            if in_people && plausible_listing(line.text) {
                if let Some(e) = people::entry(line.text) {
                    let role = if !blank_since {
                        block_role.or(last_role.map(|r| r.0))
                    } else {
                        last_role.and_then(|(r, _)| successor(r))
                    };
                    if let Some(role) = role {
                        let prev = last_role.map(|r| r.0);
                        let continues = !blank_since && last_role.is_some_and(|r| !r.1) && block_role.is_none();
                        let why = if continues {
                            None
                        } else {
                            Some(match prev {
                                Some(p) if p == role => format!("it continues the unlabelled {} entries", p.label()),
                                Some(p) => format!("it follows the {} entries", p.label()),
                                None => "of its position".to_owned(),
                            })
                        };
                        self.add_entry(line, &e, role, why.is_some(), why);
                        self.uses[i] = Use::Field;
                        if blank_since || block_role.is_none() {
                            block_role = Some(role);
                        }
                        last_role = Some((role, !continues));
                        blank_since = false;
                        i += 1;
                        continue;
                    }
                }
            }
            in_people = false;
            block_role = None;
            if self.session.room.is_none() && self.try_room(i, was_after_slot || !seen_people) {
                i += 1;
                continue;
            }
            self.uses[i] = if is_heading(&self.lines, i) { Use::Heading } else { Use::Text };
            i += 1;
        }
        if let Some((d, _)) = &self.known.declared {
            self.session.declared_minutes = Some(d.clone());
        }
        let mut sittings = timing::read(self.src, &self.lines, &self.known).into_iter();
        if let Some(first) = sittings.next() {
            let s = &mut self.session;
            s.slot = first.slot;
            s.local_slot = first.local_slot;
            s.declared_minutes = first.declared.or(s.declared_minutes.take());
            // A `Duration:` field the field reader could not read (`about 90 minutes`) that
            // the timing reader did read is no longer unread.
            if let Some(d) = &s.declared_minutes {
                self.notes.retain(|n| !(n.code == codes::UNREADABLE_DURATION && n.span.start <= d.span.start && d.span.end <= n.span.end));
            }
            s.segments = first.segments;
            s.timing = first.timing;
            self.notes.extend(first.notes);
            if first.label.is_some() {
                self.more.push(timing::Sitting { label: first.label, ..timing::Sitting::default() });
            }
        }
        self.more.extend(sittings);
        self.sections();
    }

    fn finish(mut self) -> Vec<Session> {
        let (people, notes) = names::merge(std::mem::take(&mut self.listings));
        self.session.people = people;
        timing::attach_people(&mut self.session);
        self.notes.extend(notes);
        self.notes.sort_by_key(|n| (n.span.start, n.span.end));
        self.session.notes = self.notes;
        let mut out = vec![self.session];
        if self.more.is_empty() {
            return out;
        }
        // Several sittings: the first took its timing above; its label (when it has one)
        // heads `more`, and each later sitting is a copy of the session with its own timing.
        let mut more = self.more.into_iter();
        let first_label = if more.len() > 0 && more.as_slice()[0].segments.is_empty() && more.as_slice()[0].timing.is_none() {
            more.next().and_then(|s| s.label)
        } else {
            None
        };
        let base = out[0].clone();
        let label = |s: &mut Session, l: &str| {
            if let Some(id) = s.id.as_mut() {
                id.value.text = format!("{} ({l})", id.value.text);
            } else if let Some(t) = s.title.as_mut() {
                t.value = format!("{} ({l})", t.value);
            } else {
                s.title = Some(Spanned::new(format!("session ({l})"), Span::default()));
            }
        };
        let mut used = foldhash::HashSet::default();
        let mut unique = |l: String| {
            let mut name = l.clone();
            let mut n = 2;
            while !used.insert(name.clone()) {
                name = format!("{l}, {n}");
                n += 1;
            }
            name
        };
        if let Some(l) = &first_label {
            label(&mut out[0], &unique(l.to_lowercase()));
        }
        for (k, sitting) in more.enumerate() {
            let mut s = base.clone();
            s.slot = sitting.slot;
            s.local_slot = sitting.local_slot;
            s.declared_minutes = sitting.declared;
            s.segments = sitting.segments;
            s.timing = sitting.timing;
            s.notes = sitting.notes;
            s.sections = Vec::new();
            let l = unique(sitting.label.unwrap_or_else(|| format!("part {}", k + 2)).to_lowercase());
            label(&mut s, &l);
            timing::attach_people(&mut s);
            out.push(s);
        }
        out
    }

    /// Reads the header from the first non-blank line; returns the index of the next line.
    fn header(&mut self) -> usize {
        let Some(mut first) = self.lines.iter().position(|l| !l.is_blank()) else {
            return self.lines.len();
        };
        // A page may open with a breadcrumb or site name before the header: look a few
        // lines down, and keep what stands before it as text.
        let found = (first..self.lines.len()).filter(|&j| !self.lines[j].is_blank()).take(8).find(|&j| header(self.lines[j].text).is_some());
        // An image alone (`![banner](…)`), or a table row over a markdown heading a few
        // lines down (a page's notice), names nothing: the title is looked for after it.
        let found = found.or_else(|| {
            let filled: Vec<usize> = (first..self.lines.len()).filter(|&j| !self.lines[j].is_blank()).take(8).collect();
            let heading = filled.iter().position(|&j| md_heading(self.lines[j].text).is_some());
            // Nor does a line of marks alone (`<`, `×`, `---`).
            // A front matter's opening `---`, `+++` or `{` is read where it stands.
            let marks = |t: &str| !t.chars().any(char::is_alphanumeric) && !t.trim_start().starts_with(['-', '+', '{']);
            let lead = filled.iter().take_while(|&&j| image_only(self.lines[j].text) || marks(self.lines[j].text) || heading.is_some() && self.lines[j].text.trim_start().starts_with('|')).count();
            (lead > 0).then(|| filled.get(lead).copied()).flatten()
        });
        if let Some(k) = found {
            for j in first..k {
                if !self.lines[j].is_blank() {
                    self.uses[j] = Use::Text;
                }
            }
            first = k;
        }
        let line = self.lines[first];
        self.uses[first] = Use::Field;
        match header(line.text) {
            Some(h) => {
                let id_span = self.span(line.start, line.start + h.id_end);
                self.session.id = Some(Spanned::new(h.id, id_span));
                if let Some((a, b)) = h.title {
                    let span = self.span(line.start + a, line.start + b);
                    self.session.title = Some(Spanned::new(line.text[a..b].to_owned(), span));
                    return first + 1;
                }
                // The title on the next non-blank line.
                let next = (first + 1..self.lines.len()).find(|&j| !self.lines[j].is_blank());
                if let Some(j) = next {
                    let l = self.lines[j];
                    if people::label(l.text).is_none() && slot::read_slot(l.text).is_none() && l.text.len() < 300 {
                        self.uses[j] = Use::Field;
                        self.session.title = Some(Spanned::new(l.text.to_owned(), self.span(l.start, l.end())));
                        return j + 1;
                    }
                }
                first + 1
            }
            None => {
                // `Session title: ...` on the first line: the value is the title.
                if let Some((label, value)) = line.text.split_once(':') {
                    let key = label.trim().to_lowercase();
                    let v = value.trim();
                    if matches!(key.as_str(), "title" | "session title" | "workshop title" | "title of the session")
                        && !v.is_empty()
                    {
                        let a = line.start + label.len() + 1 + (value.len() - value.trim_start().len());
                        self.session.title = Some(Spanned::new(v.to_owned(), self.span(a, a + v.len())));
                        self.uses[first] = Use::Field;
                        return first + 1;
                    }
                }
                let span = self.span(line.start, line.end());
                self.note(
                    codes::NO_HEADER,
                    NoteLevel::Info,
                    "no session header such as `IGF 2021 WS #119 Title`; the first line is taken as the title",
                    span,
                );
                if people::label(line.text).is_some() || slot::read_slot(line.text).is_some() || line.text.len() > 300 {
                    self.uses[first] = Use::Blank;
                    return first;
                }
                // A markdown heading's `#`s and emphasis around the line are no part of it
                // (`# Webinar plan`, `**Members' evening**`).
                let hashes = line.text.len() - line.text.trim_start_matches('#').len();
                let lead = if (1..=6).contains(&hashes) && line.text[hashes..].starts_with(' ') { hashes + 1 } else { 0 };
                let body = &line.text[lead..];
                let bare = body.trim_end_matches(':');
                let wrapped = EMPHASIS.into_iter().find_map(|m| bare.strip_prefix(m)?.strip_suffix(m).filter(|x| !x.is_empty() && !x.contains(m)).map(|x| (m.len(), x)));
                let (emphasis, title) = wrapped.unwrap_or((0, bare));
                let title = title.trim_end_matches(':');
                let mut lead = lead + emphasis;
                // `# Event Name:- Hackday 2025`: a label for the title before its value.
                let labelled = title.split_once(':').filter(|(k, v)| {
                    let v = v.trim_start_matches(['-', ' ']);
                    !v.is_empty() && matches!(k.trim().to_lowercase().as_str(), "title" | "event name" | "event title" | "name of the event" | "session name" | "session title" | "workshop title" | "meeting title")
                });
                let title = match labelled {
                    Some((k, v)) => {
                        let v2 = v.trim_start_matches(['-', ' ']);
                        lead += k.len() + 1 + (v.len() - v2.len());
                        v2
                    }
                    None => title,
                };
                self.fallback_title = Some(first);
                self.session.title = Some(Spanned::new(title.to_owned(), self.span(line.start + lead, line.start + lead + title.len())));
                first + 1
            }
        }
    }

    fn try_slot(&mut self, i: usize) -> bool {
        let line = self.lines[i];
        // A YAML value in quotes (`date: 'Saturday, 15 February 2025'`) is read as a bare one.
        let text = yaml_unquoted(line.text);
        let read = match slot::read_slot(&text) {
            Some(r) => r,
            None => {
                // `Date: 26 November 2019` with `Time: 10:30 - 12:00 CET` on a following line.
                let Some(date) = slot::read_date_line(&text) else { return false };
                let next = (i + 1..self.lines.len()).filter(|&j| !self.lines[j].is_blank()).take(2);
                let Some((j, read)) =
                    next.into_iter().find_map(|j| {
                        let t = &*yaml_unquoted(self.lines[j].text);
                        slot::read_time_on(date, t).or_else(|| slot::read_time_after_place(date, t)).map(|r| (j, r))
                    })
                else {
                    return false;
                };
                self.uses[i] = Use::Field;
                let tl = self.lines[j];
                for n in read.notes {
                    let span = self.span(tl.start + n.at.0, tl.start + n.at.1);
                    self.note(n.code, n.level, n.message, span);
                }
                let span = self.span(line.start, tl.start + read.at.1);
                self.known.slot = Some(timing::Fixed {
                    slot: read.slot.map(|s| Spanned::new(s, span)),
                    local: read.local.map(|l| Spanned::new(l, span)),
                    line: i,
                });
                self.uses[j] = Use::Field;
                return true;
            }
        };
        for n in read.notes {
            let span = self.span(line.start + n.at.0, line.start + n.at.1);
            self.note(n.code, n.level, n.message, span);
        }
        let span = self.span(line.start + read.at.0, line.start + read.at.1);
        self.known.slot = Some(timing::Fixed {
            slot: read.slot.map(|s| Spanned::new(s, span)),
            local: read.local.map(|l| Spanned::new(l, span)),
            line: i,
        });
        self.uses[i] = Use::Field;
        true
    }

    fn add_entry(&mut self, line: Line<'_>, e: &people::Entry, role: Role, inferred: bool, why: Option<String>) {
        self.add_entry_at(line.start, line.text, e, role, inferred, why, (0, line.text.len()));
    }

    #[allow(clippy::too_many_arguments)]
    fn add_entry_at(
        &mut self,
        base: usize,
        text: &str,
        e: &people::Entry,
        role: Role,
        inferred: bool,
        why: Option<String>,
        role_at: (usize, usize),
    ) {
        let name = text[e.name.0..e.name.1].trim().to_owned();
        let name_span = self.span(base + e.name.0, base + e.name.1);
        let role_span = self.span(base + role_at.0, base + role_at.1);
        self.listings.push(Listing {
            name: Spanned::new(name, name_span),
            role: RoleRef { role, span: role_span, inferred },
            inferred_because: why,
            affiliation: e.affiliation.clone(),
            stakeholder_group: e.stakeholder_group.clone(),
            regional_group: e.regional_group.clone(),
            email: e.email.clone(),
            numbered: None,
        });
    }

    /// Reads the people after a role label; returns the next line index and the role.
    fn labelled_people(&mut self, i: usize, label: Label) -> (usize, Role) {
        let line = self.lines[i];
        self.uses[i] = Use::Field;
        let label_at = (0, line.text[..label.len].trim_end().len());
        let rest = &line.text[label.len..];
        let lead = rest.len() - rest.trim_start().len();
        let value = rest.trim();
        if !value.is_empty() {
            self.entries_in(line.start + label.len + lead, value, label, label_at, line.start);
            return (i + 1, label.role);
        }
        // The value on the following line(s): directly below, or after blank lines.
        let mut j = i + 1;
        let mut blanks = 0;
        while j < self.lines.len() && self.lines[j].is_blank() && blanks < 3 {
            j += 1;
            blanks += 1;
        }
        let mut took = 0;
        while j < self.lines.len() && !self.lines[j].is_blank() {
            let l = self.lines[j];
            if people::label(l.text).is_some() || is_heading(&self.lines, j) && took > 0 {
                break;
            }
            let ok = people::entries(l.text).is_some()
                || people::several(l.text).is_some()
                || (took == 0 && blanks == 0 && !is_heading(&self.lines, j) && lenient_name(l.text).is_some());
            if !ok {
                break;
            }
            self.entries_in(l.start, l.text, label, label_at, line.start);
            self.uses[j] = Use::Field;
            took += 1;
            j += 1;
            if !label.list
                && took >= 1
                && blanks > 0
                && people::entries(self.lines.get(j).map_or("", |l| l.text)).is_none()
            {
                break;
            }
        }
        if took == 0 {
            let span = self.span(line.start, line.end());
            self.note(
                codes::EMPTY_ROLE,
                NoteLevel::Info,
                format!("no {} is named after this label", label.role.label()),
                span,
            );
            return (i + 1, label.role);
        }
        (j, label.role)
    }

    /// Adds the person or people in `value` (at byte `base`) under `label`: several on a list
    /// label's line, several separated by `;` under any label, names joined by `and`, else one.
    fn entries_in(&mut self, base: usize, value: &str, label: Label, label_at: (usize, usize), label_base: usize) {
        let push = |this: &mut Self, off: usize, e: &people::Entry| {
            let shifted = people::Entry { name: (e.name.0 + off, e.name.1 + off), ..e.clone() };
            let name_span = this.span(base + shifted.name.0, base + shifted.name.1);
            let role_span = this.span(label_base + label_at.0, label_base + label_at.1);
            // `Moderator: A (onsite), B (online)`: the marker gives the place.
            let moderating = matches!(label.role, Role::Moderator | Role::OnsiteModerator | Role::OnlineModerator);
            let marker = e.affiliation.as_deref().and_then(|a| people::place_marker(&format!("({a})")));
            let (role, affiliation) = match marker {
                Some((r, _)) if moderating => (r, None),
                _ => (label.role, e.affiliation.clone()),
            };
            this.listings.push(Listing {
                name: Spanned::new(value[shifted.name.0..shifted.name.1].to_owned(), name_span),
                role: RoleRef { role, span: role_span, inferred: false },
                inferred_because: None,
                affiliation,
                stakeholder_group: e.stakeholder_group.clone(),
                regional_group: e.regional_group.clone(),
                email: e.email.clone(),
                numbered: label.number.map(|n| (label.role, n)),
            });
        };
        let marked = |g: &Vec<(usize, usize)>| g.iter().all(|&(a, b)| people::place_marker(&value[a..b]).is_some());
        let groups = if label.list || matches!(label.role, Role::Moderator) {
            people::several(value).filter(|g| label.list || marked(g))
        } else {
            None
        };
        // `Speaker 6: A (Org); B (Org)`: under any label, a semicolon separates people.
        if let Some(groups) = groups.or_else(|| people::separated(value, ';')) {
            for (a, b) in groups {
                for e in people::entries(&value[a..b]).unwrap_or_default() {
                    push(self, a, &e);
                }
            }
            return;
        }
        match people::entries(value) {
            Some(es) => es.iter().for_each(|e| push(self, 0, e)),
            None => {
                if let Some(e) = lenient_name(value) {
                    push(self, 0, &e);
                }
            }
        }
    }

    /// `A, Org (Offline) / B, Org (Online)`: moderators with their place.
    fn try_place_markers(&mut self, i: usize) -> bool {
        let line = self.lines[i];
        // Every part ends in its marker, so the line ends in `)` (before any separator).
        if !line.text.trim_end_matches(|c: char| c.is_whitespace() || c == '/' || c == ';').ends_with(')') {
            return false;
        }
        let parts: Vec<(usize, usize)> = {
            let p = people::parts(line.text, '/');
            if p.iter().all(|&(a, b)| people::place_marker(&line.text[a..b]).is_some()) {
                p
            } else {
                people::parts(line.text, ';')
            }
        };
        let mut found = Vec::new();
        for &(a, b) in &parts {
            let part = &line.text[a..b];
            let Some((role, open)) = people::place_marker(part) else { return false };
            let Some(e) = people::entry(&part[..open]) else { return false };
            found.push((a, b, role, e));
        }
        if found.is_empty() {
            return false;
        }
        for (a, b, role, e) in found {
            let shifted = people::Entry { name: (e.name.0 + a, e.name.1 + a), ..e };
            self.add_entry_at(line.start, line.text, &shifted, role, false, None, (a, b));
        }
        self.uses[i] = Use::Field;
        true
    }

    fn sections(&mut self) {
        let mut current: Option<(String, Option<usize>, Option<usize>, Span)> = None;
        let mut out = Vec::new();
        let flush =
            |cur: Option<(String, Option<usize>, Option<usize>, Span)>, out: &mut Vec<Section>, src: &Source| {
                if let Some((name, first, last, heading_span)) = cur {
                    let (text, span) = match (first, last) {
                        (Some(a), Some(b)) => {
                            let raw = &src.text[a..b];
                            // Most texts end lines with LF alone: copied as they are.
                            let text = if raw.contains('\r') { raw.replace("\r\n", "\n").replace('\r', "\n") } else { raw.to_owned() };
                            (text, src.span(a, b))
                        }
                        _ => (String::new(), heading_span),
                    };
                    out.push(Section { name, text, span });
                }
            };
        for (i, line) in self.lines.iter().enumerate() {
            match self.uses[i] {
                Use::Heading => {
                    flush(current.take(), &mut out, self.src);
                    let name = heading_name(line.text);
                    let rest = &line.text[name_len(line.text)..];
                    let rest_trim = rest.trim();
                    let span = self.src.span(line.start, line.end());
                    if rest_trim.is_empty() {
                        current = Some((name, None, None, span));
                    } else {
                        let a = line.start + name_len(line.text) + (rest.len() - rest.trim_start().len());
                        current = Some((name, Some(a), Some(line.end()), span));
                    }
                }
                Use::Text => {
                    let cur = current.get_or_insert_with(|| ("text".to_owned(), None, None, Span::default()));
                    if cur.1.is_none() {
                        cur.1 = Some(line.start);
                    }
                    cur.2 = Some(line.end());
                }
                Use::Field => {
                    // A field ends the section; text after it is unlabelled (or under a
                    // new heading), so a section's text never spans a field's lines.
                    flush(current.take(), &mut out, self.src);
                }
                Use::Blank => {}
            }
        }
        flush(current, &mut out, self.src);
        self.session.sections = out;
    }
}

/// The role that follows `r` in the usual order of an IGF page.
fn successor(r: Role) -> Option<Role> {
    Some(match r {
        Role::Organizer => Role::Speaker,
        Role::Speaker => Role::OnsiteModerator,
        Role::OnsiteModerator => Role::OnlineModerator,
        Role::OnlineModerator | Role::Moderator => Role::Rapporteur,
        Role::ResourcePerson => Role::Moderator,
        Role::Rapporteur => return None,
    })
}

/// An unlabelled line short and list-like enough to be a person entry (not a sentence
/// that starts with a name).
fn plausible_listing(t: &str) -> bool {
    t.len() <= 200 && !t.ends_with(['.', '!', '?', ':']) && t.split(',').all(|p| p.split_whitespace().count() <= 10)
}

/// A labelled value that is not name-like but short: taken as the name as written.
fn lenient_name(text: &str) -> Option<people::Entry> {
    let ps = people::parts(text, ',');
    let &(a, b) = ps.first()?;
    let name = &text[a..b];
    let lower = name.to_lowercase();
    // Pages that hide organisers' names show only their groups: no person there.
    let placeholder =
        ["tbd", "tbc", "n/a", "na", "none", "-", "to be confirmed", "to be decided"].contains(&lower.as_str());
    if name.len() > 80
        || name.split_whitespace().count() > 8
        || name.ends_with('.')
        || placeholder
        || people::is_stakeholder(name)
        || people::is_regional(name)
    {
        return None;
    }
    Some(people::Entry {
        name: (a, b),
        affiliation: ps.get(1).map(|&(x, _)| text[x..].trim().to_owned()),
        stakeholder_group: None,
        regional_group: None,
        email: None,
        grouped: false,
    })
}

/// The text of a markdown heading (`# Title`, `### Day 1`), without its `#`s.
fn md_heading(line: &str) -> Option<&str> {
    let t = line.trim_start();
    let hashes = t.len() - t.trim_start_matches('#').len();
    ((1..=6).contains(&hashes) && t[hashes..].starts_with(' ')).then(|| t[hashes..].trim())
}

/// True when the line is one markdown image and nothing else (`![alt](https://…)`).
fn image_only(line: &str) -> bool {
    let t = line.trim();
    t.starts_with("![") && t.ends_with(')') && t.find("](").is_some_and(|k| !t[k + 2..t.len() - 1].contains([' ', ')']))
}

/// `line` with the quotes around a YAML value (`time: '1:00 PM - 8:00 PM'`) made spaces,
/// so every byte stays where it was; other lines as they are.
fn yaml_unquoted(line: &str) -> std::borrow::Cow<'_, str> {
    let t = line.trim_end();
    // Most lines end otherwise, and are passed at once.
    if !t.ends_with(['\'', '"']) {
        return line.into();
    }
    let Some(colon) = t.find(": ") else { return line.into() };
    let key = t[..colon].trim_start().trim_start_matches("- ");
    let v = colon + 2 + (t[colon + 2..].len() - t[colon + 2..].trim_start().len());
    let q = t.as_bytes().get(v).copied().filter(|&c| c == b'\'' || c == b'"');
    match q {
        Some(q) if t.len() > v + 1 && t.as_bytes()[t.len() - 1] == q && !t[v + 1..t.len() - 1].contains(q as char) && !key.is_empty() && key.len() <= 24 && key.bytes().all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b' ')) => {
            let mut s = line.to_owned();
            s.replace_range(v..v + 1, " ");
            s.replace_range(t.len() - 1..t.len(), " ");
            s.into()
        }
        _ => line.into(),
    }
}
