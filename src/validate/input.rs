//! Rules about the input as text: unreadable structured input, invalid UTF-8 and control
//! characters.

use super::{Diagnostic, Origin, Rule, Severity};
use crate::parse::ParseError;
use crate::source::Source;

/// The input could not be parsed at all.
pub const UNREADABLE: Rule = Rule {
    code: "unreadable-input",
    severity: Severity::Error,
    summary: "the input is in a structured notation (TOML) and is malformed",
    explanation: "\
runsheet reads proposal text leniently, but its TOML agendas are structured: a syntax error
or a value of the wrong type means nothing in the file can be trusted, so no other rule runs.

Example (agenda.toml):

    [session]
    title = \"Cyber norms\"
    minutes = ninety        # not a number

Fix the text at the position shown; `runsheet show FILE` prints what was read once it parses.",
    origin: Origin::Check,
};

/// Bytes that are not UTF-8 were replaced.
pub const INVALID_UTF8: Rule = Rule {
    code: "invalid-utf8",
    severity: Severity::Warning,
    summary: "the file is not valid UTF-8; bad bytes were replaced by U+FFFD",
    explanation: "\
runsheet reads every input as UTF-8. Bytes that are not valid UTF-8 (often a file saved as
Latin-1 or Windows-1252, where `ä` is the single byte 0xE4) are replaced by the replacement
character `�` so the rest of the file can still be read, but names and titles containing
them are garbled in every output.

Example: a proposal exported as Windows-1252 containing `Kleinwächter` is read as
`Kleinw�chter`.

Re-save the file as UTF-8 (`iconv -f WINDOWS-1252 -t UTF-8 in.txt > out.txt`).",
    origin: Origin::Check,
};

/// The text holds control characters (NUL, ESC, ...) or bidirectional overrides.
pub const CONTROL_CHARACTER: Rule = Rule {
    code: "control-character",
    severity: Severity::Warning,
    summary: "the text holds control characters (NUL, ESC, ...) or bidirectional overrides",
    explanation: "\
A proposal is text: tabs and line breaks belong in it, but NUL bytes, escape sequences, other
control characters and the bidirectional override characters (U+202A–U+202E, U+2066–U+2069,
which reorder how text is displayed) do not. They usually come from a copy-paste out of a
terminal or a word processor, or from a file that is not UTF-8 at all (a UTF-16 file read as
UTF-8 has a NUL byte after every letter). runsheet keeps reading: such characters are shown
escaped (`\\u{1b}`) in every output for people, and calendars leave control characters out.

Example: a title pasted from a terminal, `Open \\u{1b}[31mQ&A`.

Remove them; re-save a UTF-16 file as UTF-8.",
    origin: Origin::Check,
};

/// The rules of this family.
pub const RULES: &[Rule] = &[UNREADABLE, INVALID_UTF8, CONTROL_CHARACTER];

/// Reports control characters and bidirectional overrides once per file, at the first, with
/// how many there are (tab, line feed, carriage return and form feed are text).
pub fn check_controls(source: &Source, out: &mut Vec<Diagnostic>) {
    let b = source.text.as_bytes();
    let Some(at) = next_control(b, 0) else {
        return;
    };
    let Some(first) = source.text[at..].chars().next() else {
        return;
    };
    let n = std::iter::successors(Some(at), |&i| next_control(b, i + 1)).count();
    let code = format!("U+{:04X}", u32::from(first));
    let what = if n == 1 {
        format!("a control character, {code}")
    } else {
        format!("{n} control characters, the first {code}")
    };
    out.push(
        CONTROL_CHARACTER
            .diag(format!("the text holds {what}; runsheet shows it escaped"), source.span(at, at + first.len_utf8()))
            .with_label("here")
            .with_help("remove it; a file with a NUL byte after every letter is UTF-16: re-save it as UTF-8"),
    );
}

/// Reports a file the parser could not read.
pub fn unreadable(e: &ParseError, out: &mut Vec<Diagnostic>) {
    out.push(UNREADABLE.diag(format!("cannot read this input: {}", e.message), e.span));
}

