use crate::app::use_catalog;
use crate::i18n::{use_i18n, Msg};
use crate::state::use_state;
use dxm_domain::{ItemIdx, Level, Priority};
use leptos::prelude::*;

/// One skill item: its name and description, and three choices — needed level, priority,
/// in-house level — each option showing the level's meaning.
#[component]
pub fn ItemRating(item: ItemIdx) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let state = use_state();
    let it = cat.standard.item(item);
    let code = it.id.as_str();
    let rating = Memo::new(move |_| state.active.with(|a| a.rating(code)));

    let level_options = move |get: fn(&dxm_domain::Rating) -> Level| {
        Level::ALL_DESC
            .into_iter()
            .map(move |l| {
                let d = cat.standard.descriptor(l);
                view! {
                    <option value=l.letter().to_string() prop:selected=move || get(&rating.get()) == l>
                        {move || format!("{}：{}", l.letter(), i.pick(&d.ja, &d.en))}
                    </option>
                }
            })
            .collect_view()
    };
    let set_level = move |value: String, apply: fn(&mut dxm_domain::Rating, Level)| {
        if let Some(l) = Level::from_letter(&value) {
            state.update_active(|a| a.update(code, |r| apply(r, l)));
        }
    };

    view! {
        <li><div class="item-row" role="group" aria-labelledby=format!("item-{code}")>
            <div class="item-text">
                <p class="item-name" id=format!("item-{code}")>
                    {move || i.pick(&it.ja, &it.en).to_owned()}
                    <Show when=move || { let r = rating.get(); r.need != Level::Z && r.priority == Priority::Required }>
                        <span class="tag required">{move || i.t(Msg::Required)}</span>
                    </Show>
                </p>
                <p class="item-desc">{move || i.pick(&it.desc_ja, &it.desc_en).to_owned()}</p>
            </div>
            <div class="item-controls">
                <div class="control">
                    <label for=format!("need-{code}")>{move || i.t(Msg::NeedLevel)}</label>
                    <select
                        id=format!("need-{code}")
                        on:change:target=move |ev| set_level(ev.target().value(), |r, l| r.need = l)
                    >
                        {level_options(|r| r.need)}
                    </select>
                </div>
                <div class="control">
                    <label for=format!("prio-{code}")>{move || i.t(Msg::PriorityLabel)}</label>
                    <select
                        id=format!("prio-{code}")
                        disabled=move || rating.get().need == Level::Z
                        on:change:target=move |ev| {
                            let p = if ev.target().value() == "required" { Priority::Required } else { Priority::Desirable };
                            state.update_active(|a| a.update(code, |r| r.priority = p));
                        }
                    >
                        <option value="required" prop:selected=move || rating.get().priority == Priority::Required>
                            {move || i.t(Msg::Required)}
                        </option>
                        <option value="desirable" prop:selected=move || rating.get().priority == Priority::Desirable>
                            {move || i.t(Msg::Desirable)}
                        </option>
                    </select>
                </div>
                <div class="control">
                    <label for=format!("have-{code}")>{move || i.t(Msg::HaveLevel)}</label>
                    <select
                        id=format!("have-{code}")
                        on:change:target=move |ev| set_level(ev.target().value(), |r, l| r.have = l)
                    >
                        {level_options(|r| r.have)}
                    </select>
                </div>
            </div>
        </div></li>
    }
}
