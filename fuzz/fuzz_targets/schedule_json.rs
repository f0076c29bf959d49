#![no_main]
//! frab / pretalx schedule JSON (v1 and v2), then conflicts, merge, export and renders.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    runsheet_fuzz::programme("fuzz.json", data, runsheet::schedule::frab_json::import);
});
