//! Output safety (issue 7, "Hardening"), one test per property: outputs are written
//! atomically; an output that is an input is refused; one bad input among many does not
//! stop the others; and text from proposals cannot inject an iCalendar property, HTML or
//! script, a spreadsheet formula, or terminal escape sequences.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

use crate::properties;

fn runsheet() -> Command {
    let mut c = Command::cargo_bin("runsheet").unwrap();
    c.env("NO_COLOR", "1").env("SOURCE_DATE_EPOCH", "1700000000").current_dir(env!("CARGO_MANIFEST_DIR"));
    c
}

fn seed(name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds").join(name)).unwrap()
}

fn put(dir: &Path, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// The names in a directory, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    v.sort();
    v
}

fn assert_sane(out: &std::process::Output) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "panic: {stderr}");
    assert!(out.status.code().is_some(), "killed by a signal");
}

/// Runs the binary and returns the output, asserting the exit code.
fn run(args: &[&std::ffi::OsStr], code: i32) -> std::process::Output {
    let out = runsheet().args(args).output().unwrap();
    assert_sane(&out);
    assert_eq!(
        out.status.code(),
        Some(code),
        "{args:?}\nstdout: {}\nstderr: {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

macro_rules! args {
    ($($a:expr),* $(,)?) => { &[$(std::ffi::OsStr::new(&$a)),*] };
}

const WS119: &str = "seeds/igf2021-ws119.txt";
const WS99: &str = "seeds/igf2019-ws99.txt";

// ---------------------------------------------------------------------------------------
// Atomic writes

/// Every command that writes files, as (arguments before the output, output flag, name of
/// the file it writes there when given a directory).
#[test]
fn files_are_written_atomically_by_rename_and_a_failed_run_leaves_the_old_file() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let root = env!("CARGO_MANIFEST_DIR");
    let ws119 = format!("{root}/{WS119}");
    let programme = format!("{root}/tests/data/schedules/programme.csv");

    // Each output starts as a file with two links: writing by rename replaces the output's
    // directory entry and leaves the other link with the old bytes; writing in place would
    // change both. Afterwards the directory holds exactly the expected names: no temporary
    // file is left behind.
    let cases: Vec<(&str, Vec<String>, &str)> = vec![
        ("cal.ics", vec!["ics".into(), ws119.clone(), "-o".into()], "BEGIN:VCALENDAR"),
        ("sheet.html", vec!["sheet".into(), "--format".into(), "html".into(), ws119.clone(), "-o".into()], "<!DOCTYPE html>"),
        ("frab.xml", vec!["export".into(), "--format".into(), "frab-xml".into(), programme.clone(), "-o".into()], "<schedule"),
    ];
    for (name, args, marker) in &cases {
        let out = d.join(name);
        std::fs::write(&out, "OLD").unwrap();
        let keep = d.join(format!("{name}.keep"));
        std::fs::hard_link(&out, &keep).unwrap();
        let mut a: Vec<&std::ffi::OsStr> = args.iter().map(|s| s.as_ref()).collect();
        a.push(out.as_os_str());
        run(&a, 0);
        assert!(std::fs::read_to_string(&out).unwrap().contains(marker), "{name}");
        assert_eq!(std::fs::read_to_string(&keep).unwrap(), "OLD", "{name} was written in place");
    }
    let mut want: Vec<String> = cases.iter().flat_map(|(n, _, _)| [n.to_string(), format!("{n}.keep")]).collect();
    want.sort();
    assert_eq!(listing(d), want);

    // --out-dir and build write the same way, and only the files they name.
    let sheets = d.join("sheets");
    std::fs::create_dir(&sheets).unwrap();
    let old = put(&sheets, "igf-2021-ws-119.md", "OLD");
    std::fs::hard_link(&old, d.join("md.keep")).unwrap();
    run(args!["sheet", "--format", "md", WS119, WS99, "--out-dir", sheets], 0);
    assert_eq!(listing(&sheets), ["igf-2019-ws-99.md", "igf-2021-ws-119.md"]);
    assert_eq!(std::fs::read_to_string(d.join("md.keep")).unwrap(), "OLD");
    let built = d.join("built");
    run(args!["build", WS119, "--out-dir", built], 0);
    assert_eq!(listing(&built), ["igf-2021-ws-119.html", "igf-2021-ws-119.ics", "igf-2021-ws-119.md"]);

    // A run that fails leaves an existing output as it was and no temporary file: the
    // proposal has no slot (nothing to write), or the output cannot be put in place (a
    // directory stands there).
    let failed = d.join("failed");
    std::fs::create_dir(&failed).unwrap();
    let cal = put(&failed, "cal.ics", "OLD");
    run(args!["ics", WS99, "-o", cal], 1);
    assert_eq!(std::fs::read_to_string(&cal).unwrap(), "OLD");
    let blocked = failed.join("blocked.ics");
    std::fs::create_dir(&blocked).unwrap();
    let out = run(args!["ics", WS119, "-o", blocked], 2);
    assert!(String::from_utf8_lossy(&out.stderr).contains("blocked.ics"));
    assert_eq!(listing(&failed), ["blocked.ics", "cal.ics"]);
    assert!(listing(&blocked).is_empty());
}

// ---------------------------------------------------------------------------------------
// Outputs that are inputs

#[test]
fn an_output_path_equal_to_an_input_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir(d.join("sub")).unwrap();
    let input = put(d, "ws119.txt", seed("igf2021-ws119.txt"));
    let programme = put(d, "programme.csv", "id,start,end,tz,room\nIGF 2021 WS #119,2021-12-10T10:15,2021-12-10T11:45,UTC,Room 6\n");
    let link = d.join("link.ics");
    std::os::unix::fs::symlink(&input, &link).unwrap();
    // The same file three ways: as given, spelled through `sub/..`, and through a symlink.
    let spellings = [input.clone(), d.join("sub/../ws119.txt"), link.clone()];
    let before = std::fs::read(&input).unwrap();
    for out in &spellings {
        for args in [
            vec!["ics", "-o"],
            vec!["sheet", "-o"],
            vec!["sheet", "--format", "csv", "-o"],
            vec!["build", "--out-dir"],
            vec!["export", "--format", "frab-json", "-o"],
        ] {
            let mut a: Vec<&std::ffi::OsStr> = args.iter().map(|s| s.as_ref()).collect();
            a.push(out.as_os_str());
            a.push(input.as_os_str());
            let o = run(&a, 2);
            assert!(String::from_utf8_lossy(&o.stderr).contains("refusing to write"), "{a:?}: {}", String::from_utf8_lossy(&o.stderr));
        }
    }
    // The programme given with --schedule is an input too.
    for cmd in ["ics", "sheet"] {
        let o = run(args![cmd, "--schedule", programme, input, "-o", programme], 2);
        assert!(String::from_utf8_lossy(&o.stderr).contains("refusing to write"));
    }
    // One file per session: a session whose file name would be an input is refused.
    let named = put(d, "igf-2021-ws-119.ics", seed("igf2021-ws119.txt"));
    let o = run(args!["ics", named, "--out-dir", d], 2);
    assert!(String::from_utf8_lossy(&o.stderr).contains("refusing to write"));
    // A text sheet is `NAME.sheet.txt`, so a proposal `NAME.txt` is never its target; one
    // named `NAME.sheet.txt` and given by name is read, and its sheet is refused.
    let proposal_txt = put(d, "igf-2021-ws-119.txt", seed("igf2021-ws119.txt"));
    run(args!["sheet", "--format", "text", proposal_txt, "--out-dir", d], 0);
    assert_eq!(std::fs::read(&proposal_txt).unwrap(), before);
    let named_txt = put(d, "igf-2021-ws-119.sheet.txt", seed("igf2021-ws119.txt"));
    run(args!["sheet", "--format", "text", named_txt, "--out-dir", d], 2);
    // Nothing was overwritten.
    assert_eq!(std::fs::read(&input).unwrap(), before);
    assert_eq!(std::fs::read(&named).unwrap(), before);
    assert_eq!(std::fs::read(&named_txt).unwrap(), before);
    assert!(std::fs::read_to_string(&programme).unwrap().starts_with("id,start"));

    // build into the directory it reads is allowed: it writes only .ics, .html and .md
    // files, never an input's name, and a second run reads the same inputs.
    let proposals = d.join("proposals");
    std::fs::create_dir(&proposals).unwrap();
    put(&proposals, "ws119.txt", seed("igf2021-ws119.txt"));
    let first = run(args!["build", proposals, "--out-dir", proposals], 0);
    let second = run(args!["build", proposals, "--out-dir", proposals], 0);
    assert_eq!(first.stdout, second.stdout);
    assert_eq!(listing(&proposals), ["igf-2021-ws-119.html", "igf-2021-ws-119.ics", "igf-2021-ws-119.md", "ws119.txt"]);
}

