//! The four ways `runsheet diff` prints its changes: `text` for a terminal, `md` for a pull
//! request comment, `json` for programs (`docs/diff.schema.json`), `github` for annotations.
//!
//! Every value quoted from the input goes through the output's escaping: control characters
//! and bidirectional overrides are shown escaped in text and annotations, Markdown markup is
//! escaped in `md`.

use std::fmt::Write as _;

use super::{Change, ChangeKind};
use crate::escape::escape_controls;

/// `3 changes in 2 sessions`, or `no changes`.
pub fn summary(changes: &[Change]) -> String {
    if changes.is_empty() {
        return "no changes".into();
    }
    let sessions = sessions(changes).len();
    format!("{} change{} in {sessions} session{}", changes.len(), plural(changes.len()), plural(sessions))
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The sessions changed, in the order of their first change, each with its changes.
fn sessions(changes: &[Change]) -> Vec<(&str, Vec<&Change>)> {
    let mut out: Vec<(&str, Vec<&Change>)> = Vec::new();
    for c in changes {
        match out.iter_mut().find(|(s, _)| *s == c.session) {
            Some((_, list)) => list.push(c),
            None => out.push((&c.session, vec![c])),
        }
    }
    out
}

fn position(c: &Change) -> String {
    match (c.line, c.column) {
        (Some(l), Some(col)) => format!("{}:{l}:{col}", c.file),
        (Some(l), None) => format!("{}:{l}", c.file),
        _ => c.file.clone(),
    }
}

/// Plain text, one block per session: `FILE:LINE:COL: kind: message`, the kind coloured
/// (removals red, additions green, other changes yellow) when `color` is on; then the
/// summary.
pub fn text(changes: &[Change], color: bool) -> String {
    let mut out = String::new();
    for (session, list) in sessions(changes) {
        let _ = writeln!(out, "{}", bold(&escape_controls(session), color));
        for c in list {
            let kind = paint(c.kind, color);
            let _ = writeln!(out, "  {}: {kind}: {}", escape_controls(&position(c)), escape_controls(&c.message));
        }
    }
    let _ = writeln!(out, "{}", summary(changes));
    out
}

fn bold(s: &str, color: bool) -> String {
    if color { format!("\x1b[1m{s}\x1b[0m") } else { s.to_owned() }
}

fn paint(kind: ChangeKind, color: bool) -> String {
    if !color {
        return kind.as_str().to_owned();
    }
    let code = if kind.is_removal() {
        "31"
    } else if kind.is_addition() {
        "32"
    } else {
        "33"
    };
    format!("\x1b[{code}m{}\x1b[0m", kind.as_str())
}

/// A Markdown summary for a pull request comment: a heading with the counts, then per
/// session a table of its changes with where each stands.
pub fn md(changes: &[Change]) -> String {
    use crate::render::sheet::md::escape;
    let mut out = format!("### runsheet diff: {}\n", summary(changes));
    for (session, list) in sessions(changes) {
        let _ = write!(out, "\n**{}**\n\n| Change | What | Where |\n|:---|:---|:---|\n", escape(session));
        for c in list {
            let sign = if c.kind.is_removal() {
                "➖"
            } else if c.kind.is_addition() {
                "➕"
            } else {
                "✏️"
            };
            let _ = writeln!(out, "| {sign} `{}` | {} | {} |", c.kind.as_str(), escape(&c.message), escape(&position(c)));
        }
    }
    out
}

/// The JSON document `{"changes": [...]}` described by `docs/diff.schema.json`.
#[derive(Debug, serde::Serialize, schemars::JsonSchema)]
pub struct DiffJson<'a> {
    /// Every change, in order; empty when the versions read the same.
    pub changes: &'a [Change],
}

/// The changes as pretty-printed JSON, with a final newline.
pub fn json(changes: &[Change]) -> String {
    let mut out = serde_json::to_string_pretty(&DiffJson { changes }).expect("changes serialise");
    out.push('\n');
    out
}

/// The JSON Schema of [`json`]'s output, as committed in `docs/diff.schema.json`.
pub fn schema() -> String {
    let mut schema = schemars::schema_for!(DiffJson<'static>);
    schema.insert("title".into(), "runsheet diff --format json".into());
    schema.insert("description".into(), "What changed between two versions of sessions, in a stable order.".into());
    let mut out = serde_json::to_string_pretty(&schema).expect("schema serialises");
    out.push('\n');
    out
}

/// GitHub Actions workflow commands: a `::notice` per change on the new file's line (a
/// removal is shown on its session's line in the new file when it has one, else on the
/// file), titled with the kind.
pub fn github(changes: &[Change]) -> String {
    use crate::report::github::{escape_data, escape_property};
    let mut out = String::new();
    for c in changes {
        let (file, line) = match &c.in_new {
            Some((f, l)) if c.kind.is_removal() => (f.as_str(), *l),
            _ => (c.file.as_str(), c.line),
        };
        let mut props = format!("file={}", escape_property(file));
        if let Some(l) = line {
            let _ = write!(props, ",line={l}");
        }
        let _ = write!(props, ",title={}", escape_property(c.kind.as_str()));
        let _ = writeln!(out, "::notice {props}::{}", escape_data(&format!("{}: {}", c.session, c.message)));
    }
    out
}
