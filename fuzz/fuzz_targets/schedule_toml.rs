#![no_main]
//! The native TOML programme, then conflicts, merge, export and renders.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    runsheet_fuzz::programme("fuzz.toml", data, runsheet::schedule::native::import);
});