// ---------------------------------------------------------------------------------------
// One bad input among many

#[test]
fn one_bad_input_among_many_does_not_stop_the_others() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let inputs = d.join("proposals");
    std::fs::create_dir(&inputs).unwrap();
    put(&inputs, "a-ws119.txt", seed("igf2021-ws119.txt"));
    put(&inputs, "b-overrun.txt", seed("igf2021-ws119.txt").replace("IGF 2021 WS #119", "IGF 2021 WS #120").replace("01:25 – 01:30", "01:25 – 01:50"));
    put(&inputs, "c-broken.toml", "[session]\ntitle = \"Broken\"\nminutes = ninety\n");
    put(&inputs, "d-ws99.txt", seed("igf2019-ws99.txt"));

    // build: the good sessions are written, the summary names the faulty ones, exit 1.
    let out_dir = d.join("out");
    let out = run(args!["build", inputs, "--out-dir", out_dir], 1);
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{stdout}");
    // a and b share their room, slot and people: build reports the overlaps in a's file, as
    // check does.
    assert!(lines[0].contains("a-ws119.txt: IGF 2021 WS #119") && lines[0].contains("2 errors, 0 warnings;"), "{stdout}");
    assert!(lines[1].contains("b-overrun.txt: IGF 2021 WS #120") && lines[1].contains("1 error"), "{stdout}");
    assert!(lines[2].contains("c-broken.toml: unreadable, 1 error"), "{stdout}");
    assert!(lines[3].contains("d-ws99.txt: IGF 2019 WS #99"), "{stdout}");
    let names = listing(&out_dir);
    for f in ["igf-2021-ws-119.ics", "igf-2021-ws-119.html", "igf-2019-ws-99.md", "igf-2021-ws-120.html"] {
        assert!(names.contains(&f.to_owned()), "{f} in {names:?}");
    }
    // The totals are check's: the two overlaps, the overrun and the broken file.
    assert!(String::from_utf8_lossy(&out.stderr).contains("checked 4 files: 4 errors"), "{}", String::from_utf8_lossy(&out.stderr));
    let check = run(args!["check", inputs], 1);
    assert!(String::from_utf8_lossy(&check.stderr).contains("checked 4 files: 4 errors"), "{}", String::from_utf8_lossy(&check.stderr));

    // An input that cannot be read at all (a dangling link): the others are still written,
    // and the exit code says an input was unreadable.
    std::os::unix::fs::symlink(d.join("nowhere.txt"), inputs.join("e-gone.txt")).unwrap();
    let out_dir = d.join("out2");
    let out = run(args!["build", inputs, "--out-dir", out_dir], 2);
    assert!(String::from_utf8_lossy(&out.stdout).contains("e-gone.txt: could not be read"));
    assert!(listing(&out_dir).contains(&"igf-2021-ws-119.ics".to_owned()));

    // check reports every file, the unreadable one on stderr.
    let out = run(args!["check", "--format", "json", inputs], 2);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let files: BTreeSet<&str> = v.as_array().unwrap().iter().map(|d| d["file"].as_str().unwrap()).collect();
    assert_eq!(files.len(), 4, "{files:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("e-gone.txt"));
    std::fs::remove_file(inputs.join("e-gone.txt")).unwrap();

    // ics and sheet over several inputs: the good sessions are in the output, exit 1.
    let cal = d.join("all.ics");
    run(args!["ics", inputs, WS99, "--start", "2019-11-26T09:30", "--tz", "Europe/Berlin", "-o", cal], 1);
    let ics = std::fs::read_to_string(&cal).unwrap();
    assert_eq!(ics.matches("BEGIN:VEVENT\r\n").count(), 4, "ws119, ws120, ws99 twice");
    let out = run(args!["sheet", "--format", "json", inputs], 1);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().map(Vec::len), Some(3), "{v:#}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("c-broken.toml:3:"));
}

