//! Words of a text as the place and abbreviation readers see them.
//!
//! Both readers look for names (`El Salvador`, `São Paulo`, `Côte d'Ivoire`, `Indian`) in
//! free text. This module splits a text into words once, folds each to a key (accents
//! transliterated, lower case, `Saint` as `st`, `&` as `and`), and finds the longest
//! phrase of a [`Dictionary`] starting at a word, so that a text is read in one pass
//! whatever the number of names looked for.

use foldhash::{HashMap, HashMapExt};
use std::collections::VecDeque;

/// What separates a word from the one before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Gap {
    /// Nothing, or horizontal white space only (`New York`).
    Space,
    /// White space with hyphens, apostrophes, dots or brackets, on one line
    /// (`Guinea-Bissau`, `Côte d'Ivoire`, `Korea (South)`, `St. Lucia`).
    Joined,
    /// Anything else: the start of the text, a line end, a comma, a colon...
    Break,
}

/// One word of a text.
#[derive(Debug, Clone)]
pub(super) struct Token {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset just after the last character.
    pub end: usize,
    /// The folded form: ASCII letters and digits, lower case (`sao`, `d`, `ivoire`).
    pub key: String,
    /// The first character is upper case.
    pub capital: bool,
    /// There is an upper-case letter and no lower-case one (`UK`, `PARIS`).
    pub all_caps: bool,
    /// Letters only (no digits).
    pub alphabetic: bool,
    /// What separates it from the word before.
    pub gap: Gap,
}

/// Combining marks that belong to the word they follow (`a` + U+0303 is `ã`).
fn combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

fn word_char(c: char) -> bool {
    c.is_alphanumeric() || combining(c)
}

/// Characters that may sit between the words of one name.
fn joiner(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\'' | '\u{2019}' | '.' | '(' | ')')
}

fn line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// Folds a word to its key: transliterated to ASCII, letters and digits only, lower case,
/// with `saint` written `st` (the tz data writes `St Lucia`, people `Saint Lucia`).
fn fold(word: &str) -> String {
    let mut key = String::with_capacity(word.len());
    for c in word.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphanumeric() {
                key.push(c.to_ascii_lowercase());
            }
        } else if let Some(t) = deunicode::deunicode_char(c) {
            key.extend(t.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()));
        }
    }
    if key == "saint" {
        key.truncate(0);
        key.push_str("st");
    }
    key
}

/// The words of a text, in order; `&` is a word of its own (read as `and`).
pub(super) struct Tokens<'t> {
    text: &'t str,
    pos: usize,
}

impl<'t> Tokens<'t> {
    /// The words of `text`.
    pub fn new(text: &'t str) -> Self {
        Tokens { text, pos: 0 }
    }
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let rest = self.text.get(self.pos..)?;
        let mut gap = if self.pos == 0 { Gap::Break } else { Gap::Space };
        let mut chars = rest.char_indices();
        let (start, first) = loop {
            let (i, c) = chars.next()?;
            if word_char(c) || c == '&' {
                break (self.pos + i, c);
            }
            // A full stop ending a word of four letters or more, then a space, ends a
            // sentence (`Barcelona. Viernes`); after a shorter one it ends an abbreviation
            // (`St. Lucia`).
            let sentence_end = c == '.' && self.pos + i > 0 && {
                let before = &self.text[..self.pos + i];
                before.chars().rev().take(4).take_while(|&b| word_char(b)).count() == 4
                    && rest[i + 1..].starts_with(char::is_whitespace)
            };
            // A hyphen with a space on each side is a dash between parts (`Botafogo, Rio de
            // Janeiro - RJ`), not one joining a name (`Guinea-Bissau`).
            let spaced_dash = c == '-' && rest[..i].ends_with(char::is_whitespace) && rest[i + 1..].starts_with(char::is_whitespace);
            if line_break(c) || !(c.is_whitespace() || joiner(c)) || sentence_end || spaced_dash {
                gap = Gap::Break;
            } else if joiner(c) && gap == Gap::Space {
                gap = Gap::Joined;
            }
        };
        let end = if first == '&' {
            start + 1
        } else {
            chars.find(|&(_, c)| !word_char(c)).map_or(self.text.len(), |(i, _)| self.pos + i)
        };
        self.pos = end;
        let word = &self.text[start..end];
        Some(Token {
            start,
            end,
            key: if first == '&' { "and".to_owned() } else { fold(word) },
            capital: first.is_uppercase(),
            all_caps: word.chars().any(char::is_uppercase) && !word.chars().any(char::is_lowercase),
            alphabetic: word.chars().all(|c| c.is_alphabetic() || combining(c)),
            gap,
        })
    }
}

