//! Time zones written out in full, as calendars and listings spell them (`Philippine
//! Standard Time`, `Central European Summer Time`, `Eastern Time`): every meaning the
//! abbreviation table gives, and the generic North American names that follow daylight
//! saving time.

use std::sync::OnceLock;

use super::abbreviation::ABBREVIATIONS;
use crate::model::Zone;

/// Generic names whose offset changes with daylight saving time, their short forms, and
/// their tz database zone. Each short form is also a common abbreviation of something else
/// (`CT` for Connecticut, `MT` for Montana), so a reader takes one only where it stands as a
/// zone.
const GENERIC: &[(&str, &str, &str)] = &[
    ("Eastern Time", "ET", "America/New_York"),
    ("Central Time", "CT", "America/Chicago"),
    ("Mountain Time", "MT", "America/Denver"),
    ("Pacific Time", "PT", "America/Los_Angeles"),
];

/// The zone a generic short form names (`ET`, `CT`, `MT`, `PT`): North American time that
/// follows daylight saving time. The caller makes sure the letters stand as a zone.
pub fn generic_short_zone(abbr: &str) -> Option<Zone> {
    GENERIC.iter().find(|(_, a, _)| *a == abbr).map(|(_, _, z)| Zone::Iana((*z).to_owned()))
}

/// The names, grouped by their first word in lower case (sorted), longest name first, and
/// for each first letter a bit per length of the first words that start with it (a quick
/// test that most capitalised words fail).
struct Table {
    names: Vec<(String, Vec<(String, Zone)>)>,
    lengths: [u32; 26],
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut names: Vec<(String, Option<Zone>)> = Vec::new();
        let mut add = |name: &str, zone: Zone| {
            let name = name.trim().to_ascii_lowercase();
            // A name written alike for two offsets names neither.
            match names.iter_mut().find(|(n, _)| *n == name) {
                Some((_, z)) if z.as_ref() != Some(&zone) => *z = None,
                Some(_) => {}
                None => names.push((name, Some(zone))),
            }
        };
        for reading in ABBREVIATIONS.iter().flat_map(|a| a.readings.iter()) {
            // `Eastern Standard Time (North America)`; a past meaning (`until 2007`) is left out.
            let (name, note) = reading.meaning.split_once(" (").unwrap_or((reading.meaning, ""));
            if note.contains("until") {
                continue;
            }
            let zone = if reading.minutes == 0 { Zone::Utc } else { Zone::Fixed(reading.minutes * 60) };
            // `Mitteleuropäische Zeit (Central European Time)`: both names.
            let inner = note.trim_end_matches(')');
            for n in [name, inner] {
                let lower = n.to_ascii_lowercase();
                if n.contains(' ') && (lower.ends_with("time") || lower.ends_with("zeit")) {
                    add(n, zone.clone());
                }
            }
        }
        for (name, _, iana) in GENERIC {
            add(name, Zone::Iana((*iana).to_owned()));
        }
        let mut out: Vec<(String, Vec<(String, Zone)>)> = Vec::new();
        for (name, zone) in names {
            let Some(zone) = zone else { continue };
            let first = name.split(' ').next().unwrap_or("").to_owned();
            match out.iter_mut().find(|(f, _)| *f == first) {
                Some((_, v)) => v.push((name, zone)),
                None => out.push((first, vec![(name, zone)])),
            }
        }
        out.sort_by(|a, b| a.0.cmp(&b.0));
        let mut lengths = [0u32; 26];
        for (first, v) in &mut out {
            v.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
            if let Some(l) = first.bytes().next().filter(u8::is_ascii_lowercase) {
                lengths[usize::from(l - b'a')] |= 1 << first.len().min(31);
            }
        }
        Table { names: out, lengths }
    })
}

