//! A time zone from a town named where a venue stands (`64283 Darmstadt`, `in Poznan`,
//! `PERUGIA – Sala dei Notari`, `장소: 구미 박정희체육관`).
//!
//! [`super::zone_of_place`] reads countries and the cities that name a zone; most venues
//! are in other towns. This reader knows the towns of 5,000 people or more, with their
//! zones, from GeoNames (`data/towns.tsv`, see its README). A town's name is far more
//! often also a word or a person's name than a country's, so a town is read only where
//! its context says it is a place, and only on the lines the caller gives (the venue's
//! line, the slot's neighbourhood):
//! - after a postcode (`64283 Darmstadt`, `61-001 Poznań`, `761 30 Norrtälje`), anywhere;
//! - after a word for "in" or "at" (`in Poznan`, `à Ploufragan`, `w Poznaniu` is not read);
//! - standing alone between punctuation or a line's ends (`Stockholmsvägen 55, Norrtälje,`,
//!   `8 aprile :: Reggio Emilia`), on the venue's line or near the slot;
//! - on a venue's line, in Japanese, Chinese or Korean script, anywhere in a run of
//!   letters (`장소구미 박정희체육관`), not right after a digit;
//! - before `University` or after `University of` (`Aarhus University`, `Universidad de
//!   Zaragoza`), on the venue's line or near the slot;
//! - opening a line near the slot in those scripts as an address opens, followed by a
//!   suffix of a town or district (`杭州市滨江区…`, `東京都千代田区…`).
//!
//! The towns a line names must agree; a town reached by a stronger rule (a postcode, a
//! venue label) wins over one standing alone.

use super::place::{PlaceKind, PlaceZone};
use super::words::{Gap, Token, Tokens};
use crate::model::Zone;

/// `key<TAB>zone number` rows sorted by key bytes (see `tools/towns/gen.py`).
const TOWNS: &str = include_str!("data/towns.tsv");
/// The zones the rows number, one per line from 0.
const ZONES: &str = include_str!("data/town-zones.txt");
/// The most words and the most CJK characters a name of the table has.
const MAX_WORDS: usize = 5;
const MAX_CJK: usize = 8;

/// Where the line a town is looked for in stands, which decides the rules that apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TownLine {
    /// Any line: only a town after a postcode is read.
    Any,
    /// A line near the slot or the text's first line: also a town after "in", and one
    /// standing alone between punctuation.
    Near,
    /// A line labelled as the venue (`Venue:`, `Ort:`, `장소`): also names in Japanese,
    /// Chinese or Korean script.
    Venue,
}

/// Words for "in" or "at" before a town (folded: `à` is `a`).
const IN: &[&str] = &["in", "a", "at", "en", "em", "i", "im", "w", "v", "nel", "au", "te", "ve", "na"];

/// Labels of a venue line in Japanese, Chinese or Korean, which those texts may glue to
/// the name (`장소구미`) or space out to align a form (`장 소`, `場 所`).
const CJK_VENUE: &[&str] = &["장소", "場所", "会場", "會場", "地点", "地點", "地址", "开会地点", "活动地点", "举办地点"];

fn cjk_char(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{F900}'..='\u{FAFF}')
}

/// The zone number of `key` in the sorted table, by binary search over its bytes: no
/// table is built, so a text that needs no town pays nothing.
fn lookup(key: &str) -> Option<u16> {
    let t = TOWNS.as_bytes();
    let (mut lo, mut hi) = (0, t.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = memchr::memrchr(b'\n', &t[..mid]).map_or(0, |p| p + 1);
        let end = memchr::memchr(b'\n', &t[mid..]).map_or(t.len(), |p| mid + p);
        let row = &TOWNS[start..end];
        let (k, n) = row.split_once('\t')?;
        match k.cmp(key) {
            std::cmp::Ordering::Equal => return n.parse().ok(),
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
        }
    }
    None
}

/// The zone numbered `n`.
fn zone(n: u16) -> Option<&'static str> {
    ZONES.lines().nth(usize::from(n))
}

/// The longest town starting at `words[i]`: its length in words and zone number. Its first
/// and last words start with a capital; its words are joined by spaces, hyphens,
/// apostrophes or dots only.
fn town_at(words: &[Token], i: usize) -> Option<(usize, u16)> {
    if !words[i].capital || !words[i].alphabetic {
        return None;
    }
    let mut key = String::new();
    let mut best = None;
    for (k, w) in words[i..].iter().take(MAX_WORDS).enumerate() {
        if k > 0 {
            if w.gap == Gap::Break {
                break;
            }
            key.push(' ');
        }
        key.push_str(&w.key);
        if w.capital {
            if let Some(n) = lookup(&key) {
                best = Some((k + 1, n));
            }
        }
    }
    best
}

