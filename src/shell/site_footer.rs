use crate::i18n::{fiscal_year_label, org_list_source, tp, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::deferred::use_deferred;
use leptos::prelude::*;

/// Where every built-in data set comes from, with its as-of date.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let std = &cat.standard;
    let geo = &cat.geography;
    // The municipalities and the samples are deferred data (src/state/deferred.rs).
    let data = use_deferred();
    let presets = &cat.presets;
    view! {
        <footer class="site-footer">
            <div class="container">
                <h2 class="h3">{tr(Msg::FooterData)}</h2>
                <ul class="sources">
                    <li>
                        {tp(&std.name_ja, &std.name_en)} " — "
                        {tp(&std.publisher_ja, &std.publisher_en)} " ("
                        {std.version.clone()} "). "
                        {tp(&std.note_ja, &std.note_en)}
                    </li>
                    <li>{tp(&presets.mapping_note_ja, &presets.mapping_note_en)} " "
                        <span class="source-detail" lang="ja">{presets.source.clone()}</span>
                    </li>
                    <li>
                        {tr(Msg::ProgrammeRules)} ": "
                        // Read with the deferred data: the start screen does without them.
                        {move || match data.catalog() {
                            Some(c) => {
                                let p = &c.programmes;
                                let lang = i.lang.get();
                                format!("{} ({} {}) — {}", fiscal_year_label(lang, p.fiscal_year), i.t(Msg::CheckedOn), p.as_of, i.pick(&p.note_ja, &p.note_en))
                            }
                            None => i.t(Msg::RulesDeferred).to_owned(),
                        }} " "
                        <a href=crate::state::route::Route::Sources.href()>{tr(Msg::SourcesLink)}</a>
                    </li>
                    <li>
                        {move || {
                            let municipalities = data.catalog().map(|c| c.geography.municipalities.len());
                            org_list_source(i.lang.get(), municipalities, geo.prefectures.len())
                        }}
                    </li>
                    <li>
                        {move || match data.catalog() {
                            Some(c) => {
                                let s = &c.profiles;
                                format!("{} ({}, {} {})", i.pick(&s.ja, &s.en), s.profiles.len(), i.t(Msg::AsOf), s.as_of)
                            }
                            None => i.t(Msg::SamplesDeferred).to_owned(),
                        }}
                    </li>
                </ul>
                <p class="privacy">{tr(Msg::FooterPrivacy)}</p>
                <p class="footer-links">
                    <a href=crate::state::route::Route::Guide.href()>{tr(Msg::GuideLink)}</a>
                    <a href=crate::state::route::Route::Accessibility.href()>{tr(Msg::A11yLink)}</a>
                    <a href=crate::state::route::Route::Sources.href()>{tr(Msg::SourcesLink)}</a>
                </p>
            </div>
        </footer>
    }
}
