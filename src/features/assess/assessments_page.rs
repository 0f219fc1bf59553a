use crate::features::assess::compare_view::CompareView;
use crate::i18n::{date_time, deleted_notice, fiscal_year_label, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::route::Route;
use crate::state::workspace::use_state;
use crate::widgets::page_heading::PageHeading;
use leptos::prelude::*;

/// Every saved assessment: open, duplicate, rename, delete (with undo), and compare two.
#[component]
pub fn AssessmentsPage() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let state = use_state();
    // Id of the assessment being renamed, and the name typed so far.
    let renaming = RwSignal::new(None::<String>);
    let draft = RwSignal::new(String::new());
    let rename_error = RwSignal::new(false);
    let list = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.assessments
                .iter()
                .map(|a| {
                    (
                        a.id.clone(),
                        a.name.clone(),
                        a.fiscal_year,
                        a.context.lgcode,
                        a.rated_count(),
                        a.required_count(),
                        a.updated_ms,
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let active_id = Memo::new(move |_| state.active.with(|a| a.id.clone()));

    let commit_rename = move |id: String| {
        if state.rename(&id, &draft.get_untracked()) {
            renaming.set(None);
            rename_error.set(false);
            crate::adapters::focus::focus_id_later("assessments-title");
        } else {
            rename_error.set(true);
        }
    };

    view! {
        <PageHeading title=Msg::AssessmentsTitle intro=Msg::AssessmentsIntro/>
        <p>
            <button type="button" class="button primary" on:click=move |_| state.create()>
                {tr(Msg::NewAssessment)}
            </button>
        </p>
        <div class="status-slot" role="status">
            {move || state.removed.get().map(|r| view! {
                <p class="notice info">
                    {deleted_notice(i.lang.get(), &r.assessment.name)} " "
                    <button type="button" class="button secondary small" id="undo-delete" on:click=move |_| state.undo_remove()>
                        {tr(Msg::Undo)}
                    </button>
                </p>
            })}
        </div>
        <h2 id="assessments-title" tabindex="-1">{tr(Msg::SavedAssessments)}</h2>
        <ul class="assessment-list">
            <For
                each=move || list.get()
                key=|row| row.clone()
                children=move |(id, name, fy, lgcode, needed, required, updated)| {
                    let is_active = { let id = id.clone(); move || active_id.get() == id };
                    let org = lgcode
                        .and_then(|c| cat.geography.locality(c))
                        .map(|l| l.name().to_owned());
                    let (id_open, id_dup, id_ren, id_del, id_save) = (id.clone(), id.clone(), id.clone(), id.clone(), id.clone());
                    let editing = { let id = id.clone(); move || renaming.get().as_deref() == Some(id.as_str()) };
                    let input_id = format!("rename-{id}");
                    let heading_id = format!("assessment-{id}");
                    let name_for_edit = name.clone();
                    view! {
                        <li class="assessment-card" class:active=is_active.clone()>
                            <h3 id=heading_id.clone() class="h4">
                                {name.clone()}
                                <Show when=is_active.clone()>
                                    <span class="tag">{tr(Msg::ActiveTag)}</span>
                                </Show>
                            </h3>
                            <p class="muted">
                                {move || fiscal_year_label(i.lang.get(), fy)} " · "
                                {org.clone().unwrap_or_else(|| "—".to_owned())} " · "
                                {move || format!("{} {}（{} {}）", i.t(Msg::NeededShort), needed, i.t(Msg::Required), required)} " · "
                                {move || format!("{} {}", i.t(Msg::UpdatedLabel), date_time(i.lang.get(), updated))}
                            </p>
                            <Show
                                when=editing.clone()
                                fallback=move || {
                                    let (id_open, id_dup, id_ren, id_del) = (id_open.clone(), id_dup.clone(), id_ren.clone(), id_del.clone());
                                    let name_for_edit = name_for_edit.clone();
                                    let group_label = format!("assessment-{id_open}");
                                    view! {
                                        <div class="actions compact" role="group" aria-labelledby=group_label>
                                            <a
                                                class="button secondary small"
                                                href=Route::Start.href()
                                                on:click=move |_| state.activate(&id_open)
                                            >
                                                {tr(Msg::OpenAssessment)}
                                            </a>
                                            <button type="button" class="button secondary small" on:click=move |_| state.duplicate(&id_dup)>
                                                {tr(Msg::Duplicate)}
                                            </button>
                                            <button
                                                type="button"
                                                class="button secondary small"
                                                on:click=move |_| {
                                                    draft.set(name_for_edit.clone());
                                                    rename_error.set(false);
                                                    renaming.set(Some(id_ren.clone()));
                                                    let target = format!("rename-{id_ren}");
                                                    crate::adapters::focus::focus_id_later(target);
                                                }
                                            >
                                                {tr(Msg::Rename)}
                                            </button>
                                            <button
                                                type="button"
                                                class="button secondary small danger"
                                                on:click=move |_| {
                                                    state.remove(&id_del);
                                                    crate::adapters::focus::focus_id_later("undo-delete");
                                                }
                                            >
                                                {tr(Msg::Delete)}
                                            </button>
                                        </div>
                                    }
                                }
                            >
                                <form
                                    class="rename-form"
                                    on:submit={
                                        let id_save = id_save.clone();
                                        move |ev: leptos::ev::SubmitEvent| {
                                            ev.prevent_default();
                                            commit_rename(id_save.clone());
                                        }
                                    }
                                >
                                    <label for=input_id.clone()>{tr(Msg::NewName)}</label>
                                    <input
                                        id=input_id.clone()
                                        type="text"
                                        maxlength="120"
                                        aria-invalid=move || rename_error.get().then_some("true")
                                        aria-describedby=move || rename_error.get().then(|| "rename-error".to_owned())
                                        prop:value=move || draft.get()
                                        on:input:target=move |ev| draft.set(ev.target().value())
                                    />
                                    <Show when=move || rename_error.get()>
                                        <p class="error" id="rename-error">{tr(Msg::NameRequired)}</p>
                                    </Show>
                                    <button type="submit" class="button primary small">{tr(Msg::Save)}</button>
                                    <button type="button" class="button secondary small" on:click=move |_| renaming.set(None)>
                                        {tr(Msg::Cancel)}
                                    </button>
                                </form>
                            </Show>
                        </li>
                    }
                }
            />
        </ul>
        <CompareView/>
    }
}
