//! `runsheet ics` of 10,000 generated sessions, every one with a slot
//! (`gen-corpus --scheduled`), into one calendar, as a whole process.
//!
//! Run: `cargo bench --bench ics`. Target (docs/performance.md): under 1 s.

mod support;

use criterion::{Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let dir = support::corpus_dir(10_000, true);
    let out = tempfile::tempdir().expect("a temporary directory");
    let ics = out.path().join("all.ics");
    let ics = ics.to_str().expect("a UTF-8 path");
    let mut group = c.benchmark_group("ics 10,000 sessions");
    group.sample_size(10);
    group.bench_function("binary, one calendar", |b| {
        b.iter(|| support::run(&["ics", "-o", ics], dir.path()));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
