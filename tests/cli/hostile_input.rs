//! Hostile input, one named case per test (issue 7, "Hardening"): each gives a clear
//! diagnostic at the right place, a non-zero exit where it is an error, never a panic, and
//! memory proportional to the input (that last part is in tests/memory/large_input.rs, a
//! test binary of its own so no other test's memory counts in the children's peaks).
//!
//! Inputs are the real seeds edited (`seeds/igf2021-ws119.txt`, whose breakdown runs on in
//! line 47) or TOML agendas, written into a temporary directory and given to the binary as
//! a user would. Positions are found in the LF text by the test itself and compared with
//! what `check --format json` and the human output say.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;


fn runsheet() -> Command {
    let mut c = Command::cargo_bin("runsheet").unwrap();
    c.env("NO_COLOR", "1").env("SOURCE_DATE_EPOCH", "1700000000").current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

fn seed(name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds").join(name)).unwrap()
}

fn ws119() -> String {
    seed("igf2021-ws119.txt")
}

/// Writes `bytes` to `name` in `dir`.
fn put(dir: &tempfile::TempDir, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.path().join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// `text` with its one occurrence of `from` replaced by `to`.
fn edit(text: &str, from: &str, to: &str) -> String {
    assert_eq!(text.matches(from).count(), 1, "`{from}` once in the seed");
    text.replace(from, to)
}

/// The 1-based line and column (in characters) of the first `needle` in LF text.
fn line_col(text: &str, needle: &str) -> (u64, u64) {
    let at = text.find(needle).unwrap_or_else(|| panic!("`{needle}` in the text"));
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line as u64, text[start..at].chars().count() as u64 + 1)
}

/// Fails when a run panicked or was killed by a signal.
fn assert_sane(out: &std::process::Output) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    assert!(out.status.code().is_some(), "killed by a signal: {:?}", out.status);
}

/// `check --format json PATH`: the diagnostics, the exit code and standard error.
fn check_json(path: &Path) -> (Vec<Value>, i32, String) {
    let out = runsheet().args(["check", "--format", "json"]).arg(path).output().unwrap();
    assert_sane(&out);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)));
    (v.as_array().unwrap().clone(), out.status.code().unwrap(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// The diagnostics with `code`.
fn with_code<'a>(diags: &'a [Value], code: &str) -> Vec<&'a Value> {
    diags.iter().filter(|d| d["code"] == code).collect()
}

/// (line, column) of a diagnostic.
fn at(d: &Value) -> (u64, u64) {
    (d["line"].as_u64().unwrap(), d["column"].as_u64().unwrap())
}

/// Diagnostics without notes, as (code, severity, line, column, end line, end column).
fn loud(diags: &[Value]) -> Vec<(String, String, Value, Value, Value, Value)> {
    diags
        .iter()
        .filter(|d| d["severity"] != "note")
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["severity"].as_str().unwrap().to_owned(),
                d["line"].clone(),
                d["column"].clone(),
                d["end_line"].clone(),
                d["end_column"].clone(),
            )
        })
        .collect()
}

/// Every diagnostic as (code, severity, message, line, column, end line, end column).
fn positions(diags: &[Value]) -> Vec<[Value; 7]> {
    diags
        .iter()
        .map(|d| {
            ["code", "severity", "message", "line", "column", "end_line", "end_column"].map(|k| d[k].clone())
        })
        .collect()
}

/// `show --format json PATH`: the session read, without the file name (so two inputs can
/// be compared).
fn show_json(path: &Path) -> Value {
    let out = runsheet().args(["show", "--format", "json"]).arg(path).output().unwrap();
    assert_sane(&out);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let mut v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut v = v[0].take();
    v.as_object_mut().unwrap().remove("file");
    v
}

/// The segments' titles and (start, end) offsets as `show --format json` gives them.
fn segments(session: &Value) -> Vec<(String, i64, i64)> {
    session["segments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            (s["title"].as_str().unwrap().to_owned(), s["start_minute"].as_i64().unwrap(), s["end_minute"].as_i64().unwrap())
        })
        .collect()
}

