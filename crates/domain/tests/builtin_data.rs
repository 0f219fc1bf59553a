//! The built-in data pack: counts and facts from DOMAIN.md, reproducibility of derived files.

use dxm_domain::catalog::{Catalog, BUILTIN};
use dxm_domain::geo::{self, lgcode_is_valid, Locality};
use dxm_domain::level::Level;
use dxm_domain::profile::Coverage;
use dxm_domain::samples;
use std::collections::{BTreeSet, HashMap};

fn cat() -> Catalog {
    Catalog::builtin().expect("built-in data must load")
}

#[test]
fn skill_standard_has_5_categories_12_subcategories_49_items() {
    let c = cat();
    let s = &c.standard;
    assert_eq!(s.categories.len(), 5);
    assert_eq!(s.subcategory_count(), 12);
    assert_eq!(s.len(), 49);
    let per_sub: Vec<usize> = s
        .categories
        .iter()
        .flat_map(|c| c.subcategories.iter().map(|s| s.items.len()))
        .collect();
    assert_eq!(per_sub, [6, 6, 5, 3, 2, 2, 10, 3, 4, 2, 2, 4]);
    let names: Vec<&str> = s.categories.iter().map(|c| c.ja.as_str()).collect();
    assert_eq!(
        names,
        [
            "ビジネス変革",
            "データ活用",
            "テクノロジー",
            "セキュリティ",
            "パーソナルスキル"
        ]
    );
    for item in s.items() {
        assert!(
            !item.ja.is_empty()
                && !item.en.is_empty()
                && !item.desc_ja.is_empty()
                && !item.desc_en.is_empty(),
            "{}",
            item.id
        );
    }
    assert_eq!(
        s.idx("SE01").map(|i| s.item(i).ja.as_str()),
        Some("セキュリティ体制構築・運営")
    );
    assert_eq!(s.descriptor(Level::A).ja, "高い実践力と専門性が必要");
    assert_eq!(s.descriptor(Level::Z).ja, "業務を遂行する上で不要");
    // Category item lists partition the items in order.
    let flat: Vec<usize> = s
        .categories
        .iter()
        .flat_map(|c| c.items.iter().map(|i| i.get()))
        .collect();
    assert_eq!(flat, (0..49).collect::<Vec<_>>());
}

#[test]
fn presets_cover_four_personas_seven_phases_and_the_domains() {
    let c = cat();
    let p = &c.presets;
    let personas: Vec<&str> = p.personas.iter().map(|p| p.ja.as_str()).collect();
    assert_eq!(
        personas,
        [
            "プロデューサー（CIO補佐官等）",
            "プロジェクトマネージャー",
            "サービスデザイナー",
            "エンジニア"
        ]
    );
    let phases: Vec<(&str, &str)> = p
        .phases
        .iter()
        .map(|p| (p.numeral.as_str(), p.ja.as_str()))
        .collect();
    assert_eq!(
        phases,
        [
            ("i", "課題特定"),
            ("ii", "ビジネスモデル企画"),
            ("iii", "プロダクト企画"),
            ("iv", "開発"),
            ("v", "運用・メンテナンス"),
            ("vi", "UXオペレーション"),
            ("vii", "利用")
        ]
    );
    assert_eq!(p.lead(&p.phases[3].lead).map(|l| l.id.as_str()), Some("d"));
    for preset in p.all() {
        assert!(
            preset
                .needs
                .iter()
                .any(|n| n.priority == dxm_domain::Priority::Required),
            "{} has no required need",
            preset.id
        );
    }
    let priority: Vec<&str> = p
        .domains
        .iter()
        .filter(|d| d.group == "priority")
        .map(|d| d.id.as_str())
        .collect();
    assert_eq!(priority.len(), 7);
    assert!(p.domains.len() >= 17);
    let staff: Vec<&str> = p.staff_levels.iter().map(|s| s.ja.as_str()).collect();
    assert_eq!(staff, ["一般行政職員", "DX推進リーダー", "高度専門人材"]);
}

