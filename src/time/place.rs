//! A time zone from the name of a place: a country with one zone, or a city that names a
//! zone, as the tz database's own `iso3166.tab` and `zone.tab` list them.
//!
//! Proposals often give a venue (`Lillestrøm, Norway`, `Santiago, Chile`) and clock times
//! but no zone. The project's rule is that a zone named only by a venue is inferred and
//! reported; this module does the inferring, conservatively: a place that could be a
//! person or a word is not read, and a text naming places in different zones gives none.
//!
//! Rules (each has a test in `tests::places_people_write`):
//! - Countries are the names of `iso3166.tab` and the alternate spellings in
//!   [`COUNTRY_ALIASES`]; a country gives a zone only when `zone.tab` lists exactly one
//!   for it (France, Norway, El Salvador; not the United States, Brazil, Chile, Russia,
//!   Australia, and not Germany or Spain, whose second zones are Busingen and Ceuta).
//! - Cities are the last part of each `zone.tab` zone name with `_` as a space (`Paris`,
//!   `Buenos Aires`, `New York`), except `Antarctica/*` and `Etc/*`, plus
//!   [`CITY_ALIASES`], and the US states that lie in one zone ([`US_STATES`]). A name
//!   that is both (Panama, Singapore) is the country.
//! - Countries and zone cities of East Asia are also read in Japanese, Chinese and Korean
//!   script ([`CJK_NAMES`], as the Unicode CLDR names them in its `ja`, `zh`, `zh_Hant`
//!   and `ko` locales). Those scripts put no spaces between words, so these names are read
//!   anywhere in a run of letters (`東京千駄ヶ谷` is Tokyo), except right after a digit
//!   (`14日本日` is a day and "today", not Japan). China (two zones) is listed so that it
//!   disagrees with a zone elsewhere; in Japanese `中国` is also a region of Japan, and a
//!   text naming it gives no zone. The script alone places nothing: Korean is written in
//!   both Koreas and Chinese in several countries and abroad.
//! - Names are whole words, starting with a capital as written in the data (`paris` is
//!   not read); accents are folded (`São Paulo` = `Sao Paulo`); acronyms must be in
//!   capitals (`UK`). The longest name wins (`Papua New Guinea` over `Guinea`). The words
//!   of a name may be separated by spaces, hyphens, apostrophes, dots or brackets, not by
//!   a comma or a line end.
//! - [`STOP`] names are never read (words or people first: `Darwin`, `Phoenix`,
//!   `Georgia`, which is also a US state). A name right after `New`, `North`, `South`...
//!   ([`PREFIXES`]) is part of a longer name that is not a zone (`North Dakota`, `New
//!   Guinea`, `West London`) and is not read.
//! - [`PEOPLE`] names are also given names or surnames (`Jordan`, `Chad`, `Santiago`,
//!   `Paris`): they are read only when no capitalised word that is not a place stands
//!   right next to them, separated by spaces only (`Jordan Smith`, `Michael Jordan`,
//!   `Paris Hilton` are people; `Amman, Jordan`, `Santiago de Chile`, `in Paris` are places).
//! - The first place by position gives the zone, and every other place in the text must
//!   agree: another zone-giving place must give the same zone, and every country named
//!   must have that zone among its zones (`Santiago, Chile` is America/Santiago; `Córdoba,
//!   Spain` and `Paris, Norway` give nothing).

use foldhash::{HashMap, HashMapExt};
use std::ops::ControlFlow;
use std::sync::OnceLock;

use super::words::{Dictionary, Gap, Token, Window, phrase_key};
use crate::model::Zone;

const ISO3166: &str = include_str!("data/iso3166.tab");
const ZONE_TAB: &str = include_str!("data/zone.tab");

