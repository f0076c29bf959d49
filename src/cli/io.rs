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

/// Expands the arguments into input files: files as given (and `-`), directories walked
/// recursively for `*.txt` and `*.toml`, each directory's entries in name order.
pub fn collect_inputs(args: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    // Directories already walked, by their real path: a symbolic link back up the tree
    // (`ln -s . d/a`) is walked once, not forever.
    let mut seen = std::collections::HashSet::new();
    for arg in args {
        if arg.as_os_str() != "-" && arg.is_dir() {
            walk(arg, &mut out, &mut seen)?;
        } else {
            out.push(arg.clone());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, seen: &mut std::collections::HashSet<PathBuf>) -> anyhow::Result<()> {
    let real = std::fs::canonicalize(dir).with_context(|| format!("reading directory {}", dir.display()))?;
    if !seen.insert(real) {
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("reading directory {}", dir.display()))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .with_context(|| format!("reading directory {}", dir.display()))?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            walk(&path, out, seen)?;
        } else if matches!(path.extension().and_then(|e| e.to_str()), Some("txt" | "toml")) {
            out.push(path);
        }
    }
    Ok(())
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
    if path.as_os_str() == "-" {
        let mut out = std::io::stdout().lock();
        out.write_all(bytes)?;
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
        let mut f = std::fs::OpenOptions::new().write(true).open(path).with_context(|| format!("writing {}", path.display()))?;
        f.write_all(bytes).with_context(|| format!("writing {}", path.display()))?;
        return f.flush().map_err(Into::into);
    }
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    let mut builder = tempfile::Builder::new();
    // A new file gets the mode any program's new file gets (0666 less the umask), not the
    // temporary file's 0600, so a web server can serve a published calendar.
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o666));
    let mut tmp = builder.tempfile_in(dir).with_context(|| format!("writing in {}", dir.display()))?;
    tmp.write_all(bytes).with_context(|| format!("writing {}", path.display()))?;
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
