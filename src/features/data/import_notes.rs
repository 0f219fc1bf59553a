use crate::i18n::{problem_text, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use dxm_domain::import::Issue;
use leptos::prelude::*;

/// How the whole list was read — the layout recognised, columns never read (personal data),
/// what was assumed for columns the list does not have, levels inferred — said before the
/// row-by-row report, so that nothing about the import is hidden in a table.
#[component]
pub fn ImportNotes(notes: Vec<Issue>) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    (!notes.is_empty()).then(|| {
        view! {
            <section class="import-notes" aria-labelledby="import-notes-title">
                <h4 id="import-notes-title">{tr(Msg::ImportNotesTitle)}</h4>
                <ul>
                    {notes.into_iter().map(|n| {
                        let column = n.column.clone();
                        view! {
                            <li>
                                {(!column.is_empty()).then(|| view! { <strong>{format!("「{column}」")}</strong> " " })}
                                {move || problem_text(i.lang.get(), cat, &n.problem).0}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        }
    })
}
