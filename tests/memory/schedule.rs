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
        let size = std::fs::metadata(big).unwrap().len();
        let commands: [Vec<&std::ffi::OsStr>; 4] = [
            vec!["ics".as_ref(), "--schedule".as_ref(), "PROGRAMME".as_ref(), "-o".as_ref(), out.as_os_str()],
            vec!["export".as_ref(), "--format".as_ref(), "frab-json".as_ref(), "-o".as_ref(), out.as_os_str(), "PROGRAMME".as_ref()],
            vec!["export".as_ref(), "--format".as_ref(), "frab-xml".as_ref(), "-o".as_ref(), out.as_os_str(), "PROGRAMME".as_ref()],
            vec!["check".as_ref(), "--schedule".as_ref(), "PROGRAMME".as_ref(), seeds.as_os_str()],
        ];
        for args in &commands {
            let base = measured(&with_programme(args, small), &dir.path().join("report"));
            let m = measured(&with_programme(args, big), &dir.path().join("report"));
            let what = format!("`{}` on {} ({} MB)", args[..3].iter().map(|a| a.to_string_lossy()).collect::<Vec<_>>().join(" "), big.display(), size / MB);
            assert!(!m.stderr.contains("panicked") && m.code.is_some_and(|c| c <= 1), "{what}: {}", m.stderr);
            let growth = m.peak.saturating_sub(base.peak);
            eprintln!("{what}: peak {} MB, {} MB over the 16-event run ({:.1}x the input)", m.peak / MB, growth / MB, growth as f64 / size as f64);
            assert!(growth < 10 * size, "{what}: peak RSS grew {} MB for {} MB", growth / MB, size / MB);
        }
    }
}
