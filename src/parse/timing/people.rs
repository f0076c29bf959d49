//! The people on in each segment: names of the session's people found in its title or notes.

use foldhash::{HashMap, HashMapExt};

use crate::model::Session;
use crate::parse::names;

/// The most words a name (once folded) may have to be looked for in segment texts; longer
/// "names" are not names, and the bound keeps the scan linear in the text.
const MAX_NAME_WORDS: usize = 12;

/// Lists, for each segment, the session's people whose full name appears in its title or
/// notes, in the order they appear.
///
/// Every folded spelling of two or more words is put in a map, and each segment's folded
/// text is read once, looking up the runs of two to `MAX_NAME_WORDS` words that start at
/// each word, so the cost grows with the text and not with the number of people times it.
pub fn attach_people(session: &mut Session) {
    let mut forms: HashMap<String, usize> = HashMap::new();
    let mut longest = 0;
    for (i, p) in session.people.iter().enumerate() {
        for form in std::iter::once(&p.name).chain(&p.aliases).map(|n| names::fold(&n.value)) {
            let words = form.split(' ').count();
            if form.contains(' ') && words <= MAX_NAME_WORDS {
                longest = longest.max(words);
                forms.entry(form).or_insert(i);
            }
        }
    }
    if forms.is_empty() {
        return;
    }
    // A run of words is looked up only where a name's first word stands.
    let firsts: foldhash::HashSet<&str> = forms.keys().filter_map(|f| f.split(' ').next()).collect();
    // A segment whose words all start with other letters than every first word (compared
    // on three ASCII letters, before folding) names nobody and is not folded at all.
    let heads: Option<foldhash::HashSet<[u8; 3]>> =
        firsts.iter().map(|w| w.as_bytes().get(..3).and_then(|h| <[u8; 3]>::try_from(h).ok())).collect();
    for seg in &mut session.segments {
        if !seg.people.is_empty() {
            continue;
        }
        let text = format!("{} {}", seg.title.value, seg.notes.as_deref().unwrap_or(""));
        if heads.as_ref().is_some_and(|h| !may_name(&text, h)) {
            continue;
        }
        let folded = names::fold(&text);
        let starts: Vec<usize> = std::iter::once(0)
            .chain(folded.match_indices(' ').map(|(i, _)| i + 1))
            .collect();
        // The first place each person is named; a later form of the same person is ignored.
        let mut first: HashMap<usize, usize> = HashMap::new();
        for (k, &at) in starts.iter().enumerate() {
            let first_end = starts.get(k + 1).map_or(folded.len(), |next| next - 1);
            if !firsts.contains(&folded[at..first_end]) {
                continue;
            }
            for n in 2..=longest {
                let end = match starts.get(k + n) {
                    Some(next) => next - 1,
                    None if k + n == starts.len() => folded.len(),
                    None => break,
                };
                if let Some(&person) = forms.get(&folded[at..end]) {
                    first.entry(person).or_insert(at);
                }
            }
        }
        let mut hits: Vec<(usize, &str)> =
            first.into_iter().map(|(person, at)| (at, session.people[person].name.value.as_str())).collect();
        hits.sort();
        seg.people = hits.into_iter().map(|(_, n)| n.to_owned()).collect();
    }
}

/// True when a word of `text` starts with three letters that begin a name's first word
/// once folded (`heads`), or with a letter folding may change (not ASCII).
fn may_name(text: &str, heads: &foldhash::HashSet<[u8; 3]>) -> bool {
    let b = text.as_bytes();
    let mut prev_word = false;
    for (i, &x) in b.iter().enumerate() {
        let word = x.is_ascii_alphanumeric() || x >= 0x80;
        if word && !prev_word {
            let head = b.get(i..i + 3).unwrap_or(&b[i..]);
            if head.iter().any(|&y| y >= 0x80) {
                return true;
            }
            if let [p, q, r] = *head {
                if heads.contains(&[p.to_ascii_lowercase(), q.to_ascii_lowercase(), r.to_ascii_lowercase()]) {
                    return true;
                }
            }
        }
        prev_word = word;
    }
    false
}
