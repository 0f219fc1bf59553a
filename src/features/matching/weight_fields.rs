use crate::i18n::{tr, Msg};
use crate::state::workspace::use_state;
use crate::widgets::number_field::NumberField;
use dxm_domain::matching::{MatchSettings, Weights};
use leptos::prelude::*;

type Get = fn(&Weights) -> u8;
type Set = fn(&mut Weights, u8);

/// The score weights, with a reset to the defaults.
#[component]
pub fn WeightFields(settings: Memo<MatchSettings>) -> impl IntoView {
    let state = use_state();
    let step = u32::from(Weights::MAX_STEP_WEIGHT);
    let fields: [(&'static str, Msg, u32, Get, Set); 6] = [
        (
            "w-required",
            Msg::RequiredWeight,
            step,
            |w| w.required,
            |w, v| w.required = v,
        ),
        (
            "w-desirable",
            Msg::DesirableWeight,
            step,
            |w| w.desirable,
            |w, v| w.desirable = v,
        ),
        // At least 1: the score always rests on the gap.
        (
            "w-gap",
            Msg::GapPoints,
            100,
            |w| w.gap_points,
            |w, v| w.gap_points = v.max(1),
        ),
        (
            "w-persona",
            Msg::PersonaPoints,
            100,
            |w| w.persona_points,
            |w, v| w.persona_points = v,
        ),
        (
            "w-domain",
            Msg::DomainPoints,
            100,
            |w| w.domain_points,
            |w, v| w.domain_points = v,
        ),
        (
            "w-logistics",
            Msg::LogisticsPoints,
            100,
            |w| w.logistics_points,
            |w, v| w.logistics_points = v,
        ),
    ];
    view! {
        <div class="weights">
            <h3 class="h4">{tr(Msg::WeightsLegend)}</h3>
            <p class="hint">{tr(Msg::WeightsHint)}</p>
            <div class="settings-grid">
                {fields.into_iter().map(|(id, label, max, get, set)| view! {
                    <NumberField
                        id
                        label
                        value=Signal::derive(move || Some(u32::from(settings.with(|s| get(&s.weights)))))
                        min=0
                        max
                        on_change=Callback::new(move |v: Option<u32>| {
                            if let Some(v) = v {
                                state.update_active(|a| set(&mut a.matching.weights, v as u8));
                            }
                        })
                    />
                }).collect_view()}
            </div>
            <button
                type="button"
                class="button secondary small"
                on:click=move |_| state.update_active(|a| a.matching.weights = Weights::default())
            >
                {tr(Msg::ResetWeights)}
            </button>
        </div>
    }
}
