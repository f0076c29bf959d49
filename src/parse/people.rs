//! Reading people from proposal lines: role labels (`Speaker 3:`, `Online Moderator`),
//! person entries (`Name, Stakeholder group, Regional group` or `Name, Affiliation`), lines
//! listing several people, and moderator lines marked `(Offline)` / `(Online)`.
//!
//! Names joined by `and` or `&` ([`joined`]) are one person each, but only before the entry's
//! first comma: after it, `and` is part of an organisation (`Jane Doe, Ministry of Trade and
//! Industry`). Each name keeps its own parenthesis or address (`Jane Doe (ICANN) and John Roe
//! (ISOC)`). Details after the comma or dash that ends the names (`Jane Doe and John Roe, ICANN`)
//! describe every name when none has details of its own, and only the last name otherwise; an
//! address there is the last name's. A parenthesis after the last name is that name's alone
//! (`Jane Doe and John Roe (ISOC)`) unless it starts with `both` (`(both ISOC)`).

use crate::model::Role;
use crate::source::ceil_char;

/// A role label at the start of a line and where its value begins (bytes into the line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Label {
    /// The role the label gives.
    pub role: Role,
    /// True for labels that announce a list (`Session Organizers:`, `Speakers:`).
    pub list: bool,
    /// Byte length of the label (including number and colon).
    pub len: usize,
    /// The number of a numbered entry (`Speaker 6:` gives 6); `None` without one, or when it
    /// is too large to be an entry's number.
    pub number: Option<u32>,
}

const LABELS: &[(&str, Role, bool)] = &[
    ("additional resource persons", Role::ResourcePerson, true),
    ("additional resource person", Role::ResourcePerson, true),
    ("resource persons", Role::ResourcePerson, true),
    ("resource person", Role::ResourcePerson, false),
    ("organizer(s)", Role::Organizer, true),
    ("organiser(s)", Role::Organizer, true),
    ("session organizer", Role::Organizer, false),
    ("session organiser", Role::Organizer, false),
    ("session organizers", Role::Organizer, true),
    ("session organisers", Role::Organizer, true),
    ("co-organizers", Role::Organizer, true),
    ("co-organisers", Role::Organizer, true),
    ("co-organizer", Role::Organizer, false),
    ("co-organiser", Role::Organizer, false),
    ("organizers", Role::Organizer, true),
    ("organisers", Role::Organizer, true),
    ("organizer", Role::Organizer, false),
    ("organiser", Role::Organizer, false),
    ("onsite moderators", Role::OnsiteModerator, true),
    ("onsite moderator", Role::OnsiteModerator, false),
    ("on-site moderator", Role::OnsiteModerator, false),
    ("on site moderator", Role::OnsiteModerator, false),
    ("in-person moderator", Role::OnsiteModerator, false),
    ("offline moderator", Role::OnsiteModerator, false),
    ("online moderators", Role::OnlineModerator, true),
    ("online moderator", Role::OnlineModerator, false),
    ("remote moderator", Role::OnlineModerator, false),
    ("chair/moderator", Role::Moderator, false),
    ("moderator/chair", Role::Moderator, false),
    ("co-moderators", Role::Moderator, true),
    ("co-moderator", Role::Moderator, false),
    ("chairs", Role::Moderator, true),
    ("chair", Role::Moderator, false),
    ("moderators", Role::Moderator, true),
    ("moderator(s)", Role::Moderator, true),
    ("moderator", Role::Moderator, false),
    ("moderated by", Role::Moderator, false),
    ("facilitators", Role::Moderator, true),
    ("facilitator", Role::Moderator, false),
    ("rapporteur/notetaker", Role::Rapporteur, false),
    ("rapporteur/note taker", Role::Rapporteur, false),
    ("notetaker", Role::Rapporteur, false),
    ("note taker", Role::Rapporteur, false),
    ("rapporteurs", Role::Rapporteur, true),
    ("rapporteur(s)", Role::Rapporteur, true),
    ("rapporteur", Role::Rapporteur, false),
    ("speakers", Role::Speaker, true),
    ("speaker(s)", Role::Speaker, true),
    ("speaker", Role::Speaker, false),
    ("panelists", Role::Speaker, true),
    ("panellists", Role::Speaker, true),
    ("panelist", Role::Speaker, false),
    ("panellist", Role::Speaker, false),
    ("key participants", Role::Speaker, true),
    ("discussants", Role::Speaker, true),
    ("presenters", Role::Speaker, true),
    ("presenter", Role::Speaker, false),
    ("lightning talk speaker", Role::Speaker, false),
];

