use crate::app::use_catalog;
use crate::i18n::{item_gap_label, raise_hint, use_i18n, years, Msg};
use dxm_domain::gap::GapReport;
use dxm_domain::profile::{Coverage, Profile};
use dxm_domain::score::ItemCover;
use dxm_domain::{Band, Level, MatchResult, Priority};
use leptos::prelude::*;

pub fn band_msg(b: Band) -> Msg {
    match b {
        Band::Best => Msg::BandBest,
        Band::Good => Msg::BandGood,
        Band::Partial => Msg::BandPartial,
        Band::NoMatch => Msg::BandNone,
    }
}

fn band_class(b: Band) -> &'static str {
    match b {
        Band::Best => "band band-best",
        Band::Good => "band band-good",
        Band::Partial => "band band-partial",
        Band::NoMatch => "band band-none",
    }
}

/// One ranked profile with its facts and the explanation of its score.
#[component]
pub fn MatchCard(rank: usize, result: MatchResult, report: Memo<GapReport>) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let p: &'static Profile = &cat.profiles.profiles[result.profile];
    let heading = format!("match-{}", p.id);
    let heading_ref = heading.clone();
    let programme = cat.programmes.get(&p.programme);
    let pref = cat.geography.prefecture(p.base_prefecture);
    let region = cat.geography.region_of(p.base_prefecture);

    let personas = move || {
        p.personas
            .iter()
            .filter_map(|id| cat.presets.persona(id))
            .map(|x| i.pick(&x.ja, &x.en).to_owned())
            .collect::<Vec<_>>()
            .join(" / ")
    };
    // A list of names, or "none" when empty.
    let listing = move |v: Vec<String>| {
        if v.is_empty() {
            i.t(Msg::None).to_owned()
        } else {
            v.join("、")
        }
    };
    let domains = move || {
        listing(
            p.domains
                .iter()
                .filter_map(|d| cat.presets.domain(d))
                .map(|d| i.pick(&d.ja, &d.en).to_owned())
                .collect(),
        )
    };
    let quals = move || {
        listing(
            p.qualifications
                .iter()
                .filter_map(|q| cat.presets.qualification(q))
                .map(|q| i.pick(&q.ja, &q.en).to_owned())
                .collect(),
        )
    };
    let coverage = move || match &p.coverage {
        Coverage::Nationwide => i.t(Msg::Nationwide).to_owned(),
        Coverage::Regions { ids } => ids
            .iter()
            .filter_map(|id| cat.geography.regions.iter().find(|r| &r.id == id))
            .map(|r| i.pick(&r.ja, &r.en).to_owned())
            .collect::<Vec<_>>()
            .join("、"),
        Coverage::Prefectures { codes } => codes
            .iter()
            .filter_map(|c| cat.geography.prefecture(*c))
            .map(|p| i.pick(&p.name, &p.name_en).to_owned())
            .collect::<Vec<_>>()
            .join("、"),
    };
    let modes = move || {
        let mut v = Vec::new();
        if p.modes.onsite {
            v.push(i.t(Msg::Onsite));
        }
        if p.modes.online {
            v.push(i.t(Msg::Online));
        }
        v.join(" / ")
    };

    // The rating behind each gap, for "needed b / in-house d" in the explanation.
    let need_have = move |c: &ItemCover| -> (Level, Level) {
        report.with(|r| {
            r.rows
                .iter()
                .find(|row| row.item == c.item)
                .map_or((Level::Z, Level::Z), |row| (row.need, row.have))
        })
    };
    let item_line = move |c: ItemCover| {
        let it = cat.standard.item(c.item);
        let (need, have) = need_have(&c);
        let prio = if c.priority == Priority::Required {
            Msg::Required
        } else {
            Msg::Desirable
        };
        view! {
            <li>
                {move || i.pick(&it.ja, &it.en).to_owned()}
                <span class="muted">
                    " (" {move || i.t(prio)} "・" {move || item_gap_label(i.lang.get(), need.letter(), have.letter())} ")"
                </span>
                {(c.points_milli > 0).then(|| view! {
                    <span class="points">{move || format!(" +{:.1}{}", f64::from(c.points_milli) / 1000.0, i.t(Msg::Points))}</span>
                })}
            </li>
        }
    };
    let item_list = move |title: Msg, items: Vec<ItemCover>| {
        view! {
            <h3 class="h4">{move || i.t(title)}</h3>
            {if items.is_empty() {
                view! { <p class="muted">{move || i.t(Msg::None)}</p> }.into_any()
            } else {
                view! { <ul class="explain-list">{items.into_iter().map(item_line).collect_view()}</ul> }.into_any()
            }}
        }
    };
    let closed: Vec<ItemCover> = result.closed().copied().collect();
    let partial: Vec<ItemCover> = result.partial().copied().collect();
    let left: Vec<ItemCover> = result.left().copied().collect();
    let raise = result.what_would_raise(3);
    let score = result.score;
    let band = result.band;

    view! {
        <li class="match-card">
            <article aria-labelledby=heading_ref>
                <div class="match-head">
                    <p class="rank">
                        <span class="visually-hidden">{move || i.t(Msg::Rank)} " "</span>
                        {rank}
                    </p>
                    <h2 id=heading class="h3">
                        {p.id.clone()}
                        {p.sample.then(|| view! { <span class="tag sample">{move || i.t(Msg::SampleBadge)}</span> })}
                    </h2>
                    <p class="score">
                        <span class="visually-hidden">{move || i.t(Msg::Score)} " "</span>
                        <span class="score-num">{score}</span>
                        <span class="score-max">"/100"</span>
                        <span class=band_class(band)>{move || i.t(band_msg(band))}</span>
                    </p>
                </div>
                <span class="meter" aria-hidden="true"><span class="meter-fill" style=format!("width:{score}%")></span></span>
                <dl class="facts">
                    <div><dt>{move || i.t(Msg::Programme)}</dt><dd>{move || programme.map(|g| i.pick(&g.ja, &g.en).to_owned())}</dd></div>
                    <div><dt>{move || i.t(Msg::Personas)}</dt><dd>{personas}</dd></div>
                    <div>
                        <dt>{move || i.t(Msg::Base)}</dt>
                        <dd>
                            {move || pref.map(|p| i.pick(&p.name, &p.name_en).to_owned())}
                            {move || region.map(|r| format!("（{}）", i.pick(&r.ja, &r.en)))}
                        </dd>
                    </div>
                    <div><dt>{move || i.t(Msg::Coverage)}</dt><dd>{coverage}</dd></div>
                    <div><dt>{move || i.t(Msg::Modes)}</dt><dd>{modes}</dd></div>
                    <div><dt>{move || i.t(Msg::Experience)}</dt><dd>{move || years(i.lang.get(), p.experience_years)}</dd></div>
                    <div><dt>{move || i.t(Msg::Affiliation)}</dt><dd>{move || cat.presets.affiliation(&p.affiliation).map(|a| i.pick(&a.ja, &a.en).to_owned())}</dd></div>
                    <div><dt>{move || i.t(Msg::Qualifications)}</dt><dd>{quals}</dd></div>
                    <div><dt>{move || i.t(Msg::Domains)}</dt><dd>{domains}</dd></div>
                </dl>
                <p class="profile-summary">{move || i.pick(&p.summary_ja, &p.summary_en).to_owned()}</p>
                <details class="explain">
                    <summary>{move || i.t(Msg::Why)}</summary>
                    {item_list(Msg::GapsClosed, closed)}
                    {item_list(Msg::GapsPartial, partial)}
                    {item_list(Msg::GapsLeft, left)}
                    <h3 class="h4">{move || i.t(Msg::WhatWouldRaise)}</h3>
                    {if raise.is_empty() {
                        view! { <p class="muted">{move || i.t(Msg::None)}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="explain-list">
                                {raise
                                    .into_iter()
                                    .map(|c| {
                                        let it = cat.standard.item(c.item);
                                        let (need, _) = need_have(&c);
                                        view! {
                                            <li>
                                                {move || raise_hint(i.lang.get(), i.pick(&it.ja, &it.en), need.letter(), f64::from(c.missing_points_milli()) / 1000.0)}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                        .into_any()
                    }}
                </details>
            </article>
        </li>
    }
}
