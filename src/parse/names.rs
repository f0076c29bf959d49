//! Merging the people listed in a proposal into one [`Person`] each.
//!
//! A proposal often names someone several times (organiser and speaker, moderator and
//! organiser) and not always with the same spelling. Two listings are the same person when:
//!
//! 1. their **folded** names are equal: honorifics (`Dr.`, `Prof.`, `H.E.`, ...) dropped,
//!    `ä ö ü ß` written `ae oe ue ss`, every other letter transliterated to ASCII
//!    (`deunicode`), case and punctuation ignored — so `Kleinwächter` = `Kleinwaechter` and
//!    `PABLO CASTRO` = `Pablo Castro`; or
//! 2. they are **clear spelling variants**: both names have at least two words; the given
//!    names (first words) are equal once doubled letters are collapsed (`Ludmilla` /
//!    `Ludmila`); and the family names (last words) start with the same letter and are
//!    within one edit, or within two edits when both are at least seven letters long and
//!    share their first five (`Georgiew` / `Georgieva`, `Fassen` / `Faesen`). Middle words
//!    may be present in one listing only. Such a merge is reported with a
//!    `name-variant-merged` warning and the other spelling is kept in `aliases`.
//!
//! The person's name is the spelling first written, except that a spelling from a form
//! field with a stakeholder group (`Louk Faesen, Civil Society, WEOG`) is preferred over a
//! spelling variant from free text (`Louk Fassen, GCSC`); the other spelling is an alias.
//!
//! People who only share a given name, or only a family name, are never merged; nor are
//! the people of two numbered entries of one list (`Speaker 6:` and `Speaker 7:`), whatever
//! their names — they are listed as two people.

use foldhash::{HashMap, HashSet};
use std::collections::BTreeSet;

use crate::model::{NoteLevel, ParseNote, Person, Role, RoleRef, Span, Spanned};

use super::codes;

/// One listing of a person, before merging.
#[derive(Debug, Clone)]
pub struct Listing {
    /// The name as written here.
    pub name: Spanned<String>,
    /// The role this listing gives.
    pub role: RoleRef,
    /// Why the role was inferred (for the `role-inferred` note), when it was.
    pub inferred_because: Option<String>,
    /// Organisation, where given.
    pub affiliation: Option<String>,
    /// Stakeholder group, where given.
    pub stakeholder_group: Option<String>,
    /// Regional group, where given.
    pub regional_group: Option<String>,
    /// E-mail, where given.
    pub email: Option<String>,
    /// The numbered entry this listing comes from (`Speaker 6:` gives the list's role and 6);
    /// listings from two numbers of one list are never merged.
    pub numbered: Option<(Role, u32)>,
}

const HONORIFICS: &[&str] = &[
    "dr",
    "prof",
    "professor",
    "mr",
    "mrs",
    "ms",
    "miss",
    "sir",
    "dame",
    "he",
    "hon",
    "amb",
    "ambassador",
    "eng",
    "ing",
];

/// The folded form of a name used for matching (see the module docs).
pub fn fold(name: &str) -> String {
    let ascii: std::borrow::Cow<'_, str> = if name.is_ascii() {
        name.into()
    } else {
        let mut s = String::with_capacity(name.len());
        for c in name.chars() {
            match c {
                'ä' | 'Ä' => s.push_str("ae"),
                'ö' | 'Ö' => s.push_str("oe"),
                'ü' | 'Ü' => s.push_str("ue"),
                'ß' => s.push_str("ss"),
                _ => s.push(c),
            }
        }
        deunicode::deunicode(&s).into()
    };
    // The words (runs of ASCII letters and digits), lowercased and joined by one space, in
    // one pass over the bytes.
    let mut out = String::with_capacity(ascii.len());
    let mut words = 0;
    for w in ascii.as_bytes().split(|b| !b.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        if words > 0 {
            out.push(' ');
        }
        out.extend(w.iter().map(|b| char::from(b.to_ascii_lowercase())));
        words += 1;
    }
    // Leading honorifics go when the name has more than two words.
    if words > 2 {
        let mut cut = 0;
        while let Some(w) = out[cut..].split(' ').next().filter(|w| HONORIFICS.contains(w)) {
            cut = (cut + w.len() + 1).min(out.len());
        }
        out.drain(..cut);
    }
    out
}

fn collapse_doubles(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// How two names compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameMatch {
    /// The same name once folded.
    Same,
    /// A clear spelling variant.
    Variant,
    /// Different people.
    Different,
}

/// Compares two names by the rule in the module docs.
pub fn compare(a: &str, b: &str) -> NameMatch {
    compare_folded(&fold(a), &fold(b))
}

