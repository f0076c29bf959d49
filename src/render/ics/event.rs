//! One VEVENT per session (and per segment): times, texts, people, alarm.

use chrono::{DateTime, Duration, FixedOffset};

use super::lines::Lines;
use super::{IcsError, IcsOptions, session_uid};
use crate::model::{Person, Role, Segment, Session, Zone};
use crate::time;

/// A written event and the instants it wrote with a TZID (for the VTIMEZONE's range).
pub(super) struct Written {
    pub(super) text: String,
    pub(super) zoned: Vec<(Zone, DateTime<FixedOffset>)>,
}

/// The id and title, as SUMMARY.
pub(super) fn summary(session: &Session) -> String {
    match (&session.id, &session.title) {
        (Some(id), Some(t)) => format!("{}: {}", id.value.text, t.value),
        _ => session.display_name().to_owned(),
    }
}

/// Writes the session's VEVENT, and with `opts.segments` one per segment.
pub(super) fn write(session: &Session, opts: &IcsOptions, warnings: &mut Vec<String>) -> Result<Written, IcsError> {
    let name = session.display_name().to_owned();
    let slot = &session.slot.as_ref().ok_or_else(|| IcsError::NoSlot { session: name.clone() })?.value;
    if slot.end < slot.start {
        return Err(IcsError::EndBeforeStart {
            session: name,
            start: slot.start.to_rfc3339(),
            end: slot.end.to_rfc3339(),
        });
    }
    let zone = opts.zone.clone().unwrap_or_else(|| slot.zone.clone());
    let terr = |source| IcsError::Time { session: session.display_name().to_owned(), source };
    // Fail early on an unknown zone, before anything is written.
    time::in_zone(slot.start, &zone).map_err(terr)?;
    let mut ev = EventWriter { lines: Lines::default(), zoned: Vec::new(), zone: &zone, session, warnings };
    let uid = session_uid(session);
    let summary = summary(session);

    ev.lines.begin("VEVENT");
    ev.head(&uid, opts);
    ev.when("DTSTART", slot.start).map_err(terr)?;
    ev.end(slot.start, slot.end).map_err(terr)?;
    ev.lines.line("SUMMARY", &summary);
    ev.place();
    // An empty CATEGORIES is refused by libical (it drops the property with an error).
    if let Some(f) = session.format.as_ref().filter(|f| !f.value.trim().is_empty()) {
        ev.lines.line("CATEGORIES", &f.value);
    }
    ev.lines.text("DESCRIPTION", &description(session, slot.start, slot.end, &zone).map_err(terr)?);
    ev.people(&uid, opts, None);
    if let Some(minutes) = opts.alarm_minutes {
        ev.lines.begin("VALARM");
        ev.lines.text("ACTION", "DISPLAY");
        ev.lines.text("DESCRIPTION", &summary);
        ev.lines.raw("TRIGGER", &format!("-PT{minutes}M"), &[]);
        ev.lines.end("VALARM");
    }
    ev.lines.end("VEVENT");

    if opts.segments {
        let base = uid.trim_end_matches("@runsheet");
        for (i, seg) in session.segments.iter().enumerate() {
            if seg.end.value < seg.start.value {
                ev.warnings.push(format!("{name}: segment {} ends before it starts; no event written for it", i + 1));
                continue;
            }
            let start = slot.start + Duration::minutes(i64::from(seg.start.value));
            let end = slot.start + Duration::minutes(i64::from(seg.end.value));
            ev.lines.begin("VEVENT");
            ev.head(&format!("{base}-segment-{}@runsheet", i + 1), opts);
            ev.when("DTSTART", start).map_err(terr)?;
            ev.end(start, end).map_err(terr)?;
            ev.lines.line("SUMMARY", &format!("{} – {}", name, seg.title.value));
            ev.place();
            ev.lines.text("DESCRIPTION", &segment_description(seg, &summary));
            ev.lines.text("RELATED-TO", &uid);
            ev.people(&uid, opts, Some(seg));
            ev.lines.end("VEVENT");
        }
    }
    Ok(Written { text: ev.lines.finish(), zoned: ev.zoned })
}

struct EventWriter<'a> {
    lines: Lines,
    zoned: Vec<(Zone, DateTime<FixedOffset>)>,
    zone: &'a Zone,
    session: &'a Session,
    warnings: &'a mut Vec<String>,
}

