//! Parsing one proposal: each seed on its own, in-process, and `runsheet check` of one
//! seed as a whole process (start-up included).
//!
//! Run: `cargo bench --bench parse`. Target (docs/performance.md): `check` of one seed
//! under 5 ms.

mod support;

use criterion::{Criterion, criterion_group, criterion_main};
use runsheet::source::Source;
use runsheet::validate::{Plan, check_sessions};

fn bench(c: &mut Criterion) {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut group = c.benchmark_group("one proposal");
    for seed in ["igf2021-ws119", "igf2019-ws99"] {
        let path = format!("{root}/seeds/{seed}.txt");
        let bytes = std::fs::read(&path).expect("the seed");
        group.bench_function(format!("parse {seed}"), |b| {
            b.iter(|| {
                let source = Source::from_bytes(seed, &bytes);
                std::hint::black_box(runsheet::parse::parse(&source).is_ok())
            });
        });
        let source = Source::from_bytes(seed, &bytes);
        let plan = Plan::default();
        group.bench_function(format!("parse + check {seed}"), |b| {
            b.iter(|| {
                let parsed = runsheet::parse::parse(&source);
                std::hint::black_box(check_sessions(&source, parsed.as_ref().map(Vec::as_slice), &plan).len())
            });
        });
    }
    group.bench_function("binary: runsheet check seeds/igf2021-ws119.txt", |b| {
        b.iter(|| support::run(&["check"], format!("{root}/seeds/igf2021-ws119.txt").as_ref()));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