/// The time zone whose full name starts `text` (`Philippine Standard Time`, `India Standard
/// Time`, `Eastern Time`, in any case), with the bytes the name takes; `None` when no name
/// starts there or the name means two offsets.
pub fn zone_from_long_name(text: &str) -> Option<(usize, Zone)> {
    // The first word, found and compared byte by byte (no allocation: most capitalised
    // words of a text are looked up here).
    let b = text.as_bytes();
    let first = b.first().filter(|x| x.is_ascii_alphabetic())?.to_ascii_lowercase();
    let n = b.iter().take_while(|x| x.is_ascii_alphabetic() || **x >= 0x80).count();
    let t = table();
    if !(4..=24).contains(&n) || b.get(n) != Some(&b' ') || t.lengths[usize::from(first - b'a')] & (1 << n) == 0 {
        return None;
    }
    let word = &b[..n];
    let k = t
        .names
        .binary_search_by(|(f, _)| f.as_bytes().iter().copied().cmp(word.iter().map(u8::to_ascii_lowercase)))
        .ok()?;
    t.names[k].1.iter().find_map(|(name, zone)| {
        let head = b.get(..name.len())?;
        let ends = !text.get(name.len()..)?.starts_with(|c: char| c.is_alphanumeric());
        (ends && head.eq_ignore_ascii_case(name.as_bytes())).then(|| (name.len(), zone.clone()))
    })
}

/// Zones named in words in Chinese, Japanese and Korean (`北京时间` is China's time,
/// `日本時間` Japan's, `한국시간` Korea's, `东八区` UTC+8), with their tz database zone.
const CJK_ZONES: &[(&str, &str)] = &[
    ("北京时间", "Asia/Shanghai"),
    ("北京時間", "Asia/Shanghai"),
    ("中国标准时间", "Asia/Shanghai"),
    ("中國標準時間", "Asia/Shanghai"),
    ("日本时间", "Asia/Tokyo"),
    ("日本時間", "Asia/Tokyo"),
    ("日本標準時", "Asia/Tokyo"),
    ("韩国时间", "Asia/Seoul"),
    ("韓国時間", "Asia/Seoul"),
    ("韓國時間", "Asia/Seoul"),
    ("한국시간", "Asia/Seoul"),
    ("한국 시간", "Asia/Seoul"),
    ("한국 표준시", "Asia/Seoul"),
    ("台北时间", "Asia/Taipei"),
    ("台北時間", "Asia/Taipei"),
    ("台湾时间", "Asia/Taipei"),
    ("台灣時間", "Asia/Taipei"),
    ("臺灣時間", "Asia/Taipei"),
    ("香港时间", "Asia/Hong_Kong"),
    ("香港時間", "Asia/Hong_Kong"),
    ("新加坡时间", "Asia/Singapore"),
    ("东八区", "Etc/GMT-8"),
    ("東八區", "Etc/GMT-8"),
    ("协调世界时", "UTC"),
    ("協調世界時", "UTC"),
];

/// Every zone named in words in Chinese, Japanese or Korean in `text` (see [`CJK_ZONES`]),
/// as byte ranges with their zone, in order.
pub fn cjk_zones(text: &str) -> Vec<(usize, usize, Zone)> {
    // Scripts without spaces: a name is one inside a run of letters too.
    named_in(text, CJK_ZONES, false)
}

/// Every name of `table` in `text`, as byte ranges with their zone, in order; with `alone`,
/// only names that no letter touches.
fn named_in(text: &str, table: &[(&str, &str)], alone: bool) -> Vec<(usize, usize, Zone)> {
    let mut out: Vec<(usize, usize, Zone)> = Vec::new();
    for (name, zone) in table {
        for (at, _) in text.match_indices(name) {
            let end = at + name.len();
            let touched = text[..at].ends_with(char::is_alphabetic) || text[end..].starts_with(char::is_alphabetic);
            if let (false, Ok(z)) = (alone && touched, super::zone_named(zone)) {
                out.push((at, end, z));
            }
        }
    }
    out.sort_by_key(|&(a, _, _)| a);
    out
}

/// Zones named in Cyrillic script: `МСК` (Moscow Time), `по московскому времени`,
/// `по Москве`, Ukrainian `за київським часом`, with their tz database zone.
const CYRILLIC_ZONES: &[(&str, &str)] = &[
    ("МСК", "Europe/Moscow"),
    ("мск", "Europe/Moscow"),
    ("по московскому времени", "Europe/Moscow"),
    ("московское время", "Europe/Moscow"),
    ("по Москве", "Europe/Moscow"),
    ("за київським часом", "Europe/Kyiv"),
    ("за Києвом", "Europe/Kyiv"),
];

/// Every zone named in Cyrillic script in `text` (see [`CYRILLIC_ZONES`]), as byte ranges
/// with their zone, in order; an abbreviation only as a word of its own.
pub fn cyrillic_zones(text: &str) -> Vec<(usize, usize, Zone)> {
    named_in(text, CYRILLIC_ZONES, true)
}