// ---------------------------------------------------------------------------------------
// Injection

/// A TOML agenda whose every text field is `text(field)`.
fn agenda(text: impl Fn(&str) -> String) -> String {
    let q = |field: &str| toml_string(&text(field));
    format!(
        "[session]\nid = {}\ntitle = {}\nformat = {}\nroom = {}\nurl = {}\nduration = \"60m\"\n\n\
         [slot]\nstart = 2024-06-01T10:00:00Z\nend = 2024-06-01T11:00:00Z\n\n\
         [[people]]\nname = {}\nroles = [\"speaker\"]\nemail = {}\naffiliation = {}\n\n\
         [[people]]\nname = {}\nroles = [\"onsite_moderator\", \"organizer\"]\nemail = \"mallory@example.org\"\n\n\
         [[segments]]\nduration = \"30m\"\ntitle = {}\nnotes = {}\ncues = [{}]\npeople = [{}]\n\n\
         [[segments]]\nduration = \"30m\"\ntitle = {}\n",
        q("id"),
        q("title"),
        q("format"),
        q("room"),
        q("url"),
        q("speaker"),
        q("email"),
        q("affiliation"),
        q("moderator"),
        q("segment"),
        q("notes"),
        q("cue"),
        q("speaker"),
        q("segment2"),
    )
}

