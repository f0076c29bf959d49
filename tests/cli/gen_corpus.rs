//! The `gen-corpus` generator that the benches and performance figures rest on: it is
//! deterministic, and what it writes reads as the proposals it means to be — every
//! notation's breakdown is found, clean proposals check clean, and each planted timing
//! fault is reported.

#[path = "../../examples/gen-corpus/corpus.rs"]
mod corpus;

use corpus::Fault;
use runsheet::source::Source;
use runsheet::validate::{Plan, check_sessions};

#[test]
fn same_seed_same_bytes_other_seed_other_bytes() {
    assert_eq!(corpus::generate(50, 7, false), corpus::generate(50, 7, false));
    assert_ne!(corpus::generate(50, 7, false), corpus::generate(50, 8, false));
}

#[test]
fn scheduled_proposals_all_have_a_slot() {
    for (name, text) in corpus::generate(300, 119, true) {
        let all = runsheet::parse::parse(&Source::new(name.clone(), text)).unwrap();
        assert!(all.iter().all(|s| s.slot.is_some()), "{name} has no slot");
    }
}

/// Diagnostics about the breakdown's timing.
const TIMING: &[&str] =
    &["gap", "overlap", "overrun", "underrun", "outside-slot", "slot-mismatch", "bad-time", "zero-length"];

#[test]
fn breakdowns_are_found_and_planted_faults_reported() {
    let mut planted = 0;
    for (name, text, fault) in corpus::generate_with_faults(1_000, 119, false) {
        let source = Source::new(name.clone(), text);
        let parsed = runsheet::parse::parse(&source);
        let sessions = parsed.as_ref().unwrap();
        assert!(sessions.iter().all(|s| !s.segments.is_empty()), "{name}: no breakdown found\n{}", source.text);
        let diags = check_sessions(&source, parsed.as_ref().map(Vec::as_slice), &Plan::default());
        let timing: Vec<&str> =
            diags.iter().map(|d| d.code.as_str()).filter(|c| TIMING.contains(c)).collect();
        match fault {
            None => assert!(timing.is_empty(), "{name}: clean, but {timing:?}\n{}", source.text),
            Some(f) => {
                planted += 1;
                let expected: &[&str] = match f {
                    // Durations alone cannot show a gap or an overlap: the total comes
                    // out short or long instead.
                    Fault::Gap => &["gap", "zero-length", "underrun", "overrun"],
                    Fault::Overlap => &["overlap", "underrun", "overrun"],
                    Fault::Overrun => &["overrun", "outside-slot", "slot-mismatch"],
                };
                assert!(
                    timing.iter().any(|c| expected.contains(c)),
                    "{name}: planted {f:?}, found {timing:?}\n{}",
                    source.text
                );
            }
        }
    }
    assert!(planted > 50, "only {planted} faults planted");
}
