use crate::i18n::use_i18n;
use crate::i18n::Msg;
use crate::route::Route;
use leptos::prelude::*;

#[component]
pub fn StepNav() -> impl IntoView {
    let i = use_i18n();
    let route = expect_context::<ReadSignal<Route>>();
    view! {
        <nav class="step-nav" aria-label=move || i.t(Msg::Steps)>
            <ol class="container">
                {Route::STEPS
                    .into_iter()
                    .enumerate()
                    .map(|(n, r)| {
                        view! {
                            <li>
                                <a
                                    href=r.href()
                                    aria-current=move || (route.get() == r).then_some("step")
                                >
                                    <span class="step-number" aria-hidden="true">{n + 1}</span>
                                    <span>{move || i.t(r.label())}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
