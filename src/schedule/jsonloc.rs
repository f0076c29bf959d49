//! Finds where a value stands in JSON text, given its path, so notes about JSON input can
//! carry a line and column (serde_json's `Value` keeps no positions).
//!
//! A small scanner that skips values without building them; it is only run for the few
//! paths a note points at.

use std::fmt::Write as _;

/// One step of a JSON path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Seg {
    /// A member of an object.
    Key(String),
    /// An element of an array.
    Index(usize),
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

/// The byte range of the value at `path`, or `None` when the text does not hold it.
pub(crate) fn locate(text: &str, path: &[Seg]) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let mut pos = skip_ws(b, 0);
    for seg in path {
        match (seg, b.get(pos)?) {
            (Seg::Key(want), b'{') => {
                pos = skip_ws(b, pos + 1);
                loop {
                    if b.get(pos)? == &b'}' {
                        return None;
                    }
                    let key_end = skip_string(b, pos)?;
                    let key: String = serde_json::from_str(&text[pos..key_end]).ok()?;
                    pos = skip_ws(b, key_end);
                    if b.get(pos)? != &b':' {
                        return None;
                    }
                    pos = skip_ws(b, pos + 1);
                    if &key == want {
                        break;
                    }
                    pos = skip_ws(b, skip_value(b, pos)?);
                    if b.get(pos)? == &b',' {
                        pos = skip_ws(b, pos + 1);
                    }
                }
            }
            (Seg::Index(want), b'[') => {
                pos = skip_ws(b, pos + 1);
                for _ in 0..*want {
                    if b.get(pos)? == &b']' {
                        return None;
                    }
                    pos = skip_ws(b, skip_value(b, pos)?);
                    if b.get(pos)? == &b',' {
                        pos = skip_ws(b, pos + 1);
                    }
                }
                if b.get(pos)? == &b']' {
                    return None;
                }
            }
            _ => return None,
        }
    }
    Some((pos, skip_value(b, pos)?))
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

fn skip_value(b: &[u8], pos: usize) -> Option<usize> {
    match b.get(pos)? {
        b'"' => skip_string(b, pos),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut i = pos;
            while i < b.len() {
                match b[i] {
                    b'"' => {
                        i = skip_string(b, i)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(i + 1);
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            None
        }
        _ => {
            let mut i = pos;
            while i < b.len() && !matches!(b[i], b',' | b'}' | b']') && !b[i].is_ascii_whitespace() {
                i += 1;
            }
            (i > pos).then_some(i)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values() {
        let t = r#"{"a": {"b\u00e4": [1, {"c": "x,]"}, 3]}, "d": true}"#;
        let p = vec![Seg::Key("a".into()), Seg::Key("bä".into()), Seg::Index(1), Seg::Key("c".into())];
        let (s, e) = locate(t, &p).unwrap();
        assert_eq!(&t[s..e], r#""x,]""#);
        let (s, e) = locate(t, &[Seg::Key("d".into())]).unwrap();
        assert_eq!(&t[s..e], "true");
        assert_eq!(locate(t, &[Seg::Key("zz".into())]), None);
        assert_eq!(display(&p), r#"a["bä"][1].c"#);
    }
}