/// The human output of `check PATH` (standard output), asserting the exit code.
fn check_human(path: &Path, code: i32) -> String {
    let out = runsheet().arg("check").arg(path).output().unwrap();
    assert_sane(&out);
    assert_eq!(out.status.code(), Some(code), "{}", String::from_utf8_lossy(&out.stdout));
    String::from_utf8(out.stdout).unwrap()
}

/// A control character or bidirectional override reached the output raw.
fn raw_control(s: &str) -> Option<char> {
    s.chars().find(|&c| (c.is_control() && c != '\n') || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
}

const OVERRUN_FROM: &str = "01:25 – 01:30 Closing";
const OVERRUN_TO: &str = "01:25 – 01:50 Closing";

#[test]
fn invalid_utf8_reported_with_byte_offset_and_rest_read() {
    let dir = tempfile::tempdir().unwrap();
    let text = ws119();
    let k = text.find("Workshop timing:").unwrap();
    let mut bytes = text.as_bytes().to_vec();
    bytes.insert(k, 0xFF);
    let p = put(&dir, "bad.txt", &bytes);
    let (diags, code, _) = check_json(&p);
    assert_eq!(code, 0, "invalid UTF-8 is a warning: {diags:#?}");
    let bad = with_code(&diags, "invalid-utf8");
    assert_eq!(bad.len(), 1, "{diags:#?}");
    assert_eq!(bad[0]["severity"], "warning");
    assert_eq!(bad[0]["message"], format!("a byte that is not UTF-8 was replaced by U+FFFD at byte {k}"));
    assert_eq!(at(bad[0]), line_col(&text, "Workshop timing:"));
    // The rest is still read: the breakdown after the bad byte gives its four segments.
    assert_eq!(segments(&show_json(&p)), segments(&show_json(Path::new("seeds/igf2021-ws119.txt"))));
    assert!(check_human(&p, 0).contains(&format!("at byte {k}")));

    // Adjacent bad bytes (a Windows-1252 `„` and `“`, or UTF-16 debris) are one run.
    let mut two = text.as_bytes().to_vec();
    two.splice(k..k, [0x84, 0x93]);
    let (diags, _, _) = check_json(&put(&dir, "two.txt", &two));
    let bad = with_code(&diags, "invalid-utf8");
    assert_eq!(bad.len(), 1, "{diags:#?}");
    assert_eq!(bad[0]["message"], format!("2 bytes that are not UTF-8 were replaced by U+FFFD at byte {k}"));

    // With a byte-order mark in front, the offset is still the one in the file.
    let mut with_bom = b"\xEF\xBB\xBF".to_vec();
    with_bom.extend_from_slice(&bytes);
    let p = put(&dir, "bom-bad.txt", &with_bom);
    let (diags, _, _) = check_json(&p);
    assert_eq!(with_code(&diags, "invalid-utf8")[0]["message"], format!("a byte that is not UTF-8 was replaced by U+FFFD at byte {}", k + 3));

    // Many bad sequences: the first 100 are listed, the rest counted in one more warning.
    let mut many = text.as_bytes().to_vec();
    let notes_at = text.find("Usage of IGF Official Tool.").unwrap();
    for i in 0..150 {
        many.insert(notes_at + 2 * i, 0xC0);
    }
    let p = put(&dir, "many.txt", &many);
    let (diags, code, _) = check_json(&p);
    assert_eq!(code, 0);
    let bad = with_code(&diags, "invalid-utf8");
    assert_eq!(bad.len(), 101, "{bad:#?}");
    let listed: Vec<&str> = bad.iter().filter_map(|d| d["message"].as_str()).filter(|m| m.starts_with("a byte")).collect();
    assert_eq!(listed.len(), 100);
    assert_eq!(listed[0], format!("a byte that is not UTF-8 was replaced by U+FFFD at byte {notes_at}"));
    let last = notes_at + 2 * 99;
    assert!(
        bad.iter().any(|d| d["message"] == format!("50 more runs of bytes that are not UTF-8 after byte {last} were replaced by U+FFFD")),
        "{bad:#?}"
    );
}

#[test]
fn utf8_bom_is_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let plain = put(&dir, "plain.txt", ws119());
    let bom = put(&dir, "bom.txt", [b"\xEF\xBB\xBF".as_slice(), ws119().as_bytes()].concat());
    let (a, code_a, _) = check_json(&plain);
    let (b, code_b, _) = check_json(&bom);
    assert_eq!((code_a, code_b), (0, 0));
    // Same diagnostics at the same positions: the mark is not a character of line 1.
    assert_eq!(positions(&a), positions(&b));
    let s = show_json(&bom);
    assert_eq!(s["id"], "IGF 2021 WS #119");
    assert_eq!(s, show_json(&plain));
}

