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
///
/// Until someone reaches for it (focus, pointer, key) the select holds only the field chosen:
/// a list in the template's layout has 63 columns, and 63 selects of 75 options each took the
/// browser hundreds of milliseconds to lay out before the mapping could be shown. Every way of
/// opening a select focuses it or presses on it first, so the options are there when it opens.
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
    let opened = RwSignal::new(false);
    let open = move || {
        if !opened.get_untracked() {
            opened.set(true);
        }
    };
    let option = move |f: &Field, chosen: &str| {
        let key = field_key(f);
        let selected = key == chosen;
        view! { <option value=key selected=selected>{field_name(lang, cat, f)}</option> }
    };
    let options = move || {
        let chosen = current_untracked(mapping, c);
        if !opened.get() {
            let f = field_from_key(&chosen);
            return option(&f, &chosen).into_any();
        }
        view! {
            {FIELD_KEYS.iter().map(|(_, f)| option(f, &chosen)).collect_view()}
            <optgroup label=Msg::SkillItemsGroup.text(lang)>
                {cat.standard.items().iter().map(|it| option(&Field::Skill(it.id.clone()), &chosen)).collect_view()}
            </optgroup>
        }
        .into_any()
    };
    view! {
        <select
            id=id
            prop:value=current
            on:focus=move |_| open()
            on:pointerdown=move |_| open()
            on:keydown=move |_| open()
            on:change:target=move |ev| {
                let f = field_from_key(&ev.target().value());
                mapping.update(|m| if let Some(x) = m.get_mut(c) { *x = f });
            }
        >
            {options}
        </select>
    }
}

fn current_untracked(mapping: RwSignal<Vec<Field>>, c: usize) -> String {
    mapping.with_untracked(|m| m.get(c).map(field_key).unwrap_or_default())
}
