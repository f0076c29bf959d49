//! The nine real iCalendar parsers of `tools/ics-check`, shared by tests/ics_interop.rs and
//! tests/schedule_real.rs (included with `#[path]`).

use std::path::{Path, PathBuf};
use std::process::Command;

/// The `ics-check` program, when all nine parsers are installed. When some are missing the
/// test fails with RUNSHEET_REQUIRE_TOOLS=1 (CI) and is skipped loudly otherwise (`None`);
/// `what` names the test in the skip message.
pub fn ics_check(what: &str) -> Option<PathBuf> {
    let checker = Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/ics-check/ics-check");
    let list = Command::new(&checker).arg("--list").output();
    if matches!(&list, Ok(o) if o.status.success() && !String::from_utf8_lossy(&o.stdout).contains("MISSING")) {
        return Some(checker);
    }
    let msg = "ics-check consumers are not installed (run .ci/install-ics-check.sh)";
    if std::env::var("RUNSHEET_REQUIRE_TOOLS").as_deref() == Ok("1") {
        panic!("{msg}; RUNSHEET_REQUIRE_TOOLS=1 requires them");
    }
    // Written to the real stderr (not the test harness's capture) so the skip shows.
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "\n\n!!!!!!!! SKIPPED {what}: {msg} !!!!!!!!\n");
    None
}
