//! Splitting source text into lines (LF, CRLF or lone CR) with byte offsets, and reading a
//! line written as a TOML `key = value` pair.

/// One line of source text, trimmed of surrounding whitespace (including no-break spaces).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line<'a> {
    /// The trimmed text; a sub-slice of the source, so `Source::span_of` works on it.
    pub text: &'a str,
    /// Byte offset of `text` in the source.
    pub start: usize,
}

/// `title = "Meetup"` (TOML front matter): the bare key before the line's first `=`, which
/// stands between spaces, and the value after it. The `=` is found by byte, as every line
/// of a text is asked.
pub(crate) fn toml_pair(text: &str) -> Option<(&str, &str)> {
    let e = memchr::memchr(b'=', text.as_bytes())?;
    if !(e >= 2 && text[..e].ends_with(' ') && text[e + 1..].starts_with(' ')) {
        return None;
    }
    // Spaces stand either side, so both cuts fall on character boundaries.
    let key = &text[..e - 1];
    (!key.is_empty() && key.bytes().all(|x| x.is_ascii_alphanumeric() || x == b'_' || x == b'-')).then(|| (key, &text[e + 2..]))
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
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(memchr::memchr_iter(b'\n', b).count() + 1);
    let mut push = |start: usize, end: usize| {
        let raw = &text[start..end];
        let lead = raw.len() - raw.trim_start().len();
        out.push(Line { text: raw.trim(), start: start + lead });
    };
    let mut start = 0;
    for i in memchr::memchr2_iter(b'\n', b'\r', b) {
        // The `\n` of a `\r\n` ends no second line.
        if b[i] == b'\n' && i > 0 && b[i - 1] == b'\r' && start == i {
            start = i + 1;
            continue;
        }
        push(start, i);
        start = i + 1;
    }
    push(start, b.len());
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn toml_pairs() {
        use super::toml_pair;
        assert_eq!(toml_pair("title = \"Meetup\""), Some(("title", "\"Meetup\"")));
        assert_eq!(toml_pair("begin_time = 2024"), Some(("begin_time", "2024")));
        assert_eq!(toml_pair("a=b c = d"), None);
        assert_eq!(toml_pair("x = "), Some(("x", "")));
        // A letter of another script right before the `=` is no key, and no cut inside it.
        assert_eq!(toml_pair("é= x"), None);
        assert_eq!(toml_pair("Zeit = 10 Uhr, Ort = Saal"), Some(("Zeit", "10 Uhr, Ort = Saal")));
    }

    #[test]
    fn splits_on_lf_crlf_and_cr() {
        let text = "a\r\n b \rc\n\u{a0}d\u{a0}";
        let l = super::split(text);
        let texts: Vec<&str> = l.iter().map(|l| l.text).collect();
        assert_eq!(texts, ["a", "b", "c", "d"]);
        assert_eq!(&text[l[1].start..l[1].end()], "b");
    }

    #[test]
    fn line_ends_of_every_kind_and_order() {
        // Each line ends at `\n`, `\r\n` or a lone `\r`.
        fn lines(t: &str) -> Vec<(&str, usize)> {
            super::split(t).iter().map(|l| (l.text, l.start)).collect()
        }
        assert_eq!(lines(""), [("", 0)]);
        assert_eq!(lines("\r\r\n"), [("", 0), ("", 1), ("", 3)]);
        assert_eq!(lines("a\r\n\nb\n"), [("a", 0), ("", 3), ("b", 4), ("", 6)]);
        assert_eq!(lines("\n\r x"), [("", 0), ("", 1), ("x", 3)]);
    }
}
