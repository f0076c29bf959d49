//! What kind of agenda segment a title describes, read from its words.
//!
//! The run-sheet uses this only to decide who is on when a segment lists no one: a round of
//! speakers, a question time (moderators, with the online moderator taking remote
//! questions), a break (nobody), or anything else (the moderators).

/// The kind of a segment, as far as its title tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// The speakers take turns: a panel, opening statements, presentations, a round.
    Speakers,
    /// Questions from the room and from online participants.
    Questions,
    /// Nobody is on: a break.
    Break,
    /// Anything else; the moderators lead it.
    Other,
}

/// Phrases that make a segment question time; checked before the speakers' words, so
/// `interventions from the floor` is question time.
const QUESTION_PHRASES: &[&str] = &[
    "q&a", "q & a", "q+a", "q and a", "open discussion", "open floor", "from the floor", "open mic",
    "floor discussion", "plenary discussion", "discussion with participants", "audience",
];

/// Single words that make a segment question time.
const QUESTION_WORDS: &[&str] = &["questions", "question", "qa", "comments"];

/// Words that make a segment a speakers' round.
const SPEAKER_WORDS: &[&str] = &[
    "panel", "panels", "panelist", "panelists", "panellist", "panellists", "statements", "statement",
    "presentations", "presentation", "interventions", "speakers", "round", "roundtable", "talks", "pitches",
    "inputs", "provocations", "keynotes",
];

/// Two-word phrases that make a segment a speakers' round.
const SPEAKER_PHRASES: &[&str] =
    &["opening remarks", "initial remarks", "introductory remarks", "opening statements", "lightning talks"];

/// Words that make a segment a break.
const BREAK_WORDS: &[&str] = &["break", "lunch", "coffee", "recess"];

/// Reads the kind of segment from its title.
pub(crate) fn classify(title: &str) -> Kind {
    let lower = title.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric() && c != '&').filter(|w| !w.is_empty()).collect();
    let has_word = |list: &[&str]| words.iter().any(|w| list.contains(w));
    let joined = words.join(" ");
    let has_phrase = |list: &[&str]| list.iter().any(|p| lower.contains(p) || joined.contains(p));
    if has_phrase(QUESTION_PHRASES) || has_word(QUESTION_WORDS) {
        Kind::Questions
    } else if has_word(SPEAKER_WORDS) || has_phrase(SPEAKER_PHRASES) {
        Kind::Speakers
    } else if has_word(BREAK_WORDS) {
        Kind::Break
    } else {
        Kind::Other
    }
}

#[cfg(test)]
mod tests {
    use super::{Kind, classify};

    #[test]
    fn titles_people_write() {
        let cases = [
            ("Introductions and opening remarks about proposed new formats", Kind::Speakers),
            ("Moderated panel discussion about the different dialogue models", Kind::Speakers),
            ("Open Q&A on the different models with those in attendance", Kind::Questions),
            ("Closing and summary of major areas of concern/consensus", Kind::Other),
            ("Round of statements by governments", Kind::Speakers),
            ("Interventions from the floor", Kind::Questions),
            ("Presentations", Kind::Speakers),
            ("Background and context", Kind::Other),
            ("Coffee break", Kind::Break),
            ("Round-table discussion", Kind::Speakers),
            ("Breakout groups", Kind::Other),
        ];
        for (title, kind) in cases {
            assert_eq!(classify(title), kind, "{title}");
        }
    }
}
