//! Length-only agendas: lists whose entries carry a length (`Introduction (5 min)`,
//! `- 20 minutes: Welcome`, `Title - 15 minutes`, `\[15 mins\] Progress updates`, a
//! `| 10m |` cell), read as trees.
//!
//! Entries nest by indentation, list-marker kind and numbering depth (`2.1` under `2.`);
//! a line that carries a length but no marker heads the list entries below it. An entry
//! with its own length is one segment and its children are its notes (`Opening: (10 min)`
//! over seven one-minute items); an entry without a length gives way to its timed
//! children. When the whole list is one timed entry over timed children, that entry is the
//! session's total and the children are the agenda. Description lines, questions and
//! speaker lines between entries are tolerated; an untimed entry among timed siblings
//! makes the later offsets unknowable, so the list stops there and says so.

use crate::model::{NoteLevel, ParseNote};
use crate::parse::{codes, words};

use super::anchors::place;
use super::layout::Marker;
use super::tokens::{starting_near, Dur, Kind};
use super::{Basis, Candidate, Covered, Doc, Item};

/// One line of a list: its shape, and the length it carries, if any.
#[derive(Debug, Clone)]
struct Entry {
    line: usize,
    indent: u32,
    marker: Marker,
    /// The markdown heading level (`##` is 2), 0 for other lines.
    heading: u8,
    length: Option<(Dur, (usize, usize), f32)>,
}

#[derive(Debug)]
struct Node {
    entry: Entry,
    children: Vec<Node>,
}

/// Every duration list in the text; `sitting[li]` numbers each line's sitting, `skip`
/// holds bytes already taken (the declared length, clock entries' lines).
pub(crate) fn lists(doc: &Doc<'_>, sitting: &[usize], skip: &Covered, clock_lines: &[bool]) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut run: Vec<Entry> = Vec::new();
    let mut quiet = 0;
    let flush = |run: &mut Vec<Entry>, out: &mut Vec<Candidate>| {
        if run.iter().filter(|e| e.length.is_some()).count() >= 2 {
            out.extend(candidate(doc, run, sitting));
        }
        run.clear();
    };
    for li in 0..doc.lines.len() {
        let line = doc.lines[li];
        if line.is_blank() {
            continue;
        }
        let shape = &doc.shapes[li];
        let length = if clock_lines[li] { None } else { length_of(doc, li, skip) };
        // A top-level markdown heading (`#`, `##`) ends a list; subsections (`###`) of one
        // agenda do not, but close what a timed line heads. Timed headings of one level
        // (`## Objectives (5 min)`, `## Discussion (35 min)`) are the entries of one list.
        let top_heading = (1..=2).contains(&shape.md_heading);
        // The run's timed headings are all of this level, and the first timed entry is one
        // of them: what stands between them (a list of parts, a table) is theirs.
        let timed_heading = |e: &Entry| e.length.is_some() && doc.shapes[e.line].md_heading > 0;
        let led_by_headings = |level: u8| run.iter().find(|e| e.length.is_some()).is_none_or(|e| doc.shapes[e.line].md_heading == level);
        let sibling_heading = top_heading && length.is_some() && led_by_headings(shape.md_heading) && run.iter().filter(|e| timed_heading(e)).all(|e| doc.shapes[e.line].md_heading == shape.md_heading);
        // Times under a timed heading (`## Phase 1 (10 Min)` over `| 0–5 min | Welcome |`)
        // are its parts, not the end of the headings' list.
        let under_heading = clock_lines[li] && shape.md_heading == 0 && run.iter().find(|e| e.length.is_some()).is_some_and(|e| (1..=2).contains(&doc.shapes[e.line].md_heading));
        if under_heading {
            continue;
        }
        let breaks = clock_lines[li]
            || top_heading && !sibling_heading
            || run.last().is_some_and(|e| sitting[e.line] != sitting[li]);
        if breaks {
            flush(&mut run, &mut out);
            if clock_lines[li] {
                continue;
            }
        }
        // A wrapped entry: `5. Election` / `results (5 minutes)` is one entry.
        let continues = shape.marker == Marker::None
            && li > 0
            && !doc.lines[li - 1].is_blank()
            && line.text.starts_with(|c: char| c.is_lowercase() || c == '(')
            && run.last().is_some_and(|e| e.line + 1 == li && e.length.is_none() && e.marker != Marker::None);
        if continues && length.is_some() {
            if let Some(e) = run.last_mut() {
                e.length = length;
            }
            continue;
        }
        if length.is_none() && shape.marker == Marker::None {
            // A heading such as `Speakers:` ends what a timed line without a marker heads:
            // the list entries after it are not that line's children.
            if shape.headingish || shape.md_heading > 0 {
                run.push(Entry { line: li, indent: shape.indent, marker: Marker::None, heading: shape.md_heading, length: None });
            }
            // A description or speaker line; a long stretch of them ends the list.
            quiet += 1;
            if quiet > 15 {
                flush(&mut run, &mut out);
                quiet = 0;
            }
            continue;
        }
        quiet = 0;
        // A table's rows and a list's lines are two lists (a table, then its details).
        if length.is_some() && run.iter().rev().find(|e| e.length.is_some()).is_some_and(|e| doc.shapes[e.line].cells.is_empty() != shape.cells.is_empty()) {
            flush(&mut run, &mut out);
        }
        run.push(Entry { line: li, indent: shape.indent, marker: shape.marker, heading: shape.md_heading, length });
    }
    flush(&mut run, &mut out);
    out
}

/// The length an entry line carries: the first exact or approximate length that stands
/// where entries put it (at the start, in brackets, after `-` or `:`, at the end, or alone
/// in a cell), on a line that is not a paragraph.
fn length_of(doc: &Doc<'_>, li: usize, skip: &Covered) -> Option<(Dur, (usize, usize), f32)> {
    let toks = doc.line_tokens(li);
    if !toks.iter().any(|t| matches!(t.kind, Kind::Dur(_))) {
        return None;
    }
    // Words, not marks standing alone (`/`, `+`, `—`).
    let words = words::real_words(doc.lines[li].text).count();
    for t in toks {
        let Kind::Dur(d) = t.kind else { continue };
        if skip.covers(t.at) || d.minutes > 12 * 60 {
            continue;
        }
        let mut p = place(doc, li, t.at);
        // `(6 min ≈ 1 min per person)`: a length restated per head in its bracket closes it.
        if !d.per_unit && each_restated(doc, toks, t) {
            (p.paren, p.end) = (true, true);
        }
        // `The default is 30min.`: a sentence's predicate, no entry's length.
        if doc.shapes[li].marker == Marker::None && p.cell.is_none() && !p.paren && copula_before(&doc.text[doc.lines[li].start..t.at.0]) {
            continue;
        }
        let strength = if p.cell.is_some() && p.start && p.end || p.paren && (p.end || words <= 25) || p.start && words <= 25 {
            0.9
        } else if (p.after_sep || p.end) && words <= 20
            || p.end && doc.shapes[li].marker != Marker::None && words <= 80
            || (p.start || ordinal_lead(doc, li, t.at)) && dash_after(doc, li, t.at) && words <= 80
            // `Examples from members (15′) – A. Name, Director of …, and B. Name, …`: the
            // bracketed length closes the entry's name, and its people follow a dash.
            || p.paren && bracket_then_dash(doc, li, t.at) && words <= 80
            // `The next 35 minutes go to the experiment ...`: a paragraph per part.
            || ordinal_lead(doc, li, t.at) && words <= 100
        {
            0.8
        } else {
            continue;
        };
        return Some((d, t.at, strength));
    }
    None
}

