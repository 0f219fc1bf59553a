//! Lists as their publishers ship them (tests/fixtures/lists/, fictional people in the real
//! layouts): the 地域情報化アドバイザー open data in its current short form (CSV with a BOM,
//! .xlsx with a title row) and an older year's long form, and a prefecture's pool kept in Excel
//! (title rows, notes, ○/×, several values per cell, 「兵庫県・近隣県」, full-width digits). They
//! import without editing, personal data never comes in, levels are inferred and marked, and
//! they rank sensibly for a 防災 / セキュリティ project.

use dxm_domain::import::{
    suggest_for_table, table_from_csv, validate, Field, ImportOptions, PiiKind, Problem, Report,
    Table,
};
use dxm_domain::matching::{explain, rank, ProfileIndex, Query};
use dxm_domain::profile::{resolve_all, Basis, Coverage, DaysBand, ProfileRecord};
use dxm_domain::{Assessment, Catalog, Level, Priority};

fn cat() -> &'static Catalog {
    static CAT: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    CAT.get_or_init(|| Catalog::builtin().unwrap())
}

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/../../tests/fixtures/lists/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn csv(name: &str) -> Table {
    table_from_csv(&String::from_utf8(fixture(name)).unwrap()).unwrap()
}

fn import(t: &Table, opts: &ImportOptions) -> Report {
    validate(t, &suggest_for_table(t, cat()), cat(), opts)
}

fn notes(r: &Report) -> Vec<(&str, &Problem)> {
    r.warnings
        .iter()
        .filter(|w| w.line == 0)
        .map(|w| (w.column.as_str(), &w.problem))
        .collect()
}

fn record<'r>(r: &'r Report, id: &str) -> &'r ProfileRecord {
    r.records.iter().find(|x| x.id == id).unwrap()
}

#[test]
fn the_advisers_open_data_imports_as_published() {
    let t = csv("advisors-fy2025.csv");
    let m = suggest_for_table(&t, cat());
    assert_eq!(
        m,
        [
            Field::Id,
            Field::Personal(PiiKind::Name),
            Field::Personal(PiiKind::Name),
            Field::Affiliation,
            Field::Domains,
            Field::Personal(PiiKind::Photo),
            Field::Personal(PiiKind::Link),
        ]
    );
    // No programme to choose: the layout says who these people are.
    let r = import(&t, &ImportOptions::default());
    assert!(r.is_ok(), "{:?}", r.errors);
    assert_eq!(r.records.len(), 242);
    assert!(r
        .records
        .iter()
        .all(|x| x.programme == "chiiki_joho_advisor"));
    // The secretariat's ID is the profile id.
    assert_eq!(r.records[0].id, "1001");
    // Names, readings, photos and PDF links are dropped, and the report says so.
    let stored = serde_json::to_string(&r.records).unwrap();
    let text = String::from_utf8(fixture("advisors-fy2025.csv")).unwrap();
    for row in dxm_domain::csv::parse(&text).unwrap().iter().skip(1) {
        for personal in [&row.fields[1], &row.fields[2]] {
            assert!(!stored.contains(personal.as_str()), "{personal} leaked");
        }
    }
    assert!(!stored.contains("example.jp") && !stored.contains("大学 工学部"));
    let n = notes(&r);
    for expected in [
        ("", Problem::Layout("advisor_open_data_short".into())),
        ("ふりがな", Problem::PersonalColumn(PiiKind::Name)),
        ("氏名", Problem::PersonalColumn(PiiKind::Name)),
        ("顔写真", Problem::PersonalColumn(PiiKind::Photo)),
        ("PDF", Problem::PersonalColumn(PiiKind::Link)),
        ("所属・役職", Problem::NameNotKept),
        ("", Problem::NoColumn(Field::SkillList)),
    ] {
        assert!(
            n.contains(&(expected.0, &expected.1)),
            "{expected:?} in {n:?}"
        );
    }
    assert!(n
        .iter()
        .any(|(_, p)| matches!(p, Problem::LevelsInferred(k) if *k > 200)));

    // 「防災,スマートシティ」: two fields, levels inferred from them and marked as such.
    let a = record(&r, "1001");
    assert_eq!(a.domains, ["disaster", "smart_city"]);
    assert_eq!(a.tags, ["防災", "スマートシティ"]);
    assert!(
        !a.skills.is_empty()
            && a.skills
                .keys()
                .all(|k| a.basis.get(k) == Some(&Basis::Inferred))
    );
    assert!(
        a.skills.values().all(|l| l == "c" || l == "d"),
        "conservative levels only"
    );
    // Advisers are sent nationwide, on site or online.
    assert_eq!(a.coverage, Coverage::Nationwide);
    assert!(a.modes.onsite && a.modes.online);
    // A tag broken over two lines in one cell, and one with full-width letters, are read.
    assert!(record(&r, "1004")
        .tags
        .iter()
        .any(|t| t.starts_with("自治体システム調達")));
    assert!(record(&r, "1005")
        .tags
        .iter()
        .any(|t| t.starts_with("ネットワークインフラ")));
    // An empty cell: imported, matched on what there is, and said so on its row.
    let line_of_1003 = 4;
    assert!(r
        .warnings
        .iter()
        .any(|w| w.line == line_of_1003 && w.problem == Problem::NoSkills));
    // The base is read from a municipality named in the affiliation (「多可町 DX推進室 …」).
    assert_eq!(record(&r, "1002").base_prefecture, Some(28));
    assert_eq!(record(&r, "1002").affiliation, "municipal_staff");
}

