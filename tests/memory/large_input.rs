//! Large inputs, one named case per test: the run ends with the right exit code, without
//! a panic, within time, and with peak memory proportional to the input (moved here from
//! the hostile-input tests so that no other test's memory counts in the children's peaks).

use std::path::Path;
use std::time::Duration;

use serde_json::Value;

use crate::rss::{Measured, measured};

fn seed(name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds").join(name)).unwrap()
}

fn ws119() -> String {
    seed("igf2021-ws119.txt")
}

/// The diagnostics with `code`.
fn with_code<'a>(diags: &'a [Value], code: &str) -> Vec<&'a Value> {
    diags.iter().filter(|d| d["code"] == code).collect()
}

// ---------------------------------------------------------------------------------------
// Large inputs: time and peak memory of the child, measured with wait4(2).

const MB: u64 = 1024 * 1024;

/// The bound on peak memory for `input` bytes of text: the input as read, the decoded text
/// (up to twice the input when every other byte is invalid UTF-8 and becomes a 3-byte
/// U+FFFD), its copy in the session's sections and the line index come to about six times
/// the input at worst (measured: 3× for prose, 5.8× for `a\xFF` repeated); 8× plus 64 MB
/// for the binary, the tz database and allocator slack.
fn memory_bound(input: u64) -> u64 {
    8 * input + 64 * MB
}

/// The bound for input that is nothing but breakdown entries, each of which becomes a
/// segment and diagnostics (see `input_of_100_mb_of_repeated_breakdowns`).
fn dense(input: u64) -> u64 {
    24 * input + 64 * MB
}

/// Time allowed for a run on 100 MB. runsheet is built with opt-level 1 in the dev profile
/// (Cargo.toml), where these runs take 1–60 s on two shared cores (unoptimised they took
/// 90–160 s each); the bound only catches a quadratic (many spans on one 100 MB line, or
/// 100,000 people each compared with all before them, took hours).
const LARGE_RUN: Duration = Duration::from_secs(300);

/// Checks one large input: the run ends with `code`, without a panic, within time, with
/// peak memory under `bound(size)`; returns the measurement.
#[cfg(target_os = "linux")]
fn check_large(dir: &tempfile::TempDir, name: &str, bytes: &[u8], code: i32, bound: fn(u64) -> u64) -> Measured {
    let input = dir.path().join(name);
    std::fs::write(&input, bytes).unwrap();
    let report = dir.path().join(format!("{name}.json"));
    let m = measured(&["check".as_ref(), "--format".as_ref(), "json".as_ref(), input.as_os_str()], &report);
    let size = bytes.len() as u64;
    eprintln!("{name}: {} MB in {:.1} s, peak RSS {} MB", size / MB, m.wall.as_secs_f64(), m.peak / MB);
    assert!(!m.stderr.contains("panicked"), "{name}: {}", m.stderr);
    assert_eq!(m.code, Some(code), "{name}: {}", m.stderr);
    assert!(m.wall < LARGE_RUN, "{name}: {:?}", m.wall);
    assert!(m.peak < bound(size), "{name}: peak RSS {} MB for {} MB", m.peak / MB, size / MB);
    // The report is complete JSON (it ends the array).
    let tail = std::fs::read(&report).unwrap();
    assert!(tail.trim_ascii_end().ends_with(b"]"), "{name}: truncated report");
    m
}

const HUNDRED_MB: usize = 100 * 1024 * 1024;

/// `unit` repeated to 100 MB after `head`.
fn hundred_mb(head: &str, unit: &[u8]) -> Vec<u8> {
    repeated(head, unit, HUNDRED_MB)
}

/// `unit` repeated after `head` up to `size` bytes.
fn repeated(head: &str, unit: &[u8], size: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(size + unit.len());
    out.extend_from_slice(head.as_bytes());
    while out.len() + unit.len() <= size {
        out.extend_from_slice(unit);
    }
    out
}