/// True when the length `t` opens a bracket that a length per unit closes (`(6 min ≈ 1 min
/// per person)`, `(6 min = 1 min each)`), only marks between.
fn each_restated(doc: &Doc<'_>, toks: &[super::tokens::Token], t: &super::tokens::Token) -> bool {
    let k = toks.partition_point(|x| x.at.0 < t.at.1);
    let Some(next) = toks.get(k) else { return false };
    let Kind::Dur(d) = next.kind else { return false };
    let between = doc.text.get(t.at.1..next.at.0).unwrap_or("x");
    let rest = &doc.text[next.at.1..doc.lines[next.line].end()];
    let opened = doc.text[doc.lines[t.line].start..t.at.0].trim_end().ends_with('(');
    opened && d.per_unit && between.len() <= 6 && between.chars().all(|c| c.is_whitespace() || matches!(c, '≈' | '=' | '~' | ',' | ';' | '/')) && rest.split_once(')').is_some_and(|(unit, _)| unit.split_whitespace().count() <= 3 && !unit.contains(|c: char| c.is_numeric() || c == '('))
}

/// True when only a word for a place in a sequence stands before the length on its line
/// (`First 20 minutes: introductions`, `- Next 40 minutes: groups`, `The final 15 minutes:`).
pub(crate) fn ordinal_lead(doc: &Doc<'_>, li: usize, at: (usize, usize)) -> bool {
    let body = doc.shapes[li].body.min(at.0);
    // A word or two, so that each length on a line millions of bytes long costs the same.
    if at.0 - body > 24 {
        return false;
    }
    let lead = doc.text[body..at.0].trim_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
    let lead = lead.strip_prefix("The ").or_else(|| lead.strip_prefix("the ")).unwrap_or(lead);
    matches!(words::fold(lead).as_str(), "first" | "next" | "then" | "final" | "last" | "remaining" | "following" | "another")
}

/// True when a verb for being ends `before` (`is`, `are`, `ist`, `est`, `è`), the text
/// before a length.
fn copula_before(before: &str) -> bool {
    let w = before.trim_end().rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    before.trim_end().len() > w.len() && matches!(words::fold(w).as_str(), "is" | "are" | "was" | "were" | "be" | "ist" | "sind" | "est" | "sont" | "e" | "es" | "son" | "sao")
}

/// True when the bracket the length `at` stands in closes right after it and a dash
/// follows (`(15′) – A. Name`).
pub(crate) fn bracket_then_dash(doc: &Doc<'_>, li: usize, at: (usize, usize)) -> bool {
    let after = &doc.text[at.1..doc.lines[li].end()];
    after.strip_prefix([')', ']']).is_some_and(|a| a.starts_with(" - ") || a.starts_with(" – ") || a.starts_with(" — "))
}

/// True when a spaced dash or a colon follows the length at `at` (`10 m - Regroup, ...`,
/// `15 min: Reports`): the length is set off from its title as an entry's is, however long
/// the description after it runs.
fn dash_after(doc: &Doc<'_>, li: usize, at: (usize, usize)) -> bool {
    let after = &doc.text[at.1..doc.lines[li].end()];
    after.starts_with(" - ") || after.starts_with(" – ") || after.starts_with(" — ") || after.starts_with(": ")
}

fn candidate(doc: &Doc<'_>, run: &[Entry], sitting: &[usize]) -> Option<Candidate> {
    let forest = tree(run);
    let mut notes = Vec::new();
    let mut flat = flatten(&forest);
    // One timed entry over timed children is the total: read the children.
    loop {
        let timed: Vec<&Flat> = flat.iter().filter(|f| matches!(f, Flat::Timed(..))).collect();
        let [Flat::Timed(_, kids)] = timed.as_slice() else { break };
        let inner = flatten(kids);
        if inner.iter().filter(|f| matches!(f, Flat::Timed(..))).count() < 2 {
            break;
        }
        flat = inner;
    }
    let mut items = Vec::new();
    let mut seen_timed = false;
    let mut stopped: Option<usize> = None;
    for (k, f) in flat.iter().enumerate() {
        match f {
            Flat::Timed(e, kids) => {
                let (d, at, strength) = e.length.expect("timed entries have a length");
                // A table row that takes no time and whose time cells are dashes (`Part 3
                // continued | 0' | - | -`) is not scheduled: no item of the agenda. An entry
                // written with no minutes elsewhere (`Break-out groups (0 min)`) stays, for
                // `check` to report as a zero-length segment.
                if d.minutes == 0 && unscheduled_row(doc, e.line) {
                    continue;
                }
                // A length per speaker with no count gives no length to the entry.
                if d.per_unit {
                    if seen_timed && flat[k + 1..].iter().any(|f| matches!(f, Flat::Timed(..))) {
                        stopped = Some(e.line);
                        break;
                    }
                    continue;
                }
                seen_timed = true;
                items.push(Item {
                    line: e.line,
                    at,
                    start: None,
                    end: None,
                    length: Some((d, at)),
                    strength: strength * if d.is_exact() { 1.0 } else { 0.8 },
                    cell: None,
                    children: lines_of(kids),
                    named: None,
                });
            }
            Flat::Untimed(e) => {
                if seen_timed && flat[k + 1..].iter().any(|f| matches!(f, Flat::Timed(..))) {
                    stopped = Some(e.line);
                    break;
                }
            }
        }
    }
    if let Some(li) = stopped {
        let l = doc.lines[li];
        notes.push(ParseNote {
            code: codes::UNTIMED_ENTRY.into(),
            level: NoteLevel::Warning,
            message: "this entry gives no length, so the entries after it cannot be placed; the agenda is read up to here".into(),
            span: doc.span(l.start, l.end()),
        });
    }
    if items.len() < 2
        || alternatives(doc, &items)
        || at_times_of_day(doc, &items)
        || each_after_a_showing(doc, &items)
        || priced(doc, &items)
        || all_spans(&items)
        || timed_to_the_second(doc, &items)
        || hours_of_the_day(doc, &items)
    {
        return None;
    }
    let kinds_alike = items.windows(2).all(|w| doc.shapes[w[0].line].marker == doc.shapes[w[1].line].marker);
    let score = items.iter().map(|i| i.strength).sum::<f32>() + 0.3 * items.len() as f32 + if kinds_alike { 0.5 } else { 0.0 };
    let first = items[0].line;
    Some(Candidate { basis: Basis::Lengths, items, score, sitting: sitting[first], zone: None, notes, until: None })
}

