use crate::adapters::download::download_text;
use crate::i18n::prefecture::{summary_file, summary_text};
use crate::i18n::{tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::gathered::use_gathered;
use dxm_domain::prefecture::summary::{self, Parts};
use dxm_domain::prefecture::{Analysis, Intake};
use leptos::prelude::*;

/// Opens every collapsed table before printing, so the printout carries the tables too.
pub fn open_tables_for_print() {
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

/// The summary for the council: saved as CSV, or printed (the page prints as the summary).
#[component]
pub fn SummaryPanel(intake: Memo<Intake>, analysis: ReadSignal<Option<Analysis>>) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let g = use_gathered();
    let save_csv = move |_| {
        let lang = i.lang.get_untracked();
        // Shown only once there is an analysis.
        let Some(text) = intake.with_untracked(|x| {
            analysis.with_untracked(|a| {
                a.as_ref().map(|Analysis { map, supply, plan }| {
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
            })
        }) else {
            return;
        };
        let s = g.settings.get_untracked();
        let pref = cat
            .geography
            .prefecture(s.prefecture)
            .map(|p| dxm_domain::text::pick(lang, &p.name, &p.name_en).to_owned())
            .unwrap_or_default();
        download_text(
            &summary_file(lang, &pref, s.fiscal_year),
            "text/csv;charset=utf-8",
            &text,
        );
    };
    let print = move |_| {
        open_tables_for_print();
        let _ = window().print();
    };
    view! {
        <section class="panel no-print" aria-labelledby="summary-title">
            <h2 id="summary-title">{tr(Msg::SummaryTitle)}</h2>
            <div class="actions">
                <button type="button" class="button primary" id="summary-csv" on:click=save_csv>{tr(Msg::SummaryCsv)}</button>
                <button type="button" class="button secondary" id="summary-print" on:click=print>{tr(Msg::SummaryPrint)}</button>
            </div>
            <p class="muted">{tr(Msg::PlanNoIndividual)}</p>
        </section>
    }
}
