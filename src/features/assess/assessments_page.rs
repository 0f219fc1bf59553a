use crate::features::assess::assessment_card::{AssessmentCard, AssessmentRow};
use crate::features::assess::compare_view::CompareView;
use crate::i18n::{deleted_notice, tr, use_i18n, Msg};
use crate::state::workspace::use_state;
use crate::widgets::page_heading::PageHeading;
use crate::widgets::rename_row::Renaming;
use leptos::prelude::*;

/// Every saved assessment: open, duplicate, rename, delete (with undo), and compare two.
#[component]
pub fn AssessmentsPage() -> impl IntoView {
    let i = use_i18n();
    let state = use_state();
    let renaming = Renaming::new();
    let list = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.assessments
                .iter()
                .map(|a| AssessmentRow {
                    id: a.id.clone(),
                    name: a.name.clone(),
                    fiscal_year: a.fiscal_year,
                    lgcode: a.context.lgcode,
                    needed: a.rated_count(),
                    required: a.required_count(),
                    updated_ms: a.updated_ms,
                })
                .collect::<Vec<_>>()
        })
    });
    let active_id = Memo::new(move |_| state.active.with(|a| a.id.clone()));

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
                children=move |row| view! { <AssessmentCard row renaming active_id/> }
            />
        </ul>
        <CompareView/>
    }
}
