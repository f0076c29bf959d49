//! File I/O for the binary: reading inputs, expanding directories, writing outputs atomically.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use anyhow::Context;
use runsheet::source::Source;

/// Reads one input: a file, or standard input for `-`.
pub fn read_source(path: &Path) -> anyhow::Result<Source> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).context("reading standard input")?;
        return Ok(Source::from_vec("-", bytes));
    }
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    Ok(Source::from_vec(path.display().to_string(), bytes))
}

/// Reads one input of several: when it cannot be read, says why on standard error and
/// returns `None`, so the others are still read and written (the run then exits with 2).
pub fn read_or_report(path: &Path) -> Option<Source> {
    match read_source(path) {
        Ok(s) => Some(s),
        Err(e) => {
            report_unreadable(&e);
            None
        }
    }
}

/// Says on standard error why an input could not be read; the run goes on with the others.
pub fn report_unreadable(e: &anyhow::Error) {
    eprintln!("error: {}", super::shown(format!("{e:#}")));
}

/// The exit code of a run over several inputs: 2 when one could not be read, 1 when one
/// had errors or could not be written, else 0.
pub fn exit_code(unreadable: bool, failed: bool) -> std::process::ExitCode {
    std::process::ExitCode::from(if unreadable {
        2
    } else if failed {
        1
    } else {
        0
    })
}

/// Temporary files being written now: removed when the run is interrupted (SIGINT, SIGTERM,
/// SIGHUP), so a stopped run leaves no `.tmpXXXX` beside the outputs.
static IN_FLIGHT: std::sync::Mutex<Vec<PathBuf>> = std::sync::Mutex::new(Vec::new());

/// Keeps a temporary file in [`IN_FLIGHT`] while it lives.
struct Tracked(PathBuf);

impl Tracked {
    #[cfg(test)]
    fn new(path: &Path) -> Tracked {
        lock_in_flight().push(path.to_path_buf());
        Tracked(path.to_path_buf())
    }

    /// Creates a temporary file in `dir` and tracks it in one step, under the lock an
    /// interrupt takes: a signal between creating the file and tracking it left the file
    /// behind.
    fn create(builder: &tempfile::Builder<'_, '_>, dir: &Path) -> std::io::Result<(tempfile::NamedTempFile, Tracked)> {
        let mut v = lock_in_flight();
        let tmp = builder.tempfile_in(dir)?;
        v.push(tmp.path().to_path_buf());
        let tracked = Tracked(tmp.path().to_path_buf());
        Ok((tmp, tracked))
    }
}

/// The list of files being written, even after a thread panicked holding it.
fn lock_in_flight() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    IN_FLIGHT.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Drop for Tracked {
    fn drop(&mut self) {
        lock_in_flight().retain(|p| *p != self.0);
    }
}

/// Removes the temporary files being written (what an interrupted run must not leave).
#[cfg(test)]
fn remove_temporary_files() {
    for p in lock_in_flight().drain(..) {
        let _ = std::fs::remove_file(p);
    }
}

/// Removes the temporary files being written and ends the process with `code`, holding
/// the list's lock to the end, so no other thread starts a temporary file after the
/// removal (one did, and was left behind).
fn remove_temporary_files_and_exit(code: i32) -> ! {
    let mut v = lock_in_flight();
    for p in v.drain(..) {
        let _ = std::fs::remove_file(p);
    }
    std::process::exit(code)
}

/// On SIGINT, SIGTERM or SIGHUP: removes the temporary files being written and ends the
/// process with 128 + the signal's number, as a shell reports it. The outputs already
/// renamed into place stay whole; none is left half-written.
#[cfg(unix)]
pub fn clean_up_on_interrupt() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else { return };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            remove_temporary_files_and_exit(128 + signal);
        }
    });
}

/// Elsewhere the default handling stays.
#[cfg(not(unix))]
pub fn clean_up_on_interrupt() {}

/// The ending of the text run-sheets `sheet --out-dir` writes; walking skips them.
pub const SHEET_TXT: &str = ".sheet.txt";

/// How directories given as inputs are walked, for every command that takes them.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct WalkArgs {
    /// Leave out what matches GLOB when walking directories (gitignore syntax: `drafts/`,
    /// `*-old.txt`; repeatable). Files named on the command line are always read.
    #[arg(long, value_name = "GLOB")]
    pub exclude: Vec<String>,
    /// Also read what `.gitignore` and `.ignore` files and hidden names (`.git/`) leave out.
    #[arg(long)]
    pub no_ignore: bool,
}

