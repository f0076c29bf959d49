//! The shape of each line: indentation, list marker and numbering depth, table cells,
//! heading-likeness, and where its content starts. Agendas are lists and tables more than
//! prose; the shape tells an item from its description, a parent from its children, and a
//! table row's cells from one another.

use crate::parse::lines::Line;

/// What kind of list marker a line starts with; siblings share a kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Marker {
    /// No marker: a paragraph, a title line, a table row.
    None,
    /// A bullet: `-`, `*`, `•`, `o`, `►`, `+`, `–`.
    Bullet(char),
    /// `1.`, `1)`, `(1)`, `2.1`, with the closing character and the numbering depth.
    Number(char, u8),
    /// `a)`, `a.`, `A.`, `A1.`: lowercase or uppercase, with the closing character.
    Letter(bool, char),
    /// `I.`, `ii)`: uppercase or lowercase, with the closing character.
    Roman(bool, char),
}

/// The shape of one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Shape {
    /// Columns of leading whitespace (a tab counts four).
    pub indent: u32,
    /// The list marker.
    pub marker: Marker,
    /// Byte offset in the source where the content starts (after quote marks, the
    /// marker, a markdown heading's `#`s and table bars).
    pub body: usize,
    /// The cells of a table row (`| a | b |`), as source byte ranges, trimmed; empty when
    /// the line is not a row.
    pub cells: Vec<(usize, usize)>,
    /// A markdown heading's level (`## Agenda` is 2), else 0.
    pub md_heading: u8,
    /// A line shaped like a heading: a markdown heading, a short line ending in `:`, a line
    /// in bold, or a short line in capitals.
    pub headingish: bool,
    /// A table's separator row (`|---|:---:|`) or a rule (`----`, `====`).
    pub rule: bool,
    /// In a record of quoted values (`{ time: "09:00 – 09:20", event: "Welcome" },`,
    /// `  title: "Welcome"` under a list item), the source bytes of the value that names
    /// it, without its quotes.
    pub named: Option<(usize, usize)>,
    /// The line is a record whose content is its time (`- start: "08:00"`).
    pub timed: bool,
    /// The line is a record's end time alone, under its first line (`  end: "08:15"`).
    pub ends: bool,
}