#[test]
fn programme_rule_sets_carry_limits_fiscal_year_and_sources() {
    let c = cat();
    assert_eq!(c.programmes.programmes.len(), 9);
    use dxm_domain::programme::{MunicipalityScope, RuleKind};
    let adv = c.programmes.get("chiiki_joho_advisor").unwrap();
    assert_eq!(adv.max_of(RuleKind::OnsiteDaysPerCase), Some(3));
    assert_eq!(adv.max_of(RuleKind::OnlineHoursPerCase), Some(10));
    assert!(adv.has(RuleKind::OncePerProjectYear));
    let list = c.programmes.get("gaibu_jinzai_list").unwrap();
    assert_eq!(list.max_of(RuleKind::PersonsCovered), Some(3));
    let kigyo = c.programmes.get("kigyojin").unwrap();
    assert_eq!(
        kigyo.eligibility.municipality_scope,
        MunicipalityScope::OutsideMetropolitan
    );
    assert!(kigyo.costs.iter().any(|c| c.status.is_unverified()));
    for p in &c.programmes.programmes {
        assert!(
            p.fiscal_year >= 2024 && !p.sources.is_empty() && !p.as_of.is_empty(),
            "{}",
            p.id
        );
        // Each source is a document or a specific page, never a ministry's home page (a
        // programme's own secretariat site is specific).
        for s in &p.sources {
            let path = s.url.split('/').skip(3).collect::<Vec<_>>().join("/");
            assert!(
                !(s.url.contains(".go.jp") && path.is_empty()),
                "{}: {} is a ministry's home page",
                p.id,
                s.url
            );
        }
    }
}

#[test]
fn municipalities_are_1741_plus_47_prefectures_each_in_one_region() {
    let c = cat();
    let g = &c.geography;
    assert_eq!(g.municipalities.len(), 1741);
    assert_eq!(g.prefectures.len(), 47);
    assert_eq!(g.regions.len(), 11);
    let mut count: HashMap<u8, usize> = HashMap::new();
    for r in &g.regions {
        for &p in &r.prefectures {
            *count.entry(p).or_default() += 1;
        }
    }
    assert_eq!(count.len(), 47);
    assert!(count.values().all(|&n| n == 1));
    assert_eq!(g.region_of(13).unwrap().ja, "関東");
    assert_eq!(
        g.region_of(19).unwrap().ja,
        "関東",
        "山梨 is in 関東総合通信局's area"
    );
    assert_eq!(g.region_of(15).unwrap().ja, "信越");
    assert_eq!(g.region_of(47).unwrap().bureau_ja, "沖縄総合通信事務所");
    assert_eq!(g.municipalities.iter().filter(|m| m.pref == 1).count(), 179);
    assert!(g
        .municipalities
        .iter()
        .all(|m| lgcode_is_valid(m.lgcode) && !m.name.contains(' ')));
    assert_eq!(g.prefecture(1).unwrap().lgcode, 10006);
}

#[test]
fn derived_municipality_files_match_the_localgovjp_source() {
    let src = concat!(env!("CARGO_MANIFEST_DIR"), "/data/source/localgovjp/");
    let pref = std::fs::read_to_string(format!("{src}prefjp-utf8.csv")).unwrap();
    let city = std::fs::read_to_string(format!("{src}localgovjp-utf8.csv")).unwrap();
    let (p, m) = geo::derive_from_localgovjp(&pref, &city).unwrap();
    assert_eq!(
        p, BUILTIN.prefectures,
        "run: cargo run -p dxm-domain --bin dxm-data -- municipalities"
    );
    assert_eq!(
        m, BUILTIN.municipalities,
        "run: cargo run -p dxm-domain --bin dxm-data -- municipalities"
    );
}

#[test]
fn search_finds_by_name_kana_and_code() {
    let c = cat();
    let g = &c.geography;
    let first = |q: &str| g.search(q, 10).first().map(|l| l.name().to_owned());
    assert_eq!(first("札幌").as_deref(), Some("札幌市"));
    assert_eq!(first("さっぽろ").as_deref(), Some("札幌市"));
    assert_eq!(first("サッポロ").as_deref(), Some("札幌市"));
    assert_eq!(first("011002").as_deref(), Some("札幌市"));
    assert_eq!(first("０１１００２").as_deref(), Some("札幌市"));
    assert_eq!(first("01100").as_deref(), Some("札幌市"));
    assert_eq!(first("北海道札幌").as_deref(), Some("札幌市"));
    assert_eq!(first("ほっかいどう").as_deref(), Some("北海道"));
    assert!(matches!(g.search("北海道", 5)[0], Locality::Prefecture(_)));
    let fuchu: Vec<u8> = g
        .search("府中市", 10)
        .iter()
        .map(|l| l.pref_code())
        .collect();
    assert_eq!(fuchu, [13, 34], "both 府中市, in code order");
    assert!(g.search("", 10).is_empty());
    assert!(g.search("存在しない町", 10).is_empty());
    assert_eq!(g.search("市", 7).len(), 7);
    assert_eq!(g.locality(11002).map(|l| l.name()), Some("札幌市"));
}

