#![no_main]
//! The prefecture view's planning on untrusted submissions: whatever a file of submissions holds,
//! read and sorted as the view does (the likeliest prefecture and year), then the demand map,
//! supply against demand, the plan (capacity from the input, 1–50) and the council's summary CSV,
//! against the built-in talent. The figures must add up.

#[path = "common.rs"]
mod common;

use dxm_domain::prefecture::intake::{self, likely_settings};
use dxm_domain::prefecture::plan::{MAX_CAPACITY, MAX_PEOPLE};
use dxm_domain::prefecture::summary::{self, Parts};
use dxm_domain::prefecture::{analyse, Analysis, IntakeSettings};
use dxm_domain::text::Lang;
use dxm_domain::Priority;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let cat = common::cat();
    let (_, ix) = common::samples();
    let text = String::from_utf8_lossy(data);
    let entries = intake::read(cat, "submissions.txt", &text, 0);
    let s = likely_settings(cat, &entries).unwrap_or(IntakeSettings {
        prefecture: 1,
        fiscal_year: 2026,
    });
    let x = intake::sort(cat, &entries, s);
    let capacity = (data.len() % usize::from(MAX_CAPACITY + 1)) as u8;
    let assessments = x.assessments();
    let analysis = analyse(cat, ix, &assessments, capacity);
    let Analysis { map, supply, plan } = &analysis;

    // Demand map: one row per municipality counted, and every total is the sum of its parts.
    assert_eq!(map.municipalities.len(), x.accepted.len());
    assert_eq!(map.items.len(), cat.standard.len());
    let (mut req, mut des) = (0u32, 0u32);
    for d in &map.demands {
        assert!(d.gap() > 0, "a demand is an open gap");
        assert!(usize::from(d.municipality) < map.municipalities.len());
        match d.priority {
            Priority::Required => req += u32::from(d.gap()),
            Priority::Desirable => des += u32::from(d.gap()),
        }
    }
    assert_eq!((map.total.required, map.total.desirable), (req, des));
    let by_item = map.items.iter().map(|t| t.total()).sum::<u32>();
    let by_category = map.categories.iter().map(|t| t.total()).sum::<u32>();
    let by_municipality = map
        .municipalities
        .iter()
        .map(|m| m.total.total())
        .sum::<u32>();
    assert_eq!(by_item, map.total.total());
    assert_eq!(by_category, map.total.total());
    assert_eq!(by_municipality, map.total.total());
    assert!(map.total.municipalities as usize <= map.municipalities.len());

    // Supply: nobody closes more than the gap, the pool no more than everyone.
    assert_eq!(supply.gap, map.total.total());
    assert!(supply.closable_by_pool <= supply.closable && supply.closable <= supply.gap);
    for r in &supply.rows {
        assert!(r.covered_by_pool <= r.covered && r.covered <= r.municipalities);
        assert!(r.covered + r.partly <= r.municipalities);
        assert!(r.closable <= r.gap);
        assert!(r.municipalities as usize <= map.municipalities.len());
    }

    // Plan: within its limits, and its groups add up.
    assert!((1..=MAX_CAPACITY).contains(&plan.capacity));
    let objective = if plan.required_only {
        map.total.required
    } else {
        map.total.total()
    };
    assert_eq!(plan.total, objective);
    assert!(plan.closed() <= plan.total);
    assert!(plan.lists_people as usize <= MAX_PEOPLE);
    assert!(plan.recruits_people as usize <= MAX_PEOPLE);
    assert_eq!(
        plan.lists.iter().map(|g| g.people).sum::<u32>(),
        plan.lists_people
    );
    assert_eq!(
        plan.lists.iter().map(|g| g.closed).sum::<u32>(),
        plan.lists_closed
    );
    assert_eq!(
        plan.recruits.iter().map(|g| g.people).sum::<u32>(),
        plan.recruits_people
    );
    assert_eq!(
        plan.recruits.iter().map(|g| g.closed).sum::<u32>(),
        plan.recruits_closed
    );
    let n_m = map.municipalities.len() as u32;
    for g in &plan.lists {
        assert!(g.municipalities <= n_m.min(g.people * u32::from(plan.capacity)));
        assert!(g.programme < cat.programmes.programmes.len());
    }
    for g in &plan.recruits {
        assert!(g.municipalities <= n_m.min(g.people * u32::from(plan.capacity)));
        assert!(g.persona < cat.presets.personas.len());
    }
    let _ = plan.closed_percent();
    let _ = plan.reached_target();

    // The summary for the council: CSV for Excel.
    for lang in [Lang::Ja, Lang::En] {
        let csv = summary::csv(
            cat,
            &Parts {
                intake: &x,
                map,
                supply,
                plan,
            },
            lang,
            &|t| format!("{t:?}"),
        );
        assert!(csv.starts_with('\u{FEFF}') && csv.ends_with("\r\n"));
    }
});
