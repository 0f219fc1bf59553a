use crate::adapters::clock::now_ms;
use crate::i18n::{fiscal_year_label, progress, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::route::{share_payload, Route};
use crate::state::workspace::use_state;
use crate::widgets::page_heading::PageHeading;
use dxm_domain::share::decode;
use leptos::prelude::*;

/// Opening a share link: show what it holds and ask before changing anything.
#[component]
pub fn SharePage() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let state = use_state();
    let id = format!("a{}-shared", now_ms());
    let decoded = decode(cat, &share_payload().unwrap_or_default(), &id);
    let confirm_replace = RwSignal::new(false);
    let leave = move |to: Route| {
        // Drop the payload from the address so a reload does not offer it again.
        let _ = window().location().set_hash(&to.href()[1..]);
    };
    view! {
        <PageHeading title=Msg::ShareTitle/>
        {match decoded {
            Err(e) => view! {
                <div class="notice warning" role="alert">
                    <p><strong>{tr(Msg::ShareBroken)}</strong></p>
                    <p>{move || crate::i18n::share_error_text(i.lang.get(), &e)}</p>
                </div>
                <p><a class="button secondary" href=Route::Start.href()>{tr(Msg::StepStart)}</a></p>
            }.into_any(),
            Ok(a) => {
                let a2 = a.clone();
                let a3 = a.clone();
                let org = a.context.lgcode.and_then(|c| cat.geography.locality(c));
                view! {
                    <p class="lead">{tr(Msg::ShareOpenIntro)}</p>
                    <dl class="sheet-facts panel" id="share-preview">
                        <div><dt>{tr(Msg::AssessmentName)}</dt><dd>{a.name.clone()}</dd></div>
                        <div><dt>{tr(Msg::SheetOrganisation)}</dt><dd>{move || org.map(|l| cat.geography.label_with_code(l, i.lang.get())).unwrap_or_else(|| "—".into())}</dd></div>
                        <div><dt>{tr(Msg::FiscalYear)}</dt><dd>{move || fiscal_year_label(i.lang.get(), a.fiscal_year)}</dd></div>
                        <div><dt>{tr(Msg::Progress)}</dt><dd>{move || progress(i.lang.get(), a.rated_count(), a.required_count(), cat.standard.len())}</dd></div>
                    </dl>
                    <div class="actions">
                        <button type="button" class="button primary" id="share-add" on:click=move |_| {
                            state.add_incoming(a2.clone());
                            leave(Route::Gap);
                        }>{tr(Msg::ShareAddNew)}</button>
                        <button type="button" class="button secondary" id="share-replace" on:click=move |_| {
                            if !confirm_replace.get_untracked() {
                                confirm_replace.set(true);
                                return;
                            }
                            // Undoable: the gap screen offers to put the previous one back.
                            state.replace_active(a3.clone());
                            leave(Route::Gap);
                        }>
                            {move || i.t(if confirm_replace.get() { Msg::ShareReplaceConfirm } else { Msg::ShareReplace })}
                        </button>
                        <button type="button" class="button secondary" on:click=move |_| leave(Route::Start)>{tr(Msg::ShareDiscard)}</button>
                    </div>
                }.into_any()
            }
        }}
    }
}
