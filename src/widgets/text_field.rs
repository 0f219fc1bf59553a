use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;

/// A labelled one-line text input with a hint; the value is committed on change (blur/Enter).
#[component]
pub fn TextField(
    id: &'static str,
    label: Msg,
    hint: Msg,
    #[prop(into)] value: Signal<String>,
    on_change: Callback<String>,
) -> impl IntoView {
    let i = use_i18n();
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label for=id>{move || i.t(label)}</label>
            <p id=hint_id.clone() class="hint">{move || i.t(hint)}</p>
            <input
                id=id
                type="text"
                maxlength="120"
                aria-describedby=hint_id
                prop:value=move || value.get()
                on:change:target=move |ev| on_change.run(ev.target().value().trim().to_owned())
            />
        </div>
    }
}