/// Spellings people write for countries that `iso3166.tab` names otherwise (it writes
/// `Korea (South)`, `Britain (UK)`, `Czech Republic`, `Turkey`, `Vietnam`, `East Timor`),
/// by ISO code. `US` alone is not here: in a text in capitals it is the pronoun.
pub const COUNTRY_ALIASES: &[(&str, &[&str])] = &[
    ("AE", &["UAE", "U.A.E."]),
    ("AS", &["American Samoa"]),
    ("AX", &["Åland"]),
    ("BA", &["Bosnia-Herzegovina", "Bosnia"]),
    ("BQ", &["Caribbean Netherlands", "Bonaire"]),
    ("CD", &["Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "DRC"]),
    ("CF", &["Central African Republic"]),
    ("CG", &["Republic of the Congo", "Congo-Brazzaville"]),
    ("CI", &["Ivory Coast"]),
    ("CV", &["Cabo Verde"]),
    ("CZ", &["Czechia"]),
    ("FK", &["Falklands"]),
    ("GB", &["United Kingdom", "UK", "U.K.", "Great Britain", "Britain", "England", "Scotland", "Wales", "Northern Ireland"]),
    ("KP", &["North Korea", "DPRK", "Democratic People's Republic of Korea"]),
    ("KR", &["South Korea", "Republic of Korea"]),
    ("MF", &["St Martin"]),
    ("MK", &["Macedonia"]),
    ("MM", &["Myanmar", "Burma"]),
    ("MO", &["Macao"]),
    ("NL", &["Holland"]),
    ("RU", &["Russian Federation"]),
    ("SJ", &["Svalbard"]),
    ("SX", &["St Maarten", "Sint Maarten"]),
    ("SZ", &["Eswatini", "Swaziland"]),
    ("TC", &["Turks and Caicos", "Turks and Caicos Islands"]),
    ("TF", &["French Southern Territories"]),
    ("TL", &["Timor-Leste"]),
    ("TR", &["Türkiye"]),
    ("US", &["USA", "U.S.", "U.S.A.", "United States of America"]),
    ("VC", &["St Vincent and the Grenadines"]),
    ("VG", &["British Virgin Islands", "BVI"]),
    ("VI", &["US Virgin Islands", "U.S. Virgin Islands", "USVI"]),
    ("VN", &["Viet Nam"]),
    ("WS", &["Samoa"]),
];

/// Other spellings of zone cities, by zone, and the English names of a few large towns
/// that the town list (GeoNames' own names) knows only as written locally (`Genève`).
pub const CITY_ALIASES: &[(&str, &[&str])] = &[
    ("Europe/Kyiv", &["Kiev"]),
    ("Europe/Zurich", &["Geneva", "Lucerne"]),
    ("Europe/Rome", &["Venice"]),
    ("Europe/Brussels", &["Bruges"]),
    ("Asia/Kolkata", &["Calcutta"]),
    ("Asia/Ho_Chi_Minh", &["Ho Chi Minh City", "Saigon"]),
    ("America/St_Johns", &["St John's"]),
    ("Africa/Ndjamena", &["N'Djamena"]),
    ("Atlantic/Canary", &["Canary Islands"]),
    ("Pacific/Easter", &["Easter Island"]),
    ("Pacific/Wake", &["Wake Island"]),
];

/// States of the United States that lie wholly in one zone, by the zone (`Worcester,
/// Massachusetts`): read as cities of that zone are. States split between zones (Texas,
/// Florida, Oregon…) are not here, nor Washington (also the capital, in another zone) or
/// Georgia (a country's name too).
pub const US_STATES: &[(&str, &[&str])] = &[
    (
        "America/New_York",
        &[
            "Connecticut", "Delaware", "Maine", "Maryland", "Massachusetts", "New Hampshire", "New Jersey", "North Carolina", "Ohio", "Pennsylvania",
            "Rhode Island", "South Carolina", "Vermont", "Virginia", "West Virginia",
        ],
    ),
    ("America/Chicago", &["Alabama", "Arkansas", "Illinois", "Iowa", "Louisiana", "Minnesota", "Mississippi", "Missouri", "Oklahoma", "Wisconsin"]),
    ("America/Denver", &["Colorado", "Montana", "New Mexico", "Utah", "Wyoming"]),
    ("America/Phoenix", &["Arizona"]),
    ("America/Los_Angeles", &["California"]),
    ("Pacific/Honolulu", &["Hawaii"]),
];

/// Countries (by ISO code) and zone cities (by zone) as Japanese, Chinese and Korean
/// texts write them: CLDR's territory names and exemplar cities in `ja`, `zh`, `zh_Hant`
/// and `ko`, and the short names people write (`韓国`, `한국`).
pub const CJK_NAMES: &[(&str, &[&str])] = &[
    ("JP", &["日本", "일본"]),
    ("KR", &["大韓民国", "大韓民國", "大韩民国", "대한민국", "韓国", "韓國", "韩国", "南韓", "한국"]),
    ("KP", &["北朝鮮", "朝鲜民主主义人民共和国", "北韓", "북한", "조선민주주의인민공화국"]),
    ("CN", &["中国", "中國", "중국"]),
    ("TW", &["台湾", "臺灣", "台灣", "대만"]),
    ("HK", &["香港", "홍콩"]),
    ("MO", &["澳門", "澳门", "マカオ", "마카오"]),
    ("SG", &["新加坡", "シンガポール", "싱가포르"]),
    ("Asia/Tokyo", &["東京", "东京", "도쿄"]),
    ("Asia/Seoul", &["서울", "ソウル", "首爾", "首尔"]),
    ("Asia/Pyongyang", &["平壌", "平壤", "평양"]),
    ("Asia/Shanghai", &["上海", "상하이"]),
    ("Asia/Taipei", &["台北", "臺北", "타이베이"]),
    ("Asia/Urumqi", &["ウルムチ", "乌鲁木齐", "烏魯木齊", "우루무치"]),
];

/// Names never read as places: common words, given names or surnames first (`Darwin`,
/// `Regina`, `Adelaide`, `Mendoza`, `Phoenix`, `Stanley`, `Knox`, `Dawson`, `Lindeman`,
/// `Beulah`; `Center`, `Resolute`, `Oral`, `Easter`, `Christmas`, `Wake`, `Canary`,
/// `Norfolk`, `Nome`), `Petersburg` (Indiana, but written in `St Petersburg`, Russia),
/// and `Georgia`, as often the US state as the country (`Tbilisi` still names its zone).
pub const STOP: &[&str] = &[
    "Adelaide", "Beulah", "Canary", "Center", "Christmas", "Darwin", "Dawson", "Easter", "Georgia", "Knox",
    "Lindeman", "Mendoza", "Nome", "Norfolk", "Oral", "Petersburg", "Phoenix", "Regina", "Resolute", "Stanley",
    "Wake",
];

/// Places whose names are also given names, surnames or words: read only when no
/// capitalised word (not a place) stands right next to them with only spaces between.
pub const PEOPLE: &[&str] = &[
    "Chad", "Chatham", "Chihuahua", "Cayenne", "Denver", "Guernsey", "Halifax", "Israel", "Jersey", "Jordan",
    "Kirov", "Lima", "Midway", "Montserrat", "Nassau", "Paris", "Reunion", "Samara", "Santiago", "Sofia",
    "Sydney", "Vienna", "Wales", "Wallis", "Virginia", "Montana", "Colorado",
];

/// Words that make the name after them part of a longer name (`North Dakota`, `New
/// Guinea`, `West London`); a name that starts with one (`New York`, `South Sudan`, `New
/// Jersey`) is read whole.
pub const PREFIXES: &[&str] = &[
    "New", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper",
    "Lower", "Greater",
];

/// Capitalised words that stand before a place at the start of a sentence or a label and
/// are not names (`In Paris`, `Venue Santiago`).
const NOT_NAMES: &[&str] = &[
    "in", "at", "to", "from", "near", "and", "or", "of", "the", "for", "with", "by", "on", "via", "venue", "location",
    "place", "host",
];

/// Whether a place is a country or a city.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    /// A country (or territory) of `iso3166.tab` with one zone in `zone.tab`.
    Country,
    /// A city that names a zone of `zone.tab` (`Santiago` for America/Santiago).
    City,
    /// A town of GeoNames' table, read where a venue stands (`64283 Darmstadt`).
    Town,
}

/// A zone inferred from a place named in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceZone {
    /// The zone, by its `zone.tab` name (`Europe/Oslo`).
    pub zone: Zone,
    /// Byte offsets of the place's name in the text (start, end).
    pub at: (usize, usize),
    /// The place's name as written in the text (`São Paulo`).
    pub place: String,
    /// Whether the name is a country's or a city's.
    pub kind: PlaceKind,
    /// The ISO 3166 code of the country the zone is in (`NO`); empty for a town.
    pub country: &'static str,
}

