//! Run-sheet content on hand-built sessions (independent of the parser): clock times,
//! zones, turns, cues, escaping; plus snapshots of every format.

mod sheet_support;

use runsheet::model::Zone;
use runsheet::render::sheet::{self, RowKind, SheetOptions};
use sheet_support::{panel, ws119, ws99};

#[test]
fn print_all() {
    let o = SheetOptions { zones: vec![Zone::Iana("Europe/Warsaw".into()), Zone::Iana("America/New_York".into())], ..SheetOptions::default() };
    println!("{}", sheet::text(&ws119(), &o).unwrap());
    println!("{}", sheet::text(&ws99(), &SheetOptions::default()).unwrap());
    let o = SheetOptions { per_speaker: true, zones: vec![Zone::Iana("Asia/Tokyo".into())], ..SheetOptions::default() };
    println!("{}", sheet::text(&panel(), &o).unwrap());
    println!("{}", sheet::md(&panel(), &o).unwrap());
    let _ = RowKind::End;
}
