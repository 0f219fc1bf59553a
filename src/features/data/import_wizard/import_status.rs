use crate::features::data::import_wizard::state::{Stage, Wizard};
use crate::i18n::{progress_text, tr, use_i18n, Msg};
use leptos::prelude::*;

/// Where the import is: the worker's progress (with cancel), why it stopped, or what it did.
/// Focus comes here when the import ends.
#[component]
pub fn ImportStatus(wizard: Wizard) -> impl IntoView {
    let i = use_i18n();
    view! {
        <div id="import-status" class="import-status" role="status" tabindex="-1">
            {move || match wizard.stage.get() {
                Stage::Busy(p) => {
                    let lang = i.lang.get();
                    let (text, value, max) = match p {
                        Some((phase, done, total)) => (progress_text(lang, &phase, done, total), done, total.max(1)),
                        None => (progress_text(lang, "read", 0, 0), 0, 1),
                    };
                    let label = text.clone();
                    view! {
                        <p>{text}</p>
                        <progress max=max value=value aria-label=label></progress>
                        <button type="button" class="button secondary small" on:click=move |_| wizard.cancel()>{tr(Msg::CancelImport)}</button>
                    }.into_any()
                }
                Stage::Failed(e) => view! { <p class="error">{e.text(i.lang.get())}</p> }.into_any(),
                Stage::Done(msg) => view! { <p class="ok">{msg}</p> }.into_any(),
                _ => ().into_any(),
            }}
        </div>
    }
}
