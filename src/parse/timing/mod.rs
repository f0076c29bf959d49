//! Reading the timing of free text: the slot, the declared length and the agenda, chosen
//! together by consistency.
//!
//! Real proposals write times in every notation and layout: ranges in a table, start times
//! alone on their lines with the title below, lengths in parentheses nested two levels deep,
//! a run-on breakdown inside a paragraph, a local-time column under a UTC slot, two days in
//! one page. Deciding line by line loses them, so reading goes in four steps, each in its
//! own module:
//!
//! 1. `tokens`: the whole text is scanned once into typed tokens with spans, ambiguous
//!    readings kept side by side; `layout` gives each line's shape (indent, list marker,
//!    table cells, heading-likeness) and `anchors` where a token stands in its line.
//! 2. Candidates: `chains` links clock ranges and start times by chronological
//!    continuity across untimed lines; `lists` builds duration lists as trees (a parent
//!    with its own length is one segment, its children are its notes); `cues` finds slot
//!    and declared-length candidates wherever a cue stands.
//! 3. `choose` scores whole interpretations (slot, length, agenda, zone) by consistency,
//!    splits the text into sittings (days, parts) when each holds its own agenda, and says
//!    so when a close runner-up makes the reading ambiguous.
//! 4. `build` turns the chosen items into segments: offsets from the slot's start (or
//!    the first entry's), titles and notes from the text around each time, and the
//!    invariants (no negative offsets, no segment ending before it starts) enforced with a
//!    note wherever the text had to be altered.

use crate::model::{LocalSlot, ParseNote, Segment, Slot, Span, Spanned, Timing, Zone};
use crate::parse::lines::Line;
use crate::source::Source;

mod anchors;
mod build;
mod chains;
mod choose;
mod cues;
mod layout;
mod lists;
mod people;
pub(crate) mod tokens;

pub use people::attach_people;
pub(crate) use cues::slot_label;

use self::layout::Shape;
use self::tokens::{Dur, Token};

/// The text as every step sees it: lines, their shapes and the tokens.
pub(crate) struct Doc<'a> {
    /// The source (for spans).
    pub src: &'a Source,
    /// The whole text.
    pub text: &'a str,
    /// The lines, trimmed, with HTML comments (`<!-- old schedule -->`) blanked out.
    pub lines: Vec<Line<'a>>,
    /// The shape of each line.
    pub shapes: Vec<Shape>,
    /// Every token, in source order.
    pub tokens: Vec<Token>,
    /// For each line, the range of its tokens in `tokens`.
    pub by_line: Vec<std::ops::Range<usize>>,
    /// For each line, whether it names a vehicle (bit 2) or speaks of departing or arriving
    /// (bit 4), once asked (bit 1; see `chains::transport`).
    pub travel: Vec<std::cell::Cell<u8>>,
}

impl<'a> Doc<'a> {
    /// Scans `lines` of `src`.
    pub fn new(src: &'a Source, lines: &[Line<'a>]) -> Doc<'a> {
        let text = src.text.as_str();
        let lines = without_comments(text, lines);
        let tokens = tokens::tokenize(text, &lines);
        let mut by_line = vec![0..0; lines.len()];
        let mut i = 0;
        while i < tokens.len() {
            let li = tokens[i].line;
            let from = i;
            while i < tokens.len() && tokens[i].line == li {
                i += 1;
            }
            by_line[li] = from..i;
        }
        let shapes = layout::shapes(text, &lines);
        let travel = vec![std::cell::Cell::new(0); lines.len()];
        Doc { src, text, lines, shapes, tokens, by_line, travel }
    }

    /// The tokens of line `li`.
    pub fn line_tokens(&self, li: usize) -> &[Token] {
        &self.tokens[self.by_line[li].clone()]
    }

    /// A span of the source.
    pub fn span(&self, a: usize, b: usize) -> Span {
        self.src.span(a, b)
    }

    /// The nearest line above line `li` that is not blank.
    pub fn filled_above(&self, li: usize) -> Option<usize> {
        (0..li.min(self.lines.len())).rev().find(|&j| !self.lines[j].is_blank())
    }

    /// The nearest line below line `li` that is not blank.
    pub fn filled_below(&self, li: usize) -> Option<usize> {
        (li + 1..self.lines.len()).find(|&j| !self.lines[j].is_blank())
    }
}

