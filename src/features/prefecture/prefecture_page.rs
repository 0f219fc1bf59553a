use crate::features::prefecture::demand_panel::DemandPanel;
use crate::features::prefecture::gather_panel::GatherPanel;
use crate::features::prefecture::intake_report::IntakeReport;
use crate::features::prefecture::plan_view::PlanView;
use crate::features::prefecture::summary_panel::{open_tables_for_print, SummaryPanel};
use crate::features::prefecture::supply_view::SupplyView;
use crate::i18n::{dot, fiscal_year_label, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::gathered::use_gathered;
use crate::state::talent::use_talent;
use crate::widgets::page_heading::PageHeading;
use dxm_domain::prefecture::{analyse, intake};
use leptos::prelude::*;

/// The prefecture view: many municipalities' assessments → submissions report → demand map →
/// supply against demand → plan, with a summary for the council as CSV and print.
#[component]
pub fn PrefecturePage() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let g = use_gathered();
    g.keep();
    let talent = use_talent();
    let intake = Memo::new(move |_| {
        let s = g.settings.get();
        g.entries.with(|e| intake::sort(cat, e, s))
    });
    let analysis = Memo::new(move |_| {
        let t = talent.get();
        let capacity = g.capacity.get();
        intake.with(|x| analyse(cat, &t.index, &x.assessments(), capacity))
    });
    let map = Memo::new(move |_| analysis.with(|a| a.map.clone()));
    let supply = Memo::new(move |_| analysis.with(|a| a.supply.clone()));
    let plan = Memo::new(move |_| analysis.with(|a| a.plan.clone()));
    let counted = Signal::derive(move || intake.with(|x| x.accepted.len()));
    // Printing from the browser's menu opens the tables too.
    window_event_listener_untyped("beforeprint", move |_| open_tables_for_print());

    let heading = move || {
        let s = g.settings.get();
        let pref = cat
            .geography
            .prefecture(s.prefecture)
            .map(|p| i.pick(&p.name, &p.name_en).to_owned())
            .unwrap_or_default();
        let year = fiscal_year_label(i.lang.get(), s.fiscal_year);
        // The printout must say so too: the warning notice is not printed.
        if g.demo.get() {
            format!(
                "{pref}{}{year} — {}",
                dot(i.lang.get()),
                i.t(Msg::GatherDemoNotice)
            )
        } else {
            format!("{pref}{}{year}", dot(i.lang.get()))
        }
    };

    view! {
        <div class="prefecture-view">
            <PageHeading title=Msg::PrefectureTitle intro=Msg::PrefectureIntro/>
            <GatherPanel/>
            <Show when=move || g.demo.get()>
                <p class="notice warning" id="demo-notice">{tr(Msg::GatherDemoNotice)}</p>
            </Show>
            <Show
                when=move || g.entries.with(|e| !e.is_empty())
                fallback=|| view! { <p class="notice info">{tr(Msg::GatherNothing)}</p> }
            >
                <p class="print-only summary-heading">{heading}</p>
                <IntakeReport intake/>
                <Show
                    when=move || counted.get() != 0
                    fallback=|| view! { <p class="notice info" id="demand-none">{tr(Msg::DemandNone)}</p> }
                >
                    <DemandPanel map counted/>
                    <SupplyView supply/>
                    <PlanView plan/>
                    <SummaryPanel intake analysis/>
                </Show>
            </Show>
        </div>
    }
}