/// `s` as a TOML basic string.
fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Plain values for every field.
fn clean(field: &str) -> String {
    match field {
        "url" => "https://example.org/ws7".into(),
        "email" => "eve@example.org".into(),
        "speaker" => "Eve Adams".into(),
        "moderator" => "Mallory Stone".into(),
        "id" => "IGF 2024 WS #7".into(),
        f => format!("Plain {f}"),
    }
}

#[test]
fn text_cannot_inject_an_icalendar_property() {
    let dir = tempfile::tempdir().unwrap();
    let hostile = |field: &str| -> String {
        match field {
            "title" => "Panel\r\nATTENDEE:mailto:x@evil.example\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:owned".into(),
            "format" => "Panel; with, commas\\ and a backslash".into(),
            "room" => "Room 1\r\nLOCATION:elsewhere;X=1,2".into(),
            "url" => "https://example.org/ws7\r\nATTENDEE:mailto:y@evil.example".into(),
            "email" => "eve@example.org\r\nATTENDEE:mailto:w@evil.example".into(),
            "speaker" => "Eve \"Q\" Adams\r\nATTENDEE;ROLE=CHAIR:mailto:z@evil.example".into(),
            "moderator" => "Mallory; ROLE=CHAIR, Stone:mailto:m@evil.example".into(),
            "segment" => "Intro\nEND:VCALENDAR".into(),
            "notes" => "a;b,c\\d\r\nDESCRIPTION:x\rEND:VEVENT".into(),
            "cue" => "\nBEGIN:VALARM".into(),
            f => format!("{f}\n\\n;,"),
        }
    };
    let names = |text: &str| -> (Vec<String>, Vec<String>) {
        let p = put(dir.path(), "a.toml", text);
        let out = run(args!["ics", "--invite", "--segments", p], 0);
        let ics = String::from_utf8(out.stdout).unwrap();
        let logical = properties::unfold(&ics).unwrap_or_else(|l| panic!("malformed line {l} in\n{ics}"));
        let names = logical.iter().map(|l| properties::name(l).to_owned()).collect();
        (names, logical)
    };
    let (clean_names, _) = names(&agenda(clean));
    let (hostile_names, logical) = names(&agenda(hostile));
    for n in &hostile_names {
        assert!(properties::ALLOWED.contains(&n.as_str()), "injected property {n}: {logical:#?}");
    }
    // The same properties in the same order as for plain text: nothing added, nothing cut.
    assert_eq!(hostile_names, clean_names, "{logical:#?}");
    // The title is kept as text, escaped (RFC 5545 §3.3.11), not as lines of its own.
    let summary = logical.iter().find(|l| l.starts_with("SUMMARY:")).unwrap();
    // (The id `id\n\\n;,` is flattened to one line and its `\`, `;` and `,` escaped.)
    assert_eq!(summary, "SUMMARY:id \\\\n\\;\\,: Panel ATTENDEE:mailto:x@evil.example END:VEVENT BEGIN:VEVENT SUMMARY:owned");
    let location = logical.iter().find(|l| l.starts_with("LOCATION")).unwrap();
    assert_eq!(location, "LOCATION:Room 1 LOCATION:elsewhere\\;X=1\\,2");
}