/// `lines` with what HTML comments hold left out: a commented-out schedule (`<!-- ... -->`)
/// is no agenda. A line inside a comment becomes blank; a line where one opens or closes
/// keeps the part outside it.
fn without_comments<'a>(text: &'a str, lines: &[Line<'a>]) -> Vec<Line<'a>> {
    if !text.contains("<!--") {
        return lines.to_vec();
    }
    let mut out = Vec::with_capacity(lines.len());
    let mut inside = false;
    for &l in lines {
        let mut keep: Option<(usize, usize)> = None;
        let t = l.text;
        let mut at = 0;
        let mut pieces: Vec<(usize, usize)> = Vec::new();
        while at <= t.len() {
            if inside {
                match t[at..].find("-->") {
                    Some(c) => {
                        inside = false;
                        at += c + 3;
                    }
                    None => break,
                }
            } else {
                match t[at..].find("<!--") {
                    Some(o) => {
                        pieces.push((at, at + o));
                        inside = true;
                        at += o + 4;
                    }
                    None => {
                        pieces.push((at, t.len()));
                        break;
                    }
                }
            }
        }
        // The first piece with text stands for the line.
        for (a, b) in pieces {
            let p = t[a..b].trim();
            if !p.is_empty() {
                let lead = t[a..b].len() - t[a..b].trim_start().len();
                keep = Some((a + lead, a + lead + p.len()));
                break;
            }
        }
        out.push(match keep {
            Some((a, b)) => Line { text: &t[a..b], start: l.start + a },
            None => Line { text: &t[..0], start: l.start },
        });
    }
    out
}

/// Byte spans a reading leaves out (slot lines, the declared length), asked whether one
/// covers a token by binary search, so many slot lines cost no more per token than one.
pub(crate) struct Covered {
    /// The spans, sorted by start.
    spans: Vec<(usize, usize)>,
    /// For each span, the furthest end of it and every span before it.
    reach: Vec<usize>,
}

impl Covered {
    /// The spans, in any order.
    pub(crate) fn new(mut spans: Vec<(usize, usize)>) -> Covered {
        spans.sort_unstable();
        let mut furthest = 0;
        let reach = spans.iter().map(|&(_, b)| {
            furthest = furthest.max(b);
            furthest
        });
        let reach = reach.collect();
        Covered { spans, reach }
    }

    /// True when one span holds all of `at`.
    pub(crate) fn covers(&self, at: (usize, usize)) -> bool {
        let k = self.spans.partition_point(|&(a, _)| a <= at.0);
        k > 0 && self.reach[k - 1] >= at.1
    }
}

/// One entry of a candidate agenda: its line, the time or length that makes it an entry,
/// and what it says of its start, end and length.
#[derive(Debug, Clone)]
pub(crate) struct Item {
    /// The line of the entry's time or length.
    pub line: usize,
    /// Bytes of that time or length.
    pub at: (usize, usize),
    /// The start in minutes (of the day for clock times, from the start for offsets),
    /// with the bytes it was written at.
    pub start: Option<(i32, (usize, usize))>,
    /// The end as written, likewise.
    pub end: Option<(i32, (usize, usize))>,
    /// A length written for the entry.
    pub length: Option<(Dur, (usize, usize))>,
    /// How strongly its place in the line says "agenda entry" (0–1).
    pub strength: f32,
    /// The entry's table cell, when in a table row.
    pub cell: Option<usize>,
    /// Lines of entries it contains (the talks of a session block), kept as its notes.
    pub children: Vec<usize>,
    /// The word naming the entry where it stands apart from the entry's length (`two
    /// 35-minute sessions`): its bytes, the entry's title.
    pub named: Option<(usize, usize)>,
}

/// How a candidate's times are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Basis {
    /// Times of day.
    Clock,
    /// Offsets from the start (`00:15 – 00:40`, `0-10 min`).
    Offsets,
    /// Lengths only.
    Lengths,
}

/// One way to read the agenda: a sequence of entries, scored.
#[derive(Debug, Clone)]
pub(crate) struct Candidate {
    /// How its times are written.
    pub basis: Basis,
    /// The entries, in text order.
    pub items: Vec<Item>,
    /// How well it reads as an agenda on its own (before fitting it to a slot).
    pub score: f32,
    /// The sitting (day or part) it stands in.
    pub sitting: usize,
    /// A zone written with the times (`Time (CEST)`, `1400GMT`, `Time in UTC`).
    pub zone: Option<(Zone, (usize, usize))>,
    /// What was noticed while building it (untimed entries, duplicates).
    pub notes: Vec<ParseNote>,
    /// The end of a range set aside as the frame of all its entries (`08:30-10:00` over start
    /// times), with its bytes: where its last start time ends when no slot says.
    pub until: Option<(i32, (usize, usize))>,
}

/// A slot already read by the line parser (a whole line such as the IGF slot line).
#[derive(Debug, Clone)]
pub(crate) struct Fixed {
    /// The slot, when its zone was written.
    pub slot: Option<Spanned<Slot>>,
    /// The slot's local times, when its zone was not written.
    pub local: Option<Spanned<LocalSlot>>,
    /// The line it was read from.
    pub line: usize,
}

/// What the line parser already knows, for the reader to weigh with what it finds.
#[derive(Debug, Clone, Default)]
pub(crate) struct Known {
    /// A slot line.
    pub slot: Option<Fixed>,
    /// A declared length from a format line or a labelled field, with its line.
    pub declared: Option<(Spanned<u32>, usize)>,
}

/// The timing of one sitting (the whole text, or one day or part of it).
#[derive(Debug, Clone, Default)]
pub(crate) struct Sitting {
    /// A name for the sitting when the text holds several (`day 2`, `Jeudi 20 nov`).
    pub label: Option<String>,
    /// The slot.
    pub slot: Option<Spanned<Slot>>,
    /// The slot's local times when its zone or year is not written.
    pub local_slot: Option<Spanned<LocalSlot>>,
    /// The declared length.
    pub declared: Option<Spanned<u32>>,
    /// The agenda.
    pub segments: Vec<Segment>,
    /// How it was written, and whether the reading is ambiguous.
    pub timing: Option<Timing>,
    /// Notes about this sitting's timing.
    pub notes: Vec<ParseNote>,
}

/// Reads the timing of a proposal: one sitting for most texts, one per day or part when
/// each holds its own agenda.
pub(crate) fn read(src: &Source, lines: &[Line<'_>], known: &Known) -> Vec<Sitting> {
    let doc = Doc::new(src, lines);
    choose::read(&doc, known)
}