/// List entries that open with a bare number of minutes before a dash and a title (`* 5 -
/// Warmup`, `* 25 - Lecture`), three or more in a row, whose numbers add up to the length
/// the text declares: with no unit written, only that sum says they are minutes.
pub(crate) fn bare_minutes(doc: &Doc<'_>, sitting: &[usize], declared: u32) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut run: Vec<Item> = Vec::new();
    let mut flush = |run: &mut Vec<Item>| {
        let sum: u32 = run.iter().filter_map(|i| i.length.map(|(d, _)| d.minutes)).sum();
        if run.len() >= 3 && sum == declared {
            let first = run[0].line;
            out.push(Candidate { basis: Basis::Lengths, items: std::mem::take(run), score: 1.0, sitting: sitting[first], zone: None, notes: Vec::new(), until: None });
        }
        run.clear();
    };
    for li in 0..doc.lines.len() {
        if doc.lines[li].is_blank() {
            continue;
        }
        let shape = &doc.shapes[li];
        if shape.marker == Marker::None {
            flush(&mut run);
            continue;
        }
        let body = doc.text.get(shape.body..doc.lines[li].end()).unwrap_or("");
        let n = body.bytes().take_while(u8::is_ascii_digit).count();
        let rest = &body[n..];
        let title = rest.strip_prefix(" - ").or_else(|| rest.strip_prefix(" – ")).filter(|t| t.starts_with(char::is_alphabetic));
        let minutes = body[..n].parse::<u32>().ok().filter(|m| (1..=240).contains(m));
        match ((1..=3).contains(&n), minutes, title) {
            (true, Some(m), Some(_)) => {
                let at = (shape.body, shape.body + n);
                let d = Dur { minutes: m, least: m, approx: false, per_unit: false };
                run.push(Item { line: li, at, start: None, end: None, length: Some((d, at)), strength: 0.8, cell: None, children: Vec::new(), named: None });
            }
            _ => flush(&mut run),
        }
    }
    flush(&mut run);
    out
}

/// True when the text reads as a recipe: two of an oven's temperature (`180°C`, `400 °F`),
/// a word for its ingredients (`Ingredients`, `Ingredienti`, `Zutaten`) and a word for a
/// recipe or its servings. Its lengths (`Preparation: 30 minutes`) time a dish, not a session.
pub(crate) fn recipe(text: &str) -> bool {
    // Searched as written, without the first letter (`Ingredients`, `ingredientes`,
    // `INGREDIENTS`), so that no lower-case copy of the text is made.
    let any = |needles: &[&str]| needles.iter().any(|n| memchr::memmem::find(text.as_bytes(), n.as_bytes()).is_some());
    let ingredients = || any(&["ngredi", "NGREDI", "utaten", "kładnik", "нгредиент"]);
    let dish = || any(&["ecipe", "ECIPE", "icetta", "ezept", "eceita", "ervings", "orzioni", "orciones", "ецепт"]);
    if oven_temperature(text) { ingredients() || dish() } else { ingredients() && dish() }
}

/// True when the text gives a temperature of 100 degrees or more (`180°C`, `400 °F`,
/// `200ºC`), as an oven's is.
fn oven_temperature(text: &str) -> bool {
    let b = text.as_bytes();
    // `°` and `º` are 0xC2 0xB0 and 0xC2 0xBA.
    memchr::memchr_iter(0xC2, b).any(|i| {
        let unit = text.get(i + 2..).unwrap_or("").trim_start_matches(' ');
        let digits = text[..i].trim_end_matches(' ');
        let n = digits.len() - digits.trim_end_matches(|c: char| c.is_ascii_digit()).len();
        matches!(b.get(i + 1), Some(0xB0 | 0xBA)) && unit.starts_with(['c', 'f', 'C', 'F']) && (3..=4).contains(&n)
    })
}

/// True when most entries (three at least) stand under a line with a time of day, and
/// those times made no agenda (a clock agenda's lines are not read here): a listing of
/// things at given hours with their lengths (a broadcaster's programmes, `03:30 GMT` over
/// `150 min`), not the parts of one session.
fn at_times_of_day(doc: &Doc<'_>, items: &[Item]) -> bool {
    // A time that is also a length (Dutch `0.15 uur`) is not counted. A length that overlaps
    // a time starts at most a few words before it: only the tokens there are looked at (a
    // line may hold thousands of such times).
    let apart = |a: (usize, usize), b: (usize, usize)| a.1 <= b.0 || b.1 <= a.0;
    let timed = |li: usize| {
        let toks = doc.line_tokens(li);
        toks.iter().any(|t| {
            let from = t.at.0.saturating_sub(80);
            matches!(t.kind, Kind::Point(_) | Kind::Range(..))
                && starting_near(toks, from, t.at.1 - from).all(|d| !matches!(d.kind, Kind::Dur(_)) || apart(t.at, d.at))
        })
    };
    let n = items
        .iter()
        .filter(|i| {
            let above = doc.filled_above(i.line);
            !timed(i.line) && above.is_some_and(timed)
        })
        .count();
    n >= 3 && n * 2 >= items.len()
}

/// True when there are three entries or more, none of whose own lines holds a time of day,
/// and each has, within five lines above it and after the entry before, a line giving a
/// date and a time (`Fr 7.11. 15.00 Uhr` a few lines over `116 Minuten`): each length is
/// that of a showing, as a cinema's or a festival's programme lists them, not a part of
/// one sitting.
fn each_after_a_showing(doc: &Doc<'_>, items: &[Item]) -> bool {
    let dated_time = |li: usize| {
        let toks = doc.line_tokens(li);
        toks.iter().any(|t| matches!(t.kind, Kind::Date(_))) && toks.iter().any(|t| matches!(t.kind, Kind::Point(_) | Kind::Range(..)))
    };
    let mut after = 0;
    items.len() >= 3
        && items.iter().all(|i| {
            let from = after.max(i.line.saturating_sub(5));
            after = i.line + 1;
            !dated_time(i.line) && (from..i.line).any(dated_time)
        })
}

/// True when every length is also a time of day where it stands (`10 h – Charla`, `14h
/// Visite`) and one is of seven hours or more: entries' start times, not their lengths.
fn hours_of_the_day(doc: &Doc<'_>, items: &[Item]) -> bool {
    let also_a_time = |i: &Item| {
        let Some((_, at)) = i.length else { return false };
        let toks = doc.line_tokens(i.line);
        toks[toks.partition_point(|t| t.at.0 < at.0)..].iter().take_while(|t| t.at.0 == at.0).any(|t| matches!(t.kind, Kind::Point(_)))
    };
    items.iter().any(|i| i.length.is_some_and(|(d, _)| d.minutes >= 7 * 60)) && items.iter().all(also_a_time)
}