/// Places whose time people name though their country has several zones, with the zone they
/// mean: a country's time is its capital's (`hora de España`, `horário de Brasília`,
/// `hora de México`).
const PLACE_TIME_ALIASES: &[(&str, &str)] = &[
    ("España", "Europe/Madrid"),
    ("Espana", "Europe/Madrid"),
    ("Spain", "Europe/Madrid"),
    ("Brasília", "America/Sao_Paulo"),
    ("Brasilia", "America/Sao_Paulo"),
    ("Brasil", "America/Sao_Paulo"),
    ("Brazil", "America/Sao_Paulo"),
    ("México", "America/Mexico_City"),
    ("Mexico", "America/Mexico_City"),
    ("Argentina", "America/Argentina/Buenos_Aires"),
    ("Chile", "America/Santiago"),
    ("Portugal", "Europe/Lisbon"),
    ("Perú", "America/Lima"),
    ("Panamá", "America/Panama"),
];

/// Adjectives of countries whose time people name by them (`Belgian time`, `Belgische tijd`,
/// `deutscher Zeit`, `ora italiana`, `hora argentina`, `heure belge`), in lower case, with
/// the zone they mean: the country's one zone, or its capital's where it has several.
const DEMONYMS: &[(&[&str], &str)] = &[
    (&["belgian", "belgische", "belge", "belga"], "Europe/Brussels"),
    (&["dutch", "nederlandse", "néerlandaise"], "Europe/Amsterdam"),
    (&["german", "deutscher", "deutsche", "allemande", "alemana", "tedesca"], "Europe/Berlin"),
    (&["austrian", "österreichischer", "österreichische"], "Europe/Vienna"),
    (&["swiss", "schweizer", "suisse"], "Europe/Zurich"),
    (&["french", "française", "francesa", "francese", "französischer"], "Europe/Paris"),
    (&["italian", "italiana", "italienne", "italienischer"], "Europe/Rome"),
    (&["spanish", "española", "espagnole", "spagnola", "peninsular"], "Europe/Madrid"),
    (&["portuguese", "portuguesa", "portugaise"], "Europe/Lisbon"),
    (&["irish"], "Europe/Dublin"),
    (&["british"], "Europe/London"),
    (&["danish", "dansk"], "Europe/Copenhagen"),
    (&["swedish", "svensk"], "Europe/Stockholm"),
    (&["norwegian", "norsk"], "Europe/Oslo"),
    (&["finnish"], "Europe/Helsinki"),
    (&["polish"], "Europe/Warsaw"),
    (&["czech"], "Europe/Prague"),
    (&["hungarian"], "Europe/Budapest"),
    (&["greek"], "Europe/Athens"),
    (&["turkish"], "Europe/Istanbul"),
    (&["israeli"], "Asia/Jerusalem"),
    (&["ukrainian"], "Europe/Kyiv"),
    (&["romanian"], "Europe/Bucharest"),
    (&["bulgarian"], "Europe/Sofia"),
    (&["indian"], "Asia/Kolkata"),
    (&["pakistani"], "Asia/Karachi"),
    (&["japanese"], "Asia/Tokyo"),
    (&["korean"], "Asia/Seoul"),
    (&["chinese"], "Asia/Shanghai"),
    (&["philippine"], "Asia/Manila"),
    (&["kenyan"], "Africa/Nairobi"),
    (&["nigerian"], "Africa/Lagos"),
    (&["ghanaian"], "Africa/Accra"),
    (&["south african"], "Africa/Johannesburg"),
    (&["egyptian"], "Africa/Cairo"),
    (&["colombian", "colombiana"], "America/Bogota"),
    (&["peruvian", "peruana"], "America/Lima"),
    (&["argentine", "argentinian", "argentina"], "America/Argentina/Buenos_Aires"),
    (&["chilean", "chilena"], "America/Santiago"),
    (&["venezuelan", "venezolana"], "America/Caracas"),
    (&["uruguayan", "uruguaya"], "America/Montevideo"),
    (&["bolivian", "boliviana"], "America/La_Paz"),
    (&["paraguayan", "paraguaya"], "America/Asuncion"),
    (&["guatemalan", "guatemalteca"], "America/Guatemala"),
    (&["costa rican", "costarricense"], "America/Costa_Rica"),
    (&["salvadoran", "salvadoreña"], "America/El_Salvador"),
    (&["honduran", "hondureña"], "America/Tegucigalpa"),
    (&["cuban", "cubana"], "America/Havana"),
    (&["ecuadorian", "ecuatoriana"], "America/Guayaquil"),
    (&["brazilian", "brasileira", "brasileiro"], "America/Sao_Paulo"),
    (&["mexican", "mexicana"], "America/Mexico_City"),
];