/// Reads a role label at the start of `line` (already trimmed). Without a colon the label
/// must stand alone on the line (`Online Moderator`); a number may follow (`Speaker 2:`).
pub fn label(line: &str) -> Option<Label> {
    // A list marker before the label (`- Rapporteur: ...`) belongs to the label.
    let body = line.trim_start_matches(['-', '*', '•', '–', '·']).trim_start();
    let lead = line.len() - body.len();
    if let Some(l) = long_label(body) {
        return Some(Label { len: l.len + lead, ..l });
    }
    // Every label starts with a letter: the first one rules out most labels at one byte.
    let first = body.as_bytes().first()?.to_ascii_lowercase();
    for &(text, role, list) in LABELS {
        if text.as_bytes()[0] != first || !body.get(..text.len()).is_some_and(|p| p.eq_ignore_ascii_case(text)) {
            continue;
        }
        let mut rest = &body[text.len()..];
        let mut numbered = false;
        let mut number = None;
        let t = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '#');
        let digits = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        if digits > 0 {
            number = t[..digits].parse().ok();
            rest = &t[digits..];
            numbered = true;
            // `Speaker 2b:`, an entry slipped in between two numbers: numbered, but by no
            // number of the list's own (so it is never taken for entry 2).
            let b = rest.as_bytes();
            if b.first().is_some_and(u8::is_ascii_lowercase) && rest[1..].trim_start().starts_with([':', '：']) {
                rest = &rest[1..];
                number = None;
            }
        }
        let after_ws = rest.trim_start();
        let after_sep = after_ws.strip_prefix([':', '：']).or_else(|| {
            after_ws
                .strip_prefix("- ")
                .or_else(|| after_ws.strip_prefix("– "))
                .filter(|_| rest.starts_with(char::is_whitespace))
        });
        if let Some(after) = after_sep {
            let len = line.len() - after.len();
            return Some(Label { role, list: list && !numbered, len, number });
        }
        if after_ws.is_empty() {
            return Some(Label { role, list: list && !numbered, len: line.len(), number });
        }
        if rest.starts_with(|c: char| c.is_alphanumeric()) {
            continue;
        }
        // `Speaker 2 Name, ...` without a colon, after a number.
        if numbered && rest.starts_with(char::is_whitespace) {
            return Some(Label { role, list: false, len: line.len() - after_ws.len(), number });
        }
    }
    None
}

/// Labels that run on before their colon, as in IGF report forms: `List of speakers and
/// their institutional affiliations (Indicate ...):`.
fn long_label(body: &str) -> Option<Label> {
    const LONG: &[(&str, Role)] = &[("list of speakers", Role::Speaker), ("list of organizers", Role::Organizer)];
    for &(text, role) in LONG {
        if body.get(..text.len()).is_some_and(|p| p.eq_ignore_ascii_case(text)) {
            let colon = body.find(':').filter(|&c| c < 250)?;
            return Some(Label { role, list: true, len: colon + 1, number: None });
        }
    }
    None
}

const STAKEHOLDERS: &[&str] = &[
    "civil society",
    "private sector",
    "government",
    "intergovernmental organization",
    "intergovernmental organisation",
    "technical community",
    "academia",
    "academic community",
    "parliament",
    "youth",
];

