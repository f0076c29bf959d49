//! A read-only view of JSON text that keeps where each value stands, so notes about JSON
//! input can carry a line, a column and a path.
//!
//! [`Doc::parse`] scans the text once into a compact tree of byte ranges (keys and scalars
//! stay in the text and are decoded when read), so reading a programme costs time linear in
//! the text and a few bytes of memory per value: serde_json's `Value` and a separate
//! position index together took about eight times the text.

use std::borrow::Cow;
use std::fmt::Write as _;

/// One step of a JSON path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Seg<'a> {
    /// A member of an object.
    Key(Cow<'a, str>),
    /// An element of an array.
    Index(usize),
}

/// A value's byte range in the text, and its members or elements.
#[derive(Debug)]
struct Node {
    /// Start and end (exclusive) byte offsets of the value.
    span: (u32, u32),
    body: Body,
}

#[derive(Debug)]
enum Body {
    /// A string, number, `true`, `false` or `null`: what it is is its first byte.
    Scalar,
    /// An object's members in the order written, duplicates included; a key is the byte
    /// range of its text between the quotes.
    Object(Box<[((u32, u32), Node)]>),
    /// An array's elements.
    Array(Box<[Node]>),
}

/// A JSON text and the tree of where its values stand.
#[derive(Debug)]
pub(crate) struct Doc<'a> {
    text: &'a str,
    root: Node,
}

/// Deeper than serde_json reads (128), so any text it accepted is indexed whole.
const MAX_DEPTH: usize = 256;

impl<'a> Doc<'a> {
    /// Indexes a JSON text that serde_json has already accepted (so its nesting is bounded
    /// by serde_json's recursion limit); `None` when it is not JSON after all, or longer
    /// than 4 GiB.
    pub(crate) fn parse(text: &'a str) -> Option<Doc<'a>> {
        u32::try_from(text.len()).ok()?;
        let b = text.as_bytes();
        let (root, end) = node(b, skip_ws(b, 0), 0)?;
        (skip_ws(b, end) == b.len()).then_some(Doc { text, root })
    }

    /// The whole document's value.
    pub(crate) fn root(&self) -> Val<'_> {
        Val { text: self.text, node: &self.root }
    }

    /// The path of the innermost value whose range holds `start..end`, as
    /// `schedule.conference.days[0].rooms["Saal 1"][3]`; `None` for an empty range.
    pub(crate) fn path_of(&self, start: usize, end: usize) -> Option<String> {
        if start >= end {
            return None;
        }
        let mut path = Vec::new();
        let mut n = &self.root;
        loop {
            let holds = |c: &Node| c.span.0 as usize <= start && end <= c.span.1 as usize;
            let next = match &n.body {
                Body::Scalar => None,
                Body::Object(members) => {
                    let k = members.partition_point(|(_, c)| (c.span.1 as usize) < end);
                    members.get(k).filter(|(_, c)| holds(c)).map(|(key, c)| (Seg::Key(Val::key_text(self.text, *key)), c))
                }
                Body::Array(elements) => {
                    let k = elements.partition_point(|c| (c.span.1 as usize) < end);
                    elements.get(k).filter(|c| holds(c)).map(|c| (Seg::Index(k), c))
                }
            };
            let Some((seg, child)) = next else { break };
            path.push(seg);
            n = child;
        }
        (!path.is_empty()).then(|| display(&path))
    }
}

/// One value of a [`Doc`]: a cheap handle with serde_json `Value`-like accessors.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Val<'d> {
    text: &'d str,
    node: &'d Node,
}

impl<'d> Val<'d> {
    /// Start and end (exclusive) byte offsets of the value.
    pub(crate) fn span(self) -> (usize, usize) {
        (self.node.span.0 as usize, self.node.span.1 as usize)
    }