/// True when the lengths are choices, not parts of one agenda: an entry but the last ends
/// in `or` (`- 60 mins; or` over `- 90 mins`), or two entries in a row name the same thing
/// with different lengths (`50′ presentation` then `25′ presentation`: formats offered).
fn alternatives(doc: &Doc<'_>, items: &[Item]) -> bool {
    let or = items[..items.len() - 1].iter().any(|i| {
        let t = doc.lines[i.line].text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '.' | '…'));
        let last = t.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        matches!(last.to_lowercase().as_str(), "or" | "ou" | "oder" | "oppure")
    });
    or || items.iter().any(|i| offers_choice(doc, i)) || same_words_each_row(doc, items) || items.windows(2).any(|w| {
        let (a, b) = (w[0].length.map(|l| l.0.minutes), w[1].length.map(|l| l.0.minutes));
        a != b && w[0].line != w[1].line && same_name(doc, &w[0], &w[1])
    })
}

/// True when a price follows every entry's length (`- 60 Minuten: € 59.-`, `90 min $120`):
/// a price list of lengths to book, not the parts of an agenda.
fn priced(doc: &Doc<'_>, items: &[Item]) -> bool {
    items.iter().all(|i| {
        let Some((_, at)) = i.length else { return false };
        let l = doc.lines[i.line];
        if !(l.start <= at.0 && at.1 <= l.end()) {
            return false;
        }
        let after = doc.text[at.1..l.end()].trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '-' | '–' | '|' | '=' | '*'));
        // The amount may come first (`59 €`, `120 EUR`).
        let amount = after.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | ' ' | '\u{a0}'));
        let currency = |t: &str| {
            t.starts_with(words::CURRENCY_SYMBOLS)
                || ["EUR", "USD", "GBP", "CHF", "CAD", "AUD", "SEK", "NOK", "DKK", "PLN", "CZK", "JPY", "kr", "zł", "Kč"].iter().any(|c| {
                    t.strip_prefix(c).is_some_and(|r| !r.starts_with(char::is_alphabetic))
                })
        };
        currency(after) || amount.len() < after.len() && currency(amount)
    })
}

/// True when seconds follow every entry's length, three at least (`0h 39m 46s`, `12 min
/// 05 sec`): times measured to the second (race results, a video's chapters), no agenda.
fn timed_to_the_second(doc: &Doc<'_>, items: &[Item]) -> bool {
    items.len() >= 3
        && items.iter().all(|i| {
            let Some((_, at)) = i.length else { return false };
            let after = doc.text[at.1..].trim_start_matches(' ');
            let n = after.bytes().take_while(u8::is_ascii_digit).count();
            let unit = after[n..].trim_start_matches(' ');
            let w = unit.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            (1..=2).contains(&n) && matches!(w, "s" | "sec" | "secs" | "second" | "seconds" | "Sek" | "seg" | "segundos")
        })
}

/// True when every entry, three at least, is a span of lengths (`20 - 30 mins.`, `15-25
/// min`): times a chart gives for things to take (a cooking chart), where an agenda gives
/// its parts one length each.
fn all_spans(items: &[Item]) -> bool {
    items.len() >= 3 && items.iter().all(|i| i.length.is_some_and(|(d, _)| d.least < d.minutes))
}

/// True when an entry's length is one of two offered (`30 minutes or 60 minutes`, `30 or
/// 60 minutes`, `45 oder 90 Minuten`): a format's choice of lengths, which no agenda entry has.
fn offers_choice(doc: &Doc<'_>, i: &Item) -> bool {
    let Some((_, at)) = i.length else { return false };
    let l = doc.lines[i.line];
    if !(l.start <= at.0 && at.1 <= l.end()) {
        return false;
    }
    let choice = |w: &str| matches!(w.to_lowercase().as_str(), "or" | "ou" | "oder" | "o" | "eller" | "oppure" | "bzw");
    // The words between two lengths of the line are one `or`.
    let toks = doc.line_tokens(i.line);
    let joined = toks.windows(2).any(|w| {
        matches!((&w[0].kind, &w[1].kind), (Kind::Dur(_), Kind::Dur(_)))
            && (w[0].at == at || w[1].at == at)
            && doc.text.get(w[0].at.1..w[1].at.0).is_some_and(|b| choice(b.trim().trim_end_matches(',')))
    });
    // `25 or 50 minutes`, read as one length: `or` within it.
    let within = doc.text[at.0..at.1].split_whitespace().any(choice);
    // A bare number and `or` right before the length.
    let before = doc.text[l.start..at.0].trim_end();
    let mut back = before.rsplit(char::is_whitespace);
    let bare = back.next().is_some_and(choice) && back.next().is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
    joined || within || bare
}

/// True when the entries are rows of a table whose rows, three or more, each hold the same
/// cell of five words or more in the same column (`| Gold | 10 min | Time from a call to an
/// engineer on it |`): one measure's targets per row (per tier, per priority), not parts of
/// one sitting, whose rows each say what they are.
fn same_words_each_row(doc: &Doc<'_>, items: &[Item]) -> bool {
    let cells = |li: usize| &doc.shapes[li].cells;
    let first = items[0].line;
    let width = cells(first).len();
    if width == 0 || items.iter().any(|i| cells(i.line).len() != width) {
        return false;
    }
    // The table's rows: the lines of as many cells next to the entries', up to twenty
    // before the first and after the last (a long table is not read again per list in it).
    let row = |li: &usize| cells(*li).len() == width;
    let last = items[items.len() - 1].line;
    let top = (first.saturating_sub(20)..first).rev().take_while(row).last().unwrap_or(first);
    let rows: Vec<usize> = (top..doc.lines.len().min(last + 21)).take_while(row).collect();
    let text = |li: usize, k: usize| doc.text[cells(li)[k].0..cells(li)[k].1].trim();
    (0..width).any(|k| {
        let t = text(first, k);
        t.split_whitespace().count() >= 5 && items.iter().all(|i| text(i.line, k) == t) && rows.iter().filter(|&&li| text(li, k) == t).count() >= 3
    })
}

/// True when two entries' lines say the same words besides their lengths, in any case.
fn same_name(doc: &Doc<'_>, a: &Item, b: &Item) -> bool {
    // The line's words but the length's (a wrapped entry's length stands on the next line).
    let words = |i: &Item| {
        let l = doc.lines[i.line];
        let (x, y) = if l.start <= i.at.0 && i.at.1 <= l.end() { (i.at.0, i.at.1) } else { (l.end(), l.end()) };
        let cut = |c: char| !c.is_alphanumeric();
        doc.text[l.start..x].split(cut).chain(doc.text[y..l.end()].split(cut)).filter(|s| !s.is_empty())
    };
    let (mut wa, mut wb) = (words(a), words(b));
    let mut any = false;
    loop {
        match (wa.next(), wb.next()) {
            (None, None) => return any,
            (Some(x), Some(y)) if x.eq_ignore_ascii_case(y) || !(x.is_ascii() && y.is_ascii()) && crate::parse::words::fold(x) == crate::parse::words::fold(y) => any = true,
            _ => return false,
        }
    }
}

/// True when line `li` is a table row with a cell holding only a dash (`| - |`), the
/// mark of a time left out.
fn unscheduled_row(doc: &Doc<'_>, li: usize) -> bool {
    doc.shapes[li].cells.iter().any(|&(a, b)| matches!(doc.text[a..b].trim(), "-" | "–" | "—"))
}

