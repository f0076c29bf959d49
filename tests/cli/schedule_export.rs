//! runsheet's frab exports validate: the JSON against the c3voc schedule schema (v1), the
//! XML against the frab XSD (with `xmllint`, from Debian's libxml2-utils; see
//! `.ci/install-xmllint.sh`). Every real schedule and quirk fixture is exported both ways.

use std::process::Command;

use runsheet::schedule::export::{export, Format};
use runsheet::schedule::import;
use runsheet::source::Source;

const INPUTS: [&str; 16] = [
    "30c3-frab-2013.json",
    "33c3-frab.json",
    "33c3-frab.xml",
    "debconf23-wafer.xml",
    "fosdem2010-pentabarf.xml",
    "quirks/zero-length.json",
    "quirks/persons-and-rooms.json",
    "pretalx-democon.json",
    "pretalx-rc3.json",
    "frab-camp2019.json",
    "hub-schedule2.json",
    "quirks/utc-marked-local.xml",
    "quirks/break-two-rooms.json",
    "quirks/pentabarf-no-date.xml",
    "quirks/pentabarf-events-in-day.xml",
    "quirks/same-title-two-rooms.xml",
];

fn data(rel: &str) -> String {
    format!("{}/tests/data/{rel}", env!("CARGO_MANIFEST_DIR"))
}

fn exported(name: &str, format: Format) -> String {
    let path = data(&format!("schedules/{name}"));
    let p = import(&Source::from_bytes(path.clone(), &std::fs::read(&path).unwrap())).unwrap();
    export(&p, format).text
}

#[test]
fn json_export_validates_against_the_c3voc_schema() {
    let schema: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(data("schemas/frab/schema.json")).unwrap()).unwrap();
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft6)
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    for name in INPUTS {
        let doc: serde_json::Value = serde_json::from_str(&exported(name, Format::FrabJson)).unwrap();
        let errors: Vec<String> = validator.iter_errors(&doc).map(|e| format!("{} at {}", e, e.instance_path)).collect();
        assert!(errors.is_empty(), "{name}: {errors:#?}");
    }
}

#[test]
fn the_schema_check_is_real_it_rejects_the_raw_rc3_file() {
    // rC3's own export breaks the schema (extra `answers`, upper-case slugs); the validator
    // must say so, or the test above proves nothing.
    let schema: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(data("schemas/frab/schema.json")).unwrap()).unwrap();
    let validator = jsonschema::options().with_draft(jsonschema::Draft::Draft6).build(&schema).unwrap();
    let raw: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(data("schedules/pretalx-rc3.json")).unwrap()).unwrap();
    assert!(validator.iter_errors(&raw).count() > 0);
}

fn xmllint() -> bool {
    let found = Command::new("xmllint").arg("--version").output().is_ok_and(|o| o.status.success());
    if !found {
        if std::env::var("RUNSHEET_REQUIRE_TOOLS").as_deref() == Ok("1") {
            panic!("xmllint is missing and RUNSHEET_REQUIRE_TOOLS=1: run .ci/install-xmllint.sh");
        }
        eprintln!("\n*** SKIPPED: xmllint not found; the frab XML export was NOT validated against the XSD ***\n*** install it with .ci/install-xmllint.sh ***\n");
    }
    found
}

#[test]
fn xml_export_validates_against_the_frab_xsd() {
    if !xmllint() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    for name in INPUTS {
        let file = dir.path().join(format!("{}.xml", name.replace('/', "_")));
        std::fs::write(&file, exported(name, Format::FrabXml)).unwrap();
        let out = Command::new("xmllint")
            .args(["--noout", "--schema", &data("schemas/frab/schedule.xml.xsd")])
            .arg(&file)
            .output()
            .unwrap();
        assert!(out.status.success(), "{name}: {}", String::from_utf8_lossy(&out.stderr));
    }
}
