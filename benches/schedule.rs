//! How long importing a large frab schedule JSON takes: 16,000 events (100 days of ten
//! rooms; see tests/schedule_support/frab_json.rs). The target is under 1 s
//! (docs/performance.md); positions used to be searched from the start of the file for
//! every event, which took 48 s for this size.

#[path = "../tests/schedule_support/frab_json.rs"]
mod frab_json;

use criterion::{criterion_group, criterion_main, Criterion};
use runsheet::schedule;
use runsheet::source::Source;

fn import(c: &mut Criterion) {
    let source = Source::new("big.json", frab_json::schedule(16_000));
    assert_eq!(schedule::import(&source).map(|p| p.events.len()), Ok(16_000));
    let mut group = c.benchmark_group("schedule");
    group.sample_size(10);
    group.bench_function("import frab JSON, 16,000 events", |b| b.iter(|| schedule::import(std::hint::black_box(&source))));
    group.finish();
}

criterion_group!(benches, import);
criterion_main!(benches);
