use crate::features::data::import_wizard::state::Wizard;
use crate::i18n::{tp, tr, Msg};
use crate::state::catalog::use_catalog;
use leptos::prelude::*;

/// The new list's name, and the programme of people whose rows do not name one.
#[component]
pub fn ListSettings(wizard: Wizard) -> impl IntoView {
    let cat = use_catalog();
    let (list_name, default_programme) = (wizard.list_name, wizard.default_programme);
    view! {
        <div class="settings-grid">
            <div class="control">
                <label for="list-name">{tr(Msg::ListName)}</label>
                <input id="list-name" type="text" maxlength="80" prop:value=move || list_name.get() on:input:target=move |ev| list_name.set(ev.target().value())/>
            </div>
            <div class="control">
                <label for="default-programme">{tr(Msg::DefaultProgramme)}</label>
                <select id="default-programme" on:change:target=move |ev| default_programme.set(ev.target().value())>
                    <option value="" prop:selected=move || default_programme.with(String::is_empty)>{tr(Msg::NoDefaultProgramme)}</option>
                    {cat.programmes.programmes.iter().map(|p| {
                        let id = p.id.clone();
                        view! { <option value=p.id.clone() prop:selected=move || default_programme.get() == id>{tp(&p.ja, &p.en)}</option> }
                    }).collect_view()}
                </select>
            </div>
        </div>
    }
}
