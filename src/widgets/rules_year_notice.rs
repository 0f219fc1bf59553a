use crate::i18n::{rules::rules_older, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::route::Route;
use crate::state::workspace::use_state;
use leptos::prelude::*;

/// Said once where the rules are used: the assessment is for a fiscal year newer than the
/// programme rules, so the user knows what to check.
#[component]
pub fn RulesYearNotice() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let state = use_state();
    let progs = &cat.programmes;
    let year = Memo::new(move |_| state.active.with(|a| a.fiscal_year));
    move || {
        (year.get() > progs.fiscal_year).then(|| {
            view! {
                <p class="notice info rules-year" role="note">
                    {move || rules_older(i.lang.get(), year.get(), progs.fiscal_year, &progs.as_of)} " "
                    <a href=Route::Sources.href()>{tr(Msg::SourcesLink)}</a>
                </p>
            }
        })
    }
}
