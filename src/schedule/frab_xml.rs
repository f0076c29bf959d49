//! Imports frab `schedule.xml` (the Pentabarf / frab / pretalx XML schedule): conference,
//! then days → rooms → events. Elements the XSD does not define are ignored and noted.

use roxmltree::{Document, Node};

use super::resolve::{self, Field, Loc, Raw, RawConference, RawDay, RawEvent, RawPerson, Tally};
use super::{PersonKey, Programme, Room, ScheduleError};
use crate::model::{NoteLevel, Zone};
use crate::source::Source;

const EVENT: &[&str] = &[
    "room", "title", "subtitle", "type", "date", "start", "duration", "abstract", "slug", "track", "logo", "persons",
    "language", "description", "recording", "links", "attachments", "video_download_url", "url", "feedback_url",
    "origin_url",
];

/// Imports a frab `schedule.xml`.
///
/// # Errors
/// A [`ScheduleError`] when the text is not well-formed XML or its root is not `<schedule>`.
pub fn import(source: &Source) -> Result<Programme, ScheduleError> {
    import_in(source, None)
}

/// Imports a frab `schedule.xml` whose times are in `zone` where it names none (see [`super::import_in`]).
///
/// # Errors
/// As [`import`].
pub fn import_in(source: &Source, input_zone: Option<&Zone>) -> Result<Programme, ScheduleError> {
    // The document is dropped before the events are resolved, so the two are never in
    // memory together.
    let raw = read(source, input_zone)?;
    Ok(resolve::build(raw))
}

fn read(source: &Source, input_zone: Option<&Zone>) -> Result<Raw, ScheduleError> {
    if let Some(at) = too_deep(&source.text) {
        return Err(ScheduleError {
            message: format!("elements are nested more than {MAX_DEPTH} deep here; a frab schedule nests 8 deep, so this is not one"),
            span: source.span(at, at),
        });
    }
    let doc = Document::parse(&source.text).map_err(|e| {
        let pos = e.pos();
        let offset = offset_of(&source.text, pos.row as usize, pos.col as usize);
        ScheduleError { message: format!("not well-formed XML: {e}"), span: source.span(offset, offset) }
    })?;
    let root = doc.root_element();
    if root.tag_name().name() != "schedule" {
        return Err(ScheduleError { message: format!("not a frab schedule: the root element is <{}>, not <schedule>", root.tag_name().name()), span: span_of(source, root) });
    }
    if let Some(err) = foreign(source, root) {
        return Err(err);
    }
    let r = Reader { source };
    let mut raw = Raw { input_zone: input_zone.cloned(), ..Raw::default() };
    let mut tally = Tally::default();
    let conference = child(root, "conference");
    raw.conference = RawConference {
        title: conference.and_then(|c| text(c, "title")),
        acronym: conference.and_then(|c| r.field(c, "acronym")),
        zone: conference.and_then(|c| r.field(c, "time_zone_name")),
        start: conference.and_then(|c| text(c, "start")),
        end: conference.and_then(|c| text(c, "end")),
        days_count: conference.and_then(|c| child(c, "days")).and_then(|d| Some((d.text()?.trim().parse().ok()?, r.loc(d)))),
        timeslot: conference.and_then(|c| r.field(c, "timeslot_duration")),
        base_url: conference.and_then(|c| text(c, "base_url")),
        url: conference.and_then(|c| text(c, "url")).or_else(|| text(root, "url")),
        version: text(root, "version"),
        city: conference.and_then(|c| r.field(c, "city")),
    };
    let day_change = conference.and_then(|c| text(c, "day_change"));
    let mut room_names: std::collections::HashSet<String> = std::collections::HashSet::new();
    raw.events.reserve_exact(root.descendants().filter(|n| n.has_tag_name("event")).count());
    for day in root.children().filter(|n| n.has_tag_name("day")) {
        raw.days.push(RawDay {
            index: day.attribute("index").and_then(|s| s.trim().parse().ok()),
            date: day.attribute("date").map(|t| Field { text: t.to_owned(), loc: r.loc(day) }),
            start: day.attribute("start").map(str::to_owned),
            end: day.attribute("end").map(str::to_owned),
            loc: r.loc(day),
        });
        // Events are listed per room (`<day><room><event>`) or, in Pentabarf's older files,
        // straight in the day (`<day><event>`), each naming its room in `<room>`.
        let clock_of_day = || resolve::DayClock::new(day.attribute("date"), day.attribute("start"), day_change.as_deref());
        let mut loose = clock_of_day();
        for node in day.children().filter(Node::is_element) {
            match node.tag_name().name() {
                "room" => {
                    let mut clock = clock_of_day();
                    let name = node.attribute("name").unwrap_or("").to_owned();
                    if room_names.insert(name.clone()) {
                        raw.rooms.push((Room { name: name.clone(), guid: node.attribute("guid").map(str::to_owned) }, r.loc(node)));
                    }
                    for ev in node.children().filter(|n| n.has_tag_name("event")) {
                        let mut e = r.event(ev, &mut tally);
                        e.listed_room = Some(Field { text: name.clone(), loc: r.loc(node) });
                        raw.events.push(placed(e, ev, &mut clock, &mut tally, &r));
                    }
                }
                "event" => {
                    let e = r.event(node, &mut tally);
                    if let Some(room) = e.room.as_ref().filter(|f| room_names.insert(f.text.clone())) {
                        raw.rooms.push((Room { name: room.text.clone(), guid: None }, room.loc.clone()));
                    }
                    raw.events.push(placed(e, node, &mut loose, &mut tally, &r));
                }
                _ => {}
            }
        }
    }
    raw.notes = tally.into_notes();
    Ok(raw)
}

