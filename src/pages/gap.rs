use crate::app::use_catalog;
use crate::components::gap_tables::{CategoryGapTable, ItemGapTable};
use crate::components::next_step::NextStep;
use crate::components::page_heading::PageHeading;
use crate::i18n::{use_i18n, Msg};
use crate::route::Route;
use crate::state::use_state;
use dxm_domain::GapReport;
use leptos::prelude::*;

#[component]
pub fn GapPage() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let state = use_state();
    let report = Memo::new(move |_| state.active.with(|a| GapReport::new(&cat.standard, a)));
    view! {
        <PageHeading title=Msg::GapTitle intro=Msg::GapIntro/>
        <Show
            when=move || report.with(|r| !r.rows.is_empty())
            fallback=move || view! {
                <p class="notice info">
                    {move || i.t(Msg::NoNeedsYet)} " "
                    <a href=Route::Presets.href()>{move || i.t(Msg::GoToPresets)}</a>
                </p>
            }
        >
            <p class="summary-figure">
                {move || i.t(Msg::TotalGap)} "： "
                <strong>{move || report.with(GapReport::total_gap)}</strong>
            </p>
            <div class="table-scroll"><CategoryGapTable report/></div>
            <div class="table-scroll"><ItemGapTable report/></div>
        </Show>
        <NextStep from=Route::Gap/>
    }
}
