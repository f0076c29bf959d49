//! Lines up two lists of titles (an agenda's segments before and after an edit) so that one
//! inserted item is one addition, not a shift of every later item.
//!
//! First the longest common subsequence of equal titles (compared folded: case, accents and
//! punctuation ignored); between two such anchors, the longest common subsequence of
//! similar titles (a retitled item); what is still unpaired in a gap is paired by position,
//! and the rest is added or removed.

/// One step of an alignment: an item in both lists, or in one only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pair {
    /// Item `.0` of the old list is item `.1` of the new one.
    Both(usize, usize),
    /// Item of the old list only (removed).
    Old(usize),
    /// Item of the new list only (added).
    New(usize),
}

/// Above this many cells (old × new items) a gap is paired by position only, so a hostile
/// agenda of thousands of items costs linear time and memory, not quadratic.
const MAX_CELLS: usize = 250_000;

/// How alike two folded titles must be (normalised Levenshtein similarity, 0 to 1) to be
/// taken for one item retitled.
const SIMILAR: f64 = 0.5;

/// A title folded for comparison: ASCII, lower case, words separated by one space.
pub fn fold(title: &str) -> String {
    let ascii = deunicode::deunicode(title).to_ascii_lowercase();
    ascii.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ")
}

/// True when two folded titles are alike enough to be one item retitled: one holds the
/// other, or they are close in spelling.
pub fn similar(a: &str, b: &str) -> bool {
    if a.is_empty() || b.is_empty() {
        return a == b;
    }
    a.contains(b) || b.contains(a) || strsim::normalized_levenshtein(a, b) >= SIMILAR
}

/// Aligns `old` with `new` (titles as written), in list order.
pub fn align(old: &[&str], new: &[&str]) -> Vec<Pair> {
    let old: Vec<String> = old.iter().map(|t| fold(t)).collect();
    let new: Vec<String> = new.iter().map(|t| fold(t)).collect();
    let mut out = Vec::with_capacity(old.len().max(new.len()));
    // Equal heads and tails are anchors without a table, so a long agenda with one edit
    // costs linear time.
    let head = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let tail = old[head..].iter().rev().zip(new[head..].iter().rev()).take_while(|(a, b)| a == b).count();
    let (oe, ne) = (old.len() - tail, new.len() - tail);
    let mut anchors: Vec<(usize, usize)> = (0..head).map(|k| (k, k)).collect();
    anchors.extend(lcs(&old, &new, head..oe, head..ne, |a, b| a == b));
    anchors.extend((0..tail).map(|k| (oe + k, ne + k)));
    let (mut i, mut j) = (0, 0);
    for (a, b) in anchors.into_iter().chain(std::iter::once((old.len(), new.len()))) {
        gap(&old, &new, i..a, j..b, &mut out);
        if a < old.len() {
            out.push(Pair::Both(a, b));
        }
        (i, j) = (a + 1, b + 1);
    }
    out
}

/// Aligns the items of one gap between anchors: similar titles first, then by position.
fn gap(old: &[String], new: &[String], o: std::ops::Range<usize>, n: std::ops::Range<usize>, out: &mut Vec<Pair>) {
    let pairs = lcs(old, new, o.clone(), n.clone(), similar);
    let (mut i, mut j) = (o.start, n.start);
    for (a, b) in pairs.into_iter().chain(std::iter::once((o.end, n.end))) {
        // What lies between two similar pairs is paired by position.
        let k = (a - i).min(b - j);
        out.extend((0..k).map(|d| Pair::Both(i + d, j + d)));
        out.extend((i + k..a).map(Pair::Old));
        out.extend((j + k..b).map(Pair::New));
        if a < o.end {
            out.push(Pair::Both(a, b));
        }
        (i, j) = (a + 1, b + 1);
    }
}