/// Every tag in `html` as its name and its attributes' names (`a href`), lower-case.
fn tags(html: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        if !rest.starts_with(|c: char| c.is_ascii_alphabetic() || c == '/' || c == '!') {
            continue;
        }
        let end = rest.find('>').unwrap_or(rest.len());
        let inner = &rest[..end];
        let mut words = inner.split_whitespace();
        let mut tag = words.next().unwrap_or("").to_ascii_lowercase();
        for w in words {
            let attr = w.split('=').next().unwrap_or("").to_ascii_lowercase();
            if !attr.is_empty() {
                tag.push(' ');
                tag.push_str(&attr);
            }
        }
        out.insert(tag);
        rest = &rest[end..];
    }
    out
}

fn hostile_markup(field: &str) -> String {
    match field {
        "title" => "<script>alert(1)</script>".into(),
        "format" => "\"><img src=x onerror=alert(1)>".into(),
        "room" => "javascript:alert(1)".into(),
        "url" => "javascript:alert(2)".into(),
        "speaker" => "<b onmouseover=alert(3)>Bob</b> Smith".into(),
        "moderator" => "Ann [x](javascript:alert(4)) Lee".into(),
        "affiliation" => "<style>body{display:none}</style>".into(),
        "segment" => "[click](javascript:alert(5)) <iframe src=//evil.example>".into(),
        "notes" => "<a href=\"javascript:alert(6)\">x</a> & <!-- hidden --> | # heading\n* item".into(),
        "cue" => "<svg onload=alert(7)>".into(),
        "segment2" => "Debate | with | pipes ![img](http://evil.example/x.png) <javascript:alert(8)>".into(),
        f => clean(f),
    }
}

#[test]
fn text_cannot_inject_html_or_script_into_a_run_sheet() {
    let dir = tempfile::tempdir().unwrap();
    let clean_path = put(dir.path(), "clean.toml", agenda(clean));
    let path = put(dir.path(), "hostile.toml", agenda(hostile_markup));
    let html = |p: &Path| String::from_utf8(run(args!["sheet", "--format", "html", p], 0).stdout).unwrap();
    let (plain, hostile) = (html(&clean_path), html(&path));
    // No tag or attribute that the page does not have with plain text.
    let extra: Vec<String> = tags(&hostile).difference(&tags(&plain)).cloned().collect();
    assert!(extra.is_empty(), "injected {extra:?}");
    // Beside the page's own script (the live view) and its Content-Security-Policy, which
    // allows that script alone, nothing can run code or fetch.
    let own = |t: &str| t == "script" || t == "/script" || t.starts_with("meta http-equiv content ");
    for t in tags(&hostile).into_iter().filter(|t| !own(t)) {
        assert!(!t.contains("script") && !t.contains(" on") && !t.contains("href") && !t.contains("src"), "{t}");
    }
    assert_eq!(hostile.matches("<script").count(), 1, "one script, the page's own");
    assert!(hostile.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;") || hostile.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{hostile}");
    assert!(!hostile.contains("javascript:alert(2)"), "the URL is not on the page");

    // The page build writes is the same renderer; check it too, and its Markdown.
    let out = dir.path().join("out");
    run(args!["build", path, "--out-dir", out], 0);
    let built = std::fs::read_to_string(out.join("igf-2024-ws-7.html")).unwrap();
    assert!(tags(&built).difference(&tags(&plain)).next().is_none());
    for md in [std::fs::read_to_string(out.join("igf-2024-ws-7.md")).unwrap(), String::from_utf8(run(args!["sheet", "--format", "md", path], 0).stdout).unwrap()] {
        // Markdown renderers pass raw HTML through: the only tag is the template's <br>.
        let t = tags(&md);
        assert!(t.iter().all(|t| t == "br"), "raw HTML in Markdown: {t:?}\n{md}");
        // No link, image or autolink can be formed: every `[`, `]` and `<` from the input
        // is escaped.
        assert!(!md.contains("](") || md.match_indices("](").all(|(i, _)| md[..i].ends_with('\\')), "{md}");
        assert!(!md.contains("<javascript") && !md.contains("<a "), "{md}");
        assert!(md.contains("\\[click\\]"), "{md}");
        // A `|` in a cell cannot split the table: every table row has as many cells as the header.
        let rows: Vec<&str> = md.lines().filter(|l| l.starts_with('|')).collect();
        let cells = |l: &str| l.replace("\\|", "").matches('|').count();
        assert!(rows.iter().all(|r| cells(r) == cells(rows[0])), "{md}");
    }
}