#[test]
fn sample_profiles_are_reproducible_fictional_and_spread() {
    let c = cat();
    let regenerated = samples::generate(&c.standard, &c.presets, &c.geography);
    assert_eq!(
        samples::to_json_lines(&regenerated),
        BUILTIN.profiles,
        "run: cargo run -p dxm-domain --bin dxm-data -- samples"
    );

    let set = &c.profiles;
    assert!(set.fictional && set.profiles.iter().all(|p| p.sample));
    let by_prog = |id: &str| set.profiles.iter().filter(|p| p.programme == id).count();
    assert_eq!(set.profiles.len(), 340);
    assert_eq!(by_prog("chiiki_joho_advisor"), 240);
    assert_eq!(by_prog("gaibu_jinzai_list"), 40);
    assert_eq!(by_prog("pref_pool"), 60);

    let bases: BTreeSet<u8> = set
        .profiles
        .iter()
        .filter_map(|p| p.base_prefecture)
        .collect();
    assert_eq!(
        bases.len(),
        47,
        "every prefecture hosts at least one profile"
    );
    let pool_bases: BTreeSet<u8> = set
        .profiles
        .iter()
        .filter(|p| p.programme == "pref_pool")
        .filter_map(|p| p.base_prefecture)
        .collect();
    assert_eq!(pool_bases.len(), 47, "every prefecture has a pool member");
    let regions: BTreeSet<usize> = bases
        .iter()
        .filter_map(|&b| c.geography.region_index_of(b))
        .collect();
    assert_eq!(regions.len(), 11);

    for p in set.profiles.iter().filter(|p| p.programme == "pref_pool") {
        let level4 = p
            .qualifications
            .iter()
            .any(|q| c.presets.qualification(q).unwrap().ipa_level == 4);
        assert!(
            p.experience_years >= 5 || level4,
            "{} misses the accelerator requirement",
            p.id
        );
        assert_eq!(
            p.coverage,
            Coverage::Prefectures {
                codes: p.base_prefecture.into_iter().collect()
            }
        );
    }
    // Anonymised: nothing that looks like an e-mail address or a phone number.
    for p in &set.profiles {
        let text = format!("{}{}", p.summary_ja, p.summary_en);
        assert!(!text.contains('@'), "{}", p.id);
        assert!(
            !text
                .chars()
                .collect::<Vec<_>>()
                .windows(10)
                .any(|w| w.iter().all(|c| c.is_ascii_digit() || *c == '-')),
            "{}",
            p.id
        );
        assert!(p.levels.iter().any(|l| *l > Level::Z));
    }
}

