use crate::i18n::{fit_msg, fit_reason, source_dates, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::widgets::programme_facts::{Facts, ProgrammeFacts};
use dxm_domain::fit::ProgrammeFit;
use dxm_domain::Lang;
use leptos::prelude::*;

/// A programme on the sheet: how well it fits and why, its limits, cost and how to apply, and
/// its sources. Drawn for one language (the sheet is drawn again when it changes).
#[component]
pub fn SheetProgramme(fit: ProgrammeFit<'static>, lang: Lang) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let p = move |ja: &str, en: &str| dxm_domain::text::pick(lang, ja, en).to_owned();
    let ProgrammeFit {
        programme: prog,
        fit,
        reasons,
    } = fit;
    view! {
        <section class="sheet-programme">
            <h4>
                {p(&prog.ja, &prog.en)} " "
                <span class=format!("tag fit-{:?}", fit).to_lowercase()>{i.t(fit_msg(fit))}</span>
            </h4>
            <ul>{reasons.iter().map(|r| view! { <li>{fit_reason(lang, cat, *r)}</li> }).collect_view()}</ul>
            <h5>{i.t(Msg::SheetLimits)}</h5>
            <ProgrammeFacts programme=prog facts=Facts::Rules/>
            <h5>{i.t(Msg::SheetCost)}</h5>
            <ProgrammeFacts programme=prog facts=Facts::Costs/>
            <h5>{i.t(Msg::HowToApply)}</h5>
            <ProgrammeFacts programme=prog facts=Facts::Apply/>
            <p class="sources">
                <strong>{i.t(Msg::SheetSources)} "："</strong>
                {prog.sources.iter().map(|s| {
                    view! {
                        <span class="source">
                            {p(&s.ja, &s.en)} " "
                            {(!s.url.is_empty()).then(|| view! { <span class="url">{s.url.clone()}</span> })}
                            {source_dates(lang, s)}
                        </span>
                    }
                }).collect_view()}
            </p>
        </section>
    }
}
