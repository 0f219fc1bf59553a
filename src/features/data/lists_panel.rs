use crate::adapters::idb::IdbError;
use crate::features::data::level_editor::LevelEditor;
use crate::i18n::{date_time, idb_error, tr, use_i18n, Msg};
use crate::state::library::{use_library, Status};
use crate::state::talent::use_talent;
use dxm_domain::library::StoredSet;
use leptos::prelude::*;

/// The imported lists and the publisher's packs: use in matching or not, rename, remove (with
/// undo); and whether the fictional samples take part.
#[component]
pub fn ListsPanel() -> impl IntoView {
    let i = use_i18n();
    let library = use_library();
    let talent = use_talent();
    let error = RwSignal::new(None::<IdbError>);
    let run =
        move |f: std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), IdbError>>>>| {
            leptos::task::spawn_local(async move {
                error.set(f.await.err());
            });
        };
    // The list being renamed and the name typed so far.
    let renaming = RwSignal::new(None::<String>);
    let draft = RwSignal::new(String::new());
    let commit_rename = move |id: String| {
        let name = draft.get_untracked().trim().to_owned();
        if name.is_empty() {
            return;
        }
        renaming.set(None);
        let back = format!("rename-list-{id}");
        run(Box::pin(async move { library.rename(&id, name).await }));
        crate::adapters::focus::focus_id_later(back);
    };
    let row = move |s: StoredSet, published: bool| {
        let lang = i.lang.get();
        let id = s.id.clone();
        let check_id = format!("use-{}", s.id);
        let skipped = talent.with(|t| t.skipped.contains(&s.name));
        let (id_on, id_del, id_ren, id_save) = (id.clone(), id.clone(), id.clone(), id.clone());
        let editing = renaming.get().as_deref() == Some(id.as_str());
        let input_id = format!("rename-input-{id}");
        let name_for_edit = s.name.clone();
        view! {
            <li class="list-card">
                <h3 class="h4">
                    {s.name.clone()}
                    {published.then(|| view! { <span class="tag">{tr(Msg::PublishedTag)}</span> })}
                </h3>
                <p class="muted">
                    {format!("{} {}", s.records.len(), Msg::ProfilesCount.text(lang))} " · " {s.source.clone()}
                    {(!s.as_of.is_empty()).then(|| format!(" · {} {}", Msg::AsOf.text(lang), s.as_of))}
                    {(s.imported_ms > 0).then(|| format!(" · {} {}", Msg::ImportedAt.text(lang), date_time(lang, s.imported_ms)))}
                </p>
                {skipped.then(|| view! { <p class="error">{tr(Msg::ListSkipped)}</p> })}
                {(!published && editing).then(|| view! {
                    <form class="rename-form" on:submit=move |ev: leptos::ev::SubmitEvent| {
                        ev.prevent_default();
                        commit_rename(id_save.clone());
                    }>
                        <label for=input_id.clone()>{tr(Msg::NewName)}</label>
                        <input
                            id=input_id.clone()
                            type="text"
                            maxlength="120"
                            required
                            prop:value=move || draft.get_untracked()
                            on:input:target=move |ev| draft.set(ev.target().value())
                        />
                        <button type="submit" class="button primary small">{tr(Msg::Save)}</button>
                        <button type="button" class="button secondary small" on:click=move |_| renaming.set(None)>
                            {tr(Msg::Cancel)}
                        </button>
                    </form>
                })}
                {(!published && !editing).then(|| view! {
                    <div class="actions compact">
                        <div class="choice inline">
                            <input
                                type="checkbox"
                                id=check_id.clone()
                                prop:checked=s.enabled
                                on:change:target=move |ev| {
                                    let on = ev.target().checked();
                                    let id = id_on.clone();
                                    run(Box::pin(async move { library.set_enabled(&id, on).await }));
                                }
                            />
                            <label for=check_id>{tr(Msg::UseInMatching)}</label>
                        </div>
                        <button
                            type="button"
                            class="button secondary small"
                            id=format!("rename-list-{id_ren}")
                            on:click=move |_| {
                                draft.set(name_for_edit.clone());
                                renaming.set(Some(id_ren.clone()));
                                let target = format!("rename-input-{id_ren}");
                                crate::adapters::focus::focus_id_later(target);
                            }
                        >
                            {tr(Msg::Rename)}
                        </button>
                        <button
                            type="button"
                            class="button secondary small danger"
                            on:click=move |_| {
                                let id = id_del.clone();
                                // Focus moves to "undo" once the list is really gone.
                                run(Box::pin(async move {
                                    library.remove(&id).await?;
                                    crate::adapters::focus::focus_id_later("undo-list");
                                    Ok(())
                                }));
                            }
                        >
                            {tr(Msg::Delete)}
                        </button>
                    </div>
                })}
            </li>
        }
    };
    view! {
        <section class="panel lists" aria-labelledby="lists-title">
            <h2 id="lists-title">{tr(Msg::ListsTitle)}</h2>
            <Show when=move || library.status.get() == Status::Unavailable>
                <p class="notice warning">{tr(Msg::ListsUnavailable)}</p>
            </Show>
            <div class="choice">
                <input
                    type="checkbox"
                    id="hide-samples"
                    prop:checked=move || library.hide_samples.get()
                    on:change:target=move |ev| library.set_hide_samples(ev.target().checked())
                />
                <label for="hide-samples">{tr(Msg::HideSamples)}</label>
            </div>
            <div class="status-slot" role="status">
                {move || library.removed.get().map(|r| view! {
                    <p class="notice info">
                        {tr(Msg::ListRemoved)} " " {r.name} " "
                        <button type="button" class="button secondary small" id="undo-list" on:click=move |_| {
                            let back = format!("rename-list-{}", r.id);
                            run(Box::pin(async move {
                                library.undo_remove().await?;
                                crate::adapters::focus::focus_id_later(back);
                                Ok(())
                            }))
                        }>
                            {tr(Msg::Undo)}
                        </button>
                    </p>
                })}
                {move || error.get().map(|e| view! { <p class="error">{tr(idb_error(e))}</p> })}
            </div>
            {move || {
                let packs = library.packs.get();
                let sets = library.sets.get();
                if packs.is_empty() && sets.is_empty() {
                    view! { <p class="muted">{tr(Msg::NoLists)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="list-cards">
                            {packs.into_iter().map(|s| row(s, true)).collect_view()}
                            {sets.into_iter().map(|s| row(s, false)).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
            <LevelEditor/>
        </section>
    }
}
