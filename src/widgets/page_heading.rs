use crate::i18n::{use_i18n, Msg};
use leptos::prelude::*;

/// The screen's `<h1>`; focusable so that navigation can move focus to it.
#[component]
pub fn PageHeading(title: Msg, #[prop(optional)] intro: Option<Msg>) -> impl IntoView {
    let i = use_i18n();
    view! {
        <h1 id="page-title" tabindex="-1">{move || i.t(title)}</h1>
        {intro.map(|m| view! { <p class="lead">{move || i.t(m)}</p> })}
    }
}
