//! Native benchmarks of the matching engine, printed as `BENCH <name> <value> <unit>`:
//!
//!   score_10k_native   compile the query and rank 10,000 synthetic profiles against a
//!                      49-item assessment, keeping the top 20 (median of many runs)
//!   team_exact_60x4_native  exact team for 60 candidates, k = 4
//!
//! Run with `cargo bench -p dxm-domain --bench matching` (make bench runs it).

use dxm_domain::matching::{rank, recommend, ProfileIndex, Query};
use dxm_domain::{samples, Catalog};
use std::hint::black_box;
use std::time::Instant;

fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    f(); // warm-up
    let mut t: Vec<f64> = (0..runs)
        .map(|_| {
            let s = Instant::now();
            f();
            s.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    t.sort_by(f64::total_cmp);
    t[runs / 2]
}

fn main() {
    let cat = Catalog::builtin().expect("built-in data");
    let profiles = samples::synthetic(&cat, 10_000);
    let ix = ProfileIndex::build(&cat, &profiles);
    let a = samples::bench_assessment(&cat);
    let ms = median_ms(301, || {
        let q = Query::compile(&cat, &ix, &a, &a.matching);
        black_box(rank(&ix, &q, 20));
    });
    println!("BENCH score_10k_native {ms:.3} ms");

    let (ix60, a60) = samples::bench_team_case(&cat, 60);
    let q = Query::compile(&cat, &ix60, &a60, &a60.matching);
    let r = rank(&ix60, &q, 20);
    let team = recommend(&cat, &ix60, &q, &r).expect("a team");
    assert!(
        matches!(
            team.method,
            dxm_domain::matching::Method::Exact { candidates: 60 }
        ),
        "{:?}",
        team.method
    );
    let ms = median_ms(21, || {
        black_box(recommend(&cat, &ix60, &q, &r));
    });
    println!("BENCH team_exact_60x4_native {ms:.3} ms");
}
