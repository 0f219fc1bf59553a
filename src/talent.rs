//! The talent profiles the app matches against, laid out once for the matching engine: the
//! built-in fictional samples (unless hidden), the publisher's packs and the imported lists.
//! Rebuilt only when the lists change.
//!
//! For load tests and benchmarks the page can be opened with `?synthetic=N` (1–50,000): N
//! fictional profiles are generated in the browser instead, and the UI says so.

use crate::deferred::Deferred;
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

/// Lays the profiles out. Called through a pointer the deferred data's chunk hands over
/// (src/deferred.rs), so that this code, too, is fetched only with the data.
pub type LayOut = fn(&Catalog, &Library, Option<usize>, u32) -> Talent;

/// `?synthetic=N` profiles, or the samples and lists.
pub fn lay_out(cat: &Catalog, lib: &Library, synthetic: Option<usize>, generation: u32) -> Talent {
    match synthetic {
        Some(n) => generated(cat, n, generation),
        None => build(cat, lib, generation),
    }
}

impl Talent {
    /// Before the data is loaded (no screen shows it).
    fn empty(generation: u32) -> Talent {
        Talent {
            profiles: Vec::new(),
            index: ProfileIndex::default(),
            synthetic: false,
            samples_only: true,
            has_samples: false,
            skipped: Vec::new(),
            generation,
        }
    }
}

fn generated(cat: &Catalog, n: usize, generation: u32) -> Talent {
    let profiles = samples::synthetic(cat, n);
    let index = ProfileIndex::build(cat, &profiles);
    Talent {
        profiles,
        index,
        synthetic: true,
        samples_only: false,
        has_samples: false,
        skipped: Vec::new(),
        generation,
    }
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

/// Provides the talent signal: laid out when a screen first asks (the start screen does not),
/// once the deferred data is loaded (empty before), then again whenever the lists change; or,
/// for `?synthetic=N`, generated once.
pub fn provide(data: Deferred, lib: Library) -> TalentSignal {
    let synthetic = synthetic_count();
    let generation = StoredValue::new(0u32);
    let talent = Memo::new_with_compare(
        move |_| {
            let g = generation.get_value();
            generation.set_value(g + 1);
            Arc::new(match data.full() {
                Some((cat, lay_out)) => lay_out(cat, &lib, synthetic, g),
                None => Talent::empty(g),
            })
        },
        // Every rebuild is a change (the profiles are not compared).
        |_, _| true,
    );
    talent.into()
}

pub fn use_talent() -> TalentSignal {
    expect_context::<TalentSignal>()
}
