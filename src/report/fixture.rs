//! The one shared fixture every reporter is snapshot-tested on: two inputs, diagnostics of
//! every severity, secondary labels, help, a file-level finding, non-ASCII text and a
//! control character.

use crate::model::Span;
use crate::source::Source;
use crate::validate::{Diagnostic, Severity};

/// The two inputs.
pub fn sources() -> Vec<Source> {
    vec![
        Source::new(
            "proposals/ws119.txt",
            "IGF 2021 WS #119 The Next Chapter of UN Cyber Dialogues\n\
             Panel - Auditorium - 90 Min\n\
             Workshop timing:\n\
             00:00 – 00:15 Introductions\n\
             00:15 – 00:45 Moderated panel, with Kaja Ciglić\n\
             00:40 – 01:25 Open Q&A \u{1b}[31m\n",
        ),
        Source::new("proposals/ws 99, draft.txt", "IGF 2019 WS #99 Towards a Framework\nRound Tables - 90 Min\n"),
    ]
}

fn span(s: &Source, needle: &str, nth: usize) -> Span {
    let at = s.text.match_indices(needle).nth(nth).map(|(i, _)| i).expect("needle in fixture");
    s.span(at, at + needle.len())
}

/// The diagnostics of each input, in the order of [`sources`].
pub fn diagnostics(src: &[Source]) -> Vec<Vec<Diagnostic>> {
    let a = &src[0];
    let b = &src[1];
    vec![
        vec![
            Diagnostic::new(
                "overlap",
                Severity::Error,
                "segment “Open Q&A \\u{1b}[31m” starts at 00:40, 5 minutes before “Moderated panel, with Kaja Ciglić” ends at 00:45",
                span(a, "00:40", 0),
            )
            .with_label("overlaps by 5 minutes")
            .with_secondary(span(a, "00:45", 0), "the previous segment ends here")
            .with_help("start this segment at 00:45, or end the previous one at 00:40"),
            Diagnostic::new("underrun", Severity::Error, "segments end at 01:25 but the session is declared as 90 minutes", span(a, "01:25", 0))
                .with_label("5 minutes unplanned")
                .with_secondary(span(a, "90 Min", 0), "declared here")
                .with_help("extend the last segment to 01:30, or add one for the remaining 5 minutes"),
            Diagnostic::new("role-inferred", Severity::Note, "Kaja Ciglić is taken as onsite moderator from where the entry stands", span(a, "Kaja Ciglić", 0)),
        ],
        vec![
            Diagnostic::new("no-breakdown", Severity::Warning, "no timing breakdown says how the 90 minutes are used", span(b, "90 Min", 0))
                .with_help("add one segment per line, e.g. `00:00 – 00:10 Introductions`"),
            Diagnostic::new("invalid-utf8", Severity::Warning, "the file is not valid UTF-8: 1 byte sequence replaced by U+FFFD", Span::default()),
        ],
    ]
}

/// Renders the fixture with `reporter`.
pub fn render(reporter: &dyn super::Reporter) -> String {
    let src = sources();
    let diags = diagnostics(&src);
    let files: Vec<super::FileReport<'_>> =
        src.iter().zip(&diags).map(|(s, d)| super::FileReport { source: s, diagnostics: d }).collect();
    reporter.render(&files)
}

#[test]
fn human() {
    insta::assert_snapshot!(render(&super::human::Human { color: false }));
}

#[test]
fn human_in_colour_has_no_raw_escape_from_input() {
    let out = render(&super::human::Human { color: true });
    assert!(out.contains("\u{1b}["), "colour was asked for");
    assert!(!out.contains("\u{1b}[31m"), "the input's escape sequence must not reach the terminal");
}

#[test]
fn json() {
    insta::assert_snapshot!(render(&super::json::Json));
}

#[test]
fn github() {
    insta::assert_snapshot!(render(&super::github::Github));
}

#[test]
fn sarif() {
    insta::assert_snapshot!(render(&super::sarif::Sarif));
}

#[test]
fn sarif_is_valid_against_the_2_1_0_schema() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/sarif/sarif-schema-2.1.0.json");
    let schema: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let log: serde_json::Value = serde_json::from_str(&render(&super::sarif::Sarif)).unwrap();
    let errors: Vec<String> = validator.iter_errors(&log).map(|e| format!("{} at {}", e, e.instance_path)).collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // The validator really checks: a log with a wrong version is refused.
    assert!(!validator.is_valid(&serde_json::json!({ "version": "9.9", "runs": [] })));
}
