//! The talent profiles the app matches against, as a signal: laid out (src/state/profiles.rs)
//! once the deferred data is there, and again only when the lists change.
//!
//! For load tests and benchmarks the page can be opened with `?synthetic=N` (1–50,000): N
//! fictional profiles are generated in the browser instead, and the UI says so.

use crate::adapters::url::query_param;
use crate::state::deferred::Deferred;
use crate::state::library::Library;
pub use crate::state::profiles::Talent;
use leptos::prelude::*;
use std::sync::Arc;

pub type TalentSignal = Signal<Arc<Talent>>;

const MAX_SYNTHETIC: usize = 50_000;

fn synthetic_count() -> Option<usize> {
    query_param("synthetic")?
        .parse::<usize>()
        .ok()
        .filter(|n| (1..=MAX_SYNTHETIC).contains(n))
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
