use crate::i18n::{progress, tp, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::route::Route;
use crate::state::workspace::use_state;
use dxm_domain::GapReport;
use leptos::prelude::*;

/// What still needs attention before the gap can be trusted: required items without an
/// in-house level, and categories with no need at all — listed, never hidden.
#[component]
pub fn ReviewPanel(report: Memo<GapReport>) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let state = use_state();
    let missing = Memo::new(move |_| report.with(GapReport::required_without_have));
    let empty = Memo::new(move |_| report.with(GapReport::empty_categories));
    view! {
        <section class="panel review" aria-labelledby="review-title">
            <h2 id="review-title">{tr(Msg::ReviewTitle)}</h2>
            <p>
                {move || state.active.with(|a| progress(i.lang.get(), a.rated_count(), a.required_count(), cat.standard.len()))}
            </p>
            <h3 class="h4">{tr(Msg::RequiredWithoutHave)}</h3>
            {move || {
                let m = missing.get();
                if m.is_empty() {
                    view! { <p class="ok">{tr(Msg::AllRequiredHaveEntered)}</p> }.into_any()
                } else {
                    view! {
                        <p class="hint">{tr(Msg::RequiredWithoutHaveHint)}</p>
                        <ul class="missing-list">
                            {m.into_iter()
                                .map(|r| {
                                    let it = cat.standard.item(r.item);
                                    view! { <li>{tp(&it.ja, &it.en)}</li> }
                                })
                                .collect_view()}
                        </ul>
                        <p><a class="standalone" href=Route::Assess.href()>{tr(Msg::EditInAssess)}</a></p>
                    }
                    .into_any()
                }
            }}
            <h3 class="h4">{tr(Msg::EmptyCategories)}</h3>
            {move || {
                let e = empty.get();
                if e.is_empty() {
                    view! { <p class="ok">{tr(Msg::NoEmptyCategories)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="missing-list">
                            {e.into_iter()
                                .map(|c| {
                                    let c = &cat.standard.categories[c];
                                    view! { <li>{tp(&c.ja, &c.en)}</li> }
                                })
                                .collect_view()}
                        </ul>
                    }
                    .into_any()
                }
            }}
        </section>
    }
}
