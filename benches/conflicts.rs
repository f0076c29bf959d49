//! How long the cross-session checks take on the generated 2,000-session programme
//! (5 days, 20 rooms, planted conflicts; see tests/schedule_support/generate.rs), and on
//! 10,000 copies of one session (the worst case for findings per pair).

#[path = "../tests/schedule_support/generate.rs"]
mod generate;

use criterion::{criterion_group, criterion_main, Criterion};
use runsheet::schedule::conflicts::{check, Options};

fn conflicts(c: &mut Criterion) {
    let (sessions, planted) = generate::programme(2026);
    let options = Options { changeover_minutes: generate::CHANGEOVER };
    assert_eq!(check(&sessions, &options).len(), planted.len());
    c.bench_function("conflicts 2000 sessions / 5 days / 20 rooms", |b| b.iter(|| check(std::hint::black_box(&sessions), &options)));
    // 10,000 sessions in one room at one time with the same people: one finding per room
    // and one for the people (it was 50 million pair findings).
    let copies: Vec<_> = (0..10_000).map(|i| {
        let mut s = sessions[0].clone();
        if let Some(id) = s.id.as_mut() {
            id.value.text = format!("COPY #{i}");
        }
        s
    }).collect();
    assert_eq!(check(&copies, &options).len(), 2);
    c.bench_function("conflicts 10000 sessions sharing a room, a slot and people", |b| b.iter(|| check(std::hint::black_box(&copies), &options)));
}

criterion_group!(benches, conflicts);
criterion_main!(benches);