/// The shapes of every line.
pub(crate) fn shapes(text: &str, lines: &[Line<'_>]) -> Vec<Shape> {
    let mut out: Vec<Shape> = lines.iter().map(|l| shape(text, *l, true)).collect();
    // One record's time alone (`- start: "18:00"` / `  end: "20:30"`) is an event's own
    // time, read as its fields; records give entries only where two or more are timed.
    if out.iter().filter(|s| s.timed).nth(1).is_none() {
        for (s, l) in out.iter_mut().zip(lines) {
            if s.timed || s.ends {
                *s = shape(text, *l, false);
            }
        }
    }
    out
}

fn indent_of(text: &str, line: Line<'_>) -> u32 {
    let before = &text[..line.start];
    let raw_start = before.rfind(['\n', '\r']).map_or(0, |p| p + 1);
    before[raw_start..].chars().map(|c| if c == '\t' { 4 } else { 1 }).sum()
}

fn shape(text: &str, line: Line<'_>, records: bool) -> Shape {
    let t = line.text;
    let mut s = Shape {
        indent: indent_of(text, line),
        marker: Marker::None,
        body: line.start,
        cells: Vec::new(),
        md_heading: 0,
        headingish: false,
        rule: false,
        named: None,
        timed: false,
        ends: false,
    };
    if t.is_empty() {
        return s;
    }
    if t.chars().all(|c| matches!(c, '-' | '=' | '|' | ':' | ' ' | '_' | '~' | '*' | '+' | '\t')) && t.len() >= 3 {
        s.rule = true;
        return s;
    }
    // Quote marks of an e-mail reply (`>> - item`).
    let mut at = 0;
    while t[at..].starts_with('>') {
        at += 1;
        at += t[at..].len() - t[at..].trim_start().len();
    }
    let rest = &t[at..];
    if rest.starts_with('|') || memchr::memchr_iter(b'|', rest.as_bytes()).nth(1).is_some() {
        s.cells = cells(t, line.start);
        if let Some(&(a, _)) = s.cells.first() {
            s.body = a;
        }
        return s;
    }
    let hashes = rest.len() - rest.trim_start_matches('#').len();
    if (1..=6).contains(&hashes) && rest[hashes..].starts_with(' ') {
        s.md_heading = hashes as u8;
        s.headingish = true;
        at += hashes;
        at += t[at..].len() - t[at..].trim_start().len();
        s.body = line.start + at;
        return s;
    }
    // A record of a site's schedule data (`{ time: "08:00", title: "Welcome" },`).
    let braced = t[at..].starts_with('{');
    if braced {
        at += 1;
    }
    let (marker, len) = if braced { (Marker::None, 0) } else { marker(&t[at..]) };
    s.marker = marker;
    at += len;
    at += t[at..].len() - t[at..].trim_start().len();
    let mut r = record(&t[at..], braced || matches!(marker, Marker::Bullet('-')), s.indent >= 2);
    if !records && (r.timed || r.ends) {
        r = Record { named: r.named, ..Record::default() };
    }
    s.named = r.named.map(|(a, b)| (line.start + at + a, line.start + at + b));
    s.timed = r.timed;
    s.ends = r.ends;
    at += r.skip;
    s.body = line.start + at;
    let content = &t[at..];
    // Headings are short: a long line is text, whatever its shape.
    if content.len() > 160 {
        return s;
    }
    let bold = (content.starts_with("**") && content.trim_end().ends_with("**")) || (content.starts_with("__") && content.trim_end().ends_with("__"));
    // Words are counted only for a line that may be a heading by capitals or a colon (most
    // lines have a lowercase letter early and no colon at the end).
    let words = || content.split_whitespace().count();
    let caps = || !content.chars().any(char::is_lowercase) && content.chars().filter(|c| c.is_alphabetic()).count() >= 3 && words() <= 6;
    let colon = || content.ends_with(':') && words() <= 8;
    s.headingish = bold || caps() || colon();
    s
}

/// What [`record`] finds in a line: where its content starts, the value naming it, and
/// whether its content is a time alone that a record's key gives as a start or an end.
#[derive(Debug, Default)]
struct Record {
    /// Bytes of the line before its content.
    skip: usize,
    /// The value naming the record, as a byte range of the line.
    named: Option<(usize, usize)>,
    /// The content is a record's time (`- time: "08:00"`, `{ start: "08:00", ... }`).
    timed: bool,
    /// The line is a record's end time alone (`  end: "08:15"`).
    ends: bool,
}

/// The values of a record (YAML, JSON or a script's object that a site or CMS stores its
/// schedule in): `time: "09:00 – 09:20", event: "Welcome"`.
///
/// A quoted value that opens with a digit and holds a word (`text: '18:30 | Welcome'`) is
/// the content, as an entry's text. In a record (`opened` by a brace or a list item's
/// dash, or holding two values), a time alone is the content too (`time: "08:00 –
/// 08:15"`; unquoted, `- time: 08:00 - 08:15`, only under a key for a time), and the first
/// other value with a word names it (a key for a title first: `title`, `name`, `event`,
/// ...). A line `indented` under a record's first line names it by a key for a title
/// (`  title: "Welcome"`), or ends it by a key for an end (`  end: "08:15"`). A front
/// matter's `time: "18:00 - 20:00"` is no record: it stays a field.
fn record(t: &str, opened: bool, indented: bool) -> Record {
    let mut pairs: Vec<((usize, usize), (usize, usize))> = Vec::new();
    let b = t.as_bytes();
    let mut i = 0;
    let mut plain = false;
    loop {
        let quote = b.get(i).copied().filter(|&c| c == b'"' || c == b'\'');
        let k0 = i + usize::from(quote.is_some());
        let key = t[k0..].bytes().take_while(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-')).count();
        let mut j = k0 + key;
        if key == 0 || key > 24 || quote.is_some_and(|q| b.get(j) != Some(&q)) {
            break;
        }
        j += usize::from(quote.is_some());
        if b.get(j) != Some(&b':') {
            break;
        }
        j += 1;
        while b.get(j) == Some(&b' ') {
            j += 1;
        }
        let Some(&q) = b.get(j).filter(|&&c| c == b'"' || c == b'\'') else {
            // A YAML value unquoted, to the line's end, under a lowercase key alone.
            let v = t[j..].trim_end().trim_end_matches(',');
            if pairs.is_empty() && j > k0 + key + 1 && !v.is_empty() && !t[k0..k0 + key].bytes().any(|c| c.is_ascii_uppercase()) {
                pairs.push(((k0, k0 + key), (j, j + v.len())));
                plain = true;
                i = t.len();
            }
            break;
        };
        let Some(close) = memchr::memchr(q, &b[j + 1..]) else { break };
        pairs.push(((k0, k0 + key), (j + 1, j + 1 + close)));
        i = j + close + 2;
        i += t[i..].len() - t[i..].trim_start().len();
        if b.get(i) != Some(&b',') {
            break;
        }
        i += 1;
        i += t[i..].len() - t[i..].trim_start().len();
    }
    // The whole line is the record: nothing but closing marks after its last value.
    let closed = !pairs.is_empty() && t[i..].trim().chars().all(|c| matches!(c, '}' | ']' | ',' | ';' | ')'));
    if !closed {
        return Record::default();
    }
    // A word, two letters at least: the `T` of an ISO date-time (`"2019-03-02T09:30:00"`)
    // is none; nor is a link.
    let worded = |(a, z): (usize, usize)| {
        let mut prev = false;
        t[a..z].chars().any(|c| {
            let two = prev && c.is_alphabetic();
            prev = c.is_alphabetic();
            two
        }) && !t[a..z].contains("://")
    };
    // A time of day or a range of them, not a date (`2019-03-02T13:30:00` stays a field's).
    let digit = |(a, z): (usize, usize)| t[a..z].starts_with(|c: char| c.is_ascii_digit()) && !t[a..z].bytes().take(4).all(|c| c.is_ascii_digit());
    let key_is = |(a, z): (usize, usize), keys: &[&str]| keys.iter().any(|k| t[a..z].eq_ignore_ascii_case(k));
    const TITLE: &[&str] = &["title", "name", "event", "item", "session", "topic", "activity", "what", "label", "summary", "text", "titel", "titre", "titulo", "nombre"];
    // A description names an entry that has no title key (`- time: '1:00 PM'` /
    // `description: 'Doors open'`).
    const DESCRIPTION: &[&str] = &["description", "desc", "beschreibung", "descripcion", "descricao"];
    const START: &[&str] = &["time", "start", "starttime", "start_time", "start-time", "begin", "from", "hour", "when", "slot", "zeit", "uhrzeit", "heure", "hora"];
    if let [(_, v)] = pairs[..] {
        if !plain && digit(v) && worded(v) {
            return Record { skip: v.0, ..Record::default() };
        }
    }
    let record = opened || pairs.len() >= 2;
    if let [(k, v)] = pairs[..] {
        if !record {
            let ends = indented && digit(v) && !worded(v) && is_end_key(&t[k.0..k.1]);
            let named = (indented && !digit(v) && worded(v) && (key_is(k, TITLE) || key_is(k, DESCRIPTION))).then_some(v);
            return Record { skip: if ends { v.0 } else { 0 }, named, timed: false, ends };
        }
    }
    let timed = pairs.iter().find(|&&(k, v)| digit(v) && !worded(v) && (!plain || key_is(k, START))).map(|&(_, v)| v);
    let texts = || pairs.iter().filter(|(_, v)| !digit(*v) && worded(*v));
    let named = texts().find(|(k, _)| key_is(*k, TITLE)).or_else(|| texts().find(|(k, _)| key_is(*k, DESCRIPTION))).or_else(|| texts().next().filter(|_| !plain)).map(|&(_, v)| v);
    Record { skip: timed.map_or(0, |v| v.0), named, timed: timed.is_some(), ends: false }
}

/// True when `key` names a record's end time (`end`, `endTime`, `Ende`, `fin`, `until`), in
/// any case.
pub(crate) fn is_end_key(key: &str) -> bool {
    ["end", "endtime", "end_time", "end-time", "ende", "fin", "to", "until", "ends"].iter().any(|k| key.eq_ignore_ascii_case(k))
}

/// The cells of a table row, trimmed, as source byte ranges (empty cells included).
fn cells(t: &str, base: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let inner_start = if t.starts_with('|') { 1 } else { 0 };
    let mut from = inner_start;
    let bytes = t.as_bytes();
    let mut i = inner_start;
    while i <= t.len() {
        let end = i == t.len();
        if end || bytes[i] == b'|' {
            // `\|` is an escaped bar inside a cell.
            if !end && i > 0 && bytes[i - 1] == b'\\' {
                i += 1;
                continue;
            }
            let cell = &t[from..i];
            let lead = cell.len() - cell.trim_start().len();
            let a = from + lead;
            let b = from + cell.trim_end().len();
            if !(end && cell.trim().is_empty()) {
                out.push((base + a, base + b.max(a)));
            }
            from = i + 1;
        }
        i += 1;
    }
    out
}

/// The list marker at the start of `t` and the bytes it takes.
fn marker(t: &str) -> (Marker, usize) {
    let mut chars = t.chars();
    let Some(c) = chars.next() else { return (Marker::None, 0) };
    let next = chars.next();
    let spaced = |n: Option<char>| n.is_some_and(char::is_whitespace);
    if matches!(c, '-' | '*' | '•' | '·' | '▪' | '◦' | '►' | '+' | '–' | '—' | '→' | '✓' | '○' | '●') && spaced(next) {
        return (Marker::Bullet(c), c.len_utf8());
    }
    if c == 'o' && spaced(next) && next.is_some_and(|n| t[1 + n.len_utf8()..].starts_with(char::is_uppercase)) {
        return (Marker::Bullet('o'), 1);
    }
    // `(1)`, `(a)`.
    if c == '(' {
        let inner: String = t[1..].chars().take_while(|c| c.is_alphanumeric()).collect();
        if !inner.is_empty() && inner.len() <= 3 && t[1 + inner.len()..].starts_with(") ") {
            let m = if inner.chars().all(|c| c.is_ascii_digit()) { Marker::Number('(', 1) } else { Marker::Letter(inner.chars().all(char::is_uppercase), '(') };
            return (m, inner.len() + 2);
        }
        return (Marker::None, 0);
    }
    // `1.`, `2.1`, `3.1.`, `1)`, `A.`, `A1.`, `A.2`, `a)`, `I.`, `iv)`.
    let head_len: usize = t.char_indices().find(|&(_, c)| !(c.is_alphanumeric() || c == '.')).map_or(t.len(), |(i, _)| i);
    if head_len > 12 {
        return (Marker::None, 0);
    }
    let head = t[..head_len].trim_end_matches('.');
    let after = &t[head.len()..];
    let close = after.chars().next();
    let closing = match close {
        Some('.') | Some(')') if after[1..].starts_with(char::is_whitespace) || after.len() == 1 => close,
        Some(' ') if head.contains('.') => Some(' '),
        _ => None,
    };
    let Some(close) = closing else { return (Marker::None, 0) };
    let len = head.len() + if close == ' ' { 0 } else { 1 };
    if head.is_empty() || head.len() > 6 {
        return (Marker::None, 0);
    }
    let parts: Vec<&str> = head.split('.').collect();
    // `10.30 Uhr`, `10.30 am`: a time, not section 10.30.
    let next_word: String = after.trim_start_matches(['.', ')', ' ']).chars().take_while(|c| c.is_alphabetic()).collect();
    let ranged = after.trim_start_matches(['.', ')']).trim_start().starts_with(['-', '–', '—', '~', '|']);
    if parts.len() == 2 && parts[1].len() == 2 && (ranged || matches!(next_word.to_lowercase().as_str(), "uhr" | "h" | "am" | "pm" | "a" | "p" | "hrs" | "bis" | "to" | "until")) {
        return (Marker::None, 0);
    }
    if parts.iter().all(|p| !p.is_empty() && p.len() <= 2 && p.chars().all(|c| c.is_ascii_digit())) {
        // `14. 05. 2024`: the day of a date written with spaced dots, not item 5.
        if close == '.' && crate::parse::dates::date(t).is_ok() {
            return (Marker::None, 0);
        }
        return (Marker::Number(close, parts.len() as u8), len);
    }
    let roman = |p: &str| {
        matches!(p.to_lowercase().as_str(), "i" | "ii" | "iii" | "iv" | "v" | "vi" | "vii" | "viii" | "ix" | "x" | "xi" | "xii")
    };
    if parts.len() == 1 && roman(head) && (head.len() > 1 || matches!(head, "I" | "i" | "V" | "X")) {
        return (Marker::Roman(head.chars().all(char::is_uppercase), close), len);
    }
    // One letter, optionally with a number (`A1.`, `A.2`).
    let first = parts[0];
    let letter = first.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
        && first.chars().skip(1).all(|c| c.is_ascii_digit())
        && parts[1..].iter().all(|p| p.chars().all(|c| c.is_ascii_digit()));
    if letter && first.len() <= 3 {
        return (Marker::Letter(first.starts_with(|c: char| c.is_ascii_uppercase()), close), len);
    }
    (Marker::None, 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::lines;

    fn one(t: &str) -> Shape {
        let ls = lines::split(t);
        shape(t, ls[0], true)
    }

    #[test]
    fn markers() {
        assert_eq!(one("  1. Welcome (5 mins)").marker, Marker::Number('.', 1));
        assert_eq!(one("  1. Welcome (5 mins)").indent, 2);
        assert_eq!(one("2.1 Clarification (3 minutes)").marker, Marker::Number(' ', 2));
        assert_eq!(one("- Opening by chair (1 min)").marker, Marker::Bullet('-'));
        assert_eq!(one("A1. Announcement").marker, Marker::Letter(true, '.'));
        assert_eq!(one("a) Workshop proposals").marker, Marker::Letter(false, ')'));
        assert_eq!(one("II. How to articulate").marker, Marker::Roman(true, '.'));
        assert_eq!(one("o Dr. Tedros").marker, Marker::Bullet('o'));
        assert_eq!(one("10.30 Uhr Ankommen").marker, Marker::None);
        assert_eq!(one("10:00 Opening").marker, Marker::None);
        assert_eq!(one(">> - Status of the IGC (10 minutes)").marker, Marker::Bullet('-'));
    }

    #[test]
    fn tables_and_headings() {
        let t = "| 10:00   | 10m    | Welcome |";
        let s = one(t);
        let cells: Vec<&str> = s.cells.iter().map(|&(a, b)| &t[a..b]).collect();
        assert_eq!(cells, ["10:00", "10m", "Welcome"]);
        assert!(one("|---------|--------|").rule);
        assert_eq!(one("## Lightning Talks").md_heading, 2);
        assert!(one("Draft Agenda:").headingish);
        assert!(one("**Typical agenda**").headingish);
        assert!(!one("Opening of the forum by the host country and the programme chair, then remarks").headingish);
    }
}
