//! Time-zone abbreviations people write after a time, with every meaning each has.
//!
//! Several abbreviations mean different offsets in different places: `IST` is India
//! (+05:30), Israel (+02:00) or Ireland (+01:00) Standard Time, `CST` is US Central
//! (−06:00), China (+08:00) or Cuba (−05:00). The project's rule is that an ambiguous
//! abbreviation is read from context or reported as ambiguous: [`read_abbreviation`]
//! looks for a country, a city, a demonym or a country code in the text around it and
//! picks the reading they point to; without such evidence it takes the most common
//! reading in international event listings (the one [`super::zone_from_name`] gives) and
//! says that it is ambiguous and what else it could mean.
//!
//! Each abbreviation has its readings in [`ABBREVIATIONS`], the first being its default.
//! A reading is *common* (its existence makes the abbreviation ambiguous without context:
//! Israel's `IST`) or *local* (used in its own country, rarely in international
//! listings, so taken only when the context points there, and even then reported:
//! Philippine Standard Time, officially `PST`).

use foldhash::{HashMap, HashMapExt};
use std::ops::ControlFlow;
use std::sync::OnceLock;

use super::place::Places;
use super::words::{Dictionary, Window};
use crate::model::Zone;

/// One meaning of an abbreviation.
#[derive(Debug)]
pub(super) struct Reading {
    /// What it stands for (`India Standard Time`).
    pub meaning: &'static str,
    /// Minutes east of UTC.
    pub minutes: i32,
    /// Whether it makes the abbreviation ambiguous when the context does not decide.
    pub common: bool,
    /// ISO 3166 codes of the countries where it is used.
    pub countries: &'static [&'static str],
    /// Words in the context that point to it (demonyms, regions, cities that name no zone).
    pub words: &'static [&'static str],
}

/// An abbreviation and its readings, the first being the default.
#[derive(Debug)]
pub(super) struct Abbreviation {
    /// The abbreviation in capitals.
    pub abbr: &'static str,
    /// Whether [`super::zone_from_name`] reads it (as its first reading's offset).
    pub by_name: bool,
    /// Its readings, the default first.
    pub readings: &'static [Reading],
}

/// An abbreviation with one meaning, read by `zone_from_name`.
macro_rules! one {
    ($abbr:literal, $meaning:literal, $minutes:expr) => {
        Abbreviation {
            abbr: $abbr,
            by_name: true,
            readings: &[Reading { meaning: $meaning, minutes: $minutes, common: true, countries: &[], words: &[] }],
        }
    };
}