fn lines_of(nodes: &[Node]) -> Vec<usize> {
    let mut out = Vec::new();
    for n in nodes {
        out.push(n.entry.line);
        out.extend(lines_of(&n.children));
    }
    out
}

/// Builds the forest: an entry with a length and no marker heads what follows; list
/// entries nest by indentation, and at equal indentation a new marker kind is a child
/// while the same kind is a sibling.
fn tree(run: &[Entry]) -> Vec<Node> {
    let mut roots: Vec<Node> = Vec::new();
    // (indent, marker) of each node from a root down to the last one added.
    let mut path: Vec<(u32, Marker)> = Vec::new();
    for e in run {
        if e.marker == Marker::None && e.length.is_none() {
            // What stands under a timed markdown heading up to the next heading of its level
            // (`### Option A`, `Speakers:` under `## Phase 3 (30 Min)`) is part of it.
            let root_heading = roots.last().map_or(0, |r| r.entry.heading);
            if root_heading > 0 && (e.heading == 0 || e.heading > root_heading) && path.first().is_some_and(|&(_, m)| m == Marker::None) {
                continue;
            }
            // An untimed heading closes a timed line's children, not a list entry's.
            if path.first().is_some_and(|&(_, m)| m == Marker::None) {
                path.clear();
            }
            continue;
        }
        // A timed line without a marker heads what follows, unless it is indented under a
        // list entry (`* 50 min - Related Work` over `    ~10m: DKIM`): then it is a child.
        let under_entry = path.iter().rev().find(|&&(_, m)| m != Marker::None).is_some_and(|&(i, _)| e.indent > i);
        if e.marker == Marker::None && !under_entry {
            roots.push(Node { entry: e.clone(), children: Vec::new() });
            path = vec![(e.indent, Marker::None)];
            continue;
        }
        if let Some(pos) = path.iter().rposition(|&(i, m)| i == e.indent && m == e.marker) {
            path.truncate(pos);
        } else {
            while path.last().is_some_and(|&(i, _)| i > e.indent) {
                path.pop();
            }
        }
        let node = Node { entry: e.clone(), children: Vec::new() };
        match descend(&mut roots, path.len()) {
            Some(parent) => parent.children.push(node),
            None => roots.push(node),
        }
        path.push((e.indent, e.marker));
    }
    roots
}

/// The node at `depth` along the last branch (the parent of a new node at that depth).
fn descend(roots: &mut [Node], depth: usize) -> Option<&mut Node> {
    if depth == 0 {
        return None;
    }
    let mut node = roots.last_mut()?;
    for _ in 1..depth {
        node = node.children.last_mut()?;
    }
    Some(node)
}

enum Flat<'a> {
    Timed(&'a Entry, &'a [Node]),
    Untimed(&'a Entry),
}

/// The entries that are segments: timed nodes (with their children as notes); untimed
/// nodes give way to their timed descendants. Timed children that take longer than their
/// parent cannot be inside it (`Overview (5 min)`, then `a) … (5 min)`, `b) … (10 min)`):
/// they follow it.
fn flatten(nodes: &[Node]) -> Vec<Flat<'_>> {
    let mut out = Vec::new();
    for n in nodes {
        let inside: u32 = n.children.iter().filter_map(|c| c.entry.length.map(|(d, _, _)| d.minutes)).sum();
        if let Some((d, _, _)) = n.entry.length.filter(|_| inside > 0) {
            if inside > d.minutes && n.children.iter().all(|c| c.entry.indent <= n.entry.indent) {
                out.push(Flat::Timed(&n.entry, &[]));
                out.extend(flatten(&n.children));
                continue;
            }
        }
        if n.entry.length.is_some() {
            out.push(Flat::Timed(&n.entry, &n.children));
        } else if has_timed(&n.children) {
            out.extend(flatten(&n.children));
        } else {
            out.push(Flat::Untimed(&n.entry));
        }
    }
    out
}

fn has_timed(nodes: &[Node]) -> bool {
    nodes.iter().any(|n| n.entry.length.is_some() || has_timed(&n.children))
}

/// Lengths run on in one line: `Welcome (5 min), Panel (40 min), Q&A (30 min)` or
/// `Timing: 10 min welcome; 40 min panel; 30 min Q&A`. Three or more, each in brackets or
/// each after a list separator, with no sentence end between two of them, so prose such as
/// `90 minutes, with 10 minutes for questions` is no agenda.
pub(crate) fn run_on(doc: &Doc<'_>, sitting: &[usize], skip: &Covered, clock_lines: &[bool]) -> Vec<Candidate> {
    let mut out = Vec::new();
    let wholes: Vec<(usize, Parts)> =
        (0..doc.lines.len()).filter(|&li| !clock_lines[li]).filter_map(|li| Some((li, whole_and_parts(doc, li)?.1))).take(2).collect();
    for li in 0..doc.lines.len() {
        if clock_lines[li] {
            continue;
        }
        let durs: Vec<(Dur, (usize, usize))> = doc
            .line_tokens(li)
            .iter()
            .filter_map(|t| match t.kind {
                Kind::Dur(d) if !skip.covers(t.at) && d.minutes > 0 => Some((d, t.at)),
                _ => None,
            })
            .collect();
        // A whole laid out in parts (one such sentence in the text: several describe formats).
        // Its score reaches an agenda's only when the whole is the declared length too.
        if durs.len() >= 2 && wholes.len() == 1 && wholes[0].0 == li {
            out.push(sentence_parts(li, &wholes[0].1, 0.5, 1.0, sitting[li]));
            continue;
        }
        if durs.len() == 2 && one_after_another(doc, durs[0], durs[1]) {
            out.push(sentence_parts(li, &durs, 0.8, 2.2, sitting[li]));
            continue;
        }
        // So many blocks with breaks between them, the block's length read as no session's.
        let blocks = doc.line_tokens(li).iter().filter_map(|t| if let Kind::Dur(d) = t.kind { Some((d, t.at)) } else { None }).collect::<Vec<_>>();
        if let Some(parts) = (blocks.len() == 2).then(|| blocks_with_breaks(doc, blocks[0], blocks[1])).flatten() {
            let items = parts
                .iter()
                .map(|&(d, at, named)| Item { line: li, at, start: None, end: None, length: Some((d, at)), strength: 0.8, cell: None, children: Vec::new(), named: Some(named) })
                .collect();
            out.push(Candidate { basis: Basis::Lengths, items, score: 2.2, sitting: sitting[li], zone: None, notes: Vec::new(), until: None });
            continue;
        }
        if let Some(parts) = (durs.len() >= 2).then(|| purposes(doc, &durs)).flatten() {
            out.push(sentence_parts(li, &parts, 0.8, 1.1 * parts.len() as f32, sitting[li]));
            continue;
        }
        if durs.len() < 3 {
            continue;
        }
        // The longest chain of bracketed or separated lengths with no sentence end between.
        let separated = |&(_, at): &(Dur, (usize, usize))| {
            let p = place(doc, li, at);
            let before = doc.text[doc.lines[li].start..at.0].trim_end();
            p.paren || before.ends_with([',', ';', '|', '/', '•', ':']) || p.start
        };
        let joins = |&(_, prev): &(Dur, (usize, usize)), &(_, at): &(Dur, (usize, usize))| {
            let between = &doc.text[prev.1..at.0];
            !between.contains(". ") && between.len() < 200
        };
        let best = longest_run(&durs, separated, joins);
        if best.len() < 3 {
            continue;
        }
        let items: Vec<Item> = best
            .iter()
            .map(|&(d, at)| Item { line: li, at, start: None, end: None, length: Some((d, at)), strength: if d.is_exact() { 0.8 } else { 0.6 }, cell: None, children: Vec::new(), named: None })
            .collect();
        let score = items.iter().map(|i| i.strength).sum::<f32>() + 0.3 * items.len() as f32;
        out.push(Candidate { basis: Basis::Lengths, items, score, sitting: sitting[li], zone: None, notes: Vec::new(), until: None });
    }
    out
}

