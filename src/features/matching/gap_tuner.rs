use crate::i18n::{tp, tr, Msg};
use crate::state::catalog::use_catalog;
use crate::state::workspace::use_state;
use crate::widgets::level_select::LevelSelect;
use dxm_domain::{GapReport, ItemIdx, Level};
use leptos::prelude::*;

/// The needed items with their level choices, next to the results: change a need and watch
/// the ranking move. Edits the assessment itself.
#[component]
pub fn GapTuner() -> impl IntoView {
    let cat = use_catalog();
    let state = use_state();
    // The list of needed items only changes when an item becomes (un)needed: biggest gap first
    // as it is then, and not reordered by a change of level, which would move the choices
    // under the user's hand (and the one just used out of the keyboard's focus).
    let items = Memo::new(move |before: Option<&Vec<ItemIdx>>| {
        let now: Vec<ItemIdx> = state.active.with(|a| {
            GapReport::new(&cat.standard, a)
                .rows_by_gap()
                .iter()
                .map(|r| r.item)
                .collect()
        });
        match before {
            Some(b) if b.len() == now.len() && b.iter().all(|ix| now.contains(ix)) => b.clone(),
            _ => now,
        }
    });
    view! {
        <details class="panel tuner">
            <summary><h2 class="h3">{tr(Msg::GapTunerTitle)}</h2></summary>
            <p class="hint">{tr(Msg::GapTunerHint)}</p>
            <div class="tuner-grid">
                <For
                    each=move || items.get()
                    key=|ix| *ix
                    children=move |ix| {
                        let it = cat.standard.item(ix);
                        let code = it.id.as_str();
                        // Every edit changes the assessment; only this item's options follow its level.
                        let need = Memo::new(move |_| Some(state.active.with(|a| a.rating(code).need)));
                        view! {
                            <LevelSelect
                                id=format!("tune-{code}")
                                label=Signal::derive(tp(&it.ja, &it.en))
                                value=need
                                on_pick=Callback::new(move |l: Option<Level>| state.update_active(|a| a.set_need(code, l.unwrap_or(Level::Z))))
                            />
                        }
                    }
                />
            </div>
        </details>
    }
}
