//! `runsheet check` over 10,000 generated proposals (`gen-corpus`), as users run it (the
//! whole process: reading, parsing on both cores, checking, reporting), and the library
//! pipeline in-process on the same files.
//!
//! Run: `cargo bench --bench check`. Target (docs/performance.md): under 1 s.

mod support;

use criterion::{Criterion, criterion_group, criterion_main};
use runsheet::report::{FileReport, Reporter, json::Json};
use runsheet::source::Source;
use runsheet::validate::{Plan, check_sessions};

fn bench(c: &mut Criterion) {
    let dir = support::corpus_dir(10_000, false);
    let mut group = c.benchmark_group("check 10,000 proposals");
    group.sample_size(10);
    group.bench_function("binary, human output", |b| {
        b.iter(|| support::run(&["check", "--format", "human"], dir.path()));
    });
    group.bench_function("binary, json output", |b| {
        b.iter(|| support::run(&["check", "--format", "json"], dir.path()));
    });
    let sources: Vec<Source> = support::corpus::generate(10_000, 119, false)
        .into_iter()
        .map(|(name, text)| Source::new(name, text))
        .collect();
    let plan = Plan::default();
    group.bench_function("library, one core: parse + check + json", |b| {
        b.iter(|| {
            let diags: Vec<_> = sources
                .iter()
                .map(|s| check_sessions(s, runsheet::parse::parse(s).as_ref().map(Vec::as_slice), &plan))
                .collect();
            let files: Vec<FileReport<'_>> =
                sources.iter().zip(&diags).map(|(source, d)| FileReport { source, diagnostics: d }).collect();
            std::hint::black_box(Json.render(&files));
        });
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
