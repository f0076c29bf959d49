//! Run-sheet content on hand-built sessions (independent of the parser): clock times per
//! zone, offsets-only sheets, per-speaker turns, midnight and DST, escaping in every format,
//! and snapshots of every format.

use crate::sheet_support;

use chrono::DateTime;
use runsheet::model::{Session, Zone};
use runsheet::render::sheet::{self, CueKind, RowKind, Sheet, SheetOptions};
use sheet_support::{panel, segment, slot, ws119, ws99};
use unicode_width::UnicodeWidthStr;

fn warsaw() -> Zone {
    Zone::Iana("Europe/Warsaw".into())
}

fn opts(zones: &[Zone], per_speaker: bool) -> SheetOptions {
    SheetOptions { zones: zones.to_vec(), per_speaker, ..SheetOptions::default() }
}

/// The clock text of each row in column `col`, rows of `kind` only.
fn clocks(sheet: &Sheet, col: usize, kinds: &[RowKind]) -> Vec<String> {
    sheet.rows.iter().filter(|r| kinds.contains(&r.kind)).map(|r| r.clocks[col].text.clone()).collect()
}

#[test]
fn ws119_clock_times_in_utc_and_warsaw() {
    let s = sheet::build(&ws119(), &opts(&[warsaw()], false)).unwrap();
    let labels: Vec<&str> = s.columns.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, ["UTC", "CET"]);
    let rows = [RowKind::Segment, RowKind::End];
    assert_eq!(clocks(&s, 0, &rows), ["10:15", "10:30", "10:55", "11:40", "11:45"]);
    assert_eq!(clocks(&s, 1, &rows), ["11:15", "11:30", "11:55", "12:40", "12:45"]);
    assert_eq!(s.date.as_deref(), Some("Friday 10 December 2021"));
    let offsets: Vec<&str> = s.rows.iter().map(|r| r.offset_text.as_str()).collect();
    assert_eq!(offsets, ["T+00:00", "T+00:15", "T+00:40", "T+01:25", "T+01:30"]);
    let text = sheet::text(&ws119(), &opts(&[warsaw()], false)).unwrap();
    assert!(text.contains("10:15–11:45 UTC · 11:15–12:45 CET (Europe/Warsaw)"), "{text}");
}

#[test]
fn cues_warn_before_each_end_and_mark_the_hard_end() {
    let s = sheet::build(&ws119(), &SheetOptions { warn_minutes: 3, ..SheetOptions::default() }).unwrap();
    let panel = &s.rows[1];
    let cues: Vec<(CueKind, &str)> = panel.cues.iter().map(|c| (c.kind, c.when())).collect();
    assert_eq!(cues, [(CueKind::Warning, "10:52"), (CueKind::HardEnd, "10:55")]);
    assert_eq!(panel.cues[0].text, "3 min left");
    let none = sheet::build(&ws119(), &SheetOptions { warn_minutes: 0, ..SheetOptions::default() }).unwrap();
    assert!(none.rows.iter().flat_map(|r| &r.cues).all(|c| c.kind != CueKind::Warning));
}

#[test]
fn assumed_speakers_are_listed_in_order_and_said_to_be_assumed() {
    let s = sheet::build(&ws119(), &SheetOptions::default()).unwrap();
    let opening = &s.rows[0];
    assert_eq!(opening.who[0], "Henri Verdier");
    assert_eq!(opening.who.len(), 5);
    assert!(opening.who_note.as_deref().unwrap().contains("Assumed"));
    let qa = &s.rows[2];
    assert_eq!(qa.who, ["Kaja Ciglic (moderator)", "John Hering (online moderator, remote questions)"]);
    assert!(qa.who_note.is_none());
}

#[test]
fn per_speaker_turns_add_up_exactly() {
    // The 2021 panel: 25 minutes, five assumed speakers, five turns of five minutes.
    let s = sheet::build(&ws119(), &opts(&[], true)).unwrap();
    let turns: Vec<_> = s.rows.iter().filter(|r| r.kind == RowKind::Turn && r.offset >= 15 && r.offset < 40).collect();
    assert_eq!(turns.len(), 5);
    assert_eq!(turns.iter().map(|t| t.minutes).sum::<i32>(), 25);
    assert_eq!(turns.iter().map(|t| t.clocks[0].text.as_str()).collect::<Vec<_>>(), ["10:30", "10:35", "10:40", "10:45", "10:50"]);
    assert_eq!(turns[4].cues.last().unwrap().when(), "10:55");
    assert!(!s.rows.iter().any(|r| r.kind == RowKind::Buffer));

    // Four speakers in 25 minutes: four turns of six and a stated one-minute buffer.
    let s = sheet::build(&panel(), &opts(&[], true)).unwrap();
    let seg = s.rows.iter().position(|r| r.title == "Panel discussion").unwrap();
    let parts = &s.rows[seg + 1..seg + 6];
    assert_eq!(parts.iter().map(|r| r.kind).collect::<Vec<_>>(), [RowKind::Turn, RowKind::Turn, RowKind::Turn, RowKind::Turn, RowKind::Buffer]);
    assert_eq!(parts.iter().map(|r| r.minutes).sum::<i32>(), 25, "turns and buffer fill the segment");
    assert_eq!(parts[0].title, "Turn 1 of 4: Ana Souza", "the moderator takes no turn");
    assert_eq!(parts[4].cues.last().map(|c| (c.kind, c.offset)), Some((CueKind::HardEnd, 39)));
    assert!(s.rows[seg].note.as_deref().unwrap().contains("1 min buffer"));
    assert!(s.notes.iter().any(|n| n.contains("4 turns of 6 min, then a 1 min buffer")));
}

