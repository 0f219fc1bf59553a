use crate::features::matching::engaged_choice::EngagedChoice;
use crate::features::matching::match_explanation::MatchExplanation;
use crate::features::matching::profile_facts::ProfileFacts;
use crate::i18n::{band_msg, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::talent::use_talent;
use crate::widgets::closed_until_opened::ClosedUntilOpened;
use crate::widgets::programme_facts::{Facts, ProgrammeFacts};
use dxm_domain::matching::{Band, Query, Ranking};
use dxm_domain::programme::RuleKind;
use leptos::prelude::*;

fn band_class(b: Band) -> &'static str {
    match b {
        Band::Best => "band band-best",
        Band::Good => "band band-good",
        Band::Partial => "band band-partial",
        Band::NoMatch => "band band-none",
    }
}

/// One ranked profile with its facts and the explanation of its score. Keyed by profile: when
/// the ranking changes, the card moves and updates its rank and score instead of being rebuilt,
/// and the explanation and the programme's details are only built once opened (the details
/// were half of every card's elements, built for each card entering the ranking).
#[component]
pub fn MatchCard(profile: u32, ranking: Memo<Ranking>, query: Memo<Query>) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let talent = use_talent().get_untracked();
    // The card keeps its own copy: the list it came from may be replaced while it is shown.
    let p = StoredValue::new(talent.profiles[profile as usize].clone());
    let entry = Memo::new(move |_| {
        ranking.with(|r| {
            r.top
                .iter()
                .position(|m| m.profile == profile)
                .map(|n| (n + 1, r.top[n]))
        })
    });
    let rank = move || entry.get().map(|(n, _)| n);
    let ranked = move || entry.get().map(|(_, m)| m);
    let score = move || ranked().map_or(0, |m| m.score());
    let band = move || ranked().map_or(Band::NoMatch, |m| m.band());
    let (id, sample, programme_id) =
        p.with_value(|p| (p.id.clone(), p.sample, p.programme.clone()));
    let heading = format!("match-{id}");
    let heading_ref = heading.clone();
    let programme = cat.programmes.get(&programme_id);
    // The same person once per project and year: the user marks who was already engaged.
    let once_per_project = programme.is_some_and(|g| g.has(RuleKind::OncePerProjectYear));
    let tags = StoredValue::new(p.with_value(|p| p.tags.clone()));

    view! {
        <li class="match-card">
            <article aria-labelledby=heading_ref>
                <div class="match-head">
                    <p class="rank">
                        <span class="visually-hidden">{tr(Msg::Rank)} " "</span>
                        {rank}
                    </p>
                    <h2 id=heading class="h3">
                        {id.clone()}
                        {sample.then(|| view! { <span class="tag sample">{tr(Msg::SampleBadge)}</span> })}
                    </h2>
                    <p class="score">
                        <span class="visually-hidden">{tr(Msg::Score)} " "</span>
                        <span class="score-num">{score}</span>
                        <span class="score-max">"/100"</span>
                        <span class=move || band_class(band())>{move || i.t(band_msg(band()))}</span>
                    </p>
                </div>
                <span class="meter" aria-hidden="true"><span class="meter-fill" style:width=move || format!("{}%", score())></span></span>
                <ProfileFacts profile=p programme/>
                {once_per_project.then(|| view! { <EngagedChoice programme=programme_id person=id/> })}
                <p class="profile-summary">{move || p.with_value(|p| i.pick(&p.summary_ja, &p.summary_en).to_owned())}</p>
                <MatchExplanation profile talent query programme tags/>
                {programme.map(|prog| view! {
                    <ClosedUntilOpened class="programme-details" summary=Msg::ProgrammeDetails>
                        <h3 class="h4">{tr(Msg::RulesTitle)}</h3>
                        <ProgrammeFacts programme=prog facts=Facts::Rules/>
                        <h3 class="h4">{tr(Msg::CostTitle)}</h3>
                        <ProgrammeFacts programme=prog facts=Facts::Costs/>
                        <h3 class="h4">{tr(Msg::ApplyTitle)}</h3>
                        <ProgrammeFacts programme=prog facts=Facts::Apply/>
                    </ClosedUntilOpened>
                })}
            </article>
        </li>
    }
}
