use crate::i18n::{tr, Msg};
use crate::state::workspace::use_state;
use leptos::prelude::*;

/// For a programme that engages the same person once per project and year: the user marks who
/// was already engaged.
#[component]
pub fn EngagedChoice(programme: String, person: String) -> impl IntoView {
    let state = use_state();
    let cid = format!("engaged-{person}");
    let engaged = {
        let (programme, person) = (programme.clone(), person.clone());
        move || {
            state
                .active
                .with(|a| a.matching.usage(&programme).profiles.contains(&person))
        }
    };
    view! {
        <div class="choice engaged">
            <input
                type="checkbox"
                id=cid.clone()
                aria-describedby=format!("{cid}-hint")
                prop:checked=engaged
                on:change:target=move |ev| {
                    let on = ev.target().checked();
                    state.update_active(|a| a.matching.set_engaged(&programme, &person, on));
                }
            />
            <label for=cid.clone()>{tr(Msg::EngagedLabel)}</label>
            <p class="hint" id=format!("{cid}-hint")>{tr(Msg::EngagedHint)}</p>
        </div>
    }
}