#[cfg(feature = "xlsx")]
#[test]
fn the_same_list_as_a_workbook_with_a_title_row_imports_the_same_people() {
    use dxm_domain::import::xlsx::read_xlsx;
    let (_, _, t) = read_xlsx(&fixture("advisors-fy2025.xlsx"), "").unwrap();
    assert_eq!(
        t.header_line, 3,
        "the title row above the header is set aside"
    );
    let r = import(&t, &ImportOptions::default());
    let from_csv = import(&csv("advisors-fy2025.csv"), &ImportOptions::default());
    assert_eq!(r.records, from_csv.records);
    assert!(r
        .warnings
        .iter()
        .any(|w| w.problem == Problem::SkippedTitle && w.line == 1));
    assert!(r.warnings.iter().any(|w| w.problem == Problem::SkippedNote));
}

#[cfg(feature = "xlsx")]
#[test]
fn the_older_long_form_reads_its_base_expertise_and_message() {
    use dxm_domain::import::xlsx::read_xlsx;
    let (_, _, t) = read_xlsx(&fixture("advisors-long-h31.xlsx"), "").unwrap();
    let m = suggest_for_table(&t, cat());
    // Header cells with line breaks are recognised.
    assert_eq!(m[6], Field::Domains, "{}", t.headers[6]);
    assert_eq!(m[7], Field::Summary);
    assert_eq!(m[8], Field::Personal(PiiKind::Link));
    assert_eq!([&m[5], &m[9], &m[10]], [&Field::Expertise; 3]);
    let r = import(&t, &ImportOptions::default());
    assert!(r.is_ok(), "{:?}", r.errors);
    assert!(r.records.len() >= 200);
    assert!(notes(&r).contains(&("", &Problem::Layout("advisor_open_data_long".into()))));
    let first = record(&r, "H31-001");
    assert_eq!(first.domains, ["disaster", "smart_city"]);
    assert!(first.base_prefecture.is_some());
    // The career text is read for key terms, never stored; the message to municipalities is.
    let stored = serde_json::to_string(&r.records).unwrap();
    assert!(!stored.contains("より現職") && !stored.contains("https://"));
    assert!(!first.summary_ja.is_empty());
    assert!(r
        .warnings
        .iter()
        .all(|w| w.problem != Problem::UnknownDomain));
}

