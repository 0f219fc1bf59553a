use crate::i18n::{days_band, period_band, tr, use_i18n, years, Msg};
use crate::state::catalog::use_catalog;
use dxm_domain::profile::{Coverage, Profile};
use dxm_domain::programme::Programme;
use leptos::prelude::*;

/// What a profile says about the person: programme, 人材像, base and coverage, availability,
/// experience, affiliation, qualifications, fields and tags.
#[component]
pub fn ProfileFacts(
    profile: StoredValue<Profile>,
    programme: Option<&'static Programme>,
) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let p = profile;
    let base = p.with_value(|p| p.base_prefecture);
    let pref = base.and_then(|b| cat.geography.prefecture(b));
    let region = base.and_then(|b| cat.geography.region_of(b));
    let tags = p.with_value(|p| p.tags.clone());

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

    view! {
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
    }
}
