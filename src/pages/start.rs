use crate::components::municipality_picker::MunicipalityPicker;
use crate::components::next_step::NextStep;
use crate::components::page_heading::PageHeading;
use crate::i18n::{fiscal_year_label, use_i18n, Msg};
use crate::route::Route;
use crate::state::{current_fiscal_year, use_state};
use leptos::prelude::*;

#[component]
pub fn StartPage() -> impl IntoView {
    let i = use_i18n();
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
    view! {
        <PageHeading title=Msg::StartTitle intro=Msg::StartIntro/>
        <MunicipalityPicker/>
        <div class="field">
            <label for="assessment-name">{move || i.t(Msg::AssessmentName)}</label>
            <p id="assessment-name-hint" class="hint">{move || i.t(Msg::AssessmentNameHint)}</p>
            <input
                id="assessment-name"
                type="text"
                maxlength="120"
                aria-describedby="assessment-name-hint"
                prop:value=move || state.active.with(|a| a.name.clone())
                on:change:target=move |ev| {
                    let name = ev.target().value().trim().to_owned();
                    if !name.is_empty() {
                        state.update_active(|a| a.name = name);
                    }
                }
            />
        </div>
        <div class="field">
            <label for="fiscal-year">{move || i.t(Msg::FiscalYear)}</label>
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
        <NextStep from=Route::Start/>
    }
}
