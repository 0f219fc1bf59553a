use crate::adapters::focus::focus_id_later;
use crate::i18n::{date_time, fiscal_year_label, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::route::Route;
use crate::state::workspace::use_state;
use crate::widgets::rename_row::{RenameRow, Renaming};
use leptos::prelude::*;

/// What the list shows of one saved assessment; a changed row is drawn as a new card.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct AssessmentRow {
    pub id: String,
    pub name: String,
    pub fiscal_year: u16,
    pub lgcode: Option<u32>,
    pub needed: usize,
    pub required: usize,
    pub updated_ms: u64,
}

/// One saved assessment: its year, organisation, progress and last change; open, duplicate,
/// rename, delete.
#[component]
pub fn AssessmentCard(
    row: AssessmentRow,
    renaming: Renaming,
    active_id: Memo<String>,
) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let state = use_state();
    let AssessmentRow {
        id,
        name,
        fiscal_year,
        lgcode,
        needed,
        required,
        updated_ms,
    } = row;
    let is_active = {
        let id = id.clone();
        move || active_id.get() == id
    };
    let org = lgcode
        .and_then(|c| cat.geography.locality(c))
        .map(|l| l.name().to_owned());
    let heading_id = format!("assessment-{id}");
    let save = move |id: String| {
        if state.rename(&id, &renaming.draft.get_untracked()) {
            renaming.done();
            focus_id_later("assessments-title");
        } else {
            renaming.refused.set(true);
        }
    };
    let delete = move |id: String| {
        state.remove(&id);
        focus_id_later("undo-delete");
    };
    view! {
        <li class="assessment-card" class:active=is_active.clone()>
            <h3 id=heading_id.clone() class="h4">
                {name.clone()}
                <Show when=is_active.clone()>
                    <span class="tag">{tr(Msg::ActiveTag)}</span>
                </Show>
            </h3>
            <p class="muted">
                {move || fiscal_year_label(i.lang.get(), fiscal_year)} " · "
                {org.unwrap_or_else(|| "—".to_owned())} " · "
                {move || format!("{} {}（{} {}）", i.t(Msg::NeededShort), needed, i.t(Msg::Required), required)} " · "
                {move || format!("{} {}", i.t(Msg::UpdatedLabel), date_time(i.lang.get(), updated_ms))}
            </p>
            <RenameRow
                id=id.clone()
                name=name
                renaming
                input_id=format!("rename-{id}")
                group_label=heading_id
                on_save=Callback::new(save)
                on_delete=Callback::new(delete)
            >
                <a
                    class="button secondary small"
                    href=Route::Start.href()
                    on:click={
                        let id = id.clone();
                        move |_| state.activate(&id)
                    }
                >
                    {tr(Msg::OpenAssessment)}
                </a>
                <button
                    type="button"
                    class="button secondary small"
                    on:click={
                        let id = id.clone();
                        move |_| state.duplicate(&id)
                    }
                >
                    {tr(Msg::Duplicate)}
                </button>
            </RenameRow>
        </li>
    }
}
