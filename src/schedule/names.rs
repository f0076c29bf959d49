//! Matching people's names across sessions without regard to case, accents or common
//! transliteration variants (`Müller`, `MUELLER`, `Muller` are one person).
//!
//! Builds on the parser's [`fold`](crate::parse::names::fold) (honorifics dropped, `ä ö ü ß`
//! as `ae oe ue ss`, other letters transliterated, case and punctuation ignored) and then
//! folds the digraphs `ae`, `oe`, `ue` onto the plain vowel, so a name written with the
//! umlaut dropped (`Muller`) meets one written with it spelled out (`Mueller`). The result
//! is a key, so sessions can be grouped by person in one pass; the parser's spelling-variant
//! matching (edit distance) is pairwise and is not applied across sessions.

/// The key two spellings of one name share.
///
/// # Example
/// ```
/// use runsheet::schedule::names::normalise;
/// assert_eq!(normalise("José  Núñez"), normalise("jose nunez"));
/// assert_eq!(normalise("Jürgen Müller"), normalise("Juergen Mueller"));
/// assert_eq!(normalise("Jürgen Müller"), normalise("Dr. Jurgen Muller"));
/// assert_ne!(normalise("Ana Diaz"), normalise("Ana Dias"));
/// ```
pub fn normalise(name: &str) -> String {
    // One pass over the folded name (ASCII, lower case): an `e` after `a`, `o` or `u` is
    // dropped, as `ae` → `a`, `oe` → `o`, `ue` → `u` read left to right would drop it.
    let folded = crate::parse::names::fold(name);
    let b = folded.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        out.push(b[i]);
        i += if matches!(b[i], b'a' | b'o' | b'u') && b.get(i + 1) == Some(&b'e') { 2 } else { 1 };
    }
    String::from_utf8(out).unwrap_or(folded)
}

#[cfg(test)]
mod tests {
    /// The rule as first written: each word's digraphs replaced one after the other.
    fn by_replacing(name: &str) -> String {
        crate::parse::names::fold(name)
            .split(' ')
            .map(|w| w.replace("ae", "a").replace("oe", "o").replace("ue", "u"))
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn one_pass_drops_what_the_replacements_dropped() {
        let letters = ['a', 'e', 'o', 'u', 'x', ' ', 'ä', 'Ö', 'ü', 'E'];
        // Every string of up to five of these letters.
        let mut words = vec![String::new()];
        for _ in 0..5 {
            let longer: Vec<String> = words.iter().flat_map(|w| letters.iter().map(move |c| format!("{w}{c}"))).collect();
            for w in &longer {
                assert_eq!(super::normalise(w), by_replacing(w), "{w:?}");
            }
            words = longer;
        }
        assert_eq!(super::normalise("Dr. Jürgen  MUELLER-Boehm"), "jurgen muller bohm");
    }
}
