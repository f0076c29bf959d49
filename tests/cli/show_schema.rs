//! The published JSON Schema of `show --format json` must match the types that produce it.
//! Run with `RUNSHEET_BLESS=1` to rewrite docs/show.schema.json after a deliberate change.

#[test]
fn committed_schema_matches_generated() {
    let generated = runsheet::render::json::schema();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/show.schema.json");
    if std::env::var_os("RUNSHEET_BLESS").is_some() {
        std::fs::write(path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(path).expect("docs/show.schema.json exists");
    assert!(
        committed == generated,
        "docs/show.schema.json is out of date; rerun with RUNSHEET_BLESS=1 and review the diff"
    );
}

#[test]
fn show_output_for_the_seeds_validates_against_the_schema() {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string("docs/show.schema.json").unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    for seed in ["seeds/igf2019-ws99.txt", "seeds/igf2021-ws119.txt"] {
        let out = assert_cmd::Command::cargo_bin("runsheet")
            .unwrap()
            .args(["show", "--format", "json", seed])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        let errors: Vec<String> = validator.iter_errors(&v).map(|e| format!("{} at {}", e, e.instance_path)).collect();
        assert!(errors.is_empty(), "{seed}: {errors:?}");
    }
}
