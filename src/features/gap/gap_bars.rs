use crate::i18n::{dot, item_gap_label, tp, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use dxm_domain::{GapReport, Priority};
use leptos::prelude::*;

/// One bar per needed item, largest gap first: the bar is the in-house level, the marker the
/// needed level, and the numbers are written beside it.
#[component]
pub fn GapBars(report: Memo<GapReport>) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let rows = move || report.with(GapReport::rows_by_gap);
    view! {
        <figure class="chart bars">
            <figcaption>
                <span class="chart-title">{tr(Msg::BarsTitle)}</span>
                <span class="hint">{tr(Msg::BarsDesc)}</span>
            </figcaption>
            <ol class="gap-bars">
                {move || {
                    rows()
                        .into_iter()
                        .map(|row| {
                            let it = cat.standard.item(row.item);
                            let have_pct = f64::from(row.have.value()) * 25.0;
                            let need_pct = f64::from(row.need.value()) * 25.0;
                            let prio = if row.priority == Priority::Required { Msg::Required } else { Msg::Desirable };
                            view! {
                                <li class:met=row.gap() == 0>
                                    <span class="bar-label">
                                        {tp(&it.ja, &it.en)}
                                        <span class="muted">
                                            " (" {move || i.t(prio)} {move || dot(i.lang.get())}
                                            {move || item_gap_label(i.lang.get(), row.need.letter(), row.have.letter())}
                                            {(row.gap() > 0).then(|| format!("{}{} {}", dot(i.lang.get()), i.t(Msg::GapSteps), row.gap()))} ")"
                                        </span>
                                    </span>
                                    <span class="bar-track" aria-hidden="true">
                                        <span class="bar-have" style:width=format!("{have_pct}%")></span>
                                        <span class="bar-need" style:left=format!("calc({need_pct}% - 2px)")></span>
                                    </span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
        </figure>
    }
}
