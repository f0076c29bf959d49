//! The HTML run-sheet in a browser. It prints on exactly one page: `runsheet sheet --format
//! html` on each seed (and on a panel split into turns), printed to PDF by headless Chromium
//! on Letter (its default) and on A4, pages counted with poppler's `pdfinfo`, and none of
//! the live view reaches the paper (`pdftotext`). Its live view follows the clock: the DOM
//! after the script ran (`--dump-dom`) at times fixed with `?now=`. The tools come from
//! `.ci/install-chromium.sh`. When one is missing the test fails if RUNSHEET_REQUIRE_TOOLS=1
//! and otherwise skips with a loud message.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use assert_cmd::cargo::CommandCargoExt as _;
use base64::Engine as _;
use chrono::{DateTime, Duration, Utc};
use sha2::{Digest as _, Sha256};

fn find_tool(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    names.iter().flat_map(|n| std::env::split_paths(&path).map(move |d| d.join(n))).find(|p| p.is_file())
}

/// The tools named (each by its possible names), or `None` after saying loudly why the test
/// is skipped.
fn tools(wanted: &[&[&str]]) -> Option<Vec<PathBuf>> {
    let found: Vec<Option<PathBuf>> = wanted.iter().map(|names| find_tool(names)).collect();
    let missing =
        wanted.iter().zip(&found).filter(|(_, f)| f.is_none()).map(|(n, _)| n[0]).collect::<Vec<_>>().join(" and ");
    if missing.is_empty() {
        return found.into_iter().collect();
    }
    if std::env::var("RUNSHEET_REQUIRE_TOOLS").as_deref() == Ok("1") {
        panic!("{missing} not found and RUNSHEET_REQUIRE_TOOLS=1: run .ci/install-chromium.sh");
    }
    eprintln!("\n!!! SKIPPED sheet_pdf: {missing} not found; run .ci/install-chromium.sh !!!\n");
    None
}

const CHROMIUM: &[&str] = &["chromium", "chromium-browser"];

/// Runs headless Chromium on `url` with `args` and a fresh profile, with a two-minute limit,
/// and returns what it wrote to standard output.
fn chromium_on(chromium: &Path, url: &str, args: &[String]) -> String {
    let profile = tempfile::tempdir().unwrap();
    let scratch = tempfile::tempdir().unwrap();
    let out_file = scratch.path().join("stdout");
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.path().join("profile").display()))
        .args(args)
        .arg(url)
        .stdout(std::fs::File::create(&out_file).unwrap())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let deadline = Instant::now() + std::time::Duration::from_secs(120);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "chromium failed on {url}");
            break;
        }
        if Instant::now() > deadline {
            child.kill().ok();
            child.wait().ok();
            panic!("chromium did not finish {url} in 120 s");
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    std::fs::read_to_string(&out_file).unwrap()
}

/// Prints `html` (opened with the query `query`, which may be empty) to `pdf`.
fn print_pdf(chromium: &Path, html: &Path, query: &str, pdf: &Path) {
    let args = ["--no-pdf-header-footer".to_owned(), format!("--print-to-pdf={}", pdf.display())];
    chromium_on(chromium, &format!("file://{}{query}", html.display()), &args);
}

fn pages(pdfinfo: &Path, pdf: &Path) -> (u32, String) {
    let out = Command::new(pdfinfo).arg(pdf).output().expect("pdfinfo runs");
    assert!(out.status.success(), "pdfinfo failed on {}", pdf.display());
    let info = String::from_utf8_lossy(&out.stdout).into_owned();
    let count = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count in pdfinfo output:\n{info}"));
    let size = info.lines().find_map(|l| l.strip_prefix("Page size:")).unwrap_or("").trim().to_owned();
    (count, size)
}

