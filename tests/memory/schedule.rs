//! Peak memory of whole-programme commands (issue 13: no programme grows peak memory beyond
//! ten times its size), on a programme as frab publishes it (pretty JSON), as XML and as
//! compact JSON.

use std::path::{Path, PathBuf};

use crate::frab_json;
use crate::rss::measured;

const MB: u64 = 1024 * 1024;

/// A frab programme of `events` events, as frab and pretalx publish it (pretty-printed
/// JSON), and the same programme as frab XML written by `runsheet export`.
fn programmes(dir: &tempfile::TempDir, events: usize) -> (PathBuf, PathBuf) {
    let json = dir.path().join(format!("programme-{events}.json"));
    let mut file = std::io::BufWriter::new(std::fs::File::create(&json).unwrap());
    frab_json::write(events, &mut file).unwrap();
    std::io::Write::flush(&mut file).unwrap();
    drop(file);
    let xml = dir.path().join(format!("programme-{events}.xml"));
    let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("runsheet")).args(["export", "--format", "frab-xml", "-o"]).arg(&xml).arg(&json).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    (json, xml)
}

/// The same JSON without the whitespace between its tokens (the compact form some tools
/// publish, whose events are smallest beside what each becomes in memory), read and
/// written as a stream so the test process holds none of it.
fn compact(json: &Path) -> PathBuf {
    use std::io::{Read as _, Write as _};
    let to = json.with_extension("compact.json");
    let mut src = std::io::BufReader::new(std::fs::File::open(json).unwrap());
    let mut dst = std::io::BufWriter::new(std::fs::File::create(&to).unwrap());
    let (mut in_string, mut escaped) = (false, false);
    let mut buf = [0u8; 1 << 16];
    loop {
        let n = src.read(&mut buf).unwrap();
        if n == 0 {
            break;
        }
        let mut out = Vec::with_capacity(n);
        for &b in &buf[..n] {
            if in_string {
                out.push(b);
                if escaped {
                    escaped = false;
                } else if b == b'\\' {
                    escaped = true;
                } else if b == b'"' {
                    in_string = false;
                }
            } else if !b.is_ascii_whitespace() {
                in_string = b == b'"';
                out.push(b);
            }
        }
        dst.write_all(&out).unwrap();
    }
    dst.flush().unwrap();
    to
}

/// `args` with the programme's path for the word `PROGRAMME`.
fn with_programme<'a>(args: &[&'a std::ffi::OsStr], programme: &'a Path) -> Vec<&'a std::ffi::OsStr> {
    args.iter().map(|a| if *a == "PROGRAMME" { programme.as_os_str() } else { a }).collect()
}

/// Runs `args` on the small and the big programme and asserts that the big one's peak RSS
/// grows less than `bound` times its size over the small one's (the process's own
/// footprint), exiting 0 or 1 without a panic.
fn assert_growth_within(dir: &tempfile::TempDir, args: &[&std::ffi::OsStr], small: &Path, big: &Path, bound: u64) {
    let size = std::fs::metadata(big).unwrap().len();
    let base = measured(&with_programme(args, small), &dir.path().join("report"));
    let m = measured(&with_programme(args, big), &dir.path().join("report"));
    let what = format!("`{}` on {} ({} KB)", args[..3].iter().map(|a| a.to_string_lossy()).collect::<Vec<_>>().join(" "), big.display(), size / 1024);
    assert!(!m.stderr.contains("panicked") && m.code.is_some_and(|c| c <= 1), "{what}: {}", m.stderr);
    let growth = m.peak.saturating_sub(base.peak);
    eprintln!("{what}: peak {} MB, {} MB over the small programme's run ({:.1}x the input)", m.peak / MB, growth / MB, growth as f64 / size as f64);
    assert!(growth < bound * size, "{what}: peak RSS grew {} MB for {} KB", growth / MB, size / 1024);
}

