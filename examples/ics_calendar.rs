//! Parse a proposal or agenda and print it as an iCalendar file with one event per session
//! and one per agenda segment: `cargo run --example ics_calendar -- seeds/igf2021-ws119.txt`.

use chrono::DateTime;
use runsheet::render::ics::{self, IcsOptions};
use runsheet::source::Source;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).unwrap_or_else(|| "seeds/igf2021-ws119.txt".into());
    let source = Source::from_bytes(path.clone(), &std::fs::read(&path)?);
    // Every session the input holds: one event each (two for a proposal with two days).
    let sessions = runsheet::parse::parse(&source)?;
    // A fixed DTSTAMP keeps the output reproducible.
    let mut opts = IcsOptions::new(DateTime::from_timestamp(1_700_000_000, 0).ok_or("bad time")?);
    opts.segments = true;
    let calendar = ics::render(&sessions.iter().collect::<Vec<_>>(), &opts)?;
    for w in &calendar.warnings {
        eprintln!("warning: {w}");
    }
    print!("{}", calendar.text);
    Ok(())
}