/// A country of `iso3166.tab` with its zones in `zone.tab`.
#[derive(Debug)]
pub(super) struct Country {
    pub code: &'static str,
    pub zones: Vec<&'static str>,
}

/// A city that names a zone.
#[derive(Debug)]
pub(super) struct City {
    pub zone: &'static str,
    pub code: &'static str,
}

#[derive(Debug, Clone, Copy)]
enum Target {
    Country(usize),
    City(usize),
}

#[derive(Debug, Clone, Copy)]
struct Entry {
    target: Target,
    people: bool,
}

/// The parsed tables and the dictionary of place names.
#[derive(Debug)]
pub(super) struct Places {
    pub countries: Vec<Country>,
    pub cities: Vec<City>,
    dictionary: Dictionary<Entry>,
    prefixes: Vec<String>,
    /// [`CJK_NAMES`] with what each names, longest first.
    cjk: Vec<(&'static str, Target)>,
}

/// A place found in a text: where, and what it names.
#[derive(Debug, Clone, Copy)]
pub(super) struct Found<'p> {
    pub at: (usize, usize),
    pub kind: PlaceKind,
    /// The ISO code of the country named, or of the city's country.
    pub code: &'static str,
    /// The zone the place gives, if it gives one (a city, or a country with one zone).
    pub zone: Option<&'static str>,
    /// All zones of the country named (the city's zone alone for a city).
    pub zones: &'p [&'static str],
}

