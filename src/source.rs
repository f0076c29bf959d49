//! Source text: decoding input bytes and turning byte offsets into [`Span`]s.
//!
//! Input is decoded leniently so that nothing is lost: a UTF-8 byte-order mark is
//! dropped, and invalid UTF-8 is replaced by U+FFFD with the byte offset of each bad
//! sequence reported, so the rest of the file is still read.

use crate::model::Span;

/// A decoded input: its display name, its text, and the start of each line.
#[derive(Debug, Clone)]
pub struct Source {
    /// The name shown in diagnostics (a path, or `<stdin>`).
    pub name: String,
    /// The decoded text (without a byte-order mark).
    pub text: String,
    /// Byte offsets at which invalid UTF-8 was replaced, in the original bytes.
    pub invalid_utf8: Vec<usize>,
    line_starts: Vec<usize>,
}

impl Source {
    /// Decodes `bytes` read from `name`; never fails.
    pub fn from_bytes(name: impl Into<String>, bytes: &[u8]) -> Source {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let mut invalid_utf8 = Vec::new();
        let text = match std::str::from_utf8(bytes) {
            Ok(s) => s.to_owned(),
            Err(_) => {
                let mut out = String::with_capacity(bytes.len());
                let mut offset = 0;
                for chunk in bytes.utf8_chunks() {
                    out.push_str(chunk.valid());
                    offset += chunk.valid().len();
                    if !chunk.invalid().is_empty() {
                        invalid_utf8.push(offset);
                        out.push(char::REPLACEMENT_CHARACTER);
                        offset += chunk.invalid().len();
                    }
                }
                out
            }
        };
        Source::with_invalid(name.into(), text, invalid_utf8)
    }

    /// Wraps text that is already decoded.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Source {
        Source::with_invalid(name.into(), text.into(), Vec::new())
    }

    fn with_invalid(name: String, text: String, invalid_utf8: Vec<usize>) -> Source {
        let mut line_starts = vec![0];
        let b = text.as_bytes();
        for (i, &c) in b.iter().enumerate() {
            // A line ends at LF, at CRLF (counted once, at the LF), or at a lone CR.
            if c == b'\n' || (c == b'\r' && b.get(i + 1) != Some(&b'\n')) {
                line_starts.push(i + 1);
            }
        }
        Source { name, text, invalid_utf8, line_starts }
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
        let column = self.text[start..offset].chars().count() + 1;
        (idx as u32 + 1, column as u32)
    }

    /// The text of 1-based line `line`, without its line ending.
    pub fn line_text(&self, line: u32) -> &str {
        let idx = (line as usize).saturating_sub(1).min(self.line_starts.len() - 1);
        let start = self.line_starts[idx];
        let end = self.line_starts.get(idx + 1).copied().unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    /// The span of a sub-slice of `self.text` (a `&str` borrowed from it).
    pub fn span_of(&self, part: &str) -> Span {
        let base = self.text.as_ptr() as usize;
        let p = part.as_ptr() as usize;
        let start = p.saturating_sub(base).min(self.text.len());
        self.span(start, start + part.len())
    }

    fn floor_char(&self, mut i: usize) -> usize {
        while i > 0 && !self.text.is_char_boundary(i) {
            i -= 1;
        }
        i
    }
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
    }

    #[test]
    fn bom_is_dropped_and_bad_utf8_reported() {
        let s = Source::from_bytes("t", b"\xEF\xBB\xBFab\xFFcd");
        assert_eq!(s.text, "ab\u{FFFD}cd");
        assert_eq!(s.invalid_utf8, vec![2]);
    }
}
