//! Source text: decoding input bytes and turning byte offsets into [`Span`]s.
//!
//! Input is decoded leniently so that nothing is lost: a UTF-8 byte-order mark is
//! dropped, and invalid UTF-8 is replaced by U+FFFD with the byte offset of each bad
//! sequence reported, so the rest of the file is still read.
//!
//! Memory and time stay proportional to the input whatever it holds: line starts are one
//! offset per line, columns are counted with a sparse index rather than from the start of
//! the line each time (a 100 MB file on one line would otherwise be quadratic), and only
//! the first [`MAX_INVALID_RECORDED`] runs of invalid bytes are kept (with a count of all),
//! each run replaced by one U+FFFD (so the text is at most twice as long as the input).

use crate::model::Span;

/// How many runs of invalid UTF-8 a [`Source`] records one by one; the rest are counted.
pub const MAX_INVALID_RECORDED: usize = 100;

/// Bytes per entry of the column index: a column is found by counting at most this many
/// bytes past the nearest entry (or from the start of the line, when that is nearer).
const STRIDE: usize = 512;

/// One run of adjacent bytes that are not UTF-8 (`\xFF\xFE` is one run), and the one
/// replacement character that stands for it in the decoded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidUtf8 {
    /// Byte offset of the run in the input as read (a byte-order mark counts).
    pub offset: usize,
    /// How many bytes the run holds.
    pub len: usize,
    /// Byte offset in [`Source::text`] of its replacement character.
    pub start: usize,
    /// Byte offset in [`Source::text`] just past its replacement character.
    pub end: usize,
}

/// A decoded input: its display name, its text, and the start of each line.
#[derive(Debug, Clone)]
pub struct Source {
    /// The name shown in diagnostics (a path, or `-` for standard input).
    pub name: String,
    /// The decoded text (without a byte-order mark).
    pub text: String,
    /// The first [`MAX_INVALID_RECORDED`] runs of invalid UTF-8 that were replaced, in order.
    pub invalid_utf8: Vec<InvalidUtf8>,
    /// How many runs of invalid UTF-8 there were in all (at least `invalid_utf8.len()`).
    pub invalid_utf8_total: usize,
    line_starts: Vec<usize>,
    /// `char_marks[k]`: characters in `text[..k * STRIDE]` (empty when the text is ASCII).
    char_marks: Vec<usize>,
}

impl Source {
    /// Decodes `bytes` read from `name`; never fails.
    pub fn from_bytes(name: impl Into<String>, bytes: &[u8]) -> Source {
        Source::from_vec(name, bytes.to_vec())
    }

    /// Decodes `bytes` read from `name`, reusing the buffer when it is valid UTF-8 (so a
    /// large input is not held twice); never fails.
    pub fn from_vec(name: impl Into<String>, mut bytes: Vec<u8>) -> Source {
        let bom = if bytes.starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
        bytes.drain(..bom);
        let mut invalid_utf8 = Vec::new();
        let mut total = 0;
        let text = match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => {
                let bytes = e.into_bytes();
                let mut out = String::with_capacity(bytes.len() + bytes.len() / 8);
                let mut offset = 0;
                // Adjacent bad sequences (`\xFF\xFE`, or a whole binary file) are one run with
                // one replacement character, so the text is never longer than twice the input.
                let mut open: Option<InvalidUtf8> = None;
                for chunk in bytes.utf8_chunks() {
                    if !chunk.valid().is_empty() {
                        if let Some(seq) = open.take() {
                            record(&mut invalid_utf8, &mut total, seq);
                        }
                        out.push_str(chunk.valid());
                        offset += chunk.valid().len();
                    }
                    let n = chunk.invalid().len();
                    if n > 0 {
                        match &mut open {
                            Some(seq) => seq.len += n,
                            None => {
                                let at = out.len();
                                out.push(char::REPLACEMENT_CHARACTER);
                                open = Some(InvalidUtf8 { offset: bom + offset, len: n, start: at, end: out.len() });
                            }
                        }
                        offset += n;
                    }
                }
                if let Some(seq) = open {
                    record(&mut invalid_utf8, &mut total, seq);
                }
                out.shrink_to_fit();
                out
            }
        };
        Source::with_invalid(name.into(), text, invalid_utf8, total)
    }

    /// Wraps text that is already decoded.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Source {
        Source::with_invalid(name.into(), text.into(), Vec::new(), 0)
    }

    fn with_invalid(name: String, text: String, invalid_utf8: Vec<InvalidUtf8>, total: usize) -> Source {
        let mut line_starts = vec![0];
        let b = text.as_bytes();
        for i in memchr::memchr2_iter(b'\n', b'\r', b) {
            // A line ends at LF, at CRLF (counted once, at the LF), or at a lone CR.
            if b[i] == b'\n' || b.get(i + 1) != Some(&b'\n') {
                line_starts.push(i + 1);
            }
        }
        line_starts.shrink_to_fit();
        let char_marks = if text.is_ascii() {
            Vec::new()
        } else {
            let mut marks = Vec::with_capacity(b.len() / STRIDE + 1);
            let mut total = 0;
            for chunk in b.chunks(STRIDE) {
                marks.push(total);
                total += count_chars(chunk);
            }
            marks.push(total);
            marks
        };
        Source { name, text, invalid_utf8, invalid_utf8_total: total, line_starts, char_marks }
    }

    /// The span of bytes `start..end`, with line and column; offsets are clamped into the text.
    pub fn span(&self, start: usize, end: usize) -> Span {
        let start = self.floor_char(start.min(self.text.len()));
        let end = self.floor_char(end.clamp(start, self.text.len()));
        let (line, column) = self.line_col(start);
        Span { start, end, line, column }
    }

    /// The 1-based line and column (in characters) of byte `offset`.
    pub fn line_col(&self, offset: usize) -> (u32, u32) {
        let offset = self.floor_char(offset.min(self.text.len()));
        let idx = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[idx];
        let column = if self.char_marks.is_empty() {
            offset - start // ASCII: a byte is a character
        } else if offset - start <= STRIDE {
            count_chars(&self.text.as_bytes()[start..offset])
        } else {
            self.chars_before(offset) - self.chars_before(start)
        } + 1;
        (to_u32(idx + 1), to_u32(column))
    }

    /// The number of lines (a text ending in a line break has an empty last line).
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// The byte range of 1-based line `line`, without its line ending.
    pub fn line_range(&self, line: u32) -> std::ops::Range<usize> {
        let idx = (line as usize).saturating_sub(1).min(self.line_starts.len() - 1);
        let start = self.line_starts[idx];
        let end = self.line_starts.get(idx + 1).copied().unwrap_or(self.text.len());
        let text = self.text[start..end].trim_end_matches(['\n', '\r']);
        start..start + text.len()
    }

    /// The text of 1-based line `line`, without its line ending.
    pub fn line_text(&self, line: u32) -> &str {
        &self.text[self.line_range(line)]
    }

    /// The span of a sub-slice of `self.text` (a `&str` borrowed from it).
    pub fn span_of(&self, part: &str) -> Span {
        let base = self.text.as_ptr() as usize;
        let p = part.as_ptr() as usize;
        let start = p.saturating_sub(base).min(self.text.len());
        self.span(start, start + part.len())
    }

    /// Characters in `text[..offset]` (`offset` on a character boundary).
    fn chars_before(&self, offset: usize) -> usize {
        let k = offset / STRIDE;
        self.char_marks[k] + count_chars(&self.text.as_bytes()[k * STRIDE..offset])
    }

    fn floor_char(&self, i: usize) -> usize {
        floor_char(&self.text, i)
    }
}

