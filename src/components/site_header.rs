use crate::i18n::{use_i18n, Msg};
use dxm_domain::Lang;
use leptos::prelude::*;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let i = use_i18n();
    let skip = move |ev: leptos::ev::MouseEvent| {
        // "#main" would be read as a route; focus the main region instead of following it.
        ev.prevent_default();
        if let Some(main) = document().get_element_by_id("main") {
            use wasm_bindgen::JsCast;
            if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                let _ = main.focus();
            }
        }
    };
    let other = move || match i.lang.get() {
        Lang::Ja => Lang::En,
        Lang::En => Lang::Ja,
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip>{move || i.t(Msg::SkipToMain)}</a>
        <header class="site-header">
            <div class="container header-inner">
                <p class="brand">
                    <a href="#/start" class="brand-name">{move || i.t(Msg::AppName)}</a>
                    <span class="brand-tagline">{move || i.t(Msg::AppTagline)}</span>
                </p>
                <button
                    type="button"
                    class="button secondary lang-switch"
                    lang=move || other().code()
                    title=move || i.t(Msg::SwitchLanguageLabel)
                    on:click=move |_| i.lang.set(other())
                >
                    {move || i.t(Msg::SwitchLanguage)}
                </button>
            </div>
        </header>
    }
}
