use crate::i18n::{tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::workspace::use_state;
use dxm_domain::share::encode;
use leptos::prelude::*;

/// Makes a link carrying the current assessment in the URL fragment.
#[component]
pub fn SharePanel() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let state = use_state();
    let link = RwSignal::new(None::<String>);
    // None: not tried; Some(ok): the clipboard took the link (or the browser refused).
    let copied = RwSignal::new(None::<bool>);
    let make = move |_| {
        let payload = encode(cat, &state.active.get_untracked());
        // The app's address without its query: ?embed=1 or ?pack=… belong to this page, not to
        // whoever opens the link.
        let loc = window().location();
        let base = format!(
            "{}{}",
            loc.origin().unwrap_or_default(),
            loc.pathname().unwrap_or_default()
        );
        link.set(Some(format!("{base}#/share/{payload}")));
        copied.set(None);
        crate::adapters::focus::focus_id_later("share-link");
    };
    let copy = move |_| {
        if let Some(l) = link.get_untracked() {
            let promise = window().navigator().clipboard().write_text(&l);
            leptos::task::spawn_local(async move {
                // Refused in some frames and without a user permission: say so, do not pretend.
                let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                copied.set(Some(ok));
            });
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
                    <span role="status">{move || copied.get().map(|ok| i.t(if ok { Msg::Copied } else { Msg::CopyFailed }))}</span>
                </p>
            })}
        </section>
    }
}