#[test]
fn a_pool_kept_in_excel_imports_without_editing() {
    let t = csv("pref-pool-excel.csv");
    assert_eq!(t.header_line, 3, "two title rows above the header");
    let m = suggest_for_table(&t, cat());
    assert_eq!(m[5], Field::Onsite);
    assert_eq!(m[6], Field::Online);
    assert_eq!(m[8], Field::Days, "「勤務可能日数」, not 「勤務形態」");
    assert_eq!(
        m[9],
        Field::Period,
        "「出向可能期間」 is a period, not an area"
    );
    let opts = ImportOptions {
        default_programme: Some("pref_pool".into()),
        ..Default::default()
    };
    let r = import(&t, &opts);
    assert!(r.is_ok(), "{:?}", r.errors);
    assert_eq!(
        r.records.len(),
        220,
        "the notes below the table are not people"
    );
    assert_eq!(
        r.warnings
            .iter()
            .filter(|w| w.problem == Problem::SkippedNote)
            .count(),
        2
    );

    let text = String::from_utf8(fixture("pref-pool-excel.csv")).unwrap();
    let rows: Vec<Vec<String>> = dxm_domain::csv::parse(&text)
        .unwrap()
        .into_iter()
        .map(|r| r.fields)
        .collect();
    let row = |id: &str| rows.iter().find(|r| r[0] == id).unwrap();
    for rec in &r.records {
        let cells = row(&rec.id);
        // ○ / ◯ / 可 are yes, × / 不可 are no; a blank beside a ○ is a no.
        let yes = |c: &str| matches!(c, "○" | "◯" | "可");
        let no = |c: &str| matches!(c, "×" | "不可");
        let (on, off) = (cells[5].as_str(), cells[6].as_str());
        if yes(on) && (no(off) || off.is_empty()) {
            assert!(
                rec.modes.onsite && !rec.modes.online,
                "{} {on} {off}",
                rec.id
            );
        }
        if no(on) && yes(off) {
            assert!(
                !rec.modes.onsite && rec.modes.online,
                "{} {on} {off}",
                rec.id
            );
        }
        // Two 人材類型 in one cell joined by 「・」 are both kept.
        if cells[2] == "プロジェクトマネージャー・エンジニア" {
            assert_eq!(rec.personas, ["project_manager", "engineer"]);
        }
        // Full-width digits.
        if cells[10].starts_with('１') || cells[10].starts_with('２') {
            assert!(rec.experience_years >= 10, "{} {}", rec.id, cells[10]);
        }
        if cells[8] == "週１～２日程度" {
            assert_eq!(rec.days, Some(DaysBand::Week1To2));
        }
        // 「兵庫県・近隣県」: Hyogo and the prefectures next to it, and the report says which.
        if cells[4] == "兵庫県・近隣県" {
            assert_eq!(
                rec.coverage,
                Coverage::Prefectures {
                    codes: vec![26, 27, 28, 31, 33, 36]
                }
            );
        }
        // Nobody's contact details are kept.
        assert!(!rec.summary_ja.contains("example.jp"));
    }
    let line = |id: &str| {
        text.lines()
            .position(|l| l.starts_with(id))
            .map(|i| i + 1)
            .unwrap()
    };
    // A value read only in part is reported on its row: one of two 人材類型 kept.
    let partial = r
        .records
        .iter()
        .find(|x| row(&x.id)[2] == "データサイエンティスト・エンジニア")
        .unwrap();
    assert_eq!(partial.personas, ["engineer"]);
    assert!(r.warnings.iter().any(|w| w.line == line(&partial.id)
        && w.problem == Problem::UnknownPersona
        && w.value == "データサイエンティスト"));
    assert!(r
        .warnings
        .iter()
        .any(|w| w.problem == Problem::NearbyRead && w.value.contains("京都府")));
    // Qualifications back levels in full; the rest are inferred from 得意分野.
    let q = r
        .records
        .iter()
        .find(|x| x.qualifications.contains(&"ipa_sc".to_owned()))
        .unwrap();
    let profiles = resolve_all("pool", std::slice::from_ref(q), &cat().refs(), false).unwrap();
    let se01 = cat().standard.idx("SE01").unwrap().get();
    assert!(profiles[0].levels[se01] >= Level::C);
    assert_eq!(profiles[0].basis[se01], Basis::Qualification);
}

/// A 防災 and セキュリティ project: fields chosen, security items required, a few desirable.
fn bousai_security() -> Assessment {
    let mut a = Assessment::new("a", "防災・セキュリティ", 2025);
    a.context.lgcode = Some(282_090); // 豊岡市
    a.context.project = "防災情報システムの更新とセキュリティ対策".into();
    for code in ["SE01", "SE02", "SE03"] {
        a.set_need(code, Level::C);
        a.set_priority(code, Priority::Required);
    }
    for code in ["DA01", "TE11"] {
        a.set_need(code, Level::C);
        a.set_priority(code, Priority::Desirable);
    }
    a
}

