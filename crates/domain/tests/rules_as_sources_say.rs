//! Programme rules exactly as their sources say, and the score's order as the product promises:
//! required before desirable, inferred levels at a discount, people without levels matched on
//! what they have, equal scores in a meaningful order. Plus the rule file's first format, rules
//! a publisher adds, the list of 地域活性化起業人 exceptions, and the edition of the standard.

use dxm_domain::catalog::{DataTexts, BUILTIN};
use dxm_domain::matching::{
    explain, rank, recommend, Engagement, EngagementMode, Exclusion, LimitNote, ProfileIndex,
    Query, RequiredRule, Weights, REQUIRED_CAP_MILLI, REQUIRED_FLOOR_MILLI,
};
use dxm_domain::profile::{Basis, Profile};
use dxm_domain::programme::{ProgrammeSet, RuleKind, Status};
use dxm_domain::{Assessment, Catalog, Level, Priority};

mod common;

fn cat() -> &'static Catalog {
    static CAT: std::sync::OnceLock<Catalog> = std::sync::OnceLock::new();
    CAT.get_or_init(|| Catalog::builtin().unwrap())
}

fn person(id: &str, programme: &str, skills: &[(&str, Level, Basis)]) -> Profile {
    let c = cat();
    let mut p = Profile {
        personas: vec![],
        affiliation: "other".into(),
        base_prefecture: None,
        experience_years: 0,
        sample: false,
        ..common::profile(c, id, programme, &[])
    };
    for (code, l, b) in skills {
        let i = c.standard.idx(code).unwrap().get();
        p.levels[i] = *l;
        p.basis[i] = *b;
    }
    p
}

fn need(a: &mut Assessment, code: &str, level: Level, p: Priority) {
    a.set_need(code, level);
    a.set_priority(code, p);
}

/// (id, score) best first.
fn ranking(a: &Assessment, ps: &[Profile]) -> Vec<(String, u32)> {
    let ix = ProfileIndex::build(cat(), ps);
    let q = Query::compile(cat(), &ix, a, &a.matching);
    rank(&ix, &q, ps.len())
        .top
        .iter()
        .map(|m| (ps[m.profile as usize].id.clone(), m.score_milli))
        .collect()
}

#[test]
fn a_profile_closing_every_required_gap_ranks_above_one_closing_none() {
    // The case that used to tie: one required item of two steps (3 × 2 = 6) against three
    // desirable items of two steps (1 × 2 × 3 = 6), and the id decided.
    let mut a = Assessment::new("a", "t", 2025);
    need(&mut a, "BT01", Level::C, Priority::Required);
    for code in ["DA01", "DA02", "DA03"] {
        need(&mut a, code, Level::C, Priority::Desirable);
    }
    let ps = [
        person(
            "A-desirable",
            "chiiki_joho_advisor",
            &[
                ("DA01", Level::C, Basis::Declared),
                ("DA02", Level::C, Basis::Declared),
                ("DA03", Level::C, Basis::Declared),
            ],
        ),
        person(
            "Z-required",
            "chiiki_joho_advisor",
            &[("BT01", Level::C, Basis::Declared)],
        ),
    ];
    let r = ranking(&a, &ps);
    assert_eq!(r[0].0, "Z-required");
    assert!(
        r[0].1 >= REQUIRED_FLOOR_MILLI && r[1].1 <= REQUIRED_CAP_MILLI,
        "{r:?}"
    );
    let ix = ProfileIndex::build(cat(), &ps);
    let q = Query::compile(cat(), &ix, &a, &a.matching);
    assert_eq!(
        explain(cat(), &ix, &q, 0).required,
        RequiredRule::NoneClosed
    );
    assert_eq!(explain(cat(), &ix, &q, 1).required, RequiredRule::AllClosed);
}

