use crate::i18n::{use_i18n, Msg};
use crate::state::route::Route;
use leptos::prelude::*;

/// "Next: …" link at the foot of a screen.
#[component]
pub fn NextStep(from: Route) -> impl IntoView {
    let i = use_i18n();
    from.next().map(|next| {
        view! {
            <p class="next-step">
                <a class="button primary" href=next.href()>
                    {move || format!("{}: {}", i.t(Msg::Next), i.t(next.label()))}
                </a>
            </p>
        }
    })
}