/// Overrun variants of the seed with LF, CRLF and lone CR line ends; check and show must
/// agree on all three.
fn line_end_variants(dir: &tempfile::TempDir, sep: &str) -> (PathBuf, PathBuf) {
    let lf = edit(&ws119(), OVERRUN_FROM, OVERRUN_TO);
    (put(dir, "lf.txt", &lf), put(dir, "other.txt", lf.replace('\n', sep)))
}

#[test]
fn crlf_line_endings_give_right_columns() {
    let dir = tempfile::tempdir().unwrap();
    let (lf, crlf) = line_end_variants(&dir, "\r\n");
    let (a, code_a, _) = check_json(&lf);
    let (b, code_b, _) = check_json(&crlf);
    assert_eq!((code_a, code_b), (1, 1));
    assert_eq!(positions(&a), positions(&b));
    let text = edit(&ws119(), OVERRUN_FROM, OVERRUN_TO);
    let (line, col) = line_col(&text, "01:50");
    assert_eq!((line, col), (47, 1063));
    let overrun = with_code(&b, "overrun");
    assert_eq!(at(overrun[0]), (47, 1063));
    assert_eq!((overrun[0]["end_line"].as_u64(), overrun[0]["end_column"].as_u64()), (Some(47), Some(1068)));
    let human = check_human(&crlf, 1);
    assert!(human.contains(&format!("{}:47:1063\n", crlf.display())), "{human}");
    assert!(!human.contains('\r') && !human.contains('␍'), "{human}");
    // What was read is the same: no carriage return left in titles or sections.
    assert_eq!(show_json(&lf), show_json(&crlf));
}

#[test]
fn lone_cr_line_endings() {
    let dir = tempfile::tempdir().unwrap();
    let (lf, cr) = line_end_variants(&dir, "\r");
    let (a, _, _) = check_json(&lf);
    let (b, code, _) = check_json(&cr);
    assert_eq!(code, 1);
    assert_eq!(positions(&a), positions(&b));
    assert_eq!(at(with_code(&b, "overrun")[0]), (47, 1063));
    // The human output counts lines as the JSON does (a lone CR ends a line there too) and
    // draws line 47 alone, not the whole file as line 1.
    let human = check_human(&cr, 1);
    assert!(human.contains(&format!("{}:47:1063\n", cr.display())), "{human}");
    assert!(human.contains("\n47 | "), "{human}");
    assert!(!human.contains('\r') && !human.contains('␍'), "{human}");
    assert_eq!(show_json(&lf), show_json(&cr));
}

