//! Which view each route shows.
//!
//! The start screen is part of the main WebAssembly module. Every other screen is a split point:
//! `tools/build-app.sh` moves its code into a chunk of its own, which the browser fetches the
//! first time the screen is opened (or the service worker has kept). A first visit therefore
//! downloads only what the start screen needs. A chunk that cannot be fetched (offline before it
//! was ever kept, a host that lost it) is reported on the screen with a way to try again; the
//! work in progress lives in the main module and is never affected.

use crate::features::assess::start_page::StartPage;
use crate::i18n::{tr, use_i18n, Msg};
use crate::state::deferred::NotLoaded;
use crate::state::route::Route;
use leptos::prelude::*;
use leptos::wasm_split::wasm_split;

// One split point per screen. The chunk names end up in file names, so they stay plain words
// (and avoid words that content blockers match, such as "share").

/// A split point that renders one page component: `fn_name, chunk_name, feature::module, Component;`.
macro_rules! split_screens {
    ($($name:ident, $chunk:ident, $($module:ident)::+, $page:ident;)*) => {$(
        #[wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $name() -> Result<AnyView, NotLoaded> {
            use crate::features::$($module)::+::$page;
            Ok(view! { <$page/> }.into_any())
        }
    )*};
}

split_screens! {
    presets, presets_screen, assess::presets_page, PresetsPage;
    assess, assess_screen, assess::assess_page, AssessPage;
    gap, gap_screen, gap::gap_page, GapPage;
    sheet, sheet_screen, gap::sheet_page, SheetPage;
    matches, matches_screen, matching::matches_page, MatchesPage;
    assessments, assessments_screen, assess::assessments_page, AssessmentsPage;
    data, data_screen, data::data_page, DataPage;
    link, link_screen, data::share_page, SharePage;
    prefecture, prefecture_screen, prefecture::prefecture_page, PrefecturePage;
    guide, guide_screen, about::guide_page, GuidePage;
    accessibility, accessibility_screen, about::accessibility_page, AccessibilityPage;
    sources, sources_screen, about::sources_page, SourcesPage;
}

async fn load(route: Route) -> Result<AnyView, NotLoaded> {
    match route {
        Route::Start => Ok(view! { <StartPage/> }.into_any()),
        Route::Presets => presets().await,
        Route::Assess => assess().await,
        Route::Gap => gap().await,
        Route::Sheet => sheet().await,
        Route::Matches => matches().await,
        Route::Assessments => assessments().await,
        Route::Data => data().await,
        Route::Share => link().await,
        Route::Prefecture => prefecture().await,
        Route::Guide => guide().await,
        Route::Accessibility => accessibility().await,
        Route::Sources => sources().await,
    }
}

/// The screen for `route`: shown at once when its code and the data are in hand, after a short
/// status line while they are fetched, or as an error with a retry button.
#[component]
pub fn Screen(route: Route) -> impl IntoView {
    if route == Route::Start {
        return view! { <StartPage/> }.into_any();
    }
    let i = use_i18n();
    let data = crate::state::deferred::use_deferred();
    let attempt = RwSignal::new(0u32);
    view! {
        <Suspense fallback=move || {
            view! { <p class="screen-loading" role="status">{tr(Msg::ScreenLoading)}</p> }
        }>
            {move || {
                attempt.track();
                Suspend::new(send_wrapper::SendWrapper::new(async move {
                    // Every other screen works on the complete data (src/state/deferred.rs).
                    let loaded = match data.ready().await {
                        Ok(_) => load(route).await,
                        Err(e) => Err(e),
                    };
                    match loaded {
                        Ok(view) => view,
                        Err(NotLoaded) => {
                            view! {
                                <h1 id="page-title" tabindex="-1">{move || i.t(route.label())}</h1>
                                <div class="error" role="alert">
                                    <p>{tr(Msg::ScreenLoadFailed)}</p>
                                    <button
                                        type="button"
                                        class="button secondary"
                                        on:click=move |_| attempt.update(|n| *n += 1)
                                    >
                                        {tr(Msg::TryAgain)}
                                    </button>
                                </div>
                            }
                                .into_any()
                        }
                    }
                }))
            }}
        </Suspense>
    }
    .into_any()
}
