//! Content lines, written here rather than by the icalendar crate's serializer (whose fold
//! was quadratic in the line's length and could leave a 76-octet continuation): values are
//! cleaned so no input can break a line or inject a property, TEXT is escaped, parameter
//! values are quoted, each line is folded at 75 octets once, and BEGIN/END are plain lines
//! so no component gets properties the crate would add on its own (a random UID or the
//! current time as DTSTAMP). The crate still says which properties are TEXT.

use std::collections::BTreeMap;

use icalendar::{Property, ValueType};

use crate::source::floor_char;

/// Builds the text of one iCalendar object, line by line.
#[derive(Debug, Default)]
pub(crate) struct Lines {
    out: String,
    /// The property being written, unfolded; kept to reuse its allocation.
    line: String,
}

impl Lines {
    /// `BEGIN:<name>`.
    pub(crate) fn begin(&mut self, name: &str) {
        self.out.push_str("BEGIN:");
        self.out.push_str(name);
        self.out.push_str("\r\n");
    }

    /// `END:<name>`.
    pub(crate) fn end(&mut self, name: &str) {
        self.out.push_str("END:");
        self.out.push_str(name);
        self.out.push_str("\r\n");
    }

    /// A TEXT property: line breaks of any kind become `\n`, other control characters are
    /// dropped, and `\`, `,`, `;` are escaped (RFC 5545 §3.3.11).
    pub(crate) fn text(&mut self, name: &str, value: &str) {
        self.text_with(name, value, &[]);
    }

    /// A one-line TEXT property (SUMMARY, LOCATION, CATEGORIES): every run of white space,
    /// line breaks included, becomes one space, since some clients refuse or cut a
    /// summary holding a line break.
    pub(crate) fn line(&mut self, name: &str, value: &str) {
        self.text(name, &value.split_whitespace().collect::<Vec<_>>().join(" "));
    }

    /// A TEXT property with parameters (see [`Lines::text`] and [`param_value`]).
    pub(crate) fn text_with(&mut self, name: &str, value: &str, params: &[(&str, &str)]) {
        self.start_line(name, params);
        push_text(value, &mut self.line);
        self.end_line();
    }

    /// A property whose value is not TEXT (dates, numbers, URIs): control characters and
    /// line breaks are removed, nothing is escaped.
    pub(crate) fn raw(&mut self, name: &str, value: &str, params: &[(&str, &str)]) {
        self.start_line(name, params);
        let clean = value.chars().filter(|c| !c.is_control());
        if is_text(name) {
            // A name the standard types as TEXT is escaped whichever method wrote it.
            push_text(&clean.collect::<String>(), &mut self.line);
        } else {
            self.line.extend(clean);
        }
        self.end_line();
    }

    /// Starts the unfolded line in the scratch buffer: the name, then the parameters in
    /// name order (a later value for the same name wins), each value made safe by
    /// [`param_value`] and quoted where it holds `:` or `;`.
    fn start_line(&mut self, name: &str, params: &[(&str, &str)]) {
        self.line.clear();
        self.line.push_str(name);
        let params: BTreeMap<&str, &str> = params.iter().copied().collect();
        for (k, v) in params {
            let v = param_value(v);
            self.line.push(';');
            self.line.push_str(k);
            self.line.push('=');
            if v.contains([':', ';']) {
                self.line.push('"');
                self.line.push_str(&v);
                self.line.push('"');
            } else {
                self.line.push_str(&v);
            }
        }
        self.line.push(':');
    }

    /// Folds the scratch line into the output. The line is put together unfolded and
    /// folded once: the icalendar crate's serializer looked each fold point up from the
    /// start of the line, which took minutes for a 100,000-segment DESCRIPTION.
    fn end_line(&mut self) {
        fold(&self.line, &mut self.out);
    }

    /// The finished text, holding no spare capacity (a calendar keeps one per session).
    pub(crate) fn finish(mut self) -> String {
        self.out.shrink_to_fit();
        self.out
    }
}

/// Writes `line` folded so no physical line exceeds 75 octets (the leading space of a
/// continuation counted), never inside a UTF-8 character and never just before white
/// space (some readers drop all leading white space of a continuation), then CRLF.
pub(crate) fn fold(line: &str, out: &mut String) {
    const LIMIT: usize = 75;
    let mut rest = line;
    let mut room = LIMIT;
    while rest.len() > room {
        let mut cut = floor_char(rest, room);
        let mut c = cut;
        while c > 1 && rest[c..].starts_with(char::is_whitespace) {
            c = floor_char(rest, c - 1);
        }
        if c > 1 {
            cut = c;
        }
        out.push_str(&rest[..cut]);
        out.push_str("\r\n ");
        rest = &rest[cut..];
        room = LIMIT - 1;
    }
    out.push_str(rest);
    out.push_str("\r\n");
}

