use crate::i18n::{days_band, tr, use_i18n, Msg};
use crate::state::workspace::use_state;
use crate::widgets::number_field::NumberField;
use dxm_domain::matching::MatchSettings;
use dxm_domain::profile::DaysBand;
use leptos::prelude::*;

/// How much of someone's time is needed (days a month, months) and how many people.
#[component]
pub fn EngagementFields(settings: Memo<MatchSettings>) -> impl IntoView {
    let i = use_i18n();
    let state = use_state();
    view! {
        <div class="settings-grid">
            <div class="control">
                <label for="days-needed">{tr(Msg::DaysNeeded)}</label>
                <select
                    id="days-needed"
                    on:change:target=move |ev| {
                        let v = ev.target().value();
                        let d = DaysBand::ALL.into_iter().find(|d| format!("{d:?}") == v);
                        state.update_active(|a| a.matching.days = d);
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
                id="duration-months"
                label=Msg::DurationMonths
                hint=Msg::DurationHint
                value=Signal::derive(move || settings.with(|s| s.duration_months.map(u32::from)))
                min=1
                max=120
                optional=true
                on_change=Callback::new(move |v: Option<u32>| state.update_active(|a| a.matching.duration_months = v.map(|v| v as u16)))
            />
            <div class="control">
                <label for="team-size">{tr(Msg::TeamSize)}</label>
                <select
                    id="team-size"
                    on:change:target=move |ev| {
                        if let Ok(k) = ev.target().value().parse::<u8>() {
                            state.update_active(|a| a.matching.team_size = k);
                        }
                    }
                >
                    {(1..=MatchSettings::MAX_TEAM).map(|k| view! {
                        <option value=k.to_string() prop:selected=move || settings.with(|s| s.team_size == k)>{k}</option>
                    }).collect_view()}
                </select>
            </div>
        </div>
    }
}
