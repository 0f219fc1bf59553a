use crate::i18n::{replaced_notice, tr, use_i18n, Msg};
use crate::state::workspace::use_state;
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
                    <crate::shell::saving_notices::AsideDownload/>
                </div>
            }
        })
    }
}

/// Problems with the publisher's data (dxm-config.json, rules, packs): shown, never blocking.
/// Some are found only when the deferred data is read, so the list can grow.
#[component]
pub fn DataNotices() -> impl IntoView {
    let i = use_i18n();
    let notices = expect_context::<crate::state::catalog::SiteNotices>().0;
    move || {
        let list = notices.get();
        (!list.is_empty()).then(|| {
            let cat = Some(crate::state::catalog::use_catalog());
            view! {
                <div class="notice warning" role="alert">
                    <p><strong>{move || i.t(crate::i18n::Msg::DataNoticeTitle)}</strong></p>
                    <ul>
                        {list.into_iter().map(|n| view! { <li>{move || crate::i18n::data_notice(i.lang.get(), cat, &n)}</li> }).collect_view()}
                    </ul>
                </div>
            }
        })
    }
}

/// After a share link replaced the assessment being worked on: says so, with an Undo that
/// puts the previous one back exactly. Stays until the user moves on to another screen.
#[component]
pub fn ReplacedNotice() -> impl IntoView {
    let i = use_i18n();
    let state = use_state();
    view! {
        <div class="status-slot" role="status">
            {move || state.replaced.get().map(|r| view! {
                <p class="notice info">
                    {move || replaced_notice(i.lang.get(), &r.previous.name)} " "
                    <button type="button" class="button secondary small" id="undo-replace" on:click=move |_| {
                        state.undo_replace();
                        crate::adapters::focus::focus_id_when_shown("page-title");
                    }>
                        {tr(Msg::Undo)}
                    </button>
                </p>
            })}
        </div>
    }
}
