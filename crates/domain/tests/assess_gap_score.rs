//! Presets → assessment → gap, with worked examples computed by hand.

use dxm_domain::{Assessment, Catalog, GapReport, Level, Priority};

fn cat() -> Catalog {
    Catalog::builtin().unwrap()
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