/// Expands the arguments into input files: files as given (and `-`), always read;
/// directories walked recursively, as ripgrep and ruff walk them (`.gitignore`, `.ignore`
/// and hidden names honoured unless `--no-ignore`, `--exclude` globs left out, symbolic
/// links followed and a loop walked once), for `*.txt` (not the `*.sheet.txt` run-sheets
/// runsheet writes) and for `*.toml` files that are
/// runsheet agendas (a `[session]` table: `pyproject.toml` or a programme is not one), each
/// directory's entries in name order.
pub fn collect_inputs(args: &[PathBuf], walk: &WalkArgs) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    // Directories already walked, by their real path: `check d d/..` walks `d` once.
    let mut seen = std::collections::HashSet::new();
    for arg in args {
        if arg.as_os_str() != "-" && arg.is_dir() {
            let real = std::fs::canonicalize(arg).with_context(|| format!("reading directory {}", arg.display()))?;
            if seen.insert(real) {
                walk_dir(arg, walk, &mut out)?;
            }
        } else {
            out.push(arg.clone());
        }
    }
    Ok(out)
}

fn walk_dir(dir: &Path, args: &WalkArgs, out: &mut Vec<PathBuf>) -> anyhow::Result<()> {
    let honour = !args.no_ignore;
    let mut overrides = ignore::overrides::OverrideBuilder::new(dir);
    for glob in &args.exclude {
        overrides.add(&format!("!{glob}")).with_context(|| format!("--exclude {glob}"))?;
    }
    let walker = ignore::WalkBuilder::new(dir)
        .follow_links(true)
        .sort_by_file_name(|a, b| a.cmp(b))
        .hidden(honour)
        .ignore(honour)
        .git_ignore(honour)
        .git_exclude(honour)
        .git_global(false)
        .parents(honour)
        .require_git(false)
        .overrides(overrides.build().with_context(|| "--exclude")?)
        .build();
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let (inner, path) = unwrap_walk_error(&e);
                // A symbolic link back up the tree (`ln -s . d/a`): that directory is walked once.
                if matches!(inner, ignore::Error::Loop { .. }) {
                    continue;
                }
                // A link to nothing is an input that cannot be read: taken, so it is said.
                if e.io_error().is_some_and(|io| io.kind() == std::io::ErrorKind::NotFound) {
                    out.extend(path.filter(|p| matches!(p.extension().and_then(|x| x.to_str()), Some("txt" | "toml"))).map(Path::to_path_buf));
                    continue;
                }
                return Err(anyhow::anyhow!("reading directory {}: {e}", dir.display()));
            }
        };
        // A file, or a link that could not be followed (to nothing): taken, so it is said.
        if !entry.file_type().is_some_and(|t| t.is_file() || t.is_symlink()) {
            continue;
        }
        let path = entry.into_path();
        match path.extension().and_then(|e| e.to_str()) {
            // A text run-sheet `sheet --out-dir` wrote is an output, not a proposal.
            Some("txt") if path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.ends_with(SHEET_TXT)) => {}
            Some("txt") => out.push(path),
            Some("toml") if is_agenda(&path) => out.push(path),
            _ => {}
        }
    }
    Ok(())
}

/// A walking error without its path, depth and line wrappers, and the path it is about.
fn unwrap_walk_error(e: &ignore::Error) -> (&ignore::Error, Option<&Path>) {
    match e {
        ignore::Error::WithPath { path, err } => (unwrap_walk_error(err).0, Some(path)),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => unwrap_walk_error(err),
        _ => (e, None),
    }
}

/// True unless the file is TOML without a top-level `session` table (what every runsheet
/// agenda has): a file that cannot be read or is not TOML is taken, so its error is said.
fn is_agenda(path: &Path) -> bool {
    let Ok(text) = std::fs::read_to_string(path) else { return true };
    toml::de::DeTable::parse(&text).map_or(true, |t| t.get_ref().keys().any(|k| k.get_ref() == "session"))
}

/// A name no earlier output of this run took: `stem` + `ext` (`ws-119.ics`), else
/// `stem-2` + `ext`, `stem-3` + `ext`, …; the name is recorded in `used`.
pub fn unique_name(stem: &str, ext: &str, used: &mut std::collections::BTreeSet<String>) -> String {
    let mut name = format!("{stem}{ext}");
    let mut n = 2;
    while !used.insert(name.clone()) {
        name = format!("{stem}-{n}{ext}");
        n += 1;
    }
    name
}

