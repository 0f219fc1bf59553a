use crate::i18n::{presets_applied, tp, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::route::Route;
use crate::state::workspace::use_state;
use crate::widgets::choice_list::{toggle_id, Choice, ChoiceList};
use crate::widgets::next_step::NextStep;
use crate::widgets::page_heading::PageHeading;
use dxm_domain::presets::Preset;
use dxm_domain::Assessment;
use leptos::prelude::*;

/// Step 2: start from presets — the 人材像 and process phases chosen in step 1 come pre-ticked.
#[component]
pub fn PresetsPage() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let state = use_state();
    let chosen = RwSignal::new(state.active.with_untracked(|a| {
        a.context
            .personas
            .iter()
            .chain(&a.context.phases)
            .filter(|id| !a.presets.contains(id))
            .cloned()
            .collect::<Vec<String>>()
    }));
    let applied = Signal::derive(move || state.active.with(|a| a.presets.clone()));
    let status = RwSignal::new(String::new());
    // The assessment as it was before the last "clear", for undo.
    let before_clear = RwSignal::new(None::<Assessment>);

    let apply = move |_| {
        let ids = chosen.get();
        if ids.is_empty() {
            status.set(i.t(Msg::NothingSelected).to_owned());
            return;
        }
        let presets: Vec<&Preset> = cat.presets.all().filter(|p| ids.contains(&p.id)).collect();
        let mut changed = 0;
        state.update_active(|a| changed = a.apply_presets(&cat.standard, &presets));
        before_clear.set(None);
        chosen.set(Vec::new());
        status.set(presets_applied(i.lang.get_untracked(), changed));
    };
    let clear = move |_| {
        before_clear.set(Some(state.active.get_untracked()));
        state.update_active(Assessment::clear_needs);
        status.set(i.t(Msg::NeedsCleared).to_owned());
    };
    let undo = move |_| {
        if let Some(prev) = before_clear.get_untracked() {
            state.update_active(|a| *a = prev);
            before_clear.set(None);
            status.set(String::new());
        }
    };
    let on_toggle =
        Callback::new(move |(id, on): (String, bool)| chosen.update(|c| toggle_id(c, id, on)));
    let choices = |presets: &'static [Preset]| {
        presets
            .iter()
            .map(|p| {
                let lead = cat.presets.lead(&p.lead);
                let with_examples = |desc: &str, ex: &str, lead: Option<&str>| {
                    let mut h = desc.to_owned();
                    if !ex.is_empty() {
                        h.push_str(&format!(" / {ex}"));
                    }
                    if let Some(l) = lead {
                        h.push_str(&format!(" / {l}"));
                    }
                    h
                };
                let numeral = if p.numeral.is_empty() {
                    String::new()
                } else {
                    format!("{}. ", p.numeral)
                };
                Choice {
                    id: p.id.clone(),
                    ja: format!("{numeral}{}", p.ja),
                    en: format!("{numeral}{}", p.en),
                    hint_ja: with_examples(&p.desc_ja, &p.examples_ja, lead.map(|l| l.ja.as_str())),
                    hint_en: with_examples(&p.desc_en, &p.examples_en, lead.map(|l| l.en.as_str())),
                }
            })
            .collect::<Vec<_>>()
    };

    view! {
        <PageHeading title=Msg::PresetsTitle intro=Msg::PresetsIntro/>
        <Show when=move || chosen.with(|c| !c.is_empty())>
            <p class="hint">{tr(Msg::PresetsFromContext)}</p>
        </Show>
        <aside class="notice info" aria-labelledby="mapping-note-title">
            <h2 id="mapping-note-title" class="h4">{tr(Msg::MappingNote)}</h2>
            <p>{tp(&cat.presets.mapping_note_ja, &cat.presets.mapping_note_en)}</p>
        </aside>
        <ChoiceList
            legend=Msg::PersonasLegend
            prefix="preset"
            choices=choices(&cat.presets.personas)
            selected=chosen
            on_toggle
            tagged=applied
            tag=Msg::AppliedPresets
        />
        <ChoiceList
            legend=Msg::PhasesLegend
            prefix="preset"
            choices=choices(&cat.presets.phases)
            selected=chosen
            on_toggle
            tagged=applied
            tag=Msg::AppliedPresets
        />
        <div class="actions">
            <button type="button" class="button primary" on:click=apply>{tr(Msg::ApplyPresets)}</button>
            <button type="button" class="button secondary" on:click=clear>{tr(Msg::ClearNeeds)}</button>
            <Show when=move || before_clear.with(Option::is_some)>
                <button type="button" class="button secondary" on:click=undo>{tr(Msg::Undo)}</button>
            </Show>
        </div>
        <p class="status" role="status">{move || status.get()}</p>
        <NextStep from=Route::Presets/>
    }
}
