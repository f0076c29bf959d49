//! `runsheet init`: writes a commented TOML agenda and a commented `runsheet.toml` to start
//! from.

use std::path::PathBuf;
use std::process::ExitCode;

use super::io::write_atomic;

/// Arguments of `runsheet init`.
#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// Directory to write `agenda.toml` and `runsheet.toml` into (created if missing).
    #[arg(default_value = ".", value_name = "DIR")]
    pub dir: PathBuf,
}

/// A session agenda that `runsheet check` passes, with every part explained.
const AGENDA: &str = r#"# A runsheet agenda: one session, its slot, its people and its timed segments.
# Check it with `runsheet check agenda.toml`; `runsheet sheet agenda.toml` prints the
# moderator's run-sheet and `runsheet ics agenda.toml -o agenda.ics` its calendar.

[session]
id = "IGF 2025 WS #1"                 # the session's id; calendar UIDs come from it
title = "A workshop to start from"
format = "Panel"                      # as the programme names it
duration = "60 min"                   # the declared length the segments must fill
room = "Room 1"

[slot]
start = "2025-06-23T10:00"            # local time in `timezone`
duration = "60 min"
timezone = "Europe/Oslo"              # an IANA zone name

[[people]]
name = "Ana Silva"
roles = ["organizer", "onsite_moderator"]   # organizer, speaker, onsite_moderator,
                                            # online_moderator, moderator, rapporteur,
                                            # resource_person
[[people]]
name = "Jonas Weber"
roles = ["online_moderator"]

[[people]]
name = "Li Wei"
roles = ["speaker"]

# Segments run back to back from the start, each for its `duration` (`10m`, `1h`, `20'`).
[[segments]]
duration = "10m"
title = "Welcome and introductions"
people = ["Ana Silva"]
cues = ["Start recording"]            # shown on the run-sheet with a tick box

[[segments]]
duration = "40m"
title = "Discussion"
people = ["Li Wei"]

[[segments]]
duration = "10m"
title = "Questions and closing"
"#;

/// A configuration that changes nothing yet, with each setting explained.
const CONFIG: &str = r#"# runsheet.toml: `runsheet check` and `build` read the nearest one above each file they
# check. `runsheet rules` lists every code; `runsheet explain CODE` says what it means.

[check]
allow = []          # codes switched off, e.g. ["missing-online-moderator"] for onsite-only events
warn = []           # codes reported as warnings
deny = []           # codes reported as errors; "warnings" makes every warning an error

# [check.roles]
# Pairs of roles one person should not hold together (replaces the default list).
# conflicts = [["onsite_moderator", "online_moderator"], ["speaker", "onsite_moderator"]]
"#;

/// Writes the two files; an existing one is left as it is and the run fails (exit 2).
pub fn run(args: &InitArgs) -> anyhow::Result<ExitCode> {
    let files = [("agenda.toml", AGENDA), (super::check::CONFIG_NAME, CONFIG)];
    for (name, _) in &files {
        let path = args.dir.join(name);
        if path.exists() {
            anyhow::bail!("{} exists; init writes only new files", path.display());
        }
    }
    for (name, text) in files {
        let path = args.dir.join(name);
        write_atomic(&path, text.as_bytes())?;
        super::say(format!("wrote {}", super::shown(path.display())));
    }
    Ok(ExitCode::SUCCESS)
}