/// The first byte at or after `from` where [`control_at`] holds. Blocks of 64 bytes are
/// first tested for any byte such a character can start with, a test the compiler turns
/// into vector instructions; only blocks that have one are looked at byte by byte.
fn next_control(b: &[u8], from: usize) -> Option<usize> {
    let lead = |c: u8| {
        ((c < 0x20) & (c != b'\t') & (c != b'\n') & (c != b'\r') & (c != 0x0c)) | (c == 0x7f) | (c == 0xc2) | (c == 0xe2)
    };
    let mut start = from;
    for block in b.get(from..)?.chunks(64) {
        if block.iter().fold(false, |any, &c| any | lead(c)) {
            if let Some(i) = (start..start + block.len()).find(|&i| control_at(b, i)) {
                return Some(i);
            }
        }
        start += block.len();
    }
    None
}

/// True when a character [`check_controls`] reports starts at byte `i` of the UTF-8 text
/// `b`: a C0 control other than tab, line feed, carriage return and form feed; DEL; a C1
/// control (U+0080–U+009F: `C2 80`–`C2 9F`); or a bidirectional embedding, override or
/// isolate (U+202A–U+202E: `E2 80 AA`–`AE`; U+2066–U+2069: `E2 81 A6`–`A9`). Looking at
/// bytes instead of decoding characters makes the common case, no such character, cheap.
fn control_at(b: &[u8], i: usize) -> bool {
    match b[i] {
        c if c < 0x20 => !matches!(c, b'\t' | b'\n' | b'\r' | 0x0c),
        0x7f => true,
        0xc2 => matches!(b.get(i + 1), Some(0x80..=0x9f)),
        0xe2 => matches!((b.get(i + 1), b.get(i + 2)), (Some(0x80), Some(0xaa..=0xae)) | (Some(0x81), Some(0xa6..=0xa9))),
        _ => false,
    }
}

/// Reports replaced invalid UTF-8, once per file, at the first replacement, with the byte
/// offset of the first bad byte in the file.
pub fn check_text(source: &Source, out: &mut Vec<Diagnostic>) {
    let Some(first) = source.invalid_utf8.first() else {
        return;
    };
    let n = source.invalid_utf8_total;
    let what = if n == 1 {
        "1 byte sequence".to_owned()
    } else {
        format!("{n} byte sequences")
    };
    out.push(
        INVALID_UTF8
            .diag(
                format!("the file is not valid UTF-8: {what} replaced by U+FFFD, the first at byte {}", first.offset),
                source.span(first.start, first.end),
            )
            .with_label("first replacement here")
            .with_help("re-save the file as UTF-8"),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_test_agrees_with_the_character_rule_for_every_character() {
        let rule = |c: char| crate::escape::is_unsafe(c) && !matches!(c, '\t' | '\n' | '\r' | '\x0c');
        for c in (0..=0x10_FFFF).filter_map(char::from_u32) {
            let s = format!("a{c}é");
            let b = s.as_bytes();
            let hits: Vec<usize> = (0..b.len()).filter(|&i| control_at(b, i)).collect();
            let expected: Vec<usize> = if rule(c) { vec![1] } else { vec![] };
            assert_eq!(hits, expected, "U+{:04X}", u32::from(c));
        }
    }

    #[test]
    fn next_control_finds_each_in_turn_across_blocks() {
        let mut s = "x".repeat(200);
        s.insert(130, '\u{1b}');
        s.insert(63, '\u{202e}'); // three bytes across the first block boundary
        s.push('\u{85}');
        let b = s.as_bytes();
        let found: Vec<usize> = std::iter::successors(next_control(b, 0), |&i| next_control(b, i + 1)).collect();
        assert_eq!(found, [63, 133, 204]);
        assert_eq!(next_control(b, b.len()), None);
        assert_eq!(next_control(b"a\tb\r\nc\x0cd \xe2\x80\x93", 0), None); // tab, CRLF, form feed, en dash
    }
}