    fn raw(self) -> &'d str {
        &self.text[self.span().0..self.span().1]
    }

    fn key_text(text: &'d str, (s, e): (u32, u32)) -> Cow<'d, str> {
        let raw = &text[s as usize..e as usize];
        if raw.contains('\\') {
            // The key was accepted by serde_json, so it decodes.
            serde_json::from_str::<String>(&text[s as usize - 1..e as usize + 1]).map_or(Cow::Borrowed(raw), Cow::Owned)
        } else {
            Cow::Borrowed(raw)
        }
    }

    /// The member `key` of an object; the last one when the key is written twice, as
    /// serde_json keeps.
    pub(crate) fn get(self, key: &str) -> Option<Val<'d>> {
        let Body::Object(members) = &self.node.body else { return None };
        members.iter().rev().find(|(k, _)| Self::key_text(self.text, *k) == key).map(|(_, node)| Val { text: self.text, node })
    }

    /// An object's members in the order written, duplicates included; empty for others.
    pub(crate) fn members(self) -> impl Iterator<Item = (Cow<'d, str>, Val<'d>)> {
        let members: &'d [((u32, u32), Node)] = match &self.node.body {
            Body::Object(m) => m,
            _ => &[],
        };
        members.iter().map(move |(k, node)| (Self::key_text(self.text, *k), Val { text: self.text, node }))
    }

    /// An array's elements; empty for others.
    pub(crate) fn elements(self) -> impl ExactSizeIterator<Item = Val<'d>> {
        let elements: &'d [Node] = match &self.node.body {
            Body::Array(e) => e,
            _ => &[],
        };
        elements.iter().map(move |node| Val { text: self.text, node })
    }

    /// True for an object.
    pub(crate) fn is_object(self) -> bool {
        matches!(self.node.body, Body::Object(_))
    }

    /// True for an array.
    pub(crate) fn is_array(self) -> bool {
        matches!(self.node.body, Body::Array(_))
    }

    /// A string's text, decoded.
    pub(crate) fn as_str(self) -> Option<Cow<'d, str>> {
        let raw = self.raw();
        if !matches!(self.node.body, Body::Scalar) || !raw.starts_with('"') {
            return None;
        }
        let inner = &raw[1..raw.len() - 1];
        if inner.contains('\\') { serde_json::from_str::<String>(raw).ok().map(Cow::Owned) } else { Some(Cow::Borrowed(inner)) }
    }

    /// A number's text as written (`42`, `1.5`).
    pub(crate) fn as_number(self) -> Option<&'d str> {
        let raw = self.raw();
        (matches!(self.node.body, Body::Scalar) && raw.starts_with(|c: char| c == '-' || c.is_ascii_digit())).then_some(raw)
    }

    /// A non-negative integer that fits in 64 bits.
    pub(crate) fn as_u64(self) -> Option<u64> {
        self.as_number()?.parse().ok()
    }

    /// A string or a number, as text: a string decoded, a number as written.
    pub(crate) fn text(self) -> Option<Cow<'d, str>> {
        self.as_str().or_else(|| self.as_number().map(Cow::Borrowed))
    }

    /// What the value is, for messages.
    pub(crate) fn kind(self) -> &'static str {
        match (&self.node.body, self.raw().as_bytes().first()) {
            (Body::Object(_), _) => "an object",
            (Body::Array(_), _) => "an array",
            (_, Some(b'"')) => "a string",
            (_, Some(b't' | b'f')) => "a boolean",
            (_, Some(b'n')) => "null",
            _ => "a number",
        }
    }

    /// The value at `path` below this one.
    #[cfg(test)]
    pub(crate) fn at(self, path: &[Seg<'_>]) -> Option<Val<'d>> {
        path.iter().try_fold(self, |v, seg| match seg {
            Seg::Key(k) => v.get(k),
            Seg::Index(i) => v.elements().nth(*i),
        })
    }
}

fn node(b: &[u8], pos: usize, depth: usize) -> Option<(Node, usize)> {
    if depth > MAX_DEPTH {
        return None;
    }
    let (body, end) = match b.get(pos)? {
        b'{' => {
            let mut members = Vec::new();
            let mut p = skip_ws(b, pos + 1);
            if b.get(p)? != &b'}' {
                loop {
                    let key_end = skip_string(b, p)?;
                    let key = (u32::try_from(p + 1).ok()?, u32::try_from(key_end - 1).ok()?);
                    p = skip_ws(b, key_end);
                    if b.get(p)? != &b':' {
                        return None;
                    }
                    let (child, e) = node(b, skip_ws(b, p + 1), depth + 1)?;
                    members.push((key, child));
                    p = skip_ws(b, e);
                    match b.get(p)? {
                        b',' => p = skip_ws(b, p + 1),
                        b'}' => break,
                        _ => return None,
                    }
                }
            }
            (Body::Object(members.into_boxed_slice()), p + 1)
        }
        b'[' => {
            let mut elements = Vec::new();
            let mut p = skip_ws(b, pos + 1);
            if b.get(p)? != &b']' {
                loop {
                    let (child, e) = node(b, p, depth + 1)?;
                    elements.push(child);
                    p = skip_ws(b, e);
                    match b.get(p)? {
                        b',' => p = skip_ws(b, p + 1),
                        b']' => break,
                        _ => return None,
                    }
                }
            }
            (Body::Array(elements.into_boxed_slice()), p + 1)
        }
        _ => (Body::Scalar, skip_value(b, pos)?),
    };
    Some((Node { span: (u32::try_from(pos).ok()?, u32::try_from(end).ok()?), body }, end))
}

/// Writes a path as `schedule.conference.days[0].rooms["Saal 1"][3]`.
pub(crate) fn display(path: &[Seg<'_>]) -> String {
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
                let _ = write!(out, "[{}]", serde_json::Value::String(k.to_string()));
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

    fn key(k: &str) -> Seg<'_> {
        Seg::Key(Cow::Borrowed(k))
    }

    #[test]
    fn a_key_written_twice_is_the_last_one_as_serde_json_reads_it() {
        let t = r#"{"r": [1], "r": [2, 3]}"#;
        let doc = Doc::parse(t).unwrap();
        assert_eq!(doc.root().members().count(), 2);
        assert_eq!(doc.root().get("r").unwrap().elements().len(), 2);
    }

    #[test]
    fn finds_nested_values_and_decodes_them() {
        let t = r#"{"a": {"b\u00e4": [1, {"c": "x,]\n"}, 3]}, "d": true, "n": -2.50}"#;
        let p = vec![key("a"), key("bä"), Seg::Index(1), key("c")];
        let doc = Doc::parse(t).unwrap();
        let v = doc.root().at(&p).unwrap();
        assert_eq!(&t[v.span().0..v.span().1], r#""x,]\n""#);
        assert_eq!(v.as_str().as_deref(), Some("x,]\n"));
        assert_eq!(doc.root().get("d").unwrap().kind(), "a boolean");
        assert_eq!(doc.root().get("n").unwrap().text().as_deref(), Some("-2.50"));
        assert_eq!(doc.root().get("n").unwrap().as_u64(), None);
        assert_eq!(doc.root().at(&[key("zz")]).map(Val::span), None);
        assert_eq!(doc.root().span(), (0, t.len()));
        assert_eq!(display(&p), r#"a["bä"][1].c"#);
    }

    #[test]
    fn the_path_of_a_range_is_that_of_the_innermost_value_holding_it() {
        let t = r#"{"days": [{"rooms": {"Saal 1": [{"id": 7}, {"id": 8}]}}]}"#;
        let doc = Doc::parse(t).unwrap();
        let eight = t.find('8').unwrap();
        assert_eq!(doc.path_of(eight, eight + 1).as_deref(), Some(r#"days[0].rooms["Saal 1"][1].id"#));
        let second = t.rfind('{').unwrap();
        assert_eq!(doc.path_of(second, second + 9).as_deref(), Some(r#"days[0].rooms["Saal 1"][1]"#));
        assert_eq!(doc.path_of(0, t.len()), None);
        assert_eq!(doc.path_of(3, 3), None);
    }
}
