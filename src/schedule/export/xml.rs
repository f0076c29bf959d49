//! frab `schedule.xml`, valid against the c3voc XSD (`schedule.xml.xsd`).

use std::fmt::Write as _;

use super::json::{absolute, on_stage};
use super::{is_uuid, Placed, Plan};

/// Escapes text for element content and attribute values.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Characters XML 1.0 does not allow are left out (`export` says where).
            c if crate::escape::is_xml_forbidden(c) => {}
            c => out.push(c),
        }
    }
    out
}

fn el(out: &mut String, indent: usize, name: &str, text: &str) {
    let _ = writeln!(out, "{:indent$}<{name}>{}</{name}>", "", esc(text));
}

/// True for a slug the XSD accepts (`voc-slug-new`: `[a-z0-9_]{4,}-[a-z0-9\-_]{4,}`).
fn xsd_slug(s: &str) -> bool {
    let Some((head, tail)) = s.split_once('-') else { return false };
    head.len() >= 4
        && head.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
        && tail.len() >= 4
        && tail.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

/// Writes the plan as XML with a final newline.
pub(crate) fn write(plan: &Plan) -> String {
    let mut out = Vec::new();
    let _ = write_to(plan, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// How much text [`write_to`] gathers before it hands it to the writer.
const CHUNK: usize = 1 << 16;

/// Writes the plan as XML with a final newline to `w`, a chunk at a time, so the text of a
/// large programme is never held whole.
///
/// # Errors
/// What writing to `w` gives.
pub(crate) fn write_to(plan: &Plan, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    let c = &plan.programme.conference;
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<schedule>\n");
    let _ = writeln!(out, "  <generator name=\"runsheet\" version=\"{}\"/>", env!("CARGO_PKG_VERSION"));
    el(&mut out, 2, "version", c.version.as_deref().unwrap_or("1"));
    out.push_str("  <conference>\n");
    el(&mut out, 4, "title", c.title.as_deref().unwrap_or(&plan.acronym));
    el(&mut out, 4, "acronym", &plan.acronym);
    if let Some(d) = c.start.or(plan.days.first().map(|d| d.date)) {
        el(&mut out, 4, "start", &d.to_string());
    }
    if let Some(d) = c.end.or(plan.days.last().map(|d| d.date)) {
        el(&mut out, 4, "end", &d.to_string());
    }
    el(&mut out, 4, "days", &plan.days.len().to_string());
    el(&mut out, 4, "timeslot_duration", &plan.timeslot);
    if let Some(b) = c.base_url.as_ref().filter(|u| absolute(u)) {
        el(&mut out, 4, "base_url", b);
    }
    if let Some(u) = c.url.as_ref().filter(|u| absolute(u)) {
        el(&mut out, 4, "url", u);
    }
    if let Some(z) = &plan.zone_name {
        el(&mut out, 4, "time_zone_name", z);
    }
    out.push_str("  </conference>\n");
    for d in &plan.days {
        let _ = writeln!(
            out,
            "  <day index=\"{}\" date=\"{}\" start=\"{}\" end=\"{}\">",
            d.index, d.date, Plan::iso(&d.start), Plan::iso(&d.end)
        );
        for (name, events) in &d.rooms {
            let guid = plan.rooms.iter().find(|(n, _)| n == name).map_or("", |(_, g)| g.as_str());
            let _ = writeln!(out, "    <room name=\"{}\" guid=\"{}\">", esc(name), guid);
            for e in events {
                event(&mut out, e);
                if out.len() >= CHUNK {
                    w.write_all(out.as_bytes())?;
                    out.clear();
                }
            }
            out.push_str("    </room>\n");
        }
        out.push_str("  </day>\n");
    }
    out.push_str("</schedule>\n");
    w.write_all(out.as_bytes())
}

fn event(out: &mut String, p: &Placed) {
    let e = p.event;
    let s = &e.session;
    let code = e.code.as_ref().filter(|c| c.len() == 6 && c.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()));
    let _ = write!(out, "      <event guid=\"{}\" id=\"{}\"", p.guid, p.id);
    if let (Some(code), true) = (code, p.primary) {
        let _ = write!(out, " code=\"{code}\"");
    }
    out.push_str(">\n");
    el(out, 8, "room", &p.room);
    el(out, 8, "title", s.title.as_ref().map_or(s.display_name(), |t| t.value.as_str()));
    el(out, 8, "subtitle", e.subtitle.as_deref().unwrap_or(""));
    el(out, 8, "type", e.kind.as_deref().or(s.format.as_ref().map(|f| f.value.as_str())).unwrap_or("other"));
    el(out, 8, "date", &Plan::iso(&p.start));
    el(out, 8, "start", &p.start.format("%H:%M").to_string());
    el(out, 8, "duration", &Plan::hhmm(p.minutes));
    el(out, 8, "abstract", e.summary.as_deref().unwrap_or(""));
    if p.primary && xsd_slug(&p.slug) {
        el(out, 8, "slug", &p.slug);
    }
    el(out, 8, "track", e.track.as_deref().unwrap_or(""));
    out.push_str("        <persons>\n");
    for (i, person) in s.people.iter().enumerate().filter(|(_, person)| on_stage(s, person)) {
        let key = e.person_keys.get(i).cloned().unwrap_or_default();
        out.push_str("          <person");
        if let Some(id) = key.id {
            let _ = write!(out, " id=\"{id}\"");
        }
        if let Some(g) = key.guid.filter(|g| is_uuid(g)) {
            let _ = write!(out, " guid=\"{g}\"");
        }
        let _ = writeln!(out, ">{}</person>", esc(&person.name.value));
    }
    out.push_str("        </persons>\n");
    if let Some(l) = &e.language {
        el(out, 8, "language", l);
    }
    if let Some(d) = &e.description {
        el(out, 8, "description", d);
    }
    if let Some(u) = s.url.as_ref().filter(|u| absolute(u)) {
        el(out, 8, "url", u);
    }
    out.push_str("      </event>\n");
}