#[test]
fn nul_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let text = edit(&edit(&ws119(), "Conference Room 6", "Conference\0Room 6"), "Introductions and", "Intro\0ductions and");
    let p = put(&dir, "nul.txt", &text);
    let (diags, code, _) = check_json(&p);
    assert_eq!(code, 0, "a NUL byte is a warning: {diags:#?}");
    let ctl = with_code(&diags, "control-character");
    assert_eq!(ctl.len(), 1, "{diags:#?}");
    assert_eq!(ctl[0]["severity"], "warning");
    assert_eq!(at(ctl[0]), line_col(&text, "\0"));
    assert_eq!(ctl[0]["message"], "the text holds 2 control characters, the first U+0000; runsheet shows it escaped");
    // The text is kept as read...
    let s = show_json(&p);
    assert_eq!(s["room"], "Conference\0Room 6");
    assert_eq!(segments(&s).len(), 4);
    // ...but never written raw for people, and left out of the calendar.
    assert_eq!(raw_control(&check_human(&p, 0)), None);
    let out = runsheet().args(["sheet", "--format", "text"]).arg(&p).output().unwrap();
    assert_sane(&out);
    let sheet = String::from_utf8(out.stdout).unwrap();
    assert_eq!(raw_control(&sheet), None);
    assert!(sheet.contains("Intro\\u{0}ductions"), "{sheet}");
    let out = runsheet().arg("ics").arg(&p).output().unwrap();
    assert_sane(&out);
    assert_eq!(out.status.code(), Some(0));
    assert!(!out.stdout.contains(&0), "NUL in the calendar");
    assert!(String::from_utf8(out.stdout).unwrap().contains("LOCATION:ConferenceRoom 6\r\n"));
}

#[test]
fn tabs() {
    let dir = tempfile::tempdir().unwrap();
    let text = edit(&edit(&ws119(), "Organizer 1: John", "Organizer 1:\tJohn"), "00:00 – 00:15 ", "\t00:00\t–\t00:15\t");
    let p = put(&dir, "tabs.txt", &text);
    let (diags, code, _) = check_json(&p);
    assert_eq!(code, 0);
    assert!(loud(&diags).is_empty(), "tabs are whitespace: {diags:#?}");
    let s = show_json(&p);
    assert_eq!(segments(&s), segments(&show_json(Path::new("seeds/igf2021-ws119.txt"))));
    assert_eq!(s["people"][0]["name"], "John Hering");

    // An error on a line with tabs: a tab is one column, and the caret still stands under
    // the time in the snippet (where the tab is drawn as spaces).
    let text = edit(&text, OVERRUN_FROM, "01:25\t–\t01:50 Closing");
    let p = put(&dir, "tab-overrun.txt", &text);
    let (diags, code, _) = check_json(&p);
    assert_eq!(code, 1);
    assert_eq!(at(with_code(&diags, "overrun")[0]), line_col(&text, "01:50"));
    let human = check_human(&p, 1);
    let lines: Vec<&str> = human.lines().collect();
    let k = lines.iter().position(|l| l.starts_with("47 | ") && l.contains("01:50")).expect("line 47 drawn");
    assert!(!lines[k].contains('\t'), "{human}");
    let under = lines[k][..lines[k].find("01:50").unwrap()].chars().count();
    let caret = lines[k + 1].find('^').expect("a caret under line 47");
    assert_eq!(lines[k + 1][..caret].chars().count(), under, "{human}");
}

