//! `runsheet sheet --format html` of 1,000 generated sessions (`gen-corpus --scheduled`),
//! one print-ready page per session, as a whole process.
//!
//! Run: `cargo bench --bench sheet`.

mod support;

use criterion::{Criterion, criterion_group, criterion_main};

fn bench(c: &mut Criterion) {
    let dir = support::corpus_dir(1_000, true);
    let out = tempfile::tempdir().expect("a temporary directory");
    let out = out.path().to_str().expect("a UTF-8 path").to_owned();
    let mut group = c.benchmark_group("sheet html 1,000 sessions");
    group.sample_size(10);
    group.bench_function("binary, one file per session", |b| {
        b.iter(|| support::run(&["sheet", "--format", "html", "--out-dir", &out], dir.path()));
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