/// [`compare`] on names already passed through [`fold`].
fn compare_folded(fa: &str, fb: &str) -> NameMatch {
    if fa.is_empty() || fb.is_empty() {
        return NameMatch::Different;
    }
    if fa == fb {
        return NameMatch::Same;
    }
    // Most pairs are different people: two words each and the same initial of the family
    // name are needed, and cost nothing to test before the words are split.
    let last_initial = |f: &str| f.rsplit(' ').next().and_then(|w| w.chars().next());
    if !fa.contains(' ') || !fb.contains(' ') || last_initial(fa) != last_initial(fb) {
        return NameMatch::Different;
    }
    let (wa, wb): (Vec<&str>, Vec<&str>) = (fa.split(' ').collect(), fb.split(' ').collect());
    if wa.len() < 2 || wb.len() < 2 {
        return NameMatch::Different;
    }
    let (ga, gb) = (wa[0], wb[0]);
    let (la, lb) = (wa[wa.len() - 1], wb[wb.len() - 1]);
    if collapse_doubles(ga) != collapse_doubles(gb) {
        return NameMatch::Different;
    }
    // Middle words, where both have them, must agree.
    let (ma, mb) = (&wa[1..wa.len() - 1], &wb[1..wb.len() - 1]);
    if !ma.is_empty() && !mb.is_empty() && ma != mb {
        return NameMatch::Different;
    }
    if la.chars().next() != lb.chars().next() {
        return NameMatch::Different;
    }
    let d = strsim::levenshtein(la, lb);
    let common = la.chars().zip(lb.chars()).take_while(|(x, y)| x == y).count();
    let close =
        d == 0 || (d == 1 && la.len().min(lb.len()) >= 4) || (d == 2 && la.len().min(lb.len()) >= 7 && common >= 5);
    if close { NameMatch::Variant } else { NameMatch::Different }
}

/// The most people with the same variant key (given name and family initial), and the most
/// spellings of each, a listing is compared with for a spelling variant: a real proposal has a
/// handful, and a hostile list of thousands of `Anna S…` stays linear; past the limit a
/// variant is kept as a separate person. Equal names once folded always match, unless more
/// than this many namesakes before them are kept apart by numbered entries (see [`merge`]).
pub const MAX_VARIANT_CANDIDATES: usize = 16;

/// What two folded names must share to be spelling variants: the given name with doubled
/// letters collapsed and the family name's initial (see [`compare`]).
fn variant_key(folded: &str) -> Option<(String, char)> {
    let (given, rest) = folded.split_once(' ')?;
    let initial = rest.rsplit(' ').next()?.chars().next()?;
    Some((collapse_doubles(given), initial))
}

/// The people a listing can match, kept as each spelling is added, so a listing is compared
/// with a few people rather than with everyone listed before it.
#[derive(Default)]
struct Index {
    /// Each person's spellings (name and aliases) as written.
    written: Vec<HashSet<String>>,
    /// Each person's spellings, folded, each once.
    folded: Vec<Vec<String>>,
    /// People by the folded form of one of their spellings, in order of listing.
    by_fold: HashMap<String, BTreeSet<usize>>,
    /// Each person's numbered entries: at most one number per list's role.
    numbered: Vec<Vec<(Role, u32)>>,
    /// People by the variant key of one of their spellings, in order of listing.
    by_key: HashMap<(String, char), BTreeSet<usize>>,
}

impl Index {
    /// True when `person` already has the spelling `written`.
    fn holds(&self, person: usize, written: &str) -> bool {
        self.written.get(person).is_some_and(|w| w.contains(written))
    }

    /// True when a listing from `numbered` may be `person`: it is from no numbered entry, or
    /// the person holds no other number of the same list.
    fn allows(&self, person: usize, numbered: Option<(Role, u32)>) -> bool {
        let Some((role, n)) = numbered else { return true };
        self.numbered.get(person).is_none_or(|held| held.iter().all(|&(r, m)| r != role || m == n))
    }

    fn add(&mut self, person: usize, written: &str, folded: String, numbered: Option<(Role, u32)>) {
        if self.written.len() <= person {
            self.written.resize_with(person + 1, HashSet::default);
            self.folded.resize_with(person + 1, Vec::new);
            self.numbered.resize_with(person + 1, Vec::new);
        }
        if let Some((role, n)) = numbered {
            let held = &mut self.numbered[person];
            if !held.iter().any(|&(r, _)| r == role) {
                held.push((role, n));
            }
        }
        if !self.written[person].insert(written.to_owned()) {
            return;
        }
        let same = self.by_fold.entry(folded.clone()).or_default();
        if !same.insert(person) {
            return;
        }
        if let Some(key) = variant_key(&folded) {
            self.by_key.entry(key).or_default().insert(person);
        }
        self.folded[person].push(folded);
    }

