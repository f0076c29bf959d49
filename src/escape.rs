//! The one place that decides which characters from the input must never reach a terminal
//! (or a document) raw, and how they are shown instead.
//!
//! C0 and C1 control characters and DEL would move the cursor, change colours, set the
//! window title or ring the bell; the bidirectional embedding, override and isolate
//! characters (U+202A–U+202E, U+2066–U+2069) would reorder what is shown ("Trojan Source").
//! Each is shown as a Rust-style escape such as `\u{1b}`, so the text stays readable and
//! says exactly what the input held. Right-to-left letters and combining marks are text,
//! not controls, and are kept.

use std::borrow::Cow;

/// True for a character that must be shown escaped: a C0 or C1 control character, DEL, or
/// a bidirectional embedding, override or isolate.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// True for a character XML 1.0 does not allow in a document: C0 controls other than tab,
/// line feed and carriage return, and the noncharacters U+FFFE and U+FFFF.
pub fn is_xml_forbidden(c: char) -> bool {
    (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// True for a character left out of calendars: an [unsafe](is_unsafe) one, or a Unicode
/// noncharacter (U+FDD0–U+FDEF, and the last two code points of every plane).
pub fn is_unfit_for_calendars(c: char) -> bool {
    is_unsafe(c) || matches!(c, '\u{FDD0}'..='\u{FDEF}') || (u32::from(c) & 0xFFFE) == 0xFFFE
}

/// The escape shown for `c`, e.g. `\u{1b}`.
pub fn escape_char(c: char) -> String {
    format!("\\u{{{:x}}}", u32::from(c))
}

/// Replaces every [unsafe](is_unsafe) character of `s`, line breaks and tabs included,
/// with its escape; for text shown on one line (messages, names, titles).
pub fn escape_controls(s: &str) -> Cow<'_, str> {
    escape_where(s, is_unsafe)
}

/// Replaces every [unsafe](is_unsafe) character except tab, line feed and carriage return
/// with its escape; for whole documents (HTML, CSV) that keep their own line structure.
pub fn escape_controls_in_document(s: String) -> String {
    match escape_where(&s, |c| is_unsafe(c) && !matches!(c, '\t' | '\n' | '\r')) {
        Cow::Borrowed(_) => s,
        Cow::Owned(o) => o,
    }
}

fn escape_where(s: &str, unsafe_char: impl Fn(char) -> bool) -> Cow<'_, str> {
    let Some(first) = s.find(&unsafe_char) else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len() + 16);
    out.push_str(&s[..first]);
    for c in s[first..].chars() {
        if unsafe_char(c) {
            out.push_str(&escape_char(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_and_bidi_overrides_are_escaped_letters_kept() {
        let s = "a\u{1b}[31mb\u{7}\u{8}\r\u{7f}\u{9b}c\u{202e}d\u{2066}\u{5d3}\u{5d5}e\u{301}\tf";
        assert_eq!(
            escape_controls(s),
            "a\\u{1b}[31mb\\u{7}\\u{8}\\u{d}\\u{7f}\\u{9b}c\\u{202e}d\\u{2066}\u{5d3}\u{5d5}e\u{301}\\u{9}f"
        );
        assert!(matches!(escape_controls("Zoë דוד"), Cow::Borrowed(_)));
        assert_eq!(escape_controls_in_document("a\tb\r\nc\u{0}\u{85}".into()), "a\tb\r\nc\\u{0}\\u{85}");
    }
}