/// The zone a country's adjective names ([`DEMONYMS`]), written in any case.
fn demonym_zone(word: &str) -> Option<Zone> {
    let w = word.to_lowercase();
    DEMONYMS.iter().find(|(names, _)| names.contains(&w.as_str())).and_then(|(_, z)| super::zone_named(z).ok())
}

/// Words for "time" after a country's adjective (`Belgische tijd`, `deutscher Zeit`,
/// `svensk tid`) and before it (`ora italiana`, `hora argentina`, `heure belge`), in lower
/// case; English `time` is read with the places ([`place_time_zone`]).
const TIME_AFTER_ADJECTIVE: &[&str] = &[" zeit", " tijd", " tid"];
const TIME_BEFORE_ADJECTIVE: &[&str] = &["hora ", "ora ", "heure ", "horário ", "horario "];

/// Times said to be a country's by its adjective, in a language that puts the adjective
/// apart from English's capitalised place names: each phrase's byte range and zone.
fn demonym_time_zones(text: &str, lower: &str, out: &mut Vec<(usize, usize, Zone)>) {
    let word_before = |at: usize| {
        let head = &text[..at];
        let a = head.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| i + head[i..].chars().next().map_or(1, char::len_utf8));
        (a < at).then_some(a)
    };
    for kw in TIME_AFTER_ADJECTIVE {
        for (at, _) in lower.match_indices(kw) {
            let end = at + kw.len();
            if text[end..].starts_with(char::is_alphanumeric) {
                continue;
            }
            if let Some(z) = word_before(at).and_then(|a| Some((a, demonym_zone(&text[a..at])?))) {
                out.push((z.0, end, z.1));
            }
        }
    }
    for kw in TIME_BEFORE_ADJECTIVE {
        for (at, _) in lower.match_indices(kw) {
            let from = at + kw.len();
            if at > 0 && text[..at].ends_with(char::is_alphanumeric) || out.iter().any(|&(a, b, _)| a <= at && at < b) {
                continue;
            }
            let n = text[from..].find(|c: char| !c.is_alphabetic()).unwrap_or(text.len() - from);
            if let Some(z) = (n > 0).then(|| demonym_zone(&text[from..from + n])).flatten() {
                out.push((at, from + n, z));
            }
        }
    }
}

/// Words before a place that say "the time of" (`hora de`, `horário de`, `heure de`, `ora di`),
/// in lower case; `hora` alone too (`9:00 AM hora Colombia`).
const TIME_OF: &[&str] = &["hora de ", "hora del ", "horario de ", "horário de ", "heure de ", "heure d'", "heure du ", "ora di ", "hora "];

/// The zone a place's name gives when a time is said to be that place's: a zone city or a
/// country with one zone ([`super::zone_of_place`], the name whole), or a country whose
/// time is its capital's ([`PLACE_TIME_ALIASES`]).
fn place_time_zone(place: &str) -> Option<Zone> {
    if let Some((_, z)) = PLACE_TIME_ALIASES.iter().find(|(p, _)| *p == place) {
        return super::zone_named(z).ok();
    }
    if let Some(z) = demonym_zone(place) {
        return Some(z);
    }
    let found = super::zone_of_place(place)?;
    (found.at == (0, place.len())).then_some(found.zone)
}

/// The capitalised words (one to three, joined by single spaces) that start `text`, longest
/// first, as byte lengths.
fn capitalised_runs(text: &str) -> Vec<usize> {
    let mut ends = Vec::new();
    let mut at = 0;
    for _ in 0..3 {
        let rest = &text[at..];
        if !rest.starts_with(char::is_uppercase) {
            break;
        }
        let n = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
        ends.push(at + n);
        if !text[at + n..].starts_with(' ') {
            break;
        }
        at += n + 1;
    }
    ends.reverse();
    ends
}