fn rows(tab: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tab.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).map(|l| l.split('\t').collect())
}

impl Places {
    fn build() -> Places {
        let mut countries: Vec<Country> = Vec::new();
        let mut index: HashMap<&str, usize> = HashMap::new();
        let mut names: Vec<(&'static str, usize)> = Vec::new();
        for row in rows(ISO3166) {
            if let [code, name, ..] = row[..] {
                index.insert(code, countries.len());
                names.push((name, countries.len()));
                countries.push(Country { code, zones: Vec::new() });
            }
        }
        let mut cities = Vec::new();
        for row in rows(ZONE_TAB) {
            if let [code, _, zone, ..] = row[..] {
                if let Some(&i) = index.get(code) {
                    countries[i].zones.push(zone);
                }
                if !(zone.starts_with("Antarctica/") || zone.starts_with("Etc/")) {
                    cities.push(City { zone, code });
                }
            }
        }
        let stop: Vec<String> = STOP.iter().map(|s| phrase_key(s)).collect();
        let people: Vec<String> = PEOPLE.iter().map(|s| phrase_key(s)).collect();
        let mut dictionary = Dictionary::default();
        let mut add = |name: &str, target: Target| {
            let key = phrase_key(name);
            if !stop.contains(&key) {
                dictionary.insert(name, Entry { target, people: people.contains(&key) });
            }
        };
        // Countries first, so that a name that is both (Panama) is the country.
        for (name, i) in names {
            add(name, Target::Country(i));
        }
        for (code, aliases) in COUNTRY_ALIASES {
            if let Some(&i) = index.get(code) {
                for a in *aliases {
                    add(a, Target::Country(i));
                }
            }
        }
        for (i, city) in cities.iter().enumerate() {
            let last = city.zone.rsplit('/').next().unwrap_or(city.zone);
            add(&last.replace('_', " "), Target::City(i));
        }
        for (zone, aliases) in CITY_ALIASES.iter().chain(US_STATES) {
            if let Some(i) = cities.iter().position(|c| c.zone == *zone) {
                for a in *aliases {
                    add(a, Target::City(i));
                }
            }
        }
        let prefixes = PREFIXES.iter().map(|p| phrase_key(p)).collect();
        let mut cjk = Vec::new();
        for (key, names) in CJK_NAMES {
            let target = match index.get(key) {
                Some(&i) => Target::Country(i),
                None => match cities.iter().position(|c| c.zone == *key) {
                    Some(i) => Target::City(i),
                    None => continue,
                },
            };
            cjk.extend(names.iter().map(|n| (*n, target)));
        }
        cjk.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
        Places { countries, cities, dictionary, prefixes, cjk }
    }

    /// The tables, parsed on first use.
    pub fn get() -> &'static Places {
        static PLACES: OnceLock<Places> = OnceLock::new();
        PLACES.get_or_init(Places::build)
    }

