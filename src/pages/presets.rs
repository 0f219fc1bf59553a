use crate::app::use_catalog;
use crate::components::next_step::NextStep;
use crate::components::page_heading::PageHeading;
use crate::i18n::{presets_applied, use_i18n, Msg};
use crate::route::Route;
use crate::state::use_state;
use dxm_domain::presets::Preset;
use dxm_domain::Assessment;
use leptos::prelude::*;

#[component]
pub fn PresetsPage() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let state = use_state();
    let chosen = RwSignal::new(Vec::<String>::new());
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

    let checkbox = move |p: &'static Preset| {
        let id = p.id.clone();
        let id2 = p.id.clone();
        let applied = {
            let id = p.id.clone();
            move || state.active.with(|a| a.presets.contains(&id))
        };
        let dom_id = format!("preset-{}", p.id);
        let lead = cat.presets.lead(&p.lead);
        view! {
            <div class="choice">
                <input
                    type="checkbox"
                    id=dom_id.clone()
                    aria-describedby=format!("{dom_id}-desc")
                    prop:checked=move || chosen.with(|c| c.contains(&id))
                    on:change:target=move |ev| {
                        let on = ev.target().checked();
                        chosen.update(|c| {
                            c.retain(|x| x != &id2);
                            if on {
                                c.push(id2.clone());
                            }
                        });
                    }
                />
                <label for=dom_id.clone()>
                    {(!p.numeral.is_empty()).then(|| format!("{}. ", p.numeral))}
                    {move || i.pick(&p.ja, &p.en).to_owned()}
                    <Show when=applied.clone()>
                        <span class="tag">{move || i.t(Msg::AppliedPresets)}</span>
                    </Show>
                </label>
                <p class="hint" id=format!("{dom_id}-desc")>
                    {move || i.pick(&p.desc_ja, &p.desc_en).to_owned()}
                    {(!p.examples_ja.is_empty()).then(|| view! {
                        <br/> {move || i.t(Msg::ExamplesLabel)} "：" {move || i.pick(&p.examples_ja, &p.examples_en).to_owned()}
                    })}
                    {lead.map(|l| view! { <br/> {move || i.pick(&l.ja, &l.en).to_owned()} })}
                </p>
            </div>
        }
    };

    view! {
        <PageHeading title=Msg::PresetsTitle intro=Msg::PresetsIntro/>
        <aside class="notice info" aria-labelledby="mapping-note-title">
            <h2 id="mapping-note-title" class="h4">{move || i.t(Msg::MappingNote)}</h2>
            <p>{move || i.pick(&cat.presets.mapping_note_ja, &cat.presets.mapping_note_en).to_owned()}</p>
        </aside>
        <fieldset class="choices">
            <legend>{move || i.t(Msg::PersonasLegend)}</legend>
            {cat.presets.personas.iter().map(checkbox).collect_view()}
        </fieldset>
        <fieldset class="choices">
            <legend>{move || i.t(Msg::PhasesLegend)}</legend>
            {cat.presets.phases.iter().map(checkbox).collect_view()}
        </fieldset>
        <div class="actions">
            <button type="button" class="button primary" on:click=apply>{move || i.t(Msg::ApplyPresets)}</button>
            <button type="button" class="button secondary" on:click=clear>{move || i.t(Msg::ClearNeeds)}</button>
            <Show when=move || before_clear.with(Option::is_some)>
                <button type="button" class="button secondary" on:click=undo>{move || i.t(Msg::Undo)}</button>
            </Show>
        </div>
        <p class="status" role="status">{move || status.get()}</p>
        <NextStep from=Route::Presets/>
    }
}
