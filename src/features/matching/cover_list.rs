use crate::i18n::{basis_msg, dot, item_gap_label, points, tp, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use dxm_domain::matching::{ItemCover, Query};
use dxm_domain::profile::Basis;
use dxm_domain::Priority;
use leptos::prelude::*;

/// The level needed and the level in-house for an item of the gap (0, 0 when it is not in it).
pub fn need_have(query: Memo<Query>, c: &ItemCover) -> (u8, u8) {
    query
        .with(|q| {
            q.gap_items()
                .iter()
                .find(|g| g.item == c.item)
                .map(|g| (g.have + g.gap, g.have))
        })
        .unwrap_or((0, 0))
}

/// A level's letter ('z' for none).
pub fn letter(v: u8) -> char {
    dxm_domain::Level::from_value(v).map_or('z', |l| l.letter())
}

/// Items of the gap and what a person does for each: levels needed and in-house, where the
/// person's level comes from, and the points earned.
#[component]
pub fn CoverList(
    title: Msg,
    items: Vec<ItemCover>,
    query: Memo<Query>,
    /// The person's field tags, which an inferred level names.
    tags: StoredValue<Vec<String>>,
) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let item_line = move |c: ItemCover| {
        let it = cat.standard.item(c.item);
        let (need, have) = need_have(query, &c);
        let prio = if c.priority == Priority::Required {
            Msg::Required
        } else {
            Msg::Desirable
        };
        // Where the person's level comes from, for what they close; an inferred one names the
        // field tag or term it was inferred from.
        let from = (c.basis == Basis::Inferred)
            .then(|| tags.with_value(|t| cat.crosswalk.source_of(t, c.item).map(str::to_owned)))
            .flatten();
        let basis = (c.covered > 0).then(|| {
            let class = format!("tag basis basis-{:?}", c.basis).to_lowercase();
            view! {
                " "
                <span class=class>
                    {move || i.t(basis_msg(c.basis))}
                    {from.clone().map(|t| format!("：{t}"))}
                </span>
            }
        });
        view! {
            <li>
                {tp(&it.ja, &it.en)}
                <span class="muted">
                    " (" {move || i.t(prio)} {move || dot(i.lang.get())} {move || item_gap_label(i.lang.get(), letter(need), letter(have))} ")"
                </span>
                {basis}
                {(c.points_milli > 0).then(|| view! { <span class="points">" +" {move || points(i.lang.get(), c.points_milli)}</span> })}
            </li>
        }
    };
    view! {
        <h3 class="h4">{move || i.t(title)}</h3>
        {if items.is_empty() {
            view! { <p class="muted">{tr(Msg::None)}</p> }.into_any()
        } else {
            view! { <ul class="explain-list">{items.into_iter().map(item_line).collect_view()}</ul> }.into_any()
        }}
    }
}
