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
