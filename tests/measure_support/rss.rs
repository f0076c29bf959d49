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
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("runsheet"))
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
    Measured { code, stderr, peak: u64::try_from(usage.ru_maxrss).unwrap() * 1024, wall }
}