    fn found(&self, at: (usize, usize), target: Target) -> Found<'_> {
        match target {
            Target::Country(i) => {
                let c = &self.countries[i];
                let zone = if let [z] = c.zones[..] { Some(z) } else { None };
                Found { at, kind: PlaceKind::Country, code: c.code, zone, zones: &c.zones }
            }
            Target::City(i) => {
                let c = &self.cities[i];
                Found { at, kind: PlaceKind::City, code: c.code, zone: Some(c.zone), zones: std::slice::from_ref(&c.zone) }
            }
        }
    }

    /// Calls `f` with each place read in `text`, in order, after the rules on stop words,
    /// prefixes and people's names; `f` may stop the walk.
    pub fn walk<'p>(&'p self, text: &str, mut f: impl FnMut(Found<'p>) -> ControlFlow<()>) {
        // Places in those scripts go in by position among the others.
        let cjk = self.cjk_places(text);
        let mut k = 0;
        let mut stopped = false;
        self.walk_words(text, &mut |p: Found<'p>| -> ControlFlow<()> {
            let mut flow = ControlFlow::Continue(());
            while flow.is_continue() && k < cjk.len() && cjk[k].0.0 < p.at.0 {
                flow = f(self.found(cjk[k].0, cjk[k].1));
                k += 1;
            }
            if flow.is_continue() {
                flow = f(p);
            }
            stopped = flow.is_break();
            flow
        });
        if stopped {
            return;
        }
        for &(at, target) in &cjk[k..] {
            if f(self.found(at, target)).is_break() {
                return;
            }
        }
    }

    /// The places named in Japanese, Chinese or Korean script in `text`, left to right:
    /// the longest name of [`CJK_NAMES`] at each character, not right after a digit.
    fn cjk_places(&self, text: &str) -> Vec<((usize, usize), Target)> {
        let b = text.as_bytes();
        let mut out = Vec::new();
        // Those scripts' letters (and CLDR's names) start with lead bytes 0xE3 to 0xED.
        if !b.iter().any(|x| (0xE3..=0xED).contains(x)) {
            return out;
        }
        let mut i = 0;
        while i < b.len() {
            if !(0xE3..=0xED).contains(&b[i]) || i > 0 && b[i - 1].is_ascii_digit() {
                i += 1;
                continue;
            }
            match self.cjk.iter().find(|(n, _)| text[i..].starts_with(n)) {
                Some(&(n, target)) => {
                    out.push(((i, i + n.len()), target));
                    i += n.len();
                }
                None => i += 1,
            }
        }
        out
    }

    /// [`Places::walk`] over the names written in Latin script.
    fn walk_words<'p>(&'p self, text: &str, f: &mut impl FnMut(Found<'p>) -> ControlFlow<()>) {
        let mut w = Window::new(text, self.dictionary.longest());
        // Whether the word before the current one belongs to a place name.
        let mut before_in_place = false;
        while let Some(first) = w.words().front() {
            let Some((len, entry)) = self.dictionary.longest_at(w.words()) else {
                before_in_place = false;
                w.advance(1);
                continue;
            };
            let last = &w.words()[len - 1];
            let at = (first.start, last.end);
            let after = w.words().get(len);
            let after_is_place = self.dictionary.longest_at(w.words().range(len..)).is_some();
            let before = w.before.as_ref();
            let prefixed = before.is_some_and(|b| first.gap != Gap::Break && b.capital && self.prefixes.contains(&b.key));
            let all_caps = w.words().range(..len).all(|t| t.all_caps || !t.capital);
            let person = entry.people
                && (after.is_some_and(|a| a.gap == Gap::Space && !after_is_place && name_like(a, all_caps))
                    || before.is_some_and(|b| first.gap == Gap::Space && !before_in_place && name_like(b, all_caps)));
            if !prefixed && !person && f(self.found(at, entry.target)).is_break() {
                return;
            }
            before_in_place = true;
            w.advance(len);
        }
    }
}