/// True when `s` names an IGF stakeholder group.
pub fn is_stakeholder(s: &str) -> bool {
    // The list is ASCII and lowercase: compared without a lowercased copy.
    let t = s.trim();
    STAKEHOLDERS.iter().any(|k| k.eq_ignore_ascii_case(t))
}

/// True when `s` names a UN regional group.
pub fn is_regional(s: &str) -> bool {
    let t = s.trim();
    // The keys are ASCII and lowercase: ASCII text is compared without a lowercased copy;
    // other text is lowercased first (a few letters, such as the Kelvin sign, lowercase to
    // ASCII ones).
    let lowered;
    let t = if t.is_ascii() {
        t
    } else {
        lowered = t.to_lowercase();
        lowered.as_str()
    };
    let ends = |k: &str| t.len() >= k.len() && t.as_bytes()[t.len() - k.len()..].eq_ignore_ascii_case(k.as_bytes());
    contains_ignore_ascii_case(t, "weog")
        || contains_ignore_ascii_case(t, "grulac")
        || (ends("group") || ends("group)"))
            && ["african", "asia", "eastern european", "latin american", "western european"]
                .iter()
                .any(|k| contains_ignore_ascii_case(t, k))
        || t.eq_ignore_ascii_case("intergovernmental organization")
        || t.eq_ignore_ascii_case("intergovernmental organisation")
}

/// True when `needle` (ASCII, lowercase) occurs in `hay`, ignoring ASCII case.
fn contains_ignore_ascii_case(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else { return true };
    // Only where the first letter stands, in either case.
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), h).any(|i| h.get(i..i + n.len()).is_some_and(|w| w.eq_ignore_ascii_case(n)))
}

const PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "da", "del", "della", "di", "du", "le", "la", "bin", "binti", "al", "el", "dos",
    "das", "do", "y", "ten", "ter", "zu", "e", "ibn", "st.", "mac", "ben",
];

const ORG_WORDS: &[&str] = &[
    "institute",
    "ministry",
    "commission",
    "university",
    "foundation",
    "centre",
    "center",
    "council",
    "group",
    "association",
    "society",
    "organization",
    "organisation",
    "agency",
    "department",
    "office",
    "network",
    "forum",
    "inc",
    "ltd",
    "llc",
    "corporation",
    "company",
    "union",
    "school",
    "committee",
    "government",
    "initiative",
    "alliance",
    "coalition",
    "lab",
    "labs",
    "trust",
    "partners",
    "sector",
    "community",
    "authority",
    "federation",
    "nations",
    "bank",
    "programme",
    "program",
    "project",
    "charter",
    "global",
    "international",
    "digital",
    "internet",
    "tbc",
    "tbd",
    "online",
    "onsite",
    "policy",
    "questions",
    "question",
    "session",
    "workshop",
    "panel",
];

const HONORIFICS: &[&str] = &["dr.", "dr", "prof.", "prof", "mr.", "mr", "ms.", "ms", "mrs.", "mrs", "h.e.", "amb."];

/// True when `s` looks like a personal name: two to six words, each capitalised (or in a
/// script without case, such as Hebrew or Arabic, or a name particle such as `von`), no
/// digits or organisation words.
pub fn name_like(s: &str) -> bool {
    let s = s.trim();
    let refused = |b: &u8| {
        matches!(b, b'0'..=b'9' | b'/' | b':' | b';' | b'@' | b'(' | b')' | b'[' | b']' | b'|' | b'&' | b'+' | b'=' | b'?' | b'!' | b'"')
    };
    if s.is_empty() || s.len() > 80 || s.as_bytes().iter().any(refused) {
        return false;
    }
    // The word lists are ASCII and lowercase, so an ASCII case-insensitive comparison
    // matches what lowercasing each word would, without a copy per word.
    let listed = |list: &[&str], w: &str| list.iter().any(|l| l.eq_ignore_ascii_case(w));
    let words = || s.split_whitespace().skip_while(|w| listed(HONORIFICS, w));
    let count = words().take(7).count();
    if !(2..=6).contains(&count) {
        return false;
    }
    let mut capitals = 0;
    for w in words() {
        if listed(ORG_WORDS, w.trim_matches(|c: char| !c.is_alphanumeric())) {
            return false;
        }
        if listed(PARTICLES, w) {
            continue;
        }
        let first = w.chars().next().unwrap_or(' ');
        // Scripts without case (Hebrew, Arabic, CJK, Devanagari, ...) count as capitalised.
        let caseless = first.is_alphabetic() && !first.is_lowercase() && !first.is_uppercase();
        if !first.is_uppercase() && !caseless {
            return false;
        }
        capitals += 1;
    }
    capitals >= 2 || (capitals == 1 && count >= 2)
}

