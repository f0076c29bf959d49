//! `show --format toml` of any input, read back, gives the same model apart from spans and
//! parser notes: checked over the seeds and every test input.

use runsheet::parse::{agenda, parse};
use runsheet::source::Source;
use serde_json::Value;

/// The session as JSON with every `span` and the parser notes removed.
fn span_free(s: &runsheet::model::Session) -> Value {
    fn strip(v: &mut Value) {
        match v {
            Value::Object(m) => {
                m.remove("span");
                m.values_mut().for_each(strip);
            }
            Value::Array(a) => a.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(s).unwrap();
    v.as_object_mut().unwrap().remove("notes");
    strip(&mut v);
    v
}

fn inputs() -> Vec<std::path::PathBuf> {
    let mut out = vec!["seeds/igf2019-ws99.txt".into(), "seeds/igf2021-ws119.txt".into()];
    for dir in ["tests/data/proposals", "tests/data/agendas"] {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "toml")))
            .collect();
        files.sort();
        out.extend(files);
    }
    out
}

#[test]
fn toml_round_trip_keeps_the_model() {
    let files = inputs();
    assert!(files.len() >= 2);
    for path in files {
        let bytes = std::fs::read(&path).unwrap();
        // Each session of the input (a text with two days holds two) on its own.
        for first in parse(&Source::from_bytes(path.display().to_string(), &bytes)).unwrap() {
            let written = agenda::to_toml(&first);
            let mut again = parse(&Source::new("written.toml", written.clone()))
                .unwrap_or_else(|e| panic!("{}: written TOML does not read back: {e}\n{written}", path.display()));
            assert_eq!(again.len(), 1, "{}: a TOML agenda holds one session", path.display());
            let again = again.remove(0);
            assert!(again.notes.is_empty(), "{}: notes on reading back: {:?}", path.display(), again.notes);
            assert_eq!(span_free(&first), span_free(&again), "{}\n{written}", path.display());
            // Writing again gives the same bytes.
            assert_eq!(agenda::to_toml(&again), written, "{}", path.display());
        }
    }
}

#[test]
fn line_endings_do_not_change_the_model() {
    for path in ["seeds/igf2019-ws99.txt", "seeds/igf2021-ws119.txt", "tests/data/proposals/igf2023-of12-bullets.txt"] {
        let lf = std::fs::read_to_string(path).unwrap().replace("\r\n", "\n");
        let base: Vec<Value> = parse(&Source::new(path, lf.clone())).unwrap().iter().map(span_free).collect();
        for ending in ["\r\n", "\r"] {
            let text = lf.replace('\n', ending);
            let s: Vec<Value> = parse(&Source::new(path, text)).unwrap().iter().map(span_free).collect();
            assert_eq!(s, base, "{path} with {ending:?}");
        }
        // A lone CR takes the LF's byte, so even the spans stay the same.
        let cr = parse(&Source::new(path, lf.replace('\n', "\r"))).unwrap();
        let lf_session = parse(&Source::new(path, lf.clone())).unwrap();
        assert_eq!(serde_json::to_value(&cr).unwrap(), serde_json::to_value(&lf_session).unwrap(), "{path}");
    }
}
