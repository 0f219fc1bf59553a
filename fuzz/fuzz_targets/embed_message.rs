#![no_main]
//! Any text as a message from the embedding portal (the JSON that `shell/embedding.rs` gets
//! from `JSON.stringify(event.data)`): `dxm:hello`, `dxm:load` with a pack and/or an assessment,
//! anything else. Called as the app calls it (built-in catalogue, the samples' ids taken), then,
//! for what loads, the profiles laid out again and `dxm:results` built for the loaded
//! assessment, as the app reports it to the host.

#[path = "common.rs"]
mod common;

use dxm_domain::embed::{
    self, is_hello, parse_host_message, results, ResultTexts, HOST_PACK_ID, MAX_EXCLUDED,
    MAX_RANKED,
};
use dxm_domain::library::taken_ids;
use dxm_domain::matching::{rank, Query};
use libfuzzer_sys::fuzz_target;

const NEW_ID: &str = "a-new";

fuzz_target!(|data: &[u8]| {
    let cat = common::cat();
    let Ok(text) = std::str::from_utf8(data) else {
        // JSON.stringify always gives text; bytes that are not UTF-8 cannot arrive.
        return;
    };
    let hello = is_hello(text);
    let taken = taken_ids(cat, &[], Some(HOST_PACK_ID));
    let Some(parsed) = parse_host_message(text, cat, &taken, NEW_ID) else {
        return;
    };
    // A hello is never a load (the app answers it and stops).
    assert!(!hello, "a message is both dxm:hello and dxm:load");
    let load = match parsed {
        Ok(load) => load,
        Err((_, e)) => {
            assert!(matches!(
                e.code(),
                "version" | "empty" | "pack" | "assessment"
            ));
            let _ = e.to_string();
            return;
        }
    };
    assert!(load.pack.is_some() || load.assessment.is_some());
    let mut sets = Vec::new();
    if let Some(set) = load.pack {
        assert_eq!(set.id, HOST_PACK_ID);
        // The host's ids never take the samples' ids.
        for r in &set.records {
            assert!(
                taken.binary_search(&r.id).is_err(),
                "pack reuses id {}",
                r.id
            );
        }
        sets.push(set);
    }
    let (profiles, ix, skipped) = common::talent(&sets, false);
    // A pack that was accepted is one the app can use.
    assert!(skipped.is_empty(), "an accepted pack does not resolve");
    let a = match load.assessment {
        Some(a) => {
            assert_eq!(a.id, NEW_ID);
            a
        }
        None => common::preset_assessment(),
    };
    let q = Query::compile(cat, &ix, &a, &a.matching);
    let ranking = rank(&ix, &q, MAX_RANKED);
    let band = |b| format!("{b:?}");
    let exclusion = |e| format!("{e:?}");
    let out = results(
        &a,
        &profiles,
        &ix,
        &q,
        &ranking,
        &ResultTexts {
            band: &band,
            exclusion: &exclusion,
        },
    );
    assert_eq!(out.version, embed::VERSION);
    assert_eq!(out.feasible + out.excluded_total, profiles.len());
    assert!(out.matching <= out.feasible);
    assert_eq!(out.ranking.len(), out.feasible.min(MAX_RANKED));
    assert_eq!(out.excluded.len(), out.excluded_total.min(MAX_EXCLUDED));
    assert!(out.ranking.windows(2).all(|w| w[0].score >= w[1].score));
    assert!(out.ranking.iter().all(|r| r.score <= 100));
    assert!(out.excluded.iter().all(|e| !e.reasons.is_empty()));
    serde_json::to_string(&out).expect("dxm:results serialises");
});
