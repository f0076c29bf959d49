//! runsheet's integration tests, in one test binary (as `just` keeps its tests in one
//! `tests/lib.rs`): one module per area, each running the binary on real text as a user
//! would. A fresh `cargo test` links one test binary here instead of one per file.
//!
//! Tests that measure a child's peak memory are in `tests/memory/`, a binary of its own:
//! a child's peak counts its parent's memory at the fork, so this binary's would distort it.

mod build_cli;
mod check_cases;
mod check_cli;
mod corpus;
mod diff_cli;
mod fuzz_regressions;
mod gen_corpus;
mod hostile_input;
mod ics_cli;
mod ics_interop;
mod ics_props;
mod output_safety;
mod parse_agenda;
mod parse_notation;
mod parse_notes;
mod parse_people;
mod parse_proposals;
mod parse_props;
mod parse_roundtrip;
mod read_agendas;
mod schedule_check;
mod schedule_cli;
mod schedule_conflicts;
mod schedule_export;
mod schedule_merge;
mod schedule_outputs;
mod schedule_real;
mod schedule_roundtrip;
mod seeds;
mod sheet_cli;
mod sheet_pdf;
mod sheet_render;
mod sheet_seeds;
mod show_cli;
mod show_schema;

// Helpers shared by the modules above.
#[path = "../ics_support/checker.rs"]
mod checker;
#[path = "../schedule_support/frab_json.rs"]
mod frab_json;
#[path = "../schedule_support/generate.rs"]
mod generate;
#[path = "../ics_support/properties.rs"]
mod properties;
#[path = "../sheet_support/mod.rs"]
mod sheet_support;
