//! Which view each route shows.
//!
//! The start screen is part of the main WebAssembly module. Every other screen is a split point:
//! `tools/build-app.sh` moves its code into a chunk of its own, which the browser fetches the
//! first time the screen is opened (or the service worker has kept). A first visit therefore
//! downloads only what the start screen needs. A chunk that cannot be fetched (offline before it
//! was ever kept, a host that lost it) is reported on the screen with a way to try again; the
//! work in progress lives in the main module and is never affected.

use crate::i18n::{tr, use_i18n, Msg};
use crate::pages::start::StartPage;
use crate::route::Route;
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};

/// A screen's chunk, or the deferred data (src/deferred.rs), could not be fetched or read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotLoaded;

impl From<SplitLoaderError> for NotLoaded {
    fn from(_: SplitLoaderError) -> Self {
        NotLoaded
    }
}

// One split point per screen. The chunk names end up in file names, so they stay plain words
// (and avoid words that content blockers match, such as "share").

/// A split point that renders one page component: `fn_name, chunk_name, module::Component;`.
macro_rules! split_screens {
    ($($name:ident, $chunk:ident, $module:ident::$page:ident;)*) => {$(
        #[wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $name() -> Result<AnyView, NotLoaded> {
            use crate::pages::$module::$page;
            Ok(view! { <$page/> }.into_any())
        }
    )*};
}

split_screens! {
    presets, presets_screen, presets::PresetsPage;
    assess, assess_screen, assess::AssessPage;
    gap, gap_screen, gap::GapPage;
    sheet, sheet_screen, sheet::SheetPage;
    matches, matches_screen, matches::MatchesPage;
    assessments, assessments_screen, assessments::AssessmentsPage;
    data, data_screen, data::DataPage;
    link, link_screen, share::SharePage;
    prefecture, prefecture_screen, prefecture::PrefecturePage;
    guide, guide_screen, guide::GuidePage;
    accessibility, accessibility_screen, accessibility::AccessibilityPage;
    sources, sources_screen, sources::SourcesPage;
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
    let data = crate::deferred::use_deferred();
    let attempt = RwSignal::new(0u32);
    view! {
        <Suspense fallback=move || {
            view! { <p class="screen-loading" role="status">{tr(Msg::ScreenLoading)}</p> }
        }>
            {move || {
                attempt.track();
                Suspend::new(send_wrapper::SendWrapper::new(async move {
                    // Every other screen works on the complete data (src/deferred.rs).
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