/// Whether `words[i]` (and the word before it) is a postcode: four or five digits
/// (`64283`), `NN-NNN` (`61-001`) or `NNN NN` (`761 30`).
fn postcode_ends_at(words: &[Token], i: usize, line: &str) -> bool {
    let digits = |t: &Token| line[t.start..t.end].bytes().all(|b| b.is_ascii_digit());
    let w = &words[i];
    let n = w.end - w.start;
    if !digits(w) {
        return false;
    }
    if n == 4 || n == 5 {
        return true;
    }
    let Some(p) = i.checked_sub(1).map(|k| &words[k]) else { return false };
    let between = &line[p.end..w.start];
    digits(p) && ((p.end - p.start, n) == (2, 3) && between == "-" || (p.end - p.start, n) == (3, 2) && between == " ")
}

/// Whether a line holds a time of day (`9:30`, `14.00`, `9h30`): an agenda's entry, whose
/// title is not read as a town standing alone.
fn has_clock(line: &str) -> bool {
    let b = line.as_bytes();
    b.windows(4).any(|w| w[0].is_ascii_digit() && matches!(w[1], b':' | b'.' | b'h') && w[2].is_ascii_digit() && w[3].is_ascii_digit())
}

/// The towns one line names where their context says they are places: (strength, zone
/// number, bytes in the line).
fn towns_in(line: &str, how: TownLine) -> Vec<(u8, u16, (usize, usize))> {
    // On any other line only a town after a postcode counts: no digit, no postcode.
    if how == TownLine::Any && !line.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let words: Vec<Token> = Tokens::new(line).collect();
    let alone_ok = how != TownLine::Any && !has_clock(line);
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let before = i.checked_sub(1).map(|k| &words[k]).filter(|_| words[i].gap == Gap::Space);
        let postcode = before.is_some() && postcode_ends_at(&words, i - 1, line);
        // On any other line a name is only looked up after a postcode.
        let looked = if how == TownLine::Any && !postcode { None } else { town_at(&words, i) };
        let Some((len, n)) = looked else {
            i += 1;
            continue;
        };
        let at = (words[i].start, words[i + len - 1].end);
        let after_breaks = words.get(i + len).is_none_or(|t| t.gap == Gap::Break);
        // `Aarhus University`, `University of Turku`, `Universidad de Zaragoza`: a university
        // named after its town stands there.
        let university = |k: &str| matches!(k, "university" | "universitat" | "universitaet" | "universitet" | "universiteit" | "universite" | "universidad" | "universidade" | "universita" | "uniwersytet");
        let named_university = words.get(i + len).is_some_and(|t| t.gap == Gap::Space && university(&t.key))
            || i >= 2 && matches!(words[i - 1].key.as_str(), "of" | "de" | "di" | "du" | "do" | "da") && university(&words[i - 2].key)
            // `Campus Saarbrücken`: a campus named after its town.
            || before.is_some_and(|b| b.capital && b.key == "campus");
        let strength = if postcode {
            3
        } else if before.is_some_and(|b| IN.contains(&b.key.as_str()) && (!b.capital || b.key == "in")) || alone_ok && named_university {
            2
        } else if alone_ok && words[i].gap == Gap::Break && after_breaks {
            1
        } else if how == TownLine::Venue && after_breaks && !(len == 1 && ROOM_NOUNS.contains(&words[i].key.as_str())) && words.get(i + len).is_none_or(|t| line[words[i + len - 1].end..t.start].contains(',')) {
            // On the venue's line, a town that ends the venue's name before a comma or the
            // line's end (`Staatsschauspiel Dresden, Kleines Haus`).
            1
        } else {
            0
        };
        if strength > 0 {
            found.push((strength + u8::from(how == TownLine::Venue), n, at));
        }
        i += len;
    }
    if how == TownLine::Venue {
        found.extend(cjk_towns(line).into_iter().map(|(n, at)| (3, n, at)));
    } else if how == TownLine::Near {
        found.extend(cjk_address(line).map(|(n, at)| (2, n, at)));
    }
    found
}

/// Nouns that end a venue's own name (`Main Chamber`, `Town Hall`), which
/// some towns are also called: at the end of the venue's name they name the room.
const ROOM_NOUNS: &[&str] = &["chamber", "hall", "house", "center", "centre", "room", "library", "church", "theatre", "theater", "gallery", "museum", "auditorium", "campus", "park", "square", "building", "tower", "hotel", "arena", "studio", "forum", "lounge", "garden", "gardens", "court", "palace"];

/// Suffixes of a town or district in a Japanese, Chinese or Korean address (`市`, `区`,
/// `県`, `시`, `구`).
const CJK_ADMIN: &[char] = &['市', '区', '區', '県', '縣', '省', '都', '府', '郡', '시', '구', '군'];

