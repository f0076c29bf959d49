#![no_main]
//! Proposal text (or a TOML agenda) through parse, check, every reporter and every renderer.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    runsheet_fuzz::proposal(data);
});