#[test]
fn inferred_levels_count_at_the_documented_discount() {
    assert_eq!(cat().crosswalk.inferred_percent, 50);
    let mut a = Assessment::new("a", "t", 2025);
    need(&mut a, "SE01", Level::C, Priority::Required);
    a.matching.weights = Weights {
        persona_points: 0,
        domain_points: 0,
        logistics_points: 0,
        ..Weights::default()
    };
    let ps = [
        person(
            "declared",
            "chiiki_joho_advisor",
            &[("SE01", Level::C, Basis::Declared)],
        ),
        person(
            "inferred",
            "chiiki_joho_advisor",
            &[("SE01", Level::C, Basis::Inferred)],
        ),
        person(
            "qualified",
            "chiiki_joho_advisor",
            &[("SE01", Level::C, Basis::Qualification)],
        ),
    ];
    let r = ranking(&a, &ps);
    // Declared and qualification-backed levels count in full; an inferred one half — and it
    // does not earn the floor of a profile that closes every required gap.
    assert_eq!(r[0].1, 100_000);
    assert_eq!(r[1].1, 100_000);
    assert_eq!(r[2], ("inferred".into(), 50_000));
    let ix = ProfileIndex::build(cat(), &ps);
    let q = Query::compile(cat(), &ix, &a, &a.matching);
    let e = explain(cat(), &ix, &q, 1);
    assert_eq!(e.items[0].basis, Basis::Inferred);
    assert_eq!(
        e.items[0].missing_points_milli(),
        50_000,
        "confirming it would add the rest"
    );
    assert_eq!(e.required, RequiredRule::None);
}

#[test]
fn people_without_levels_rank_on_fields_and_equal_scores_in_a_meaningful_order() {
    let mut a = Assessment::new("a", "t", 2025);
    a.context.lgcode = Some(282_090); // 豊岡市, 兵庫県
    a.context.domains = vec!["disaster".into()];
    need(&mut a, "SE03", Level::C, Priority::Required);
    let mut fields = person("Z-disaster", "chiiki_joho_advisor", &[]);
    fields.domains = vec!["disaster".into()];
    let mut near = person("Y-near", "chiiki_joho_advisor", &[]);
    near.base_prefecture = Some(28);
    let mut region = person("X-region", "chiiki_joho_advisor", &[]);
    region.base_prefecture = Some(27);
    let nothing = person("A-nothing", "chiiki_joho_advisor", &[]);
    let mut experienced = person("B-record", "chiiki_joho_advisor", &[]);
    experienced.track_record = 12;
    let ps = [nothing, experienced, region, near, fields];
    let r = ranking(&a, &ps);
    let ids: Vec<&str> = r.iter().map(|(id, _)| id.as_str()).collect();
    // Only the field fits (and scores); the others score 0, nearest first, then the one with a
    // record of support, then by id — not by id alone.
    assert_eq!(
        ids,
        ["Z-disaster", "Y-near", "X-region", "B-record", "A-nothing"]
    );
    assert!(r[0].1 > 0 && r[0].1 <= REQUIRED_CAP_MILLI);
    assert!(r[1..].iter().all(|(_, s)| *s == 0));
}

