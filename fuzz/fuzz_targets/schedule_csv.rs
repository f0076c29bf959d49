#![no_main]
//! The programme CSV, then conflicts, merge, export and renders.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    runsheet_fuzz::programme("fuzz.csv", data, runsheet::schedule::table::import);
});
