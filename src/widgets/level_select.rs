use crate::i18n::{use_i18n, Msg};
use crate::state::catalog::use_catalog;
use dxm_domain::Level;
use leptos::prelude::*;

/// A labelled a/b/c/d/z choice whose options spell out what each level means. With `unset`,
/// the first option means "not entered" (`None`); options below `min` are disabled.
#[component]
pub fn LevelSelect(
    id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<Option<Level>>,
    on_pick: Callback<Option<Level>>,
    #[prop(optional)] unset: Option<Msg>,
    #[prop(optional, into)] min: Option<Signal<Level>>,
    #[prop(optional)] describedby: Option<String>,
) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let label_for = id.clone();
    view! {
        <div class="control">
            <label for=label_for>{move || label.get()}</label>
            <select
                id=id
                aria-describedby=describedby
                on:change:target=move |ev| on_pick.run(Level::from_letter(&ev.target().value()))
            >
                {unset.map(|m| view! {
                    <option value="" prop:selected=move || value.get().is_none()>{move || i.t(m)}</option>
                })}
                {Level::ALL_DESC
                    .into_iter()
                    .map(|l| {
                        let d = cat.standard.descriptor(l);
                        view! {
                            <option
                                value=l.letter().to_string()
                                prop:selected=move || value.get() == Some(l)
                                disabled=move || min.is_some_and(|m| l < m.get())
                            >
                                {move || format!("{}：{}", l.letter(), i.pick(&d.ja, &d.en))}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