#[test]
fn rtl_and_combining_names() {
    let dir = tempfile::tempdir().unwrap();
    let hebrew = "דוד לוי";
    let combining = "Zoe\u{308} Ame\u{301}lie"; // decomposed: e + diaeresis, e + acute
    let arabic = "محمد علي";
    let text = edit(&edit(&edit(&ws119(), "Henri Verdier", hebrew), "Samir Saran", combining), "Kaja Ciglic", arabic);
    let p = put(&dir, "names.txt", &text);
    let (diags, code, _) = check_json(&p);
    assert_eq!(code, 0);
    assert!(loud(&diags).is_empty(), "{diags:#?}");
    let s = show_json(&p);
    let person = |name: &str| {
        s["people"].as_array().unwrap().iter().find(|x| x["name"] == name).unwrap_or_else(|| panic!("{name} in {s:#}")).clone()
    };
    assert_eq!(person(hebrew)["roles"][0], "speaker");
    assert_eq!(person(combining)["roles"][0], "organizer");
    // The unlabelled Arabic entry is a person, taken as the onsite moderator as Kaja Ciglic was.
    assert_eq!(person(arabic)["roles"][0], "onsite_moderator");
    // Kept byte for byte (no normalisation, no escaping) in every sheet format.
    for format in ["text", "md", "html", "json", "csv"] {
        let out = runsheet().args(["sheet", "--format", format]).arg(&p).output().unwrap();
        assert_sane(&out);
        let sheet = String::from_utf8(out.stdout).unwrap();
        for name in [hebrew, arabic] {
            assert!(sheet.contains(name), "{format}: {name} in {sheet}");
        }
    }
    // The human check output quotes the Arabic name as written (a role-inferred note).
    let human = check_human(&p, 0);
    assert!(human.contains(&format!("no label gives {arabic}'s role")), "{human}");
}

#[test]
fn time_25_00() {
    let dir = tempfile::tempdir().unwrap();
    let text = edit(&ws119(), "00:40 – 01:25 Open", "00:40 – 25:00 Open");
    let p = put(&dir, "t25.txt", &text);
    let (diags, code, _) = check_json(&p);
    assert_eq!(code, 1);
    let bad = with_code(&diags, "bad-time");
    assert_eq!(bad.len(), 1, "{diags:#?}");
    assert_eq!(bad[0]["severity"], "error");
    assert_eq!(bad[0]["message"], "`25:00` is not a valid time");
    assert_eq!(at(bad[0]), line_col(&text, "25:00"));
    assert!(check_human(&p, 1).contains(&format!("error[bad-time]: `25:00` is not a valid time\n  --> {}:47:967", p.display())));
    // In a TOML agenda, a wall clock of 25:00 is a bad value at its place.
    let toml = "[session]\ntitle = \"T\"\n\n[[segments]]\nduration = \"10m\"\ntitle = \"A\"\nclock = [\"23:00\", \"25:00\"]\n";
    let (diags, code, _) = check_json(&put(&dir, "t25.toml", toml));
    assert_eq!(code, 1);
    assert_eq!(at(with_code(&diags, "bad-agenda-value")[0]), (7, 9));
}

#[test]
fn time_00_60() {
    let dir = tempfile::tempdir().unwrap();
    let text = edit(&ws119(), "00:15 – 00:40 Moderated", "00:15 – 00:60 Moderated");
    let p = put(&dir, "t0060.txt", &text);
    let (diags, code, _) = check_json(&p);
    assert_eq!(code, 1);
    let bad = with_code(&diags, "bad-time");
    assert_eq!(bad.len(), 1, "{diags:#?}");
    assert_eq!(bad[0]["message"], "`00:60` is not a valid time");
    assert_eq!(at(bad[0]), line_col(&text, "00:60"));
    // As a TOML offset, minutes past 59 are refused too.
    let toml = "[session]\ntitle = \"T\"\n\n[[segments]]\nstart = \"00:00\"\nend = \"00:60\"\ntitle = \"A\"\n";
    let (diags, code, _) = check_json(&put(&dir, "t0060.toml", toml));
    assert_eq!(code, 1);
    let bad = with_code(&diags, "bad-agenda-value");
    assert_eq!(at(bad[0]), (6, 7), "{diags:#?}");
}