const fn common(meaning: &'static str, minutes: i32, countries: &'static [&'static str], words: &'static [&'static str]) -> Reading {
    Reading { meaning, minutes, common: true, countries, words }
}

const fn local(meaning: &'static str, minutes: i32, countries: &'static [&'static str], words: &'static [&'static str]) -> Reading {
    Reading { meaning, minutes, common: false, countries, words }
}

const US_CENTRAL: &[&str] = &[
    "Central", "Central Time", "Central Standard Time", "Central Daylight Time", "Central America", "Texas", "Dallas",
    "Houston", "Austin", "San Antonio", "Minneapolis", "Nashville", "New Orleans", "St. Louis", "Kansas City",
    "Milwaukee", "Oklahoma", "Iowa", "Illinois", "Wisconsin", "Minnesota", "Alabama", "Louisiana", "Mississippi",
    "Tennessee", "Missouri", "Arkansas",
];
const AU_EASTERN: &[&str] = &[
    "Australian Eastern", "Sydney", "Melbourne", "Brisbane", "Canberra", "Hobart", "New South Wales", "Victoria",
    "Queensland", "Tasmania",
];
/// Where Atlantic Standard Time is used: Atlantic Canada, Bermuda and the Caribbean.
const ATLANTIC: &[&str] = &[
    "CA", "BM", "AG", "AI", "AW", "BB", "BL", "BQ", "CW", "DM", "DO", "GD", "GP", "KN", "LC", "MF", "MQ", "MS", "PR",
    "SX", "TT", "VC", "VG", "VI",
];

/// Every abbreviation runsheet knows, with its readings (the default first). The ones
/// with `by_name` are those [`super::zone_from_name`] reads, as before this table had
/// more than one reading per abbreviation; `SST`, `ECT`, `ADT` and `AMT` are known only
/// to [`read_abbreviation`].
pub(super) const ABBREVIATIONS: &[Abbreviation] = &[
    one!("UTC", "Coordinated Universal Time", 0),
    one!("GMT", "Greenwich Mean Time", 0),
    one!("Z", "Zulu time (UTC)", 0),
    one!("WET", "Western European Time", 0),
    one!("WEST", "Western European Summer Time", 60),
    Abbreviation { abbr: "BST", by_name: true, readings: &[
        common("British Summer Time", 60, &["GB", "IM", "JE", "GG"], &["British", "Edinburgh", "Manchester", "Birmingham", "Glasgow", "Cardiff", "Belfast"]),
        common("Bangladesh Standard Time", 360, &["BD"], &["Bangladeshi", "Chittagong", "Chattogram"]),
        local("Bougainville Standard Time", 660, &[], &["Bougainville"]),
    ] },
    one!("CET", "Central European Time", 60),
    one!("CEST", "Central European Summer Time", 120),
    one!("MEZ", "Mitteleuropäische Zeit (Central European Time)", 60),
    one!("MESZ", "Mitteleuropäische Sommerzeit (Central European Summer Time)", 120),
    one!("EET", "Eastern European Time", 120),
    one!("EEST", "Eastern European Summer Time", 180),
    one!("MSK", "Moscow Time", 180),
    one!("TRT", "Turkey Time", 180),
    Abbreviation { abbr: "AST", by_name: true, readings: &[
        common("Arabia Standard Time", 180, &["SA", "KW", "QA", "BH", "IQ", "YE"], &["Arabia", "Arabian", "Saudi", "Doha", "Jeddah", "Iraqi", "Qatari", "Kuwaiti", "Bahraini", "Yemeni"]),
        common("Atlantic Standard Time", -240, ATLANTIC, &["Atlantic", "Caribbean", "Nova Scotia", "New Brunswick", "Prince Edward Island", "Puerto Rican"]),
    ] },
    Abbreviation { abbr: "GST", by_name: true, readings: &[
        common("Gulf Standard Time", 240, &["AE", "OM"], &["Gulf", "Abu Dhabi", "Sharjah", "Emirati", "Omani"]),
        local("South Georgia Time", -120, &["GS"], &[]),
    ] },
    one!("PKT", "Pakistan Standard Time", 300),
    Abbreviation { abbr: "IST", by_name: true, readings: &[
        common("India Standard Time", 330, &["IN"], &["Indian", "Delhi", "New Delhi", "Mumbai", "Bengaluru", "Bangalore", "Chennai", "Hyderabad", "Pune"]),
        common("Israel Standard Time", 120, &["IL"], &["Israeli", "Tel Aviv", "Haifa"]),
        common("Irish Standard Time", 60, &["IE"], &["Irish", "Cork", "Galway"]),
    ] },
    one!("NPT", "Nepal Time", 345),
    Abbreviation { abbr: "BDT", by_name: true, readings: &[
        common("Bangladesh Time", 360, &["BD"], &["Bangladeshi"]),
        local("Brunei Darussalam Time", 480, &["BN"], &["Bruneian", "Bandar Seri Begawan"]),
    ] },
    one!("ICT", "Indochina Time", 420),
    one!("WIB", "Western Indonesia Time (Waktu Indonesia Barat)", 420),
    one!("WITA", "Central Indonesia Time (Waktu Indonesia Tengah)", 480),
    one!("WIT", "Eastern Indonesia Time (Waktu Indonesia Timur)", 540),
    one!("SGT", "Singapore Time", 480),
    one!("HKT", "Hong Kong Time", 480),
    one!("AWST", "Australian Western Standard Time", 480),
    one!("JST", "Japan Standard Time", 540),
    one!("KST", "Korea Standard Time", 540),
    one!("ACST", "Australian Central Standard Time", 570),
    one!("AEST", "Australian Eastern Standard Time", 600),
    one!("AEDT", "Australian Eastern Daylight Time", 660),
    one!("NZST", "New Zealand Standard Time", 720),
    one!("NZDT", "New Zealand Daylight Time", 780),
    one!("BRT", "Brasília Time", -180),
    one!("ART", "Argentina Time", -180),
    Abbreviation { abbr: "EST", by_name: true, readings: &[
        common("Eastern Standard Time (North America)", -300, &["US", "CA"], &["Eastern", "Eastern Time", "Eastern Standard Time"]),
        local("Australian Eastern Standard Time", 600, &[], AU_EASTERN),
    ] },
    Abbreviation { abbr: "EDT", by_name: true, readings: &[
        common("Eastern Daylight Time (North America)", -240, &["US", "CA"], &["Eastern", "Eastern Time", "Eastern Daylight Time"]),
        local("Australian Eastern Daylight Time", 660, &[], AU_EASTERN),
    ] },
    Abbreviation { abbr: "CST", by_name: true, readings: &[
        common("Central Standard Time (North America)", -360, &["US", "CA", "MX", "GT", "HN", "SV", "NI", "CR", "BZ"], US_CENTRAL),
        common("China Standard Time", 480, &["CN", "TW", "MO"], &["Chinese", "Beijing", "Shenzhen", "Guangzhou", "Hangzhou", "Wuzhen", "PRC", "Taiwanese"]),
        common("Cuba Standard Time", -300, &["CU"], &["Cuban"]),
        local("Australian Central Standard Time", 570, &[], &["Adelaide", "Darwin", "South Australia", "Northern Territory"]),
    ] },
    Abbreviation { abbr: "CDT", by_name: true, readings: &[
        common("Central Daylight Time (North America)", -300, &["US", "CA"], US_CENTRAL),
        common("Cuba Daylight Time", -240, &["CU"], &["Cuban"]),
    ] },
    Abbreviation { abbr: "MST", by_name: true, readings: &[
        common("Mountain Standard Time (North America)", -420, &["US", "CA", "MX"], &["Mountain", "Mountain Time", "Arizona", "Colorado", "Utah", "Alberta"]),
        local("Malaysia Standard Time", 480, &["MY"], &["Malaysian"]),
    ] },
    one!("MDT", "Mountain Daylight Time (North America)", -360),
    Abbreviation { abbr: "PST", by_name: true, readings: &[
        common("Pacific Standard Time (North America)", -480, &["US", "CA", "MX"], &["Pacific", "Pacific Time", "California", "San Francisco", "Seattle", "Silicon Valley", "Oregon", "British Columbia"]),
        local("Philippine Standard Time", 480, &["PH"], &["Philippine", "Filipino"]),
        local("Pakistan Standard Time", 300, &["PK"], &["Pakistani", "Islamabad", "Lahore"]),
    ] },
    one!("PDT", "Pacific Daylight Time (North America)", -420),
    one!("AKST", "Alaska Standard Time", -540),
    one!("HST", "Hawaii-Aleutian Standard Time", -600),
    one!("SAST", "South African Standard Time", 120),
    one!("WAT", "West Africa Time", 60),
    one!("CAT", "Central Africa Time", 120),
    one!("EAT", "East Africa Time", 180),
    Abbreviation { abbr: "SST", by_name: false, readings: &[
        common("Singapore Standard Time", 480, &["SG"], &["Singaporean"]),
        common("Samoa Standard Time", -660, &["AS", "UM"], &["Samoa", "Samoan"]),
    ] },
    Abbreviation { abbr: "ECT", by_name: false, readings: &[
        common("Ecuador Time", -300, &["EC"], &["Ecuadorian", "Quito"]),
        common("Eastern Caribbean Time", -240, &["AG", "DM", "GD", "KN", "LC", "VC", "MS", "AI"], &["Eastern Caribbean"]),
    ] },
    Abbreviation { abbr: "ADT", by_name: false, readings: &[
        common("Atlantic Daylight Time", -180, &["CA", "BM"], &["Atlantic", "Nova Scotia", "New Brunswick", "Prince Edward Island"]),
        local("Arabia Daylight Time (Iraq, until 2007)", 240, &["IQ"], &["Iraqi"]),
    ] },
    Abbreviation { abbr: "AMT", by_name: false, readings: &[
        common("Amazon Time", -240, &["BR"], &["Amazon", "Amazonas", "Amazonia"]),
        common("Armenia Time", 240, &["AM"], &["Armenian"]),
    ] },
];

/// Phrases that contain an evidence word but point elsewhere (`Central Europe` is not US
/// Central, `Indian Ocean` not India); as longer phrases they win over the word.
const NOT_EVIDENCE: &[&str] = &[
    "Central Europe", "Central European", "Central Asia", "Central Asian", "Central Africa", "Central African",
    "Eastern Europe", "Eastern European", "Eastern Africa", "Indian Ocean", "British Virgin Islands",
    "British Indian Ocean Territory", "Asia-Pacific", "Pacific Islands", "Gulf of Mexico", "Mountain View",
    "Amazon Web Services",
];

/// Two-capital words that are more often English words than country codes in a text in
/// capitals; not read as codes.
const NOT_CODES: &[&str] = &["IN", "MY", "AS", "DO", "IS", "IT", "AM", "BE", "TO", "NO", "ME", "OR", "ON", "AT", "BY", "IF", "OF", "SO", "UP", "WE", "HE", "GO"];

/// The offset [`super::zone_from_name`] reads for an abbreviation in capitals, in minutes.
pub(super) fn by_name(upper: &str) -> Option<i32> {
    ABBREVIATIONS.iter().find(|a| a.by_name && a.abbr == upper).map(|a| a.readings[0].minutes)
}

fn zone_of(minutes: i32) -> Zone {
    if minutes == 0 { Zone::Utc } else { Zone::Fixed(minutes * 60) }
}

/// Evidence words: each phrase with the (abbreviation, reading) pairs it points to.
fn evidence_words() -> &'static Dictionary<Vec<(usize, usize)>> {
    static WORDS: OnceLock<Dictionary<Vec<(usize, usize)>>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut by_phrase: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
        for (a, abbr) in ABBREVIATIONS.iter().enumerate() {
            for (r, reading) in abbr.readings.iter().enumerate() {
                for w in reading.words {
                    by_phrase.entry(w).or_default().push((a, r));
                }
            }
        }
        let mut d = Dictionary::default();
        for (phrase, value) in by_phrase {
            d.insert(phrase, value);
        }
        for phrase in NOT_EVIDENCE {
            d.insert(phrase, Vec::new());
        }
        d
    })
}

/// What a time-zone abbreviation was read as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AbbreviationReading {
    /// The offset it was read as (`UTC` for offset zero).
    pub zone: Zone,
    /// What it was read as standing for (`China Standard Time`).
    pub meaning: &'static str,
    /// True when the context did not settle the reading (or settled on a reading rarely
    /// meant in international listings): the caller should report it.
    pub ambiguous: bool,
    /// The other meanings it could have had, when ambiguous (`Israel Standard Time`).
    pub alternatives: Vec<&'static str>,
    /// Byte offsets, in the context, of the word that decided the reading, if one did.
    pub evidence: Option<(usize, usize)>,
}

