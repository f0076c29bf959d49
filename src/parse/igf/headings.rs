//! Section headings: `Expected Outcomes`, `Policy Question(s):`, `Description: text`.

use crate::parse::lines::Line;
use crate::parse::{notation, people};

const KNOWN_HEADINGS: &[&str] = &[
    "policy question(s)",
    "policy questions",
    "relevance to theme",
    "relevance to internet governance",
    "description",
    "expected outcomes",
    "discussion facilitation",
    "online participation",
    "targets",
    "agenda",
    "background",
    "objectives",
    "session objectives",
    "issues",
    "key takeaways",
    "call to action",
    "sdgs",
    "content",
    "format",
    "session description",
    "timing",
    "workshop timing",
    "session agenda",
    "speakers' bios",
    "summary",
    "outcome",
    "outcomes",
    "thematic track",
    "theme",
    "subtheme",
    "sub-theme",
    "tags",
    "connection with previous initiatives",
    "additional reference documents",
    "methodology",
    "session format",
    "notes",
    "links",
    "programme",
    "program",
    "session plan",
    "session outline",
    "outline",
    "run of show",
    "schedule",
    "speakers",
    "bios",
    "relevance",
    "summary of the session",
];

fn heading_prefix(text: &str) -> Option<&str> {
    let (head, rest) = text.split_once(':')?;
    let h = head.trim();
    if h.is_empty() || h.len() > 60 {
        return None;
    }
    let lower = h.to_lowercase();
    if KNOWN_HEADINGS.contains(&lower.as_str()) {
        return Some(head);
    }
    let words: Vec<&str> = h.split_whitespace().collect();
    let small = ["to", "of", "and", "for", "the", "in", "on", "a", "with", "&"];
    let title_case = words.len() <= 5
        && words.iter().all(|w| small.contains(w) || w.chars().next().is_some_and(|c| c.is_uppercase() || c == '('))
        && words[0].chars().next().is_some_and(char::is_uppercase);
    (title_case && !rest.trim_start().starts_with("//")).then_some(head)
}

pub(super) fn name_len(text: &str) -> usize {
    match heading_prefix(text) {
        Some(h) => h.len() + 1,
        None => text.len(),
    }
}

pub(super) fn heading_name(text: &str) -> String {
    let raw = match heading_prefix(text) {
        Some(h) => h,
        None => text,
    };
    raw.trim().trim_end_matches([':', '：']).trim().to_owned()
}

/// True when line `i` is a heading: `Expected Outcomes:` (with or without text after the
/// colon, for known headings or short Title Case ones), or a short line standing alone
/// between blank lines without closing punctuation.
pub(super) fn is_heading(lines: &[Line<'_>], i: usize) -> bool {
    let t = lines[i].text;
    // A line holding a time range is never a heading; that test is the dearest, so it
    // comes last, after the shape of the line has made it a candidate.
    t.chars().next().is_some_and(char::is_alphabetic)
        && heading_shaped(lines, i)
        && notation::find_ranges(t).is_empty()
}

/// [`is_heading`] without the test for time ranges.
fn heading_shaped(lines: &[Line<'_>], i: usize) -> bool {
    let t = lines[i].text;
    if heading_prefix(t).is_some() {
        let (h, rest) = t.split_once(':').unwrap_or((t, ""));
        return rest.trim().is_empty() && h.split_whitespace().count() <= 8
            || is_known(h)
            || h.split_whitespace().count() <= 4;
    }
    if t.ends_with(':') && t.len() <= 80 && t.split_whitespace().count() <= 8 {
        return true;
    }
    if is_known(t.trim_end_matches(':')) {
        return true;
    }
    let alone = (i == 0 || lines[i - 1].is_blank()) && lines.get(i + 1).is_none_or(|l| l.is_blank());
    alone
        && t.len() <= 80
        && t.split_whitespace().count() <= 8
        && !t.ends_with(['.', ',', ';', '!', '?'])
        && people::entry(t).is_none_or(|e| !e.grouped && e.affiliation.is_none())
        && notation::find_durations(t).is_empty()
        && t.chars().next().is_some_and(char::is_uppercase)
}

/// True when `text`, trimmed and lowercased, is one of [`KNOWN_HEADINGS`].
fn is_known(text: &str) -> bool {
    let t = text.trim();
    // Lowercasing shrinks a character at most threefold (the Kelvin sign to `k`), so a
    // longer text cannot match, and long prose is spared the copy.
    t.len() <= 3 * 40 && KNOWN_HEADINGS.contains(&t.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_headings_fit_the_length_guard() {
        assert!(KNOWN_HEADINGS.iter().all(|h| h.len() <= 40 && h.is_ascii()));
        assert!(is_known("  Expected Outcomes "));
        assert!(!is_known("Expected Outcomes of a very long paragraph of prose"));
    }
}