#[test]
fn a_bousai_and_security_project_ranks_the_right_advisers_first() {
    let r = import(&csv("advisors-fy2025.csv"), &ImportOptions::default());
    let profiles = resolve_all("advisers", &r.records, &cat().refs(), false).unwrap();
    let ix = ProfileIndex::build(cat(), &profiles);
    let a = bousai_security();
    let q = Query::compile(cat(), &ix, &a, &a.matching);
    let ranking = rank(&ix, &q, profiles.len());
    let top: Vec<&dxm_domain::profile::Profile> = ranking
        .top
        .iter()
        .take(10)
        .map(|m| &profiles[m.profile as usize])
        .collect();
    for p in &top {
        assert!(
            p.domains.iter().any(|d| d == "disaster" || d == "security"),
            "{} {:?} in the top 10",
            p.id,
            p.tags
        );
    }
    // 「自治体セキュリティ,個人情報保護,計画策定支援」 comes before 「防災,スマートシティ」: it closes
    // some of the required security gap, the other only the fields.
    let pos = |id: &str| {
        ranking
            .top
            .iter()
            .position(|m| profiles[m.profile as usize].id == id)
            .unwrap()
    };
    assert!(pos("1002") < pos("1001"));
    // An adviser whose only data is 「防災,スマートシティ」 still ranks in the upper part for a
    // 防災 project, well above people with no field at all (who score 0).
    assert!(pos("1001") < profiles.len() / 4, "1001 at {}", pos("1001"));
    let none = pos("1003");
    assert_eq!(ranking.top[none].score_milli, 0);
    assert!(pos("1001") < none);
    // The explanation says the closed levels were inferred from field tags.
    let e = explain(cat(), &ix, &q, ranking.top[pos("1002")].profile as usize);
    assert!(e.rests_on_inferred());
    assert!(e
        .closed()
        .chain(e.partial())
        .all(|c| c.basis == Basis::Inferred));
    // The project's name alone speaks of 防災 and セキュリティ: with no field chosen, they are
    // its topics.
    assert_eq!(
        dxm_domain::matching::topics(cat(), &a),
        ["disaster", "security"]
    );
}

#[test]
fn an_imported_list_exported_for_excel_and_read_again_keeps_where_levels_come_from() {
    let r = import(&csv("advisors-fy2025.csv"), &ImportOptions::default());
    let out = dxm_domain::export::profiles_csv(cat(), &r.records);
    assert!(out.contains("（推定）"));
    let t = table_from_csv(&out).unwrap();
    let back = validate(
        &t,
        &dxm_domain::import::suggest_mapping(&t.headers, cat()),
        cat(),
        &ImportOptions::default(),
    );
    assert!(back.is_ok(), "{:?}", back.errors);
    for (a, b) in back.records.iter().zip(&r.records) {
        assert_eq!(
            (&a.id, &a.skills, &a.basis, &a.domains),
            (&b.id, &b.skills, &b.basis, &b.domains)
        );
    }
}

#[test]
fn a_user_corrects_inferred_levels_and_they_then_count_in_full() {
    let r = import(&csv("advisors-fy2025.csv"), &ImportOptions::default());
    let mut set = dxm_domain::library::StoredSet {
        id: "advisers".into(),
        name: "アドバイザー".into(),
        source: "advisors-fy2025.csv".into(),
        as_of: String::new(),
        imported_ms: 0,
        enabled: true,
        fictional: true,
        standard: cat().standard.edition(),
        records: r.records.clone(),
    };
    let a = record(&r, "1001");
    let shown = a.item_levels(&cat().standard);
    assert_eq!(shown.len(), cat().standard.len(), "every item is shown");
    let inferred: Vec<&str> = shown
        .iter()
        .filter(|(_, l, b)| *l > Level::Z && *b == Basis::Inferred)
        .map(|(c, _, _)| c.as_str())
        .collect();
    assert_eq!(inferred.len(), a.skills.len());

    // Left as shown: nothing to save, unless the user confirms the inferred levels.
    let mut edited: Vec<(String, Level)> = shown.iter().map(|(c, l, _)| (c.clone(), *l)).collect();
    assert!(a.corrections(&edited, false).is_empty());
    let confirmed = a.corrections(&edited, true);
    assert_eq!(
        confirmed
            .iter()
            .map(|(c, _)| c.as_str())
            .collect::<Vec<_>>(),
        inferred
    );

    // One level raised by the user: only that item changes, and it is the user's from then on.
    let raised = inferred[0].to_owned();
    edited.iter_mut().find(|(c, _)| *c == raised).unwrap().1 = Level::A;
    let changes = a.corrections(&edited, false);
    assert_eq!(changes, [(raised.clone(), Level::A)]);
    assert!(set.correct_levels("1001", &changes));
    let after = set.records.iter().find(|x| x.id == "1001").unwrap();
    assert_eq!(after.skills.get(&raised), Some("a"));
    assert_eq!(after.basis[&raised], Basis::Confirmed);
    assert_eq!(
        after
            .basis
            .values()
            .filter(|b| **b == Basis::Inferred)
            .count(),
        inferred.len() - 1
    );
    assert!(!set.correct_levels("no-such-person", &changes));
}
