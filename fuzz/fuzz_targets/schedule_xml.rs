#![no_main]
//! frab schedule.xml, then conflicts, merge, export and renders.

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    runsheet_fuzz::programme("fuzz.xml", data, runsheet::schedule::frab_xml::import);
});