/// A person entry read from text, with byte ranges relative to the text it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Bytes of the name.
    pub name: (usize, usize),
    /// Organisation.
    pub affiliation: Option<String>,
    /// Stakeholder group.
    pub stakeholder_group: Option<String>,
    /// Regional group.
    pub regional_group: Option<String>,
    /// E-mail.
    pub email: Option<String>,
    /// True when a stakeholder or regional group was given (a strong sign of a person entry).
    pub grouped: bool,
}

/// Splits `text` on `sep` into trimmed parts with their byte ranges.
pub fn parts(text: &str, sep: char) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), sep))) {
        if c == sep {
            let raw = &text[start..i];
            let lead = raw.len() - raw.trim_start().len();
            let t = raw.trim();
            if !t.is_empty() {
                out.push((start + lead, start + lead + t.len()));
            }
            start = i + c.len_utf8();
        }
    }
    out
}

fn clean_value(s: &str) -> Option<String> {
    let t = s.trim().trim_end_matches([',', ';', '.']).trim();
    if t.is_empty() {
        return None;
    }
    // Already single-spaced (the usual case): no need to split and join.
    let single = !t.contains("  ") && !t.contains(|c: char| c.is_whitespace() && c != ' ');
    Some(if single { t.to_owned() } else { t.split_whitespace().collect::<Vec<_>>().join(" ") })
}

