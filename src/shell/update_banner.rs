use crate::adapters::pwa::use_pwa;
use crate::i18n::{tr, Msg};
use leptos::prelude::*;

/// 「新しいバージョンがあります」: shown when a new deployment has installed in the
/// background. The user decides when to switch; until then the page keeps running as it is.
/// Once another tab has switched, this one is told to reload.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let pwa = use_pwa();
    view! {
        <div class="update-banner" role="status">
            <Show when=move || pwa.update_ready.get() && !pwa.update_dismissed.get()>
                <div class="container update-inner">
                    <p>
                        <strong id="update-title">{tr(Msg::UpdateAvailable)}</strong>
                        " " {tr(Msg::UpdateHint)}
                    </p>
                    <div class="actions">
                        <button type="button" class="button primary" id="update-now" on:click=move |_| pwa.apply_update()>
                            {tr(Msg::UpdateNow)}
                        </button>
                        <button type="button" class="button secondary" id="update-later" on:click=move |_| pwa.update_dismissed.set(true)>
                            {tr(Msg::UpdateLater)}
                        </button>
                    </div>
                </div>
            </Show>
            <Show when=move || pwa.switched.get()>
                <div class="container update-inner">
                    <p>
                        <strong id="switched-title">{tr(Msg::NewVersionActive)}</strong>
                        " " {tr(Msg::NewVersionActiveHint)}
                    </p>
                    <div class="actions">
                        <button type="button" class="button primary" id="switched-reload" on:click=move |_| {
                            let _ = window().location().reload();
                        }>
                            {tr(Msg::Reload)}
                        </button>
                    </div>
                </div>
            </Show>
        </div>
    }
}
