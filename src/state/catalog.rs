//! The catalogue in use and the publisher's notices, as contexts.

use crate::state::deferred::Deferred;
use dxm_domain::pack::Notice;
use dxm_domain::Catalog;
use leptos::prelude::*;

/// The catalogue is loaded once and lives for the whole page.
pub type Cat = &'static Catalog;

/// The complete catalogue on every screen but the start screen (which are built only once it
/// is loaded: src/shell/screen.rs); the core one before that (src/state/deferred.rs).
pub fn use_catalog() -> Cat {
    expect_context::<Deferred>().current()
}

/// Problems with the publisher's data: found at start-up and when the deferred data is read.
#[derive(Clone, Copy)]
pub struct SiteNotices(pub RwSignal<Vec<Notice>>);
