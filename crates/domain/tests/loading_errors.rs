//! Every kind of bad data file gives a typed error that names the file and the culprit.

use dxm_domain::catalog::{Catalog, DataTexts, BUILTIN};
use dxm_domain::DataError;

fn load_with(f: impl FnOnce(&mut DataTexts<'static>, &mut Vec<String>)) -> DataError {
    let mut t = BUILTIN;
    let mut owned = Vec::new();
    f(&mut t, &mut owned);
    Catalog::load(&t).expect_err("the broken pack must be refused")
}

/// Leaks a modified text so it can sit in `DataTexts<'static>` (tests only).
fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn replace_once(text: &str, from: &str, to: &str) -> &'static str {
    assert!(text.contains(from), "fixture text not found: {from}");
    leak(text.replacen(from, to, 1))
}

#[test]
fn unknown_item_in_a_preset() {
    let e = load_with(|t, _| {
        t.presets = replace_once(
            t.presets,
            "[\"BT01\", \"a\", \"required\"]",
            "[\"BT99\", \"a\", \"required\"]",
        )
    });
    assert!(
        matches!(&e, DataError::UnknownItem { file, id, .. } if file == "presets.json" && id == "BT99"),
        "{e}"
    );
}

#[test]
fn level_out_of_range_in_a_preset_and_a_profile() {
    let e = load_with(|t, _| {
        t.presets = replace_once(
            t.presets,
            "[\"BT01\", \"a\", \"required\"]",
            "[\"BT01\", \"e\", \"required\"]",
        )
    });
    assert!(
        matches!(&e, DataError::LevelOutOfRange { value, .. } if value == "e"),
        "{e}"
    );
    let e =
        load_with(|t, _| t.profiles = replace_once(t.profiles, "\"BT01\":\"a\"", "\"BT01\":\"5\""));
    assert!(
        matches!(&e, DataError::LevelOutOfRange { file, value, context } if file == "sample_profiles.json" && value == "5" && context.contains("BT01")),
        "{e}"
    );
}

#[test]
fn duplicate_ids() {
    let e =
        load_with(|t, _| t.profiles = replace_once(t.profiles, "SAMPLE-ADV-002", "SAMPLE-ADV-001"));
    assert_eq!(
        e,
        DataError::DuplicateId {
            file: "sample_profiles.json".into(),
            id: "SAMPLE-ADV-001".into()
        }
    );
    let e = load_with(|t, _| {
        t.standard = replace_once(t.standard, "\"id\": \"BT02\"", "\"id\": \"BT01\"")
    });
    assert_eq!(
        e,
        DataError::DuplicateId {
            file: "skill_standard.json".into(),
            id: "BT01".into()
        }
    );
    let e = load_with(|t, _| {
        t.programmes = replace_once(
            t.programmes,
            "\"id\": \"dx_advisor\"",
            "\"id\": \"chiiki_joho_advisor\"",
        )
    });
    assert!(matches!(e, DataError::DuplicateId { .. }), "{e}");
}

#[test]
fn unknown_references_in_a_profile() {
    let e = load_with(|t, _| {
        t.profiles = replace_once(
            t.profiles,
            "\"programme\":\"pref_pool\"",
            "\"programme\":\"no_such_programme\"",
        )
    });
    assert!(
        matches!(&e, DataError::UnknownReference { kind: "programme", id, .. } if id == "no_such_programme"),
        "{e}"
    );
    let e = load_with(|t, _| {
        t.profiles = replace_once(
            t.profiles,
            "\"base_prefecture\":1,",
            "\"base_prefecture\":48,",
        )
    });
    assert!(
        matches!(
            &e,
            DataError::UnknownReference {
                kind: "prefecture",
                ..
            }
        ),
        "{e}"
    );
}

#[test]
fn a_prefecture_in_no_region_or_in_two() {
    let e = load_with(|t, _| {
        t.regions = replace_once(t.regions, "\"prefectures\": [47]", "\"prefectures\": []")
    });
    assert!(e.to_string().contains("in no region"), "{e}");
    let e = load_with(|t, _| {
        t.regions = replace_once(
            t.regions,
            "\"prefectures\": [47]",
            "\"prefectures\": [46, 47]",
        )
    });
    assert!(e.to_string().contains("more than one region"), "{e}");
}

#[test]
fn bad_municipality_code_names_the_line() {
    // 札幌市 is the first data row (line 2); 011003 has a wrong check digit.
    let e = load_with(|t, _| {
        t.municipalities = replace_once(t.municipalities, "011002,1,札幌市", "011003,1,札幌市")
    });
    assert!(
        matches!(&e, DataError::Csv { file, line: 2, .. } if file == "municipalities.csv"),
        "{e}"
    );
    let e = load_with(|t, _| {
        t.municipalities = replace_once(t.municipalities, "011002,1,札幌市", "011002,2,札幌市")
    });
    assert!(
        e.to_string().contains("does not belong to prefecture 2"),
        "{e}"
    );
}

#[test]
fn malformed_json_reports_line_and_column() {
    let e = load_with(|t, _| {
        t.programmes = replace_once(
            t.programmes,
            "\"fiscal_year\": 2025,",
            "\"fiscal_year\": 2025",
        )
    });
    assert!(
        matches!(&e, DataError::Json { file, line, .. } if file == "programmes.json" && *line > 1),
        "{e}"
    );
    let e = load_with(|t, _| t.standard = "");
    assert!(matches!(e, DataError::Json { .. }), "{e}");
}

#[test]
fn inconsistent_rule_set_values() {
    let e = load_with(|t, _| {
        t.programmes = replace_once(
            t.programmes,
            "\"min\": 6,\n     \"max\": 36,",
            "\"min\": 40,\n     \"max\": 36,",
        )
    });
    assert!(e.to_string().contains("inverted"), "{e}");
    let e = load_with(|t, _| {
        t.programmes = replace_once(
            t.programmes,
            "\"as_of\": \"2026-12-01\"",
            "\"as_of\": \"2026-13-01\"",
        )
    });
    assert!(e.to_string().contains("not a YYYY-MM-DD"), "{e}");
}

#[test]
fn csv_without_a_needed_column_or_empty() {
    let e = load_with(|t, _| {
        t.municipalities = replace_once(
            t.municipalities,
            "lgcode,pref,name,kana",
            "code,pref,name,kana",
        )
    });
    assert!(
        matches!(&e, DataError::Csv { line: 1, message, .. } if message.contains("missing column \"lgcode\"")),
        "{e}"
    );
    let e = load_with(|t, _| t.prefectures = "");
    assert!(
        matches!(&e, DataError::Csv { message, .. } if message == "empty file"),
        "{e}"
    );
    let e = load_with(|t, _| {
        t.prefectures = replace_once(t.prefectures, "47,470007,沖縄県", "46,470007,沖縄県")
    });
    assert!(e.to_string().contains("out of order or duplicated"), "{e}");
}
