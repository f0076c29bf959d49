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
    crate::parse::names::fold(name)
        .split(' ')
        .map(|w| w.replace("ae", "a").replace("oe", "o").replace("ue", "u"))
        .collect::<Vec<_>>()
        .join(" ")
}
