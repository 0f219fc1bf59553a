use crate::app::use_catalog;
use crate::components::match_card::basis_msg;
use crate::i18n::{tr, use_i18n, Msg};
use crate::library_state::use_library;
use dxm_domain::library::StoredSet;
use dxm_domain::profile::Basis;
use dxm_domain::Level;
use leptos::prelude::*;

/// Checking and correcting one person's levels after an import: the levels a list gave (or the
/// crosswalk inferred) are shown item by item with where each comes from; what the user sets or
/// confirms counts in full from then on. Saved to the list, all or nothing.
#[component]
pub fn LevelEditor(set: StoredSet) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let library = use_library();
    let list_id = StoredValue::new(set.id.clone());
    let ids: Vec<String> = set.records.iter().map(|r| r.id.clone()).collect();
    let datalist = format!("ids-{}", set.id);
    let input_id = format!("edit-person-{}", set.id);
    let chosen = RwSignal::new(None::<String>);
    let typed = RwSignal::new(String::new());
    // The levels being edited: item code → (level, basis), for the chosen person.
    let draft = RwSignal::new(Vec::<(String, Level, Basis)>::new());
    let message = RwSignal::new(None::<Result<(), String>>);
    let records = StoredValue::new(set.records.clone());
    let open_person = move || {
        let id = typed.get_untracked().trim().to_owned();
        let found = records.with_value(|rs| rs.iter().find(|r| r.id == id).cloned());
        message.set(None);
        match found {
            Some(r) => {
                draft.set(
                    cat.standard
                        .items()
                        .iter()
                        .map(|it| {
                            let level = r
                                .skills
                                .get(&it.id)
                                .and_then(|l| Level::from_letter(l))
                                .unwrap_or(Level::Z);
                            let basis = r.basis.get(&it.id).copied().unwrap_or_default();
                            (it.id.clone(), level, basis)
                        })
                        .collect(),
                );
                chosen.set(Some(r.id));
            }
            None => {
                chosen.set(None);
                message.set(Some(Err(Msg::PersonNotFound
                    .text(i.lang.get_untracked())
                    .to_owned())));
            }
        }
    };
    let save = move |confirm_all: bool| {
        let Some(person) = chosen.get_untracked() else {
            return;
        };
        let before = records.with_value(|rs| rs.iter().find(|r| r.id == person).cloned());
        let Some(before) = before else { return };
        // Every item whose level changed, and (on request) every inferred one, becomes the
        // user's: confirmed.
        let changes: Vec<(String, Level)> = draft
            .get_untracked()
            .into_iter()
            .filter(|(code, level, basis)| {
                let was = before
                    .skills
                    .get(code)
                    .and_then(|l| Level::from_letter(l))
                    .unwrap_or(Level::Z);
                was != *level || (confirm_all && *basis == Basis::Inferred)
            })
            .map(|(code, level, _)| (code, level))
            .collect();
        let list_id = list_id.get_value();
        leptos::task::spawn_local(async move {
            let result = library.change_levels(&list_id, &person, changes).await;
            if result.is_ok() {
                if let Some(set) = library
                    .sets
                    .get_untracked()
                    .into_iter()
                    .find(|s| s.id == list_id)
                {
                    records.set_value(set.records);
                }
                open_person();
            }
            message.set(Some(result));
        });
    };
    view! {
        <details class="level-editor">
            <summary>{tr(Msg::EditLevelsTitle)}</summary>
            <p class="hint">{tr(Msg::EditLevelsHint)}</p>
            <form class="rename-form" on:submit=move |ev: leptos::ev::SubmitEvent| {
                ev.prevent_default();
                open_person();
            }>
                <label for=input_id.clone()>{tr(Msg::PersonId)}</label>
                <input
                    id=input_id
                    type="text"
                    list=datalist.clone()
                    prop:value=move || typed.get()
                    on:input:target=move |ev| typed.set(ev.target().value())
                />
                <datalist id=datalist>
                    {ids.into_iter().take(2000).map(|id| view! { <option value=id></option> }).collect_view()}
                </datalist>
                <button type="submit" class="button secondary small">{tr(Msg::ShowLevels)}</button>
            </form>
            <p role="status" class="import-status">
                {move || message.get().map(|m| match m {
                    Ok(()) => view! { <span class="ok">{tr(Msg::LevelsSaved)}</span> }.into_any(),
                    Err(e) => view! { <span class="error">{e}</span> }.into_any(),
                })}
            </p>
            {move || chosen.get().map(|person| {
                let lang = i.lang.get();
                view! {
                    <div class="table-scroll" role="region" aria-labelledby="level-editor-caption" tabindex="0">
                        <table class="data-table level-table">
                            <caption id="level-editor-caption">{format!("{person} — {}", Msg::EditLevelsTitle.text(lang))}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{tr(Msg::SkillItemHeader)}</th>
                                    <th scope="col">{tr(Msg::LevelWord)}</th>
                                    <th scope="col">{tr(Msg::BasisLabel)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {draft.get_untracked().into_iter().enumerate().map(|(n, (code, level, basis))| {
                                    let it = cat.standard.items()[n].clone();
                                    let select_id = format!("edit-level-{code}");
                                    view! {
                                        <tr>
                                            <th scope="row"><label for=select_id.clone()>{dxm_domain::text::pick(lang, &it.ja, &it.en).to_owned()}</label></th>
                                            <td>
                                                <select id=select_id on:change:target=move |ev| {
                                                    let l = Level::from_letter(&ev.target().value()).unwrap_or(Level::Z);
                                                    draft.update(|d| if let Some(x) = d.get_mut(n) { x.1 = l });
                                                }>
                                                    {Level::ALL_DESC.into_iter().map(|l| view! {
                                                        <option value=l.letter().to_string() selected=l == level>{l.letter().to_string()}</option>
                                                    }).collect_view()}
                                                </select>
                                            </td>
                                            <td>{(level > Level::Z).then(|| i.t(basis_msg(basis)))}</td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                    <p class="actions">
                        <button type="button" class="button primary small" on:click=move |_| save(false)>{tr(Msg::SaveLevels)}</button>
                        <button type="button" class="button secondary small" on:click=move |_| save(true)>{tr(Msg::ConfirmInferred)}</button>
                    </p>
                }
            })}
        </details>
    }
}