/// How a word of a dictionary phrase must be written in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    /// Any case (`of`, `and`, `d` in `Côte d'Ivoire`, digits).
    Any,
    /// Starting with a capital (`Paris`, `PARIS`; not `paris`).
    Capital,
    /// In capitals, for acronyms (`UK`; not `Uk`).
    Capitals,
}

#[derive(Debug)]
struct Phrase<V> {
    /// Keys of the words after the first.
    rest: Vec<String>,
    /// How each word, the first included, must be written.
    case: Vec<Case>,
    value: V,
}

/// Phrases (one or more words) with a value each, found in a text by their longest match.
#[derive(Debug)]
pub(super) struct Dictionary<V> {
    by_first: HashMap<String, Vec<Phrase<V>>>,
    longest: usize,
}

impl<V> Default for Dictionary<V> {
    fn default() -> Self {
        Dictionary { by_first: HashMap::new(), longest: 0 }
    }
}

/// The folded key of a whole phrase (`Côte d'Ivoire` → `cote d ivoire`).
pub(super) fn phrase_key(phrase: &str) -> String {
    Tokens::new(phrase).map(|t| t.key).collect::<Vec<_>>().join(" ")
}

impl<V> Dictionary<V> {
    /// Adds `phrase` with `value`, written as in `phrase`: a word starting with a capital
    /// must start with one in the text, a word of two or more capitals must be in
    /// capitals. Returns false (and keeps the earlier value) when the phrase is there.
    pub fn insert(&mut self, phrase: &str, value: V) -> bool {
        let tokens: Vec<Token> = Tokens::new(phrase).filter(|t| !t.key.is_empty()).collect();
        let Some(first) = tokens.first() else { return false };
        let case = tokens
            .iter()
            .map(|t| match (t.capital, t.all_caps && t.end - t.start > 1) {
                (_, true) => Case::Capitals,
                (true, false) => Case::Capital,
                (false, false) => Case::Any,
            })
            .collect();
        let rest: Vec<String> = tokens[1..].iter().map(|t| t.key.clone()).collect();
        let list = self.by_first.entry(first.key.clone()).or_default();
        if list.iter().any(|p| p.rest == rest) {
            return false;
        }
        self.longest = self.longest.max(tokens.len());
        list.push(Phrase { rest, case, value });
        // Longest first, so that `Papua New Guinea` is tried before `Papua`.
        list.sort_by_key(|p| std::cmp::Reverse(p.rest.len()));
        true
    }

    /// The most words a phrase has.
    pub fn longest(&self) -> usize {
        self.longest
    }