#[test]
fn the_advisers_rules_are_per_case_with_both_sources_shown() {
    let adv = cat().programmes.get("chiiki_joho_advisor").unwrap();
    let onsite = adv.rule(RuleKind::OnsiteDaysPerCase).unwrap();
    assert_eq!(onsite.max, Some(3));
    assert_eq!(adv.max_of(RuleKind::OnlineHoursPerCase), Some(10));
    // The programme's page, and the 2024 paper that said 「年間3回」: both quoted, the older one
    // marked as differing; the page is the rule applied.
    let sources: Vec<(&str, bool)> = onsite
        .quotes
        .iter()
        .map(|q| (q.source.as_str(), q.differs))
        .collect();
    assert_eq!(
        sources,
        [("dxnavi_advisor", false), ("soumu_20240312", true)]
    );
    assert!(onsite.quotes[1].ja.contains("年間3回"));
    assert!(onsite.quotes[0].ja.contains("1件につき最大3日"));
    assert!(adv.has_conflict());
    let once = adv.rule(RuleKind::OncePerProjectYear).unwrap();
    assert_eq!(once.status, Status::Confirmed);
    // Prefectures are 地方公共団体 too.
    use dxm_domain::programme::Applicant;
    assert!(adv.eligibility.applicants.contains(&Applicant::Prefecture));
    // What applying takes, with its sources: monthly April–December, a report within a week.
    let steps: String = adv.apply.iter().map(|s| s.note.ja.as_str()).collect();
    assert!(steps.contains("4月から12月まで毎月") && steps.contains("1週間以内"));

    // The sheet shows both sources' words with their dates.
    let mut a = Assessment::new("a", "t", 2025);
    a.context.lgcode = Some(282_090);
    need(&mut a, "BT01", Level::B, Priority::Required);
    let sheet = dxm_domain::sheet::Sheet::build(cat(), &a);
    let md = dxm_domain::sheet::render(
        &sheet,
        cat(),
        dxm_domain::Lang::Ja,
        dxm_domain::sheet::Style::Markdown,
        &|t| format!("<{t:?}>"),
    );
    assert!(
        md.contains("現地派遣は年間3回まで")
            && md.contains("1件（1事業・1アドバイザー）につき最大3日")
    );
    assert!(md.contains("<SourcesDiffer>") && md.contains("2024-03-12"));
    assert!(
        md.contains("近畿総合通信局"),
        "the contact named for 豊岡市"
    );
}

#[test]
fn a_prefecture_may_use_the_advisers_and_gets_a_case_plan() {
    let mut a = Assessment::new("a", "t", 2025);
    a.context.lgcode = Some(280_003); // 兵庫県
    need(&mut a, "BT01", Level::B, Priority::Required);
    let ps = [person(
        "adv",
        "chiiki_joho_advisor",
        &[("BT01", Level::B, Basis::Declared)],
    )];
    let ix = ProfileIndex::build(cat(), &ps);
    let q = Query::compile(cat(), &ix, &a, &a.matching);
    let r = rank(&ix, &q, 5);
    assert_eq!((r.feasible, r.excluded), (1, 0));
    let team = recommend(cat(), &ix, &q, &r).unwrap();
    assert_eq!(
        team.members[0].engagement,
        Engagement::OnsiteCase { days: 3 }
    );
}

#[test]
fn the_first_file_format_still_reads() {
    let v1 = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/programmes-v1.json"
    ))
    .unwrap();
    let set = ProgrammeSet::from_json("programmes-2025.json", &v1).unwrap();
    assert!(set.converted_from_v1);
    let adv = set.get("chiiki_joho_advisor").unwrap();
    assert_eq!(adv.max_of(RuleKind::OnsiteDaysPerCase), Some(3));
    assert_eq!(adv.max_of(RuleKind::OnlineHoursPerCase), Some(10));
    assert!(adv.has(RuleKind::OncePerProjectYear));
    // What the file listed as unverified stays unverified.
    let kigyo = set.get("kigyojin").unwrap();
    assert!(kigyo.rules.iter().all(|r| r.status.is_unverified()));
    assert!(kigyo.costs.iter().all(|c| c.status.is_unverified()));
    assert_eq!(
        set.get("gaibu_jinzai_list")
            .unwrap()
            .max_of(RuleKind::PersonsCovered),
        Some(3)
    );
    // A catalogue loads with it.
    let texts = DataTexts {
        programmes: Box::leak(v1.into_boxed_str()),
        ..BUILTIN
    };
    assert!(Catalog::load(&texts).is_ok());
}

fn with_programmes(edit: impl FnOnce(&mut serde_json::Value)) -> Catalog {
    let mut v: serde_json::Value = serde_json::from_str(BUILTIN.programmes).unwrap();
    edit(&mut v);
    let text: &'static str = Box::leak(v.to_string().into_boxed_str());
    Catalog::load(&DataTexts {
        programmes: text,
        ..BUILTIN
    })
    .unwrap()
}

