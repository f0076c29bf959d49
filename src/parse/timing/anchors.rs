//! Where a token stands in its line: at the start of an item, first in a table cell, in
//! parentheses, at the end, or in the middle of prose. An agenda's times stand where items
//! start or end; the same notation in the middle of a sentence is weaker evidence.

use super::Doc;

/// Where a token stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Place {
    /// Only decoration (bullets, bars, emphasis, brackets, HTML tags) before it in its line
    /// or cell.
    pub start: bool,
    /// Only decoration, punctuation, a zone or a unit after it in its line or cell.
    pub end: bool,
    /// Inside parentheses or brackets.
    pub paren: bool,
    /// In a table row; `cell` is the index of its cell.
    pub cell: Option<usize>,
    /// The text before it ends with a separator that introduces a length (`Title - 5 min`,
    /// `Q&A: 10 minutes`).
    pub after_sep: bool,
}

/// True for characters that decorate an item without saying anything: whitespace, bullets,
/// table bars, emphasis, brackets and quotes, and a tilde or wave dash left open after a
/// start time (`19:00〜`).
pub(crate) fn is_deco(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '*' | '_' | '[' | ']' | '(' | ')' | '\\' | '~' | '>' | '|' | '►' | '•' | '·' | '-' | '–' | '—' | '#' | '`' | '"' | '\''
                | '«' | '»' | '“' | '”' | '‘' | '’' | '▪' | '◦' | '→' | '=' | '+' | '（' | '）' | '】' | '〜' | '～'
        )
}

/// True for an emoji or a pictographic symbol (clocks, pins, ticks, arrows' neighbours),
/// with the joiner and variation selector that build emoji sequences.
pub(crate) fn pictograph(c: char) -> bool {
    matches!(c, '\u{2300}'..='\u{23FF}' | '\u{2600}'..='\u{27BF}' | '\u{2B00}'..='\u{2BFF}' | '\u{1F000}'..='\u{1FAFF}' | '\u{FE0F}' | '\u{200D}')
}

/// True when `after` (what follows a `<` to the end) is a tag with attributes whose `>` was
/// cut away: `em class="when" style="color: teal"`.
fn cut_tag(after: &str) -> bool {
    let name = after.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let Some(mut rest) = after[name..].strip_prefix(' ') else { return false };
    if !(1..=10).contains(&name) {
        return false;
    }
    // Attributes: `name="value"`, `name='value'`, `name=value` or `name`; one at least with
    // a value (`a <b c d` is prose).
    let mut valued = false;
    loop {
        rest = rest.trim_start();
        if rest.is_empty() || rest == "/" {
            return valued;
        }
        let key = rest.bytes().take_while(|c| c.is_ascii_alphanumeric() || *c == b'-' || *c == b'_' || *c == b':').count();
        if key == 0 {
            return false;
        }
        rest = &rest[key..];
        let Some(v) = rest.strip_prefix('=') else { continue };
        valued = true;
        rest = match v.chars().next() {
            Some(q @ ('"' | '\'')) => match v[1..].find(q) {
                Some(e) => &v[e + 2..],
                None => return false,
            },
            _ => v.trim_start_matches(|c: char| !c.is_whitespace()),
        };
    }
}

