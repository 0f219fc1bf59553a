//! Self-assessment depth: staff tiers, the review lists, comparing two assessments, programme
//! fit and the 「求める人材像」 sheet.

use dxm_domain::assessment::StaffTier;
use dxm_domain::compare::{compare, GapChange};
use dxm_domain::fit::{programme_fits, Fit, FitReason};
use dxm_domain::sheet::{render, Sheet, SheetText, Style};
use dxm_domain::{Assessment, Catalog, GapReport, Lang, Level, Priority};

fn cat() -> Catalog {
    Catalog::builtin().unwrap()
}

fn need(a: &mut Assessment, code: &str, level: Level, priority: Priority) {
    a.set_need(code, level);
    a.set_priority(code, priority);
}

#[test]
fn staff_tiers_lift_the_overall_level_and_hold_it_up() {
    let mut a = Assessment::new("a", "t", 2026);
    need(&mut a, "TE08", Level::A, Priority::Required);
    assert_eq!(a.rating("TE08").have, None, "not entered is not z");
    assert_eq!(a.have_missing_count(), 1);
    a.set_staff("TE08", StaffTier::Leader, Level::C);
    assert_eq!(a.rating("TE08").have, Some(Level::C));
    a.set_staff("TE08", StaffTier::General, Level::D);
    assert_eq!(
        a.rating("TE08").have,
        Some(Level::C),
        "a lower tier does not lower the overall level"
    );
    a.set_have("TE08", Some(Level::D));
    assert_eq!(
        a.rating("TE08").have,
        Some(Level::C),
        "cannot go below the DX leader's c"
    );
    a.set_have("TE08", Some(Level::B));
    assert_eq!(a.rating("TE08").have, Some(Level::B));
    a.set_have("TE08", None);
    assert_eq!(
        a.rating("TE08").have,
        Some(Level::C),
        "clearing falls back to the tiers' maximum"
    );
    assert_eq!(a.rating("TE08").staff.get(StaffTier::Leader), Level::C);
    assert_eq!(a.have_missing_count(), 0);

    let c = cat();
    let g = GapReport::new(&c.standard, &a);
    assert_eq!(
        (g.rows[0].have, g.rows[0].gap(), g.rows[0].have_entered),
        (Level::C, 2, true)
    );

    // Entering z explicitly is an answer ("nobody has it"), unlike leaving it empty.
    a.set_staff("TE08", StaffTier::Leader, Level::Z);
    a.set_staff("TE08", StaffTier::General, Level::Z);
    a.set_have("TE08", Some(Level::Z));
    assert_eq!(a.rating("TE08").have, Some(Level::Z));
    assert!(GapReport::new(&c.standard, &a).rows[0].have_entered);
}

#[test]
fn review_lists_required_needs_without_in_house_level_and_empty_categories() {
    let c = cat();
    let mut a = Assessment::new("a", "t", 2026);
    need(&mut a, "BT01", Level::A, Priority::Required);
    need(&mut a, "BT02", Level::B, Priority::Required);
    need(&mut a, "PS01", Level::C, Priority::Desirable);
    a.set_have("BT02", Some(Level::Z));
    let g = GapReport::new(&c.standard, &a);
    let missing: Vec<&str> = g
        .required_without_have()
        .iter()
        .map(|r| c.standard.item(r.item).id.as_str())
        .collect();
    assert_eq!(
        missing,
        ["BT01"],
        "BT02 has an answer (z); PS01 is only desirable"
    );
    assert_eq!(
        g.empty_categories(),
        [1, 2, 3],
        "データ活用, テクノロジー, セキュリティ have no needs yet"
    );
    let bt = &g.categories[0];
    assert_eq!(
        (bt.have_missing, bt.avg_need_milli(), bt.avg_have_milli()),
        (1, 3500, 0)
    );
    assert_eq!(g.categories[4].avg_need_milli(), 2000);
}