/// An event read in a day: dated by the day's clock where it has no date of its own, and
/// its elements that the XSD does not define noted.
fn placed(mut e: RawEvent, ev: Node, clock: &mut resolve::DayClock, tally: &mut Tally, r: &Reader) -> RawEvent {
    if e.date.is_none() {
        clock.date(&mut e, tally);
    }
    for c in ev.children().filter(Node::is_element) {
        if !EVENT.contains(&c.tag_name().name()) {
            tally.add("unknown-property", NoteLevel::Info, format!("<{}> in an event is not part of the frab schedule XSD; ignored", c.tag_name().name()), &r.loc(c));
        }
    }
    e
}

/// The deepest nesting read; deeper XML is refused before it is parsed (13,000 levels
/// overflowed the stack).
const MAX_DEPTH: usize = 256;

/// Where the text first nests elements deeper than [`MAX_DEPTH`], by a scan that skips
/// comments, CDATA, processing instructions, declarations and quoted attribute values.
fn too_deep(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    let find = |from: usize, what: &[u8]| b.get(from..).and_then(|rest| rest.windows(what.len()).position(|w| w == what)).map(|i| from + i + what.len());
    let (mut depth, mut i) = (0usize, 0usize);
    while let Some(lt) = b.get(i..).and_then(|rest| rest.iter().position(|&c| c == b'<')).map(|k| i + k) {
        let rest = &b[lt + 1..];
        i = if rest.starts_with(b"!--") {
            find(lt + 4, b"-->")?
        } else if rest.starts_with(b"![CDATA[") {
            find(lt + 9, b"]]>")?
        } else if rest.starts_with(b"?") {
            find(lt + 2, b"?>")?
        } else if rest.starts_with(b"!") {
            find(lt + 2, b">")?
        } else if rest.starts_with(b"/") {
            depth = depth.saturating_sub(1);
            find(lt + 2, b">")?
        } else {
            // A start tag: its end is the first `>` outside quotes.
            let mut k = lt + 1;
            let mut quote = None;
            while let Some(&c) = b.get(k) {
                match (quote, c) {
                    (None, b'"' | b'\'') => quote = Some(c),
                    (Some(q), _) if c == q => quote = None,
                    (None, b'>') => break,
                    _ => {}
                }
                k += 1;
            }
            if b.get(k.wrapping_sub(1)) != Some(&b'/') {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(lt);
                }
            }
            k + 1
        };
    }
    None
}

