//! The nine real iCalendar parsers of `tools/ics-check`, shared by tests/cli/ics_interop.rs and
//! tests/cli/schedule_real.rs (included with `#[path]`).

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

/// Reads a calendar runsheet wrote with the icalendar crate's parser, one more consumer
/// beside ics-check's nine that needs no installed tool: it must parse, hold one VEVENT per
/// `BEGIN:VEVENT` line, each with a UID (unique), a DTSTAMP and a DTSTART. Returns the
/// number of events.
pub fn read_back(path: &Path) -> usize {
    let text = std::fs::read_to_string(path).unwrap();
    let unfolded = icalendar::parser::unfold(&text);
    let calendar = icalendar::parser::read_calendar(&unfolded).unwrap_or_else(|e| panic!("{}: icalendar cannot read it: {e}", path.display()));
    let events: Vec<_> = calendar.components.iter().filter(|c| c.name == "VEVENT").collect();
    // Lines that are `BEGIN:VEVENT` (a folded text line may end in those letters too).
    assert_eq!(events.len(), text.split("\r\n").filter(|l| *l == "BEGIN:VEVENT").count(), "{}", path.display());
    let mut uids = std::collections::BTreeSet::new();
    for e in &events {
        let value = |name: &str| e.properties.iter().find(|p| p.name == name).map(|p| p.val.to_string());
        let uid = value("UID").unwrap_or_else(|| panic!("{}: a VEVENT without UID", path.display()));
        assert!(value("DTSTAMP").is_some() && value("DTSTART").is_some(), "{}: {uid} lacks DTSTAMP or DTSTART", path.display());
        assert!(uids.insert(uid.clone()), "{}: UID {uid} twice", path.display());
    }
    events.len()
}