/// Reads a time-zone abbreviation (`IST`, `CST`, `CEST`; any case) in the light of
/// `context`, the text around it (`CST (China)`, a venue line, a short proposal).
///
/// An abbreviation with one meaning gives it with `ambiguous: false`. For one with
/// several, a country or city named in the context (as [`super::zone_of_place`] reads
/// them), a demonym or region (`Chinese`, `Irish`, `Central`, `Texas`) or a two-letter
/// country code in capitals (`US`, `CN`) picks the reading; without evidence, or with
/// evidence for several readings, the default reading (what [`super::zone_from_name`]
/// gives) or the first evidenced is taken with `ambiguous: true` and the others named.
/// `None` for an unknown abbreviation.
///
/// # Example
/// ```
/// use runsheet::{model::Zone, time::read_abbreviation};
/// let r = read_abbreviation("CST", "14:00 CST (China)").unwrap();
/// assert_eq!((r.zone, r.meaning, r.ambiguous), (Zone::Fixed(8 * 3600), "China Standard Time", false));
/// let r = read_abbreviation("IST", "14:00 IST").unwrap();
/// assert!(r.ambiguous);
/// assert_eq!(r.alternatives, ["Israel Standard Time", "Irish Standard Time"]);
/// ```
pub fn read_abbreviation(abbr: &str, context: &str) -> Option<AbbreviationReading> {
    let upper = abbr.trim().to_ascii_uppercase();
    let (index, a) = ABBREVIATIONS.iter().enumerate().find(|(_, a)| a.abbr == upper)?;
    let reading = |r: usize, ambiguous: bool, alternatives: Vec<&'static str>, evidence| AbbreviationReading {
        zone: zone_of(a.readings[r].minutes),
        meaning: a.readings[r].meaning,
        ambiguous,
        alternatives,
        evidence,
    };
    if a.readings.len() == 1 {
        return Some(reading(0, false, Vec::new(), None));
    }
    let found = evidence(index, a, context);
    let hits: Vec<usize> = (0..a.readings.len()).filter(|&r| found[r].is_some()).collect();
    let commons_but = |r: usize| -> Vec<&'static str> {
        (0..a.readings.len()).filter(|&o| o != r && (o == 0 || a.readings[o].common)).map(|o| a.readings[o].meaning).collect()
    };
    Some(match hits[..] {
        [] => {
            let others = commons_but(0);
            reading(0, !others.is_empty(), others, None)
        }
        [r] if r == 0 || a.readings[r].common => reading(r, false, Vec::new(), found[r]),
        [r] => reading(r, true, commons_but(r), found[r]),
        _ => {
            let r = if found[0].is_some() {
                0
            } else {
                hits.iter().copied().min_by_key(|&r| found[r].map(|(s, _)| s)).unwrap_or(0)
            };
            let others = hits.iter().filter(|&&o| o != r).map(|&o| a.readings[o].meaning).collect();
            reading(r, true, others, found[r])
        }
    })
}