#[test]
#[cfg(target_os = "linux")]
fn input_of_100_mb_on_one_line() {
    let dir = tempfile::tempdir().unwrap();
    // One line, no line break at all: a title, no breakdown (warnings only).
    check_large(&dir, "one-line.txt", &hundred_mb("", b"lorem ipsum dolor sit amet "), 0, memory_bound);
}

#[test]
#[cfg(target_os = "linux")]
fn input_of_100_mb_of_text_lines() {
    let dir = tempfile::tempdir().unwrap();
    // The seed followed by 1.4 million lines of prose: the seed's verdict, unchanged.
    let line = b"The workshop will discuss norms in cyberspace and how to implement them.\n";
    check_large(&dir, "lines.txt", &hundred_mb(&ws119(), line), 0, memory_bound);
}

#[test]
#[cfg(target_os = "linux")]
fn input_of_100_mb_of_repeated_breakdowns() {
    let dir = tempfile::tempdir().unwrap();
    // The seed's breakdown line over and over: every copy is tokenised and read as a
    // candidate agenda (900,000 of them, 3.6 million entries), and the copies are found to
    // be one agenda: read once, with one note counting the copies (exit 0). Every 110 bytes
    // of input become four tokens and entries; the bound is 24 times the input, and it must
    // grow linearly, as a 10 MB version shows.
    let text = ws119();
    let line = format!("{}\n", &text[text.find("Workshop timing:").unwrap()..].lines().next().unwrap());
    let small = check_large(&dir, "breakdowns-10.txt", &repeated(&text, line.as_bytes(), HUNDRED_MB / 10), 0, dense);
    let big = check_large(&dir, "breakdowns.txt", &hundred_mb(&text, line.as_bytes()), 0, dense);
    assert!(big.peak < 12 * small.peak, "not linear: {} MB for 100 MB, {} MB for 10 MB", big.peak / MB, small.peak / MB);
    let report: Value = serde_json::from_str(&std::fs::read_to_string(dir.path().join("breakdowns.txt.json")).unwrap()).unwrap();
    let copies = with_code(report.as_array().unwrap(), "duplicate-agenda");
    assert_eq!(copies.len(), 1, "{copies:#?}");
    assert!(copies[0]["message"].as_str().unwrap().contains("more times"), "{copies:#?}");
}

#[test]
#[cfg(target_os = "linux")]
fn input_of_100_mb_not_utf8() {
    let dir = tempfile::tempdir().unwrap();
    // `a`, 0xFF, `a`, 0xFF, ...: 52 million runs of invalid bytes, each replaced by a 3-byte
    // U+FFFD (the text is twice the input); 100 listed and the rest counted, never 52
    // million diagnostics.
    let m = check_large(&dir, "not-utf8.txt", &hundred_mb("", b"a\xFF"), 0, memory_bound);
    let report = std::fs::read_to_string(dir.path().join("not-utf8.txt.json")).unwrap();
    let v: Value = serde_json::from_str(&report).unwrap();
    let bad = with_code(v.as_array().unwrap(), "invalid-utf8");
    assert_eq!(bad.len(), 101, "{}", m.stderr);
    assert!(
        bad.iter().any(|d| d["message"] == "52428700 more runs of bytes that are not UTF-8 after byte 199 were replaced by U+FFFD"),
        "{bad:#?}"
    );
    // A binary file is one run: one replacement character, one warning.
    let m = check_large(&dir, "ff.bin", &vec![0xFF; HUNDRED_MB], 0, memory_bound);
    let v: Value = serde_json::from_str(&std::fs::read_to_string(dir.path().join("ff.bin.json")).unwrap()).unwrap();
    let bad = with_code(v.as_array().unwrap(), "invalid-utf8");
    assert_eq!(bad.len(), 1, "{}", m.stderr);
    assert_eq!(bad[0]["message"], format!("{HUNDRED_MB} bytes that are not UTF-8 were replaced by U+FFFD at byte 0"));
}

