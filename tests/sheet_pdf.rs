//! The HTML run-sheet prints on exactly one page: `runsheet sheet --format html` on each
//! seed, printed to PDF by headless Chromium on Letter (its default) and on A4, pages counted
//! with poppler's `pdfinfo`. Both tools come from `.ci/install-chromium.sh`. When either is
//! missing the test fails if RUNSHEET_REQUIRE_TOOLS=1 and otherwise skips with a loud message.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::cargo::CommandCargoExt as _;

fn find_tool(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    names.iter().flat_map(|n| std::env::split_paths(&path).map(move |d| d.join(n))).find(|p| p.is_file())
}

/// The tools, or `None` after saying loudly why the test is skipped.
fn tools() -> Option<(PathBuf, PathBuf)> {
    let chromium = find_tool(&["chromium", "chromium-browser"]);
    let pdfinfo = find_tool(&["pdfinfo"]);
    match (chromium, pdfinfo) {
        (Some(c), Some(p)) => Some((c, p)),
        (c, p) => {
            let missing = [(c.is_none(), "chromium"), (p.is_none(), "pdfinfo")]
                .iter()
                .filter(|(m, _)| *m)
                .map(|(_, n)| *n)
                .collect::<Vec<_>>()
                .join(" and ");
            if std::env::var("RUNSHEET_REQUIRE_TOOLS").as_deref() == Ok("1") {
                panic!("{missing} not found and RUNSHEET_REQUIRE_TOOLS=1: run .ci/install-chromium.sh");
            }
            eprintln!("\n!!! SKIPPED sheet_pdf: {missing} not found; run .ci/install-chromium.sh !!!\n");
            None
        }
    }
}

/// Prints `html` to `pdf` with headless Chromium, with a two-minute limit.
fn print_pdf(chromium: &Path, html: &Path, pdf: &Path) {
    let profile = tempfile::tempdir().unwrap();
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
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium starts");
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success(), "chromium failed on {}", html.display());
            break;
        }
        if Instant::now() > deadline {
            child.kill().ok();
            child.wait().ok();
            panic!("chromium did not finish printing {} in 120 s", html.display());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
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
fn seed_sheets_print_on_one_page_on_letter_and_a4() {
    let Some((chromium, pdfinfo)) = tools() else { return };
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[&str]); 4] = [
        ("ws119", &["seeds/igf2021-ws119.txt", "--tz", "Europe/Warsaw,America/New_York"]),
        ("ws119-turns", &["seeds/igf2021-ws119.txt", "--tz", "Europe/Warsaw", "--per-speaker"]),
        ("ws99", &["seeds/igf2019-ws99.txt"]),
        ("ws99-start", &["seeds/igf2019-ws99.txt", "--start", "2019-11-26T09:30", "--tz", "Europe/Berlin,UTC"]),
    ];
    for (name, args) in cases {
        let html = dir.path().join(format!("{name}.html"));
        let status = Command::cargo_bin("runsheet")
            .unwrap()
            .arg("sheet")
            .args(args)
            .args(["--format", "html", "-o"])
            .arg(&html)
            .status()
            .unwrap();
        assert!(status.success(), "runsheet sheet {args:?}");
        let page = std::fs::read_to_string(&html).unwrap();
        // The same page forced onto A4 paper (Chromium's default is Letter).
        let a4 = dir.path().join(format!("{name}-a4.html"));
        std::fs::write(&a4, page.replacen("</head>", "<style>@page { size: A4; }</style></head>", 1)).unwrap();
        for (file, paper) in [(&html, "letter"), (&a4, "A4")] {
            let pdf = file.with_extension("pdf");
            print_pdf(&chromium, file, &pdf);
            let (count, size) = pages(&pdfinfo, &pdf);
            assert!(size.contains(paper), "{name}: printed on {size}, expected {paper}");
            assert_eq!(count, 1, "{name} on {paper} ({size}) prints on {count} pages");
        }
    }
}
