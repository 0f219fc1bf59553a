use crate::i18n::use_i18n;
use crate::state::use_state;
use leptos::prelude::*;

/// Storage problems: shown, never blocking.
#[component]
pub fn StorageNotice() -> impl IntoView {
    let i = use_i18n();
    let state = use_state();
    move || {
        state.notice.get().map(|m| {
            view! {
                <div class="notice warning" role="alert">
                    <p>{move || i.t(m)}</p>
                </div>
            }
        })
    }
}

/// Problems with the publisher's data (dxm-config.json, packs): shown, never blocking.
#[component]
pub fn DataNotices() -> impl IntoView {
    let i = use_i18n();
    let site = expect_context::<crate::app::SiteConfig>();
    let cat = Some(crate::app::use_catalog());
    (!site.notices.is_empty()).then(|| {
        let notices = site.notices.clone();
        view! {
            <div class="notice warning" role="alert">
                <p><strong>{move || i.t(crate::i18n::Msg::DataNoticeTitle)}</strong></p>
                <ul>
                    {notices.into_iter().map(|n| view! { <li>{move || crate::i18n::data_notice(i.lang.get(), cat, &n)}</li> }).collect_view()}
                </ul>
            </div>
        }
    })
}
