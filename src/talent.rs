//! The talent profiles the app matches against, laid out once for the matching engine.
//!
//! Normally the built-in fictional samples. For load tests and benchmarks the page can be
//! opened with `?synthetic=N` (1–50,000): N fictional profiles are generated in the browser
//! instead, and the UI says so.

use dxm_domain::matching::ProfileIndex;
use dxm_domain::profile::Profile;
use dxm_domain::{samples, Catalog};
use leptos::prelude::*;

pub struct Talent {
    pub profiles: Vec<Profile>,
    pub index: ProfileIndex,
    /// Generated for a load test rather than the built-in sample set.
    pub synthetic: bool,
}

pub type TalentRef = &'static Talent;

const MAX_SYNTHETIC: usize = 50_000;

fn synthetic_count() -> Option<usize> {
    let search = window().location().search().ok()?;
    let value = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|kv| kv.strip_prefix("synthetic="))?;
    value
        .parse::<usize>()
        .ok()
        .filter(|n| (1..=MAX_SYNTHETIC).contains(n))
}

pub fn load(cat: &'static Catalog) -> TalentRef {
    let (profiles, synthetic) = match synthetic_count() {
        Some(n) => (samples::synthetic(cat, n), true),
        None => (cat.profiles.profiles.clone(), false),
    };
    let index = ProfileIndex::build(cat, &profiles);
    Box::leak(Box::new(Talent {
        profiles,
        index,
        synthetic,
    }))
}

pub fn use_talent() -> TalentRef {
    expect_context::<TalentRef>()
}