#[test]
fn text_cannot_inject_a_spreadsheet_formula() {
    let dir = tempfile::tempdir().unwrap();
    let formula = |field: &str| -> String {
        match field {
            "id" => "=1+1".into(),
            "speaker" => "@SUM(A1:A9) Smith".into(),
            "moderator" => "+Mallory Stone".into(),
            "segment" => "=HYPERLINK(\"http://evil.example\",\"click\")".into(),
            "notes" => "-2+3".into(),
            "cue" => "=cmd|' /C calc'!A0".into(),
            "segment2" => "\tTabbed".into(),
            f => clean(f),
        }
    };
    let mut toml = agenda(formula);
    // A third segment that ends before it starts: a negative length, a number.
    toml.push_str("\n[[segments]]\nstart = \"00:50\"\nend = \"00:30\"\ntitle = \"\\rBackwards\"\n");
    let p = put(dir.path(), "f.toml", &toml);
    let out = run(args!["sheet", "--format", "csv", p], 0);
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let header = reader.headers().unwrap().clone();
    let numeric: Vec<usize> = header.iter().enumerate().filter(|(_, h)| *h == "minutes" || *h == "line").map(|(i, _)| i).collect();
    let mut all = Vec::new();
    for rec in reader.records() {
        let rec = rec.unwrap();
        for (i, cell) in rec.iter().enumerate() {
            if numeric.contains(&i) {
                assert!(cell.is_empty() || cell.parse::<i64>().is_ok(), "numeric column {} holds {cell:?}", &header[i]);
            } else {
                assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "formula cell {cell:?}");
            }
            all.push(cell.to_owned());
        }
    }
    for cell in ["'=1+1", "'=HYPERLINK(\"http://evil.example\",\"click\")", "'=cmd|' /C calc'!A0", "'\tTabbed", "'-2+3", "'+Mallory Stone (moderator)"] {
        assert!(all.iter().any(|c| c == cell), "{cell:?} in {all:?}");
    }
    assert!(all.iter().any(|c| c.starts_with("'@SUM(A1:A9) Smith")), "{all:?}");
    // The backwards segment's length is the number -20, not a neutralised text.
    assert!(all.iter().any(|c| c == "-20"), "{all:?}");
}