/// Appends `value` as a TEXT value (RFC 5545 §3.3.11): CRLF, CR, LF and the Unicode line
/// separators become `\\n`; `\\`, `,` and `;` are escaped; other control characters
/// except TAB are dropped, so no input can end the line.
pub(crate) fn push_text(value: &str, out: &mut String) {
    out.reserve(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' | '\u{2028}' | '\u{2029}' | '\u{85}' => out.push_str("\\n"),
            '\\' | ',' | ';' => {
                out.push('\\');
                out.push(c);
            }
            '\t' => out.push(c),
            // Controls, bidirectional overrides (which would reorder what a calendar shows)
            // and noncharacters are left out, as the README says.
            c if crate::escape::is_unfit_for_calendars(c) => {}
            c => out.push(c),
        }
    }
}

/// True for a property the standard types as TEXT, from the icalendar crate's table.
fn is_text(name: &str) -> bool {
    Property::new(name, "").value_type() == Some(ValueType::Text)
}

/// A parameter value that cannot end the parameter early: control characters and line
/// breaks become spaces, `"` (which a parameter value cannot hold, RFC 5545 §3.2) becomes
/// `'`, and a value holding `,` is quoted. A value holding `:` or `;` is quoted later, when
/// the line is put together, so it is left unquoted here (quoting twice would break it).
pub(crate) fn param_value(value: &str) -> String {
    let clean: String = value
        .chars()
        .map(|c| match c {
            '"' => '\'',
            c if crate::escape::is_unfit_for_calendars(c) => ' ',
            c => c,
        })
        .collect();
    let clean = clean.split_whitespace().collect::<Vec<_>>().join(" ");
    if clean.contains([':', ';']) || !clean.contains(',') { clean } else { format!("\"{clean}\"") }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(f: impl FnOnce(&mut Lines)) -> String {
        let mut l = Lines::default();
        f(&mut l);
        l.finish()
    }

    #[test]
    fn text_cannot_inject_a_property() {
        let s = one(|l| l.text("SUMMARY", "Panel\nATTENDEE:mailto:x@example.org\r\nX\rY\u{0}Z"));
        assert_eq!(s, "SUMMARY:Panel\\nATTENDEE:mailto:x@example.org\\nX\\nYZ\r\n");
        let s = one(|l| l.text("X-WR-CALNAME", "a,b;c\\d\ne"));
        assert_eq!(s, "X-WR-CALNAME:a\\,b\\;c\\\\d\\ne\r\n");
        let s = one(|l| l.raw("URL", "https://x.org/a\r\nATTENDEE:b", &[]));
        assert_eq!(s, "URL:https://x.org/aATTENDEE:b\r\n");
    }

    #[test]
    fn parameter_values_are_quoted_or_cleaned() {
        let s = one(|l| l.raw("ATTENDEE", "mailto:a@b.org", &[("CN", "Doe, Jane")]));
        assert_eq!(s, "ATTENDEE;CN=\"Doe, Jane\":mailto:a@b.org\r\n");
        let s = one(|l| l.raw("ATTENDEE", "mailto:a@b.org", &[("CN", "Dr. \"X\": a, b\n;c")]));
        assert_eq!(s, "ATTENDEE;CN=\"Dr. 'X': a, b ;c\":mailto:a@b.org\r\n");
    }

    #[test]
    fn fold_counts_the_continuation_space() {
        for n in 60..400 {
            for filler in ["a", "é", "老", " ", "a b"] {
                let line: String = format!("DESCRIPTION:{}", filler.repeat(n / filler.len()));
                let mut out = String::new();
                fold(&line, &mut out);
                for phys in out.split("\r\n").filter(|l| !l.is_empty()) {
                    assert!(phys.len() <= 75, "{n} {filler:?}: {} octets", phys.len());
                }
                assert_eq!(out.trim_end_matches("\r\n").replace("\r\n ", ""), line);
            }
        }
    }

    #[test]
    fn long_lines_fold_on_character_boundaries() {
        let s = one(|l| l.text("DESCRIPTION", &"Überstunden für Moderatorinnen ".repeat(10)));
        for line in s.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{line:?}");
        }
        assert!(s.contains("\r\n "));
    }
}
