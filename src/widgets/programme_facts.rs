use crate::i18n::{rule_text, step_label, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::workspace::use_state;
use dxm_domain::programme::{Programme, Quote, Status};
use dxm_domain::text::{paren, pick};
use leptos::prelude::*;

/// Which of a programme's facts to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facts {
    /// Conditions and limits, with what every source says where they differ.
    Rules,
    /// Costs and financial support.
    Costs,
    /// How to apply: who to contact (named for the user's organisation), when, what is needed,
    /// what is owed afterwards.
    Apply,
}

/// One line of what a programme says, its status and its sources with their dates; where a
/// source says something else, its words beside it. Used on match cards, in the team plan, on
/// the 求める人材像 sheet and on the sources page, so every rule is shown the same way.
#[component]
pub fn ProgrammeFacts(programme: &'static Programme, facts: Facts) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let state = use_state();
    let cite = move |quotes: &[Quote]| {
        let lang = i.lang.get();
        let mut ids: Vec<&str> = Vec::new();
        for q in quotes.iter().filter(|q| !q.differs) {
            if !ids.contains(&q.source.as_str()) {
                ids.push(&q.source);
            }
        }
        (!ids.is_empty()).then(|| {
            let names: Vec<String> = ids.iter().map(|id| programme.cite(id, lang)).collect();
            view! { <span class="cite">{paren(lang, &format!("{}: {}", Msg::SourceWord.text(lang), names.join(" / ")))}</span> }
        })
    };
    let status = |s: Status| {
        s.is_unverified()
            .then(|| view! { " " <span class="tag missing">{tr(Msg::NotConfirmedTag)}</span> })
    };
    let differing = move |quotes: &'static [Quote]| {
        quotes
            .iter()
            .filter(|q| q.differs)
            .map(|q| {
                view! {
                    <p class="differs">
                        <span class="tag conflict">{tr(Msg::SourcesDiffer)}</span> " "
                        <q lang="ja">{q.ja.clone()}</q>
                        {move || paren(i.lang.get(), &programme.cite(&q.source, i.lang.get()))}
                    </p>
                }
            })
            .collect_view()
    };
    match facts {
        Facts::Rules => view! {
            <ul class="cited">
                {programme.rules.iter().map(|r| view! {
                    <li>
                        {move || rule_text(i.lang.get(), r)}
                        {status(r.status)}
                        " " {move || cite(&r.quotes)}
                        {differing(&r.quotes)}
                    </li>
                }).collect_view()}
                <li>
                    <strong>{tr(Msg::EligibilityTitle)} "："</strong>
                    {move || pick(i.lang.get(), &programme.eligibility.note_ja, &programme.eligibility.note_en).to_owned()}
                    {status(programme.eligibility.status)}
                    " " {move || cite(&programme.eligibility.quotes)}
                </li>
            </ul>
        }
        .into_any(),
        Facts::Costs => view! {
            <ul class="cited">
                {programme.costs.iter().map(|c| view! {
                    <li>
                        {move || pick(i.lang.get(), &c.ja, &c.en).to_owned()}
                        {status(c.status)}
                        " " {move || cite(&c.quotes)}
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any(),
        Facts::Apply => {
            if programme.apply.is_empty() {
                return view! { <p class="muted">{tr(Msg::NoApplySteps)}</p> }.into_any();
            }
            view! {
                <dl class="apply-steps">
                    {programme.apply.iter().map(|s| {
                        let office = move || {
                            let lg = state.active.with(|a| a.context.lgcode);
                            s.contact
                                .zip(lg)
                                .and_then(|(c, code)| c.resolve(&cat.geography, code, i.lang.get()))
                                .map(|o| paren(i.lang.get(), &o))
                        };
                        view! {
                            <div>
                                <dt>{move || step_label(i.lang.get(), s.kind)}</dt>
                                <dd>
                                    {move || pick(i.lang.get(), &s.note.ja, &s.note.en).to_owned()}
                                    <strong>{office}</strong>
                                    {status(s.note.status)}
                                    " " {move || cite(&s.note.quotes)}
                                </dd>
                            </div>
                        }
                    }).collect_view()}
                </dl>
            }
            .into_any()
        }
    }
}
