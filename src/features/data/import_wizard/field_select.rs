use crate::i18n::{field_name, Msg};
use crate::state::catalog::use_catalog;
use dxm_domain::import::fields::FIELD_KEYS;
use dxm_domain::import::Field;
use dxm_domain::Lang;
use leptos::prelude::*;

/// A select value for each field ("skill:BT01" for a skill item).
fn field_key(f: &Field) -> String {
    match f {
        Field::Skill(code) => format!("skill:{code}"),
        Field::Personal(_) => "personal".into(),
        other => FIELD_KEYS
            .iter()
            .find(|(_, x)| x == other)
            .map_or(String::new(), |(k, _)| (*k).to_owned()),
    }
}

fn field_from_key(key: &str) -> Field {
    match key.strip_prefix("skill:") {
        Some(code) => Field::Skill(code.to_owned()),
        None => dxm_domain::import::fields::field_from_key(key).unwrap_or(Field::Ignore),
    }
}

/// The field a column goes to: the list's own fields, then every skill item.
#[component]
pub fn FieldSelect(
    id: String,
    /// The column's index in `mapping`.
    column: usize,
    mapping: RwSignal<Vec<Field>>,
    lang: Lang,
) -> impl IntoView {
    let cat = use_catalog();
    let c = column;
    let current = move || mapping.with(|m| m.get(c).map(field_key).unwrap_or_default());
    let option = move |f: &Field| {
        let key = field_key(f);
        let k2 = key.clone();
        view! { <option value=key prop:selected=move || current() == k2>{field_name(lang, cat, f)}</option> }
    };
    view! {
        <select id=id on:change:target=move |ev| {
            let f = field_from_key(&ev.target().value());
            mapping.update(|m| if let Some(x) = m.get_mut(c) { *x = f });
        }>
            {FIELD_KEYS.iter().map(|(_, f)| option(f)).collect_view()}
            <optgroup label=Msg::SkillItemsGroup.text(lang)>
                {cat.standard.items().iter().map(|it| option(&Field::Skill(it.id.clone()))).collect_view()}
            </optgroup>
        </select>
    }
}
