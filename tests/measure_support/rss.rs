//! Peak memory and wall time of one run of the binary, measured with wait4(2); shared by
//! tests/memory/large_input.rs and tests/memory/schedule.rs (included by tests/memory/main.rs).
//!
//! A child's `ru_maxrss` starts from the test process's own peak (the child shares the
//! parent's memory until it executes the binary), so a test that measures small growth
//! runs in a test binary of its own and keeps its own memory small.

#![allow(dead_code)]

use std::path::Path;
use std::time::{Duration, Instant};

/// What one measured run gave.
pub struct Measured {
    pub code: Option<i32>,
    pub stderr: String,
    /// Peak resident set size of the child, in bytes.
    pub peak: u64,
    pub wall: Duration,
}

/// Runs the binary with `args`, standard output into `stdout` (a file, so a large report is
/// not held by the test), and measures the child's peak RSS (`ru_maxrss`) and wall time.
#[cfg(target_os = "linux")]
#[allow(clippy::zombie_processes)] // wait4 below reaps the child; clippy looks only for wait().
pub fn measured(args: &[&std::ffi::OsStr], stdout: &Path) -> Measured {
    use std::io::Read as _;
    let started = Instant::now();
    // The binary is started by a small python3 that reports its child's peak: a child of
    // the test process itself inherits the test process's peak at the spawn (posix_spawn
    // shares its memory), which hid the growth whenever another test had used 100 MB.
    let peak_file = tempfile::NamedTempFile::new().unwrap();
    let python = std::process::Command::new("python3").arg("-c").arg("1").status().is_ok_and(|s| s.success());
    let mut cmd = if python {
        let mut c = std::process::Command::new("python3");
        c.arg("-c").arg(REPORT_PEAK).arg(peak_file.path()).arg(assert_cmd::cargo::cargo_bin("runsheet"));
        c
    } else {
        if std::env::var("RUNSHEET_REQUIRE_TOOLS").as_deref() == Ok("1") {
            panic!("python3 is needed to measure a child's own peak memory");
        }
        eprintln!("measure: python3 is missing; a child's peak includes this test process's own");
        std::process::Command::new(assert_cmd::cargo::cargo_bin("runsheet"))
    };
    let mut child = cmd
        .args(args)
        .env("NO_COLOR", "1")
        .stdout(std::fs::File::create(stdout).unwrap())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut err = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        err.read_to_string(&mut s).ok();
        s
    });
    let pid = libc::pid_t::try_from(child.id()).unwrap();
    let mut status = 0;
    // SAFETY: `rusage` is plain data that wait4 fills in; the pid is our own child, reaped
    // here and nowhere else (`child` is dropped without waiting).
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(r, pid, "wait4: {}", std::io::Error::last_os_error());
    let wall = started.elapsed();
    let stderr = reader.join().unwrap();
    let code = libc::WIFEXITED(status).then(|| libc::WEXITSTATUS(status));
    let own = std::fs::read_to_string(peak_file.path()).ok().and_then(|t| t.trim().parse::<u64>().ok());
    let kb = own.unwrap_or_else(|| u64::try_from(usage.ru_maxrss).unwrap());
    Measured { code, stderr, peak: kb * 1024, wall }
}

/// Runs `argv[2:]` as a child of this small process, writes the child's own peak RSS (KB)
/// to the file `argv[1]`, and exits as the child did (128 + the signal when killed).
const REPORT_PEAK: &str = "\
import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
open(sys.argv[1], 'w').write(str(usage.ru_maxrss))
sys.exit(os.WEXITSTATUS(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status))
";
