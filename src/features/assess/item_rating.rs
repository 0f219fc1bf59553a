use crate::i18n::{tp, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::workspace::use_state;
use crate::widgets::level_select::LevelSelect;
use dxm_domain::assessment::StaffTier;
use dxm_domain::{ItemIdx, Level, Priority};
use leptos::prelude::*;

/// One skill item: its name and description, and the choices — needed level, priority,
/// in-house level (and, when recorded, the level per staff tier) — each level option showing
/// the level's meaning.
#[component]
pub fn ItemRating(item: ItemIdx) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let state = use_state();
    let it = cat.standard.item(item);
    let code = it.id.as_str();
    let rating = Memo::new(move |_| state.active.with(|a| a.rating(code)));
    let staff_detail = Memo::new(move |_| state.active.with(|a| a.staff_detail));

    let need = Signal::derive(move || Some(rating.get().need));
    let have = Signal::derive(move || rating.get().have);
    let floor = Signal::derive(move || rating.get().staff.max());
    let label = move |m: Msg| Signal::derive(move || i.t(m).to_owned());

    let on_need = Callback::new(move |l: Option<Level>| {
        state.update_active(|a| a.set_need(code, l.unwrap_or(Level::Z)));
    });
    let on_have =
        Callback::new(move |l: Option<Level>| state.update_active(|a| a.set_have(code, l)));

    view! {
        <li>
            <div class="item-row" role="group" aria-labelledby=format!("item-{code}")>
                <div class="item-text">
                    <p class="item-name" id=format!("item-{code}")>
                        {tp(&it.ja, &it.en)}
                        <Show when=move || {
                            let r = rating.get();
                            r.is_needed() && r.priority == Priority::Required
                        }>
                            <span class="tag required">{tr(Msg::Required)}</span>
                        </Show>
                        <Show when=move || rating.get().is_needed() && rating.get().have.is_none()>
                            <span class="tag missing">{tr(Msg::MissingShort)}</span>
                        </Show>
                    </p>
                    <p class="item-desc">{tp(&it.desc_ja, &it.desc_en)}</p>
                </div>
                <div class="item-controls">
                    <LevelSelect id=format!("need-{code}") label=label(Msg::NeedLevel) value=need on_pick=on_need/>
                    <div class="control">
                        <label for=format!("prio-{code}")>{tr(Msg::PriorityLabel)}</label>
                        <select
                            id=format!("prio-{code}")
                            disabled=move || !rating.get().is_needed()
                            on:change:target=move |ev| {
                                let p = if ev.target().value() == "required" {
                                    Priority::Required
                                } else {
                                    Priority::Desirable
                                };
                                state.update_active(|a| a.set_priority(code, p));
                            }
                        >
                            <option value="required" prop:selected=move || rating.get().priority == Priority::Required>
                                {tr(Msg::Required)}
                            </option>
                            <option value="desirable" prop:selected=move || rating.get().priority == Priority::Desirable>
                                {tr(Msg::Desirable)}
                            </option>
                        </select>
                    </div>
                    <LevelSelect
                        id=format!("have-{code}")
                        label=label(Msg::HaveLevel)
                        value=have
                        on_pick=on_have
                        unset=Msg::NotEntered
                        min=floor
                    />
                </div>
                <Show when=move || staff_detail.get()>
                    <div class="staff-controls">
                        {StaffTier::ALL
                            .into_iter()
                            .map(|tier| {
                                let named = cat.presets.staff_levels.iter().find(|s| s.id == tier.id());
                                let tier_label = Signal::derive(move || {
                                    named.map(|n| i.pick(&n.ja, &n.en).to_owned()).unwrap_or_default()
                                });
                                view! {
                                    <LevelSelect
                                        id=format!("staff-{}-{code}", tier.id())
                                        label=tier_label
                                        value=Signal::derive(move || Some(rating.get().staff.get(tier)))
                                        on_pick=Callback::new(move |l: Option<Level>| {
                                            state.update_active(|a| a.set_staff(code, tier, l.unwrap_or(Level::Z)))
                                        })
                                    />
                                }
                            })
                            .collect_view()}
                    </div>
                </Show>
            </div>
        </li>
    }
}