#[test]
fn sheets_print_on_one_page_on_letter_and_a4() {
    let Some(found) = tools(&[CHROMIUM, &["pdfinfo"], &["pdftotext"]]) else { return };
    let [chromium, pdfinfo, pdftotext] = &found[..] else { unreachable!() };
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[&str]); 5] = [
        ("panel-512", &["tests/data/sheet/panel-512.txt", "--tz", "Europe/Berlin,America/Sao_Paulo", "--per-speaker"]),
        ("ws119", &["seeds/igf2021-ws119.txt", "--tz", "Europe/Warsaw,America/New_York"]),
        ("ws119-turns", &["seeds/igf2021-ws119.txt", "--tz", "Europe/Warsaw", "--per-speaker"]),
        ("ws99", &["seeds/igf2019-ws99.txt"]),
        ("ws99-start", &["seeds/igf2019-ws99.txt", "--start", "2019-11-26T09:30", "--tz", "Europe/Berlin,UTC"]),
    ];
    for (name, args) in cases {
        let html = dir.path().join(format!("{name}.html"));
        sheet_html(args, &html);
        let page = std::fs::read_to_string(&html).unwrap();
        // The same page forced onto A4 paper (Chromium's default is Letter).
        let a4 = dir.path().join(format!("{name}-a4.html"));
        std::fs::write(&a4, page.replacen("</head>", "<style>@page { size: A4; }</style></head>", 1)).unwrap();
        // The live view runs while printing (at a time inside the 2021 seed's first segment,
        // or the real time); none of it may reach the paper.
        for (file, paper) in [(&html, "letter"), (&a4, "A4")] {
            for query in ["", "?now=2021-12-10T10:20:00Z"] {
                let pdf = file.with_extension("pdf");
                print_pdf(chromium, file, query, &pdf);
                let (count, size) = pages(pdfinfo, &pdf);
                assert!(size.contains(paper), "{name}: printed on {size}, expected {paper}");
                assert_eq!(count, 1, "{name}{query} on {paper} ({size}) prints on {count} pages");
                let out = Command::new(pdftotext).arg(&pdf).arg("-").output().expect("pdftotext runs");
                let text = String::from_utf8_lossy(&out.stdout);
                for live in ["Next cue", "Starts in", "Now ", "has ended", "Over time", "Not started", "Start now"] {
                    assert!(!text.contains(live), "{name}{query}: the live view's {live:?} is on paper:\n{text}");
                }
            }
        }
    }
}

/// Writes `runsheet sheet ARGS --format html` to `html`.
fn sheet_html(args: &[&str], html: &Path) {
    let status =
        Command::cargo_bin("runsheet").unwrap().arg("sheet").args(args).args(["--format", "html", "-o"]).arg(html).status().unwrap();
    assert!(status.success(), "runsheet sheet {args:?}");
}

/// The rows of `runsheet sheet ARGS --format json`'s first sheet: kind, offset and minutes.
fn sheet_rows(args: &[&str]) -> Vec<(String, i64, i64)> {
    let out = Command::cargo_bin("runsheet").unwrap().arg("sheet").args(args).args(["--format", "json"]).output().unwrap();
    assert!(out.status.success(), "runsheet sheet {args:?}");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    json[0]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["kind"].as_str().unwrap().to_owned(), r["offset"].as_i64().unwrap(), r["minutes"].as_i64().unwrap()))
        .collect()
}

/// The page's DOM once its script ran, with the clock fixed at `now` by `?now=`.
fn dom_at(chromium: &Path, html: &Path, now: DateTime<Utc>) -> String {
    let url = format!("file://{}?now={}", html.display(), now.format("%Y-%m-%dT%H:%M:%SZ"));
    let dom = chromium_on(chromium, &url, &["--dump-dom".to_owned(), "--virtual-time-budget=2000".to_owned()]);
    assert!(dom.contains("id=\"remaining\""), "no DOM from {url}:\n{dom}");
    dom
}

/// The text of the element with id `id` (up to its first child element), entities as written.
fn text_of(dom: &str, id: &str) -> String {
    let at = dom.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("no #{id}"));
    let rest = &dom[at..];
    let start = rest.find('>').unwrap() + 1;
    rest[start..start + rest[start..].find('<').unwrap()].to_owned()
}

