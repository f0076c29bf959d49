//! Splitting source text into lines (LF, CRLF or lone CR) with byte offsets.

/// One line of source text, trimmed of surrounding whitespace (including no-break spaces).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'a> {
    /// The trimmed text; a sub-slice of the source, so `Source::span_of` works on it.
    pub text: &'a str,
    /// Byte offset of `text` in the source.
    pub start: usize,
}

impl Line<'_> {
    /// True when the line holds nothing but whitespace.
    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }

    /// Byte offset one past the end of `text`.
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

/// Splits `text` into lines, each trimmed.
pub fn split(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i <= b.len() {
        let at_end = i == b.len();
        if at_end || b[i] == b'\n' || b[i] == b'\r' {
            let raw = &text[start..i];
            let lead = raw.len() - raw.trim_start().len();
            out.push(Line { text: raw.trim(), start: start + lead });
            if at_end {
                break;
            }
            if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            start = i + 1;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn splits_on_lf_crlf_and_cr() {
        let text = "a\r\n b \rc\n\u{a0}d\u{a0}";
        let l = super::split(text);
        let texts: Vec<&str> = l.iter().map(|l| l.text).collect();
        assert_eq!(texts, ["a", "b", "c", "d"]);
        assert_eq!(&text[l[1].start..l[1].end()], "b");
    }
}
