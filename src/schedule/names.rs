//! Matching people's names across sessions without regard to case, accents or common
//! transliteration variants (`Müller`, `MUELLER`, `Muller` are one person).
//!
//! A small normaliser of its own: transliterate to ASCII (deunicode), lower-case, keep
//! letters and digits as space-separated words, and fold the German-style digraphs `ae`,
//! `oe`, `ue` that transliterate `ä`, `ö`, `ü` onto the plain vowel.

/// The key two spellings of one name share.
///
/// # Example
/// ```
/// use runsheet::schedule::names::normalise;
/// assert_eq!(normalise("José  Núñez"), normalise("jose nunez"));
/// assert_eq!(normalise("Jürgen Müller"), normalise("Juergen Mueller"));
/// assert_ne!(normalise("Ana Diaz"), normalise("Ana Dias"));
/// ```
pub fn normalise(name: &str) -> String {
    let ascii = deunicode::deunicode(name).to_ascii_lowercase();
    let words: Vec<String> = ascii
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.replace("ae", "a").replace("oe", "o").replace("ue", "u"))
        .collect();
    words.join(" ")
}