#[test]
fn without_a_slot_the_sheet_shows_offsets_and_says_so() {
    let s = sheet::build(&ws99(), &SheetOptions::default()).unwrap();
    assert!(s.columns.is_empty() && s.date.is_none());
    assert!(s.rows.iter().all(|r| r.clocks.is_empty()));
    assert_eq!(s.rows.last().unwrap().offset_text, "T+01:30");
    assert!(s.notes.iter().any(|n| n.starts_with("No slot: times are offsets")));
    assert!(s.notes.iter().any(|n| n.contains("No timing breakdown")));
    let text = sheet::text(&ws99(), &SheetOptions::default()).unwrap();
    assert!(text.contains("[ ] T+01:28  2 min left"), "{text}");
}

#[test]
fn start_option_gives_a_session_without_slot_its_clock() {
    let start = DateTime::parse_from_rfc3339("2019-11-26T09:30:00+01:00").unwrap();
    let berlin = Zone::Iana("Europe/Berlin".into());
    let o = SheetOptions { start: Some((start, berlin.clone())), zones: vec![berlin, Zone::Utc], ..SheetOptions::default() };
    let s = sheet::build(&ws99(), &o).unwrap();
    assert_eq!(s.clock_source.as_deref(), Some("--start"));
    assert_eq!(s.columns.iter().map(|c| c.label.as_str()).collect::<Vec<_>>(), ["CET", "UTC"]);
    assert_eq!(clocks(&s, 0, &[RowKind::Segment, RowKind::End]), ["09:30", "11:00"]);
    assert_eq!(clocks(&s, 1, &[RowKind::Segment, RowKind::End]), ["08:30", "10:00"]);
    // A slot wins over --start.
    let s = sheet::build(&ws119(), &o).unwrap();
    assert_eq!(s.clock_source.as_deref(), Some("slot"));
    assert_eq!(s.rows[0].clocks[0].text, "10:15");
}

#[test]
fn midnight_and_dst_are_flagged() {
    // 23:30–00:30 in New York: the venue's clock passes midnight.
    let mut late = ws119();
    late.slot = Some(slot("2021-12-10T23:30:00-05:00", "2021-12-11T00:30:00-05:00", Zone::Iana("America/New_York".into())));
    late.declared_minutes = None;
    late.segments = vec![segment(0, 30, "Presentations", &["A", "B"], 1), segment(30, 60, "Open discussion", &[], 2)];
    let s = sheet::build(&late, &opts(&[Zone::Iana("Asia/Tokyo".into())], false)).unwrap();
    assert!(s.columns[0].crosses_midnight);
    assert_eq!(clocks(&s, 0, &[RowKind::Segment, RowKind::End]), ["23:30", "00:00 +1d", "00:30 +1d"]);
    assert_eq!(s.columns[1].start.text, "13:30 +1d", "Tokyo is a day ahead of the venue's date");
    assert!(!s.columns[1].crosses_midnight);
    assert!(s.notes.iter().any(|n| n.contains("America/New_York the clock passes midnight")));

    // Clocks go back in Berlin at 03:00 CEST on 27 October 2024, during this session.
    let mut dst = ws119();
    dst.slot = Some(slot("2024-10-27T02:30:00+02:00", "2024-10-27T02:30:00+01:00", Zone::Iana("Europe/Berlin".into())));
    dst.declared_minutes = None;
    dst.segments = vec![segment(0, 60, "Night shift", &[], 1)];
    let s = sheet::build(&dst, &SheetOptions::default()).unwrap();
    assert_eq!(s.columns[0].label, "CEST");
    assert_eq!(s.rows.last().unwrap().clocks[0].text, "02:30 CET");
}

fn hostile() -> Session {
    let mut s = ws119();
    s.title = Some(runsheet::model::Spanned::new(
        "<script>alert(1)</script> | **bold** =HYPERLINK(\"x\") \u{1b}[31mred".into(),
        Default::default(),
    ));
    s.segments = vec![
        segment(0, 45, "=cmd|' /C calc'!A0", &["@SUM(1+1)", "-2+3", "<img src=x onerror=alert(1)>"], 1),
        segment(45, 90, "+tab\there\u{7}", &[], 2),
    ];
    s
}

