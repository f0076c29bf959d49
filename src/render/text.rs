//! The `show --format text` view: a plain summary of what was read, for people.
//!
//! Every piece of input text goes through [`escape_controls`](crate::escape::escape_controls), so a proposal cannot send
//! control sequences to the terminal.

use std::fmt::Write as _;

use crate::escape::escape_controls as e;
use crate::model::Session;
use crate::time::zone_name;

/// Renders one session as an indented plain-text summary.
pub fn render(file: &str, s: &Session) -> String {
    let mut o = String::new();
    let opt = |v: Option<&str>| e(v.unwrap_or("-")).into_owned();
    let _ = writeln!(o, "{}", e(file));
    let _ = writeln!(o, "  id:        {}", opt(s.id.as_ref().map(|i| i.value.text.as_str())));
    let _ = writeln!(o, "  title:     {}", opt(s.title.as_ref().map(|t| t.value.as_str())));
    let _ = writeln!(
        o,
        "  format:    {}{}",
        opt(s.format.as_ref().map(|f| f.value.as_str())),
        s.layout.as_ref().map(|l| format!(" ({})", e(&l.value))).unwrap_or_default()
    );
    let _ = writeln!(
        o,
        "  duration:  {}",
        s.declared_minutes.as_ref().map(|d| format!("{} min", d.value)).unwrap_or_else(|| "-".into())
    );
    let slot = s.slot.as_ref().map(|sl| {
        format!("{} – {} ({})", sl.value.start.to_rfc3339(), sl.value.end.to_rfc3339(), zone_name(&sl.value.zone))
    });
    let slot = slot.or_else(|| s.local_slot.as_ref().map(|l| crate::render::json::local_slot_text(&l.value)));
    let _ = writeln!(o, "  slot:      {}", slot.unwrap_or_else(|| "-".into()));
    let _ = writeln!(o, "  room:      {}", opt(s.room.as_ref().map(|r| r.value.as_str())));
    let _ = writeln!(o, "  people:");
    for p in &s.people {
        let roles: Vec<&str> = p.roles.iter().map(|r| r.role.label()).collect();
        let groups: Vec<&str> =
            [&p.affiliation, &p.stakeholder_group, &p.regional_group].iter().filter_map(|g| g.as_deref()).collect();
        let _ = writeln!(o, "    {} [{}] {}", e(&p.name.value), roles.join(", "), e(&groups.join("; ")));
    }
    let _ = writeln!(o, "  agenda:{}", if s.segments.is_empty() { " none" } else { "" });
    for seg in &s.segments {
        let _ = writeln!(
            o,
            "    {}–{} {}",
            hm(seg.start.value),
            hm(seg.end.value),
            e(&seg.title.value)
        );
    }
    for n in &s.notes {
        let _ = writeln!(o, "  note: {}:{}: {} [{}]", n.span.line, n.span.column, e(&n.message), n.code);
    }
    o
}

/// Formats minutes from the start as `HH:MM` (`-00:10` when negative).
pub fn hm(minutes: i32) -> String {
    let sign = if minutes < 0 { "-" } else { "" };
    let m = minutes.unsigned_abs();
    format!("{sign}{:02}:{:02}", m / 60, m % 60)
}
