use crate::features::matching::engagement_fields::EngagementFields;
use crate::features::matching::programme_choices::ProgrammeChoices;
use crate::features::matching::strict_choices::StrictChoices;
use crate::features::matching::usage_fields::UsageFields;
use crate::features::matching::weight_fields::WeightFields;
use crate::i18n::{tr, Msg};
use crate::state::catalog::use_catalog;
use crate::state::workspace::use_state;
use crate::widgets::radio_group::RadioGroup;
use dxm_domain::matching::EngagementMode;
use leptos::prelude::*;

/// Conditions of the engagement, this year's usage and the score weights — saved with the
/// assessment, applied at once.
#[component]
pub fn MatchSettingsPanel() -> impl IntoView {
    let cat = use_catalog();
    let state = use_state();
    let settings = Memo::new(move |_| state.active.with(|a| a.matching.clone()));
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

    view! {
        <details class="panel settings">
            <summary><h2 class="h3">{tr(Msg::MatchSettingsTitle)}</h2></summary>
            <p class="hint">{tr(Msg::MatchSettingsIntro)}</p>
            <RadioGroup
                legend=Msg::ModeLegend
                name="engagement-mode"
                options=vec![
                    (EngagementMode::Onsite, "mode-onsite", Msg::ModeOnsite),
                    (EngagementMode::Online, "mode-online", Msg::ModeOnline),
                    (EngagementMode::Either, "mode-either", Msg::ModeEither),
                ]
                value=Signal::derive(move || settings.with(|s| s.mode))
                on_change=Callback::new(move |mode| state.update_active(|a| a.matching.mode = mode))
            />
            <EngagementFields settings/>
            <Show when=in_metro>
                <div class="choice">
                    <input
                        type="checkbox"
                        id="metro-exception"
                        prop:checked=move || settings.with(|s| s.metropolitan_exception)
                        on:change:target=move |ev| {
                            let on = ev.target().checked();
                            state.update_active(|a| a.matching.metropolitan_exception = on);
                        }
                    />
                    <label for="metro-exception">{tr(Msg::MetroException)}</label>
                </div>
            </Show>
            <ProgrammeChoices settings/>
            <UsageFields settings/>
            <StrictChoices settings/>
            <WeightFields settings/>
        </details>
    }
}
