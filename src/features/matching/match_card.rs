use crate::i18n::{
    band_msg, basis_msg, days_band, dot, item_gap_label, limit_text, part_detail_text, period_band,
    points, raise_hint, tp, tr, use_i18n, years, Msg,
};
use crate::state::catalog::use_catalog;
use crate::state::talent::use_talent;
use crate::state::workspace::use_state;
use crate::widgets::programme_facts::{Facts, ProgrammeFacts};
use dxm_domain::matching::{
    explain, Band, ItemCover, PartKind, Query, Raise, Ranking, RequiredRule,
};
use dxm_domain::profile::{Basis, Coverage};
use dxm_domain::programme::RuleKind;
use dxm_domain::Priority;
use leptos::prelude::*;

fn band_class(b: Band) -> &'static str {
    match b {
        Band::Best => "band band-best",
        Band::Good => "band band-good",
        Band::Partial => "band band-partial",
        Band::NoMatch => "band band-none",
    }
}

fn part_msg(k: PartKind) -> Msg {
    match k {
        PartKind::Gap => Msg::PartGap,
        PartKind::Persona => Msg::PartPersona,
        PartKind::Domain => Msg::PartDomain,
        PartKind::Logistics => Msg::PartLogistics,
    }
}

/// One ranked profile with its facts and the explanation of its score. Keyed by profile: when
/// the ranking changes, the card moves and updates its rank and score instead of being rebuilt,
/// and the explanation is only built while it is open.
#[component]
pub fn MatchCard(profile: u32, ranking: Memo<Ranking>, query: Memo<Query>) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let talent = use_talent().get_untracked();
    // The card keeps its own copy: the list it came from may be replaced while it is shown.
    let p = StoredValue::new(talent.profiles[profile as usize].clone());
    let entry = Memo::new(move |_| {
        ranking.with(|r| {
            r.top
                .iter()
                .position(|m| m.profile == profile)
                .map(|n| (n + 1, r.top[n]))
        })
    });
    let rank = move || entry.get().map(|(n, _)| n);
    let ranked = move || entry.get().map(|(_, m)| m);
    let score = move || ranked().map_or(0, |m| m.score());
    let band = move || ranked().map_or(Band::NoMatch, |m| m.band());
    let open = RwSignal::new(false);
    let (id, sample, programme_id, base) = p.with_value(|p| {
        (
            p.id.clone(),
            p.sample,
            p.programme.clone(),
            p.base_prefecture,
        )
    });
    let heading = format!("match-{id}");
    let heading_ref = heading.clone();
    let programme = cat.programmes.get(&programme_id);
    let pref = base.and_then(|b| cat.geography.prefecture(b));
    let region = base.and_then(|b| cat.geography.region_of(b));
    let state = use_state();
    // The same person once per project and year: the user marks who was already engaged.
    let once_per_project = programme.is_some_and(|g| g.has(RuleKind::OncePerProjectYear));
    let tags = p.with_value(|p| p.tags.clone());
    let explanation = move || query.with(|q| explain(cat, &talent.index, q, profile as usize));

    // A list of names, or "none" when empty.
    let listing = move |v: Vec<String>| {
        if v.is_empty() {
            i.t(Msg::None).to_owned()
        } else {
            v.join("、")
        }
    };
    let personas = move || {
        p.with_value(|p| {
            listing(
                p.personas
                    .iter()
                    .filter_map(|id| cat.presets.persona(id))
                    .map(|x| i.pick(&x.ja, &x.en).to_owned())
                    .collect(),
            )
        })
    };
    let domains = move || {
        p.with_value(|p| {
            listing(
                p.domains
                    .iter()
                    .filter_map(|d| cat.presets.domain(d))
                    .map(|d| i.pick(&d.ja, &d.en).to_owned())
                    .collect(),
            )
        })
    };
    let quals = move || {
        p.with_value(|p| {
            listing(
                p.qualifications
                    .iter()
                    .filter_map(|q| cat.presets.qualification(q))
                    .map(|q| i.pick(&q.ja, &q.en).to_owned())
                    .collect(),
            )
        })
    };
    let coverage = move || {
        p.with_value(|p| match &p.coverage {
            Coverage::Nationwide => i.t(Msg::Nationwide).to_owned(),
            Coverage::Regions { ids } => listing(
                ids.iter()
                    .filter_map(|id| cat.geography.regions.iter().find(|r| &r.id == id))
                    .map(|r| i.pick(&r.ja, &r.en).to_owned())
                    .collect(),
            ),
            Coverage::Prefectures { codes } => listing(
                codes
                    .iter()
                    .filter_map(|c| cat.geography.prefecture(*c))
                    .map(|p| i.pick(&p.name, &p.name_en).to_owned())
                    .collect(),
            ),
        })
    };
    let (p_modes, p_days, p_period, p_experience, p_affiliation) = p.with_value(|p| {
        (
            p.modes,
            p.days,
            p.period,
            p.experience_years,
            p.affiliation.clone(),
        )
    });
    let modes = move || {
        let mut v = Vec::new();
        if p_modes.onsite {
            v.push(i.t(Msg::Onsite));
        }
        if p_modes.online {
            v.push(i.t(Msg::Online));
        }
        v.join(" / ")
    };
    let availability = move || {
        let lang = i.lang.get();
        let parts: Vec<&str> = [
            p_days.map(|d| days_band(lang, d)),
            p_period.map(|x| period_band(lang, x)),
        ]
        .into_iter()
        .flatten()
        .collect();
        listing(parts.into_iter().map(str::to_owned).collect())
    };

    let need_have = move |c: &ItemCover| {
        query
            .with(|q| {
                q.gap_items()
                    .iter()
                    .find(|g| g.item == c.item)
                    .map(|g| (g.have + g.gap, g.have))
            })
            .unwrap_or((0, 0))
    };
    let letter = |v: u8| dxm_domain::Level::from_value(v).map_or('z', |l| l.letter());
    let tags_for_items = StoredValue::new(tags.clone());
    let item_line = move |c: ItemCover| {
        let it = cat.standard.item(c.item);
        let (need, have) = need_have(&c);
        let prio = if c.priority == Priority::Required {
            Msg::Required
        } else {
            Msg::Desirable
        };
        // Where the person's level comes from, for what they close; an inferred one names the
        // field tag or term it was inferred from.
        let from = (c.basis == Basis::Inferred)
            .then(|| {
                tags_for_items.with_value(|t| cat.crosswalk.source_of(t, c.item).map(str::to_owned))
            })
            .flatten();
        let basis = (c.covered > 0).then(|| {
            let class = format!("tag basis basis-{:?}", c.basis).to_lowercase();
            view! {
                " "
                <span class=class>
                    {move || i.t(basis_msg(c.basis))}
                    {from.clone().map(|t| format!("：{t}"))}
                </span>
            }
        });
        view! {
            <li>
                {tp(&it.ja, &it.en)}
                <span class="muted">
                    " (" {move || i.t(prio)} {move || dot(i.lang.get())} {move || item_gap_label(i.lang.get(), letter(need), letter(have))} ")"
                </span>
                {basis}
                {(c.points_milli > 0).then(|| view! { <span class="points">" +" {move || points(i.lang.get(), c.points_milli)}</span> })}
            </li>
        }
    };
    let item_list = move |title: Msg, items: Vec<ItemCover>| {
        view! {
            <h3 class="h4">{move || i.t(title)}</h3>
            {if items.is_empty() {
                view! { <p class="muted">{tr(Msg::None)}</p> }.into_any()
            } else {
                view! { <ul class="explain-list">{items.into_iter().map(item_line).collect_view()}</ul> }.into_any()
            }}
        }
    };

    view! {
        <li class="match-card">
            <article aria-labelledby=heading_ref>
                <div class="match-head">
                    <p class="rank">
                        <span class="visually-hidden">{tr(Msg::Rank)} " "</span>
                        {rank}
                    </p>
                    <h2 id=heading class="h3">
                        {id.clone()}
                        {sample.then(|| view! { <span class="tag sample">{tr(Msg::SampleBadge)}</span> })}
                    </h2>
                    <p class="score">
                        <span class="visually-hidden">{tr(Msg::Score)} " "</span>
                        <span class="score-num">{score}</span>
                        <span class="score-max">"/100"</span>
                        <span class=move || band_class(band())>{move || i.t(band_msg(band()))}</span>
                    </p>
                </div>
                <span class="meter" aria-hidden="true"><span class="meter-fill" style:width=move || format!("{}%", score())></span></span>
                <dl class="facts">
                    <div><dt>{tr(Msg::Programme)}</dt><dd>{move || programme.map(|g| i.pick(&g.ja, &g.en).to_owned())}</dd></div>
                    <div><dt>{tr(Msg::Personas)}</dt><dd>{personas}</dd></div>
                    <div>
                        <dt>{tr(Msg::Base)}</dt>
                        <dd>
                            {move || pref.map(|p| i.pick(&p.name, &p.name_en).to_owned())}
                            {move || region.map(|r| dxm_domain::text::paren(i.lang.get(), i.pick(&r.ja, &r.en)))}
                        </dd>
                    </div>
                    <div><dt>{tr(Msg::Coverage)}</dt><dd>{coverage}</dd></div>
                    <div><dt>{tr(Msg::Modes)}</dt><dd>{modes}</dd></div>
                    <div><dt>{tr(Msg::Availability)}</dt><dd>{availability}</dd></div>
                    <div><dt>{tr(Msg::Experience)}</dt><dd>{move || years(i.lang.get(), p_experience)}</dd></div>
                    <div><dt>{tr(Msg::Affiliation)}</dt><dd>{move || cat.presets.affiliation(&p_affiliation).map(|a| i.pick(&a.ja, &a.en).to_owned())}</dd></div>
                    <div><dt>{tr(Msg::Qualifications)}</dt><dd>{quals}</dd></div>
                    <div><dt>{tr(Msg::Domains)}</dt><dd>{domains}</dd></div>
                    {(!tags.is_empty()).then(|| view! {
                        <div><dt>{tr(Msg::TagsLabel)}</dt><dd lang="ja">{tags.join("、")}</dd></div>
                    })}
                </dl>
                {once_per_project.then(|| {
                    let cid = format!("engaged-{id}");
                    let (prog_id, person) = (programme_id.clone(), id.clone());
                    let engaged = {
                        let (prog_id, person) = (prog_id.clone(), person.clone());
                        move || state.active.with(|a| a.matching.usage(&prog_id).profiles.contains(&person))
                    };
                    view! {
                        <div class="choice engaged">
                            <input
                                type="checkbox"
                                id=cid.clone()
                                aria-describedby=format!("{cid}-hint")
                                prop:checked=engaged
                                on:change:target=move |ev| {
                                    let on = ev.target().checked();
                                    let (prog_id, person) = (prog_id.clone(), person.clone());
                                    state.update_active(move |a| a.matching.set_engaged(&prog_id, &person, on));
                                }
                            />
                            <label for=cid.clone()>{tr(Msg::EngagedLabel)}</label>
                            <p class="hint" id=format!("{cid}-hint")>{tr(Msg::EngagedHint)}</p>
                        </div>
                    }
                })}
                <p class="profile-summary">{move || p.with_value(|p| i.pick(&p.summary_ja, &p.summary_en).to_owned())}</p>
                <details class="explain" on:toggle:target=move |ev| open.set(ev.target().open())>
                    <summary>{tr(Msg::Why)}</summary>
                    {move || open.get().then(|| {
                        let e = explanation();
                        let lang = i.lang.get();
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
                            {item_list(Msg::GapsClosed, e.closed().copied().collect())}
                            {item_list(Msg::GapsPartial, e.partial().copied().collect())}
                            {item_list(Msg::GapsLeft, e.left().copied().collect())}
                            {e.rests_on_inferred().then(|| view! { <p class="hint">{i.t(Msg::EvidenceNote)}</p> })}
                            <h3 class="h4">{i.t(Msg::LimitsApply)}</h3>
                            {match programme {
                                Some(prog) if !e.limits.is_empty() => view! {
                                    <ul class="explain-list">
                                        {e.limits.iter().map(|l| {
                                            let caution = matches!(l, dxm_domain::matching::LimitNote::Unconfirmed(_));
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
                                        {e.raise.iter().map(|r| {
                                            let text = match *r {
                                                Raise::Item(c) => {
                                                    let it = cat.standard.item(c.item);
                                                    let (need, _) = need_have(&c);
                                                    raise_hint(lang, dxm_domain::text::pick(lang, &it.ja, &it.en), letter(need), f64::from(c.missing_points_milli()) / 1000.0)
                                                }
                                                Raise::Persona { points_milli } => crate::i18n::raise_persona(lang, points_milli),
                                                Raise::Domain { points_milli } => crate::i18n::raise_domain(lang, points_milli),
                                            };
                                            view! { <li>{text}</li> }
                                        }).collect_view()}
                                    </ul>
                                }.into_any()
                            }}
                        }
                    })}
                </details>
                {programme.map(|prog| view! {
                    <details class="programme-details">
                        <summary>{tr(Msg::ProgrammeDetails)}</summary>
                        <h3 class="h4">{tr(Msg::RulesTitle)}</h3>
                        <ProgrammeFacts programme=prog facts=Facts::Rules/>
                        <h3 class="h4">{tr(Msg::CostTitle)}</h3>
                        <ProgrammeFacts programme=prog facts=Facts::Costs/>
                        <h3 class="h4">{tr(Msg::ApplyTitle)}</h3>
                        <ProgrammeFacts programme=prog facts=Facts::Apply/>
                    </details>
                })}
            </article>
        </li>
    }
}
