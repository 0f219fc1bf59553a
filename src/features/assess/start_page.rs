use crate::adapters::clock::current_fiscal_year;
use crate::features::assess::municipality_picker::MunicipalityPicker;
use crate::features::assess::needs_choices::NeedsChoices;
use crate::i18n::{fiscal_year_label, tp, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::route::Route;
use crate::state::workspace::use_state;
use crate::widgets::after_paint::AfterPaint;
use crate::widgets::next_step::NextStep;
use crate::widgets::page_heading::PageHeading;
use crate::widgets::text_field::TextField;
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
        // Below the part of the screen that index.html shows before the app is in (and below
        // the fold on a phone): drawn, a part at a time, once the rest is on screen.
        <AfterPaint>
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
        </AfterPaint>
        <NeedsChoices context/>
        <AfterPaint>
            <p class="hint">{tr(Msg::ContextSaved)}</p>
            <NextStep from=Route::Start/>
        </AfterPaint>
    }
}