/// The opening `<tr ...>` tags that carry `aria-current="{value}"`, as (class, data-from).
fn current_rows(dom: &str, value: &str) -> Vec<(String, i64)> {
    let attr = |tag: &str, name: &str| -> String {
        let at = tag.find(&format!(" {name}=\"")).unwrap_or_else(|| panic!("no {name} in {tag}")) + name.len() + 3;
        tag[at..at + tag[at..].find('"').unwrap()].to_owned()
    };
    dom.match_indices("<tr ")
        .map(|(i, _)| &dom[i..i + dom[i..].find('>').unwrap()])
        .filter(|tag| tag.contains(&format!(" aria-current=\"{value}\"")))
        .map(|tag| (attr(tag, "class"), attr(tag, "data-from").parse().unwrap()))
        .collect()
}

/// `seconds` as the live view shows a countdown: MM:SS.
fn mm_ss(seconds: i64) -> String {
    format!("{:02}:{:02}", seconds / 60, seconds % 60)
}

fn ws119_start() -> DateTime<Utc> {
    "2021-12-10T10:15:00Z".parse().unwrap()
}

#[test]
fn the_live_view_follows_the_clock_through_the_2021_seed() {
    let Some(found) = tools(&[CHROMIUM]) else { return };
    let chromium = &found[0];
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("ws119.html");
    let args = ["seeds/igf2021-ws119.txt", "--tz", "Europe/Warsaw"];
    sheet_html(&args, &html);
    let start = ws119_start();

    // Before the start: a countdown to the start, no row current.
    let dom = dom_at(chromium, &html, start - Duration::minutes(15));
    assert_eq!(text_of(&dom, "live-state"), "Starts in");
    assert_eq!(text_of(&dom, "remaining"), "15:00");
    assert!(current_rows(&dom, "true").is_empty());

    // Inside each segment, 3 min 20 s in: that row is current and the countdown is to its end.
    let segments: Vec<_> = sheet_rows(&args).into_iter().filter(|(kind, _, _)| kind == "segment").collect();
    assert_eq!(segments.len(), 4, "{segments:?}");
    for (_, offset, minutes) in segments {
        let now = start + Duration::minutes(offset) + Duration::seconds(200);
        let dom = dom_at(chromium, &html, now);
        assert_eq!(current_rows(&dom, "true"), [("segment".to_owned(), offset)], "at {now}");
        assert_eq!(text_of(&dom, "live-state"), "Now", "at {now}");
        assert_eq!(text_of(&dom, "remaining"), mm_ss(minutes * 60 - 200), "at {now}");
        assert!(text_of(&dom, "next-up").starts_with("Next: "), "at {now}");
    }

    // Past the end: it says so, in red, and counts up.
    let dom = dom_at(chromium, &html, start + Duration::minutes(95));
    assert_eq!(text_of(&dom, "live-state"), "The session has ended");
    assert_eq!(text_of(&dom, "remaining"), "+05:00");
    assert!(dom.contains("class=\"live over\""), "over time is coloured");
    assert!(current_rows(&dom, "true").is_empty());
}

#[test]
fn the_live_view_times_each_speakers_turn() {
    let Some(found) = tools(&[CHROMIUM]) else { return };
    let chromium = &found[0];
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("ws119-turns.html");
    let args = ["seeds/igf2021-ws119.txt", "--per-speaker"];
    sheet_html(&args, &html);
    let rows = sheet_rows(&args);
    // The second turn of the first split segment, 61 s in.
    let turn = rows.iter().position(|(kind, _, _)| kind == "turn").unwrap() + 1;
    let (_, offset, minutes) = rows[turn].clone();
    assert_eq!(rows[turn].0, "turn");
    let (_, seg_offset, seg_minutes) = rows[..turn].iter().rev().find(|(kind, _, _)| kind == "segment").unwrap().clone();
    let now = ws119_start() + Duration::minutes(offset) + Duration::seconds(61);
    let dom = dom_at(chromium, &html, now);
    assert_eq!(current_rows(&dom, "true"), [("segment".to_owned(), seg_offset)]);
    assert_eq!(current_rows(&dom, "step"), [("turn".to_owned(), offset)]);
    assert!(text_of(&dom, "turn-title").starts_with("Turn 2 of "), "{}", text_of(&dom, "turn-title"));
    assert_eq!(text_of(&dom, "turn-remaining"), mm_ss(minutes * 60 - 61));
    assert_eq!(text_of(&dom, "remaining"), mm_ss((seg_offset + seg_minutes - offset) * 60 - 61));
    assert!(text_of(&dom, "next-up").contains("Turn 3 of "), "{}", text_of(&dom, "next-up"));
}