#[test]
fn a_programme_of_16000_events_peaks_within_ten_times_its_size() {
    // Issue 13: no programme grows peak memory beyond ten times its size. The process's
    // own footprint (the binary, the tz database, the allocator) is measured on a
    // programme of 16 events and is not the programme's growth.
    let dir = tempfile::tempdir().unwrap();
    let (small_json, small_xml) = programmes(&dir, 16);
    let (json, xml) = programmes(&dir, 16_000);
    let out = dir.path().join("out");
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let (small_compact, big_compact) = (compact(&small_json), compact(&json));
    assert!(std::fs::metadata(&big_compact).unwrap().len() < std::fs::metadata(&json).unwrap().len() * 3 / 4);
    for (small, big) in [(&small_json, &json), (&small_xml, &xml), (&small_compact, &big_compact)] {
        let commands: [Vec<&std::ffi::OsStr>; 4] = [
            vec!["ics".as_ref(), "--schedule".as_ref(), "PROGRAMME".as_ref(), "-o".as_ref(), out.as_os_str()],
            vec!["export".as_ref(), "--format".as_ref(), "frab-json".as_ref(), "-o".as_ref(), out.as_os_str(), "PROGRAMME".as_ref()],
            vec!["export".as_ref(), "--format".as_ref(), "frab-xml".as_ref(), "-o".as_ref(), out.as_os_str(), "PROGRAMME".as_ref()],
            vec!["check".as_ref(), "--schedule".as_ref(), "PROGRAMME".as_ref(), seeds.as_os_str()],
        ];
        for args in &commands {
            assert_growth_within(&dir, args, small, big, 10);
        }
    }
}

/// A programme of `rows` sessions of one short line each, as runsheet's CSV and as its
/// TOML programme: the smallest events any notation writes.
fn minimal_programmes(dir: &tempfile::TempDir, rows: usize) -> (PathBuf, PathBuf) {
    use std::fmt::Write as _;
    let (mut csv, mut toml) = (String::from("id,start,end,tz,room,title\n"), String::from("[conference]\ntitle = \"Minimal\"\ntime_zone = \"UTC\"\n"));
    for i in 0..rows {
        let (day, slot) = (1 + i / 40 % 28, i % 40);
        let (h, m) = (8 + slot / 4, slot % 4 * 15);
        writeln!(csv, "S{i},2024-02-{day:02}T{h:02}:{m:02},2024-02-{day:02}T{h:02}:{:02},UTC,Room {},Talk {i}", m + 10, i % 20).unwrap();
        write!(toml, "\n[[session]]\nid = \"S{i}\"\nstart = \"2024-02-{day:02}T{h:02}:{m:02}\"\nduration = \"00:10\"\nroom = \"R{}\"\n", i % 20).unwrap();
    }
    let (c, t) = (dir.path().join(format!("minimal-{rows}.csv")), dir.path().join(format!("minimal-{rows}.toml")));
    std::fs::write(&c, csv).unwrap();
    std::fs::write(&t, toml).unwrap();
    (c, t)
}

#[test]
fn programmes_of_one_line_sessions_are_read_without_a_whole_document() {
    // Issue 13's bound of ten times the input is NOT met by these shapes (see
    // docs/performance.md): each session of a 60-byte row becomes an event of about 1 KB
    // in the model. What this test holds is what was won: a TOML programme is read one
    // `[[session]]` table at a time (read whole, the TOML parser's tokens and tables made
    // it 36 times the file), and neither notation costs more per event than the model.
    // The bounds leave a quarter over the figures measured here (TOML 13.5-18x, CSV
    // 24-27x, dev profile), for other machines; read whole, TOML fails them.
    let dir = tempfile::tempdir().unwrap();
    let (small_csv, small_toml) = minimal_programmes(&dir, 16);
    let (csv, toml) = minimal_programmes(&dir, 16_000);
    let out = dir.path().join("out");
    for (small, big, bound) in [(&small_toml, &toml, 25), (&small_csv, &csv, 35)] {
        let commands: [Vec<&std::ffi::OsStr>; 3] = [
            vec!["ics".as_ref(), "--schedule".as_ref(), "PROGRAMME".as_ref(), "-o".as_ref(), out.as_os_str()],
            vec!["export".as_ref(), "--format".as_ref(), "frab-json".as_ref(), "-o".as_ref(), out.as_os_str(), "PROGRAMME".as_ref()],
            vec!["check".as_ref(), "--schedule".as_ref(), "PROGRAMME".as_ref(), "--format".as_ref(), "json".as_ref()],
        ];
        for args in &commands {
            assert_growth_within(&dir, args, small, big, bound);
        }
    }
}