/// `| Section | Time | Comments |` over rows of bare numbers (`| Welcome | 5 | |`): a
/// column of minutes, read as the entries' lengths when its heading says minutes, or says
/// time or length and the numbers add up to a length the text states (a column of bare
/// hours does not). Three rows at least.
pub(crate) fn minutes_column(doc: &Doc<'_>, sitting: &[usize]) -> Vec<Candidate> {
    let mut out = Vec::new();
    let n = doc.lines.len();
    // The exact lengths the text states, up to ten hours (found on first need, once).
    let stated_lengths: std::cell::OnceCell<Vec<bool>> = std::cell::OnceCell::new();
    let stated = |m: u32| {
        let lengths = stated_lengths.get_or_init(|| {
            let mut v = vec![false; 601];
            for t in &doc.tokens {
                if let Kind::Dur(d) = t.kind {
                    if d.is_exact() && d.minutes <= 600 {
                        v[d.minutes as usize] = true;
                    }
                }
            }
            v
        });
        lengths.get(m as usize).copied().unwrap_or(false)
    };
    let mut li = 0;
    while li < n {
        let heading = |&(a, b): &(usize, usize)| {
            let w = words::fold(doc.text[a..b].trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace()));
            match w.as_str() {
                "minutes" | "mins" | "min" | "time (min)" | "time (mins)" | "time (minutes)" | "duration (min)" | "duration (minutes)" | "length (min)" => Some(true),
                "time" | "duration" | "length" => Some(false),
                _ => None,
            }
        };
        let Some((col, explicit)) = doc.shapes[li].cells.iter().enumerate().find_map(|(k, c)| heading(c).map(|e| (k, e))) else {
            li += 1;
            continue;
        };
        let mut items = Vec::new();
        let mut j = li + 1;
        while j < n {
            // The rule under the heading (`|---|---|`).
            if doc.shapes[j].rule {
                j += 1;
                continue;
            }
            let Some(&(a, b)) = doc.shapes[j].cells.get(col) else { break };
            let cell = &doc.text[a..b];
            if !cell.is_empty() && cell.chars().all(|c| matches!(c, '-' | ':' | '=' | ' ')) {
                j += 1;
                continue;
            }
            let Some(m) = cell.trim().parse::<u32>().ok().filter(|m| (1..=600).contains(m)) else { break };
            let at = (a, b);
            // The row's first cell names it (`| Welcome | 5 | intro |`).
            let named = doc.shapes[j].cells.first().copied().filter(|&(x, y)| col > 0 && doc.text[x..y].contains(char::is_alphabetic));
            items.push(Item {
                line: j,
                at,
                start: None,
                end: None,
                length: Some((Dur { minutes: m, least: m, approx: false, per_unit: false }, at)),
                strength: 0.8,
                cell: Some(col),
                children: Vec::new(),
                named,
            });
            j += 1;
        }
        if items.len() >= 3 {
            let sum: u32 = items.iter().filter_map(|i| i.length.map(|(d, _)| d.minutes)).sum();
            if explicit || stated(sum) {
                let score = items.iter().map(|i| i.strength).sum::<f32>() + 0.3 * items.len() as f32;
                out.push(Candidate { basis: Basis::Lengths, sitting: sitting[items[0].line], items, score, zone: None, notes: Vec::new(), until: None });
            }
        }
        li = j.max(li + 1);
    }
    out
}

/// The longest run of `items` that each `fit`, each joined to the one before by `joins`
/// (earliest of the longest).
fn longest_run<T: Copy>(items: &[T], fits: impl Fn(&T) -> bool, joins: impl Fn(&T, &T) -> bool) -> Vec<T> {
    let (mut best, mut cur): (Vec<T>, Vec<T>) = (Vec::new(), Vec::new());
    for x in items {
        let ok = fits(x);
        if !ok || !cur.last().is_some_and(|p| joins(p, x)) {
            if cur.len() > best.len() {
                best = std::mem::take(&mut cur);
            }
            cur.clear();
        }
        if ok {
            cur.push(*x);
        }
    }
    if cur.len() > best.len() {
        best = cur;
    }
    best
}

/// A candidate of the lengths `parts` on line `li`, each an entry of `strength`, scored
/// `score`.
fn sentence_parts(li: usize, parts: &[(Dur, (usize, usize))], strength: f32, score: f32, sitting: usize) -> Candidate {
    let items = parts.iter().map(|&(d, at)| Item { line: li, at, start: None, end: None, length: Some((d, at)), strength, cell: None, children: Vec::new(), named: None }).collect();
    Candidate { basis: Basis::Lengths, items, score, sitting, zone: None, notes: Vec::new(), until: None }
}

