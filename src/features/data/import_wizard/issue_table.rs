use crate::i18n::{more_issues, problem_text, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::widgets::scroll_table::{Caption, ScrollTable};
use dxm_domain::import::Issue;
use leptos::prelude::*;

/// At most this many rows of a report are shown; the rest are counted.
const SHOWN: usize = 200;

/// The problems found, row by row, with what to do about each.
#[component]
pub fn IssueTable(
    /// Id of the table (its caption's is `{id}-caption`).
    id: &'static str,
    caption: Msg,
    issues: Vec<Issue>,
    /// How many there are in all (the report may hold fewer).
    total: usize,
) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let lang = i.lang.get_untracked();
    let shown = issues.len().min(SHOWN);
    let rows = issues
        .into_iter()
        .take(SHOWN)
        .map(|e| {
            let (what, fix) = problem_text(lang, cat, &e.problem);
            let line = if e.line == 0 {
                Msg::HeaderRow.text(lang).to_owned()
            } else {
                e.line.to_string()
            };
            view! {
                <tr>
                    <td>{line}</td>
                    <td>{e.column}</td>
                    <td>{e.value}</td>
                    <td>{what}</td>
                    <td>{fix}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <ScrollTable caption_id=format!("{id}-caption") id=id class="data-table issues">
            <Caption slot>{tr(caption)}</Caption>
            <thead>
                <tr>
                    <th scope="col">{tr(Msg::RowLabel)}</th>
                    <th scope="col">{tr(Msg::ColumnHeader)}</th>
                    <th scope="col">{tr(Msg::ValueLabel)}</th>
                    <th scope="col">{tr(Msg::ProblemLabel)}</th>
                    <th scope="col">{tr(Msg::FixLabel)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </ScrollTable>
        {(total > shown).then(|| view! { <p class="hint">{more_issues(lang, total - shown)}</p> })}
    }
}
