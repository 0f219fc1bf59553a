use crate::i18n::prefecture::tally;
use crate::i18n::{tr, use_i18n, Msg};
use dxm_domain::prefecture::Tally;
use leptos::prelude::*;

/// One sorted list of the demand map as bars (required and desirable gap stacked), with the
/// same figures as a table for screen readers, keyboard users and print.
#[component]
pub fn DemandBars(
    id: &'static str,
    title: Msg,
    /// Biggest demand first; rows with no gap are left out of the bars but kept in the table.
    #[prop(into)]
    rows: Signal<Vec<(String, Tally)>>,
    #[prop(optional)] note: Option<Msg>,
) -> impl IntoView {
    let i = use_i18n();
    let heading = format!("{id}-title");
    let labelled = heading.clone();
    let max = move || rows.with(|r| r.iter().map(|(_, t)| t.total()).max().unwrap_or(0).max(1));
    let share = move |v: u32| format!("{:.2}%", f64::from(v) * 100.0 / f64::from(max()));
    view! {
        <section class="demand-list" id=id aria-labelledby=labelled>
            <h3 id=heading>{tr(title)}</h3>
            {note.map(|n| view! { <p class="hint">{tr(n)}</p> })}
            <p class="legend" aria-hidden="true">
                <span class="swatch bar-required"></span>{tr(Msg::Required)}
                <span class="swatch bar-desirable"></span>{tr(Msg::Desirable)}
            </p>
            <ol class="demand-bars" aria-hidden="true">
                {move || {
                    // The rows follow the language too: each bar is drawn for one.
                    let lang = i.lang.get();
                    rows.get().into_iter().filter(|(_, t)| t.total() > 0).map(|(label, t)| view! {
                    <li>
                        <span class="bar-label">{label}<span class="muted">" " {tally(lang, &t)}</span></span>
                        <span class="bar-track">
                            <span class="bar-required" style:width=share(t.required)></span>
                            <span class="bar-desirable" style:width=share(t.desirable)></span>
                        </span>
                    </li>
                }).collect_view()
                }}
            </ol>
            <details class="table-equivalent">
                <summary>{tr(Msg::TableEquivalent)}</summary>
                <div class="table-scroll">
                    <table class="data-table">
                        <caption class="visually-hidden">{tr(title)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{tr(Msg::ColName)}</th>
                                <th scope="col" class="num">{tr(Msg::ColMunicipalities)}</th>
                                <th scope="col" class="num">{tr(Msg::ColRequiredMunicipalities)}</th>
                                <th scope="col" class="num">{tr(Msg::ColRequiredGap)}</th>
                                <th scope="col" class="num">{tr(Msg::ColDesirableGap)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || rows.get().into_iter().map(|(label, t)| view! {
                                <tr>
                                    <th scope="row">{label}</th>
                                    <td class="num">{t.municipalities}</td>
                                    <td class="num">{t.required_municipalities}</td>
                                    <td class="num">{t.required}</td>
                                    <td class="num">{t.desirable}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </details>
        </section>
    }
}