/// The first evidence in `context` for each reading of abbreviation `index`.
fn evidence(index: usize, a: &Abbreviation, context: &str) -> Vec<Option<(usize, usize)>> {
    let mut found: Vec<Option<(usize, usize)>> = vec![None; a.readings.len()];
    let mut note = |r: usize, at: (usize, usize)| {
        if found[r].is_none_or(|f| at.0 < f.0) {
            found[r] = Some(at);
        }
    };
    // Countries and cities, by the country they are in.
    Places::get().walk(context, |p| {
        for (r, reading) in a.readings.iter().enumerate() {
            if reading.countries.contains(&p.code) {
                note(r, p.at);
            }
        }
        ControlFlow::Continue(())
    });
    // Demonyms, regions and other words; country codes in capitals.
    let words = evidence_words();
    let mut w = Window::new(context, words.longest());
    while let Some(first) = w.words().front() {
        if let Some((len, value)) = words.longest_at(w.words()) {
            let at = (first.start, w.words()[len - 1].end);
            for &(_, r) in value.iter().filter(|(i, _)| *i == index) {
                note(r, at);
            }
            w.advance(len);
            continue;
        }
        let text = context.get(first.start..first.end).unwrap_or_default();
        if text.len() == 2 && first.all_caps && text.is_ascii() && !NOT_CODES.contains(&text) {
            let at = (first.start, first.end);
            for (r, reading) in a.readings.iter().enumerate() {
                if reading.countries.contains(&text) {
                    note(r, at);
                }
            }
        }
        w.advance(1);
    }
    found
}

