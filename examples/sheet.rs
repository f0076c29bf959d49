//! Prints the run-sheet of each session of one proposal as Markdown, with a clock column for Warsaw and
//! per-speaker turns: `cargo run --example sheet -- seeds/igf2021-ws119.txt`.

use runsheet::render::sheet::{self, SheetOptions};
use runsheet::source::Source;
use runsheet::time::zone_from_name;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).unwrap_or_else(|| "seeds/igf2021-ws119.txt".to_owned());
    let source = Source::from_bytes(path.clone(), &std::fs::read(&path)?);
    let options = SheetOptions { zones: vec![zone_from_name("Europe/Warsaw")?], per_speaker: true, ..SheetOptions::default() };
    // One sheet per session: a proposal with two days holds two.
    for session in runsheet::parse::parse(&source)? {
        print!("{}", sheet::md(&session, &options)?);
    }
    Ok(())
}
