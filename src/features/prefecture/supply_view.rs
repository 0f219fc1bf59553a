use crate::i18n::prefecture::{supply_intro, supply_share, target};
use crate::i18n::{tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::widgets::scroll_table::{Caption, ScrollTable};
use dxm_domain::prefecture::Supply;
use dxm_domain::Priority;
use leptos::prelude::*;

/// How many recruitment targets are written out as sentences; the table has them all.
const TARGETS_SHOWN: usize = 12;

/// Supply against demand: the pool's recruitment targets as sentences, then every item and
/// level with its coverage as a table.
#[component]
pub fn SupplyView(supply: Memo<Supply>) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let item = move |r: &dxm_domain::prefecture::SupplyRow| {
        let it = cat.standard.item(r.item);
        i.pick(&it.ja, &it.en).to_owned()
    };
    let prio = move |p: Priority| match p {
        Priority::Required => Msg::Required,
        Priority::Desirable => Msg::Desirable,
    };
    view! {
        <section class="panel" aria-labelledby="supply-title" id="supply">
            <h2 id="supply-title">{tr(Msg::SupplyTitle)}</h2>
            <p>{move || supply.with(|s| supply_intro(i.lang.get(), s))}</p>
            <p class="hint">{tr(Msg::SupplyRules)}</p>
            <p class="summary-figure" id="supply-share">{move || supply.with(|s| supply_share(i.lang.get(), s))}</p>
            <h3 id="targets-title">{tr(Msg::TargetsTitle)}</h3>
            {move || {
                let lang = i.lang.get();
                supply.with(|s| {
                    let targets: Vec<_> = s.targets().take(TARGETS_SHOWN).collect();
                    if targets.is_empty() {
                        view! { <p id="targets">{tr(Msg::NoTargets)}</p> }.into_any()
                    } else {
                        view! {
                            <ol class="targets" id="targets" aria-labelledby="targets-title">
                                {targets.into_iter().map(|r| view! {
                                    <li class:required=r.priority == Priority::Required>
                                        {target(lang, &item(r), r.need, r.priority, r.municipalities, r.pool_people, r.other_people)}
                                    </li>
                                }).collect_view()}
                            </ol>
                        }.into_any()
                    }
                })
            }}
            <details class="table-equivalent">
                <summary>{tr(Msg::SupplyTableTitle)}</summary>
                <ScrollTable caption_id="supply-caption" id="supply-table">
                    <Caption slot>{tr(Msg::SupplyTableTitle)}</Caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr(Msg::ColItem)}</th>
                            <th scope="col">{tr(Msg::ColNeed)}</th>
                            <th scope="col">{tr(Msg::ColPriority)}</th>
                            <th scope="col" class="num">{tr(Msg::ColDemand)}</th>
                            <th scope="col" class="num">{tr(Msg::ColCoveredPool)}</th>
                            <th scope="col" class="num">{tr(Msg::ColCovered)}</th>
                            <th scope="col" class="num">{tr(Msg::ColPartly)}</th>
                            <th scope="col" class="num">{tr(Msg::ColPoolPeople)}</th>
                            <th scope="col" class="num">{tr(Msg::ColOtherPeople)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || supply.with(|s| s.rows.iter().map(|r| view! {
                            <tr>
                                <th scope="row">{item(r)}</th>
                                <td>{r.need.letter().to_string()}</td>
                                <td>{tr(prio(r.priority))}</td>
                                <td class="num">{r.municipalities}</td>
                                <td class="num">{r.covered_by_pool}</td>
                                <td class="num">{r.covered}</td>
                                <td class="num">{r.partly}</td>
                                <td class="num">{r.pool_people}</td>
                                <td class="num">{r.other_people}</td>
                            </tr>
                        }).collect_view())}
                    </tbody>
                </ScrollTable>
            </details>
        </section>
    }
}