/// A town that opens a line near the slot in Japanese, Chinese or Korean script as an address
/// opens (`杭州市滨江区东信大道…`, `- 東京都千代田区…`): the name followed by a suffix of a town or
/// district, or ending in one itself.
fn cjk_address(line: &str) -> Option<(u16, (usize, usize))> {
    let body = line.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '*' | '•' | '・' | '>' | '#'));
    let i = line.len() - body.len();
    if !body.starts_with(cjk_char) {
        return None;
    }
    let chars: Vec<(usize, char)> = body.char_indices().take(MAX_CJK + 1).take_while(|&(_, c)| cjk_char(c)).collect();
    (2..=chars.len().min(MAX_CJK)).rev().find_map(|len| {
        let end = chars.get(len).map_or(i + body.len(), |&(e, _)| i + e);
        let suffixed = chars[len - 1].1 == '市' || chars.get(len).is_some_and(|&(_, c)| CJK_ADMIN.contains(&c));
        lookup(&line[i..end]).filter(|_| suffixed).map(|n| (n, (i, end)))
    })
}

/// The zone of the town that `lines` name where their context says it is a place (see the
/// module documentation), or `None` when they name none, or towns in different zones
/// found by equally strong rules. Each line comes with its byte offset in the text, which
/// the place's offsets count from.
///
/// # Example
/// ```
/// use runsheet::{model::Zone, time::{TownLine, zone_of_town}};
/// let p = zone_of_town([(0, "Karolinenplatz 3, 64283 Darmstadt", TownLine::Any)]).unwrap();
/// assert_eq!((p.zone, p.place.as_str()), (Zone::Iana("Europe/Berlin".into()), "Darmstadt"));
/// assert_eq!(zone_of_town([(0, "Darmstadt", TownLine::Any)]), None);
/// ```
pub fn zone_of_town<'a>(lines: impl IntoIterator<Item = (usize, &'a str, TownLine)>) -> Option<PlaceZone> {
    // (strength, zone number, bytes in the text, the town as written)
    let mut best: Option<(u8, u16, (usize, usize), &'a str)> = None;
    let mut disagree = false;
    for (offset, line, how) in lines {
        for (strength, n, at) in towns_in(line, how) {
            let written = line.get(at.0..at.1).unwrap_or_default();
            match best {
                Some((s, _, _, _)) if s > strength => {}
                Some((s, m, _, _)) if s == strength => disagree |= m != n,
                _ => {
                    best = Some((strength, n, (offset + at.0, offset + at.1), written));
                    disagree = false;
                }
            }
        }
    }
    let (_, n, at, written) = best.filter(|_| !disagree)?;
    let zone = zone(n)?;
    Some(PlaceZone { zone: Zone::Iana(zone.to_owned()), at, place: written.to_owned(), kind: PlaceKind::Town, country: "" })
}

/// Whether `line` is labelled as a venue in Japanese, Chinese or Korean (`장소:`,
/// `- 장소구미`, `会場：`).
pub fn cjk_venue_label(line: &str) -> bool {
    let t = line.trim_start_matches(|c: char| !cjk_char(c));
    CJK_VENUE.iter().any(|l| label_len(t, l).is_some())
}

/// The length of `label` at the start of `t`, spaces between its characters allowed (`場 所`).
fn label_len(t: &str, label: &str) -> Option<usize> {
    let mut rest = t;
    for (k, c) in label.chars().enumerate() {
        if k > 0 {
            rest = rest.trim_start_matches([' ', '\u{3000}']);
        }
        rest = rest.strip_prefix(c)?;
    }
    Some(t.len() - rest.len())
}

/// Where the first venue label of `line` ends (0 when it has none).
fn label_end(line: &str) -> usize {
    CJK_VENUE
        .iter()
        .filter_map(|l| {
            let first = l.chars().next()?;
            line.match_indices(first).find_map(|(p, _)| label_len(&line[p..], l).map(|n| p + n))
        })
        .min()
        .unwrap_or(0)
}

/// The towns a line names in Japanese, Chinese or Korean script: the longest name at
/// each character, not right after a digit, left to right, and only the first of each run
/// of such letters.
fn cjk_towns(line: &str) -> Vec<(u16, (usize, usize))> {
    let mut out = Vec::new();
    let label = label_end(line);
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        if i < label || !cjk_char(c) || k > 0 && chars[k - 1].1.is_ascii_digit() {
            k += 1;
            continue;
        }
        let run = chars[k..].iter().take(MAX_CJK).take_while(|(_, c)| cjk_char(*c)).count();
        let hit = (2..=run).rev().find_map(|len| {
            let end = chars.get(k + len).map_or(line.len(), |&(e, _)| e);
            lookup(&line[i..end]).map(|n| (len, n, end))
        });
        match hit {
            Some((_, n, end)) => {
                out.push((n, (i, end)));
                // The rest of the run is the venue's name (`神戸海洋博物館`, Kobe's maritime
                // museum): a town's name inside it (`海洋`, "ocean") is a word.
                k += chars[k..].iter().take_while(|(_, c)| cjk_char(*c)).count();
            }
            None => k += 1,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zone(text: &str, how: TownLine) -> Option<(String, String)> {
        zone_of_town([(0, text, how)]).map(|p| (crate::time::zone_name(&p.zone), p.place))
    }

    /// One row per case: the line, where it stands, and the zone and town read.
    #[test]
    fn towns_where_venues_stand() {
        use TownLine::{Any, Near, Venue};
        #[rustfmt::skip]
        type Row = (&'static str, TownLine, Option<(&'static str, &'static str)>);
        let rows: &[Row] = &[
            ("64283 Darmstadt", Any, Some(("Europe/Berlin", "Darmstadt"))),
            ("Wojska Polskiego 38/42, 60-637 Poznań", Any, Some(("Europe/Warsaw", "Poznań"))),
            ("Darmstadt", Any, None),
            ("Darmstadt", Near, Some(("Europe/Berlin", "Darmstadt"))),
            ("It took place in Poznan on 13 September 2013", Near, Some(("Europe/Warsaw", "Poznan"))),
            ("Stockholmsvägen 55, Norrtälje, kl", Near, Some(("Europe/Stockholm", "Norrtälje"))),
            ("PERUGIA – Sala dei Notari", Near, Some(("Europe/Rome", "PERUGIA"))),
            ("8 aprile :: Reggio Emilia", Near, Some(("Europe/Rome", "Reggio Emilia"))),
            // Next to another capitalised word, a town may be a person's name or part of one.
            ("Intervenant : Jean Paris Morin", Near, None),
            ("Zoopôle Ploufragan", Near, None),
            // Towns that disagree give nothing; a postcode wins over a town standing alone.
            ("Darmstadt – Troyes", Near, None),
            ("64283 Darmstadt – Troyes", Near, Some(("Europe/Berlin", "Darmstadt"))),
            ("- 장소구미 박정희체육관 (구미시 박정희로 375-19)", Venue, Some(("Asia/Seoul", "구미"))),
            ("location: '北京'", Venue, Some(("Asia/Shanghai", "北京"))),
            ("location: '北京'", Near, None),
            // The first town of a run of letters is the venue's; a later one is part of its name.
            ("会場 神戸海洋博物館", Venue, Some(("Asia/Tokyo", "神戸"))),
            // An agenda's entry is no venue: a town standing alone in it is not read.
            ("10:00 – 10:30 Darmstadt", Near, None),
            ("", Venue, None),
        ];
        for &(text, how, want) in rows {
            let want = want.map(|(z, p)| (z.to_owned(), p.to_owned()));
            assert_eq!(zone(text, how), want, "{text:?}");
        }
    }

    /// Every zone of the towns' table exists in jiff's bundled database.
    #[test]
    fn every_town_zone_is_in_the_bundled_database() {
        for z in ZONES.lines() {
            assert!(jiff::tz::TimeZone::get(z).is_ok(), "{z} missing from jiff's tzdb");
        }
    }

    /// The table is what the binary search needs: rows sorted by key with no repeats, each
    /// key folded as runsheet folds words (or in CJK script), each zone number listed, and
    /// no name longer than the limits.
    #[test]
    fn the_table_is_sorted_folded_and_within_limits() {
        let zones = ZONES.lines().count();
        let mut last = "";
        let mut rows = 0;
        for row in TOWNS.lines() {
            let (key, n) = row.split_once('\t').unwrap();
            assert!(key > last, "{key:?} after {last:?}");
            assert!(n.parse::<usize>().unwrap() < zones, "{row}");
            if key.chars().all(cjk_char) {
                assert!((2..=MAX_CJK).contains(&key.chars().count()), "{key}");
            } else {
                assert_eq!(super::super::words::phrase_key(key), key);
                assert!(key.split(' ').count() <= MAX_WORDS, "{key}");
            }
            assert_eq!(lookup(key).map(usize::from), n.parse().ok(), "{key}");
            last = key;
            rows += 1;
        }
        assert!(rows > 90_000, "{rows}");
        assert_eq!((lookup("aaaaaa"), lookup("zzzzzz"), lookup("")), (None, None, None));
    }

    #[test]
    fn odd_input_never_panics() {
        for s in ["\u{0}", "12-", "-123", "12 34", "1234", "장소", "地点2020", "12345 ", " 12345 É", "in", "\u{301}in Paris"] {
            for how in [TownLine::Any, TownLine::Near, TownLine::Venue] {
                if let Some(p) = zone_of_town([(0, s, how)]) {
                    assert!(s.is_char_boundary(p.at.0) && s.is_char_boundary(p.at.1));
                }
            }
        }
    }
}