    /// The longest phrase that starts at the first of `words` (the others following it in
    /// the text, on the same line and with only spaces, hyphens, apostrophes, dots or
    /// brackets between), written with the capitals it asks for: its length in words and
    /// its value.
    pub fn longest_at<'a>(&'a self, words: impl IntoIterator<Item = &'a Token> + Clone) -> Option<(usize, &'a V)> {
        let mut it = words.clone().into_iter();
        let first = it.next()?;
        let list = self.by_first.get(&first.key)?;
        let written = |t: &Token, c: Case| match c {
            Case::Any => true,
            Case::Capital => t.capital,
            Case::Capitals => t.all_caps,
        };
        'phrases: for p in list {
            if !written(first, p.case[0]) {
                continue;
            }
            let mut it = words.clone().into_iter().skip(1);
            for (i, key) in p.rest.iter().enumerate() {
                match it.next() {
                    Some(t) if t.gap != Gap::Break && t.key == *key && written(t, p.case[i + 1]) => {}
                    _ => continue 'phrases,
                }
            }
            return Some((p.rest.len() + 1, &p.value));
        }
        None
    }
}

/// A window onto the words of a text: the current word, the words after it (as many as
/// a phrase can have and one more, twice, for a look past a phrase) and the word before.
/// Memory stays bounded whatever the length of the text.
pub(super) struct Window<'t> {
    tokens: Tokens<'t>,
    ahead: VecDeque<Token>,
    size: usize,
    /// The word before the current one, if any.
    pub before: Option<Token>,
}

impl<'t> Window<'t> {
    /// A window onto `text` wide enough for phrases of `longest` words.
    pub fn new(text: &'t str, longest: usize) -> Self {
        let size = 2 * longest.max(1) + 2;
        let mut w = Window { tokens: Tokens::new(text), ahead: VecDeque::with_capacity(size), size, before: None };
        w.fill();
        w
    }

    fn fill(&mut self) {
        while self.ahead.len() < self.size {
            match self.tokens.next() {
                Some(t) => self.ahead.push_back(t),
                None => break,
            }
        }
    }

    /// The current word and those after it in the window.
    pub fn words(&self) -> &VecDeque<Token> {
        &self.ahead
    }

    /// Moves on by `n` words (at least one).
    pub fn advance(&mut self, n: usize) {
        for _ in 0..n.max(1) {
            match self.ahead.pop_front() {
                Some(t) => self.before = Some(t),
                None => break,
            }
            self.fill();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_fold_and_gaps() {
        let t: Vec<Token> = Tokens::new("São Paulo, Côte d’Ivoire & Guinea-Bissau\nSaint Lucia").collect();
        let keys: Vec<&str> = t.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(keys, ["sao", "paulo", "cote", "d", "ivoire", "and", "guinea", "bissau", "st", "lucia"]);
        let gaps: Vec<Gap> = t.iter().map(|t| t.gap).collect();
        use Gap::*;
        assert_eq!(gaps, [Break, Space, Break, Space, Joined, Space, Space, Joined, Break, Space]);
        assert_eq!((t[0].start, t[0].end), (0, 4));
        assert!(t[0].capital && !t[0].all_caps && t[3].alphabetic && !t[3].capital);
        // A decomposed accent stays in its word.
        let t: Vec<Token> = Tokens::new("Sa\u{303}o").collect();
        assert_eq!((t.len(), t[0].key.as_str()), (1, "sao"));
    }

    #[test]
    fn dictionary_longest_match_and_case() {
        let mut d = Dictionary::default();
        d.insert("Guinea", 1);
        d.insert("Papua New Guinea", 2);
        d.insert("UK", 3);
        assert!(!d.insert("guinea", 4));
        let t: Vec<Token> = Tokens::new("Papua New Guinea").collect();
        assert_eq!(d.longest_at(&t), Some((3, &2)));
        let t: Vec<Token> = Tokens::new("Papua, New Guinea").collect();
        assert_eq!(d.longest_at(&t), None);
        let t: Vec<Token> = Tokens::new("guinea").collect();
        assert_eq!(d.longest_at(&t), None);
        let t: Vec<Token> = Tokens::new("Uk").collect();
        assert_eq!(d.longest_at(&t), None);
        let t: Vec<Token> = Tokens::new("UK").collect();
        assert_eq!(d.longest_at(&t), Some((1, &3)));
        assert_eq!(d.longest(), 3);
    }
}
