use crate::i18n::{days_band, tp, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::workspace::use_state;
use crate::widgets::number_field::NumberField;
use dxm_domain::matching::{EngagementMode, MatchSettings, Usage, Weights};
use dxm_domain::profile::DaysBand;
use dxm_domain::programme::RuleKind;
use leptos::prelude::*;

/// Conditions of the engagement, this year's usage and the score weights — saved with the
/// assessment, applied at once.
#[component]
pub fn MatchSettingsPanel() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let state = use_state();
    let settings = Memo::new(move |_| state.active.with(|a| a.matching.clone()));
    let edit =
        move |f: Box<dyn FnOnce(&mut MatchSettings)>| state.update_active(|a| f(&mut a.matching));
    let org_pref = Memo::new(move |_| {
        state.active.with(|a| {
            a.context
                .lgcode
                .and_then(|c| cat.geography.locality(c))
                .map(|l| l.pref_code())
        })
    });
    let in_metro = move || {
        org_pref.get().is_some_and(|p| {
            cat.programmes
                .programmes
                .iter()
                .any(|g| g.eligibility.metropolitan_prefectures.contains(&p))
        })
    };
    let label = move |m: Msg| Signal::derive(move || i.t(m).to_owned());

    let mode_option = move |mode: EngagementMode, id: &'static str, m: Msg| {
        view! {
            <div class="choice inline">
                <input
                    type="radio"
                    name="engagement-mode"
                    id=id
                    prop:checked=move || settings.with(|s| s.mode == mode)
                    on:change=move |_| edit(Box::new(move |s| s.mode = mode))
                />
                <label for=id>{move || i.t(m)}</label>
            </div>
        }
    };

    let weight = move |id: &'static str,
                       m: Msg,
                       max: u32,
                       get: fn(&Weights) -> u8,
                       set: fn(&mut Weights, u8)| {
        view! {
            <NumberField
                id=id.to_owned()
                label=label(m)
                value=Signal::derive(move || Some(u32::from(settings.with(|s| get(&s.weights)))))
                min=0
                max=max
                on_change=Callback::new(move |v: Option<u32>| {
                    if let Some(v) = v {
                        edit(Box::new(move |s| set(&mut s.weights, v as u8)));
                    }
                })
            />
        }
    };

    // What is already used, for programmes whose rules count it: people appointed (a cost
    // ceiling) and a once-only use. Advisers engaged for the project are marked on their cards.
    let usage_rows = cat
        .programmes
        .programmes
        .iter()
        .filter(|p| p.has(RuleKind::PersonsCovered) || p.has(RuleKind::OncePerOrganisation))
        .map(|p| {
            let id = p.id.as_str();
            let usage = move || settings.with(|s| s.usage(id));
            let set_usage = move |f: fn(&mut Usage, u32)| {
                Callback::new(move |v: Option<u32>| {
                    let v = v.unwrap_or(0);
                    edit(Box::new(move |s| {
                        let mut u = s.usage(id);
                        f(&mut u, v);
                        if u == Usage::default() {
                            s.usage.remove(id);
                        } else {
                            s.usage.insert(id.to_owned(), u);
                        }
                    }))
                })
            };
            view! {
                <fieldset class="usage-row">
                    <legend>{tp(&p.ja, &p.en)}</legend>
                    {p.has(RuleKind::PersonsCovered).then(|| view! {
                        <NumberField
                            id=format!("used-persons-{id}")
                            label=label(Msg::PersonsUsed)
                            value=Signal::derive(move || Some(u32::from(usage().persons)))
                            min=0
                            max=99
                            on_change=set_usage(|u, v| u.persons = v.min(99) as u8)
                        />
                    })}
                    {p.has(RuleKind::OncePerOrganisation).then(|| {
                        let cid = format!("used-before-{id}");
                        view! {
                            <div class="choice inline">
                                <input
                                    type="checkbox"
                                    id=cid.clone()
                                    prop:checked=move || usage().used_before
                                    on:change:target=move |ev| {
                                        let on = ev.target().checked();
                                        set_usage(|u, v| u.used_before = v == 1).run(Some(u32::from(on)));
                                    }
                                />
                                <label for=cid>{tr(Msg::UsedBefore)}</label>
                            </div>
                        }
                    })}
                </fieldset>
            }
        })
        .collect_view();

    // Rules no primary source confirms: cautions by default; the user may apply them.
    let strict_rows = cat
        .programmes
        .programmes
        .iter()
        .map(|p| (p, p.strict_choices()))
        .filter(|(_, choices)| !choices.is_empty())
        .map(|(p, choices)| {
            view! {
                <fieldset class="strict-row">
                    <legend>{tp(&p.ja, &p.en)}</legend>
                    {choices.into_iter().map(|(key, rule)| {
                        let cid = format!("strict-{}", key.replace('/', "-"));
                        let text = move || {
                            let lang = i.lang.get();
                            match rule {
                                None => format!("{}：{}", Msg::StrictEligibility.text(lang), dxm_domain::text::pick(lang, &p.eligibility.note_ja, &p.eligibility.note_en)),
                                Some(r) => crate::i18n::rule_text(lang, r),
                            }
                        };
                        let k2 = key.clone();
                        view! {
                            <div class="choice">
                                <input
                                    type="checkbox"
                                    id=cid.clone()
                                    prop:checked=move || settings.with(|s| s.is_strict(&k2))
                                    on:change:target=move |ev| {
                                        let on = ev.target().checked();
                                        let key = key.clone();
                                        edit(Box::new(move |s| s.set_strict(&key, on)));
                                    }
                                />
                                <label for=cid>{text}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            }
        })
        .collect_view();

    view! {
        <details class="panel settings">
            <summary><h2 class="h3">{tr(Msg::MatchSettingsTitle)}</h2></summary>
            <p class="hint">{tr(Msg::MatchSettingsIntro)}</p>
            <fieldset class="choices compact">
                <legend>{tr(Msg::ModeLegend)}</legend>
                {mode_option(EngagementMode::Onsite, "mode-onsite", Msg::ModeOnsite)}
                {mode_option(EngagementMode::Online, "mode-online", Msg::ModeOnline)}
                {mode_option(EngagementMode::Either, "mode-either", Msg::ModeEither)}
            </fieldset>
            <div class="settings-grid">
                <div class="control">
                    <label for="days-needed">{tr(Msg::DaysNeeded)}</label>
                    <select
                        id="days-needed"
                        on:change:target=move |ev| {
                            let v = ev.target().value();
                            let d = DaysBand::ALL.into_iter().find(|d| format!("{d:?}") == v);
                            edit(Box::new(move |s| s.days = d));
                        }
                    >
                        <option value="" prop:selected=move || settings.with(|s| s.days.is_none())>{tr(Msg::NotSpecified)}</option>
                        {DaysBand::ALL.into_iter().map(|d| view! {
                            <option value=format!("{d:?}") prop:selected=move || settings.with(|s| s.days == Some(d))>
                                {move || days_band(i.lang.get(), d)}
                            </option>
                        }).collect_view()}
                    </select>
                </div>
                <NumberField
                    id="duration-months".to_owned()
                    label=label(Msg::DurationMonths)
                    hint=label(Msg::DurationHint)
                    value=Signal::derive(move || settings.with(|s| s.duration_months.map(u32::from)))
                    min=1
                    max=120
                    optional=true
                    on_change=Callback::new(move |v: Option<u32>| edit(Box::new(move |s| s.duration_months = v.map(|v| v as u16))))
                />
                <div class="control">
                    <label for="team-size">{tr(Msg::TeamSize)}</label>
                    <select
                        id="team-size"
                        on:change:target=move |ev| {
                            if let Ok(k) = ev.target().value().parse::<u8>() {
                                edit(Box::new(move |s| s.team_size = k));
                            }
                        }
                    >
                        {(1..=MatchSettings::MAX_TEAM).map(|k| view! {
                            <option value=k.to_string() prop:selected=move || settings.with(|s| s.team_size == k)>{k}</option>
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <Show when=in_metro>
                <div class="choice">
                    <input
                        type="checkbox"
                        id="metro-exception"
                        prop:checked=move || settings.with(|s| s.metropolitan_exception)
                        on:change:target=move |ev| {
                            let on = ev.target().checked();
                            edit(Box::new(move |s| s.metropolitan_exception = on));
                        }
                    />
                    <label for="metro-exception">{tr(Msg::MetroException)}</label>
                </div>
            </Show>
            <fieldset class="choices compact programmes">
                <legend>{tr(Msg::ProgrammesLegend)}</legend>
                {cat.programmes.programmes.iter().map(|p| {
                    let id = p.id.as_str();
                    let cid = format!("prog-{id}");
                    view! {
                        <div class="choice inline">
                            <input
                                type="checkbox"
                                id=cid.clone()
                                prop:checked=move || settings.with(|s| s.includes(id))
                                on:change:target=move |ev| {
                                    let on = ev.target().checked();
                                    edit(Box::new(move |s| {
                                        let all: Vec<String> = cat.programmes.programmes.iter().map(|g| g.id.clone()).collect();
                                        let mut chosen: Vec<String> = all.iter().filter(|g| s.includes(g)).cloned().collect();
                                        chosen.retain(|g| g != id);
                                        if on {
                                            chosen.push(id.to_owned());
                                        }
                                        // Everything chosen is stored as "all" so new programmes are included too.
                                        chosen.sort_by_key(|g| all.iter().position(|a| a == g));
                                        s.programmes = if chosen.len() == all.len() { Vec::new() } else { chosen };
                                    }));
                                }
                            />
                            <label for=cid>{tp(&p.ja, &p.en)}</label>
                        </div>
                    }
                }).collect_view()}
            </fieldset>
            <div class="usage">
                <h3 class="h4">{tr(Msg::UsageLegend)}</h3>
                <p class="hint">{tr(Msg::UsageHint)}</p>
                {usage_rows}
            </div>
            <div class="strict">
                <h3 class="h4">{tr(Msg::StrictLegend)}</h3>
                <p class="hint">{tr(Msg::StrictHint)}</p>
                {strict_rows}
            </div>
            <div class="weights">
                <h3 class="h4">{tr(Msg::WeightsLegend)}</h3>
                <p class="hint">{tr(Msg::WeightsHint)}</p>
                <div class="settings-grid">
                    {weight("w-required", Msg::RequiredWeight, u32::from(Weights::MAX_STEP_WEIGHT), |w| w.required, |w, v| w.required = v)}
                    {weight("w-desirable", Msg::DesirableWeight, u32::from(Weights::MAX_STEP_WEIGHT), |w| w.desirable, |w, v| w.desirable = v)}
                    {weight("w-gap", Msg::GapPoints, 100, |w| w.gap_points, |w, v| w.gap_points = v.max(1))}
                    {weight("w-persona", Msg::PersonaPoints, 100, |w| w.persona_points, |w, v| w.persona_points = v)}
                    {weight("w-domain", Msg::DomainPoints, 100, |w| w.domain_points, |w, v| w.domain_points = v)}
                    {weight("w-logistics", Msg::LogisticsPoints, 100, |w| w.logistics_points, |w, v| w.logistics_points = v)}
                </div>
                <button type="button" class="button secondary small" on:click=move |_| edit(Box::new(|s| s.weights = Weights::default()))>
                    {tr(Msg::ResetWeights)}
                </button>
            </div>
        </details>
    }
}