/// A TOML agenda of `n` one-minute segments, with a slot and moderators, that checks clean.
fn agenda(n: usize) -> String {
    let mut s = format!(
        "[session]\ntitle = \"Marathon\"\ndeclared_minutes = {n}\n\n[slot]\nstart = 2024-01-01T00:00:00Z\nduration = {n}\n\n\
         [[people]]\nname = \"Ana Silva\"\nroles = [\"onsite_moderator\"]\n\n[[people]]\nname = \"Jonas Weber\"\nroles = [\"online_moderator\"]\n"
    );
    for i in 0..n {
        s.push_str(&format!("\n[[segments]]\nduration = \"1m\"\ntitle = \"Segment {i}\"\n"));
    }
    s
}

#[test]
#[cfg(target_os = "linux")]
fn agenda_with_100000_segments() {
    let dir = tempfile::tempdir().unwrap();
    let small = dir.path().join("small.toml");
    let big = dir.path().join("big.toml");
    std::fs::write(&small, agenda(10_000)).unwrap();
    std::fs::write(&big, agenda(100_000)).unwrap();
    let size = std::fs::metadata(&big).unwrap().len();
    let run = |args: &[&str], path: &Path| {
        let mut a: Vec<&std::ffi::OsStr> = args.iter().map(|s| s.as_ref()).collect();
        a.push(path.as_os_str());
        let out = dir.path().join("out");
        let m = measured(&a, &out);
        assert!(!m.stderr.contains("panicked"), "{args:?}: {}", m.stderr);
        assert_eq!(m.code, Some(0), "{args:?}: {}", m.stderr);
        (m, std::fs::read_to_string(&out).unwrap())
    };
    let tiny = dir.path().join("tiny.toml");
    std::fs::write(&tiny, agenda(1_000)).unwrap();
    let (base, _) = run(&["check", "--format", "json"], &tiny);
    let (small_check, _) = run(&["check", "--format", "json"], &small);
    let (m, report) = run(&["check", "--format", "json"], &big);
    eprintln!(
        "100,000 segments ({} MB): check in {:.1} s, peak RSS {} MB (10,000: {} MB; 1,000: {} MB)",
        size / MB,
        m.wall.as_secs_f64(),
        m.peak / MB,
        small_check.peak / MB,
        base.peak / MB
    );
    assert_eq!(report.trim(), "[]", "a clean agenda");
    assert!(m.wall < LARGE_RUN);
    // The toml crate's document tree costs about 2 KB per segment, 40 bytes per byte of
    // agenda (a table per segment), so the bound is wider than for text; what matters is
    // that it is linear: above a 1,000-segment base, ten times the segments may take at
    // most fifteen times the memory (measured: 11.5).
    assert!(m.peak < 64 * size + 64 * MB, "peak RSS {} MB for {} MB", m.peak / MB, size / MB);
    let grow = |p: u64| p.saturating_sub(base.peak);
    assert!(grow(m.peak) < 15 * grow(small_check.peak), "not linear: {} MB vs {} MB", m.peak / MB, small_check.peak / MB);

    // Every output holds every segment.
    let (_, show) = run(&["show", "--format", "json"], &big);
    let v: Value = serde_json::from_str(&show).unwrap();
    assert_eq!(v[0]["segments"].as_array().unwrap().len(), 100_000);
    let (m, csv) = run(&["sheet", "--format", "csv"], &big);
    assert!(m.peak < 64 * size + 64 * MB);
    assert_eq!(csv.lines().filter(|l| l.starts_with("Marathon,row,segment,")).count(), 100_000);
    let (m, ics) = run(&["ics", "--segments"], &big);
    assert!(m.peak < 64 * size + 64 * MB);
    assert_eq!(ics.matches("BEGIN:VEVENT\r\n").count(), 100_001);
}