#[test]
fn time_24_00() {
    let dir = tempfile::tempdir().unwrap();
    // As the end of a range, 24:00 is the end of the day (ISO 8601): a late session whose
    // slot and last segment end at midnight checks clean and its calendar ends the next day.
    let late = "IGF 2021 WS #500 Late Night Session\n\n\
        Friday, 10th December, 2021 (23:00 UTC) - Friday, 10th December, 2021 (24:00 UTC)\n\
        Conference Room 6\n\n\
        Speaker 1: Henri Verdier, Government, Western European and Others Group (WEOG)\n\n\
        Onsite Moderator: Kaja Ciglic, Private Sector, Eastern European Group\n\n\
        Online Moderator: John Hering, Private Sector, Western European and Others Group (WEOG)\n\n\
        Panel - Auditorium - 60 Min\n\n\
        Agenda\n23:00 – 23:30 Opening talks\n23:30 – 24:00 Discussion\n";
    let p = put(&dir, "late.txt", late);
    let (diags, code, _) = check_json(&p);
    assert_eq!(code, 0);
    assert!(loud(&diags).is_empty(), "{diags:#?}");
    let s = show_json(&p);
    assert_eq!(segments(&s), [("Opening talks".to_owned(), 0, 30), ("Discussion".to_owned(), 30, 60)]);
    let out = runsheet().arg("ics").arg(&p).output().unwrap();
    assert_sane(&out);
    let ics = String::from_utf8(out.stdout).unwrap();
    assert!(ics.contains("DTSTART:20211210T230000Z\r\n") && ics.contains("DTEND:20211211T000000Z\r\n"), "{ics}");
    // As an offset in a breakdown, 24:00 is 24 hours: past a 90-minute session, an overrun.
    let text = edit(&ws119(), OVERRUN_FROM, "01:25 – 24:00 Closing");
    let (diags, code, _) = check_json(&put(&dir, "offset.txt", &text));
    assert_eq!(code, 1);
    assert_eq!(with_code(&diags, "overrun")[0]["message"], "segments end at 24:00 but the session is declared as 90 minutes");
    // Nothing starts at 24:00: as the start of a range it is a bad time, said so.
    let text = edit(&ws119(), OVERRUN_FROM, "24:00 – 01:30 Closing");
    let (diags, code, _) = check_json(&put(&dir, "start.txt", &text));
    assert_eq!(code, 1);
    let bad = with_code(&diags, "bad-time");
    assert_eq!(bad[0]["message"], "`24:00` ends a day and cannot start a segment; write 00:00");
    assert_eq!(at(bad[0]), line_col(&text, "24:00"));
}

#[test]
fn negative_time() {
    let dir = tempfile::tempdir().unwrap();
    // In proposal text a minus sign on a breakdown time is an error at the sign, not a
    // silent 00:10; the other segments are still read.
    for minus in ["-", "−"] {
        let text = edit(&ws119(), "timing: 00:00 – 00:15", &format!("timing: {minus}00:10 – 00:15"));
        let p = put(&dir, "neg.txt", &text);
        let (diags, code, _) = check_json(&p);
        assert_eq!(code, 1);
        let bad = with_code(&diags, "bad-time");
        assert_eq!(bad.len(), 1, "{diags:#?}");
        assert_eq!(bad[0]["message"], format!("`{minus}00:10` is a negative time; breakdown times count from the start of the session"));
        assert_eq!(at(bad[0]), line_col(&text, &format!("{minus}00:10")));
        assert_eq!(segments(&show_json(&p)).len(), 3);
    }
    // In a TOML agenda, `-00:10` is a deliberate offset (setup before the start): a
    // warning, and the sheet says so instead of calling it an overlap.
    let toml = "[session]\ntitle = \"Neg\"\ndeclared_minutes = 60\n\n[slot]\nstart = 2021-12-07T14:30:00Z\nend = 2021-12-07T15:30:00Z\n\n\
        [[segments]]\nstart = \"-00:10\"\nend = \"00:00\"\ntitle = \"Setup\"\n\n\
        [[segments]]\nstart = \"00:00\"\nend = \"01:00\"\ntitle = \"Main\"\n";
    let p = put(&dir, "neg.toml", toml);
    let (diags, code, _) = check_json(&p);
    assert_eq!(code, 0);
    let w = with_code(&diags, "start-offset");
    assert_eq!(w[0]["message"], "the first segment starts at -00:10, before the session starts");
    assert_eq!(at(w[0]), (10, 9));
    let out = runsheet().arg("sheet").arg(&p).output().unwrap();
    assert_sane(&out);
    let sheet = String::from_utf8(out.stdout).unwrap();
    assert!(sheet.contains("14:20  T-00:10   10  Setup"), "{sheet}");
    assert!(sheet.contains("“Setup” starts at T-00:10, before the session starts."), "{sheet}");
    assert!(!sheet.contains("before the segment before it"), "{sheet}");
}

