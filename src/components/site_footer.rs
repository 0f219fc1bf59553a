use crate::app::use_catalog;
use crate::i18n::{fiscal_year_label, org_list_source, use_i18n, Msg};
use leptos::prelude::*;

/// Where every built-in data set comes from, with its as-of date.
#[component]
pub fn SiteFooter() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let std = &cat.standard;
    let progs = &cat.programmes;
    let geo = &cat.geography;
    let samples = &cat.profiles;
    let presets = &cat.presets;
    view! {
        <footer class="site-footer">
            <div class="container">
                <h2 class="h3">{move || i.t(Msg::FooterData)}</h2>
                <ul class="sources">
                    <li>
                        {move || i.pick(&std.name_ja, &std.name_en).to_owned()} " — "
                        {move || i.pick(&std.publisher_ja, &std.publisher_en).to_owned()} " ("
                        {std.version.clone()} "). "
                        {move || i.pick(&std.note_ja, &std.note_en).to_owned()}
                    </li>
                    <li>{move || i.pick(&presets.mapping_note_ja, &presets.mapping_note_en).to_owned()} " "
                        <span class="source-detail">{presets.source.clone()}</span>
                    </li>
                    <li>
                        {move || i.t(Msg::ProgrammeRules)} ": "
                        {move || fiscal_year_label(i.lang.get(), progs.fiscal_year)} " — "
                        {move || i.pick(&progs.note_ja, &progs.note_en).to_owned()}
                    </li>
                    <li>
                        {move || org_list_source(i.lang.get(), geo.municipalities.len(), geo.prefectures.len())}
                    </li>
                    <li>
                        {move || i.pick(&samples.ja, &samples.en).to_owned()} " ("
                        {samples.profiles.len()} ", " {move || i.t(Msg::AsOf)} " " {samples.as_of.clone()} ")"
                    </li>
                </ul>
                <p class="privacy">{move || i.t(Msg::FooterPrivacy)}</p>
            </div>
        </footer>
    }
}
