//! The two real proposals in `seeds/`, read by the real binary (`show --format json`),
//! checked field by field against what a careful reader takes from them.

use assert_cmd::Command;
use serde_json::Value;

fn show(path: &str) -> Value {
    let out = Command::cargo_bin("runsheet").unwrap().args(["show", "--format", "json", path]).assert().success();
    let v: Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    v[0].clone()
}

fn person<'a>(v: &'a Value, name: &str) -> &'a Value {
    v["people"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == name || p["aliases"].as_array().unwrap().iter().any(|a| a == name))
        .unwrap_or_else(|| panic!("no person {name} in {:#}", v["people"]))
}

fn roles(p: &Value) -> Vec<&str> {
    p["roles"].as_array().unwrap().iter().map(|r| r.as_str().unwrap()).collect()
}

fn warnings_about<'a>(v: &'a Value, code: &str) -> Vec<&'a Value> {
    v["notes"].as_array().unwrap().iter().filter(|n| n["code"] == code).collect()
}

#[test]
fn igf2021_ws119_header_format_slot_room() {
    let v = show("seeds/igf2021-ws119.txt");
    assert_eq!(v["id"], "IGF 2021 WS #119");
    assert_eq!(v["id_parts"]["event"], "IGF 2021");
    assert_eq!(v["id_parts"]["kind"], "WS");
    assert_eq!(v["id_parts"]["number"], 119);
    assert_eq!(v["title"], "The Next Chapter of UN Cyber Dialogues");
    assert_eq!(v["format"], "Panel");
    assert_eq!(v["layout"], "Auditorium");
    assert_eq!(v["declared_minutes"], 90);
    assert_eq!(v["slot"]["start"], "2021-12-10T10:15:00+00:00");
    assert_eq!(v["slot"]["end"], "2021-12-10T11:45:00+00:00");
    assert_eq!(v["slot"]["timezone"], "UTC");
    assert_eq!(v["room"], "Conference Room 6");
}

#[test]
fn igf2021_ws119_people_and_roles() {
    let v = show("seeds/igf2021-ws119.txt");
    assert_eq!(v["people"].as_array().unwrap().len(), 8, "{:#}", v["people"]);
    let john = person(&v, "John Hering");
    assert_eq!(roles(john), ["organizer", "online_moderator", "rapporteur"]);
    assert_eq!(john["affiliation"], "Microsoft");
    assert_eq!(john["stakeholder_group"], "Private Sector");
    assert_eq!(john["regional_group"], "Western European and Others Group (WEOG)");
    let samir = person(&v, "Samir Saran");
    assert_eq!(roles(samir), ["organizer"]);
    assert_eq!(samir["affiliation"], "Observer Research Foundation");
    let kaja = person(&v, "Kaja Ciglic");
    assert_eq!(roles(kaja), ["onsite_moderator"]);
    assert_eq!(kaja["stakeholder_group"], "Private Sector");
    assert_eq!(kaja["regional_group"], "Eastern European Group");
    let speakers = [
        ("Henri Verdier", "Government", "Western European and Others Group (WEOG)"),
        ("Giacomo Persi Paoli", "Intergovernmental Organization", "Intergovernmental Organization"),
        ("Gerardo Isaac Morales Tenorio", "Government", "Latin American and Caribbean Group (GRULAC)"),
        ("PABLO CASTRO", "Government", "Latin American and Caribbean Group (GRULAC)"),
        ("Nathalie Jaarsma", "Government", "Intergovernmental Organization"),
    ];
    for (name, group, region) in speakers {
        let p = person(&v, name);
        assert_eq!(p["name"], name);
        assert_eq!(roles(p), ["speaker"], "{name}");
        assert_eq!(p["stakeholder_group"], group, "{name}");
        assert_eq!(p["regional_group"], region, "{name}");
    }
    // Both inferred roles are reported, at the unlabelled entries (lines 16 and 23).
    let inferred = warnings_about(&v, "role-inferred");
    let at: Vec<(u64, u64)> =
        inferred.iter().map(|n| (n["line"].as_u64().unwrap(), n["column"].as_u64().unwrap())).collect();
    assert_eq!(at, [(16, 1), (23, 1)]);
    assert!(inferred[0]["message"].as_str().unwrap().contains("onsite moderator"));
    assert!(inferred[1]["message"].as_str().unwrap().contains("rapporteur"));
}