#[test]
fn slot_ending_before_start() {
    let dir = tempfile::tempdir().unwrap();
    let text = edit(&ws119(), "(11:45 UTC)", "(09:45 UTC)");
    let p = put(&dir, "slot.txt", &text);
    let (diags, code, _) = check_json(&p);
    assert_eq!(code, 1);
    let e = with_code(&diags, "slot-end-before-start");
    assert_eq!(e.len(), 1, "{diags:#?}");
    assert_eq!((e[0]["severity"].as_str(), at(e[0])), (Some("error"), (3, 1)));
    // No calendar and no sheet with impossible clock times: a clear error, exit 1.
    for cmd in [&["ics"][..], &["sheet"]] {
        let out = runsheet().args(cmd).arg(&p).output().unwrap();
        assert_sane(&out);
        assert_eq!(out.status.code(), Some(1), "{cmd:?}");
        assert!(out.stdout.is_empty(), "{cmd:?} wrote {}", String::from_utf8_lossy(&out.stdout));
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("IGF 2021 WS #119 ends (2021-12-10T09:45:00+00:00) before it starts (2021-12-10T10:15:00+00:00)"), "{err}");
    }
    // The same in a TOML agenda, at its [slot] table.
    let toml = "[session]\ntitle = \"T\"\n\n[slot]\nstart = 2021-12-07T14:30:00Z\nend = 2021-12-07T13:30:00Z\n";
    let (diags, code, _) = check_json(&put(&dir, "slot.toml", toml));
    assert_eq!(code, 1);
    assert_eq!(at(with_code(&diags, "slot-end-before-start")[0]), (4, 1));
}

#[test]
fn unknown_zone_name() {
    let dir = tempfile::tempdir().unwrap();
    let text = edit(&ws119(), "(10:15 UTC) - Friday, 10th December, 2021 (11:45 UTC)", "(10:15 Mars/Olympus) - Friday, 10th December, 2021 (11:45 Mars/Olympus)");
    let p = put(&dir, "zone.txt", &text);
    let (diags, code, _) = check_json(&p);
    assert_eq!(code, 1);
    let e = with_code(&diags, "unknown-zone");
    assert_eq!(e.len(), 1, "{diags:#?}");
    assert_eq!(e[0]["message"], "unknown time zone `Mars/Olympus`");
    assert_eq!(at(e[0]).0, 3);
    // In a TOML agenda, at the value.
    let toml = "[session]\ntitle = \"T\"\n\n[slot]\nstart = \"2024-10-27T01:30\"\nduration = \"90 min\"\ntimezone = \"Mars/Olympus\"\n";
    let (diags, code, _) = check_json(&put(&dir, "zone.toml", toml));
    assert_eq!(code, 1);
    let e = with_code(&diags, "unknown-zone");
    assert_eq!((e[0]["message"].as_str(), at(e[0])), (Some("unknown time zone `Mars/Olympus`"), (7, 12)));
    // On the command line, a usage error (exit 2) that names the zone.
    for args in [&["ics", "--tz", "Mars/Olympus"][..], &["sheet", "--tz", "Mars/Olympus"], &["build", "--tz", "Mars/Olympus", "--out-dir", "out"]] {
        let out = runsheet().args(args).arg("seeds/igf2021-ws119.txt").output().unwrap();
        assert_sane(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("unknown time zone `Mars/Olympus`"), "{args:?}");
    }
}
