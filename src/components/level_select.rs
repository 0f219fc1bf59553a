use crate::app::use_catalog;
use crate::i18n::{use_i18n, Msg};
use dxm_domain::Level;
use leptos::prelude::*;

/// A labelled a/b/c/d/z choice whose options spell out what each level means.
#[component]
pub fn LevelSelect(
    id: String,
    label: Msg,
    #[prop(into)] value: Signal<Level>,
    on_pick: Callback<Level>,
) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let label_for = id.clone();
    view! {
        <div class="control">
            <label for=label_for>{move || i.t(label)}</label>
            <select
                id=id
                on:change:target=move |ev| {
                    if let Some(l) = Level::from_letter(&ev.target().value()) {
                        on_pick.run(l);
                    }
                }
            >
                {Level::ALL_DESC
                    .into_iter()
                    .map(|l| {
                        let d = cat.standard.descriptor(l);
                        view! {
                            <option value=l.letter().to_string() prop:selected=move || value.get() == l>
                                {move || format!("{}：{}", l.letter(), i.pick(&d.ja, &d.en))}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
