//! The header line: `IGF 2021 WS #119 Title` and its variants.

use crate::model::SessionId;

/// The parsed header line.
pub(super) struct Header {
    pub(super) id: SessionId,
    pub(super) id_end: usize,
    pub(super) title: Option<(usize, usize)>,
}

/// The identifier parts of a header such as `IGF 2021 WS #119` (used for TOML `id`).
pub(crate) fn header_id(text: &str) -> Option<SessionId> {
    header(text).map(|h| h.id)
}

const KINDS: &[&str] = &[
    "Launch / Award Event",
    "Launch/Award Event",
    "High-Level Session",
    "High Level Session",
    "Parliamentary Track",
    "Networking Session",
    "Lightning Talk",
    "Main Session",
    "Open Forum",
    "Dynamic Coalition",
    "Day 0 Event",
    "Pre-Event",
    "Town Hall",
    "Book Launch",
    "Flash Session",
    "Workshop",
    "Launch",
    "Award",
    "Youth Track",
    "WS",
    "OF",
    "DC",
    "NRI",
    "BPF",
    "PN",
    "LT",
    "MS",
    "TH",
    "HL",
];

/// Reads `IGF 2021 WS #119 Title` and its variants (`IGF 2023 Open Forum #5: Title`,
/// `IGF 2019 Main Session: Title`, `EuroDIG 2022 WS 3 Title`).
pub(super) fn header(text: &str) -> Option<Header> {
    // `IGF2021 WS#119 ...`: the event written without a space before the year.
    let first = text.split_whitespace().next().unwrap_or("");
    let letters = first.trim_end_matches(|c: char| c.is_ascii_digit());
    if first.len() - letters.len() == 4 && !letters.is_empty() && letters.chars().all(char::is_alphabetic) {
        let mut h = header_spaced(&text.replacen(first, &format!("{letters} {}", &first[letters.len()..]), 1))?;
        // One byte was inserted; shift the offsets back.
        h.id_end -= 1;
        h.id.text = text[..h.id_end].to_owned();
        h.title = h.title.map(|(a, b)| (a - 1, b - 1));
        return Some(h);
    }
    header_spaced(text)
}

fn header_spaced(text: &str) -> Option<Header> {
    // The event: up to three words and a year.
    let mut pos = 0;
    let mut year_end = None;
    for (words, w) in text.split_inclusive(char::is_whitespace).enumerate() {
        let t = w.trim();
        let is_year =
            t.len() == 4 && t.chars().all(|c| c.is_ascii_digit()) && (t.starts_with("19") || t.starts_with("20"));
        if is_year && words > 0 {
            year_end = Some(pos + w.trim_end().len());
            break;
        }
        if words >= 3 || !t.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        pos += w.len();
    }
    let year_end = year_end?;
    let event = text[..year_end].split_whitespace().collect::<Vec<_>>().join(" ");
    let after = &text[year_end..];
    let k0 = year_end + (after.len() - after.trim_start().len());
    let rest = &text[k0..];
    let (kind, number, id_end) = if let Some(hash) = rest.find('#').filter(|&h| h <= 40) {
        let kind = rest[..hash].trim();
        let digits: String = rest[hash + 1..].trim_start().chars().take_while(char::is_ascii_digit).collect();
        if kind.is_empty() || kind.split_whitespace().count() > 5 || digits.is_empty() {
            return None;
        }
        let lead = rest[hash + 1..].len() - rest[hash + 1..].trim_start().len();
        (kind.to_owned(), digits.parse().ok(), k0 + hash + 1 + lead + digits.len())
    } else {
        let kind = KINDS.iter().find(|k| {
            rest.get(..k.len()).is_some_and(|p| p.eq_ignore_ascii_case(k))
                && !rest[k.len()..].starts_with(|c: char| c.is_alphanumeric())
        })?;
        let after_kind = &rest[kind.len()..];
        let lead = after_kind.len() - after_kind.trim_start().len();
        let digits: String = after_kind.trim_start().chars().take_while(char::is_ascii_digit).collect();
        let end = if digits.is_empty() { k0 + kind.len() } else { k0 + kind.len() + lead + digits.len() };
        (rest[..kind.len()].to_owned(), digits.parse().ok(), end)
    };
    let title_raw = &text[id_end..];
    let title =
        title_raw.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '–' | '—' | '|' | '.'));
    let title = title.trim_end();
    let t0 = text.len() - title_raw.len()
        + (title_raw.len()
            - title_raw
                .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '–' | '—' | '|' | '.'))
                .len());
    let id_text = text[..id_end].to_owned();
    Some(Header {
        id: SessionId { event, kind, number, text: id_text },
        id_end,
        title: (!title.is_empty()).then_some((t0, t0 + title.len())),
    })
}
