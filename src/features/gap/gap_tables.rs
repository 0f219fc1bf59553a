use crate::i18n::{tp, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::widgets::scroll_table::{Caption, ScrollTable};
use dxm_domain::{GapReport, Priority};
use leptos::prelude::*;

/// Need vs in-house per category, with a bar for sighted users and the numbers for everyone.
#[component]
pub fn CategoryGapTable(report: Memo<GapReport>) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    view! {
        <ScrollTable caption_id="category-gap-caption" id="category-gap-table">
            <Caption slot>{tr(Msg::ByCategory)}</Caption>
            <thead>
                <tr>
                    <th scope="col">{tr(Msg::Category)}</th>
                    <th scope="col" class="num">{tr(Msg::NeededItems)}</th>
                    <th scope="col" class="num">{tr(Msg::RequiredItems)}</th>
                    <th scope="col" class="num">{tr(Msg::GapItems)}</th>
                    <th scope="col" class="num">{tr(Msg::GapSteps)}</th>
                    <th scope="col" class="num">{tr(Msg::AvgNeed)}</th>
                    <th scope="col" class="num">{tr(Msg::AvgHave)}</th>
                    <th scope="col" class="num">{tr(Msg::MissingHaveItems)}</th>
                    <th scope="col">{move || format!("{} / {}", i.t(Msg::Met), i.t(Msg::Need))}</th>
                </tr>
            </thead>
            <tbody>
                {move || {
                    report
                        .get()
                        .categories
                        .into_iter()
                        .map(|c| {
                            let category = &cat.standard.categories[c.category];
                            let met_pct = c.met_percent();
                            view! {
                                <tr>
                                    <th scope="row">{tp(&category.ja, &category.en)}</th>
                                    <td class="num">{c.needed_items}</td>
                                    <td class="num">{c.required_items}</td>
                                    <td class="num">{c.gap_items}</td>
                                    <td class="num">{c.gap_sum}</td>
                                    <td class="num">{format!("{:.1}", f64::from(c.avg_need_milli()) / 1000.0)}</td>
                                    <td class="num">{format!("{:.1}", f64::from(c.avg_have_milli()) / 1000.0)}</td>
                                    <td class="num">{c.have_missing}</td>
                                    <td>
                                        <span class="bar" aria-hidden="true">
                                            <span class="bar-fill" style:width=format!("{met_pct}%")></span>
                                        </span>
                                        <span class="bar-text">{format!("{} / {}", c.have_sum, c.need_sum)}</span>
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()
                }}
            </tbody>
        </ScrollTable>
    }
}

/// Every needed item, open gaps first (required, then by size), then those already met.
#[component]
pub fn ItemGapTable(report: Memo<GapReport>) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let rows = move || report.with(GapReport::rows_by_gap);
    view! {
        <ScrollTable caption_id="item-gap-caption" id="item-gap-table">
            <Caption slot>{tr(Msg::ByItem)}</Caption>
            <thead>
                <tr>
                    <th scope="col">{tr(Msg::Item)}</th>
                    <th scope="col">{tr(Msg::Category)}</th>
                    <th scope="col">{tr(Msg::PriorityLabel)}</th>
                    <th scope="col" class="num">{tr(Msg::Need)}</th>
                    <th scope="col" class="num">{tr(Msg::Have)}</th>
                    <th scope="col" class="num">{tr(Msg::GapSteps)}</th>
                </tr>
            </thead>
            <tbody>
                {move || {
                    rows()
                        .into_iter()
                        .map(|row| {
                            let it = cat.standard.item(row.item);
                            let category = &cat.standard.categories[it.category];
                            let prio = if row.priority == Priority::Required { Msg::Required } else { Msg::Desirable };
                            view! {
                                <tr class:met=row.gap() == 0>
                                    <th scope="row">{tp(&it.ja, &it.en)}</th>
                                    <td>{tp(&category.ja, &category.en)}</td>
                                    <td>{move || i.t(prio)}</td>
                                    <td class="num">{row.need.letter().to_string()}</td>
                                    <td class="num">
                                        {if row.have_entered { row.have.letter().to_string() } else { i.t(Msg::NotEntered).to_owned() }}
                                    </td>
                                    <td class="num">
                                        {if row.gap() == 0 { i.t(Msg::Met).to_owned() } else { row.gap().to_string() }}
                                    </td>
                                </tr>
                            }
                        })
                        .collect_view()
                }}
            </tbody>
        </ScrollTable>
    }
}
