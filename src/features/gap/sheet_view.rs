use crate::features::gap::sheet_programme::SheetProgramme;
use crate::i18n::{fiscal_year_label, fit_reason, tp, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::workspace::use_state;
use dxm_domain::fit::Fit;
use dxm_domain::sheet::{Sheet, SkillLine};
use dxm_domain::text::paren;
use leptos::prelude::*;

/// The 「求める人材像」 sheet as a printable document (the same content as the Markdown export).
#[component]
pub fn SheetView() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let state = use_state();

    let skill_list = move |title: Msg, lines: Vec<SkillLine>| {
        (!lines.is_empty()).then(|| {
            view! {
                <h4>{move || i.t(title)}</h4>
                <ul class="sheet-skills">
                    {lines
                        .into_iter()
                        .map(|l| {
                            let it = cat.standard.item(l.item);
                            let d = cat.standard.descriptor(l.need);
                            view! {
                                <li>
                                    <strong>{tp(&it.ja, &it.en)}</strong>
                                    " — " {tr(Msg::LevelWord)} {l.need.letter().to_string()}
                                    {move || paren(i.lang.get(), i.pick(&d.ja, &d.en))}
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            }
        })
    };

    move || {
        let a = state.active.get();
        let sheet = Sheet::build(cat, &a);
        let lang = i.lang.get();
        let p = move |ja: &str, en: &str| dxm_domain::text::pick(lang, ja, en).to_owned();
        let join = move |v: Vec<String>| {
            if v.is_empty() {
                Msg::None.text(lang).to_owned()
            } else {
                v.join("、")
            }
        };
        let org = sheet
            .organisation
            .map(|l| cat.geography.label_with_code(l, lang));
        let title = sheet.title(Msg::SheetTitle.text(lang));
        let empty = sheet.is_empty();
        let (applicable, not_applicable): (Vec<_>, Vec<_>) = sheet
            .fits
            .into_iter()
            .partition(|f| f.fit != Fit::NotApplicable);
        view! {
            <article class="sheet" aria-labelledby="sheet-title">
                <h2 id="sheet-title">{title}</h2>
                <dl class="sheet-facts">
                    <div><dt>{i.t(Msg::SheetOrganisation)}</dt><dd>{org.unwrap_or_else(|| i.t(Msg::None).to_owned())}</dd></div>
                    <div><dt>{i.t(Msg::SheetFiscalYear)}</dt><dd>{fiscal_year_label(lang, sheet.fiscal_year)}</dd></div>
                    {(!sheet.project.is_empty()).then(|| view! {
                        <div><dt>{i.t(Msg::SheetProject)}</dt><dd>{sheet.project.clone()}</dd></div>
                    })}
                    {sheet.population_band.map(|b| view! {
                        <div><dt>{i.t(Msg::PopulationBand)}</dt><dd>{p(&b.ja, &b.en)}</dd></div>
                    })}
                    <div><dt>{i.t(Msg::SheetFields)}</dt><dd>{join(sheet.domains.iter().map(|d| p(&d.ja, &d.en)).collect())}</dd></div>
                    <div>
                        <dt>{i.t(Msg::SheetPhases)}</dt>
                        <dd>{join(sheet.phases.iter().map(|ph| format!("{}. {}", ph.numeral, p(&ph.ja, &ph.en))).collect())}</dd>
                    </div>
                </dl>

                <h3>{i.t(Msg::SheetPeople)}</h3>
                {empty.then(|| view! { <p>{i.t(Msg::SheetNoGap)}</p> })}
                {sheet
                    .personas
                    .into_iter()
                    .map(|s| {
                        view! {
                            <section class="sheet-persona">
                                <h3 class="h4">
                                    {p(&s.persona.ja, &s.persona.en)}
                                    {s.inferred.then(|| paren(lang, i.t(Msg::SheetInferred)))}
                                </h3>
                                <p><strong>{i.t(Msg::SheetRole)} "："</strong> {p(&s.persona.desc_ja, &s.persona.desc_en)}</p>
                                {skill_list(Msg::SheetRequired, s.required)}
                                {skill_list(Msg::SheetDesirable, s.desirable)}
                            </section>
                        }
                    })
                    .collect_view()}
                {(!sheet.other_required.is_empty() || !sheet.other_desirable.is_empty()).then(|| view! {
                    <section class="sheet-persona">
                        <h3 class="h4">{i.t(Msg::SheetOther)}</h3>
                        {skill_list(Msg::SheetRequired, sheet.other_required.clone())}
                        {skill_list(Msg::SheetDesirable, sheet.other_desirable.clone())}
                    </section>
                })}

                <h3>{i.t(Msg::SheetEngagement)}</h3>
                <p>{i.t(Msg::SheetEngagementIntro)}</p>
                {applicable.into_iter().map(|fit| view! { <SheetProgramme fit lang/> }).collect_view()}
                {(!not_applicable.is_empty()).then(|| view! {
                    <details class="sheet-na">
                        <summary>{i.t(Msg::NotApplicableProgrammes)}</summary>
                        <ul>
                            {not_applicable.into_iter().map(|f| view! {
                                <li>
                                    {p(&f.programme.ja, &f.programme.en)} "："
                                    {f.reasons.iter().map(|r| fit_reason(lang, cat, *r)).collect::<Vec<_>>().join(" ")}
                                </li>
                            }).collect_view()}
                        </ul>
                    </details>
                })}
                <p class="sheet-note">{i.t(Msg::SheetStandardNote)}</p>
            </article>
        }
    }
}
