use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;

/// One checkbox of a `ChoiceList`: data texts in both languages.
#[derive(Clone)]
pub struct Choice {
    pub id: String,
    pub ja: String,
    pub en: String,
    pub hint_ja: String,
    pub hint_en: String,
}

/// A fieldset of checkboxes. `selected` holds the ticked ids; `tagged` ids get a small
/// "applied" tag (used by the presets step).
#[component]
pub fn ChoiceList(
    legend: Msg,
    /// Prefix of the checkbox ids (`{prefix}-{choice id}`), unique per page.
    prefix: &'static str,
    choices: Vec<Choice>,
    #[prop(into)] selected: Signal<Vec<String>>,
    on_toggle: Callback<(String, bool)>,
    #[prop(optional, into)] tagged: Option<Signal<Vec<String>>>,
    #[prop(optional)] tag: Option<Msg>,
) -> impl IntoView {
    let i = use_i18n();
    view! {
        <fieldset class="choices">
            <legend>{move || i.t(legend)}</legend>
            {choices
                .into_iter()
                .map(|c| {
                    let dom_id = format!("{prefix}-{}", c.id);
                    let hint_id = format!("{dom_id}-hint");
                    let has_hint = !c.hint_ja.is_empty();
                    let (id_checked, id_change, id_tag) = (c.id.clone(), c.id.clone(), c.id.clone());
                    let Choice { ja, en, hint_ja, hint_en, .. } = c;
                    view! {
                        <div class="choice">
                            <input
                                type="checkbox"
                                id=dom_id.clone()
                                aria-describedby=has_hint.then(|| hint_id.clone())
                                prop:checked=move || selected.with(|s| s.contains(&id_checked))
                                on:change:target=move |ev| on_toggle.run((id_change.clone(), ev.target().checked()))
                            />
                            <label for=dom_id>
                                {move || i.pick(&ja, &en).to_owned()}
                                {move || {
                                    let on = tagged.is_some_and(|t| t.with(|t| t.contains(&id_tag)));
                                    (on && tag.is_some()).then(|| view! { <span class="tag">{move || tag.map(|m| i.t(m))}</span> })
                                }}
                            </label>
                            {has_hint.then(|| view! {
                                <p class="hint" id=hint_id>{move || i.pick(&hint_ja, &hint_en).to_owned()}</p>
                            })}
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// Adds or removes `id` in a list of ids, keeping the list's order.
pub fn toggle_id(list: &mut Vec<String>, id: String, on: bool) {
    list.retain(|x| *x != id);
    if on {
        list.push(id);
    }
}
