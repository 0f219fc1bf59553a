use crate::features::prefecture::demand_bars::DemandBars;
use crate::features::prefecture::demand_matrix::DemandMatrix;
use crate::i18n::prefecture::demand_totals;
use crate::i18n::{tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::widgets::after_paint::AfterPaint;
use dxm_domain::prefecture::demand::biggest_first;
use dxm_domain::prefecture::{DemandMap, Tally};
use dxm_domain::text::pick;
use dxm_domain::Lang;
use leptos::prelude::*;

type Rows = Vec<(String, Tally)>;

/// Rows of a chart, biggest demand first, then what no name could be given to (if any).
fn named(
    lang: Lang,
    names: Vec<String>,
    tallies: &[Tally],
    unassigned: Option<(Msg, Tally)>,
) -> Rows {
    let mut rows: Rows = biggest_first(tallies)
        .into_iter()
        .map(|k| (names[k].clone(), tallies[k]))
        .collect();
    if let Some((label, t)) = unassigned {
        rows.push((label.text(lang).to_owned(), t));
    }
    rows
}

/// The demand of the municipalities counted: totals, the municipality × category matrix, and
/// the demand by category, item, 人材像, phase and field.
#[component]
pub fn DemandPanel(map: Memo<DemandMap>, counted: Signal<usize>) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let (std, pr) = (&cat.standard, &cat.presets);
    // Names are read inside each memo, so they follow a language switch; each list is read twice
    // (bars and table), and sorted once.
    let by_category = Memo::new(move |_| {
        let lang = i.lang.get();
        let n = std
            .categories
            .iter()
            .map(|x| pick(lang, &x.ja, &x.en).to_owned())
            .collect();
        map.with(|m| named(lang, n, &m.categories, None))
    });
    let by_item = Memo::new(move |_| {
        let lang = i.lang.get();
        let n = std
            .items()
            .iter()
            .map(|x| pick(lang, &x.ja, &x.en).to_owned())
            .collect();
        map.with(|m| {
            let mut rows = named(lang, n, &m.items, None);
            rows.retain(|(_, t)| t.total() > 0);
            rows
        })
    });
    let by_persona = Memo::new(move |_| {
        let lang = i.lang.get();
        let n = pr
            .personas
            .iter()
            .map(|x| pick(lang, &x.ja, &x.en).to_owned())
            .collect();
        let unassigned = |m: &DemandMap| Some((Msg::UnassignedPersona, m.unassigned.persona));
        map.with(|m| named(lang, n, &m.personas, unassigned(m)))
    });
    let by_phase = Memo::new(move |_| {
        let lang = i.lang.get();
        let n = pr
            .phases
            .iter()
            .map(|x| format!("{}. {}", x.numeral, pick(lang, &x.ja, &x.en)))
            .collect();
        let unassigned = |m: &DemandMap| Some((Msg::UnassignedPhase, m.unassigned.phase));
        map.with(|m| named(lang, n, &m.phases, unassigned(m)))
    });
    let by_domain = Memo::new(move |_| {
        let lang = i.lang.get();
        let n = pr
            .domains
            .iter()
            .map(|x| pick(lang, &x.ja, &x.en).to_owned())
            .collect();
        let unassigned = |m: &DemandMap| Some((Msg::UnassignedDomain, m.unassigned.domain));
        map.with(|m| named(lang, n, &m.domains, unassigned(m)))
    });

    view! {
        <section class="panel demand" aria-labelledby="demand-title" id="demand">
            <h2 id="demand-title">{tr(Msg::DemandTitle)}</h2>
            <p class="hint">{tr(Msg::DemandIntro)}</p>
            <p class="summary-figure" id="demand-totals">
                {move || map.with(|m| demand_totals(i.lang.get(), counted.get(), &m.total))}
            </p>
            <Show
                when=move || map.with(|m| m.total.total() > 0)
                fallback=|| view! { <p>{tr(Msg::DemandNoGap)}</p> }
            >
                <DemandMatrix map/>
                // Below the matrix: drawn once the matrix is on screen.
                <AfterPaint>
                    <DemandBars id="by-category" title=Msg::DemandByCategory rows=by_category/>
                    <DemandBars id="by-item" title=Msg::DemandByItem rows=by_item/>
                    <DemandBars id="by-persona" title=Msg::DemandByPersona rows=by_persona note=Msg::AttributionNote/>
                    <DemandBars id="by-phase" title=Msg::DemandByPhase rows=by_phase/>
                    <DemandBars id="by-domain" title=Msg::DemandByDomain rows=by_domain/>
                </AfterPaint>
            </Show>
        </section>
    }
}