/// Reads one person entry: `Name, Stakeholder group, Regional group`, `Name, Affiliation`,
/// `Name (Affiliation)`, `Name - Affiliation`, `Name | Affiliation`, `Name <email>`.
/// Returns `None` when the text does not start with a personal name.
pub fn entry(text: &str) -> Option<Entry> {
    let lead = text.len() - text.trim_start().len();
    let t = text.trim();
    let t = t.trim_start_matches(['-', '*', '•', '–', '·']).trim_start();
    let lead = lead + (text.trim().len() - t.len());
    let mut email = None;
    let cut;
    let mut body = t;
    // Where an address was cut out: the text before it ends at byte `.0` of `body`, and what
    // follows (after one space) stood at byte `.1` of `t`.
    let mut removed = None;
    if let Some(open) = body.find('<') {
        if let Some(close) = body[open..].find('>') {
            let e = &body[open + 1..open + close];
            if e.contains('@') {
                email = Some(e.trim().to_owned());
                let before = body[..open].trim_end();
                let after = body[open + close + 1..].trim_start();
                // `Name <address>, Group, Region` or `Name <address> (Org)`: what follows
                // the address is read too; other text after it is left out.
                if after.starts_with([',', '(', '-', '–', '—', '|']) {
                    cut = format!("{before} {after}");
                    body = cut.as_str();
                    removed = Some((before.len(), t.len() - after.len()));
                } else {
                    body = before;
                }
            }
        }
    }
    // The name's bytes in `text`, from its bytes in `body`; `None` when it would take in the
    // address (`Jane <jane@example.org> - Doe`).
    let place = |a: usize, b: usize| -> Option<(usize, usize)> {
        match removed {
            Some((end, resume)) if a > end => Some((lead + a - end - 1 + resume, lead + b - end - 1 + resume)),
            Some((end, _)) if b > end => None,
            _ => Some((lead + a, lead + b)),
        }
    };
    // `Name (Affiliation)` and `Name - Affiliation` / `Name | Affiliation` / `Name – Affiliation`.
    // A name is at most 80 bytes, so only the start of a long line is searched.
    let window = name_window(body);
    const SEPARATORS: [&str; 5] = [" (", " - ", " – ", " — ", " | "];
    // Where each separator first occurs; every one starts with a space, so only the
    // spaces of the window are looked at.
    let mut first = [None; SEPARATORS.len()];
    for at in memchr::memchr_iter(b' ', window.as_bytes()) {
        for (slot, sep) in first.iter_mut().zip(SEPARATORS) {
            if slot.is_none() && window[at..].starts_with(sep) {
                *slot = Some(at);
            }
        }
    }
    for (sep, at) in SEPARATORS.into_iter().zip(first) {
        if let Some(at) = at {
            let before = &body[..at];
            let name = before.trim();
            if name_like(name) && !name.contains(',') {
                let aff = &body[at + sep.len()..];
                // `Name (Org), Group, Region`: the parenthesis, then any further parts.
                let joined;
                let aff = match (sep, aff.find(')')) {
                    (" (", Some(close)) => {
                        let tail = aff[close + 1..].trim_start_matches([',', ' ']);
                        joined = if tail.is_empty() {
                            aff[..close].to_owned()
                        } else {
                            format!("{}, {tail}", &aff[..close])
                        };
                        joined.as_str()
                    }
                    _ => aff,
                };
                let mut e = groups(aff);
                // Only an address cut out before it leaves space before the name.
                let start = before.len() - before.trim_start().len();
                e.name = place(start, start + name.len())?;
                e.email = email;
                return Some(e);
            }
        }
    }
    // The first non-empty comma-separated part is the name.
    let (mut n0, mut n1) = (0, 0);
    for part in body.split(',') {
        let start = part.as_ptr() as usize - body.as_ptr() as usize;
        let lead = part.len() - part.trim_start().len();
        let t = part.trim();
        if !t.is_empty() {
            (n0, n1) = (start + lead, start + lead + t.len());
            break;
        }
    }
    let name = &body[n0..n1];
    if name.is_empty() || !name_like(name) {
        return None;
    }
    let rest = body[n1..].find(',').map_or("", |c| {
        let after = &body[n1 + c + 1..];
        // The next non-empty part and all after it, as `parts` would have started it.
        let skip = after.find(|ch: char| !ch.is_whitespace() && ch != ',').unwrap_or(after.len());
        &after[skip..]
    });
    let mut e = groups(rest);
    e.name = place(n0, n1)?;
    e.email = email;
    Some(e)
}

/// The start of `body` in which a separator can still end a name: past the first
/// non-space character after byte 80 the name before it would be too long.
fn name_window(body: &str) -> &str {
    let cut = ceil_char(body, 81);
    let rest = &body[cut..];
    let end = ceil_char(body, cut + (rest.len() - rest.trim_start().len()) + 5); // the longest separator
    &body[..end]
}

/// Reads the person or people at the start of `text`: names joined by `and` or `&` give one
/// entry each (see [`joined`]), anything else the one entry [`entry`] reads. `None` when the
/// text does not start with a personal name.
pub fn entries(text: &str) -> Option<Vec<Entry>> {
    match joined(text) {
        Some(es) => Some(es),
        None => entry(text).map(|e| vec![e]),
    }
}