/// Exact lengths in one sentence, each saying what it is for (`10 minutes for the
/// introduction, 60 minutes for group work and 20 minutes for the wrap-up`, `7 minutes for
/// the talk + 3 minutes for questions`), each after the one before and a comma, `and`,
/// `+` or a word saying it comes next: the parts of a session laid end to end. A length
/// given as how long something lasts (`for 30 minutes`) or as a share (`with 10 minutes
/// for questions`) is no part.
fn purposes(doc: &Doc<'_>, durs: &[(Dur, (usize, usize))]) -> Option<Parts> {
    let text = doc.text;
    let words_of = |t: &str| -> Vec<String> { t.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(words::fold).collect() };
    // The length says what it is for: `for`, `of`, or their kin, after a word for set aside
    // at most (`allotted for`).
    let for_what = |at: (usize, usize)| {
        let after = &text[at.1..crate::source::floor_char(text, (at.1 + 40).min(text.len()))];
        let ws = words_of(after);
        let k = usize::from(ws.first().is_some_and(|w| words::is_set_aside_word(w)));
        // Italian `per` is "for" before an article (`per la discussione`); English `per` is
        // "each" (`10 minutes per speaker`).
        let italian_per = || ws.get(k) == Some(&"per".to_string()) && ws.get(k + 1).is_some_and(|w| matches!(w.as_str(), "la" | "il" | "le" | "lo" | "l" | "i" | "gli"));
        (ws.get(k).is_some_and(|w| matches!(w.as_str(), "for" | "of" | "para" | "pour" | "fur" | "voor" | "de" | "di" | "do" | "da")) || italian_per())
            && ws.get(k + 1).is_some_and(|w| !words::is_per_unit_word(w) && w != "every")
    };
    let ok = |&(d, at): &(Dur, (usize, usize))| d.is_exact() && d.minutes > 0 && for_what(at);
    let joined = |&(_, prev): &(Dur, (usize, usize)), &(_, at): &(Dur, (usize, usize))| {
        let between = &text[prev.1..at.0];
        let last = words_of(between.rsplit([',', '+']).next().unwrap_or(between));
        let tail = between.trim_end();
        between.len() <= 120
            && !between.contains(". ")
            && !last.iter().any(|w| words::is_share_word(w))
            && (tail.ends_with([',', '+', ';']) || last.last().is_some_and(|w| words::is_and_word(w) || w == "plus" || words::is_next_word(w) || w == "by"))
    };
    let best = longest_run(durs, ok, joined);
    // `for 30 minutes` is how long something lasts, not a part; a sentence that gives the
    // parts of each item (`Each talk gets …`) or a default (`if no length is given …`) lays
    // out no session.
    let first = best.first()?;
    let line_start = doc.lines.partition_point(|l| l.start <= first.1 .0).saturating_sub(1);
    let from = crate::source::floor_char(text, first.1 .0.saturating_sub(160)).max(doc.lines.get(line_start).map_or(0, |l| l.start));
    let lead = &text[from..first.1 .0];
    let sentence = lead.rsplit(". ").next().unwrap_or(lead);
    let before = words_of(sentence);
    let distributive = before.iter().any(|w| words::is_per_unit_word(w) || matches!(w.as_str(), "every" | "if" | "unless" | "default"));
    // `The session lasts 90 minutes, with 10 minutes for …`: shares of a whole said before
    // them, not parts laid end to end.
    let start = first.1 .0 - sentence.len();
    // A whole right before, its parts in brackets adding up to it (`8 minutes (6 minutes
    // for the pitch + 2 minutes for a question)`), is laid out by them.
    let sum: u32 = best.iter().map(|(d, _)| d.minutes).sum();
    let bracketed = |(d, at): &(Dur, (usize, usize))| d.minutes == sum && text[at.1..first.1 .0].trim() == "(";
    let whole_before = durs.iter().rfind(|&&(_, at)| at.0 >= start && at.1 <= first.1 .0).is_some_and(|w| !bracketed(w));
    let share = before.last().is_some_and(|w| words::is_share_word(w));
    (best.len() >= 2 && !distributive && !whole_before && !share && !before.last().is_some_and(|w| matches!(w.as_str(), "for" | "within" | "in" | "after"))).then_some(best)
}

/// A part named apart from its length: the length, its bytes, and the bytes of its name.
pub(crate) type NamedPart = (Dur, (usize, usize), (usize, usize));

/// The parts of a whole: each length with its bytes.
pub(crate) type Parts = Vec<(Dur, (usize, usize))>;

/// A whole and its parts in one sentence: an exact length, a noun for a whole session and
/// a word saying it holds what follows (`includes`, `consists of`, `with`), then two to six
/// exact lengths that add up to it, each joined to the one before by a word saying it comes next (`a 60-minute
/// session that includes a 20-minute lecture followed by a 40-minute conversation`).
/// Returns the whole's bytes and the parts; lengths that only add up, or parts with no
/// whole before them (`a 20-minute talk followed by 5 minutes of questions`), are none.
pub(crate) fn whole_and_parts(doc: &Doc<'_>, li: usize) -> Option<((usize, usize), Parts)> {
    // A whole and two parts at least.
    doc.line_tokens(li).iter().filter(|t| matches!(t.kind, Kind::Dur(_))).nth(2)?;
    let durs: Vec<(Dur, (usize, usize))> = doc.line_tokens(li).iter().filter_map(|t| if let Kind::Dur(d) = t.kind { Some((d, t.at)) } else { None }).collect();
    // Text between two lengths of one sentence, or `None` past a sentence's end.
    let between = |a: (usize, usize), b: (usize, usize)| Some(&doc.text[a.1..b.0]).filter(|t| t.len() <= 120 && !t.contains(". ") && !t.contains("; "));
    let folded = |t: &str| -> Vec<String> { t.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(words::fold).collect() };
    for (k, &(whole, at)) in durs.iter().enumerate() {
        if !whole.is_exact() {
            continue;
        }
        // Parts are added up, a few at most, until they reach the whole.
        let mut sum = 0;
        let mut prev = at;
        for (n, &(d, pat)) in durs[k + 1..].iter().enumerate().take(6) {
            if !d.is_exact() || d.minutes == 0 || between(prev, pat).is_none() {
                break;
            }
            sum += d.minutes;
            prev = pat;
            if sum < whole.minutes {
                continue;
            }
            if sum > whole.minutes || n == 0 {
                break;
            }
            let parts = &durs[k + 1..k + 2 + n];
            // The whole is a session's (`a 60-minute education session that includes`): a noun
            // for one stands at most a word after it, and its sentence does not say it is each
            // item's (`every presentation gets 30 minutes, which includes`).
            let holds = between(at, parts[0].1).is_some_and(|t| {
                let ws = folded(t);
                let h = ws.iter().position(|w| holding_word(w));
                h.is_some_and(|h| ws[..h.min(2)].iter().any(|w| super::cues::session_noun(w)))
            });
            let line = doc.lines[li];
            let lead = &doc.text[crate::source::floor_char(doc.text, at.0.saturating_sub(80).max(line.start))..at.0];
            let lead = lead.rsplit(". ").next().unwrap_or(lead);
            let each = folded(lead).iter().any(|w| words::is_per_unit_word(w) || w == "every");
            let next = parts.windows(2).all(|w| between(w[0].1, w[1].1).is_some_and(|t| folded(t).iter().any(|w| w == "followed" || w == "and" || w == "plus" || words::is_next_word(w))));
            if holds && next && !each {
                return Some((at, parts.to_vec()));
            }
            break;
        }
    }
    whole_then_parts(doc, li, &durs)
}