/// The first character a terminal would act on, if any reached the output raw.
fn raw_control(s: &str) -> Option<char> {
    s.chars().find(|&c| (c.is_control() && c != '\n') || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
}

#[test]
fn text_cannot_send_terminal_escapes() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // ESC sequences (colour, window title), BEL, backspace, DEL, C1 controls (CSI, NEL) and
    // a right-to-left override, in the title, a speaker, a segment title with an error
    // (so a snippet and a message quote it) and the file name.
    let evil = "\u{1b}[31mRED\u{1b}]0;pwned\u{7}\u{8}\u{7f}\u{9b}2J\u{85}\u{202e}txet";
    let text = seed("igf2021-ws119.txt")
        .replace("The Next Chapter of UN Cyber Dialogues", &format!("Title {evil}"))
        .replace("John Hering, Microsoft", &format!("John {evil} Hering, Microsoft"))
        .replace("01:25 – 01:30 Closing", &format!("01:25 – 01:50 Closing {evil}"));
    let p = put(d, &format!("evil{}.txt", "\u{1b}[2J"), &text);
    let toml = put(d, "bad.toml", format!("[session]\ntitle = \"x\"\n{} = 1\n", toml_string(evil)));

    let outputs: Vec<(String, std::process::Output)> = vec![
        ("check".into(), run(args!["check", "--color", "never", p], 1)),
        ("check toml".into(), run(args!["check", "--color", "never", toml], 1)),
        ("show".into(), run(args!["show", p], 0)),
        ("show toml".into(), run(args!["show", toml], 1)),
        ("sheet".into(), run(args!["sheet", "--format", "text", p], 0)),
        ("sheet toml".into(), run(args!["sheet", toml], 1)),
        ("ics".into(), run(args!["ics", toml, p, "-o", d.join("cal.ics")], 1)),
        ("build".into(), run(args!["build", p, toml, "--out-dir", d.join("out")], 1)),
        ("explain".into(), run(args!["explain", evil], 2)),
    ];
    for (what, out) in &outputs {
        for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            let s = String::from_utf8_lossy(bytes);
            assert_eq!(raw_control(&s), None, "{what} {stream}: {s}");
        }
    }
    let all: String = outputs.iter().map(|(_, o)| format!("{}{}", String::from_utf8_lossy(&o.stdout), String::from_utf8_lossy(&o.stderr))).collect();
    // Shown escaped, readably.
    assert!(all.contains("\\u{1b}[31mRED\\u{1b}]0;pwned\\u{7}\\u{8}\\u{7f}\\u{9b}2J\\u{85}\\u{202e}txet"), "{all}");
    assert!(all.contains("evil\\u{1b}[2J.txt"), "{all}");

    // With colour, the only escape sequences are runsheet's own SGR colour codes.
    for args in [args!["check", "--color", "always", p], args!["sheet", "--color", "always", p]] {
        let out = runsheet().args(args).output().unwrap();
        assert_sane(&out);
        let s = String::from_utf8(out.stdout).unwrap();
        let mut rest = s.as_str();
        while let Some(i) = rest.find('\u{1b}') {
            rest = &rest[i + 1..];
            let sgr = rest.strip_prefix('[').is_some_and(|r| {
                let n = r.find(|c: char| !(c.is_ascii_digit() || c == ';')).unwrap_or(r.len());
                r[n..].starts_with('m')
            });
            assert!(sgr, "a non-colour escape: {:?}", &rest[..rest.len().min(20)]);
        }
        assert!(!s.contains("]0;pwned\u{7}") && !s.contains('\u{9b}') && !s.contains('\u{202e}'), "{s}");
    }
}

#[cfg(unix)]
#[test]
fn outputs_get_the_umasks_mode_keep_a_replaced_files_mode_and_write_special_files_in_place() {
    use std::os::unix::fs::PermissionsExt as _;
    const SEED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds/igf2021-ws119.txt");
    let dir = tempfile::tempdir().unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    // A new file: 0666 less the umask (the test process's umask, which runsheet inherits),
    // not the 0600 of a temporary file, so a web server can serve a published calendar.
    let new = dir.path().join("new.ics");
    runsheet().args(["ics", SEED, "-o"]).arg(&new).assert().success();
    let probe = dir.path().join("probe");
    std::fs::File::create(&probe).unwrap();
    assert_eq!(mode(&new), mode(&probe), "the mode any new file gets");
    // A replaced file keeps its mode.
    let old = dir.path().join("old.ics");
    std::fs::write(&old, "old").unwrap();
    std::fs::set_permissions(&old, std::fs::Permissions::from_mode(0o640)).unwrap();
    runsheet().args(["ics", SEED, "-o"]).arg(&old).assert().success();
    assert_eq!(mode(&old), 0o640);
    assert!(std::fs::read_to_string(&old).unwrap().starts_with("BEGIN:VCALENDAR"));
    // A FIFO is written into, not replaced by a regular file.
    let fifo = dir.path().join("feed.ics");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    runsheet().args(["ics", SEED, "-o"]).arg(&fifo).timeout(std::time::Duration::from_secs(60)).assert().success();
    assert!(reader.join().unwrap().starts_with("BEGIN:VCALENDAR"));
    assert!(!std::fs::metadata(&fifo).unwrap().is_file(), "still a FIFO");
    assert_eq!(listing(dir.path()).iter().filter(|n| n.contains(".tmp")).count(), 0);
}