fn programme<'v>(v: &'v mut serde_json::Value, id: &str) -> &'v mut serde_json::Value {
    v["programmes"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|p| p["id"] == id)
        .unwrap()
}

#[test]
fn a_publisher_may_add_rules_of_kinds_the_app_does_not_know() {
    let c = with_programmes(|v| {
        programme(v, "chiiki_joho_advisor")["rules"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({ "kind": "team_days_per_case", "max": 5, "ja": "チームで派遣する場合は1件につき延べ5日まで" }));
    });
    let adv = c.programmes.get("chiiki_joho_advisor").unwrap();
    let i = adv
        .rules
        .iter()
        .position(|r| r.kind == "team_days_per_case")
        .unwrap();
    let mut a = Assessment::new("a", "t", 2025);
    need(&mut a, "BT01", Level::B, Priority::Required);
    let mut p = person(
        "adv",
        "chiiki_joho_advisor",
        &[("BT01", Level::B, Basis::Declared)],
    );
    p.levels[c.standard.idx("BT01").unwrap().get()] = Level::B;
    let ix = ProfileIndex::build(&c, std::slice::from_ref(&p));
    let q = Query::compile(&c, &ix, &a, &a.matching);
    // Shown on the card with its words; never a reason to exclude.
    assert_eq!(rank(&ix, &q, 5).excluded, 0);
    assert!(explain(&c, &ix, &q, 0)
        .limits
        .contains(&LimitNote::Rule(i as u8)));
    // A kind the app does not know must say what it means.
    let mut v: serde_json::Value = serde_json::from_str(BUILTIN.programmes).unwrap();
    programme(&mut v, "dx_advisor")["rules"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({ "kind": "mystery" }));
    let e = ProgrammeSet::from_json("p.json", &v.to_string()).unwrap_err();
    assert!(e.to_string().contains("needs \"ja\""), "{e}");
    // A quote must name one of the programme's sources.
    let mut v: serde_json::Value = serde_json::from_str(BUILTIN.programmes).unwrap();
    programme(&mut v, "dx_advisor")["rules"][0]["quotes"][0]["source"] = "nowhere".into();
    let e = ProgrammeSet::from_json("p.json", &v.to_string()).unwrap_err();
    assert!(e.to_string().contains("unknown source"), "{e}");
}

#[test]
fn the_exceptions_of_the_entrepreneur_programme_come_from_a_publisher_list() {
    let mut a = Assessment::new("a", "t", 2025);
    need(&mut a, "BT01", Level::B, Priority::Required);
    let ps = [person(
        "k",
        "kigyojin",
        &[("BT01", Level::B, Basis::Declared)],
    )];
    let excluded = |c: &Catalog, a: &Assessment| {
        let ix = ProfileIndex::build(c, &ps);
        let q = Query::compile(c, &ix, a, &a.matching);
        dxm_domain::matching::exclusions(&ix, &q, 0)
    };
    // Built-in: no list of ②, so 豊岡市 (兵庫県) is asked to confirm, not excluded.
    a.context.lgcode = Some(282_090);
    assert_eq!(excluded(cat(), &a), []);
    // A publisher's list of ②: 豊岡市 is on it, 西宮市 is not.
    let c = with_programmes(|v| {
        let k = programme(v, "kigyojin");
        let source = k["sources"][0]["id"].clone();
        k["eligibility"]["exceptions"] =
            serde_json::json!({ "lgcodes": [282090], "as_of": "2026-04-01", "source": source });
    });
    assert_eq!(excluded(&c, &a), []);
    a.context.lgcode = Some(282_049);
    assert_eq!(excluded(&c, &a), [Exclusion::MetropolitanArea]);
    // The user who knows better may still declare the exception.
    a.matching.metropolitan_exception = true;
    assert_eq!(excluded(&c, &a), []);
    // Outside the metropolitan areas: eligible (①).
    a.matching.metropolitan_exception = false;
    a.context.lgcode = Some(11_002); // 札幌市
    assert_eq!(excluded(&c, &a), []);
}