/// Reads names joined by `and` or `&` before an entry's first comma (`Jane Doe and John Roe,
/// ICANN`) as one entry per name, by the rules in the module docs; `None` unless every joined
/// part reads as a person's entry.
pub fn joined(text: &str) -> Option<Vec<Entry>> {
    let b = text.as_bytes();
    // The joints, and where the names end and their shared details start.
    let mut joints: Vec<(usize, usize)> = Vec::new();
    let (mut end, mut details) = (b.len(), b.len());
    let mut depth = 0u32;
    let mut i = 0;
    'scan: while i < b.len() {
        match b[i] {
            b'(' | b'[' | b'<' => depth += 1,
            b')' | b']' | b'>' => depth = depth.saturating_sub(1),
            // Several entries on one line are the business of `several`.
            b';' | b'/' if depth == 0 => return None,
            b',' if depth == 0 => {
                (end, details) = (i, i + 1);
                break;
            }
            b' ' if depth == 0 => {
                let rest = &text[i..];
                for joint in [" and ", " & "] {
                    if rest.starts_with(joint) {
                        joints.push((i, i + joint.len()));
                        i += joint.len();
                        continue 'scan;
                    }
                }
                for sep in [" - ", " – ", " — ", " | "] {
                    if rest.starts_with(sep) {
                        (end, details) = (i, i + sep.len());
                        break 'scan;
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    if joints.is_empty() {
        return None;
    }
    let mut starts = vec![0];
    starts.extend(joints.iter().map(|j| j.1));
    let mut ends: Vec<usize> = joints.iter().map(|j| j.0).collect();
    ends.push(end);
    let last = starts.len() - 1;
    let mut out = Vec::with_capacity(starts.len());
    let mut both = false;
    for (k, (&a, &z)) in starts.iter().zip(&ends).enumerate() {
        let part = text.get(a..z).unwrap_or("");
        if part.trim().is_empty() {
            return None;
        }
        let mut e = if k == last {
            // `John Roe (both ISOC)`: the word is dropped, the organisation shared.
            match strip_both_in_parens(part) {
                Some(plain) => {
                    both = true;
                    entry(&plain)?
                }
                None => entry(part)?,
            }
        } else {
            entry(part)?
        };
        e.name = (a + e.name.0, a + e.name.1);
        out.push(e);
    }
    let own =
        out.iter().any(|e| e.affiliation.is_some() || e.stakeholder_group.is_some() || e.regional_group.is_some());
    let tail = &text[details.min(text.len())..];
    let mut shared = both;
    if !tail.trim().is_empty() {
        let mut d = groups(tail);
        if let Some(a) = d.affiliation.as_deref().and_then(strip_both) {
            d.affiliation = clean_value(a);
            shared = true;
        }
        shared |= !own;
        let e = &mut out[last];
        fill(&mut e.affiliation, d.affiliation);
        fill(&mut e.stakeholder_group, d.stakeholder_group);
        fill(&mut e.regional_group, d.regional_group);
        fill(&mut e.email, d.email);
        e.grouped |= d.grouped;
    }
    if shared {
        let from = out[last].clone();
        for e in &mut out[..last] {
            fill(&mut e.affiliation, from.affiliation.clone());
            fill(&mut e.stakeholder_group, from.stakeholder_group.clone());
            fill(&mut e.regional_group, from.regional_group.clone());
            e.grouped |= from.grouped;
        }
    }
    Some(out)
}

/// `text` without a leading `both` (`both ISOC`, `both from ISOC`) or `all from`, when it
/// has one. (`All` alone starts organisations' names: `All India Radio`.)
fn strip_both(text: &str) -> Option<&str> {
    let t = text.trim_start();
    let starts = |s: &str, w: &str| s.get(..w.len()).is_some_and(|p| p.eq_ignore_ascii_case(w));
    let rest = if starts(t, "both ") {
        let r = t[5..].trim_start();
        ["from ", "of ", "at "].into_iter().find(|w| starts(r, w)).map_or(r, |w| r[w.len()..].trim_start())
    } else if starts(t, "all from ") {
        t[9..].trim_start()
    } else {
        return None;
    };
    (!rest.is_empty()).then_some(rest)
}

/// `Name (both Org)` as `Name (Org)`, keeping the bytes before the parenthesis where they
/// were; `None` when the part has no such parenthesis.
fn strip_both_in_parens(part: &str) -> Option<String> {
    let open = part.find(" (")? + 2;
    let inner = strip_both(&part[open..])?;
    Some(format!("{}{inner}", &part[..open]))
}

/// Sets `slot` to `v` when it is empty.
fn fill(slot: &mut Option<String>, v: Option<String>) {
    if slot.is_none() {
        *slot = v;
    }
}

/// Splits `text` on `sep` into byte ranges of one entry each, when that gives two or more
/// parts and every part reads as a person ([`entries`]); `None` otherwise.
pub fn separated(text: &str, sep: char) -> Option<Vec<(usize, usize)>> {
    let ps = parts(text, sep);
    (ps.len() >= 2 && ps.iter().all(|&(a, b)| entries(&text[a..b]).is_some())).then_some(ps)
}

fn groups(rest: &str) -> Entry {
    let ps: Vec<&str> = parts(rest, ',').into_iter().map(|(a, b)| &rest[a..b]).collect();
    let mut e = Entry {
        name: (0, 0),
        affiliation: None,
        stakeholder_group: None,
        regional_group: None,
        email: None,
        grouped: false,
    };
    let mut other = Vec::new();
    let mut i = 0;
    while i < ps.len() {
        let p = ps[i];
        if e.stakeholder_group.is_none() && is_stakeholder(p) && e.regional_group.is_none() {
            e.stakeholder_group = clean_value(p);
            e.grouped = true;
            // The part after a stakeholder group is the regional group (IGF forms).
            if let Some(next) = ps.get(i + 1) {
                if is_regional(next) || is_stakeholder(next) {
                    e.regional_group = clean_value(next);
                    i += 1;
                }
            }
        } else if e.regional_group.is_none() && is_regional(p) && !is_stakeholder(p) {
            e.regional_group = clean_value(p);
            e.grouped = true;
        } else if p.contains('@') && !p.contains(' ') {
            e.email = Some(p.to_owned());
        } else {
            other.push(p);
        }
        i += 1;
    }
    if !other.is_empty() {
        e.affiliation = clean_value(&other.join(", "));
    }
    e
}

/// Splits a line naming several people, `A, Org A, B, Org B` or `A (Org); B (Org)`, into
/// byte ranges of one entry each (an entry may still name people joined by `and`, see
/// [`entries`]); `None` when it does not clearly hold several.
pub fn several(text: &str) -> Option<Vec<(usize, usize)>> {
    for sep in [';', '/'] {
        if let Some(ps) = separated(text, sep) {
            return Some(ps);
        }
    }
    // `A (Org), B (Org), C (Org)`: split on commas outside parentheses.
    let outside = parts_outside_parens(text);
    if outside.len() >= 2 && outside.iter().all(|&(a, b)| text[a..b].ends_with(')') && entries(&text[a..b]).is_some())
    {
        return Some(outside);
    }
    let ps = parts(text, ',');
    if ps.len() < 3 {
        return None;
    }
    // A new person starts at every name-like part; other parts belong to the one before.
    // Names joined by `and` start one only in first place: after a comma, `and` belongs to an
    // organisation's name.
    let mut groups: Vec<(usize, usize)> = Vec::new();
    for &(a, b) in &ps {
        let p = &text[a..b];
        if (name_like(p) || (groups.is_empty() && joined(p).is_some())) && !is_stakeholder(p) {
            groups.push((a, b));
        } else if let Some(last) = groups.last_mut() {
            last.1 = b;
        } else {
            return None;
        }
    }
    (groups.len() >= 2).then_some(groups)
}

/// Comma-separated parts of `text`, ignoring commas inside parentheses.
fn parts_outside_parens(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ','))) {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            ',' | ';' if depth <= 0 => {
                let raw = &text[start..i];
                let lead = raw.len() - raw.trim_start().len();
                if !raw.trim().is_empty() {
                    out.push((start + lead, start + lead + raw.trim().len()));
                }
                start = i + c.len_utf8();
                depth = 0;
            }
            _ => {}
        }
    }
    out
}

