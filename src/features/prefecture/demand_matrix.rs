use crate::i18n::prefecture::matrix_cell;
use crate::i18n::{tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::widgets::scroll_table::{Caption, ScrollTable};
use dxm_domain::geo::format_lgcode;
use dxm_domain::prefecture::DemandMap;
use leptos::prelude::*;

/// Shade of a cell, 0 (no gap) to 4 (the biggest cell of the matrix).
fn heat(v: u32, max: u32) -> u32 {
    if v == 0 {
        0
    } else {
        1 + (v * 4 - 1) / max.max(1)
    }
    .min(4)
}

/// Municipalities × categories: each cell the required / desirable gap, shaded by size. The
/// table is the chart: numbers are always written, the shade only adds emphasis.
#[component]
pub fn DemandMatrix(map: Memo<DemandMap>) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let by_gap = RwSignal::new(false);
    let order = move || {
        map.with(|m| {
            let mut v: Vec<usize> = (0..m.municipalities.len()).collect();
            if by_gap.get() {
                v.sort_by_key(|&k| {
                    let t = &m.municipalities[k].total;
                    (
                        std::cmp::Reverse(t.required),
                        std::cmp::Reverse(t.desirable),
                        k,
                    )
                });
            }
            v
        })
    };
    view! {
        <div class="demand-matrix">
            <div class="control inline no-print">
                <label for="matrix-order">{tr(Msg::MatrixSort)}</label>
                <select id="matrix-order" on:change:target=move |ev| by_gap.set(ev.target().value() == "gap")>
                    <option value="code" selected=move || !by_gap.get()>{tr(Msg::SortByCode)}</option>
                    <option value="gap" selected=move || by_gap.get()>{tr(Msg::SortByGap)}</option>
                </select>
            </div>
            <ScrollTable caption_id="matrix-caption" id="demand-matrix" class="data-table matrix" region_class="table-scroll matrix-scroll">
                <Caption slot>
                    {tr(Msg::MatrixTitle)}
                    <span class="hint">{tr(Msg::MatrixHint)}</span>
                </Caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(Msg::ColMunicipality)}</th>
                        {cat.standard.categories.iter().map(|c| view! {
                            <th scope="col" class="num">{move || i.pick(&c.ja, &c.en).to_owned()}</th>
                        }).collect_view()}
                        <th scope="col" class="num">{tr(Msg::ColTotal)}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        let lang = i.lang.get();
                        let rows = order();
                        map.with(|m| {
                            let max = m.matrix_max();
                            rows.into_iter().map(|k| {
                                let row = &m.municipalities[k];
                                let name = cat.geography.locality(row.lgcode)
                                    .map(|l| l.name().to_owned())
                                    .unwrap_or_else(|| format_lgcode(row.lgcode));
                                view! {
                                    <tr>
                                        <th scope="row">{name}</th>
                                        {row.categories.iter().map(|c| view! {
                                            <td class=format!("num heat-{}", heat(c.total(), max)) title=matrix_cell(lang, c.required, c.desirable)>
                                                {format!("{}／{}", c.required, c.desirable)}
                                            </td>
                                        }).collect_view()}
                                        <td class="num total">{format!("{}／{}", row.total.required, row.total.desirable)}</td>
                                    </tr>
                                }
                            }).collect_view()
                        })
                    }}
                </tbody>
            </ScrollTable>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::heat;

    #[test]
    fn shades_split_the_range_in_four_and_zero_stays_blank() {
        assert_eq!(heat(0, 12), 0);
        assert_eq!(heat(1, 12), 1);
        assert_eq!(heat(3, 12), 1);
        assert_eq!(heat(4, 12), 2);
        assert_eq!(heat(12, 12), 4);
        assert_eq!(heat(5, 0), 4);
    }
}