/// The nearest character boundary of `s` at or before byte `i` (`s.len()` when past it).
pub(crate) fn floor_char(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The nearest character boundary of `s` at or after byte `i` (`s.len()` when past it).
pub(crate) fn ceil_char(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Records a run of invalid bytes: kept while fewer than [`MAX_INVALID_RECORDED`] are, and
/// counted always.
fn record(kept: &mut Vec<InvalidUtf8>, total: &mut usize, seq: InvalidUtf8) {
    *total += 1;
    if kept.len() < MAX_INVALID_RECORDED {
        kept.push(seq);
    }
}

/// Characters in UTF-8 `bytes`: every byte that does not continue a character starts one.
fn count_chars(bytes: &[u8]) -> usize {
    // A sum rather than `filter().count()`, which the compiler turns into vector code.
    bytes.iter().map(|&b| usize::from((b as i8) >= -0x40)).sum()
}

/// Lines and columns beyond `u32::MAX` are shown as `u32::MAX` rather than wrapping.
fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_follow_lf_crlf_and_cr() {
        let s = Source::new("t", "ab\r\ncé\rx\ny");
        assert_eq!(s.line_col(0), (1, 1));
        assert_eq!(s.line_col(4), (2, 1));
        assert_eq!(s.line_col(7), (2, 3)); // after 'c' and 'é'
        assert_eq!(s.line_col(8), (3, 1));
        assert_eq!(s.line_text(2), "cé");
        assert_eq!(s.line_text(4), "y");
        assert_eq!(s.line_count(), 4);
    }

    #[test]
    fn bom_is_dropped_and_bad_utf8_reported_with_its_offset_in_the_file() {
        let s = Source::from_bytes("t", b"\xEF\xBB\xBFab\xFF\xFEcd\xE2\x82");
        // Adjacent bad bytes are one run with one replacement character; offsets count the
        // byte-order mark.
        assert_eq!(s.text, "ab\u{FFFD}cd\u{FFFD}");
        assert_eq!(
            s.invalid_utf8,
            vec![InvalidUtf8 { offset: 5, len: 2, start: 2, end: 5 }, InvalidUtf8 { offset: 9, len: 2, start: 7, end: 10 }]
        );
        assert_eq!(s.invalid_utf8_total, 2);
        let binary = Source::from_vec("b", vec![0xFF; 1000]);
        assert_eq!((binary.text.as_str(), binary.invalid_utf8[0].len), ("\u{FFFD}", 1000));
    }

    #[test]
    fn only_the_first_runs_are_kept_but_all_are_counted() {
        let bytes: Vec<u8> = (0..1000).flat_map(|_| [b'a', 0xFF]).collect();
        let s = Source::from_vec("t", bytes);
        assert_eq!(s.invalid_utf8.len(), MAX_INVALID_RECORDED);
        assert_eq!(s.invalid_utf8_total, 1000);
        assert_eq!(s.invalid_utf8[1].offset, 3);
    }

    #[test]
    fn columns_on_a_long_line_match_a_count_from_its_start() {
        let text = format!("x\n{}", "é a ".repeat(5000));
        let s = Source::new("t", text.as_str());
        for offset in [2, 3, 4, 4097, 4098, 8191, 12_000, text.len()] {
            let offset = (0..=offset).rev().find(|&o| text.is_char_boundary(o)).unwrap();
            let slow = text[2..offset].chars().count() as u32 + 1;
            assert_eq!(s.line_col(offset), (2, slow), "at {offset}");
        }
    }
}
