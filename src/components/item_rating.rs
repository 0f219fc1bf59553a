use crate::app::use_catalog;
use crate::components::level_select::LevelSelect;
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

    let need = Signal::derive(move || rating.get().need);
    let have = Signal::derive(move || rating.get().have);
    let set = move |f: fn(&mut dxm_domain::Rating, Level)| {
        Callback::new(move |l: Level| state.update_active(|a| a.update(code, |r| f(r, l))))
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
                <LevelSelect id=format!("need-{code}") label=Msg::NeedLevel value=need on_pick=set(|r, l| r.need = l)/>
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
                <LevelSelect id=format!("have-{code}") label=Msg::HaveLevel value=have on_pick=set(|r, l| r.have = l)/>
            </div>
        </div></li>
    }
}