/// Times said to be a place's, in words: `hora de España`, `9:00 AM hora Colombia`,
/// `horário de Brasília`, `heure de Paris`, `ora di Roma`, `London time`, `Nairobi Time`,
/// `Belgian time`, `deutscher Zeit`, `ora italiana`. Returns each phrase's byte range with its zone, in order.
pub fn place_time_zones(text: &str) -> Vec<(usize, usize, Zone)> {
    let mut out: Vec<(usize, usize, Zone)> = Vec::new();
    let lower = text.to_ascii_lowercase();
    for kw in TIME_OF {
        for (at, _) in lower.match_indices(kw) {
            let from = at + kw.len();
            if at > 0 && text[..at].ends_with(char::is_alphanumeric) || out.iter().any(|&(a, b, _)| a <= at && at < b) {
                continue;
            }
            if let Some((n, z)) = capitalised_runs(&text[from..]).into_iter().find_map(|n| Some((n, place_time_zone(&text[from..from + n])?))) {
                out.push((at, from + n, z));
            }
        }
    }
    for (at, _) in lower.match_indices(" time") {
        let end = at + " time".len();
        if text[end..].starts_with(char::is_alphanumeric) {
            continue;
        }
        // The place is the one to three capitalised words before ` time`, longest first.
        let head = &text[..at];
        let mut starts = Vec::new();
        let mut k = head.len();
        for _ in 0..3 {
            let word = &head[..k];
            let w_start = word.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| i + word[i..].chars().next().map_or(1, char::len_utf8));
            if w_start == k || !word[w_start..].starts_with(char::is_uppercase) {
                break;
            }
            starts.push(w_start);
            if w_start == 0 || !head[..w_start].ends_with(' ') {
                break;
            }
            k = w_start - 1;
        }
        starts.reverse();
        if let Some((a, z)) = starts.into_iter().find_map(|a| Some((a, place_time_zone(&head[a..])?))) {
            out.push((a, end, z));
        }
    }
    if out.is_empty() {
        demonym_time_zones(text, &lower, &mut out);
    }
    out.sort_by_key(|&(a, _, _)| a);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_adjectives() {
        let zones = |t: &str| place_time_zones(t).into_iter().map(|(a, b, z)| (t[a..b].to_owned(), crate::time::zone_name(&z))).collect::<Vec<_>>();
        let one = |p: &str, z: &str| vec![(p.to_owned(), z.to_owned())];
        assert_eq!(zones("14:00 Belgian time"), one("Belgian time", "Europe/Brussels"));
        assert_eq!(zones("14:00 South African time"), one("South African time", "Africa/Johannesburg"));
        assert_eq!(zones("14:00 Uhr deutscher Zeit"), one("deutscher Zeit", "Europe/Berlin"));
        assert_eq!(zones("19u30 Belgische tijd"), one("Belgische tijd", "Europe/Brussels"));
        assert_eq!(zones("ore 14 ora italiana"), one("ora italiana", "Europe/Rome"));
        assert_eq!(zones("14 h, hora argentina"), one("hora argentina", "America/Argentina/Buenos_Aires"));
        assert_eq!(zones("14 h, heure belge"), one("heure belge", "Europe/Brussels"));
        // Not an adjective of a country, nor a word for time.
        assert!(zones("14:00 Overtime").is_empty());
        assert!(zones("14:00 hora libre").is_empty());
        assert!(zones("14:00 Belgian waffles").is_empty());
    }

    #[test]
    fn long_names() {
        assert_eq!(zone_from_long_name("Philippine Standard Time)"), Some((24, Zone::Fixed(8 * 3600))));
        assert_eq!(zone_from_long_name("Central European Summer Time, online"), Some((28, Zone::Fixed(2 * 3600))));
        assert_eq!(zone_from_long_name("central european time"), Some((21, Zone::Fixed(3600))));
        assert_eq!(zone_from_long_name("Eastern Time (US)"), Some((12, Zone::Iana("America/New_York".into()))));
        assert_eq!(zone_from_long_name("Coordinated Universal Time"), Some((26, Zone::Utc)));
        assert_eq!(zone_from_long_name("Eastern Timetable"), None);
        assert_eq!(zone_from_long_name("Central Europe"), None);
        assert_eq!(zone_from_long_name("Philippine islands"), None);
    }
}
