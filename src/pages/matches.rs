use crate::app::use_catalog;
use crate::components::match_card::MatchCard;
use crate::components::page_heading::PageHeading;
use crate::i18n::{showing, use_i18n, Msg};
use crate::state::use_state;
use dxm_domain::{rank, GapReport, Weights};
use leptos::prelude::*;

const PAGE: usize = 20;

#[component]
pub fn MatchesPage() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let state = use_state();
    let report = Memo::new(move |_| state.active.with(|a| GapReport::new(&cat.standard, a)));
    let ranking =
        Memo::new(move |_| report.with(|g| rank(g, &cat.profiles.profiles, Weights::default())));
    let shown = RwSignal::new(PAGE);

    view! {
        <PageHeading title=Msg::MatchesTitle intro=Msg::MatchesIntro/>
        <Show when=move || cat.profiles.fictional>
            <p class="notice warning" role="note">
                <strong>{move || i.t(Msg::SampleBadge)}</strong> " " {move || i.t(Msg::SampleNotice)}
            </p>
        </Show>
        <Show
            when=move || ranking.with(|r| !r.is_empty())
            fallback=move || view! { <p class="notice info">{move || i.t(Msg::NoGapToMatch)}</p> }
        >
            <p class="muted" role="status">
                {move || showing(i.lang.get(), shown.get().min(ranking.with(Vec::len)), ranking.with(Vec::len))}
            </p>
            <ol class="match-list">
                <For
                    each=move || {
                        ranking.get().into_iter().take(shown.get()).enumerate().collect::<Vec<_>>()
                    }
                    // Keyed by profile and position and score, so a re-rank re-renders what moved.
                    key=|(n, m)| (*n, m.profile, m.score_milli)
                    children=move |(n, m)| view! { <MatchCard rank=n + 1 result=m report/> }
                />
            </ol>
            <Show when=move || shown.get() < ranking.with(Vec::len)>
                <p>
                    <button type="button" class="button secondary show-more" on:click=move |_| shown.update(|s| *s += PAGE)>
                        {move || i.t(Msg::ShowMore)}
                    </button>
                </p>
            </Show>
        </Show>
    }
}
