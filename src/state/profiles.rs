//! The talent profiles laid out for the matching engine: the built-in fictional samples (unless
//! hidden), the publisher's packs and the imported lists, or `?synthetic=N` generated ones.

use crate::state::library::Library;
use dxm_domain::library::compose;
use dxm_domain::matching::ProfileIndex;
use dxm_domain::profile::Profile;
use dxm_domain::{samples, Catalog};
use leptos::prelude::*;

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

/// Lays the profiles out. Called through a pointer the deferred data's chunk hands over
/// (src/state/deferred.rs), so that this code, too, is fetched only with the data.
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
    pub(crate) fn empty(generation: u32) -> Talent {
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
    let hide = lib.hide_samples.get();
    // Read in place: a list may hold 10,000 people, not worth a copy.
    let (profiles, skipped) = lib.packs.with(|packs| {
        lib.sets
            .with(|sets| compose(cat, packs.iter().chain(sets), hide))
    });
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
