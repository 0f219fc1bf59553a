use crate::i18n::{fiscal_year_label, source_dates, tp, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::widgets::page_heading::PageHeading;
use crate::widgets::programme_facts::{Facts, ProgrammeFacts};
use crate::widgets::scroll_table::{Caption, ScrollTable};
use dxm_domain::programme::Programme;
use dxm_domain::text::{paren, pick};
use leptos::prelude::*;

/// データの出典と制度の根拠: the skill standard, the mappings, the crosswalk from published lists
/// and every programme's rules with what each source says and its dates — so that a user can
/// see where any rule comes from.
#[component]
pub fn SourcesPage() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let std = &cat.standard;
    let presets = &cat.presets;
    let cw = &cat.crosswalk;
    let progs = &cat.programmes;
    let item_name = move |ix: dxm_domain::ItemIdx| {
        let it = cat.standard.item(ix);
        pick(i.lang.get(), &it.ja, &it.en).to_owned()
    };
    view! {
        <PageHeading title=Msg::SourcesTitle intro=Msg::SourcesIntro/>
        <section aria-labelledby="src-standard">
            <h2 id="src-standard">{tr(Msg::StandardSection)}</h2>
            <p>
                {tp(&std.name_ja, &std.name_en)} " — " {tp(&std.publisher_ja, &std.publisher_en)}
                " (" {tr(Msg::VersionLabel)} " " {std.version.clone()} ", " {tr(Msg::AsOf)} " " {std.as_of.clone()} ") "
                <span class="url">{std.source.clone()}</span>
            </p>
            <p>{tp(&std.note_ja, &std.note_en)}</p>
        </section>
        <section aria-labelledby="src-presets">
            <h2 id="src-presets">{tr(Msg::PresetsSection)}</h2>
            <p>{tp(&presets.mapping_note_ja, &presets.mapping_note_en)}</p>
            <p class="source-detail" lang="ja">{presets.source.clone()} " (" {presets.as_of.clone()} ")"</p>
        </section>
        <section aria-labelledby="src-crosswalk">
            <h2 id="src-crosswalk">{tr(Msg::CrosswalkSection)}</h2>
            <p>{tp(&cw.method_ja, &cw.method_en)}</p>
            <p class="source-detail">
                {tr(Msg::VersionLabel)} " " {cw.version.clone()} " · " {cw.standard.clone()} " · "
                {tr(Msg::AsOf)} " " {cw.as_of.clone()} " · " <span lang="ja">{cw.source.clone()}</span>
            </p>
            <ul>
                {cw.layouts.iter().map(|l| view! {
                    <li>{tp(&l.ja, &l.en)} " — " <span lang="ja">{l.source.clone()}</span></li>
                }).collect_view()}
            </ul>
            <ScrollTable caption_id="crosswalk-caption">
                <Caption slot>{tr(Msg::CrosswalkTagsCaption)}</Caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(Msg::CrosswalkTag)}</th>
                        <th scope="col">{tr(Msg::CrosswalkItems)}</th>
                        <th scope="col">{tr(Msg::CrosswalkDomains)}</th>
                    </tr>
                </thead>
                <tbody>
                    {cw.tags.iter().map(|t| {
                        let items = move || {
                            if t.items.is_empty() && t.domains.is_empty() {
                                let lang = i.lang.get();
                                format!("{}{}", Msg::Unmapped.text(lang), paren(lang, pick(lang, &t.unmapped_ja, &t.unmapped_en)))
                            } else {
                                t.items.iter().map(|s| format!("{} ({})", item_name(s.item), s.level.letter())).collect::<Vec<_>>().join("、")
                            }
                        };
                        let domains = move || {
                            t.domains.iter().filter_map(|d| cat.presets.domain(d)).map(|d| pick(i.lang.get(), &d.ja, &d.en).to_owned()).collect::<Vec<_>>().join("、")
                        };
                        view! {
                            <tr>
                                <th scope="row" lang="ja">{t.tag.clone()}</th>
                                <td>{items}</td>
                                <td>{domains}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </ScrollTable>
        </section>
        <section aria-labelledby="src-programmes">
            <h2 id="src-programmes">{tr(Msg::ProgrammesSection)}</h2>
            <p>
                {move || fiscal_year_label(i.lang.get(), progs.fiscal_year)} " · "
                {tr(Msg::CheckedOn)} " " {progs.as_of.clone()} " — " {tp(&progs.note_ja, &progs.note_en)}
            </p>
            {progs.converted_from_v1.then(|| view! { <p class="notice info">{tr(Msg::RulesConverted)}</p> })}
            {progs.programmes.iter().map(programme_section).collect_view()}
        </section>
        <section aria-labelledby="src-places">
            <h2 id="src-places">{tr(Msg::PlacesSection)}</h2>
            <p lang="ja">{cat.geography.regions_source.clone()} " (" {cat.geography.regions_as_of.clone()} ")"</p>
            <p lang="ja">{cat.geography.neighbours_source.clone()}</p>
            <p lang="ja">{presets.vocabulary_source.clone()} " (" {presets.vocabulary_as_of.clone()} ")"</p>
        </section>
    }
}

fn programme_section(p: &'static Programme) -> impl IntoView {
    let i = use_i18n();
    let id = format!("prog-{}", p.id);
    let heading = id.clone();
    view! {
        <section class="source-programme" aria-labelledby=id>
            <h3 id=heading>{tp(&p.ja, &p.en)}</h3>
            <p class="muted">
                {tp(&p.operator_ja, &p.operator_en)} " · " {move || fiscal_year_label(i.lang.get(), p.fiscal_year)}
                " · " {tr(Msg::CheckedOn)} " " {p.as_of.clone()}
            </p>
            <p>{tp(&p.summary_ja, &p.summary_en)}</p>
            <h4>{tr(Msg::RulesTitle)}</h4>
            <ProgrammeFacts programme=p facts=Facts::Rules/>
            <h4>{tr(Msg::CostTitle)}</h4>
            <ProgrammeFacts programme=p facts=Facts::Costs/>
            <h4>{tr(Msg::ApplyTitle)}</h4>
            <ProgrammeFacts programme=p facts=Facts::Apply/>
            <h4>{tr(Msg::SheetSources)}</h4>
            <ul class="sources">
                {p.sources.iter().map(|s| {
                    let dates = move || source_dates(i.lang.get(), s);
                    view! {
                        <li>
                            {tp(&s.ja, &s.en)} " "
                            {(!s.url.is_empty()).then(|| view! { <span class="url">{s.url.clone()}</span> })}
                            {dates}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
