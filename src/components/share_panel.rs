use crate::app::use_catalog;
use crate::i18n::{tr, use_i18n, Msg};
use crate::state::use_state;
use dxm_domain::share::encode;
use leptos::prelude::*;

/// Makes a link carrying the current assessment in the URL fragment.
#[component]
pub fn SharePanel() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let state = use_state();
    let link = RwSignal::new(None::<String>);
    let copied = RwSignal::new(false);
    let make = move |_| {
        let payload = encode(cat, &state.active.get_untracked());
        let href = window().location().href().unwrap_or_default();
        let base = href.split('#').next().unwrap_or_default().to_owned();
        link.set(Some(format!("{base}#/share/{payload}")));
        copied.set(false);
        crate::focus::focus_id_later("share-link");
    };
    let copy = move |_| {
        if let Some(l) = link.get_untracked() {
            let clipboard = window().navigator().clipboard();
            let _ = clipboard.write_text(&l);
            copied.set(true);
        }
    };
    view! {
        <section class="panel share" aria-labelledby="share-title">
            <h2 id="share-title">{tr(Msg::ShareTitle)}</h2>
            <p class="hint">{tr(Msg::ShareIntro)}</p>
            <p><button type="button" class="button secondary" id="make-link" on:click=make>{tr(Msg::MakeLink)}</button></p>
            {move || link.get().map(|l| view! {
                <div class="control">
                    <label for="share-link">{tr(Msg::LinkLabel)}</label>
                    <input id="share-link" type="text" readonly prop:value=l on:focus:target=move |ev| ev.target().select()/>
                </div>
                <p>
                    <button type="button" class="button secondary small" on:click=copy>{tr(Msg::CopyLink)}</button>
                    <span role="status">{move || copied.get().then(|| i.t(Msg::Copied))}</span>
                </p>
            })}
        </section>
    }
}
