//! Where each value stands in JSON text, so notes about JSON input can carry a line and
//! column (serde_json's `Value` keeps no positions).
//!
//! [`index`] scans the text once into a tree of byte ranges that mirrors the document, so
//! looking up any number of paths costs time linear in the text (looking each path up from
//! the start of the text made an import of 16,000 events take a minute).

use std::fmt::Write as _;

/// One step of a JSON path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Seg {
    /// A member of an object.
    Key(String),
    /// An element of an array.
    Index(usize),
}

/// A value's byte range in the text, and where its members or elements stand.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Node {
    /// Start and end (exclusive) byte offsets of the value.
    pub span: (usize, usize),
    /// An object's members in the order written, duplicates included.
    pub members: Vec<(String, Node)>,
    /// An array's elements.
    pub elements: Vec<Node>,
}

impl Node {
    /// The member `key`; the last one when the key is written twice, as serde_json keeps.
    pub(crate) fn key(&self, key: &str) -> Option<&Node> {
        self.members.iter().rev().find(|(k, _)| k == key).map(|(_, n)| n)
    }

    /// The value at `path` below this one.
    pub(crate) fn at(&self, path: &[Seg]) -> Option<&Node> {
        path.iter().try_fold(self, |n, seg| match seg {
            Seg::Key(k) => n.key(k),
            Seg::Index(i) => n.elements.get(*i),
        })
    }
}

/// Indexes a JSON text that serde_json has already accepted (so its nesting is bounded by
/// serde_json's recursion limit); `None` when the text is not JSON after all.
pub(crate) fn index(text: &str) -> Option<Node> {
    let b = text.as_bytes();
    let (node, end) = node(text, b, skip_ws(b, 0), 0)?;
    (skip_ws(b, end) == b.len()).then_some(node)
}

/// Deeper than serde_json reads (128), so any text it accepted is indexed whole.
const MAX_DEPTH: usize = 256;

fn node(text: &str, b: &[u8], pos: usize, depth: usize) -> Option<(Node, usize)> {
    if depth > MAX_DEPTH {
        return None;
    }
    let mut n = Node::default();
    let end = match b.get(pos)? {
        b'{' => {
            let mut p = skip_ws(b, pos + 1);
            if b.get(p)? != &b'}' {
                loop {
                    let key_end = skip_string(b, p)?;
                    let raw = &text[p + 1..key_end - 1];
                    let key: String = if raw.contains('\\') { serde_json::from_str(&text[p..key_end]).ok()? } else { raw.to_owned() };
                    p = skip_ws(b, key_end);
                    if b.get(p)? != &b':' {
                        return None;
                    }
                    let (child, e) = node(text, b, skip_ws(b, p + 1), depth + 1)?;
                    n.members.push((key, child));
                    p = skip_ws(b, e);
                    match b.get(p)? {
                        b',' => p = skip_ws(b, p + 1),
                        b'}' => break,
                        _ => return None,
                    }
                }
            }
            p + 1
        }
        b'[' => {
            let mut p = skip_ws(b, pos + 1);
            if b.get(p)? != &b']' {
                loop {
                    let (child, e) = node(text, b, p, depth + 1)?;
                    n.elements.push(child);
                    p = skip_ws(b, e);
                    match b.get(p)? {
                        b',' => p = skip_ws(b, p + 1),
                        b']' => break,
                        _ => return None,
                    }
                }
            }
            p + 1
        }
        _ => skip_value(b, pos)?,
    };
    n.span = (pos, end);
    Some((n, end))
}

/// Writes a path as `schedule.conference.days[0].rooms["Saal 1"][3]`.
pub(crate) fn display(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) if !k.is_empty() && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Seg::Key(k) => {
                let _ = write!(out, "[{}]", serde_json::Value::String(k.clone()));
            }
            Seg::Index(i) => {
                let _ = write!(out, "[{i}]");
            }
        }
    }
    out
}

fn skip_ws(b: &[u8], mut pos: usize) -> usize {
    while pos < b.len() && b[pos].is_ascii_whitespace() {
        pos += 1;
    }
    pos
}

fn skip_string(b: &[u8], pos: usize) -> Option<usize> {
    if b.get(pos)? != &b'"' {
        return None;
    }
    let mut i = pos + 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// The end of a string or scalar value (numbers, `true`, `false`, `null`).
fn skip_value(b: &[u8], pos: usize) -> Option<usize> {
    if b.get(pos)? == &b'"' {
        return skip_string(b, pos);
    }
    let mut i = pos;
    while i < b.len() && !matches!(b[i], b',' | b'}' | b']') && !b[i].is_ascii_whitespace() {
        i += 1;
    }
    (i > pos).then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_written_twice_is_the_last_one_as_serde_json_reads_it() {
        let t = r#"{"r": [1], "r": [2, 3]}"#;
        let root = index(t).unwrap();
        assert_eq!(root.members.len(), 2);
        assert_eq!(root.key("r").unwrap().elements.len(), 2);
    }

    #[test]
    fn finds_nested_values() {
        let t = r#"{"a": {"b\u00e4": [1, {"c": "x,]"}, 3]}, "d": true}"#;
        let p = vec![Seg::Key("a".into()), Seg::Key("bä".into()), Seg::Index(1), Seg::Key("c".into())];
        let root = index(t).unwrap();
        let (s, e) = root.at(&p).unwrap().span;
        assert_eq!(&t[s..e], r#""x,]""#);
        let (s, e) = root.at(&[Seg::Key("d".into())]).unwrap().span;
        assert_eq!(&t[s..e], "true");
        assert_eq!(root.at(&[Seg::Key("zz".into())]), None);
        assert_eq!(root.span, (0, t.len()));
        assert_eq!(display(&p), r#"a["bä"][1].c"#);
    }
}
