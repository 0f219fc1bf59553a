//! Presets → assessment → gap → score, with worked examples computed by hand.

use dxm_domain::profile::{Coverage, Profile};
use dxm_domain::programme::Modes;
use dxm_domain::{rank, Assessment, Band, Catalog, GapReport, Level, Priority, Weights};

fn cat() -> Catalog {
    Catalog::builtin().unwrap()
}

fn profile(c: &Catalog, id: &str, skills: &[(&str, Level)]) -> Profile {
    let mut levels = vec![Level::Z; c.standard.len()];
    for (code, l) in skills {
        levels[c.standard.idx(code).unwrap().get()] = *l;
    }
    Profile {
        id: id.into(),
        programme: "chiiki_joho_advisor".into(),
        personas: vec!["producer".into()],
        levels,
        domains: vec![],
        affiliation: "it_company".into(),
        base_prefecture: 13,
        coverage: Coverage::Nationwide,
        modes: Modes {
            onsite: true,
            online: true,
        },
        experience_years: 10,
        qualifications: vec![],
        track_record: 0,
        summary_ja: String::new(),
        summary_en: String::new(),
        sample: true,
    }
}

/// BT01: need a (4), required, have c (2) → gap 2, weight 3 → 6
/// DA01: need b (3), desirable, have z (0) → gap 3, weight 1 → 3
/// PS01: need c, required, have c → no gap
/// Total weighted gap 9.
fn worked_assessment() -> Assessment {
    let mut a = Assessment::new("a1", "test", 2026);
    a.update("BT01", |r| {
        r.need = Level::A;
        r.priority = Priority::Required;
        r.have = Some(Level::C);
    });
    a.update("DA01", |r| r.need = Level::B);
    a.update("PS01", |r| {
        r.need = Level::C;
        r.priority = Priority::Required;
        r.have = Some(Level::C);
    });
    a
}

#[test]
fn gap_per_item_and_category() {
    let c = cat();
    let g = GapReport::new(&c.standard, &worked_assessment());
    assert_eq!(g.rows.len(), 3);
    let open = g.open_gaps();
    let codes: Vec<&str> = open
        .iter()
        .map(|r| c.standard.item(r.item).id.as_str())
        .collect();
    assert_eq!(codes, ["BT01", "DA01"], "required first, then desirable");
    assert_eq!(open[0].gap(), 2);
    let all: Vec<&str> = g
        .rows_by_gap()
        .iter()
        .map(|r| c.standard.item(r.item).id.as_str())
        .collect();
    assert_eq!(
        all,
        ["BT01", "DA01", "PS01"],
        "open gaps, then the need already met"
    );
    assert_eq!(open[1].gap(), 3);
    let bt = &g.categories[0];
    assert_eq!(
        (
            bt.needed_items,
            bt.required_items,
            bt.gap_items,
            bt.need_sum,
            bt.have_sum,
            bt.gap_sum
        ),
        (1, 1, 1, 4, 2, 2)
    );
    assert_eq!(bt.met_percent(), 50);
    assert_eq!(g.categories[1].met_percent(), 0);
    assert_eq!(g.categories[2].met_percent(), 0, "nothing needed");
    let ps = &g.categories[4];
    assert_eq!((ps.needed_items, ps.gap_items, ps.gap_sum), (1, 0, 0));
    assert_eq!(g.total_gap(), 5);
}

#[test]
fn have_above_need_is_no_gap_and_is_capped_in_category_sums() {
    let c = cat();
    let mut a = Assessment::new("a", "t", 2026);
    a.update("TE01", |r| {
        r.need = Level::D;
        r.have = Some(Level::A);
    });
    let g = GapReport::new(&c.standard, &a);
    assert_eq!(g.rows[0].gap(), 0);
    assert_eq!(g.categories[2].have_sum, 1);
    assert!(g.open_gaps().is_empty());
    assert!(
        rank(&g, &c.profiles.profiles, Weights::default()).is_empty(),
        "no gap, nothing to rank"
    );
}