/// `Workshops are 90 minutes in length. The first part will be a 30 minute talk, followed
/// by 60 minutes of exercises.`: a whole session's length ending
/// its sentence's lengths, then two or three exact lengths in the next sentence that add up
/// to it, each joined to the one before by `and`, `followed` or `then`, none said to be
/// each item's.
fn whole_then_parts(doc: &Doc<'_>, li: usize, durs: &[(Dur, (usize, usize))]) -> Option<((usize, usize), Parts)> {
    let line = doc.lines[li];
    let folded = |t: &str| -> Vec<String> { t.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).map(words::fold).collect() };
    // Where the line's sentences start, found once (a line may be millions of bytes long).
    let starts: Vec<usize> = std::iter::once(line.start)
        .chain(memchr::memmem::find_iter(&doc.text.as_bytes()[line.start..line.end()], b". ").map(|i| line.start + i + 2))
        .collect();
    for (k, &(whole, at)) in durs.iter().enumerate() {
        if !whole.is_exact() {
            continue;
        }
        // The sentence after the whole's, and the one after that.
        let n = starts.partition_point(|&s| s <= at.1);
        let Some(&next_start) = starts.get(n) else { continue };
        let end = starts.get(n + 1).map_or(line.end(), |&s| s - 2);
        let rest = &durs[k + 1..];
        if rest.first().is_none_or(|&(_, a)| a.0 < next_start) {
            continue;
        }
        let from = starts[n - 1];
        if at.0 - from > 300 {
            continue;
        }
        let lead = folded(&doc.text[from..at.0]);
        let each = |ws: &[String]| ws.iter().any(|w| words::is_per_unit_word(w) || w == "every");
        if !lead.iter().any(|w| super::cues::session_noun(w)) || each(&lead) {
            continue;
        }
        if end - next_start > 400 {
            continue;
        }
        let parts: Parts = rest.iter().take_while(|&&(_, a)| a.1 <= end).copied().collect();
        if !(2..=3).contains(&parts.len()) || parts.iter().any(|(d, _)| !d.is_exact() || d.per_unit) {
            continue;
        }
        let joined = parts.windows(2).all(|w| folded(&doc.text[w[0].1 .1..w[1].1 .0]).iter().any(|x| x == "and" || x == "followed" || x == "then" || words::is_next_word(x)));
        if joined && !each(&folded(&doc.text[next_start..end])) && parts.iter().map(|(d, _)| d.minutes).sum::<u32>() == whole.minutes {
            return Some((at, parts));
        }
    }
    None
}

/// Words that say a length holds the lengths after it (`includes`, `consists of`, `with`).
fn holding_word(folded: &str) -> bool {
    matches!(
        folded,
        "includes" | "include" | "including" | "consists" | "consisting" | "comprises" | "comprising" | "contains" | "containing" | "with"
            | "divided" | "split"
    )
}

/// `three 40-minute rounds, with a 10-minute break between them`, `3 blocks of 40 minutes
/// with a 10-minute break between them`: so many blocks of the first length, a break of the
/// second between each two. Returns the parts in order, each block and break at its length.
pub(crate) fn blocks_with_breaks(doc: &Doc<'_>, block: (Dur, (usize, usize)), brk: (Dur, (usize, usize))) -> Option<Vec<NamedPart>> {
    let ws = |t: &str| -> Vec<String> { t.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(words::fold).collect() };
    // A block's length is each block's (`blocks of 40 minutes`), so it may be given per block.
    let sure = |d: Dur| !d.approx && d.least == d.minutes && d.minutes > 0;
    if !sure(block.0) || !brk.0.is_exact() || block.0.minutes < brk.0.minutes || brk.1 .0 < block.1 .1 || brk.1 .0 - block.1 .1 > 80 {
        return None;
    }
    // The word `break` right after the second length, on its line, comes first: most pairs
    // of lengths have none.
    let line = doc.lines[doc.lines.partition_point(|l| l.start <= block.1 .0).saturating_sub(1)];
    let after = doc.text[brk.1 .1..crate::source::floor_char(doc.text, (brk.1 .1 + 30).min(line.end()))].trim_start_matches(|c: char| c.is_whitespace() || c == '-');
    let first = after.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    if !["break", "pause", "breather", "intervalo", "pausa"].iter().any(|w| first.eq_ignore_ascii_case(w)) {
        return None;
    }
    let before = ws(&doc.text[crate::source::floor_char(doc.text, block.1 .0.saturating_sub(40)).max(line.start)..block.1 .0]);
    let between = &doc.text[block.1 .1..brk.1 .0];
    let mid = ws(between);
    // The count right before the first length (`two 35-minute`), or after `of` (`blocks of`).
    let count = |w: &String| words::number_word(w).or_else(|| w.parse::<f64>().ok()).filter(|n| (2.0..=6.0).contains(n) && n.fract() == 0.0);
    let block_noun = |w: &str| matches!(w, "sessions" | "blocks" | "parts" | "halves" | "rounds" | "segments" | "sittings" | "slots" | "sessoes" | "sesiones" | "bloques" | "blocs");
    let n = match (before.last(), mid.first()) {
        (Some(w), Some(noun)) if block_noun(noun) => count(w),
        (Some(of), _) if of == "of" && before.len() >= 3 && block_noun(&before[before.len() - 2]) => count(&before[before.len() - 3]),
        _ => None,
    }? as usize;
    // The bytes of the first word at or after `from` (the block's noun, the word `break`).
    let word_at = |from: usize, to: usize| -> (usize, usize) {
        let t = &doc.text[from..to];
        let a = from + t.find(char::is_alphabetic).unwrap_or(0);
        let len = doc.text[a..to].find(|c: char| !c.is_alphabetic()).unwrap_or(to - a);
        (a, a + len)
    };
    let noun_at = if mid.first().is_some_and(|w| block_noun(w)) {
        word_at(block.1 .1, brk.1 .0)
    } else {
        // `3 blocks of 40 minutes`: the noun before `of`.
        let head = &doc.text[line.start..block.1 .0];
        if !head.trim_end().get(head.trim_end().len().saturating_sub(2)..).is_some_and(|w| w.eq_ignore_ascii_case("of")) {
            return None;
        }
        let of = head.trim_end().len() - 2;
        let noun_end = head[..of].trim_end().len();
        let noun_start = head[..noun_end].rfind(|c: char| !c.is_alphabetic()).map_or(0, |p| p + 1);
        (line.start + noun_start, line.start + noun_end)
    };
    let break_at = word_at(brk.1 .1, line.end());
    // Then `with a` before the break's length.
    let with = mid.iter().rev().take(3).any(|w| w == "with" || w == "separated" || w == "and");
    if !with || between.contains(". ") || between.len() > 80 {
        return None;
    }
    let block = (Dur { per_unit: false, ..block.0 }, block.1);
    let mut parts = Vec::with_capacity(2 * n - 1);
    for k in 0..n {
        if k > 0 {
            parts.push((brk.0, brk.1, break_at));
        }
        parts.push((block.0, block.1, noun_at));
    }
    Some(parts)
}

/// Two exact lengths in one sentence, the second right after a word saying it comes next
/// (`planned for 1 hour, another half hour is then kept for questions`, `1 hodinu, další půl
/// hodina`): the sentence lays two parts end to end. A length with `with` or `of which`
/// before it (`90 minutes, with 10 minutes for questions`) is a share of the first, not next.
fn one_after_another(doc: &Doc<'_>, a: (Dur, (usize, usize)), b: (Dur, (usize, usize))) -> bool {
    let between = &doc.text[a.1 .1..b.1 .0];
    if !a.0.is_exact() || !b.0.is_exact() || a.0.minutes < 5 || b.0.minutes < 5 || between.contains(". ") || between.len() > 120 {
        return false;
    }
    let clause = between.rsplit([',', ';']).next().unwrap_or(between);
    let near: Vec<String> = clause.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).rev().take(2).map(words::fold).collect();
    between.contains([',', ';']) && near.iter().any(|w| words::is_next_word(w))
}
