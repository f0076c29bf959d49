//! What a calendar runsheet writes may hold: the property names it writes, and the
//! unfolding of its lines. Shared by the property test on the renderer (tests/cli/ics_props.rs)
//! and the end-to-end injection test (tests/cli/output_safety.rs).

/// Every property (and BEGIN/END) name runsheet writes; anything else in a calendar is an
/// injected line.
#[allow(dead_code)]
pub const ALLOWED: &[&str] = &[
    "BEGIN",
    "END",
    "PRODID",
    "VERSION",
    "CALSCALE",
    "METHOD",
    "X-WR-CALNAME",
    "TZID",
    "DTSTART",
    "TZOFFSETFROM",
    "TZOFFSETTO",
    "TZNAME",
    "UID",
    "SEQUENCE",
    "DTSTAMP",
    "DTEND",
    "SUMMARY",
    "LOCATION",
    "URL",
    "CATEGORIES",
    "DESCRIPTION",
    "ORGANIZER",
    "ATTENDEE",
    "RELATED-TO",
    "ACTION",
    "TRIGGER",
];

/// The logical lines of `text` (folded lines joined), or the first physical line that is
/// not a well-formed content line: longer than 75 octets, or holding a bare CR or LF.
#[allow(dead_code)]
pub fn unfold(text: &str) -> Result<Vec<String>, String> {
    let body = text.strip_suffix("\r\n").ok_or("no CRLF at the end")?;
    let mut logical: Vec<String> = Vec::new();
    for line in body.split("\r\n") {
        if line.len() > 75 || line.contains(['\r', '\n']) {
            return Err(format!("{line:?}"));
        }
        match line.strip_prefix(' ') {
            Some(rest) => logical.last_mut().ok_or("a continuation first")?.push_str(rest),
            None => logical.push(line.to_owned()),
        }
    }
    Ok(logical)
}

/// The name of a logical line (before its parameters or value).
#[allow(dead_code)]
pub fn name(line: &str) -> &str {
    line.split([';', ':']).next().unwrap_or("")
}