#[test]
fn worked_example_scores_bands_and_explanations() {
    let c = cat();
    let g = GapReport::new(&c.standard, &worked_assessment());
    let ps = vec![
        profile(&c, "P3-none", &[("TE01", Level::A)]),
        profile(&c, "P2-bt-only", &[("BT01", Level::A)]),
        profile(&c, "P1-mixed", &[("BT01", Level::B), ("DA01", Level::A)]),
        profile(
            &c,
            "P4-all",
            &[("BT01", Level::A), ("DA01", Level::B), ("PS01", Level::A)],
        ),
    ];
    let r = rank(&g, &ps, Weights::default());
    let order: Vec<(&str, u8, Band)> = r
        .iter()
        .map(|m| (ps[m.profile].id.as_str(), m.score, m.band))
        .collect();
    // P4: (3·2 + 1·3)/9 = 100. P1: (3·1 + 1·3)/9 = 66.7. P2: (3·2)/9 = 66.7, tie broken by id.
    assert_eq!(
        order,
        [
            ("P4-all", 100, Band::Best),
            ("P1-mixed", 67, Band::Good),
            ("P2-bt-only", 67, Band::Good),
            ("P3-none", 0, Band::NoMatch)
        ]
    );
    assert_eq!(r[1].score_milli, 66_666);

    let p1 = &r[1];
    let closed: Vec<&str> = p1
        .closed()
        .map(|i| c.standard.item(i.item).id.as_str())
        .collect();
    let partial: Vec<&str> = p1
        .partial()
        .map(|i| c.standard.item(i.item).id.as_str())
        .collect();
    assert_eq!(closed, ["DA01"]);
    assert_eq!(partial, ["BT01"]);
    assert_eq!(
        p1.items.iter().map(|i| i.points_milli).collect::<Vec<_>>(),
        [33_333, 33_333]
    );
    let left: Vec<&str> = r[3]
        .left()
        .map(|i| c.standard.item(i.item).id.as_str())
        .collect();
    assert_eq!(left, ["BT01", "DA01"]);
    // P1 misses one required step of BT01 (3/9 = 33.3 points); P3 would gain most from BT01 (6/9).
    let raise = p1.what_would_raise(3);
    assert_eq!(raise.len(), 1);
    assert_eq!(
        (
            c.standard.item(raise[0].item).id.as_str(),
            raise[0].missing_points_milli()
        ),
        ("BT01", 33_333)
    );
    let raise = r[3].what_would_raise(3);
    let gains: Vec<(&str, u32)> = raise
        .iter()
        .map(|i| {
            (
                c.standard.item(i.item).id.as_str(),
                i.missing_points_milli(),
            )
        })
        .collect();
    assert_eq!(gains, [("BT01", 66_666), ("DA01", 33_333)]);
    assert!(
        r[0].what_would_raise(3).is_empty(),
        "a perfect match has nothing left to raise"
    );
}

#[test]
fn weights_change_the_balance() {
    let c = cat();
    let g = GapReport::new(&c.standard, &worked_assessment());
    let ps = vec![
        profile(&c, "bt", &[("BT01", Level::A)]),
        profile(&c, "da", &[("DA01", Level::B)]),
    ];
    let equal = rank(
        &g,
        &ps,
        Weights {
            required: 1,
            desirable: 1,
        },
    );
    // Equal weights: BT01 closes 2 of 5 steps (40), DA01 closes 3 of 5 (60).
    assert_eq!(
        (
            ps[equal[0].profile].id.as_str(),
            equal[0].score,
            equal[1].score
        ),
        ("da", 60, 40)
    );
    let heavy = rank(
        &g,
        &ps,
        Weights {
            required: 5,
            desirable: 1,
        },
    );
    // Required ×5: BT01 10 of 13 (77), DA01 3 of 13 (23).
    assert_eq!(
        (
            ps[heavy[0].profile].id.as_str(),
            heavy[0].score,
            heavy[1].score
        ),
        ("bt", 77, 23)
    );
}

