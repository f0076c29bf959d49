//! Peak memory and time of whole runs of the binary on large inputs, in a test binary of
//! its own: a child's peak RSS (`ru_maxrss`, from wait4) counts the memory its parent had
//! when it forked, so these tests run in a process that holds little (see
//! tests/measure_support/rss.rs). Every other integration test is in `tests/cli/`.

#![cfg(target_os = "linux")]

#[path = "../schedule_support/frab_json.rs"]
mod frab_json;
mod large_input;
#[path = "../measure_support/rss.rs"]
mod rss;
mod schedule;
