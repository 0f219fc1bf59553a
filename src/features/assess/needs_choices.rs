use crate::i18n::Msg;
use crate::state::catalog::use_catalog;
use crate::state::workspace::use_state;
use crate::widgets::after_paint::AfterPaint;
use crate::widgets::choice_list::{toggle_id, Choice, ChoiceList};
use dxm_domain::assessment::Context;
use leptos::prelude::*;

/// The kinds of people and the process phases help is needed with, and the fields (priority
/// and regional) the project is in.
#[component]
pub fn NeedsChoices(context: Memo<Context>) -> impl IntoView {
    let cat = use_catalog();
    let state = use_state();
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

    let (priority, regional) = (domain_choices("priority"), domain_choices("regional"));

    // Below the fold of the start screen on a phone: each list is drawn in a task of its own
    // once the screen is up (src/widgets/after_paint.rs).
    view! {
        <AfterPaint>
            <ChoiceList legend=Msg::PersonasNeededLegend prefix="ctx-persona" choices=persona_choices.clone() selected=personas on_toggle=on_persona/>
        </AfterPaint>
        <AfterPaint>
            <ChoiceList legend=Msg::PhasesNeededLegend prefix="ctx-phase" choices=phase_choices.clone() selected=phases on_toggle=on_phase/>
        </AfterPaint>
        <div class="choice-columns">
            <AfterPaint>
                <ChoiceList legend=Msg::DomainsLegend prefix="ctx-domain" choices=priority.clone() selected=domains on_toggle=on_domain/>
            </AfterPaint>
            <AfterPaint>
                <ChoiceList legend=Msg::DomainsRegionalLegend prefix="ctx-domain" choices=regional.clone() selected=domains on_toggle=on_domain/>
            </AfterPaint>
        </div>
    }
}
