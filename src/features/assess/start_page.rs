use crate::adapters::clock::current_fiscal_year;
use crate::features::assess::municipality_picker::MunicipalityPicker;
use crate::i18n::{fiscal_year_label, tp, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::route::Route;
use crate::state::workspace::use_state;
use crate::widgets::choice_list::{toggle_id, Choice, ChoiceList};
use crate::widgets::next_step::NextStep;
use crate::widgets::page_heading::PageHeading;
use crate::widgets::text_field::TextField;
use dxm_domain::assessment::Context;
use leptos::prelude::*;

/// Step 1: who is assessing, for which year and project, in which fields, and which kinds of
/// people and process phases they need help with.
#[component]
pub fn StartPage() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let state = use_state();
    let this_year = current_fiscal_year();
    let years = move || {
        // The assessment's own year stays selectable even when it is outside the usual range.
        let own = state.active.with(|a| a.fiscal_year);
        let mut ys: Vec<u16> = (this_year - 2..=this_year + 2).collect();
        if !ys.contains(&own) {
            ys.push(own);
            ys.sort_unstable();
        }
        ys
    };
    let context = Memo::new(move |_| state.active.with(|a| a.context.clone()));
    // A checkbox list bound to one of the context's id lists.
    let list = move |get: fn(&Context) -> &Vec<String>,
                     set: fn(&mut Context) -> &mut Vec<String>| {
        (
            Signal::derive(move || context.with(|c| get(c).clone())),
            Callback::new(move |(id, on): (String, bool)| {
                state.update_active(|a| toggle_id(set(&mut a.context), id, on))
            }),
        )
    };
    let (domains, on_domain) = list(|c| &c.domains, |c| &mut c.domains);
    let (personas, on_persona) = list(|c| &c.personas, |c| &mut c.personas);
    let (phases, on_phase) = list(|c| &c.phases, |c| &mut c.phases);
    let domain_choices = |group: &str| {
        cat.presets
            .domains
            .iter()
            .filter(|d| d.group == group)
            .map(|d| Choice {
                id: d.id.clone(),
                ja: d.ja.clone(),
                en: d.en.clone(),
                hint_ja: String::new(),
                hint_en: String::new(),
            })
            .collect::<Vec<_>>()
    };
    let persona_choices = cat
        .presets
        .personas
        .iter()
        .map(|p| Choice {
            id: p.id.clone(),
            ja: p.ja.clone(),
            en: p.en.clone(),
            hint_ja: p.desc_ja.clone(),
            hint_en: p.desc_en.clone(),
        })
        .collect::<Vec<_>>();
    let phase_choices = cat
        .presets
        .phases
        .iter()
        .map(|p| Choice {
            id: p.id.clone(),
            ja: format!("{}. {}", p.numeral, p.ja),
            en: format!("{}. {}", p.numeral, p.en),
            hint_ja: p.desc_ja.clone(),
            hint_en: p.desc_en.clone(),
        })
        .collect::<Vec<_>>();

    view! {
        <PageHeading title=Msg::StartTitle intro=Msg::StartIntro/>
        <MunicipalityPicker/>
        <TextField
            id="assessment-name"
            label=Msg::AssessmentName
            hint=Msg::AssessmentNameHint
            value=Signal::derive(move || state.active.with(|a| a.name.clone()))
            on_change=Callback::new(move |name: String| {
                // A blank name is not saved: every assessment stays findable in the list.
                if !name.is_empty() {
                    state.update_active(|a| a.name = name);
                }
            })
        />
        <div class="field-row">
            <div class="field">
                <label for="fiscal-year">{tr(Msg::FiscalYear)}</label>
                <select
                    id="fiscal-year"
                    on:change:target=move |ev| {
                        if let Ok(y) = ev.target().value().parse::<u16>() {
                            state.update_active(|a| a.fiscal_year = y);
                        }
                    }
                >
                    {move || {
                        years()
                            .into_iter()
                            .map(|y| {
                                view! {
                                    <option value=y.to_string() prop:selected=move || state.active.with(|a| a.fiscal_year == y)>
                                        {move || fiscal_year_label(i.lang.get(), y)}
                                    </option>
                                }
                            })
                            .collect_view()
                    }}
                </select>
            </div>
            <div class="field">
                <label for="population-band">{tr(Msg::PopulationBand)}</label>
                <select
                    id="population-band"
                    on:change:target=move |ev| {
                        let v = ev.target().value();
                        state.update_active(|a| a.context.population_band = (!v.is_empty()).then_some(v));
                    }
                >
                    <option value="" prop:selected=move || context.with(|c| c.population_band.is_none())>
                        {tr(Msg::NotSelected)}
                    </option>
                    {cat.presets
                        .population_bands
                        .iter()
                        .map(|b| {
                            let id = b.id.clone();
                            view! {
                                <option value=b.id.clone() prop:selected=move || context.with(|c| c.population_band.as_ref() == Some(&id))>
                                    {tp(&b.ja, &b.en)}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
        </div>
        <TextField
            id="project-name"
            label=Msg::ProjectName
            hint=Msg::ProjectHint
            value=Signal::derive(move || context.with(|c| c.project.clone()))
            on_change=Callback::new(move |project: String| state.update_active(|a| a.context.project = project))
        />
        <ChoiceList legend=Msg::PersonasNeededLegend prefix="ctx-persona" choices=persona_choices selected=personas on_toggle=on_persona/>
        <ChoiceList legend=Msg::PhasesNeededLegend prefix="ctx-phase" choices=phase_choices selected=phases on_toggle=on_phase/>
        <div class="choice-columns">
            <ChoiceList legend=Msg::DomainsLegend prefix="ctx-domain" choices=domain_choices("priority") selected=domains on_toggle=on_domain/>
            <ChoiceList legend=Msg::DomainsRegionalLegend prefix="ctx-domain" choices=domain_choices("regional") selected=domains on_toggle=on_domain/>
        </div>
        <p class="hint">{tr(Msg::ContextSaved)}</p>
        <NextStep from=Route::Start/>
    }
}