#[test]
fn an_output_file_that_is_a_directory_is_said_once_plainly() {
    // `ics -o out/` said "Is a directory (os error 21): Is a directory (os error 21)".
    let dir = tempfile::tempdir().unwrap();
    for cmd in ["ics", "sheet"] {
        let out = std::process::Command::new(assert_cmd::cargo::cargo_bin("runsheet"))
            .args([cmd, "seeds/igf2021-ws119.txt", "-o"])
            .arg(dir.path())
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{cmd}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(stderr.contains("it is a directory; give a file name"), "{cmd}: {stderr}");
        assert!(!stderr.contains("os error 21"), "{cmd}: {stderr}");
    }
}

#[test]
#[cfg(unix)]
fn a_run_stopped_by_sigterm_exits_143_and_leaves_no_temporary_file() {
    // A run killed while writing left a `.tmpXXXX` beside its outputs. SIGTERM now removes
    // the file being written and ends with 128 + 15, as a shell reports it.
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    std::fs::create_dir(&inputs).unwrap();
    let seed = seed("igf2021-ws119.txt");
    for i in 0..3000 {
        std::fs::write(inputs.join(format!("p{i:04}.txt")), seed.replace("WS #119", &format!("WS #{}", 1000 + i))).unwrap();
    }
    let out = dir.path().join("out");
    let child = std::process::Command::new(assert_cmd::cargo::cargo_bin("runsheet"))
        .args(["sheet", "--format", "md", "--out-dir"])
        .arg(&out)
        .arg(&inputs)
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Stopped while it writes: once the first sheet is in place (or after 60 s).
    let started = std::time::Instant::now();
    while std::fs::read_dir(&out).map_or(0, |d| d.count()) == 0 && started.elapsed() < std::time::Duration::from_secs(60) {
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    // SAFETY: signalling our own child, which has not been reaped yet.
    unsafe { libc::kill(libc::pid_t::try_from(child.id()).unwrap(), libc::SIGTERM) };
    let status = child.wait_with_output().unwrap().status;
    // A fast machine may have finished first; either way no temporary file is left.
    assert!(status.success() || status.code() == Some(143), "{status:?}");
    eprintln!("stopped: {status:?}, {} sheets written", std::fs::read_dir(&out).unwrap().count());
    let left: Vec<String> = std::fs::read_dir(&out)
        .map(|d| d.map(|e| e.unwrap().file_name().into_string().unwrap()).filter(|n| n.starts_with(".tmp")).collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn a_reader_that_stops_early_changes_neither_the_verdict_nor_the_outputs() {
    // `check --format json DIR | head -1` exited 0 though errors were found, and
    // `build DIR | head -1` panicked (exit 101) at its next line.
    let dir = tempfile::tempdir().unwrap();
    let inputs = dir.path().join("in");
    std::fs::create_dir(&inputs).unwrap();
    let seed = seed("igf2021-ws119.txt").replace("01:25 – 01:30 Closing", "01:25 – 01:50 Closing");
    for i in 0..1000 {
        std::fs::write(inputs.join(format!("p{i:04}.txt")), seed.replace("WS #119", &format!("WS #{}", 1000 + i)).replace("Conference Room 6", &format!("Room {i}"))).unwrap();
    }
    let first_line_then_close = |args: &[&std::ffi::OsStr]| -> Option<i32> {
        use std::io::Read as _;
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("runsheet"))
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let mut first = [0u8; 1];
        child.stdout.as_mut().unwrap().read_exact(&mut first).unwrap();
        drop(child.stdout.take());
        child.wait().unwrap().code()
    };
    let full = run(args!["check", "--format", "json", inputs], 1);
    assert!(full.stdout.len() > 1 << 17, "the report must be larger than a pipe's buffer");
    assert_eq!(first_line_then_close(args!["check", "--format", "json", inputs]), Some(1));
    let out = dir.path().join("out");
    assert_eq!(first_line_then_close(args!["build", inputs, "--out-dir", out]), Some(1));
    // Every session's outputs were still written.
    assert_eq!(std::fs::read_dir(&out).unwrap().filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "ics")).count(), 1000);
}