/// Every meaning of an abbreviation (any case) with the offset it stands for, the
/// default first; empty for an unknown one. For messages that name the alternatives.
pub fn abbreviation_meanings(abbr: &str) -> Vec<(&'static str, Zone)> {
    let upper = abbr.trim().to_ascii_uppercase();
    ABBREVIATIONS
        .iter()
        .find(|a| a.abbr == upper)
        .map(|a| a.readings.iter().map(|r| (r.meaning, zone_of(r.minutes))).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One row per case: abbreviation, context, then the offset in minutes, the meaning
    /// and whether it is reported as ambiguous.
    #[test]
    fn abbreviations_in_context() {
        type Row = (&'static str, &'static str, Option<(i32, &'static str, bool)>);
        #[rustfmt::skip]
        let rows: &[Row] = &[
            ("CST", "CST (China)", Some((480, "China Standard Time", false))),
            ("CST", "09:00-10:30 CST, Beijing", Some((480, "China Standard Time", false))),
            ("CST", "Shanghai, 14:00 CST", Some((480, "China Standard Time", false))),
            ("CST", "CST", Some((-360, "Central Standard Time (North America)", true))),
            ("CST", "10:00 CST (Central)", Some((-360, "Central Standard Time (North America)", false))),
            ("CST", "Chicago, 10:00 CST", Some((-360, "Central Standard Time (North America)", false))),
            ("CST", "10:00 CST, Havana", Some((-300, "Cuba Standard Time", false))),
            ("CST", "10:00 CST (Central European colleagues welcome)", Some((-360, "Central Standard Time (North America)", true))),
            ("CST", "CST; speakers from China and the US", Some((-360, "Central Standard Time (North America)", true))),
            ("IST", "IST (India)", Some((330, "India Standard Time", false))),
            ("IST", "IST", Some((330, "India Standard Time", true))),
            ("IST", "14:00 IST, Jerusalem", Some((120, "Israel Standard Time", false))),
            ("IST", "IST (Israel)", Some((120, "Israel Standard Time", false))),
            ("IST", "Dublin, 12:00 IST", Some((60, "Irish Standard Time", false))),
            ("IST", "an Irish workshop at 12:00 IST", Some((60, "Irish Standard Time", false))),
            ("IST", "IST (Indian Ocean islands)", Some((330, "India Standard Time", true))),
            ("BST", "Dhaka, 15:00 BST", Some((360, "Bangladesh Standard Time", false))),
            ("BST", "Venue: Bangladesh. Start 15:00 BST", Some((360, "Bangladesh Standard Time", false))),
            ("BST", "15:00 BST", Some((60, "British Summer Time", true))),
            ("BST", "London, 15:00 BST", Some((60, "British Summer Time", false))),
            ("AST", "AST", Some((180, "Arabia Standard Time", true))),
            ("AST", "Riyadh, 10:00 AST", Some((180, "Arabia Standard Time", false))),
            ("AST", "San Juan, Puerto Rico 10:00 AST", Some((-240, "Atlantic Standard Time", false))),
            ("GST", "Dubai 10:00 GST", Some((240, "Gulf Standard Time", false))),
            ("GST", "10:00 GST", Some((240, "Gulf Standard Time", false))),
            ("SST", "10:00 SST", Some((480, "Singapore Standard Time", true))),
            ("SST", "Pago Pago 10:00 SST", Some((-660, "Samoa Standard Time", false))),
            ("ECT", "Quito, 10:00 ECT", Some((-300, "Ecuador Time", false))),
            ("CDT", "CDT", Some((-300, "Central Daylight Time (North America)", true))),
            ("CDT", "Havana CDT", Some((-240, "Cuba Daylight Time", false))),
            ("PST", "10:00 PST", Some((-480, "Pacific Standard Time (North America)", false))),
            ("PST", "Manila, 10:00 PST", Some((480, "Philippine Standard Time", true))),
            ("MST", "Kuala Lumpur 10:00 MST", Some((480, "Malaysia Standard Time", true))),
            ("CEST", "CEST (China)", Some((120, "Central European Summer Time", false))),
            ("EDT", "", Some((-240, "Eastern Daylight Time (North America)", false))),
            ("utc", "", Some((0, "Coordinated Universal Time", false))),
            ("XYZ", "China", None),
        ];
        for (abbr, context, want) in rows {
            let got = read_abbreviation(abbr, context).map(|r| (r.zone, r.meaning, r.ambiguous));
            let want = want.map(|(m, meaning, amb)| (zone_of(m), meaning, amb));
            assert_eq!(got, want, "{abbr} in {context:?}");
        }
    }

    #[test]
    fn evidence_and_alternatives_are_named() {
        let r = read_abbreviation("BST", "Dhaka, 15:00 BST").unwrap();
        assert_eq!(r.evidence, Some((0, 5)));
        assert!(r.alternatives.is_empty());
        let r = read_abbreviation("CST", "CST").unwrap();
        assert_eq!(r.alternatives, ["China Standard Time", "Cuba Standard Time"]);
        let r = read_abbreviation("CST", "Beijing or Chicago? 10:00 CST").unwrap();
        assert_eq!((r.meaning, r.ambiguous), ("Central Standard Time (North America)", true));
        assert_eq!(r.alternatives, ["China Standard Time"]);
        let r = read_abbreviation("PST", "Manila 10:00 PST").unwrap();
        assert_eq!(r.alternatives, ["Pacific Standard Time (North America)"]);
        let m = abbreviation_meanings("ist");
        assert_eq!(m[1], ("Israel Standard Time", Zone::Fixed(7200)));
    }

    /// `zone_from_name` reads exactly the abbreviations and offsets it read before the
    /// table learnt more readings.
    #[test]
    fn zone_from_name_reads_what_it_read_before() {
        #[rustfmt::skip]
        const BEFORE: &[(&str, i32)] = &[
            ("UTC", 0), ("GMT", 0), ("Z", 0), ("WET", 0), ("WEST", 60), ("BST", 60),
            ("CET", 60), ("CEST", 120), ("MEZ", 60), ("MESZ", 120), ("EET", 120), ("EEST", 180),
            ("MSK", 180), ("AST", 180), ("GST", 240), ("PKT", 300), ("IST", 330), ("NPT", 345),
            ("BDT", 360), ("ICT", 420), ("WIB", 420), ("SGT", 480), ("HKT", 480), ("AWST", 480),
            ("JST", 540), ("KST", 540), ("ACST", 570), ("AEST", 600), ("AEDT", 660), ("NZST", 720),
            ("NZDT", 780), ("BRT", -180), ("ART", -180), ("EST", -300), ("EDT", -240),
            ("CST", -360), ("CDT", -300), ("MST", -420), ("MDT", -360), ("PST", -480),
            ("PDT", -420), ("AKST", -540), ("HST", -600), ("SAST", 120), ("WAT", 60), ("CAT", 120),
            ("EAT", 180),
        ];
        // Learnt since, each with one reading: Turkey and Indonesia's centre and east.
        const ADDED: &[(&str, i32)] = &[("TRT", 180), ("WITA", 480), ("WIT", 540)];
        let mut now: Vec<(&str, i32)> = ABBREVIATIONS.iter().filter(|a| a.by_name).map(|a| (a.abbr, a.readings[0].minutes)).collect();
        let mut want: Vec<(&str, i32)> = BEFORE.iter().chain(ADDED).copied().collect();
        now.sort_unstable();
        want.sort_unstable();
        assert_eq!(now, want);
        for (abbr, minutes) in BEFORE {
            assert_eq!(super::super::zone_from_name(abbr), Ok(zone_of(*minutes)), "{abbr}");
            // The default reading is what zone_from_name gives.
            assert_eq!(read_abbreviation(abbr, "").map(|r| r.zone), Some(zone_of(*minutes)));
        }
        for abbr in ["SST", "ECT", "ADT", "AMT"] {
            assert!(super::super::zone_from_name(abbr).is_err(), "{abbr}");
        }
    }

    #[test]
    fn table_is_consistent() {
        for a in ABBREVIATIONS {
            assert!(a.readings[0].common, "{}", a.abbr);
            assert_eq!(ABBREVIATIONS.iter().filter(|b| b.abbr == a.abbr).count(), 1, "{}", a.abbr);
            for r in a.readings {
                assert!(r.minutes.abs() <= 14 * 60, "{}", r.meaning);
                for c in r.countries {
                    assert!(Places::get().countries.iter().any(|k| k.code == *c), "{c}");
                }
            }
        }
    }

    #[test]
    fn odd_context_never_panics() {
        for context in ["", "&", "IN", "U.S.", "\u{301}", "CN\u{301}", "北京 CST", "(((China", "ÇN", "Ⅻ", "Central"] {
            for abbr in ["CST", "IST", "", "ß", "\u{0}"] {
                if let Some(r) = read_abbreviation(abbr, context) {
                    if let Some((s, e)) = r.evidence {
                        assert!(context.is_char_boundary(s) && context.is_char_boundary(e) && s < e);
                    }
                }
            }
        }
    }
}
