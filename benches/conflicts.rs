//! How long the cross-session checks take on the generated 2,000-session programme
//! (5 days, 20 rooms, planted conflicts; see tests/schedule_support/generate.rs).

#[path = "../tests/schedule_support/generate.rs"]
mod generate;

use criterion::{criterion_group, criterion_main, Criterion};
use runsheet::schedule::conflicts::{check, Options};

fn conflicts(c: &mut Criterion) {
    let (sessions, planted) = generate::programme(2026);
    let options = Options { changeover_minutes: generate::CHANGEOVER };
    assert_eq!(check(&sessions, &options).len(), planted.len());
    c.bench_function("conflicts 2000 sessions / 5 days / 20 rooms", |b| b.iter(|| check(std::hint::black_box(&sessions), &options)));
}

criterion_group!(benches, conflicts);
criterion_main!(benches);
