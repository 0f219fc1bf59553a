use crate::i18n::{basis_msg, idb_error, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::library::use_library;
use crate::widgets::scroll_table::{Caption, ScrollTable};
use dxm_domain::profile::Basis;
use dxm_domain::Level;
use leptos::prelude::*;

/// Checking and correcting one person's levels after an import: the levels a list gave (or the
/// crosswalk inferred) are shown item by item with where each comes from; what the user sets or
/// confirms counts in full from then on. Saved to the list, all or nothing. One editor for all
/// the user's lists, so that saving (which replaces the list) keeps it open with its message.
#[component]
pub fn LevelEditor() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let library = use_library();
    let list = RwSignal::new(String::new());
    let typed = RwSignal::new(String::new());
    // The person shown, and the levels being edited: (item code, level, basis).
    let chosen = RwSignal::new(None::<(String, String)>);
    let draft = RwSignal::new(Vec::<(String, Level, Basis)>::new());
    let message = RwSignal::new(None::<Result<(), Msg>>);
    let record = move |list_id: &str, person: &str| {
        library.sets.with_untracked(|sets| {
            sets.iter()
                .find(|s| s.id == list_id)
                .and_then(|s| s.records.iter().find(|r| r.id == person).cloned())
        })
    };
    let show = move |list_id: String, person: String| match record(&list_id, &person) {
        Some(r) => {
            draft.set(r.item_levels(&cat.standard));
            chosen.set(Some((list_id, person)));
        }
        None => {
            chosen.set(None);
            message.set(Some(Err(Msg::PersonNotFound)));
        }
    };
    let save = move |confirm_all: bool| {
        let Some((list_id, person)) = chosen.get_untracked() else {
            return;
        };
        let Some(before) = record(&list_id, &person) else {
            return;
        };
        // Every item whose level changed, and (on request) every inferred one, becomes the
        // user's: confirmed.
        let edited: Vec<(String, Level)> = draft.with_untracked(|d| {
            d.iter()
                .map(|(code, level, _)| (code.clone(), *level))
                .collect()
        });
        let changes = before.corrections(&edited, confirm_all);
        leptos::task::spawn_local(async move {
            let result = library.change_levels(&list_id, &person, changes).await;
            if result.is_ok() {
                show(list_id, person);
            }
            message.set(Some(result.map_err(idb_error)));
        });
    };
    view! {
        <Show when=move || library.sets.with(|s| !s.is_empty())>
            <details class="level-editor">
                <summary>{tr(Msg::EditLevelsTitle)}</summary>
                <p class="hint">{tr(Msg::EditLevelsHint)}</p>
                <form class="rename-form" on:submit=move |ev: leptos::ev::SubmitEvent| {
                    ev.prevent_default();
                    message.set(None);
                    let id = if list.get_untracked().is_empty() {
                        library.sets.with_untracked(|s| s.first().map(|s| s.id.clone()).unwrap_or_default())
                    } else {
                        list.get_untracked()
                    };
                    show(id, typed.get_untracked().trim().to_owned());
                }>
                    <label for="edit-list">{tr(Msg::ListLabel)}</label>
                    <select id="edit-list" on:change:target=move |ev| list.set(ev.target().value())>
                        {move || library.sets.with(|sets| sets.iter().map(|s| {
                            let id = s.id.clone();
                            view! { <option value=s.id.clone() prop:selected=move || list.get() == id>{s.name.clone()}</option> }
                        }).collect_view())}
                    </select>
                    <label for="edit-person">{tr(Msg::PersonId)}</label>
                    <input
                        id="edit-person"
                        type="text"
                        prop:value=move || typed.get()
                        on:input:target=move |ev| typed.set(ev.target().value())
                    />
                    <button type="submit" class="button secondary small">{tr(Msg::ShowLevels)}</button>
                </form>
                <p role="status" class="import-status">
                    {move || message.get().map(|m| match m {
                        Ok(()) => view! { <span class="ok">{tr(Msg::LevelsSaved)}</span> }.into_any(),
                        Err(m) => view! { <span class="error">{tr(m)}</span> }.into_any(),
                    })}
                </p>
                {move || chosen.get().map(|(_, person)| {
                    let lang = i.lang.get();
                    view! {
                        <ScrollTable caption_id="level-editor-caption" class="data-table level-table">
                            <Caption slot>{format!("{person} — {}", Msg::EditLevelsTitle.text(lang))}</Caption>
                            <thead>
                                <tr>
                                    <th scope="col">{tr(Msg::SkillItemHeader)}</th>
                                    <th scope="col">{tr(Msg::LevelWord)}</th>
                                    <th scope="col">{tr(Msg::BasisLabel)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {draft.get_untracked().into_iter().enumerate().map(|(n, (code, level, basis))| {
                                    let it = &cat.standard.items()[n];
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
                        </ScrollTable>
                        <p class="actions">
                            <button type="button" class="button primary small" on:click=move |_| save(false)>{tr(Msg::SaveLevels)}</button>
                            <button type="button" class="button secondary small" on:click=move |_| save(true)>{tr(Msg::ConfirmInferred)}</button>
                        </p>
                    }
                })}
            </details>
        </Show>
    }
}