impl EventWriter<'_> {
    fn head(&mut self, uid: &str, opts: &IcsOptions) {
        self.lines.text("UID", uid);
        self.lines.raw("SEQUENCE", &opts.sequence.to_string(), &[]);
        self.lines.raw("DTSTAMP", &opts.dtstamp.format("%Y%m%dT%H%M%SZ").to_string(), &[]);
    }

    fn place(&mut self) {
        if let Some(room) = &self.session.room {
            self.lines.line("LOCATION", &room.value);
        }
        if let Some(url) = &self.session.url {
            let url: String = url.chars().filter(|c| !c.is_whitespace() && !c.is_control()).collect();
            if !url.is_empty() {
                self.lines.raw("URL", &url, &[]);
            }
        }
    }

    /// DTEND, which RFC 5545 (3.8.2.2) requires to be later than DTSTART: a zero-length
    /// event has none, and so ends when it starts (3.6.1).
    fn end(&mut self, start: DateTime<FixedOffset>, end: DateTime<FixedOffset>) -> Result<(), time::TimeError> {
        if end > start { self.when("DTEND", end) } else { Ok(()) }
    }

    /// DTSTART/DTEND: UTC for UTC and fixed-offset zones and for a wall-clock time that
    /// occurs twice; else the wall-clock time with TZID.
    fn when(&mut self, prop: &str, at: DateTime<FixedOffset>) -> Result<(), time::TimeError> {
        let utc = at.with_timezone(&chrono::Utc).format("%Y%m%dT%H%M%SZ").to_string();
        let Zone::Iana(name) = self.zone else {
            self.lines.raw(prop, &utc, &[]);
            return Ok(());
        };
        let (wall, repeated) = time::wall_clock(at, self.zone)?;
        if repeated {
            // Exact and read alike everywhere; nothing the user needs to hear about (a local
            // time they typed in that hour was already warned about when it was read).
            self.lines.raw(prop, &utc, &[]);
            return Ok(());
        }
        self.lines.raw(prop, &wall.format("%Y%m%dT%H%M%S").to_string(), &[("TZID", name)]);
        self.zoned.push((self.zone.clone(), at));
        Ok(())
    }

    /// ORGANIZER (RFC 5546 requires it in PUBLISH and REQUEST alike) and, in invitations
    /// only, ATTENDEE (forbidden in PUBLISH). A segment's event invites the people
    /// named in that segment, else the session's moderators, else everyone (RFC 5546 wants
    /// at least one ATTENDEE in a REQUEST).
    fn people(&mut self, uid: &str, opts: &IcsOptions, segment: Option<&Segment>) {
        let s = self.session;
        let organizer = s.people_with(Role::Organizer).next();
        match (&opts.organizer_email, organizer) {
            (Some(mail), _) => {
                let cn =
                    s.people.iter().find(|p| p.email.as_deref() == Some(mail.as_str())).map(|p| p.name.value.as_str());
                let params: Vec<(&str, &str)> = cn.map(|c| ("CN", c)).into_iter().collect();
                self.lines.raw("ORGANIZER", &format!("mailto:{}", mail.trim()), &params);
            }
            (None, Some(p)) => self.lines.raw("ORGANIZER", &address(uid, p), &[("CN", &p.name.value)]),
            (None, None) => {
                let cn = format!("Organizers of {}", s.display_name());
                self.lines.raw("ORGANIZER", &format!("urn:uuid:{}", name_uuid(uid, "organizer")), &[("CN", &cn)]);
            }
        }
        if !opts.invite {
            return;
        }
        let named = |p: &Person, seg: &Segment| {
            seg.people.iter().any(|n| *n == p.name.value || p.aliases.iter().any(|a| a.value == *n))
        };
        let invited: Vec<&Person> = match segment {
            None => s.people.iter().collect(),
            Some(seg) if s.people.iter().any(|p| named(p, seg)) => s.people.iter().filter(|p| named(p, seg)).collect(),
            Some(_) if s.people.iter().any(|p| itip_role(p) == Some("CHAIR")) => {
                s.people.iter().filter(|p| itip_role(p) == Some("CHAIR")).collect()
            }
            Some(_) => s.people.iter().collect(),
        };
        for p in invited {
            let Some(role) = itip_role(p) else { continue };
            let addr = address(uid, p);
            let mut params = vec![
                ("CN", p.name.value.as_str()),
                ("CUTYPE", "INDIVIDUAL"),
                ("PARTSTAT", "NEEDS-ACTION"),
                ("ROLE", role),
            ];
            if p.email.is_some() {
                params.push(("RSVP", "TRUE"));
            }
            self.lines.raw("ATTENDEE", &addr, &params);
        }
    }
}

/// RFC 5545 ROLE for a person: moderators chair, speakers are required, rapporteurs and
/// resource persons optional, organisers who do none of these are non-participants.
fn itip_role(p: &Person) -> Option<&'static str> {
    let has = |r| p.has_role(r);
    if has(Role::OnsiteModerator) || has(Role::OnlineModerator) || has(Role::Moderator) {
        Some("CHAIR")
    } else if has(Role::Speaker) {
        Some("REQ-PARTICIPANT")
    } else if has(Role::Rapporteur) || has(Role::ResourcePerson) {
        Some("OPT-PARTICIPANT")
    } else if has(Role::Organizer) {
        Some("NON-PARTICIPANT")
    } else {
        None
    }
}