#[test]
fn ranking_is_deterministic_and_does_not_depend_on_input_order() {
    let c = cat();
    let mut a = Assessment::new("a", "t", 2026);
    a.apply_presets(
        &c.standard,
        &[
            c.presets.persona("engineer").unwrap(),
            c.presets.persona("producer").unwrap(),
        ],
    );
    let g = GapReport::new(&c.standard, &a);
    let ids = |ps: &[Profile]| -> Vec<(String, u32)> {
        rank(&g, ps, Weights::default())
            .iter()
            .map(|m| (ps[m.profile].id.clone(), m.score_milli))
            .collect()
    };
    let forward = ids(&c.profiles.profiles);
    let mut reversed = c.profiles.profiles.clone();
    reversed.reverse();
    assert_eq!(forward, ids(&reversed));
    assert_eq!(forward, ids(&c.profiles.profiles));
    assert_eq!(forward.len(), 340);
    assert!(forward
        .windows(2)
        .all(|w| w[0].1 > w[1].1 || (w[0].1 == w[1].1 && w[0].0 < w[1].0)));
    assert!(
        forward[0].1 > 50_000,
        "some sample closes most of an engineer+producer gap"
    );
}

#[test]
fn raising_a_level_on_a_gap_item_never_lowers_the_score() {
    let c = cat();
    let g = GapReport::new(&c.standard, &worked_assessment());
    for bt in [Level::Z, Level::D, Level::C, Level::B, Level::A] {
        let mut prev = 0;
        for da in [Level::Z, Level::D, Level::C, Level::B, Level::A] {
            let p = profile(&c, "x", &[("BT01", bt), ("DA01", da)]);
            let s = rank(&g, std::slice::from_ref(&p), Weights::default())[0].score_milli;
            assert!(s >= prev, "BT01 {bt} DA01 {da}: {s} < {prev}");
            prev = s;
        }
    }
}

#[test]
fn presets_merge_by_max_level_and_required_wins() {
    let c = cat();
    let mut a = Assessment::new("a", "t", 2026);
    a.update("BT06", |r| r.have = Some(Level::B));
    let producer = c.presets.persona("producer").unwrap();
    let pm = c.presets.persona("project_manager").unwrap();
    let changed = a.apply_presets(&c.standard, &[producer]);
    assert_eq!(changed, producer.needs.len());
    // Producer asks BT06 c (desirable); project manager asks BT06 a (required).
    assert_eq!(
        (a.rating("BT06").need, a.rating("BT06").priority),
        (Level::C, Priority::Desirable)
    );
    a.apply_presets(&c.standard, &[pm]);
    assert_eq!(
        (
            a.rating("BT06").need,
            a.rating("BT06").priority,
            a.rating("BT06").have
        ),
        (Level::A, Priority::Required, Some(Level::B))
    );
    // Producer asks BT03 a; project manager's c must not lower it.
    assert_eq!(a.rating("BT03").need, Level::A);
    assert_eq!(a.presets, ["producer", "project_manager"]);
    assert_eq!(
        a.apply_presets(&c.standard, &[pm]),
        0,
        "applying again changes nothing"
    );
    assert_eq!(a.presets.len(), 2, "applying twice records it once");
    a.clear_needs();
    assert_eq!(a.rated_count(), 0);
    assert!(a.presets.is_empty());
    assert_eq!(
        a.ratings.len(),
        1,
        "only BT06, which has an in-house level, remains"
    );
    assert_eq!(a.rating("BT06").have, Some(Level::B));
    // Resetting an item to blank removes it from the saved map.
    a.update("BT06", |r| *r = Default::default());
    assert!(!a.ratings.contains_key("BT06"));
}

#[test]
fn assessment_survives_a_json_round_trip_and_keeps_unknown_items_visible() {
    let c = cat();
    let mut a = worked_assessment();
    a.context.lgcode = Some(11002);
    let json = serde_json::to_string(&a).unwrap();
    let back: Assessment = serde_json::from_str(&json).unwrap();
    assert_eq!(a, back);
    a.update("XX99", |r| r.need = Level::B);
    let (dense, unknown) = a.dense(&c.standard);
    assert_eq!(unknown, ["XX99"]);
    assert_eq!(dense[c.standard.idx("BT01").unwrap().get()].need, Level::A);
}
