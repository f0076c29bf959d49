//! Run-sheets of the two real proposals in `seeds/`, read by the real parser: the 2021
//! seed's clock times in UTC and Warsaw, its per-speaker panel, and snapshots of every format.

use runsheet::model::Session;
use runsheet::render::sheet::{self, RowKind, Sheet, SheetOptions};
use runsheet::source::Source;

fn seed(name: &str) -> Session {
    let path = format!("seeds/{name}");
    let bytes = std::fs::read(&path).unwrap();
    let mut all = runsheet::parse::parse(&Source::from_bytes(path.clone(), &bytes)).unwrap();
    assert_eq!(all.len(), 1, "{path} holds one session");
    all.remove(0)
}

fn opts(zones: &[&str], per_speaker: bool) -> SheetOptions {
    SheetOptions {
        zones: zones.iter().map(|z| runsheet::time::zone_from_name(z).unwrap()).collect(),
        per_speaker,
        ..SheetOptions::default()
    }
}

fn main_clocks(s: &Sheet, col: usize) -> Vec<String> {
    s.rows.iter().filter(|r| matches!(r.kind, RowKind::Segment | RowKind::End)).map(|r| r.clocks[col].text.clone()).collect()
}

#[test]
fn ws119_shows_the_agenda_in_utc_and_cet() {
    let s = sheet::build(&seed("igf2021-ws119.txt"), &opts(&["Europe/Warsaw"], false)).unwrap();
    assert_eq!(s.columns[0].label, "UTC");
    assert_eq!(s.columns[1].label, "CET");
    assert_eq!(s.columns[1].zone, "Europe/Warsaw");
    assert_eq!(main_clocks(&s, 0), ["10:15", "10:30", "10:55", "11:40", "11:45"]);
    assert_eq!(main_clocks(&s, 1), ["11:15", "11:30", "11:55", "12:40", "12:45"]);
    let text = sheet::text(&seed("igf2021-ws119.txt"), &opts(&["Europe/Warsaw"], false)).unwrap();
    assert!(text.contains("11:15–12:45 CET (Europe/Warsaw)"), "{text}");
}

#[test]
fn ws119_panel_turns_fill_the_25_minutes() {
    let s = sheet::build(&seed("igf2021-ws119.txt"), &opts(&[], true)).unwrap();
    let panel = s.rows.iter().position(|r| r.kind == RowKind::Segment && r.minutes == 25).expect("a 25-minute segment");
    let parts: Vec<_> = s.rows[panel + 1..].iter().take_while(|r| matches!(r.kind, RowKind::Turn | RowKind::Buffer)).collect();
    assert!(parts.len() >= 2, "the panel is split into turns");
    assert_eq!(parts.iter().map(|r| r.minutes).sum::<i32>(), 25);
    assert_eq!(parts[0].clocks[0].text, "10:30");
    assert_eq!(parts.last().unwrap().cues.last().unwrap().when(), "10:55");
}

#[test]
fn ws99_has_offsets_only_and_says_so() {
    let s = sheet::build(&seed("igf2019-ws99.txt"), &SheetOptions::default()).unwrap();
    assert!(s.columns.is_empty());
    assert!(s.notes.iter().any(|n| n.starts_with("No slot")));
    assert_eq!(s.rows.last().unwrap().offset_text, "T+01:30");
}

#[test]
fn snapshots_of_every_format_for_the_seeds() {
    let cases = [
        ("ws119", "igf2021-ws119.txt", opts(&["Europe/Warsaw"], false)),
        ("ws119_per_speaker", "igf2021-ws119.txt", opts(&["Europe/Warsaw"], true)),
        ("ws99", "igf2019-ws99.txt", SheetOptions::default()),
    ];
    for (name, file, o) in cases {
        let session = seed(file);
        insta::assert_snapshot!(format!("{name}_text"), sheet::text(&session, &o).unwrap());
        insta::assert_snapshot!(format!("{name}_md"), sheet::md(&session, &o).unwrap());
        insta::assert_snapshot!(format!("{name}_html"), sheet::html(&session, &o).unwrap());
        insta::assert_snapshot!(format!("{name}_json"), sheet::json(&session, &o).unwrap());
        insta::assert_snapshot!(format!("{name}_csv"), sheet::csv(&session, &o).unwrap());
    }
}
