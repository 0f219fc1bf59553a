use crate::adapters::clock::LatestAfterPaint;
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
use dxm_domain::prefecture::{intake, Analysis, DemandMap, Intake, Plan, Reach, Supply};
use leptos::prelude::*;

/// Supply against demand and the plan, computed once the demand map is on screen: setting every
/// municipality's rules against every profile takes longer than the map itself, and the map
/// (its matrix first) is what the user is looking at. Of several changes before that, the
/// last is computed; meanwhile the previous result stays and the status line says so. Who may
/// serve whom is kept apart: a change of capacity only plans again.
fn supply_and_plan_after_paint(
    intake: Memo<Intake>,
    map: Memo<DemandMap>,
) -> (ReadSignal<Option<Analysis>>, ReadSignal<bool>) {
    let cat = use_catalog();
    let g = use_gathered();
    let talent = use_talent();
    // Read only by the computation below, so built only there, after the paint.
    let reach = Memo::new(move |_| {
        talent.with(|t| intake.with(|x| Reach::build(cat, &t.index, &x.assessments())))
    });
    let (analysis, set_analysis) = signal(None::<Analysis>);
    let (pending, set_pending) = signal(false);
    let latest = LatestAfterPaint::new();
    Effect::new(move |_| {
        talent.track();
        intake.track();
        g.capacity.track();
        set_pending.set(true);
        latest.run(move || {
            let capacity = g.capacity.get_untracked();
            let done = talent.with_untracked(|t| {
                reach.with_untracked(|r| {
                    Analysis::complete(cat, &t.index, map.get_untracked(), r, capacity)
                })
            });
            set_analysis.set(Some(done));
            set_pending.set(false);
        });
    });
    (analysis, pending)
}

/// The prefecture view: many municipalities' assessments → submissions report → demand map →
/// supply against demand → plan, with a summary for the council as CSV and print.
#[component]
pub fn PrefecturePage() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let g = use_gathered();
    g.keep();
    let intake = Memo::new(move |_| {
        let s = g.settings.get();
        g.entries.with(|e| intake::sort(cat, e, s))
    });
    let map = Memo::new(move |_| intake.with(|x| DemandMap::build(cat, &x.assessments())));
    let (analysis, pending) = supply_and_plan_after_paint(intake, map);
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
                    <p class="hint" role="status" id="analysis-status">
                        {move || pending.get().then(|| i.t(Msg::AnalysisPending))}
                    </p>
                    <Show when=move || analysis.with(Option::is_some)>
                        {
                            // Shown once computed; while the next is computed, the last stays.
                            let supply = Memo::new(move |before: Option<&Supply>| {
                                analysis.with(|a| a.as_ref().map(|a| a.supply.clone()))
                                    .or_else(|| before.cloned())
                                    .unwrap_or_default()
                            });
                            let plan = Memo::new(move |before: Option<&Plan>| {
                                analysis.with(|a| a.as_ref().map(|a| a.plan.clone()))
                                    .or_else(|| before.cloned())
                                    .unwrap_or_default()
                            });
                            view! {
                                <SupplyView supply/>
                                <PlanView plan/>
                                <SummaryPanel intake analysis/>
                            }
                        }
                    </Show>
                </Show>
            </Show>
        </div>
    }
}