#[test]
fn comparing_two_assessments_names_each_change() {
    let c = cat();
    let mut before = Assessment::new("a", "R7", 2025);
    need(&mut before, "BT01", Level::A, Priority::Required); // gap 4 → closed
    need(&mut before, "BT02", Level::B, Priority::Required); // gap 3 → narrowed to 1
    need(&mut before, "BT03", Level::C, Priority::Desirable); // gap 2 → widened to 4
    need(&mut before, "BT04", Level::C, Priority::Desirable); // gap 2 → same gap, now required
    need(&mut before, "BT05", Level::C, Priority::Desirable); // unchanged
    before.set_have("BT05", Some(Level::C));
    let mut after = before.duplicate("b", "R8", 1);
    after.fiscal_year = 2026;
    after.set_have("BT01", Some(Level::A));
    after.set_have("BT02", Some(Level::C));
    after.set_need("BT03", Level::A);
    after.set_priority("BT04", Priority::Required);
    need(&mut after, "TE01", Level::D, Priority::Desirable); // new need → opened
    let cmp = compare(&c.standard, &before, &after);
    let changes: Vec<(&str, GapChange, u8, u8)> = cmp
        .items
        .iter()
        .map(|i| {
            (
                c.standard.item(i.item).id.as_str(),
                i.change,
                i.gap_before(),
                i.gap_after(),
            )
        })
        .collect();
    assert_eq!(
        changes,
        [
            ("BT01", GapChange::Closed, 4, 0),
            ("BT02", GapChange::Narrowed, 3, 1),
            ("BT03", GapChange::Widened, 2, 4),
            ("BT04", GapChange::Same, 2, 2),
            ("TE01", GapChange::Opened, 0, 1),
        ]
    );
    assert_eq!((cmp.total_before, cmp.total_after), (11, 8));
    assert_eq!(
        (cmp.categories[0].gap_before, cmp.categories[0].gap_after),
        (11, 7)
    );
    assert_eq!(cmp.count(GapChange::Closed), 1);
    assert!(compare(&c.standard, &before, &before).items.is_empty());
}

