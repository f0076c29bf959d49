#![no_main]
//! The time notations: clock times, ranges, durations, the scanners and the slot readers.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    runsheet_fuzz::notation(data);
});
