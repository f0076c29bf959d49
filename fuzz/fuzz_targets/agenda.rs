#![no_main]
//! The TOML agenda parser, then check, every reporter and every renderer.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    runsheet_fuzz::agenda(data);
});