#[test]
fn a_slotless_sheet_offers_a_start_button() {
    let Some(found) = tools(&[CHROMIUM]) else { return };
    let chromium = &found[0];
    let dir = tempfile::tempdir().unwrap();
    let html = dir.path().join("ws99.html");
    sheet_html(&["seeds/igf2019-ws99.txt"], &html);
    let dom = dom_at(chromium, &html, "2019-11-26T09:30:00Z".parse().unwrap());
    assert_eq!(text_of(&dom, "live-state"), "Not started");
    assert!(dom.contains("<p class=\"live-start\"><button type=\"button\" class=\"start\">Start now</button>"), "{dom}");
    assert!(dom.contains("<button type=\"button\" class=\"reset\" hidden=\"\">Reset</button>"));
    assert!(dom.contains("<td class=\"offset big\">T+00:00</td>"), "offsets, no clock times");

    // Tapped at 09:30 (by a helper script in a copy of the page without its policy: headless
    // Chromium cannot tap), the start is kept for the page: opened again at 09:40 with what
    // the tap kept in localStorage, the first segment has 80 min left. Reset forgets it. What
    // one run keeps is carried to the next by the test, not by the browser profile: when
    // Chromium writes localStorage to disk, or hands it to a reloaded page, depends on timing,
    // and a test that relied on it failed now and then.
    let page = std::fs::read_to_string(&html).unwrap();
    let policy = page.find("<meta http-equiv").unwrap();
    let unlocked = format!("{}{}", &page[..policy], &page[policy + page[policy..].find('>').unwrap() + 1..]);
    let nothing = "%7B%7D"; // `{}` as the helper script writes it
    // The DOM at `at` of the page opened with localStorage holding `kept` (JSON, URI-encoded)
    // and `button` tapped; the script writes what localStorage then holds into `#kept`.
    let open = |kept: &str, at: &str, button: &str| -> String {
        let seed = format!(
            "<script>(function () {{ var kept = JSON.parse(decodeURIComponent('{kept}')); \
             for (var k in kept) {{ localStorage.setItem(k, kept[k]); }} }})();</script></head>"
        );
        let tap = format!(
            "<script>(function () {{ var b = document.querySelector('.live-start .{button}'); if (b) {{ b.click(); }} \
             var kept = {{}}; for (var i = 0; i < localStorage.length; i++) {{ var k = localStorage.key(i); kept[k] = localStorage.getItem(k); }} \
             var p = document.createElement('p'); p.id = 'kept'; \
             p.textContent = encodeURIComponent(JSON.stringify(kept)).replace(/'/g, '%27'); document.body.appendChild(p); }})();</script></body>"
        );
        std::fs::write(&html, unlocked.replacen("</head>", &seed, 1).replace("</body>", &tap)).unwrap();
        dom_at(chromium, &html, format!("2019-11-26T{at}Z").parse().unwrap())
    };
    let dom = open(nothing, "09:30:00", "start");
    assert_eq!(text_of(&dom, "live-state"), "Now");
    let kept = text_of(&dom, "kept");
    assert_ne!(kept, nothing, "the start is kept");
    let dom = open(&kept, "09:40:00", "none");
    assert_eq!((text_of(&dom, "live-state"), text_of(&dom, "remaining")), ("Now".to_owned(), "1:20:00".to_owned()));
    assert_eq!(current_rows(&dom, "true"), [("segment".to_owned(), 0)]);
    assert!(dom.contains("<button type=\"button\" class=\"reset\">Reset</button>"), "a reset control");
    assert_eq!(text_of(&dom, "kept"), kept, "opening the page keeps the start");
    let dom = open(&kept, "09:41:00", "reset");
    assert_eq!(text_of(&dom, "live-state"), "Not started");
    assert_eq!(text_of(&dom, "kept"), nothing, "reset forgets the start");
    assert!(dom.contains("<button type=\"button\" class=\"reset\" hidden=\"\">Reset</button>"), "reset hides itself");
}