/// Where a moderator line says the person is: `(Offline)`, `(Onsite)`, `(Online)`, `(Remote)`.
pub fn place_marker(text: &str) -> Option<(Role, usize)> {
    let t = text.trim_end();
    let open = t.rfind('(')?;
    let inner = t[open + 1..].strip_suffix(')')?.trim().to_lowercase();
    let role = match inner.as_str() {
        "offline" | "onsite" | "on-site" | "on site" | "in person" | "in-person" | "in the room" => {
            Role::OnsiteModerator
        }
        "online" | "remote" | "virtual" => Role::OnlineModerator,
        _ => return None,
    };
    Some((role, open))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regional_groups_in_any_case_and_script() {
        for yes in [
            "Western European and Others Group (WEOG)",
            "  eastern european group ",
            "GRULAC",
            "Asia-Pacific Group",
            "African Group)",
            "Intergovernmental Organisation",
            "Groupe des États d'Europe occidentale (weog)",
            "ÉTATS D'ASIE-PACIFIQUE, Asia-Pacific GROUP",
        ] {
            assert!(is_regional(yes), "{yes}");
        }
        for no in ["Civil Society", "Asia-Pacific", "Study group", "Private Sector", "Gruppe Afrika", "é"] {
            assert!(!is_regional(no), "{no}");
        }
    }

    #[test]
    fn joined_names_and_what_is_not_a_joint() {
        let names =
            |t: &str| joined(t).map(|es| es.iter().map(|e| t[e.name.0..e.name.1].to_owned()).collect::<Vec<_>>());
        assert_eq!(names("Jane Doe and John Roe").unwrap(), ["Jane Doe", "John Roe"]);
        let three = names("- Jane Doe & John Roe and Max Mustermann").unwrap();
        assert_eq!(three, ["Jane Doe", "John Roe", "Max Mustermann"]);
        assert_eq!(names("Jane Doe <jane@example.org> and John Roe, ICANN").unwrap(), ["Jane Doe", "John Roe"]);
        // Joints that touch, or stand at either end, join nothing (and do not panic).
        for no in [
            "Jane Doe and & John Roe",
            "Jane Doe & and John Roe",
            "and John Roe",
            " and John Roe",
            "Jane Doe and ",
            "Jane Doe and - ISOC",
            "Jane Doe and  and John Roe",
            "Ministry of Trade and Industry",
            "Jane Doe, Procter and Gamble Europe",
            "Jane Doe (Trade and Industry)",
            "Jane Doe; John Roe and Max Mustermann",
            "Jane Doe and Max",
            "é and é",
        ] {
            assert_eq!(names(no), None, "{no}");
        }
    }

    #[test]
    fn an_address_keeps_what_follows_it() {
        let e = entry("Jane Doe <jane@example.org>, Civil Society, African Group").unwrap();
        assert_eq!((e.name, e.email.as_deref()), ((0, 8), Some("jane@example.org")));
        let groups = (e.stakeholder_group.as_deref(), e.regional_group.as_deref());
        assert_eq!(groups, (Some("Civil Society"), Some("African Group")));
        // The name's bytes are those of the text, also after an address.
        let t = "<jane@example.org>, Jane Doe, ICANN";
        let e = entry(t).unwrap();
        assert_eq!((&t[e.name.0..e.name.1], e.affiliation.as_deref()), ("Jane Doe", Some("ICANN")));
        // Text after an address that is not a separator is left out, as before.
        let e = entry("Jane Doe <jane@example.org> ICANN").unwrap();
        assert_eq!((e.name, e.affiliation), ((0, 8), None));
        // A name around the address is no name.
        assert_eq!(entry("Jane <jane@example.org> - Doe"), None);
    }
}