fn fit_of(fits: &[dxm_domain::fit::ProgrammeFit<'_>], id: &str) -> (Fit, Vec<FitReason>) {
    let f = fits.iter().find(|f| f.programme.id == id).unwrap();
    (f.fit, f.reasons.clone())
}

#[test]
fn programme_fit_follows_organisation_population_and_needs() {
    let c = cat();
    let mut a = Assessment::new("a", "t", 2026);
    a.context.lgcode = Some(11002); // 札幌市: a municipality outside the metropolitan prefectures
    a.context.personas = vec!["producer".into()];
    a.context.population_band = Some("ge300k".into());
    a.context.domains = vec!["front_yard".into()];
    a.apply_presets(&c.standard, &[c.presets.persona("producer").unwrap()]);
    let g = GapReport::new(&c.standard, &a);
    let fits = programme_fits(&c, &a, &g);
    assert_eq!(fit_of(&fits, "gaibu_jinzai_list").0, Fit::Suitable);
    assert!(fit_of(&fits, "gaibu_jinzai_list")
        .1
        .contains(&FitReason::OngoingRole));
    assert_eq!(
        fit_of(&fits, "kigyojin"),
        (Fit::Suitable, vec![FitReason::OutsideMetropolitan])
    );
    // The population limit is not confirmed by its sources: conditional, never inapplicable.
    assert_eq!(
        fit_of(&fits, "chihososei_jinzai"),
        (Fit::Conditional, vec![FitReason::PopulationAbove(50_000)])
    );
    assert_eq!(
        fit_of(&fits, "pref_pool"),
        (Fit::Suitable, vec![FitReason::PrefecturePool])
    );
    assert_eq!(
        fit_of(&fits, "pool_partner").0,
        Fit::NotApplicable,
        "a prefecture hosts secondees, not a city"
    );
    assert_eq!(
        fit_of(&fits, "dx_advisor"),
        (
            Fit::Suitable,
            vec![FitReason::ShortTermAdvice, FitReason::FieldsChosen(0)]
        )
    );
    assert!(
        fits.windows(2).all(|w| w[0].fit <= w[1].fit),
        "best fit first"
    );

    // 横浜市 lies in a metropolitan prefecture; a small town fits 地方創生人材支援制度.
    a.context.lgcode = Some(141003);
    a.context.population_band = Some("lt10k".into());
    let fits = programme_fits(&c, &a, &g);
    assert_eq!(
        fit_of(&fits, "kigyojin"),
        (Fit::Conditional, vec![FitReason::MetropolitanException])
    );
    assert_eq!(
        fit_of(&fits, "chihososei_jinzai"),
        (Fit::Suitable, vec![FitReason::PopulationWithin(50_000)])
    );

    // The prefecture itself runs the pool and hosts secondees.
    a.context.lgcode = Some(10006);
    a.context.population_band = None;
    let fits = programme_fits(&c, &a, &g);
    assert_eq!(
        fit_of(&fits, "pref_pool"),
        (Fit::Conditional, vec![FitReason::PrefectureRunsPool])
    );
    assert_eq!(fit_of(&fits, "pool_partner").0, Fit::Suitable);
    assert_eq!(
        fit_of(&fits, "chihososei_jinzai"),
        (
            Fit::Conditional,
            vec![
                FitReason::NotForPrefectures,
                FitReason::PopulationUnknown(50_000)
            ]
        )
    );
    // 地域情報化アドバイザー is open to prefectures too (地方公共団体).
    assert_eq!(fit_of(&fits, "chiiki_joho_advisor").0, Fit::Suitable);
    // 外部人材リスト's 特別交付税 is for municipalities' CIO補佐官等 (confirmed): not for a prefecture.
    assert_eq!(fit_of(&fits, "gaibu_jinzai_list").0, Fit::NotApplicable);
}

fn labels(t: SheetText) -> String {
    match t {
        SheetText::Title => "求める人材像".into(),
        SheetText::FiscalYear(y) => format!("{y}年度"),
        SheetText::RequiredSkills => "必須のスキル".into(),
        SheetText::DesirableSkills => "あれば望ましいスキル".into(),
        SheetText::NoSkillGap => "不足しているスキルはありません".into(),
        SheetText::LevelWord => "レベル".into(),
        SheetText::Inferred => "推定".into(),
        other => format!("<{other:?}>"),
    }
}

#[test]
fn sheet_lists_the_people_and_skills_needed() {
    let c = cat();
    let mut a = Assessment::new("a", "t", 2026);
    a.context.lgcode = Some(11002);
    a.context.project = "窓口DX".into();
    a.context.personas = vec!["producer".into()];
    a.apply_presets(&c.standard, &[c.presets.persona("producer").unwrap()]);
    need(&mut a, "TE08", Level::B, Priority::Required); // not in the producer preset
    a.set_have("BT01", Some(Level::A)); // no gap: must not be asked for
    let sheet = Sheet::build(&c, &a);
    assert_eq!(sheet.personas.len(), 1);
    let producer = &sheet.personas[0];
    assert!(!producer.inferred);
    let req: Vec<&str> = producer
        .required
        .iter()
        .map(|l| c.standard.item(l.item).id.as_str())
        .collect();
    assert!(req.contains(&"BT03") && !req.contains(&"BT01"), "{req:?}");
    assert_eq!(
        sheet
            .other_required
            .iter()
            .map(|l| c.standard.item(l.item).id.as_str())
            .collect::<Vec<_>>(),
        ["TE08"]
    );
    assert_eq!(
        sheet.required_items().len(),
        a.required_count() - 1,
        "every required gap, BT01 excluded"
    );

    let md = render(&sheet, &c, Lang::Ja, Style::Markdown, &labels);
    assert!(md.starts_with("# 求める人材像 — 札幌市 窓口DX\n"), "{md}");
    assert!(md.contains("### プロデューサー（CIO補佐官等）"));
    assert!(
        md.contains("- 変革マネジメント — レベルa（高い実践力と専門性が必要）"),
        "{md}"
    );
    assert!(md.contains("- クラウドインフラ活用 — レベルb（一定の実践力と専門性が必要）"));
    assert!(
        !md.contains("ビジネス戦略策定・実行 —"),
        "met needs are not requested"
    );
    assert!(
        md.contains("https://dx-navi.soumu.go.jp/support/advisor"),
        "sources are cited"
    );
    let text = render(&sheet, &c, Lang::Ja, Style::Text, &labels);
    assert!(!text.contains('#') && !text.contains("**"));
    assert!(text.contains("・変革マネジメント — レベルa"));
    let en = render(&sheet, &c, Lang::En, Style::Markdown, &labels);
    assert!(
        en.contains(
            "- Change management — レベルa (High practical ability and expertise required)"
        ),
        "{en}"
    );
    assert!(en.contains("Hokkaido 札幌市 (011002)"), "{en}");
    assert!(md.contains("北海道 札幌市（011002）"), "{md}");
}

#[test]
fn sheet_infers_personas_when_none_were_chosen_and_says_when_nothing_is_missing() {
    let c = cat();
    let mut a = Assessment::new("a", "t", 2026);
    a.apply_presets(&c.standard, &[c.presets.persona("engineer").unwrap()]);
    let sheet = Sheet::build(&c, &a);
    assert_eq!(sheet.personas[0].persona.id, "engineer");
    assert!(sheet.personas.iter().all(|p| p.inferred) && sheet.personas.len() <= 2);

    let empty = Sheet::build(&c, &Assessment::new("b", "t", 2026));
    assert!(empty.is_empty() && empty.personas.is_empty());
    assert!(render(&empty, &c, Lang::Ja, Style::Markdown, &labels)
        .contains("不足しているスキルはありません"));
}
