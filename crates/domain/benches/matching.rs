//! Native benchmarks of the matching engine, printed as `BENCH <name> <value> <unit>`:
//!
//!   score_10k_native   compile the query and rank 10,000 synthetic profiles against a
//!                      49-item assessment, keeping the top 20 (median of many runs)
//!   team_10k_native    the team recommended after a ranking of the 10,000 (greedy: 8,270
//!                      candidates), as the matches page does after every edit
//!   team_exact_60x4_native  exact team for 60 candidates, k = 4
//!   import_10k_native  read and validate a 10,000-row CSV in the template's layout
//!   records_read_10k_native  the page's part of importing them: the 10,000 validated records
//!                      read back from the JSON the import worker writes
//!   prefecture_demand_179_native  demand map, supply against demand and plan for the 179
//!                      municipalities of 北海道 against 1,000 synthetic profiles
//!
//! Run with `cargo bench -p dxm-domain --bench matching` (make bench runs it).

use dxm_domain::matching::{rank, recommend, ProfileIndex, Query};
use dxm_domain::{samples, Catalog};
use std::hint::black_box;
use std::time::Instant;

fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    // Warmed up for a while, not once: after idling this machine runs the first tenth of a
    // second or so markedly slower (0.38 ms against 0.21 ms for score_10k_native).
    let warm = Instant::now();
    f();
    while warm.elapsed().as_millis() < 300 {
        f();
    }
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
    let q = Query::compile(&cat, &ix, &a, &a.matching);
    let r = rank(&ix, &q, 20);
    let ms = median_ms(21, || {
        black_box(recommend(&cat, &ix, &q, &r));
    });
    println!("BENCH team_10k_native {ms:.3} ms");

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

    let csv = import_csv_10k(&cat);
    let opts = dxm_domain::import::ImportOptions::default();
    let ms = median_ms(5, || {
        let t = dxm_domain::import::table_from_csv(&csv).expect("reads");
        let m = dxm_domain::import::suggest_mapping(&t.headers, &cat);
        let r = dxm_domain::import::validate(&t, &m, &cat, &opts);
        assert_eq!((r.rows, r.error_count), (10_000, 0));
        black_box(r);
    });
    println!("BENCH import_10k_native {ms:.3} ms");

    let t = dxm_domain::import::table_from_csv(&csv).expect("reads");
    let m = dxm_domain::import::suggest_mapping(&t.headers, &cat);
    let written = dxm_domain::library::WrittenRecords::write(
        &dxm_domain::import::validate(&t, &m, &cat, &opts).records,
    );
    let ms = median_ms(11, || {
        black_box(written.read(0..written.len()).expect("reads back"));
    });
    println!("BENCH records_read_10k_native {ms:.3} ms");

    let municipalities = samples::synthetic_assessments(&cat, 1, 2026);
    let refs: Vec<&dxm_domain::Assessment> = municipalities.iter().collect();
    let pool = samples::synthetic(&cat, 1_000);
    let ix = ProfileIndex::build(&cat, &pool);
    let ms = median_ms(21, || {
        black_box(dxm_domain::prefecture::analyse(
            &cat,
            &ix,
            &refs,
            dxm_domain::prefecture::plan::DEFAULT_CAPACITY,
        ));
    });
    println!("BENCH prefecture_demand_179_native {ms:.3} ms");
}

/// The template's example rows repeated to 10,000 people with distinct ids.
fn import_csv_10k(cat: &Catalog) -> String {
    let examples: Vec<_> = samples::generate(&cat.standard, &cat.presets, &cat.geography)
        .profiles
        .into_iter()
        .take(3)
        .collect();
    let template = dxm_domain::export::profiles_csv(cat, &examples);
    let mut lines = template.split("\r\n").filter(|l| !l.is_empty());
    let header = lines.next().expect("a header");
    let rows: Vec<&str> = lines.collect();
    let mut out = format!("{header}\r\n");
    for n in 0..10_000 {
        let row = rows[n % rows.len()];
        let rest = row.split_once(',').map_or("", |(_, r)| r);
        out.push_str(&format!("B-{n:05},{rest}\r\n"));
    }
    out
}
