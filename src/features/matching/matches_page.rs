use crate::features::matching::excluded_list::ExcludedList;
use crate::features::matching::gap_tuner::GapTuner;
use crate::features::matching::match_list::MatchList;
use crate::features::matching::match_settings::MatchSettingsPanel;
use crate::features::matching::team_view::TeamView;
use crate::i18n::{results_summary, showing, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::talent::use_talent;
use crate::state::workspace::use_state;
use crate::widgets::csv_button::{CsvButton, CsvKind};
use crate::widgets::page_heading::PageHeading;
use crate::widgets::rules_year_notice::RulesYearNotice;
use dxm_domain::matching::{rank, Query};
use leptos::prelude::*;

const PAGE: usize = 20;

/// Step 6: hard rules first, then the ranked profiles with explanations, the excluded ones
/// with their reasons, and a recommended team.
#[component]
pub fn MatchesPage() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let state = use_state();
    let talent = use_talent();
    let shown = RwSignal::new(PAGE);
    let query = Memo::new(move |_| {
        talent.with(|t| {
            state
                .active
                .with(|a| Query::compile(cat, &t.index, a, &a.matching))
        })
    });
    // Only the visible page is selected (top-k), never a full sort of every profile.
    let ranking =
        Memo::new(move |_| talent.with(|t| query.with(|q| rank(&t.index, q, shown.get()))));

    view! {
        <PageHeading title=Msg::MatchesTitle intro=Msg::MatchesIntro/>
        {move || {
            let t = talent.get();
            let msg = if t.synthetic {
                Some(Msg::SyntheticNotice)
            } else if t.samples_only {
                Some(Msg::SampleNotice)
            } else if t.has_samples {
                Some(Msg::SomeSamplesNotice)
            } else {
                None
            };
            msg.map(|m| view! {
                <p class="notice warning" role="note">
                    <strong>{tr(Msg::SampleBadge)}</strong> " " {tr(m)} " "
                    <a href=crate::state::route::Route::Data.href()>{tr(Msg::ManageLists)}</a>
                </p>
            })
        }}
        <RulesYearNotice/>
        <MatchSettingsPanel/>
        <GapTuner/>
        <Show
            when=move || query.with(Query::has_gap)
            fallback=move || view! { <p class="notice info">{tr(Msg::NoGapToMatch)}</p> }
        >
            <p class="summary-figure" role="status" id="results-summary">
                {move || ranking.with(|r| results_summary(i.lang.get(), r.feasible, r.matching, r.excluded))}
            </p>
            <TeamView query ranking/>
            <h2 class="h3" id="ranking-title">{tr(Msg::RankingTitle)}</h2>
            <p class="muted">
                {move || ranking.with(|r| showing(i.lang.get(), r.top.len(), r.feasible))}
            </p>
            <MatchList ranking query/>
            <Show when=move || ranking.with(|r| r.top.len() < r.feasible)>
                <p>
                    <button type="button" class="button secondary show-more" on:click=move |_| shown.update(|s| *s += PAGE)>
                        {tr(Msg::ShowMore)}
                    </button>
                </p>
            </Show>
            <ExcludedList query ranking/>
            <p class="actions"><CsvButton kind=CsvKind::Ranking/></p>
        </Show>
    }
}