    /// The first person (in order of listing) that `folded` names and that a listing from
    /// `numbered` may be, and how: the same name once folded, else a spelling variant of one
    /// of their spellings.
    fn find(&self, folded: &str, numbered: Option<(Role, u32)>) -> Option<(usize, NameMatch)> {
        if folded.is_empty() {
            return None; // nothing to match on (see `compare`)
        }
        let none = BTreeSet::new();
        let same = self.by_fold.get(folded).unwrap_or(&none);
        // The first person of the same name is the match unless a numbered entry keeps them
        // apart; past that, a few more (namesakes kept apart are a list of equal names).
        let mut candidates: Vec<usize> = same.iter().take(MAX_VARIANT_CANDIDATES + 1).copied().collect();
        if let Some(set) = variant_key(folded).and_then(|k| self.by_key.get(&k)) {
            candidates.extend(set.iter().take(MAX_VARIANT_CANDIDATES));
        }
        candidates.sort_unstable();
        candidates.dedup();
        candidates.into_iter().filter(|&i| self.allows(i, numbered)).find_map(|i| {
            if same.contains(&i) {
                return Some((i, NameMatch::Same));
            }
            let variant = self.folded[i]
                .iter()
                .take(MAX_VARIANT_CANDIDATES)
                .any(|f| compare_folded(f, folded) == NameMatch::Variant);
            variant.then_some((i, NameMatch::Variant))
        })
    }
}

/// Merges listings into people, in order of first listing, and returns the notes it made
/// (`name-variant-merged`, and `role-inferred` for each inferred role a person gained).
///
/// A listing from a numbered entry (`Speaker 7:`) never joins a person who holds another
/// number of the same list (`Speaker 6:`); it joins the first other match, or is a new person.
pub fn merge(listings: Vec<Listing>) -> (Vec<Person>, Vec<ParseNote>) {
    let mut people: Vec<Person> = Vec::new();
    let mut notes = Vec::new();
    let mut index = Index::default();
    for l in listings {
        let fl = fold(&l.name.value);
        let found = index.find(&fl, l.numbered);
        let idx = match found {
            Some((i, m)) => {
                let p = &mut people[i];
                let form_field = l.stakeholder_group.is_some() && p.stakeholder_group.is_none();
                if m == NameMatch::Variant && form_field && p.name.value != l.name.value {
                    // The form field's spelling wins; the free-text one becomes an alias.
                    let old = std::mem::replace(&mut p.name, l.name.clone());
                    p.aliases.retain(|a| a.value != l.name.value);
                    notes.push(ParseNote {
                        code: codes::NAME_VARIANT_MERGED.into(),
                        level: NoteLevel::Warning,
                        message: format!("`{}` taken to be the same person as `{}`", old.value, l.name.value),
                        span: old.span,
                    });
                    p.aliases.push(old);
                } else if !index.holds(i, &l.name.value) {
                    if m == NameMatch::Variant {
                        notes.push(ParseNote {
                            code: codes::NAME_VARIANT_MERGED.into(),
                            level: NoteLevel::Warning,
                            message: format!("`{}` taken to be the same person as `{}`", l.name.value, p.name.value),
                            span: l.name.span,
                        });
                    }
                    p.aliases.push(l.name.clone());
                }
                i
            }
            None => {
                people.push(Person::new(l.name.clone(), Vec::new()));
                people.len() - 1
            }
        };
        index.add(idx, &l.name.value, fl, l.numbered);
        let p = &mut people[idx];
        fill(&mut p.affiliation, l.affiliation);
        fill(&mut p.stakeholder_group, l.stakeholder_group);
        fill(&mut p.regional_group, l.regional_group);
        fill(&mut p.email, l.email);
        match p.roles.iter_mut().find(|r| r.role == l.role.role) {
            Some(existing) => {
                if existing.inferred && !l.role.inferred {
                    *existing = l.role;
                }
            }
            None => {
                if let Some(why) = &l.inferred_because {
                    notes.push(role_note(&l.name.value, l.role.role.label(), why, l.role.span));
                }
                p.roles.push(l.role);
            }
        }
    }
    (people, notes)
}

fn role_note(name: &str, role: &str, why: &str, span: Span) -> ParseNote {
    ParseNote {
        code: codes::ROLE_INFERRED.into(),
        level: NoteLevel::Warning,
        message: format!("no label gives {name}'s role; read as {role} because {why}"),
        span,
    }
}

fn fill(slot: &mut Option<String>, v: Option<String>) {
    if slot.is_none() {
        *slot = v;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matching_rule() {
        assert_eq!(compare("Kleinwächter", "Kleinwaechter"), NameMatch::Same);
        assert_eq!(compare("Wolfgang Kleinwächter", "Wolfgang Kleinwaechter"), NameMatch::Same);
        assert_eq!(compare("PABLO CASTRO", "Pablo Castro"), NameMatch::Same);
        assert_eq!(compare("Dr. Jane Doe", "Jane Doe"), NameMatch::Same);
        assert_eq!(compare("Ludmilla Georgiew", "Ludmila Georgieva"), NameMatch::Variant);
        assert_eq!(compare("Louk Fassen", "Louk Faesen"), NameMatch::Variant);
        assert_eq!(compare("John Hering", "John Smith"), NameMatch::Different);
        assert_eq!(compare("Maria Garcia", "Mario Garcia"), NameMatch::Different);
        assert_eq!(compare("Anna Berg", "Anna Bergman"), NameMatch::Different);
        assert_eq!(compare("Jan Neutze", "Jan Neutze"), NameMatch::Same);
        assert_eq!(compare("Alexander Klimburg", "Alexander Kaljurand"), NameMatch::Different);
    }
}
