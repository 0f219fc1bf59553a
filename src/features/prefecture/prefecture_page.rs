use crate::adapters::download::download_text;
use crate::features::prefecture::demand_bars::DemandBars;
use crate::features::prefecture::demand_matrix::DemandMatrix;
use crate::features::prefecture::gather_panel::GatherPanel;
use crate::features::prefecture::intake_report::IntakeReport;
use crate::features::prefecture::plan_view::PlanView;
use crate::features::prefecture::supply_view::SupplyView;
use crate::i18n::prefecture::{demand_totals, summary_file, summary_text};
use crate::i18n::{dot, fiscal_year_label, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::gathered::use_gathered;
use crate::state::talent::use_talent;
use crate::widgets::page_heading::PageHeading;
use dxm_domain::prefecture::demand::biggest_first;
use dxm_domain::prefecture::summary::{self, Parts};
use dxm_domain::prefecture::{analyse, intake, Analysis, Tally};
use leptos::prelude::*;

/// Opens every collapsed table before printing, so the printout carries the tables too.
fn open_tables_for_print() {
    if let Ok(list) = document().query_selector_all("details.table-equivalent") {
        for k in 0..list.length() {
            if let Some(el) = list
                .get(k)
                .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
            {
                let _ = el.set_attribute("open", "");
            }
        }
    }
}

/// The prefecture view: many municipalities' assessments → submissions report → demand map →
/// supply against demand → plan, with a summary for the council as CSV and print.
#[component]
pub fn PrefecturePage() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let g = use_gathered();
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
    let counted = move || intake.with(|x| x.accepted.len());

    let named = move |names: Vec<String>, tallies: &[Tally], unassigned: Option<(Msg, Tally)>| {
        let mut rows: Vec<(String, Tally)> = biggest_first(tallies)
            .into_iter()
            .map(|k| (names[k].clone(), tallies[k]))
            .collect();
        if let Some((label, t)) = unassigned {
            rows.push((i.t(label).to_owned(), t));
        }
        rows
    };
    // Names in the UI language, in the data's order (read inside a derived signal, so they
    // follow a language switch).
    let names = move |pairs: Vec<(&'static str, &'static str)>| -> Vec<String> {
        let lang = i.lang.get();
        pairs
            .into_iter()
            .map(|(ja, en)| dxm_domain::text::pick(lang, ja, en).to_owned())
            .collect()
    };
    let std = &cat.standard;
    let pr = &cat.presets;
    let by_item = Signal::derive(move || {
        let n = names(
            std.items()
                .iter()
                .map(|x| (x.ja.as_str(), x.en.as_str()))
                .collect(),
        );
        map.with(|m| {
            let mut rows = named(n, &m.items, None);
            rows.retain(|(_, t)| t.total() > 0);
            rows
        })
    });
    let by_category = Signal::derive(move || {
        let n = names(
            std.categories
                .iter()
                .map(|x| (x.ja.as_str(), x.en.as_str()))
                .collect(),
        );
        map.with(|m| named(n, &m.categories, None))
    });
    let by_persona = Signal::derive(move || {
        let n = names(
            pr.personas
                .iter()
                .map(|x| (x.ja.as_str(), x.en.as_str()))
                .collect(),
        );
        map.with(|m| {
            named(
                n,
                &m.personas,
                Some((Msg::UnassignedPersona, m.unassigned.persona)),
            )
        })
    });
    let by_phase = Signal::derive(move || {
        let n = names(
            pr.phases
                .iter()
                .map(|x| (x.ja.as_str(), x.en.as_str()))
                .collect(),
        );
        let n = pr
            .phases
            .iter()
            .zip(n)
            .map(|(x, name)| format!("{}. {name}", x.numeral))
            .collect();
        map.with(|m| {
            named(
                n,
                &m.phases,
                Some((Msg::UnassignedPhase, m.unassigned.phase)),
            )
        })
    });
    let by_domain = Signal::derive(move || {
        let n = names(
            pr.domains
                .iter()
                .map(|x| (x.ja.as_str(), x.en.as_str()))
                .collect(),
        );
        map.with(|m| {
            named(
                n,
                &m.domains,
                Some((Msg::UnassignedDomain, m.unassigned.domain)),
            )
        })
    });

    let save_csv = move |_| {
        let lang = i.lang.get_untracked();
        let text = intake.with_untracked(|x| {
            analysis.with_untracked(|Analysis { map, supply, plan }| {
                summary::csv(
                    cat,
                    &Parts {
                        intake: x,
                        map,
                        supply,
                        plan,
                    },
                    lang,
                    &|t| summary_text(lang, t),
                )
            })
        });
        let s = g.settings.get_untracked();
        let pref = cat
            .geography
            .prefecture(s.prefecture)
            .map(|p| dxm_domain::text::pick(lang, &p.name, &p.name_en).to_owned())
            .unwrap_or_default();
        let _ = download_text(
            &summary_file(lang, &pref, s.fiscal_year),
            "text/csv;charset=utf-8",
            &text,
        );
    };
    let print = move |_| {
        open_tables_for_print();
        let _ = window().print();
    };
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
                    when=move || counted() != 0
                    fallback=|| view! { <p class="notice info" id="demand-none">{tr(Msg::DemandNone)}</p> }
                >
                    <section class="panel demand" aria-labelledby="demand-title" id="demand">
                        <h2 id="demand-title">{tr(Msg::DemandTitle)}</h2>
                        <p class="hint">{tr(Msg::DemandIntro)}</p>
                        <p class="summary-figure" id="demand-totals">
                            {move || map.with(|m| demand_totals(i.lang.get(), counted(), &m.total))}
                        </p>
                        <Show
                            when=move || map.with(|m| m.total.total() > 0)
                            fallback=|| view! { <p>{tr(Msg::DemandNoGap)}</p> }
                        >
                            <DemandMatrix map/>
                            <DemandBars id="by-category" title=Msg::DemandByCategory rows=by_category/>
                            <DemandBars id="by-item" title=Msg::DemandByItem rows=by_item/>
                            <DemandBars id="by-persona" title=Msg::DemandByPersona rows=by_persona note=Msg::AttributionNote/>
                            <DemandBars id="by-phase" title=Msg::DemandByPhase rows=by_phase/>
                            <DemandBars id="by-domain" title=Msg::DemandByDomain rows=by_domain/>
                        </Show>
                    </section>
                    <SupplyView supply/>
                    <PlanView plan/>
                    <section class="panel no-print" aria-labelledby="summary-title">
                        <h2 id="summary-title">{tr(Msg::SummaryTitle)}</h2>
                        <div class="actions">
                            <button type="button" class="button primary" id="summary-csv" on:click=save_csv>{tr(Msg::SummaryCsv)}</button>
                            <button type="button" class="button secondary" id="summary-print" on:click=print>{tr(Msg::SummaryPrint)}</button>
                        </div>
                        <p class="muted">{tr(Msg::PlanNoIndividual)}</p>
                    </section>
                </Show>
            </Show>
        </div>
    }
}
