use crate::i18n::{tr, Msg};
use leptos::prelude::*;

/// A `<details>` whose content is built the first time it is opened, then kept: for content most
/// people never open, repeated many times on a page (a card's programme details). Built from
/// the summary's click, so that the content is there as the details opens (the `toggle` event
/// comes a task later); `toggle` covers opening by other means.
#[component]
pub fn ClosedUntilOpened(class: &'static str, summary: Msg, children: ChildrenFn) -> impl IntoView {
    let opened = RwSignal::new(false);
    let open = move || {
        if !opened.get_untracked() {
            opened.set(true);
        }
    };
    view! {
        <details
            class=class
            on:toggle:target=move |ev| {
                if ev.target().open() {
                    open();
                }
            }
        >
            <summary on:click=move |_| open()>{tr(summary)}</summary>
            {move || opened.get().then(|| children())}
        </details>
    }
}