/// What the user may turn into a hard rule: only what no source confirms, or what turns on a
/// list nobody supplied.
#[test]
fn the_user_may_apply_only_what_is_not_confirmed() {
    let keys = |c: &Catalog, id: &str| -> Vec<String> {
        let p = c.programmes.get(id).unwrap();
        p.strict_choices().into_iter().map(|(k, _)| k).collect()
    };
    // The advisers' limits are confirmed by their page: nothing to choose.
    assert_eq!(keys(cat(), "chiiki_joho_advisor"), Vec::<String>::new());
    // Without a list of ②, who may apply to 起業人 is the user's to confirm.
    assert!(keys(cat(), "kigyojin").contains(&"kigyojin/eligibility".to_owned()));
    // Unverified limits that would exclude someone are offered with their keys.
    let k = keys(cat(), "chihososei_jinzai");
    assert!(
        k.contains(&"chihososei_jinzai/population_max".to_owned()),
        "{k:?}"
    );
    // With the publisher's list of ② the question is settled.
    let c = with_programmes(|v| {
        let k = programme(v, "kigyojin");
        let source = k["sources"][0]["id"].clone();
        k["eligibility"]["exceptions"] =
            serde_json::json!({ "lgcodes": [282090], "as_of": "2026-04-01", "source": source });
    });
    assert!(!keys(&c, "kigyojin").contains(&"kigyojin/eligibility".to_owned()));
}

#[test]
fn saved_work_records_the_edition_of_the_standard() {
    use dxm_domain::standard::BUILTIN_EDITION;
    assert_eq!(cat().standard.edition(), BUILTIN_EDITION);
    assert_eq!(Assessment::new("a", "t", 2025).standard, BUILTIN_EDITION);
    // Saved before the edition was recorded: the only edition there was.
    let old: Assessment =
        serde_json::from_str(r#"{"id":"a","name":"t","fiscal_year":2025}"#).unwrap();
    assert_eq!(old.standard, BUILTIN_EDITION);
    let set: dxm_domain::library::StoredSet =
        serde_json::from_str(r#"{"id":"l","name":"n","records":[]}"#).unwrap();
    assert_eq!(set.standard, BUILTIN_EDITION);
    // Another edition is not read as this one: no migration is known yet.
    assert!(cat().standard.migrate_from(BUILTIN_EDITION).is_ok());
    let e = cat().standard.migrate_from("dss-p-common@2.0").unwrap_err();
    assert_eq!(e.to.as_str(), BUILTIN_EDITION);
}

#[test]
fn links_of_the_first_version_still_open() {
    // Made by the app before per-case budgets (2 visits and 6 hours "used", 1 CIO appointed).
    let v1 = "ATEEBxEJB-oAKvoFAQAAAAABAAMAAAMBRgoKCv__AAF8cHxwe3JzcHBwcHByc3BwcHJ7cHBwcHBwcHBwcHBwcHBycHB7e3JwcnBwfHx8c3NzAAIAAAIABgAAAwAAAAABABbku6Tlkow45bm05bqmIOeqk-WPo0RYG-ODleODreODs-ODiOODpOODvOODieaUuemdqVjo";
    let a = dxm_domain::share::decode(cat(), v1, "x").unwrap();
    assert_eq!(a.name, "令和8年度 窓口DX");
    assert_eq!(a.matching.mode, EngagementMode::Onsite);
    assert_eq!(a.matching.usage("gaibu_jinzai_list").persons, 1);
    // The yearly counters of the adviser programme meant nothing: dropped.
    assert!(!a.matching.usage.contains_key("chiiki_joho_advisor"));
    // Links made now carry the rules the user made hard.
    let mut b = a.clone();
    b.matching
        .set_strict("chihososei_jinzai/population_max", true);
    let back =
        dxm_domain::share::decode(cat(), &dxm_domain::share::encode(cat(), &b), "x").unwrap();
    assert_eq!(back.matching.strict, ["chihososei_jinzai/population_max"]);
}
