use crate::features::data::import_notes::ImportNotes;
use crate::features::data::import_wizard::issue_table::IssueTable;
use crate::features::data::import_wizard::state::{Stage, Wizard};
use crate::i18n::{import_button, report_summary, tr, use_i18n, Msg};
use dxm_domain::import::Issue;
use leptos::prelude::*;

/// The validation report: what would be imported and "import", or why nothing can be; notes on
/// the whole list, then the errors and the row warnings.
#[component]
pub fn ReviewStep(wizard: Wizard) -> impl IntoView {
    let i = use_i18n();
    move || match wizard.stage.get() {
        Stage::Reviewed(report) => {
            let lang = i.lang.get();
            let ok = report.is_ok();
            let n = report.accepted;
            // Warnings about the whole list (line 0) are notes; the others are per row.
            let notes: Vec<Issue> = report
                .warnings
                .iter()
                .filter(|w| w.line == 0)
                .cloned()
                .collect();
            let rows: Vec<Issue> = report
                .warnings
                .iter()
                .filter(|w| w.line > 0)
                .cloned()
                .collect();
            let row_warnings = report.warning_count.saturating_sub(notes.len());
            view! {
                <h3 id="report-title" class="h4" tabindex="-1">{tr(Msg::ReportTitle)}</h3>
                <p class="summary-figure">{report_summary(lang, report.rows, report.error_count, report.warning_count)}</p>
                {if ok {
                    view! {
                        <p><button type="button" class="button primary" id="apply-import" on:click=move |_| wizard.apply()>{import_button(lang, n)}</button></p>
                    }.into_any()
                } else if report.error_count == 0 {
                    view! { <p class="error">{tr(Msg::NothingToImport)}</p> }.into_any()
                } else {
                    view! { <p class="error">{tr(Msg::FixAndRetry)}</p> }.into_any()
                }}
                <ImportNotes notes/>
                {(report.error_count > 0).then(|| view! {
                    <IssueTable id="import-errors" caption=Msg::ErrorsTitle issues=report.errors total=report.error_count/>
                })}
                {(row_warnings > 0).then(|| view! {
                    <details class="warnings">
                        <summary>{tr(Msg::RowWarningsTitle)} {dxm_domain::text::paren(lang, &row_warnings.to_string())}</summary>
                        <IssueTable id="import-warnings" caption=Msg::RowWarningsTitle issues=rows total=row_warnings/>
                    </details>
                })}
            }
            .into_any()
        }
        _ => ().into_any(),
    }
}