/// The web app starts from the core texts and completes the catalogue later: the result must be
/// the catalogue `Catalog::builtin()` gives, and the core alone must already serve the start
/// screen (presets, prefectures) with no municipality and no sample.
#[test]
fn core_then_complete_is_the_builtin_catalogue() {
    use dxm_domain::catalog::CORE;
    let core = Catalog::core(&CORE).expect("core data must load");
    assert!(core.geography.municipalities.is_empty());
    assert_eq!(core.geography.prefectures.len(), 47);
    assert!(core.profiles.profiles.is_empty());
    assert!(!core.presets.personas.is_empty());
    assert!(
        core.crosswalk.tags.is_empty(),
        "the crosswalk comes with the deferred data"
    );
    assert!(
        core.programmes.programmes.is_empty(),
        "so do the programme rules"
    );

    let full = core.complete(&BUILTIN).expect("completes");
    let reference = cat();
    assert_eq!(full.crosswalk.tags.len(), reference.crosswalk.tags.len());
    assert_eq!(full.crosswalk.layouts, reference.crosswalk.layouts);
    let programme_ids = |c: &Catalog| {
        c.programmes
            .programmes
            .iter()
            .map(|p| p.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(programme_ids(&full), programme_ids(&reference));
    assert_eq!(full.programmes.as_of, reference.programmes.as_of);
    assert_eq!(
        full.geography.municipalities,
        reference.geography.municipalities
    );
    let ids = |c: &Catalog| {
        c.profiles
            .profiles
            .iter()
            .map(|p| p.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(&full), ids(&reference));
    assert!(!ids(&full).is_empty());
    assert_eq!(full.profiles.as_of, reference.profiles.as_of);
    // Search works on the completed geography as on the built-in one.
    let hits = |c: &Catalog| {
        c.geography
            .search("さっぽろ", 5)
            .iter()
            .map(|l| l.lgcode())
            .collect::<Vec<_>>()
    };
    assert_eq!(hits(&full), hits(&reference));
    assert!(hits(&full).contains(&11002));
    // The prefecture of a selected organisation is known from its code alone.
    for m in &full.geography.municipalities {
        assert_eq!(geo::prefecture_of(m.lgcode), Some(m.pref), "{}", m.lgcode);
    }
    for p in &full.geography.prefectures {
        assert_eq!(geo::prefecture_of(p.lgcode), Some(p.code));
    }
    assert_eq!(geo::prefecture_of(999_999), None);
}

#[test]
fn the_crosswalk_covers_every_field_tag_of_the_advisers_open_data() {
    let c = cat();
    let cw = &c.crosswalk;
    // The FY2025 tags of 主な対応分野 (DOMAIN.md §7), as the open data writes them.
    let published = [
        "人材（ＤＸ推進のための機運の醸成）",
        "人材（ＤＸに関する知識習得・研修・育成）",
        "計画策定支援",
        "オープンデータ",
        "スマートシティ",
        "地域ビジネス",
        "EBPM（エビデンスに基づく政策立案）",
        "教育情報化／情報教育",
        "プロジェクトマネジメント支援",
        "生成AI活用",
        "働き方",
        "スタートアップ支援（起業支援）",
        "防災",
        "自治体システムの標準化・共通化",
        "ネットワークインフラ（Ｗｉ-Ｆｉ／ＬＰＷＡ／光ネットワーク）",
        "観光",
        "農林水産業",
        "AI活用",
        "自治体セキュリティ",
        "自治体システム調達・\n地域情報プラットフォーム",
        "シェアリングエコノミー",
        "デジタルデバイド対策",
        "行政手続オンライン化",
        "テレワーク",
        "ICT活用広報",
        "マイナンバー",
        "個人情報保護",
        "その他",
        "５Ｇ",
        "人材（外部人材活用）",
        "医療・介護・健康",
        "デジタルアーカイブ／図書館",
        "RPA導入",
        "子育て",
    ];
    assert_eq!(cw.tags.len(), published.len());
    for tag in published {
        let t = cw
            .tag(tag)
            .unwrap_or_else(|| panic!("{tag} is not in the crosswalk"));
        // Every tag maps to something, or says why it does not.
        assert!(
            !t.items.is_empty() || !t.domains.is_empty() || !t.unmapped_ja.is_empty(),
            "{tag}"
        );
        // Conservative: no tag suggests a or b.
        assert!(t.items.iter().all(|s| s.level <= Level::C), "{tag}");
        assert!(t.listed_fy2025 > 0);
    }
    assert!(
        cw.tag("その他").unwrap().items.is_empty()
            && !cw.tag("その他").unwrap().unmapped_ja.is_empty()
    );
    // Written with half-width letters or without the line break, a tag is the same tag.
    assert!(cw
        .tag("ネットワークインフラ（Wi-Fi／LPWA／光ネットワーク）")
        .is_some());
    assert!(cw
        .tag("自治体システム調達・地域情報プラットフォーム")
        .is_some());
    // Free text gives knowledge (d) at most; a qualification, its exam's items.
    assert!(cw
        .terms
        .iter()
        .all(|t| t.items.iter().all(|s| s.level <= Level::D)));
    let sc: Vec<&str> = cw
        .qualification("ipa_sc")
        .iter()
        .map(|s| c.standard.item(s.item).id.as_str())
        .collect();
    assert_eq!(sc, ["SE01", "SE02", "SE05", "SE06"]);
    // 「AI」 is a word, not two letters of "email"; a longer term is not counted twice.
    let names =
        |text: &str| -> Vec<String> { cw.terms_in(text).iter().map(|t| t.term.clone()).collect() };
    assert_eq!(names("email での連絡"), Vec::<String>::new());
    assert_eq!(names("生成AIの活用と防災"), ["生成AI", "防災"]);
    assert_eq!(cw.inferred_percent, 50);
    assert!(cw.standard.contains("dss-p-common"));
    // The layouts the import recognises name programmes that exist.
    let ids: Vec<&str> = cw.layouts.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(ids, ["advisor_open_data_short", "advisor_open_data_long"]);
}
