//! Importing talent lists: encodings, mapping suggestions, validation reports that name row,
//! column and value, the anonymity guard, atomicity, and a regression corpus of bad files.

use dxm_domain::import::validate::validate_records;
use dxm_domain::import::{
    detect_encoding, suggest_for_table, suggest_mapping, table_from_csv, table_from_json, validate,
    Encoding, Field, ImportOptions, JsonInput, PiiKind, Problem, Report,
};
use dxm_domain::profile::{Coverage, DaysBand, PeriodBand};
use dxm_domain::Catalog;

fn cat() -> Catalog {
    Catalog::builtin().unwrap()
}

fn corpus(name: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/tests/corpus/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// What the browser does: detect, decode (TextDecoder there, encoding_rs here), read.
fn decode(bytes: &[u8]) -> String {
    match detect_encoding(bytes) {
        Encoding::ShiftJis => encoding_rs::SHIFT_JIS.decode(bytes).0.into_owned(),
        _ => String::from_utf8_lossy(bytes).into_owned(),
    }
}

fn pool_options() -> ImportOptions {
    ImportOptions {
        default_programme: Some("pref_pool".into()),
        ..ImportOptions::default()
    }
}

fn import_csv(name: &str, opts: &ImportOptions) -> Result<Report, dxm_domain::import::SourceError> {
    let c = cat();
    let t = table_from_csv(&decode(&corpus(name)))?;
    let m = suggest_mapping(&t.headers, &c);
    Ok(validate(&t, &m, &c, opts))
}

#[test]
fn a_pool_list_in_utf8_bom_and_shift_jis_reads_the_same() {
    assert_eq!(
        detect_encoding(&corpus("good_pool_bom.csv")),
        Encoding::Utf8Bom
    );
    assert_eq!(
        detect_encoding(&corpus("good_pool_sjis.csv")),
        Encoding::ShiftJis
    );
    let utf8 = import_csv("good_pool.csv", &pool_options()).unwrap();
    assert_eq!(
        import_csv("good_pool_bom.csv", &pool_options()).unwrap(),
        utf8
    );
    assert_eq!(
        import_csv("good_pool_sjis.csv", &pool_options()).unwrap(),
        utf8
    );
    assert!(utf8.is_ok(), "{:?}", utf8.errors);
    assert_eq!(utf8.rows, 2);

    let a = &utf8.records[0];
    assert_eq!(
        (a.id.as_str(), a.programme.as_str(), a.base_prefecture),
        ("P-001", "pref_pool", Some(1))
    );
    assert_eq!(a.personas, ["producer"]);
    assert_eq!(a.domains, ["front_yard", "disaster"]);
    assert_eq!(a.coverage, Coverage::Nationwide);
    assert!(a.modes.onsite && a.modes.online);
    assert_eq!(
        (a.days, a.period, a.experience_years),
        (
            Some(DaysBand::Week1To2),
            Some(PeriodBand::OneToThreeYears),
            15
        )
    );
    assert_eq!(a.qualifications, ["ipa_st"]);
    assert_eq!(a.affiliation, "it_company");
    assert_eq!(a.skills.get("BT01"), Some("a"));
    assert_eq!(a.skills.get("TE08"), Some("c"));
    let b = &utf8.records[1];
    assert_eq!(b.personas, ["engineer", "service_designer"]);
    assert_eq!(
        b.coverage,
        Coverage::Regions {
            ids: vec!["kanto".into()]
        }
    );
    assert!(!b.modes.onsite && b.modes.online);
    assert!(!b.skills.contains_key("BT01"), "an empty cell is no skill");
}

#[test]
fn personal_data_is_never_stored_and_is_reported() {
    let r = import_csv("good_pool.csv", &pool_options()).unwrap();
    let stored = serde_json::to_string(&r.records).unwrap();
    for secret in ["山田", "鈴木", "taro@example.jp", "hanako@", "011-123-4567"] {
        assert!(!stored.contains(secret), "{secret} leaked into {stored}");
    }
    assert!(r.records[0].summary_ja.contains("［個人情報を削除］"));
    let kinds: Vec<&Problem> = r.warnings.iter().map(|w| &w.problem).collect();
    assert!(kinds.contains(&&Problem::PersonalColumn(PiiKind::Name)));
    assert!(kinds.contains(&&Problem::PersonalColumn(PiiKind::Email)));
    assert!(kinds.contains(&&Problem::PersonalDataRemoved(PiiKind::Phone)));
    // The report itself never repeats the personal values.
    assert!(!serde_json::to_string(&r.warnings)
        .unwrap()
        .contains("011-123"));
    // Even when the user maps the name column to the summary by hand, it is not read.
    let c = cat();
    let t = table_from_csv(&decode(&corpus("good_pool.csv"))).unwrap();
    let mut m = suggest_mapping(&t.headers, &c);
    assert_eq!(m[1], Field::Personal(PiiKind::Name));
    m[15] = Field::Ignore;
    let r2 = validate(&t, &m, &c, &pool_options());
    assert!(!serde_json::to_string(&r2.records).unwrap().contains("山田"));
}

#[test]
fn columns_of_personal_data_are_found_by_their_values_too() {
    let c = cat();
    // Innocent headers; the values are contact details.
    let csv = "番号,連絡メモ,備考,活動拠点,BT01\n\
               a.sato@example.jp,090-1234-5678,在宅勤務可,北海道,a\n\
               k.ito@example.org,011-222-3333,,青森県,b\n";
    let t = table_from_csv(csv).unwrap();
    let m = suggest_for_table(&t, &c);
    assert_eq!(m[1], Field::Personal(PiiKind::Phone), "{m:?}");
    assert_eq!(m[2], Field::Summary, "ordinary notes stay as they are");
    // An id column full of e-mail addresses: refused row by row, and never echoed.
    assert_eq!(m[0], Field::Personal(PiiKind::Email));
    let mut forced = m.clone();
    forced[0] = Field::Id;
    let r = validate(&t, &forced, &c, &pool_options());
    assert!(!r.is_ok() && r.records.is_empty());
    assert_eq!(
        r.errors
            .iter()
            .map(|e| (e.line, &e.problem, e.value.as_str()))
            .collect::<Vec<_>>(),
        [
            (2, &Problem::PersonalId(PiiKind::Email), ""),
            (3, &Problem::PersonalId(PiiKind::Email), "")
        ]
    );
    assert!(!serde_json::to_string(&r).unwrap().contains("example.jp"));
}

#[test]
fn every_problem_names_row_column_value_and_nothing_is_half_imported() {
    let r = import_csv("bad_values.csv", &pool_options()).unwrap();
    assert!(!r.is_ok());
    assert!(r.records.is_empty(), "one bad row stops the whole import");
    let issues = |list: &[dxm_domain::import::Issue]| -> Vec<(usize, String, String, Problem)> {
        list.iter()
            .filter(|e| e.line > 0)
            .map(|e| (e.line, e.column.clone(), e.value.clone(), e.problem.clone()))
            .collect()
    };
    // A level that cannot be read is an error: nothing is imported until it is fixed.
    assert_eq!(
        issues(&r.errors),
        [(3, "BT01".into(), "e".into(), Problem::UnknownLevel)]
    );
    // A place or 人材像 that cannot be read is left out, and the report says so on its row.
    let warned = issues(&r.warnings);
    for expected in [
        (2, "活動拠点", "江戸", Problem::UnknownPrefecture),
        (3, "対応地域", "火星", Problem::UnknownArea),
        (4, "人材像", "料理人", Problem::UnknownPersona),
    ] {
        let (line, column, value, ref problem) = expected;
        assert!(
            warned.contains(&(line, column.into(), value.into(), problem.clone())),
            "{expected:?} in {warned:?}"
        );
    }
    // A value a report repeats never carries personal data: a contact written where a place
    // or a level belongs is named as the cell, with the contact removed.
    let c = cat();
    let t = table_from_csv(
        "登録番号,活動拠点,BT01,人材像\nP-1,連絡先 taro.yamada@example.jp,b,エンジニア\nP-2,北海道,携帯 +81 90-1234-5678,エンジニア\n",
    )
    .unwrap();
    let r = validate(&t, &suggest_mapping(&t.headers, &c), &c, &pool_options());
    let shown = format!("{:?} {:?}", r.errors, r.warnings);
    assert!(
        !shown.contains("yamada") && !shown.contains("1234"),
        "{shown}"
    );
    assert!(issues(&r.warnings).contains(&(
        2,
        "活動拠点".into(),
        "連絡先 ［個人情報を削除］".into(),
        Problem::UnknownPrefecture
    )));
    assert!(issues(&r.errors).contains(&(
        3,
        "BT01".into(),
        "携帯 ［個人情報を削除］".into(),
        Problem::UnknownLevel
    )));

    let r = import_csv("duplicate_ids.csv", &pool_options()).unwrap();
    assert_eq!(r.errors.len(), 1);
    assert_eq!(
        (
            r.errors[0].line,
            r.errors[0].value.as_str(),
            &r.errors[0].problem
        ),
        (4, "P-1", &Problem::DuplicateId(2))
    );
    // Ids already used by another stored list are refused too.
    let taken = ImportOptions {
        taken_ids: vec!["P-2".into()],
        ..pool_options()
    };
    let r = import_csv("duplicate_ids.csv", &taken).unwrap();
    assert!(r
        .errors
        .iter()
        .any(|e| e.line == 3 && e.problem == Problem::IdTaken));
    // Without a programme column or a default programme, each row says so.
    let r = import_csv("duplicate_ids.csv", &ImportOptions::default()).unwrap();
    assert!(r
        .errors
        .iter()
        .any(|e| e.line == 2 && e.problem == Problem::Empty(Field::Programme)));
}

#[test]
fn mapping_level_problems() {
    let c = cat();
    // No levels, but fields to infer them from: imported, with a note on the header.
    let t = table_from_csv("ID,活動拠点,分野\nA,北海道,防災\n").unwrap();
    let m = suggest_mapping(&t.headers, &c);
    let r = validate(&t, &m, &c, &pool_options());
    assert!(r.is_ok(), "{:?}", r.errors);
    assert_eq!(r.records[0].domains, ["disaster"]);
    assert!(r
        .warnings
        .iter()
        .any(|w| w.line == 0 && w.problem == Problem::NoColumn(Field::SkillList)));
    // Nothing at all to match on: an error.
    let t = table_from_csv("ID,活動拠点,メモ\nA,北海道,x\n").unwrap();
    let m = suggest_mapping(&t.headers, &c);
    let r = validate(&t, &m, &c, &pool_options());
    assert_eq!(r.errors[0].problem, Problem::NoSkillColumn);
    let t = table_from_csv("ID,活動拠点,BT01,拠点\nA,北海道,a,青森県\n").unwrap();
    let m = vec![
        Field::Id,
        Field::BasePrefecture,
        Field::Skill("BT01".into()),
        Field::BasePrefecture,
    ];
    let r = validate(&t, &m, &c, &pool_options());
    assert_eq!((r.errors[0].line, r.errors[0].column.as_str()), (0, "拠点"));
    assert_eq!(
        r.errors[0].problem,
        Problem::DuplicateMapping(Field::BasePrefecture)
    );
    // No id column: rows get numbered ids.
    let t = table_from_csv("活動拠点,BT01\n北海道,a\n沖縄県,b\n").unwrap();
    let m = suggest_mapping(&t.headers, &c);
    let r = validate(
        &t,
        &m,
        &c,
        &ImportOptions {
            id_prefix: "HKD-".into(),
            ..pool_options()
        },
    );
    assert!(r.errors.is_empty(), "{:?}", r.errors);
    assert_eq!(
        r.records.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
        ["HKD-00002", "HKD-00003"]
    );
}

#[test]
fn json_lists_and_packs_import_too() {
    let c = cat();
    let JsonInput::Table(t) = table_from_json(&decode(&corpus("list.json"))).unwrap() else {
        panic!()
    };
    let m = suggest_mapping(&t.headers, &c);
    assert_eq!(
        m,
        [
            Field::Id,
            Field::BasePrefecture,
            Field::Personas,
            Field::SkillList
        ]
    );
    let r = validate(
        &t,
        &m,
        &c,
        &ImportOptions {
            default_programme: Some("chiiki_joho_advisor".into()),
            ..Default::default()
        },
    );
    assert!(r.is_ok(), "{:?}", r.errors);
    assert_eq!(r.records[0].skills.get("TE08"), Some("b"));
    assert_eq!(r.records[1].personas, ["project_manager"]);
    assert_eq!(r.records[1].skills.get("BT06"), Some("a"));

    // A pack in the app's own format: validated as it is.
    let file = dxm_domain::samples::generate(&c.standard, &c.presets, &c.geography);
    let mut recs = file.profiles[..3].to_vec();
    let r = validate_records(recs.clone(), &c, &ImportOptions::default());
    assert!(r.is_ok());
    recs[2].id = recs[0].id.clone();
    // A letter outside the scale, as a pack's JSON may carry it.
    let mut skills: std::collections::BTreeMap<&str, &str> = recs[1].skills.iter().collect();
    skills.insert("BT01", "q");
    recs[1].skills = serde_json::from_str(&serde_json::to_string(&skills).unwrap()).unwrap();
    let r = validate_records(recs, &c, &ImportOptions::default());
    let problems: Vec<(usize, &Problem)> = r.errors.iter().map(|e| (e.line, &e.problem)).collect();
    assert_eq!(
        problems,
        [(2, &Problem::UnknownLevel), (3, &Problem::DuplicateId(1))]
    );
    assert!(r.records.is_empty());

    // Ids that are personal data are refused as in a table, and never repeated: not as the
    // value of the error, nor as the first of a duplicate (JSON import, packs, backups and
    // dxm:load all come through here).
    let mut recs = file.profiles[..4].to_vec();
    recs[0].id = "taro.yamada@example.jp".into();
    recs[1].id = "ｈａｎａｋｏ＠ｅｘａｍｐｌｅ．ｊｐ".into();
    recs[2].id = "+81 90-1234-5678".into();
    recs[3].id = "taro.yamada@example.jp".into();
    let r = validate_records(recs, &c, &ImportOptions::default());
    let refused: Vec<(usize, &str, &Problem)> = r
        .errors
        .iter()
        .map(|e| (e.line, e.value.as_str(), &e.problem))
        .collect();
    assert_eq!(
        refused,
        [
            (1, "", &Problem::PersonalId(PiiKind::Email)),
            (2, "", &Problem::PersonalId(PiiKind::Email)),
            (3, "", &Problem::PersonalId(PiiKind::Phone)),
            (4, "", &Problem::PersonalId(PiiKind::Email)),
        ]
    );
    assert!(r.records.is_empty());
    let shown = format!("{:?}", r.errors);
    assert!(
        !shown.contains("yamada") && !shown.contains("1234"),
        "{shown}"
    );

    // Each refusal names the field and the value, as for a table.
    let mut recs = file.profiles[..5].to_vec();
    recs[0].id = " ".into();
    recs[1].modes = dxm_domain::programme::Modes::default();
    recs[2].affiliation = "guild".into();
    recs[3].qualifications = vec!["wizard".into()];
    recs[4].coverage = dxm_domain::profile::Coverage::Regions {
        ids: vec!["atlantis".into()],
    };
    let r = validate_records(recs, &c, &ImportOptions::default());
    let named: Vec<(usize, &str, &str, &Problem)> = r
        .errors
        .iter()
        .map(|e| (e.line, e.column.as_str(), e.value.as_str(), &e.problem))
        .collect();
    assert_eq!(
        named,
        [
            (1, "id", "", &Problem::Empty(Field::Id)),
            (2, "modes", "", &Problem::UnknownModes),
            (3, "affiliation", "guild", &Problem::UnknownAffiliation),
            (
                4,
                "qualifications",
                "wizard",
                &Problem::UnknownQualification
            ),
            (5, "coverage", "atlantis", &Problem::UnknownArea),
        ]
    );
}

#[test]
fn regression_corpus_of_bad_files_never_panics() {
    use dxm_domain::import::SourceError;
    assert_eq!(
        table_from_csv(&decode(&corpus("empty.csv"))).unwrap_err(),
        SourceError::Empty
    );
    assert!(matches!(
        table_from_csv(&decode(&corpus("truncated.csv"))),
        Err(SourceError::Csv { line: 2, .. })
    ));
    assert_eq!(
        table_from_csv(&decode(&corpus("binary.bin"))).unwrap_err(),
        SourceError::Binary
    );
    let r = import_csv("only_header.csv", &pool_options()).unwrap();
    assert!(
        !r.is_ok() && r.rows == 0 && r.errors.is_empty(),
        "nothing to import is not ok, but no error either"
    );
    assert_eq!(
        table_from_json(&decode(&corpus("not_a_list.json"))).unwrap_err(),
        SourceError::JsonShape
    );
    assert!(matches!(
        table_from_json(&decode(&corpus("broken.json"))),
        Err(SourceError::Json { .. })
    ));
    // Shift_JIS read as UTF-8 (a wrong override): nothing matches, the report says why.
    let c = cat();
    let garbled = String::from_utf8_lossy(&corpus("good_pool_sjis.csv")).into_owned();
    let t = table_from_csv(&garbled).unwrap();
    let r = validate(&t, &suggest_mapping(&t.headers, &c), &c, &pool_options());
    // The text holds characters that could not be decoded: one error on the header says so
    // (and what to do: choose the encoding), whatever columns happen to be readable.
    assert!(
        !r.is_ok()
            && r.errors
                .iter()
                .map(|e| (e.line, &e.problem))
                .eq([(0, &Problem::Undecodable)]),
        "{:?}",
        r.errors
    );
    // Formula and script payloads are kept as plain text (exports neutralise formulas, the UI
    // never renders text as HTML).
    let r = import_csv("formula_and_script.csv", &pool_options()).unwrap();
    assert!(r.is_ok(), "{:?}", r.errors);
    assert_eq!(r.records[0].id, "=cmd|calc");
    assert!(r.records[1].summary_ja.contains("<script>"));
    // Too many rows.
    let mut big = String::from("ID,活動拠点,BT01\n");
    for n in 0..100_001 {
        big.push_str(&format!("R{n},北海道,a\n"));
    }
    assert!(matches!(
        table_from_csv(&big),
        Err(SourceError::TooManyRows { .. })
    ));
}

#[test]
fn the_template_export_reimports_to_the_same_profiles() {
    use dxm_domain::export::profiles_csv;
    let c = cat();
    let file = dxm_domain::samples::generate(&c.standard, &c.presets, &c.geography);
    let mut original: Vec<_> = file.profiles.into_iter().step_by(7).collect();
    for r in &mut original {
        r.summary_en.clear(); // the template carries the Japanese text only
    }
    let csv = profiles_csv(&c, &original);
    assert!(csv.starts_with('\u{FEFF}'));
    let t = table_from_csv(&csv).unwrap();
    let m = suggest_mapping(&t.headers, &c);
    let missing: Vec<(&String, &Field)> = t
        .headers
        .iter()
        .zip(&m)
        .skip(14)
        .filter(|(_, f)| !matches!(f, Field::Skill(_)))
        .collect();
    assert!(
        missing.is_empty(),
        "every skill column is recognised: {missing:?}"
    );
    let r = validate(&t, &m, &c, &ImportOptions::default());
    assert!(r.is_ok(), "{:?}", &r.errors[..r.errors.len().min(5)]);
    assert_eq!(r.records.len(), original.len());
    for (a, b) in r.records.iter().zip(&original) {
        assert_eq!(a, b);
    }
}

#[test]
fn worker_commands_are_typed_on_both_sides() {
    use dxm_domain::import::protocol::Command;
    let commands = [
        Command::Read {
            name: "人材リスト.csv".into(),
            encoding: "shift_jis".into(),
            sheet: String::new(),
            header: Some(3),
            ahead: Some(dxm_domain::import::protocol::Ahead {
                options: dxm_domain::import::ImportOptions {
                    taken_ids: vec!["A-1".into()],
                    ..Default::default()
                },
                programmes: None,
            }),
        },
        Command::Validate {
            mapping: vec![Field::Id, Field::Skill("BT01".into()), Field::Ignore],
            options: Default::default(),
            programmes: None,
        },
        Command::Validate {
            mapping: vec![Field::Id],
            options: Default::default(),
            programmes: Some(r#"{"schema":2}"#.into()),
        },
    ];
    for c in commands {
        assert_eq!(Command::from_json(&c.to_json()), Some(c));
    }
    // The JSON names the command, so a page and a worker of different builds can tell.
    assert!(Command::Read {
        name: "a.csv".into(),
        encoding: String::new(),
        sheet: String::new(),
        header: None,
        ahead: None,
    }
    .to_json()
    .starts_with(r#"{"read":{"#));
    // Anything else is not a command: the worker answers with an error instead of guessing.
    assert_eq!(Command::from_json(r#"{"format_disk":{}}"#), None);
    assert_eq!(Command::from_json(r#"{"read":{"name":"a.csv"}}"#), None);
    assert_eq!(Command::from_json(r#"{"cmd":"read","name":"a.csv"}"#), None);
    assert_eq!(Command::from_json("read"), None);
}

/// The publisher's programme rules as a test writes them: the built-in ones plus a programme
/// of their own, `hokkaido_dx_bank` (「北海道DX人材バンク」), like the prefecture's pool.
fn publisher_rules() -> String {
    let mut rules: serde_json::Value =
        serde_json::from_str(dxm_domain::catalog::BUILTIN.programmes).unwrap();
    let programmes = rules["programmes"].as_array_mut().unwrap();
    let mut bank = programmes
        .iter()
        .find(|p| p["id"] == "pref_pool")
        .unwrap()
        .clone();
    bank["id"] = "hokkaido_dx_bank".into();
    bank["ja"] = "北海道DX人材バンク".into();
    bank["en"] = "Hokkaido DX talent bank".into();
    bank["aliases"] = serde_json::json!([]);
    programmes.push(bank);
    rules.to_string()
}

#[test]
fn the_worker_validates_against_the_programme_rules_the_page_sends() {
    use dxm_domain::import::protocol::{rules_catalog, Command};
    let text = publisher_rules();
    // The rules travel with the command; a page of an earlier build sends none (built-in).
    let c = Command::Validate {
        mapping: vec![Field::Id],
        options: pool_options(),
        programmes: Some(text.clone()),
    };
    assert_eq!(Command::from_json(&c.to_json()), Some(c));
    assert_eq!(
        Command::from_json(r#"{"validate":{"mapping":[],"options":{}}}"#),
        Some(Command::Validate {
            mapping: vec![],
            options: Default::default(),
            programmes: None,
        })
    );
    // A list of the publisher's programme: refused against the built-in rules, accepted
    // against the publisher's, whether the programme is the default or named in the list.
    let t = table_from_csv(&decode(&corpus("good_pool.csv"))).unwrap();
    let builtin = cat();
    let m = suggest_mapping(&t.headers, &builtin);
    let bank = ImportOptions {
        default_programme: Some("hokkaido_dx_bank".into()),
        ..ImportOptions::default()
    };
    assert!(!validate(&t, &m, &builtin, &bank).is_ok());
    let publisher = rules_catalog(&text).unwrap();
    let r = validate(&t, &m, &publisher, &bank);
    assert!(r.is_ok(), "{:?}", r.errors);
    assert!(r.records.iter().all(|p| p.programme == "hokkaido_dx_bank"));
    let named = table_from_csv(
        &decode(&corpus("good_pool.csv"))
            .replacen("所属,", "制度,所属,", 1)
            .replace(",民間IT企業,", ",北海道DX人材バンク,民間IT企業,")
            .replace(",フリーランス,", ",北海道DX人材バンク,フリーランス,"),
    )
    .unwrap();
    let m = suggest_mapping(&named.headers, &publisher);
    let r = validate(&named, &m, &publisher, &ImportOptions::default());
    assert!(r.is_ok(), "{:?}", r.errors);
    assert_eq!(r.records.len(), 2);
    assert!(!validate(&named, &m, &builtin, &ImportOptions::default()).is_ok());
    // Rules that do not load are an error, not a panic.
    assert!(rules_catalog("{").is_err());
}
