//! `runsheet check` over a directory of 1,000 proposals, generated deterministically from
//! the seeds with varied breakdowns (some clean, some over-running, overlapping or with
//! gaps). Measures the binary as users run it, and the library pipeline in-process.
//!
//! Run: `cargo bench --bench check`.

use std::fmt::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use criterion::{Criterion, criterion_group, criterion_main};
use runsheet::report::{FileReport, Reporter, json::Json};
use runsheet::source::Source;
use runsheet::validate::{Plan, check};

const BREAKDOWN: &str = "00:00 – 00:15 Introductions and opening remarks about proposed new formats for cybersecurity dialogues at the UN and beyond 00:15 – 00:40 Moderated panel discussion about the different dialogue models, their objectives, and how they might include multistakeholder participation 00:40 – 01:25 Open Q&A on the different models with those in attendance in-person and virtually 01:25 – 01:30 Closing and summary of major areas of concern/consensus";

/// A small deterministic generator (64-bit LCG), so every run checks the same files.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

fn breakdown(rng: &mut Lcg) -> String {
    let titles = [
        "Introductions",
        "Panel discussion",
        "Open Q&A",
        "Break-out groups",
        "Coffee break",
        "Report back",
        "Closing",
    ];
    let mut out = String::new();
    let mut t: i64 = 0;
    let segments = 3 + rng.next(5);
    for i in 0..segments {
        let len = 5 + 5 * rng.next(6) as i64;
        // Now and then a gap or an overlap.
        let start = match rng.next(10) {
            0 => t + 5,
            1 if t > 0 => t - 5,
            _ => t,
        };
        let end = start + len;
        let _ = write!(
            out,
            "{:02}:{:02} – {:02}:{:02} {} ",
            start / 60,
            start % 60,
            end / 60,
            end % 60,
            titles[i as usize % titles.len()]
        );
        t = end;
    }
    out.trim_end().to_owned()
}

fn generate(dir: &Path) {
    let root = env!("CARGO_MANIFEST_DIR");
    let s21 = std::fs::read_to_string(format!("{root}/seeds/igf2021-ws119.txt")).unwrap();
    let s19 = std::fs::read_to_string(format!("{root}/seeds/igf2019-ws99.txt")).unwrap();
    let mut rng = Lcg(119);
    for i in 0..1000 {
        let text = if i % 5 == 4 {
            s19.replace("WS #99", &format!("WS #{i}"))
        } else {
            s21.replace(BREAKDOWN, &breakdown(&mut rng))
                .replace("WS #119", &format!("WS #{i}"))
        };
        std::fs::write(dir.join(format!("{:02}/ws{i:04}.txt", i % 10)), text).unwrap();
    }
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    for k in 0..10 {
        std::fs::create_dir_all(dir.path().join(format!("{k:02}"))).unwrap();
    }
    generate(dir.path());
    let mut group = c.benchmark_group("check 1000 proposals");
    group.sample_size(10);
    group.bench_function("binary, human output", |b| {
        b.iter(|| {
            let status = Command::new(env!("CARGO_BIN_EXE_runsheet"))
                .args(["check", "--format", "human"])
                .arg(dir.path())
                .env("NO_COLOR", "1")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .unwrap();
            assert!(status.code().is_some_and(|c| c <= 1));
        });
    });
    let mut sources = Vec::new();
    for k in 0..10 {
        let mut entries: Vec<_> = std::fs::read_dir(dir.path().join(format!("{k:02}")))
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for p in entries {
            sources.push(Source::from_bytes(
                p.display().to_string(),
                &std::fs::read(&p).unwrap(),
            ));
        }
    }
    let plan = Plan::default();
    group.bench_function("library, parse + check + json", |b| {
        b.iter(|| {
            let diags: Vec<_> = sources
                .iter()
                .map(|s| check(s, &runsheet::parse::parse(s), &plan))
                .collect();
            let files: Vec<FileReport<'_>> = sources
                .iter()
                .zip(&diags)
                .map(|(source, d)| FileReport {
                    source,
                    diagnostics: d,
                })
                .collect();
            std::hint::black_box(Json.render(&files));
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
