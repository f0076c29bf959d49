//! Imports a programme (frab XML/JSON, programme CSV or TOML), prints what the importer
//! noticed, then the conflicts between its sessions.
//!
//! `cargo run --example schedule_conflicts -- tests/data/schedules/quirks/break-two-rooms.json`

use runsheet::schedule::conflicts::{check_programme, Options};
use runsheet::source::Source;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: schedule_conflicts FILE")?;
    let source = Source::from_bytes(path.clone(), &std::fs::read(&path)?);
    let programme = runsheet::schedule::import(&source)?;
    println!("{} events in {} rooms", programme.events.len(), programme.rooms.len());
    for n in &programme.notes {
        println!("{path}:{}:{}: [{}] {}", n.span.line, n.span.column, n.code, n.message);
    }
    for f in check_programme(&programme, &Options { changeover_minutes: 10 }) {
        println!("[{}] {}", f.code, f.message);
    }
    Ok(())
}