/// Writes `bytes` to `path` atomically: into a temporary file in the same directory, then
/// renamed over `path`, so a reader never sees a half-written file and a failure leaves
/// the old file as it was. `-` writes to stdout. The file is not fsynced: the rename is
/// what makes the write atomic, and a sync per file made `sheet --out-dir` of 1,000
/// sessions take seconds instead of a third of one (docs/performance.md).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    write_atomic_with(path, |w| w.write_all(bytes))
}

/// As [`write_atomic`], the file being what `write_all` writes (into a buffered writer), so
/// a large output is written as it is made; when it fails, nothing is left in place of the
/// old file.
pub fn write_atomic_with(path: &Path, write_all: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> anyhow::Result<()> {
    if path.as_os_str() == "-" {
        let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
        write_all(&mut out)?;
        return out.flush().map_err(Into::into);
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let existing = std::fs::metadata(path).ok();
    if existing.as_ref().is_some_and(std::fs::Metadata::is_dir) {
        anyhow::bail!("cannot write {}: it is a directory; give a file name (or --out-dir DIR where the command writes one file per session)", path.display());
    }
    if existing.as_ref().is_some_and(|m| !m.is_file() && !m.is_dir()) {
        // A FIFO, `/dev/stdout` or another special file: written in place, never replaced
        // by a regular file.
        let f = std::fs::OpenOptions::new().write(true).open(path).with_context(|| format!("writing {}", path.display()))?;
        let mut f = std::io::BufWriter::with_capacity(1 << 16, f);
        write_all(&mut f).with_context(|| format!("writing {}", path.display()))?;
        return f.flush().map_err(Into::into);
    }
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut builder = tempfile::Builder::new();
    // A new file gets the mode any program's new file gets (0666 less the umask), not the
    // temporary file's 0600, so a web server can serve a published calendar.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let (mut tmp, _tracked) = Tracked::create(&builder, dir).with_context(|| format!("writing in {}", dir.display()))?;
    {
        let mut w = std::io::BufWriter::with_capacity(1 << 16, tmp.as_file_mut());
        write_all(&mut w).and_then(|()| w.flush()).with_context(|| format!("writing {}", path.display()))?;
    }
    // A replaced file keeps its mode.
    if let Some(m) = existing.filter(std::fs::Metadata::is_file) {
        tmp.as_file().set_permissions(m.permissions()).with_context(|| format!("writing {}", path.display()))?;
    }
    // The error of a failed rename already names its cause; said once.
    tmp.persist(path).map_err(|e| anyhow::anyhow!("writing {}: {}", path.display(), e.error))?;
    Ok(())
}

/// Refuses an output path that is one of the inputs, so an input is never overwritten.
pub fn ensure_not_input(output: &Path, inputs: &[PathBuf]) -> anyhow::Result<()> {
    InputGuard::new(inputs).check(output)
}

/// The inputs of a run, resolved once, to refuse any output path that names one of them
/// (by another spelling or through a symbolic link too).
pub struct InputGuard {
    canonical: std::collections::HashSet<PathBuf>,
}

impl InputGuard {
    /// Resolves every input that exists (`-` and missing files are skipped).
    pub fn new(inputs: &[PathBuf]) -> InputGuard {
        InputGuard { canonical: inputs.iter().filter_map(|p| std::fs::canonicalize(p).ok()).collect() }
    }

    /// Fails when `output` is one of the inputs.
    pub fn check(&self, output: &Path) -> anyhow::Result<()> {
        if std::fs::canonicalize(output).is_ok_and(|out| self.canonical.contains(&out)) {
            anyhow::bail!("refusing to write {}: it is one of the inputs", output.display());
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_interrupted_run_removes_the_temporary_file_it_was_writing() {
        let dir = tempfile::tempdir().unwrap();
        let tmp = tempfile::Builder::new().tempfile_in(dir.path()).unwrap();
        let (_file, path) = tmp.keep().unwrap();
        let tracked = Tracked::new(&path);
        remove_temporary_files();
        assert!(!path.exists());
        drop(tracked);
        // A finished write is no longer tracked: nothing of it is removed.
        let done = dir.path().join("done.ics");
        std::fs::write(&done, "x").unwrap();
        drop(Tracked::new(&done));
        remove_temporary_files();
        assert!(done.exists());
        // A file is tracked from the moment it exists.
        let (tmp, tracked) = Tracked::create(&tempfile::Builder::new(), dir.path()).unwrap();
        let path = tmp.path().to_path_buf();
        assert_eq!(lock_in_flight().as_slice(), std::slice::from_ref(&path));
        drop(tracked);
        assert!(lock_in_flight().is_empty());
    }
}
