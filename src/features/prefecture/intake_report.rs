use crate::i18n::prefecture::{issue, missing_title, source};
use crate::i18n::{tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::widgets::scroll_table::{Caption, ScrollTable};
use dxm_domain::geo::format_lgcode;
use dxm_domain::prefecture::{Intake, Issue};
use leptos::prelude::*;

/// Which assessments count, and which do not with the reason and what to do; the
/// municipalities that sent none.
#[component]
pub fn IntakeReport(intake: Memo<Intake>) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let count = move |f: fn(&Issue) -> bool| intake.with(|x| x.count(f));
    let figures = move || {
        intake.with(|x| {
            vec![
                (Msg::IntakeExpected, x.expected, "expected"),
                (Msg::IntakeAccepted, x.accepted.len(), "accepted"),
                (Msg::IntakeMissing, x.missing.len(), "missing"),
                (
                    Msg::IntakeDuplicates,
                    count(|i| matches!(i, Issue::Duplicate { .. })),
                    "duplicates",
                ),
                (
                    Msg::IntakeOtherYear,
                    count(|i| matches!(i, Issue::OtherYear { .. })),
                    "other-year",
                ),
                (
                    Msg::IntakeNotCounted,
                    count(|i| {
                        matches!(
                            i,
                            Issue::NoOrganisation
                                | Issue::PrefectureItself
                                | Issue::OtherPrefecture { .. }
                        )
                    }),
                    "not-counted",
                ),
                (
                    Msg::IntakeUnreadable,
                    count(|i| matches!(i, Issue::Unreadable(_))),
                    "unreadable",
                ),
            ]
        })
    };
    let name_of = move |code: u32| {
        cat.geography
            .locality(code)
            .map(|l| cat.geography.full_name(l, i.lang.get()))
            .unwrap_or_else(|| format_lgcode(code))
    };
    view! {
        <section class="panel" aria-labelledby="intake-title">
            <h2 id="intake-title">{tr(Msg::IntakeTitle)}</h2>
            <dl class="figures" id="intake-figures">
                {move || figures().into_iter().map(|(label, n, key)| view! {
                    <div class=format!("figure {key}")>
                        <dt>{tr(label)}</dt>
                        <dd>{n}</dd>
                    </div>
                }).collect_view()}
            </dl>
            <Show when=move || intake.with(|x| !x.rejected.is_empty())>
                <ScrollTable caption_id="rejected-caption" id="rejected-table" class="data-table issues">
                    <Caption slot>{tr(Msg::RejectedTitle)}</Caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr(Msg::ColSource)}</th>
                            <th scope="col">{tr(Msg::ColAssessment)}</th>
                            <th scope="col">{tr(Msg::ColOrganisation)}</th>
                            <th scope="col">{tr(Msg::ColReason)}</th>
                            <th scope="col">{tr(Msg::ColWhatToDo)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            let lang = i.lang.get();
                            intake.with(|x| {
                                let year = x.settings.fiscal_year;
                                x.rejected.iter().map(|r| {
                                    let (why, fix) = issue(lang, cat, &r.issue, year);
                                    view! {
                                        <tr>
                                            <td>{source(lang, &r.source)}</td>
                                            <td>{r.name.clone()}</td>
                                            <td>{r.lgcode.map(name_of)}</td>
                                            <td>{why}</td>
                                            <td>{fix}</td>
                                        </tr>
                                    }
                                }).collect_view()
                            })
                        }}
                    </tbody>
                </ScrollTable>
            </Show>
            <Show when=move || intake.with(|x| !x.missing.is_empty())>
                <details class="missing" id="missing-list">
                    <summary>{move || missing_title(i.lang.get(), intake.with(|x| x.missing.len()))}</summary>
                    <ul class="columns">
                        {move || intake.with(|x| x.missing.iter().map(|&c| view! { <li>{name_of(c)}</li> }).collect_view())}
                    </ul>
                </details>
            </Show>
        </section>
    }
}
