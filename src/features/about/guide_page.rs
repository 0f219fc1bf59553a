use crate::i18n::{tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::route::Route;
use crate::widgets::page_heading::PageHeading;
use dxm_domain::Level;
use leptos::prelude::*;

/// 使い方: the steps, what the levels mean (from the standard itself), what the scores mean
/// and do not mean, where the data comes from.
#[component]
pub fn GuidePage() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let steps = [
        (Route::Start, Msg::GuideStep1),
        (Route::Presets, Msg::GuideStep2),
        (Route::Assess, Msg::GuideStep3),
        (Route::Gap, Msg::GuideStep4),
        (Route::Sheet, Msg::GuideStep5),
        (Route::Matches, Msg::GuideStep6),
        (Route::Data, Msg::GuideStepData),
        (Route::Prefecture, Msg::GuideStepPrefecture),
    ];
    view! {
        <PageHeading title=Msg::GuideTitle intro=Msg::GuideIntro/>
        <section aria-labelledby="guide-steps">
            <h2 id="guide-steps">{tr(Msg::GuideStepsTitle)}</h2>
            <ol class="guide-steps">
                {steps.into_iter().map(|(r, m)| view! {
                    <li><a href=r.href()>{tr(r.label())}</a> "：" {tr(m)}</li>
                }).collect_view()}
            </ol>
        </section>
        <section aria-labelledby="guide-levels">
            <h2 id="guide-levels">{tr(Msg::GuideLevelsTitle)}</h2>
            <p>{tr(Msg::GuideLevelsIntro)}</p>
            <dl class="level-list">
                {Level::ALL_DESC.into_iter().map(|l| {
                    let d = cat.standard.descriptor(l);
                    view! {
                        <div>
                            <dt>{l.letter().to_string()}</dt>
                            <dd>{move || i.pick(&d.ja, &d.en).to_owned()}</dd>
                        </div>
                    }
                }).collect_view()}
            </dl>
        </section>
        <section aria-labelledby="guide-scores">
            <h2 id="guide-scores">{tr(Msg::GuideScoresTitle)}</h2>
            <p>{tr(Msg::GuideScores1)}</p>
            <p><strong>{tr(Msg::GuideScores2)}</strong></p>
            <p>{tr(Msg::GuideScores3)}</p>
        </section>
        <section aria-labelledby="guide-data">
            <h2 id="guide-data">{tr(Msg::GuideDataTitle)}</h2>
            <p>{tr(Msg::GuideData)}</p>
            <h2 id="guide-privacy">{tr(Msg::GuidePrivacyTitle)}</h2>
            <p>{tr(Msg::GuidePrivacy)}</p>
        </section>
    }
}
