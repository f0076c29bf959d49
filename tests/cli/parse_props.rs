//! Property tests: arbitrary text and arbitrary mutations of the seeds never make a parser
//! panic, and every span the parsers report lies inside the input, on character
//! boundaries, with the line and column of its start.

use proptest::prelude::*;
use runsheet::parse::{agenda, igf, notation, parse, slot};
use runsheet::source::Source;
use serde_json::Value;

const SEEDS: [&str; 2] = [include_str!("../../seeds/igf2019-ws99.txt"), include_str!("../../seeds/igf2021-ws119.txt")];

fn check_spans(src: &Source, v: &Value) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                if k == "span" {
                    let start = x["start"].as_u64().unwrap() as usize;
                    let end = x["end"].as_u64().unwrap() as usize;
                    let line = x["line"].as_u64().unwrap() as u32;
                    let column = x["column"].as_u64().unwrap() as u32;
                    assert!(start <= end && end <= src.text.len(), "span {start}..{end} outside {}", src.text.len());
                    assert!(src.text.is_char_boundary(start) && src.text.is_char_boundary(end));
                    if !(start == 0 && end == 0 && line == 0) {
                        assert_eq!(src.line_col(start), (line, column), "line/column of {start}");
                    }
                } else {
                    check_spans(src, x);
                }
            }
        }
        Value::Array(a) => a.iter().for_each(|x| check_spans(src, x)),
        _ => {}
    }
}

/// The invariants of every reading: at least one session; no negative offset; no segment
/// ending before it starts; several sessions have distinct names (their calendar UIDs).
pub fn invariants(sessions: &[runsheet::model::Session]) {
    assert!(!sessions.is_empty(), "a text always gives a session");
    for s in sessions {
        for g in &s.segments {
            assert!(g.start.value >= 0, "negative offset {} in {:?}", g.start.value, g.title.value);
            assert!(g.end.value >= g.start.value, "segment {:?} ends at {} before it starts at {}", g.title.value, g.end.value, g.start.value);
        }
    }
    if sessions.len() > 1 {
        let mut names: Vec<&str> = sessions.iter().map(|s| s.display_name()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), sessions.len(), "sessions of one text share a name");
    }
}

fn check_range(text: &str, (a, b): (usize, usize)) {
    assert!(a <= b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b));
}

fn run_all(text: &str) {
    let src = Source::new("prop", text);
    let sessions = igf::parse(&src);
    invariants(&sessions);
    for session in &sessions {
        check_spans(&src, &serde_json::to_value(session).unwrap());
        // Whatever was read can be written and read back.
        let written = agenda::to_toml(session);
        let back = parse(&Source::new("back.toml", written.clone())).unwrap_or_else(|e| panic!("{e}\n{written}"));
        assert_eq!(back.len(), 1, "a TOML agenda holds one session");
        assert_eq!(back[0].segments.len(), session.segments.len());
    }
    match parse(&src) {
        Ok(all) => {
            assert!(!all.is_empty());
            for s in &all {
                check_spans(&src, &serde_json::to_value(s).unwrap());
            }
        }
        Err(e) => {
            assert!(e.span.end <= text.len());
            assert_eq!(src.line_col(e.span.start), (e.span.line, e.span.column));
        }
    }
    if let Ok(s) = agenda::parse(&src) {
        check_spans(&src, &serde_json::to_value(&s).unwrap());
    }
    for line in text.lines() {
        for f in notation::find_ranges(line) {
            check_range(line, (f.start, f.end));
        }
        for f in notation::find_durations(line) {
            check_range(line, (f.start, f.end));
        }
        if let Some(r) = slot::read_slot(line) {
            check_range(line, r.at);
            r.notes.iter().for_each(|n| check_range(line, n.at));
        }
        let _ = notation::duration(line);
        let _ = notation::clock(line);
        let _ = notation::leading_clock(line);
    }
}

fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[derive(Debug, Clone)]
enum Edit {
    Delete(usize, usize),
    Insert(usize, String),
    DuplicateLine(usize),
    Crlf,
    LoneCr,
    Nbsp,
    Truncate(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    let piece = prop_oneof![
        "[ -~]{0,12}",
        "\\PC{0,8}",
        Just("\n".to_owned()),
        Just("00:15 – 00:40 ".to_owned()),
        Just("25:00-".to_owned()),
        Just("Speaker 9: ".to_owned()),
        Just("Online Moderator\n".to_owned()),
        Just("(Offline) / ".to_owned()),
        Just("[session]\n".to_owned()),
        Just(" - 90 Min".to_owned()),
        Just("(10:15 UTC)".to_owned()),
        Just("10:00 - 10:15 ".to_owned()),
        Just("12:30 - 1:30 ".to_owned()),
        Just("\n9:00 am\n".to_owned()),
        Just("(5 min)".to_owned()),
        Just("\nDay 2\n".to_owned()),
        Just("-00:10 ".to_owned()),
        Just("24:00 – ".to_owned()),
        Just("\n- 20 minutes: ".to_owned()),
        Just("| 14:00 | 15:00 |".to_owned()),
    ];
    prop_oneof![
        (any::<usize>(), 0usize..200).prop_map(|(a, n)| Edit::Delete(a, n)),
        (any::<usize>(), piece).prop_map(|(a, s)| Edit::Insert(a, s)),
        any::<usize>().prop_map(Edit::DuplicateLine),
        Just(Edit::Crlf),
        Just(Edit::LoneCr),
        Just(Edit::Nbsp),
        any::<usize>().prop_map(Edit::Truncate),
    ]
}

fn apply(mut s: String, e: &Edit) -> String {
    let n = s.len().max(1);
    match e {
        Edit::Delete(a, len) => {
            let a = floor(&s, a % n);
            let b = floor(&s, a + len);
            s.replace_range(a..b, "");
        }
        Edit::Insert(a, t) => {
            let a = floor(&s, a % n);
            s.insert_str(a, t);
        }
        Edit::DuplicateLine(k) => {
            let lines: Vec<&str> = s.split_inclusive('\n').collect();
            if !lines.is_empty() {
                let k = k % lines.len();
                let mut out: Vec<&str> = lines.clone();
                out.insert(k, lines[k]);
                s = out.concat();
            }
        }
        Edit::Crlf => s = s.replace('\n', "\r\n"),
        Edit::LoneCr => s = s.replace('\n', "\r"),
        Edit::Nbsp => s = s.replace(' ', "\u{a0}"),
        Edit::Truncate(a) => {
            let a = floor(&s, a % n);
            s.truncate(a);
        }
    }
    s
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(256),
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,400}") {
        run_all(&text);
    }

    #[test]
    fn arbitrary_lines_never_panic(lines in prop::collection::vec("[ -~\u{a0}–—’]{0,60}", 0..30)) {
        run_all(&lines.join("\n"));
    }

    #[test]
    fn mutated_seeds_never_panic(seed in 0usize..2, edits in prop::collection::vec(edit(), 0..10)) {
        let text = edits.iter().fold(SEEDS[seed].to_owned(), apply);
        run_all(&text);
    }
}

#[test]
fn invalid_utf8_is_noted_not_fatal() {
    let mut bytes = SEEDS[1].as_bytes().to_vec();
    bytes.splice(10..10, [0xFF, 0xFE]);
    let src = Source::from_bytes("bad", &bytes);
    let s = parse(&src).unwrap().remove(0);
    let n = s.notes.iter().find(|n| n.code == "invalid-utf8").unwrap();
    // The note points at the replacement character, on line 1 after `IGF 2021 W`.
    assert_eq!(&src.text[n.span.start..n.span.end], "\u{FFFD}");
    assert_eq!((n.span.line, n.span.column), (1, 11));
    check_spans(&src, &serde_json::to_value(&s).unwrap());
}