/// `text` without HTML tags (`<span style="...">`, `<br>`, `<!-- ... -->`), keeping the rest.
pub(crate) fn strip_tags(text: &str) -> String {
    if !text.contains('<') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('<') {
        let after = &rest[open + 1..];
        let tag_like = after.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!');
        match (tag_like, after.find('>')) {
            (true, Some(close)) => {
                out.push_str(&rest[..open]);
                out.push(' ');
                rest = &after[close + 1..];
            }
            // A tag cut off at the end (`Uhr </td`, `pollution,<br /`, its `>` trimmed away)
            // goes too.
            (true, None) if after.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'/' || c == b' ') && after.len() <= 8 || cut_tag(after) => {
                out.push_str(&rest[..open]);
                rest = "";
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `text` without footnote and comment markers (`[b]`, `[12]`, `[*]`).
fn strip_footnotes(text: &str) -> String {
    if !text.contains('[') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find(']') {
            Some(c) if c <= 3 && after[..c].chars().all(|ch| ch.is_alphanumeric() || ch == '*') => rest = &after[c + 1..],
            _ => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn only_deco(s: &str) -> bool {
    // A pictograph before a time decorates it too (`- 🕒 0:00 – 0:05 | Welcome`); a title
    // keeps its own (`Live quiz ❓`).
    strip_tags(s).chars().all(|c| is_deco(c) || pictograph(c))
}

/// True when `before` is decoration and a word for "o'clock" (`Kl.`, `- kl`, `klo`).
fn clock_word_lead(before: &str) -> bool {
    crate::parse::words::before_clock_word(before).is_some_and(only_deco)
}

/// True when `before` is decoration and a word that opens a range (`From`, `- von`, `Fra
/// kl.`), the word for "o'clock" after it or not.
fn opener_lead(before: &str) -> bool {
    let b = crate::parse::words::before_clock_word(before).unwrap_or(before).trim_end();
    let w = b.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    if (1..=7).contains(&w.len()) && crate::parse::words::is_range_opener(&crate::parse::words::fold(w)) && only_deco(&b[..b.len() - w.len()]) {
        return true;
    }
    starting_from(b)
}

/// True when `b` is decoration and `à partir de` (`a partir de las`, `a partir das`):
/// "starting from", which opens an entry's time as well as a range's (`À partir de 15h00`
/// over the entry's title).
pub(crate) fn starting_from(b: &str) -> bool {
    let mut head = b;
    let mut words = Vec::new();
    for _ in 0..4 {
        let t = head.trim_end();
        let word = t.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        if word.is_empty() {
            break;
        }
        words.push(crate::parse::words::fold(word));
        head = &t[..t.len() - word.len()];
        if matches!(words.iter().rev().map(String::as_str).collect::<Vec<_>>()[..], ["a", "partir", "de" | "das" | "dos" | "del"] | ["a", "partir", "de", "las" | "la" | "los"]) {
            return only_deco(head);
        }
    }
    false
}

/// True when `before` is decoration and a short label of one or two capitalised words with
/// a colon (`Place A :`, `Agora :`, `Salle 2:`), not a slot's label (`Time:`), and a
/// separator and a title follow the time: the room or track of a parallel entry.
fn room_lead(before: &str, after: &str) -> bool {
    let Some(label) = before.trim_end().strip_suffix(':') else { return false };
    let lead = label.len() - label.trim_start_matches(|c: char| is_deco(c)).len();
    let label = label[lead..].trim_end();
    let words: Vec<&str> = label.split_whitespace().collect();
    let titled = after.trim_start().strip_prefix([':', '-', '–', '|']).is_some_and(|t| t.trim_start().starts_with(char::is_alphabetic));
    titled
        && (1..=2).contains(&words.len())
        && label.len() <= 16
        && words[0].starts_with(char::is_uppercase)
        && words.iter().skip(1).all(|w| w.chars().count() <= 2)
        && !super::cues::slot_label(&crate::parse::words::fold(label))
}

/// Words that may stand after an item's time without making it prose: zones, `Uhr`, `h`,
/// `horas`, `hrs`, `approx.`.
fn trailing_word_ok(w: &str) -> bool {
    let l = crate::parse::words::fold(w);
    let l = l.trim_end_matches('.');
    crate::parse::words::is_time_of_day_word(l) || matches!(l, "hours" | "heures" | "approx" | "ca" | "local" | "time")
        || w.chars().all(|c| c.is_ascii_uppercase()) && w.len() <= 5
}

/// How far around a token `place` looks: an item's decoration is short, and a bounded
/// window keeps the cost per token constant on a line millions of bytes long.
pub(crate) const WINDOW: usize = 240;

/// True when only decoration and a word that opens a range (`From 9:00 to`, `Fra kl. 18:45
/// til`) stand before byte `at` of line `li`, within [`WINDOW`] bytes of it.
pub(crate) fn opened(doc: &Doc<'_>, li: usize, at: usize) -> bool {
    let from = doc.shapes[li].body.min(at);
    at - from <= WINDOW && opener_lead(&doc.text[from..at])
}

/// Where the bytes `at` stand in line `li`.
pub(crate) fn place(doc: &Doc<'_>, li: usize, at: (usize, usize)) -> Place {
    let line = doc.lines[li];
    let shape = &doc.shapes[li];
    let text = doc.text;
    let k = shape.cells.partition_point(|&(a, _)| a <= at.0);
    let (from, to, cell) = match k.checked_sub(1).filter(|&k| at.0 <= shape.cells[k].1) {
        Some(k) => (shape.cells[k].0, shape.cells[k].1.max(at.1), Some(k)),
        None => (shape.body.min(at.0), line.end().max(at.1), None),
    };
    let near_from = crate::source::floor_char(text, at.0.saturating_sub(WINDOW).max(from));
    let near_to = crate::source::floor_char(text, (at.1 + WINDOW).min(to)).max(at.1);
    let before = &text[near_from..at.0];
    let after = &text[at.1..near_to];
    // Only decoration before it, all the way to the start of its line or cell.
    // `Kl. 14.00 Welcome`: the word for "o'clock" before the time leaves it at the start.
    // `Place A : 11h – 12h : Title`: a room's short label before a range that a title follows.
    let start = near_from == from && (only_deco(before) || clock_word_lead(before) || room_lead(before, after) || starting_from(before));
    let after_clean = strip_footnotes(&strip_tags(after));
    let end = near_to == to
        && after_clean
            .split(|c: char| is_deco(c) || matches!(c, '.' | ',' | ';' | ':' | '!' | '?'))
            .filter(|w| !w.is_empty())
            .all(trailing_word_ok);
    let paren = bracketed(before, after);
    // Emphasis around the token (`— **10 min**`) stands after the separator.
    let b = before.trim_end().trim_end_matches(['*', '_']).trim_end();
    let after_sep = b.ends_with(" -") || b.ends_with(" –") || b.ends_with(" —") || b.ends_with(':') || b.ends_with(" |");
    Place { start, end, paren, cell, after_sep }
}

/// True when a list marker after a sentence end is all that stands before the bytes `at` in
/// line `li` (with a word for "o'clock" between): an entry whose line break was lost, run on
/// after the paragraph above it (`… equilibri. - ore 17.30-18.30: Conclusioni`).
pub(crate) fn after_run_on_marker(doc: &Doc<'_>, li: usize, at: (usize, usize)) -> bool {
    let from = crate::source::floor_char(doc.text, at.0.saturating_sub(24).max(doc.lines[li].start));
    let before = &doc.text[from..at.0];
    let before = crate::parse::words::before_clock_word(before).unwrap_or(before).trim_end();
    let Some(sentence) = before.strip_suffix(['-', '–', '•', '*', '·', '▪']) else { return false };
    let ended = sentence.trim_end();
    // A sentence's last word ends before its stop (`1. - 9:00` is a numbered item).
    let word = ended.strip_suffix(['.', '!', '?', ';']).is_some_and(|w| w.ends_with(|c: char| c.is_alphabetic() || matches!(c, ')' | '"' | '”' | '»')));
    ended.len() < sentence.len() && word
}

/// True when the token is what a bracket holds: `(15 min)`, `[15 mins]`, `(~ 20 min)`,
/// `(5 min each)`, `(10 minutes per speaker)`, `(9:00 – 10:00 horas)`, but not `(* deadline 2
/// hours after session)`, where the length is part of a remark.
/// The last opening bracket of `before` and its length in bytes: `(`, `[` or the
/// full-width `（`, looked for only in text outside ASCII.
fn last_open(before: &str) -> Option<(usize, usize)> {
    let ascii = before.rfind(['(', '[']).map(|i| (i, 1));
    if before.is_ascii() {
        return ascii;
    }
    ascii.into_iter().chain(before.rfind('（').map(|i| (i, 3))).max()
}

/// Where the first closing bracket of `s` starts: `)`, `]` or the full-width `）`.
fn first_close(s: &str) -> Option<usize> {
    let ascii = s.find([')', ']']);
    if s.is_ascii() {
        return ascii;
    }
    ascii.into_iter().chain(s.find('）')).min()
}

fn bracketed(before: &str, after: &str) -> bool {
    // Full-width brackets (`講演（13:20〜14:00）`) are brackets too.
    let Some((open, len)) = last_open(before) else { return false };
    let inside_before = &before[open + len..];
    if first_close(inside_before).is_some() {
        return false;
    }
    let Some(close) = first_close(after) else { return false };
    // `(2m, Lee)`, `(10 min, Jane Doe)`: who leads it may follow a comma.
    let inside_after = after[..close].split(',').next().unwrap_or("");
    let modifier = |w: &str| {
        let f = crate::parse::words::fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
        f.is_empty()
            || crate::parse::words::is_approx_word(&f)
            || crate::parse::words::is_per_unit_word(&f)
            || matches!(f.as_str(), "max" | "maximum" | "min" | "minimum" | "total" | "horas" | "hrs" | "h" | "uhr" | "hours" | "ore" | "kl" | "klo" | "um" | "approx" | "speaker" | "person" | "presenter" | "panelist" | "talk" | "group" | "sig" | "item" | "q" | "a" | "qa" | "q&a" | "incl" | "including" | "plus")
            || w.chars().all(|c| c.is_ascii_uppercase() || !c.is_alphanumeric())
    };
    let words_before: Vec<&str> = inside_before.split_whitespace().collect();
    let words_after: Vec<&str> = inside_after.split_whitespace().collect();
    // `(5 min video)`, `(10 min demo)`: a length opening the bracket may name what fills it
    // in one word.
    let named = words_before.is_empty() && words_after.len() == 1 && words_after[0].chars().all(char::is_alphabetic);
    named || words_before.len() <= 2 && words_after.len() <= 4 && words_before.iter().chain(&words_after).all(|w| modifier(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn brackets() {
        assert!(bracketed("Introduction (", ")"));
        assert!(bracketed("Welcome (~ ", ")"));
        assert!(bracketed("Updates (", " each)"));
        assert!(bracketed("SIGs (", " per SIG)"));
        assert!(bracketed("\\[", "\\] Progress"));
        assert!(!bracketed("Key Takeaways (* deadline ", " after session)"));
        assert!(!bracketed("Key (after the ", " of debate)"));
        assert!(bracketed("Review agenda (", ", Lee)"));
    }

    #[test]
    fn tags() {
        assert_eq!(strip_tags("<span style=\"x\">09:00 am</span>"), " 09:00 am ");
        assert_eq!(strip_tags("a < b"), "a < b");
        assert_eq!(strip_tags("air quality,<br /"), "air quality,");
        assert_eq!(strip_tags("a <b c d e f g h i"), "a <b c d e f g h i");
        assert_eq!(strip_tags("Welcome <em class=\"when\" style=\"color: teal\""), "Welcome ");
        assert_eq!(strip_tags("a <b c=\"d"), "a <b c=\"d");
        assert_eq!(strip_tags("x <!-- c --> y"), "x   y");
    }
}