/// Another tool's `<schedule>` (EuroPython's `<day><entry>`): no `<conference>` and no
/// `<room>` in any `<day>`. Read as frab it would be an empty programme, so it is refused,
/// naming what the file holds instead.
fn foreign(source: &Source, root: Node) -> Option<ScheduleError> {
    if child(root, "conference").is_some() || root.children().filter(|n| n.has_tag_name("day")).any(|d| child(d, "room").or_else(|| child(d, "event")).is_some()) {
        return None;
    }
    let day = root.children().find(|n| n.has_tag_name("day"));
    let held = day.and_then(|d| d.children().find(Node::is_element)).or_else(|| root.children().find(Node::is_element));
    let what = match (day, held) {
        (Some(_), Some(e)) => format!("its <day> elements hold <{}>, not <room> with <event>", e.tag_name().name()),
        (None, Some(e)) => format!("it holds <{}>, not <conference> and <day>", e.tag_name().name()),
        (_, None) => "it holds neither <conference> nor <day>".to_owned(),
    };
    let at = held.unwrap_or(root);
    Some(ScheduleError {
        message: format!("not a frab schedule: {what}; runsheet reads frab and Pentabarf schedule.xml (and frab/pretalx JSON)"),
        span: span_of(source, at),
    })
}

fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    let col_bytes: usize = text[start.min(text.len())..].chars().take(column.saturating_sub(1)).map(char::len_utf8).sum();
    (start + col_bytes).min(text.len())
}

fn span_of(source: &Source, node: Node) -> crate::model::Span {
    let r = node.range();
    source.span(r.start, r.end)
}

fn child<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children().find(|n| n.has_tag_name(name))
}

fn text(node: Node, name: &str) -> Option<String> {
    // Kept as written (titles may carry spaces); parsers of dates and durations trim.
    Some(child(node, name)?.descendants().filter(Node::is_text).filter_map(|n| n.text()).collect())
}

struct Reader<'a> {
    source: &'a Source,
}

impl Reader<'_> {
    fn loc(&self, node: Node) -> Loc {
        Loc { span: span_of(self.source, node) }
    }

    fn field(&self, node: Node, name: &str) -> Option<Field> {
        let c = child(node, name)?;
        Some(Field { text: text(node, name)?, loc: self.loc(c) })
    }

    fn event(&self, ev: Node, tally: &mut Tally) -> RawEvent {
        let t = |name: &str| text(ev, name).filter(|s| !s.trim().is_empty());
        RawEvent {
            loc: self.loc(ev),
            room: self.field(ev, "room"),
            guid: ev.attribute("guid").map(str::to_owned),
            number: ev.attribute("id").and_then(|s| s.trim().parse().ok()),
            code: ev.attribute("code").map(str::to_owned),
            slug: self.field(ev, "slug").filter(|f| !f.text.trim().is_empty()),
            kind: t("type"),
            track: t("track"),
            language: t("language"),
            subtitle: t("subtitle"),
            summary: t("abstract"),
            description: t("description"),
            url: t("url"),
            title: self.field(ev, "title"),
            date: self.field(ev, "date"),
            start: self.field(ev, "start"),
            duration: self.field(ev, "duration"),
            end: None,
            persons: child(ev, "persons")
                .map(|ps| {
                    ps.children().filter(|n| n.has_tag_name("person")).filter_map(|p| {
                        // Every text of the element: a comment inside splits it in two.
                        let all: String = p.descendants().filter(Node::is_text).filter_map(|n| n.text()).collect();
                        let name = all.split_whitespace().collect::<Vec<_>>().join(" ");
                        if name.is_empty() {
                            tally.add("person-without-name", NoteLevel::Warning, "a <person> has no name; it is left out".into(), &self.loc(p));
                        }
                        (!name.is_empty()).then(|| RawPerson {
                            name: Field { text: name, loc: self.loc(p) },
                            key: PersonKey {
                                guid: p.attribute("guid").map(str::to_owned),
                                id: p.attribute("id").and_then(|s| s.parse().ok()),
                                role: None,
                            },
                        })
                    }).collect::<Vec<_>>()
                })
                .map(|mut v| {
                    v.shrink_to_fit();
                    v
                })
                .unwrap_or_default(),
            listed_room: None,
        }
    }
}
