use crate::i18n::{tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::route::Route;
use crate::state::workspace::use_state;
use leptos::prelude::*;

/// The six steps; any can be opened at any time. Steps with something to show carry a short
/// progress note (organisation chosen, items rated, required items still without an in-house level).
#[component]
pub fn StepNav() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let state = use_state();
    let route = expect_context::<ReadSignal<Route>>();
    let note = move |r: Route| -> Option<String> {
        state.active.with(|a| match r {
            Route::Start => a.context.lgcode.map(|_| "✓".to_owned()),
            Route::Assess => Some(format!("{}/{}", a.rated_count(), cat.standard.len())),
            Route::Gap => {
                let missing = a.required_missing_have_count();
                (missing > 0).then(|| format!("{} {missing}", i.t(Msg::MissingShort)))
            }
            _ => None,
        })
    };
    view! {
        <nav class="step-nav" aria-label=tr(Msg::Steps)>
            <ol class="container">
                {Route::STEPS
                    .into_iter()
                    .enumerate()
                    .map(|(n, r)| {
                        view! {
                            <li>
                                <a href=r.href() aria-current=move || (route.get() == r).then_some("step")>
                                    <span class="step-number" aria-hidden="true">{n + 1}</span>
                                    <span>{move || i.t(r.label())}</span>
                                    {move || note(r).map(|t| view! { <span class="step-note">{t}</span> })}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