/// A word that may be a given name or surname next to a place: a capitalised word of
/// letters, with lower-case letters unless the place itself is written in capitals, and
/// not a word such as `In` or `Venue`.
fn name_like(t: &Token, place_in_capitals: bool) -> bool {
    t.capital
        && t.alphabetic
        && t.end - t.start > 1
        && (!t.all_caps || place_in_capitals)
        && !NOT_NAMES.contains(&t.key.as_str())
}

/// The country (ISO 3166 code) of a tz database zone, from `zone.tab`.
pub(crate) fn zone_country(zone: &str) -> Option<&'static str> {
    Places::get().cities.iter().find(|c| c.zone == zone).map(|c| c.code)
}

/// The zone named by a place in `text`: a country with one zone (`Norway` →
/// Europe/Oslo) or a city that names a zone (`Santiago` → America/Santiago).
///
/// The first such place by position is returned; `None` when there is none, or when the
/// places in the text disagree (two zones, or a city outside a country named), so that
/// the caller reports rather than guesses. See the module documentation for the rules.
///
/// # Example
/// ```
/// use runsheet::{model::Zone, time::{zone_of_place, PlaceKind}};
/// let p = zone_of_place("Venue: Lillestrøm, Norway").unwrap();
/// assert_eq!((p.zone, p.kind, p.place.as_str()), (Zone::Iana("Europe/Oslo".into()), PlaceKind::Country, "Norway"));
/// assert_eq!(zone_of_place("Jordan Smith (Norwegian)"), None);
/// ```
pub fn zone_of_place(text: &str) -> Option<PlaceZone> {
    let places = Places::get();
    let mut first: Option<Found<'_>> = None;
    let mut countries: Vec<&[&'static str]> = Vec::new();
    let mut agree = true;
    places.walk(text, |p| {
        match (p.zone, first) {
            (Some(_), None) => first = Some(p),
            (Some(z), Some(f)) if Some(z) != f.zone => agree = false,
            _ => {}
        }
        if p.kind == PlaceKind::Country && !countries.iter().any(|c| std::ptr::eq(*c, p.zones)) {
            countries.push(p.zones);
        }
        if agree { ControlFlow::Continue(()) } else { ControlFlow::Break(()) }
    });
    let first = first.filter(|_| agree)?;
    let zone = first.zone?;
    if !countries.iter().all(|zones| zones.contains(&zone)) {
        return None;
    }
    Some(PlaceZone {
        zone: Zone::Iana(zone.to_owned()),
        at: first.at,
        place: text.get(first.at.0..first.at.1).unwrap_or_default().to_owned(),
        kind: first.kind,
        country: first.code,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iana(s: &str) -> Option<Zone> {
        Some(Zone::Iana(s.to_owned()))
    }

    /// One row per case: the text, the zone inferred, the place as written and its kind.
    #[test]
    fn places_people_write() {
        use PlaceKind::{City, Country};
        type Row = (&'static str, Option<(&'static str, &'static str, PlaceKind)>);
        #[rustfmt::skip]
        let rows: &[Row] = &[
            ("El Salvador", Some(("America/El_Salvador", "El Salvador", Country))),
            ("San Salvador (El Salvador)", Some(("America/El_Salvador", "El Salvador", Country))),
            ("Paris", Some(("Europe/Paris", "Paris", City))),
            ("Venue: Paris, France", Some(("Europe/Paris", "Paris", City))),
            ("France", Some(("Europe/Paris", "France", Country))),
            // The city names the zone; Chile has four, America/Santiago among them.
            ("Santiago, Chile", Some(("America/Santiago", "Santiago", City))),
            ("Santiago de Chile", Some(("America/Santiago", "Santiago", City))),
            ("Santiago Chile", Some(("America/Santiago", "Santiago", City))),
            ("Chile", None),
            ("Lillestrøm, Norway", Some(("Europe/Oslo", "Norway", Country))),
            ("Norwegian", None),
            // Jordan is also a given name: next to a capitalised word that is not a place, a person.
            ("Jordan Smith", None),
            ("Speaker: Michael Jordan", None),
            ("Amman, Jordan", Some(("Asia/Amman", "Amman", City))),
            ("held in Jordan.", Some(("Asia/Amman", "Jordan", Country))),
            ("JORDAN SMITH", None),
            ("Santiago Amador (moderator)", None),
            // Georgia is as often the US state as the country; Tbilisi still names the zone.
            ("Georgia", None),
            ("Atlanta, Georgia", None),
            ("Tbilisi, Georgia", Some(("Asia/Tbilisi", "Tbilisi", City))),
            ("Darwin", None),
            ("Darwin, Australia", None),
            ("Phoenix", None),
            ("Regina", None),
            ("Adelaide", None),
            ("Mendoza, Argentina", None),
            ("New Jersey", Some(("America/New_York", "New Jersey", City))),
            ("North Dakota", None),
            ("Jersey City", None),
            ("St Helier, Jersey", Some(("Europe/Jersey", "Jersey", Country))),
            ("New York", Some(("America/New_York", "New York", City))),
            ("New Guinea", None),
            ("Port Moresby, Papua New Guinea", Some(("Pacific/Port_Moresby", "Port Moresby", City))),
            ("Papua New Guinea", None),
            ("São Paulo, Brazil", Some(("America/Sao_Paulo", "São Paulo", City))),
            ("Sao Paulo", Some(("America/Sao_Paulo", "Sao Paulo", City))),
            ("SÃO PAULO", Some(("America/Sao_Paulo", "SÃO PAULO", City))),
            ("Buenos Aires", Some(("America/Argentina/Buenos_Aires", "Buenos Aires", City))),
            ("New Delhi, India", Some(("Asia/Kolkata", "India", Country))),
            ("Kolkata", Some(("Asia/Kolkata", "Kolkata", City))),
            ("Riyadh, Saudi Arabia", Some(("Asia/Riyadh", "Riyadh", City))),
            // The city is named first, and now known by its English name (CITY_ALIASES).
            ("Geneva, Switzerland", Some(("Europe/Zurich", "Geneva", City))),
            ("Palais des Nations in Geneva", Some(("Europe/Zurich", "Geneva", City))),
            ("Guinea-Bissau", Some(("Africa/Bissau", "Guinea-Bissau", Country))),
            ("St. John's, Newfoundland", Some(("America/St_Johns", "St. John's", City))),
            ("Ho Chi Minh City, Vietnam", Some(("Asia/Ho_Chi_Minh", "Ho Chi Minh City", City))),
            ("Democratic Republic of the Congo", None),
            ("Chad", Some(("Africa/Ndjamena", "Chad", Country))),
            ("Chad Johnson", None),
            // A people-name place next to a capitalised word is not read, even in an event's name.
            ("Sydney Opera House", None),
            ("Paris Peace Forum", None),
            ("Côte d’Ivoire", Some(("Africa/Abidjan", "Côte d’Ivoire", Country))),
            ("Seoul, South Korea", Some(("Asia/Seoul", "Seoul", City))),
            ("Republic of Korea", Some(("Asia/Seoul", "Republic of Korea", Country))),
            ("London, UK", Some(("Europe/London", "London", City))),
            ("Edinburgh, Scotland", Some(("Europe/London", "Scotland", Country))),
            ("Join us in the Uk", None),
            ("Istanbul, Türkiye", Some(("Europe/Istanbul", "Istanbul", City))),
            ("Bosnia and Herzegovina", Some(("Europe/Sarajevo", "Bosnia and Herzegovina", Country))),
            ("Saint Lucia", Some(("America/St_Lucia", "Saint Lucia", Country))),
            ("Berlin, Germany", Some(("Europe/Berlin", "Berlin", City))),
            ("Germany", None),
            ("Worcester, Massachusetts", Some(("America/New_York", "Massachusetts", City))),
            ("Raleigh, North Carolina", Some(("America/New_York", "North Carolina", City))),
            ("Portland, Oregon", None),
            ("Virginia Woolf", None),
            ("paris", None),
            ("the United States", None),
            // Places that disagree give nothing.
            ("Córdoba, Spain", None),
            ("Tripoli, Lebanon", None),
            ("Paris, Norway", None),
            ("France and Norway", None),
            ("Canary Wharf, London", Some(("Europe/London", "London", City))),
            ("Lisbon or Madrid", None),
            ("The venue is in Oslo. Remote hubs in Nairobi and Lagos.", None),
            // Names in Japanese, Chinese and Korean script, read inside runs of letters.
            ("会場:東京千駄ヶ谷ホール", Some(("Asia/Tokyo", "東京", City))),
            ("大阪から日本を変える", Some(("Asia/Tokyo", "日本", Country))),
            ("장소: 서울시청", Some(("Asia/Seoul", "서울", City))),
            ("대한민국 부산", Some(("Asia/Seoul", "대한민국", Country))),
            ("台北國際會議中心", Some(("Asia/Taipei", "台北", City))),
            ("中国上海", Some(("Asia/Shanghai", "上海", City))),
            ("日本と韓国", None),
            ("北京, 中国", None),
            // After a digit, `日` is the day: `14日本日` is "the 14th, today".
            ("11月14日本日開催", None),
            ("", None),
        ];
        for (text, want) in rows {
            let got = zone_of_place(text);
            let got = got.as_ref().map(|p| (p.zone.clone(), p.place.as_str(), p.kind));
            let want = want.map(|(z, p, k)| (iana(z).unwrap(), p, k));
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn offsets_are_bytes_of_the_text() {
        let text = "Ort: Lillestrøm — São Paulo (Brasil)";
        let p = zone_of_place(text).unwrap();
        assert_eq!(&text[p.at.0..p.at.1], "São Paulo");
        assert_eq!((p.country, p.zone.clone()), ("BR", iana("America/Sao_Paulo").unwrap()));
    }

    #[test]
    fn single_zone_countries_follow_zone_tab() {
        let places = Places::get();
        let one = |code: &str| places.countries.iter().find(|c| c.code == code).map(|c| c.zones.len());
        for (code, n) in [("SV", 1), ("FR", 1), ("NO", 1), ("US", 29), ("BR", 16), ("CL", 4)] {
            assert_eq!(one(code), Some(n), "{code}");
        }
        for code in ["AU", "RU"] {
            assert!(one(code).unwrap() > 1);
        }
    }

    /// Every zone of zone.tab exists in jiff's bundled database under that name, so a
    /// zone inferred from a place can be resolved.
    #[test]
    fn every_zone_tab_zone_is_in_the_bundled_database() {
        for c in &Places::get().countries {
            for z in &c.zones {
                let tz = jiff::tz::TimeZone::get(z).unwrap_or_else(|_| panic!("{z} missing from jiff's tzdb"));
                assert_eq!(tz.iana_name(), Some(*z));
            }
        }
    }

    #[test]
    fn odd_input_never_panics() {
        let odd = [
            "\u{0}", "&", "&&&", "(((", "'", "É", "\u{301}", "a\u{301}", "New", "New ", "St.", "U.S", "U.S.",
            "Papua New", "\u{FEFF}Paris", "Paris\u{200D}", "🇫🇷 France", "\r\nParis\r", "北京", "ǅ", "İstanbul",
            "ﬁji", "Côte d'", "Guinea-", "-Guinea", "Bosnia &", "  ", "\u{2028}Oslo", "ß", "Ⅻ",
        ];
        for s in odd {
            let _ = zone_of_place(s);
            for t in odd {
                let both = format!("{s}{t}");
                if let Some(p) = zone_of_place(&both) {
                    assert!(both.is_char_boundary(p.at.0) && both.is_char_boundary(p.at.1));
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_any_offsets(text in "(\\PC|[ ,.'()&\\-]|Paris|New|Jersey|Saint|Lucia|Guinea|Papua|É|\u{301}){0,40}") {
            if let Some(p) = zone_of_place(&text) {
                proptest::prop_assert!(p.at.0 < p.at.1 && p.at.1 <= text.len());
                proptest::prop_assert_eq!(&text[p.at.0..p.at.1], p.place.as_str());
            }
        }
    }

    #[test]
    fn long_text_in_one_pass() {
        // 60,000 words of place names, people and prefixes: read in one pass, bounded memory.
        let text = "Paris Hilton, New Jersey, Santiago, Chile; Papua New Guinea. ".repeat(6_000);
        assert_eq!(zone_of_place(&text), None);
        let text = format!("{}Oslo", "word ".repeat(200_000));
        assert_eq!(zone_of_place(&text).map(|p| p.zone), iana("Europe/Oslo"));
    }
}