#[test]
fn igf2021_ws119_inline_breakdown() {
    let v = show("seeds/igf2021-ws119.txt");
    assert_eq!(v["timing_basis"], "relative");
    let segs: Vec<(i64, i64, &str)> = v["segments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["start_minute"].as_i64().unwrap(), s["end_minute"].as_i64().unwrap(), s["title"].as_str().unwrap()))
        .collect();
    assert_eq!(
        segs,
        [
            (
                0,
                15,
                "Introductions and opening remarks about proposed new formats for cybersecurity dialogues at the UN and beyond"
            ),
            (
                15,
                40,
                "Moderated panel discussion about the different dialogue models, their objectives, and how they might include multistakeholder participation"
            ),
            (40, 85, "Open Q&A on the different models with those in attendance in-person and virtually"),
            (85, 90, "Closing and summary of major areas of concern/consensus"),
        ]
    );
    for s in v["segments"].as_array().unwrap() {
        assert_eq!(s["line"], 47);
    }
}

#[test]
fn igf2019_ws99_fields() {
    let v = show("seeds/igf2019-ws99.txt");
    assert_eq!(v["id"], "IGF 2019 WS #99");
    assert_eq!(v["id_parts"]["event"], "IGF 2019");
    assert_eq!(v["id_parts"]["kind"], "WS");
    assert_eq!(v["id_parts"]["number"], 99);
    assert_eq!(v["title"], "Towards a Multistakeholder Cybersecurity Framework");
    assert_eq!(v["format"], "Break-out Group Discussions");
    assert_eq!(v["layout"], "Round Tables");
    assert_eq!(v["declared_minutes"], 90);
    assert_eq!(v["slot"], Value::Null);
    assert_eq!(v["room"], Value::Null);
    assert_eq!(v["segments"].as_array().unwrap().len(), 0);
    assert_eq!(v["timing_basis"], Value::Null);
}

#[test]
fn igf2019_ws99_people_merged() {
    let v = show("seeds/igf2019-ws99.txt");
    let wolfgang = person(&v, "Wolfgang Kleinwaechter");
    assert_eq!(wolfgang["name"], "Wolfgang Kleinwaechter");
    assert_eq!(roles(wolfgang), ["organizer", "onsite_moderator"]);
    assert_eq!(wolfgang["affiliation"], "European Summer School on Internet Governance");
    assert_eq!(wolfgang["aliases"], serde_json::json!(["Wolfgang Kleinwächter"]));
    let alexander = person(&v, "Alexander Klimburg");
    assert_eq!(roles(alexander), ["organizer", "online_moderator"]);
    let max = person(&v, "Max Senges");
    assert_eq!(roles(max), ["organizer"]);
    let ludmilla = person(&v, "Ludmilla Georgiew");
    assert_eq!(ludmilla["name"], "Ludmilla Georgiew");
    assert_eq!(ludmilla["aliases"], serde_json::json!(["Ludmila Georgieva"]));
    assert_eq!(roles(ludmilla), ["speaker"]);
    assert_eq!(ludmilla["affiliation"], "Google");
    for name in ["Jan Neutze", "Marina Kaljurand", "Anriette Esterhuysen"] {
        assert_eq!(roles(person(&v, name)), ["speaker"], "{name}");
    }
    // Listed as a speaker and again among the session organisers.
    assert_eq!(roles(person(&v, "Johannes von Karczewski")), ["speaker", "organizer"]);
    for name in ["Carmen Gonsalvez", "Christoph Meinel", "Isabel Skierka", "Chris Painter"] {
        assert_eq!(roles(person(&v, name)), ["resource_person"], "{name}");
    }
    let louk = person(&v, "Louk Faesen");
    assert_eq!(louk["name"], "Louk Faesen");
    assert_eq!(louk["aliases"], serde_json::json!(["Louk Fassen"]));
    assert_eq!(roles(louk), ["rapporteur"]);
    assert_eq!(louk["stakeholder_group"], "Civil Society");
    assert_eq!(v["people"].as_array().unwrap().len(), 13, "{:#}", v["people"]);
    assert_eq!(warnings_about(&v, "name-variant-merged").len(), 2);
}
