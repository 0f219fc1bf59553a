use crate::features::matching::cover_list::{letter, need_have, CoverList};
use crate::i18n::{limit_text, part_detail_text, points, raise_hint, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use dxm_domain::matching::{Explanation, LimitNote, PartKind, Query, Raise, RequiredRule};
use dxm_domain::programme::Programme;
use dxm_domain::Lang;
use leptos::prelude::*;

fn part_msg(k: PartKind) -> Msg {
    match k {
        PartKind::Gap => Msg::PartGap,
        PartKind::Persona => Msg::PartPersona,
        PartKind::Domain => Msg::PartDomain,
        PartKind::Logistics => Msg::PartLogistics,
    }
}

/// Why a profile scored what it did: the parts of the score, the gaps it closes (fully, partly,
/// not), the programme's limits, and what would raise it. Drawn for one language: the caller
/// draws it again when the language changes.
#[component]
pub fn ScoreExplanation(
    e: Explanation,
    lang: Lang,
    query: Memo<Query>,
    programme: Option<&'static Programme>,
    tags: StoredValue<Vec<String>>,
) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let raise_text = move |r: &Raise| match *r {
        Raise::Item(c) => {
            let it = cat.standard.item(c.item);
            let (need, _) = need_have(query, &c);
            raise_hint(
                lang,
                dxm_domain::text::pick(lang, &it.ja, &it.en),
                letter(need),
                f64::from(c.missing_points_milli()) / 1000.0,
            )
        }
        Raise::Persona { points_milli } => crate::i18n::raise_persona(lang, points_milli),
        Raise::Domain { points_milli } => crate::i18n::raise_domain(lang, points_milli),
    };
    view! {
        <h3 class="h4">{i.t(Msg::ScoreParts)}</h3>
        {match (e.required, e.raw_milli != e.score_milli) {
            (RequiredRule::NoneClosed, true) => Some(view! { <p class="notice info required-rule">{i.t(Msg::RequiredCap)}</p> }),
            (RequiredRule::AllClosed, true) => Some(view! { <p class="notice info required-rule">{i.t(Msg::RequiredFloor)}</p> }),
            _ => None,
        }}
        <table class="data-table parts">
            <tbody>
                {e.parts.iter().map(|part| view! {
                    <tr>
                        <th scope="row">{i.t(part_msg(part.kind))}</th>
                        <td>{part_detail_text(lang, part.detail)}</td>
                        <td class="num">{points(lang, part.earned_milli)} " / " {points(lang, part.max_milli)}</td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        <CoverList title=Msg::GapsClosed items=e.closed().copied().collect() query tags/>
        <CoverList title=Msg::GapsPartial items=e.partial().copied().collect() query tags/>
        <CoverList title=Msg::GapsLeft items=e.left().copied().collect() query tags/>
        {e.rests_on_inferred().then(|| view! { <p class="hint">{i.t(Msg::EvidenceNote)}</p> })}
        <h3 class="h4">{i.t(Msg::LimitsApply)}</h3>
        {match programme {
            Some(prog) if !e.limits.is_empty() => view! {
                <ul class="explain-list">
                    {e.limits.iter().map(|l| {
                        let caution = matches!(l, LimitNote::Unconfirmed(_));
                        view! { <li class:caution=caution>{limit_text(lang, prog, *l)}</li> }
                    }).collect_view()}
                </ul>
            }.into_any(),
            _ => view! { <p class="muted">{i.t(Msg::None)}</p> }.into_any(),
        }}
        <h3 class="h4">{i.t(Msg::WhatWouldRaise)}</h3>
        {if e.raise.is_empty() {
            view! { <p class="muted">{i.t(Msg::None)}</p> }.into_any()
        } else {
            view! {
                <ul class="explain-list">
                    {e.raise.iter().map(|r| view! { <li>{raise_text(r)}</li> }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}
