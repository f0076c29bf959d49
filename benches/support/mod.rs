//! What the benches share: the `gen-corpus` example's generator, a corpus written into a
//! temporary directory, and a timed run of the `runsheet` binary as users run it.

#![allow(dead_code)]

#[path = "../../examples/gen-corpus/corpus.rs"]
pub mod corpus;

use std::path::Path;
use std::process::{Command, Stdio};

/// Writes `count` generated proposals (seed 119, as `gen-corpus` by default) into a new
/// temporary directory, which is removed when the value is dropped.
pub fn corpus_dir(count: usize, scheduled: bool) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("a temporary directory");
    for (name, text) in corpus::generate(count, 119, scheduled) {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("a subdirectory");
        std::fs::write(path, text).expect("a proposal written");
    }
    dir
}

/// Runs the release `runsheet` binary with `args`, output discarded; panics unless it
/// exits 0 or 1 (1 is problems found in the inputs, which the corpus plants on purpose).
pub fn run(args: &[&str], dir: &Path) {
    let status = Command::new(env!("CARGO_BIN_EXE_runsheet"))
        .args(args)
        .arg(dir)
        .env("NO_COLOR", "1")
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("runsheet runs");
    assert!(status.code().is_some_and(|c| c <= 1), "runsheet {args:?} failed: {status}");
}