#[test]
fn a_room_day_sheet_follows_the_session_now_and_the_next() {
    let Some(found) = tools(&[CHROMIUM]) else { return };
    let chromium = &found[0];
    let dir = tempfile::tempdir().unwrap();
    let status = Command::cargo_bin("runsheet")
        .unwrap()
        .args(["sheet", "--schedule", "tests/data/schedules/frab-camp2019.json", "--by", "room", "--format", "html", "--out-dir"])
        .arg(dir.path())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    assert!(status.success());
    // Meitner on 22 August 2019: 10389 at 09:00Z (45 min), 10380 at 10:00Z (180 min), 10298
    // at 14:00Z, ...
    let html = dir.path().join("meitner-2019-08-22.html");
    let dom = dom_at(chromium, &html, "2019-08-22T10:10:00Z".parse().unwrap());
    let second = dom.match_indices("<section").nth(1).unwrap().0;
    let third = dom.match_indices("<section").nth(2).unwrap().0;
    let current = dom.find("aria-current=\"true\"><td").unwrap();
    assert!(second < current && current < third, "the current row is in the session running now");
    assert!(text_of(&dom, "live-what").starts_with("10380: "), "{}", text_of(&dom, "live-what"));
    assert_eq!(text_of(&dom, "remaining"), "2:50:00");
    assert_eq!(text_of(&dom, "next-session"), "Then: 10298 at 16:00 CEST");
    // Between two sessions: a countdown to the next.
    let dom = dom_at(chromium, &html, "2019-08-22T13:30:00Z".parse().unwrap());
    assert_eq!(text_of(&dom, "live-state"), "Next session starts in");
    assert_eq!(text_of(&dom, "remaining"), "30:00");
    assert!(text_of(&dom, "live-what").starts_with("10298 at 16:00 CEST"));
}

