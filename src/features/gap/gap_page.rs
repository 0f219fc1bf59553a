use crate::features::gap::gap_bars::GapBars;
use crate::features::gap::gap_tables::{CategoryGapTable, ItemGapTable};
use crate::features::gap::radar_chart::{RadarChart, Spoke};
use crate::features::gap::review_panel::ReviewPanel;
use crate::i18n::{radar_summary, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::route::Route;
use crate::state::workspace::use_state;
use crate::widgets::csv_button::{CsvButton, CsvKind};
use crate::widgets::next_step::NextStep;
use crate::widgets::page_heading::PageHeading;
use dxm_domain::GapReport;
use leptos::prelude::*;

/// Step 4: review what is still missing, then the gap as pictures and as tables.
#[component]
pub fn GapPage() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let state = use_state();
    let report = Memo::new(move |_| state.active.with(|a| GapReport::new(&cat.standard, a)));
    let spokes = Signal::derive(move || {
        report.with(|r| {
            r.categories
                .iter()
                .map(|g| {
                    let c = &cat.standard.categories[g.category];
                    Spoke {
                        label: i.pick(&c.ja, &c.en).to_owned(),
                        need: f64::from(g.avg_need_milli()) / 1000.0,
                        have: f64::from(g.avg_have_milli()) / 1000.0,
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    let summary = Signal::derive(move || {
        let parts: Vec<(String, f64, f64)> = spokes
            .get()
            .into_iter()
            .map(|s| (s.label, s.need, s.have))
            .collect();
        radar_summary(i.lang.get(), &parts)
    });
    view! {
        <PageHeading title=Msg::GapTitle intro=Msg::GapIntro/>
        <ReviewPanel report/>
        <Show
            when=move || report.with(|r| !r.rows.is_empty())
            fallback=move || view! {
                <p class="notice info">
                    {tr(Msg::NoNeedsYet)} " "
                    <a href=Route::Presets.href()>{tr(Msg::GoToPresets)}</a>
                </p>
            }
        >
            <p class="summary-figure">
                {tr(Msg::TotalGap)} "： "
                <strong>{move || report.with(GapReport::total_gap)}</strong>
            </p>
            <div class="chart-row">
                <RadarChart spokes summary table_id="category-gap-table"/>
            </div>
            <CategoryGapTable report/>
            <GapBars report/>
            <ItemGapTable report/>
            <p class="actions"><CsvButton kind=CsvKind::Gap/></p>
        </Show>
        <NextStep from=Route::Gap/>
    }
}
