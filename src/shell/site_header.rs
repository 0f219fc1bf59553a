use crate::i18n::{date_time, tr, use_i18n, Msg};
use crate::state::route::Route;
use crate::state::workspace::use_state;
use dxm_domain::Lang;
use leptos::prelude::*;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let i = use_i18n();
    let state = use_state();
    let pwa = crate::adapters::pwa::use_pwa();
    let skip = move |ev: leptos::ev::MouseEvent| {
        // "#main" would be read as a route; focus the main region instead of following it.
        ev.prevent_default();
        crate::adapters::focus::focus_id("main");
    };
    let other = move || match i.lang.get() {
        Lang::Ja => Lang::En,
        Lang::En => Lang::Ja,
    };
    view! {
        <a class="skip-link" href="#main" on:click=skip>{tr(Msg::SkipToMain)}</a>
        <header class="site-header">
            <div class="container header-inner">
                <p class="brand">
                    <a href=Route::Start.href() class="brand-name">{tr(Msg::AppName)}</a>
                    <span class="brand-tagline">{tr(Msg::AppTagline)}</span>
                </p>
                <div class="header-tools">
                    <p class="current-assessment">
                        <span class="label">{tr(Msg::CurrentAssessment)}</span>
                        <span class="name">{move || state.active.with(|a| a.name.clone())}</span>
                        <span class="save-status" role="status">
                            {move || state.saved_at.get().map(|ms| format!("{} {}", i.t(Msg::SavedJustNow), date_time(i.lang.get(), ms)))}
                        </span>
                    </p>
                    <a class="button secondary" href=Route::Guide.href()>{tr(Msg::GuideLink)}</a>
                    <a class="button secondary" href=Route::Assessments.href()>{tr(Msg::AssessmentsLink)}</a>
                    <a class="button secondary" href=Route::Data.href()>{tr(Msg::DataLink)}</a>
                    <a class="button secondary" href=Route::Prefecture.href()>{tr(Msg::PrefectureLink)}</a>
                    <Show when=move || pwa.can_install.get()>
                        <button type="button" class="button secondary" id="install-app" on:click=move |_| pwa.install()>
                            {tr(Msg::InstallApp)}
                        </button>
                    </Show>
                    <button
                        type="button"
                        class="button secondary lang-switch"
                        lang=move || other().code()
                        title=tr(Msg::SwitchLanguageLabel)
                        on:click=move |_| i.lang.set(other())
                    >
                        {tr(Msg::SwitchLanguage)}
                    </button>
                </div>
            </div>
        </header>
    }
}
