use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;

/// A labelled whole-number input; out-of-range or non-numeric input is clamped or ignored
/// (an empty field means `None` when `optional`).
#[component]
pub fn NumberField(
    #[prop(into)] id: String,
    label: Msg,
    #[prop(into)] value: Signal<Option<u32>>,
    min: u32,
    max: u32,
    on_change: Callback<Option<u32>>,
    #[prop(optional)] optional: bool,
    #[prop(optional)] hint: Option<Msg>,
) -> impl IntoView {
    let i = use_i18n();
    let hint_id = format!("{id}-hint");
    let described = hint.is_some().then(|| hint_id.clone());
    let label_for = id.clone();
    view! {
        <div class="control number">
            <label for=label_for>{move || i.t(label)}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{move || i.t(h)}</p> })}
            <input
                id=id
                type="number"
                inputmode="numeric"
                min=min
                max=max
                step="1"
                aria-describedby=described
                prop:value=move || value.get().map(|v| v.to_string()).unwrap_or_default()
                on:change:target=move |ev| {
                    let raw = ev.target().value();
                    let parsed = raw.trim().parse::<i64>().ok().map(|v| v.clamp(i64::from(min), i64::from(max)) as u32);
                    match parsed {
                        Some(v) => on_change.run(Some(v)),
                        None if optional && raw.trim().is_empty() => on_change.run(None),
                        // Not a number: the previous value is put back below.
                        None => {}
                    }
                    // Show the value actually kept (clamped, or the previous one).
                    ev.target().set_value(&value.get_untracked().map(|v| v.to_string()).unwrap_or_default());
                }
            />
        </div>
    }
}
