//! The talent profiles the app matches against, laid out once for the matching engine: the
//! built-in fictional samples (unless hidden), the publisher's packs and the imported lists.
//! Rebuilt only when the lists change.
//!
//! For load tests and benchmarks the page can be opened with `?synthetic=N` (1–50,000): N
//! fictional profiles are generated in the browser instead, and the UI says so.

use crate::library_state::Library;
use dxm_domain::library::compose;
use dxm_domain::matching::ProfileIndex;
use dxm_domain::profile::Profile;
use dxm_domain::{samples, Catalog};
use leptos::prelude::*;
use std::sync::Arc;

pub struct Talent {
    pub profiles: Vec<Profile>,
    pub index: ProfileIndex,
    /// Generated for a load test rather than real lists.
    pub synthetic: bool,
    /// Every profile is a built-in sample (fictional).
    pub samples_only: bool,
    /// Some profiles are built-in samples.
    pub has_samples: bool,
    /// Lists that no longer validate against the data and were left out.
    pub skipped: Vec<String>,
    /// Changes whenever the profiles do: keys views that hold a profile position.
    pub generation: u32,
}

pub type TalentSignal = Signal<Arc<Talent>>;

const MAX_SYNTHETIC: usize = 50_000;

fn synthetic_count() -> Option<usize> {
    crate::config::query_param("synthetic")?
        .parse::<usize>()
        .ok()
        .filter(|n| (1..=MAX_SYNTHETIC).contains(n))
}

fn build(cat: &Catalog, lib: &Library, generation: u32) -> Talent {
    let mut sets = lib.packs.get();
    sets.extend(lib.sets.get());
    let hide = lib.hide_samples.get();
    let (profiles, skipped) = compose(cat, &sets, hide);
    let index = ProfileIndex::build(cat, &profiles);
    let has_samples = profiles.iter().any(|p| p.sample);
    Talent {
        samples_only: profiles.iter().all(|p| p.sample),
        has_samples,
        index,
        profiles,
        synthetic: false,
        skipped,
        generation,
    }
}

/// Provides the talent signal: fixed for `?synthetic=N`, else rebuilt when the lists change.
pub fn provide(cat: &'static Catalog, lib: Library) -> TalentSignal {
    if let Some(n) = synthetic_count() {
        let profiles = samples::synthetic(cat, n);
        let index = ProfileIndex::build(cat, &profiles);
        let t = Talent {
            profiles,
            index,
            synthetic: true,
            samples_only: false,
            has_samples: false,
            skipped: Vec::new(),
            generation: 0,
        };
        return Signal::stored(Arc::new(t));
    }
    // Laid out when a screen first asks (the start screen does not), then again whenever the
    // lists change: opening the app does not wait for it.
    let generation = StoredValue::new(0u32);
    let talent = Memo::new_with_compare(
        move |_| {
            let g = generation.get_value();
            generation.set_value(g + 1);
            Arc::new(build(cat, &lib, g))
        },
        // Every rebuild is a change (the profiles are not compared).
        |_, _| true,
    );
    talent.into()
}

pub fn use_talent() -> TalentSignal {
    expect_context::<TalentSignal>()
}