/// `s` as a TOML basic string.
fn toml_string(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

#[test]
fn proposal_text_cannot_run_code_in_the_live_view() {
    let Some(found) = tools(&[CHROMIUM]) else { return };
    let chromium = &found[0];
    let dir = tempfile::tempdir().unwrap();
    // Each would leave a mark on <body> if it ran; the first is the issue's own.
    let hostile = [
        "</script><script>alert(1)</script>",
        "</script><script>document.body.setAttribute('data-owned','1')</script>\"'",
        "\"><img src=x onerror=\"document.body.setAttribute('data-owned','2')\">'",
        "' onmouseover='alert(3)' x=\"",
    ];
    let q = |i: usize| toml_string(&format!("{} {}", hostile[i % hostile.len()], i));
    let agenda = format!(
        "[session]\nid = {}\ntitle = {}\nformat = {}\nroom = {}\nduration = \"60m\"\n\n\
         [slot]\nstart = 2024-06-01T10:00:00Z\nend = 2024-06-01T11:00:00Z\n\n\
         [[people]]\nname = {}\nroles = [\"speaker\"]\n\n\
         [[people]]\nname = {}\nroles = [\"speaker\"]\n\n\
         [[people]]\nname = {}\nroles = [\"onsite_moderator\"]\n\n\
         [[segments]]\nduration = \"30m\"\ntitle = {}\nnotes = {}\ncues = [{}]\npeople = [{}, {}]\n\n\
         [[segments]]\nduration = \"30m\"\ntitle = {}\n",
        q(0),
        q(1),
        q(2),
        q(3),
        q(4),
        q(5),
        q(6),
        q(7),
        q(8),
        q(9),
        q(4),
        q(5),
        q(10),
    );
    let toml = dir.path().join("hostile.toml");
    std::fs::write(&toml, agenda).unwrap();
    let html = dir.path().join("hostile.html");
    sheet_html(&[toml.to_str().unwrap(), "--per-speaker"], &html);
    let start: DateTime<Utc> = "2024-06-01T10:00:00Z".parse().unwrap();
    for now in [start - Duration::minutes(5), start + Duration::minutes(20), start + Duration::minutes(40), start + Duration::minutes(70)] {
        let dom = dom_at(chromium, &html, now);
        // Exactly one script element, the page's own, and the policy names it by its hash.
        assert_eq!(dom.to_ascii_lowercase().matches("<script").count(), 1, "at {now}:\n{dom}");
        let body = &dom[dom.find("<script>").unwrap() + 8..dom.find("</script>").unwrap()];
        assert_eq!(body, runsheet::render::sheet::live::SCRIPT);
        let hash = format!("sha256-{}", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(body.as_bytes())));
        let policy = format!("content=\"default-src 'none'; script-src '{hash}'; style-src 'unsafe-inline';");
        assert!(dom.contains(&policy), "the policy allows {hash} and nothing else:\n{dom}");
        assert_eq!(dom.matches("http-equiv=\"Content-Security-Policy\"").count(), 1);
        // Nothing injected ran or became an element or attribute; the script did run.
        for (tag, attributes) in elements(&dom) {
            assert!(PAGE_TAGS.contains(&tag.as_str()), "injected <{tag}> at {now}:\n{dom}");
            for a in attributes {
                assert!(!a.starts_with("on") && a != "data-owned" && a != "src" && a != "x", "<{tag} {a}> at {now}");
            }
        }
        assert!(!text_of(&dom, "remaining").is_empty(), "the live view ran at {now}");
    }
    // Inside the first segment its hostile title is shown, as text.
    let dom = dom_at(chromium, &html, start + Duration::minutes(20));
    assert_eq!(text_of(&dom, "remaining"), "10:00");
    let title = format!("{} 7", hostile[3]).replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    assert_eq!(text_of(&dom, "live-what"), title);
}

/// The elements the page is made of.
const PAGE_TAGS: &[&str] = &[
    "html", "head", "meta", "title", "style", "body", "div", "p", "strong", "span", "section", "h1", "table", "thead",
    "tbody", "tr", "th", "td", "ul", "li", "small", "button", "script",
];

/// Every element of a serialised DOM: its tag and its attributes' names. Chromium writes
/// attribute values in double quotes with `"` escaped, and `<` in text as `&lt;`, so each
/// `<` followed by a letter opens an element.
fn elements(dom: &str) -> Vec<(String, Vec<String>)> {
    let script = dom.find("<script>").map_or(dom.len(), |i| i + 8);
    let markup = format!("{}{}", &dom[..script], &dom[dom[script..].find("</script>").map_or(dom.len(), |i| script + i)..]);
    let mut out = Vec::new();
    let mut rest = markup.as_str();
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        if !rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        let name_end = rest.find(|c: char| c.is_whitespace() || c == '>' || c == '/').unwrap();
        let tag = rest[..name_end].to_ascii_lowercase();
        rest = &rest[name_end..];
        let mut attributes = Vec::new();
        loop {
            rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
            if rest.starts_with('>') || rest.is_empty() {
                break;
            }
            let end = rest.find(|c: char| c.is_whitespace() || c == '=' || c == '>').unwrap();
            attributes.push(rest[..end].to_ascii_lowercase());
            rest = &rest[end..];
            if let Some(value) = rest.strip_prefix("=\"") {
                rest = &value[value.find('"').unwrap() + 1..];
            }
        }
        out.push((tag, attributes));
    }
    out
}