#[test]
fn input_text_is_escaped_in_every_format() {
    let o = SheetOptions::default();
    let html = sheet::html(&hostile(), &o).unwrap();
    assert!(!html.contains("<script>alert") && html.contains("&lt;script&gt;"), "HTML escapes titles");
    assert!(!html.contains("<img src=x") && html.contains("&lt;img src=x"));
    // One script, the live view's, allowed by its hash; nothing fetched.
    assert_eq!(html.matches("<script").count(), 1, "one script");
    assert!(html.contains(&format!("<script>{}</script>", sheet::live::SCRIPT)), "the live view's own");
    assert!(!html.replace("http-equiv", "").contains("http"), "nothing fetched");

    let md = sheet::md(&hostile(), &o).unwrap();
    assert!(md.contains(r"&lt;script&gt;alert(1)&lt;/script&gt; \| \*\*bold\*\*"), "{md}");
    let table: Vec<&str> = md.lines().filter(|l| l.starts_with("| ")).collect();
    let pipes = table[0].matches('|').count();
    for line in &table {
        assert_eq!(line.replace(r"\|", "").matches('|').count(), pipes, "a title cannot add table cells: {line}");
    }

    let csv = sheet::csv(&hostile(), &o).unwrap();
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    for rec in reader.records() {
        for cell in rec.unwrap().iter() {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "formula cell {cell:?}");
        }
    }
    assert!(csv.contains("'=cmd|' /C calc'!A0") && csv.contains("'@SUM(1+1); -2+3"));

    let text = sheet::text(&hostile(), &o).unwrap();
    assert!(!text.contains('\u{1b}') && !text.contains('\u{7}'), "no control characters reach a terminal");
    assert!(text.contains(r"\u{1b}[31mred") && text.contains(r"\u{7}"));
    for doc in [&html, &csv, &md] {
        assert!(!doc.contains('\u{1b}') && !doc.contains('\u{7}'), "control characters are made visible");
    }
    let json = sheet::json(&hostile(), &o).unwrap();
    assert!(json.contains(r"\u001b[31mred"), "JSON keeps the text, escaped by serde");
}

#[test]
fn text_fits_100_columns_even_with_many_zones() {
    let zones: Vec<Zone> = ["Europe/Warsaw", "America/New_York", "Asia/Kolkata", "Australia/Sydney"]
        .iter()
        .map(|z| Zone::Iana((*z).into()))
        .collect();
    for session in [ws119(), ws99(), panel(), hostile()] {
        let text = sheet::text(&session, &opts(&zones, true)).unwrap();
        for line in text.lines() {
            assert!(line.width() <= 100, "{} columns: {line}", line.width());
        }
    }
    let coloured = sheet::text::render(&[sheet::build(&ws119(), &SheetOptions::default()).unwrap()], true);
    assert!(coloured.contains("\x1b[1m"), "colour only when asked for");
    assert!(!sheet::text(&ws119(), &SheetOptions::default()).unwrap().contains('\x1b'));
}

#[test]
fn output_is_deterministic() {
    let o = opts(&[warsaw()], true);
    for f in [sheet::text, sheet::md, sheet::html, sheet::json, sheet::csv] {
        assert_eq!(f(&ws119(), &o).unwrap(), f(&ws119(), &o).unwrap());
    }
}

#[test]
fn gaps_overruns_and_order_are_shown() {
    let mut s = ws119();
    s.segments = vec![segment(20, 30, "Second", &[], 2), segment(0, 10, "First", &[], 1), segment(25, 95, "Long", &[], 3)];
    let sh = sheet::build(&s, &SheetOptions::default()).unwrap();
    let kinds: Vec<(RowKind, &str)> = sh.rows.iter().map(|r| (r.kind, r.title.as_str())).collect();
    assert_eq!(kinds[..4], [(RowKind::Segment, "First"), (RowKind::Gap, "Nothing scheduled (gap in the agenda)"), (RowKind::Segment, "Second"), (RowKind::Segment, "Long")]);
    assert!(sh.notes.iter().any(|n| n.contains("not written in time order")));
    assert!(sh.notes.iter().any(|n| n.contains("“Long” starts at T+00:25 before")));
    assert!(sh.notes.iter().any(|n| n.contains("5 min past the session end")));
}

#[test]
fn snapshots_of_every_format() {
    let cases: [(&str, Session, SheetOptions); 3] = [
        ("ws119", ws119(), opts(&[warsaw(), Zone::Iana("America/New_York".into())], false)),
        ("ws99", ws99(), SheetOptions::default()),
        ("panel_per_speaker", panel(), opts(&[Zone::Utc], true)),
    ];
    for (name, session, o) in cases {
        insta::assert_snapshot!(format!("{name}_text"), sheet::text(&session, &o).unwrap());
        insta::assert_snapshot!(format!("{name}_md"), sheet::md(&session, &o).unwrap());
        insta::assert_snapshot!(format!("{name}_html"), sheet::html(&session, &o).unwrap());
        insta::assert_snapshot!(format!("{name}_json"), sheet::json(&session, &o).unwrap());
        insta::assert_snapshot!(format!("{name}_csv"), sheet::csv(&session, &o).unwrap());
    }
}