/// The longest common subsequence of `old[o]` and `new[n]` under `same`, as index pairs in
/// order; an empty list when the table would exceed [`MAX_CELLS`].
fn lcs(
    old: &[String],
    new: &[String],
    o: std::ops::Range<usize>,
    n: std::ops::Range<usize>,
    same: impl Fn(&str, &str) -> bool,
) -> Vec<(usize, usize)> {
    let (h, w) = (o.len(), n.len());
    if h == 0 || w == 0 || h.saturating_mul(w) > MAX_CELLS {
        return Vec::new();
    }
    // table[i][j]: the length of the LCS of old[o.start + i..] and new[n.start + j..].
    let mut table = vec![0u32; (h + 1) * (w + 1)];
    let at = |i: usize, j: usize| i * (w + 1) + j;
    for i in (0..h).rev() {
        for j in (0..w).rev() {
            table[at(i, j)] = if same(&old[o.start + i], &new[n.start + j]) {
                table[at(i + 1, j + 1)] + 1
            } else {
                table[at(i + 1, j)].max(table[at(i, j + 1)])
            };
        }
    }
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < h && j < w {
        if same(&old[o.start + i], &new[n.start + j]) && table[at(i, j)] == table[at(i + 1, j + 1)] + 1 {
            out.push((o.start + i, n.start + j));
            (i, j) = (i + 1, j + 1);
        } else if table[at(i + 1, j)] >= table[at(i, j + 1)] {
            i += 1;
        } else {
            j += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::Pair::{Both, New, Old};
    use super::*;

    #[test]
    fn one_inserted_item_is_one_addition() {
        let old = ["Opening", "Panel", "Q&A", "Closing"];
        let new = ["Opening", "Panel", "Breakout groups", "Q&A", "Closing"];
        assert_eq!(align(&old, &new), [Both(0, 0), Both(1, 1), New(2), Both(2, 3), Both(3, 4)]);
    }

    #[test]
    fn a_removed_item_and_a_retitled_one() {
        let old = ["Welcome and introductions", "Keynote", "Open discussion", "Wrap-up"];
        let new = ["Welcome & introduction", "Open discussion with the audience", "Wrap-up"];
        assert_eq!(align(&old, &new), [Both(0, 0), Old(1), Both(2, 1), Both(3, 2)]);
    }

    #[test]
    fn unlike_items_in_one_gap_pair_by_position() {
        let old = ["Opening", "Alpha", "Closing"];
        let new = ["Opening", "Zulu", "Yankee", "Closing"];
        assert_eq!(align(&old, &new), [Both(0, 0), Both(1, 1), New(2), Both(2, 3)]);
    }

    #[test]
    fn titles_fold_case_accents_and_punctuation() {
        assert_eq!(fold("  Débat — Q&A! "), "debat q a");
        assert!(similar("open discussion", "open discussion with the audience"));
        assert!(!similar("keynote", "open discussion"));
    }

    #[test]
    fn one_insertion_in_a_huge_list_is_one_addition() {
        let old: Vec<String> = (0..5000).map(|i| format!("item {i}")).collect();
        let mut new = old.clone();
        new.insert(2500, "inserted".into());
        let o: Vec<&str> = old.iter().map(String::as_str).collect();
        let n: Vec<&str> = new.iter().map(String::as_str).collect();
        let got = align(&o, &n);
        assert_eq!(got.iter().filter(|p| !matches!(p, Both(a, b) if a == b || a + 1 == *b)).count(), 1);
        assert_eq!(got[2500], New(2500));
    }

    #[test]
    fn huge_lists_pair_by_position_in_linear_memory() {
        let old: Vec<String> = (0..2000).map(|i| format!("item {i}")).collect();
        let new: Vec<String> = (0..2000).map(|i| format!("other {i}")).collect();
        let o: Vec<&str> = old.iter().map(String::as_str).collect();
        let n: Vec<&str> = new.iter().map(String::as_str).collect();
        let got = align(&o, &n);
        assert_eq!(got.len(), 2000);
        assert!(got.iter().enumerate().all(|(k, p)| *p == Both(k, k)));
    }
}