/// `mailto:` where an address is known, else a stable `urn:uuid:` for the person.
fn address(uid: &str, p: &Person) -> String {
    match p.email.as_deref().map(str::trim).filter(|m| m.contains('@')) {
        Some(mail) => format!("mailto:{}", mail.replace(char::is_whitespace, "")),
        None => format!("urn:uuid:{}", name_uuid(uid, &p.name.value)),
    }
}

fn name_uuid(uid: &str, name: &str) -> uuid::Uuid {
    uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, format!("runsheet:person:{uid}:{name}").as_bytes())
}

/// `+01:25` style offset from the session start.
fn offset(minutes: i32) -> String {
    let sign = if minutes < 0 { "-" } else { "" };
    let m = minutes.unsigned_abs();
    format!("{sign}{:02}:{:02}", m / 60, m % 60)
}

/// `HH:MM` in `zone`; followed by the zone's abbreviation when the offset differs from the
/// one at `reference` (the session start), so times across a clock change stay readable.
fn clock(at: DateTime<FixedOffset>, reference: DateTime<FixedOffset>, zone: &Zone) -> Result<String, time::TimeError> {
    let local = time::in_zone(at, zone)?;
    let text = local.format("%H:%M").to_string();
    if *local.offset() == *time::in_zone(reference, zone)?.offset() {
        Ok(text)
    } else {
        Ok(format!("{text} {}", time::abbreviation(at, zone)?))
    }
}

/// The zone as shown next to clock times: `UTC`, `UTC+05:30`, `Europe/Berlin, CET`.
fn zone_label(at: DateTime<FixedOffset>, zone: &Zone) -> Result<String, time::TimeError> {
    Ok(match zone {
        Zone::Iana(name) => format!("{name}, {}", time::abbreviation(at, zone)?),
        _ => time::zone_name(zone),
    })
}

fn person_line(p: &Person) -> String {
    let details: Vec<&str> =
        [&p.affiliation, &p.stakeholder_group, &p.regional_group].into_iter().flatten().map(String::as_str).collect();
    if details.is_empty() { p.name.value.clone() } else { format!("{} ({})", p.name.value, details.join(", ")) }
}

/// The session's DESCRIPTION: when and where, the agenda with clock times and offsets,
/// and who is on in which role.
pub(super) fn description(
    s: &Session,
    start: DateTime<FixedOffset>,
    end: DateTime<FixedOffset>,
    zone: &Zone,
) -> Result<String, time::TimeError> {
    let mut out = vec![summary(s)];
    let kind: Vec<String> = [s.format.as_ref().map(|f| f.value.clone()), s.layout.as_ref().map(|l| l.value.clone())]
        .into_iter()
        .flatten()
        .chain(s.declared_minutes.as_ref().map(|d| format!("{} min", d.value)))
        .collect();
    if !kind.is_empty() {
        out.push(kind.join(" - "));
    }
    let local_start = time::in_zone(start, zone)?;
    let local_end = time::in_zone(end, zone)?;
    let end_text = if local_end.date_naive() == local_start.date_naive() {
        local_end.format("%H:%M").to_string()
    } else {
        local_end.format("%A %-d %B %Y, %H:%M").to_string()
    };
    out.push(format!("{}–{} ({})", local_start.format("%A %-d %B %Y, %H:%M"), end_text, zone_label(start, zone)?));
    if let Some(room) = &s.room {
        out.push(format!("Room: {}", room.value));
    }
    if !s.segments.is_empty() {
        out.push(String::new());
        out.push(format!("Agenda ({}):", zone_label(start, zone)?));
        for seg in &s.segments {
            let a = start + Duration::minutes(i64::from(seg.start.value));
            let b = start + Duration::minutes(i64::from(seg.end.value));
            out.push(format!(
                "{}–{} (+{}–{}) {}",
                clock(a, start, zone)?,
                clock(b, start, zone)?,
                offset(seg.start.value),
                offset(seg.end.value),
                seg.title.value
            ));
            if !seg.people.is_empty() {
                out.push(format!("    with {}", seg.people.join(", ")));
            }
        }
    }
    let mut first = true;
    for role in Role::ALL {
        let people: Vec<String> = s.people_with(role).map(person_line).collect();
        if people.is_empty() {
            continue;
        }
        if first {
            out.push(String::new());
            first = false;
        }
        let mut label = role.label().to_owned();
        label[..1].make_ascii_uppercase();
        if people.len() > 1 {
            label.push('s');
        }
        out.push(format!("{label}: {}", people.join("; ")));
    }
    if let Some(url) = &s.url {
        out.push(String::new());
        out.push(url.clone());
    }
    Ok(out.join("\n"))
}

fn segment_description(seg: &Segment, session_summary: &str) -> String {
    let mut out = vec![format!("Part of {session_summary} (+{}–{})", offset(seg.start.value), offset(seg.end.value))];
    if !seg.people.is_empty() {
        out.push(format!("With {}", seg.people.join(", ")));
    }
    if let Some(n) = &seg.notes {
        out.push(n.clone());
    }
    for c in &seg.cues {
        out.push(format!("Cue: {c}"));
    }
    out.join("\n")
}
