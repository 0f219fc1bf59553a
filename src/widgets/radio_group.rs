use crate::i18n::{tr, use_i18n, Msg};
use leptos::prelude::*;

/// A compact fieldset of radio buttons choosing one value.
#[component]
pub fn RadioGroup<T>(
    legend: Msg,
    /// The radios' name, unique per page.
    name: &'static str,
    /// Each choice: its value, the id of its radio, its label.
    options: Vec<(T, &'static str, Msg)>,
    #[prop(into)] value: Signal<T>,
    on_change: Callback<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let i = use_i18n();
    view! {
        <fieldset class="choices compact">
            <legend>{tr(legend)}</legend>
            {options
                .into_iter()
                .map(|(v, id, label)| {
                    view! {
                        <div class="choice inline">
                            <input
                                type="radio"
                                name=name
                                id=id
                                prop:checked=move || value.get() == v
                                on:change=move |_| on_change.run(v)
                            />
                            <label for=id>{move || i.t(label)}</label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}
