use crate::i18n::{excluded_title, exclusion_text, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::talent::use_talent;
use dxm_domain::matching::{exclusions, Query, Ranking};
use leptos::prelude::*;

const PAGE: usize = 20;

/// Profiles a hard rule excludes, each with every reason — listed, never silently dropped.
#[component]
pub fn ExcludedList(query: Memo<Query>, ranking: Memo<Ranking>) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let talent = use_talent();
    let shown = RwSignal::new(PAGE);
    // Listed once opened (from the summary's click, so the list is there as it opens): closed,
    // it would be rebuilt with every change of the ranking, reasons and all.
    let opened = RwSignal::new(false);
    let open = move || {
        if !opened.get_untracked() {
            opened.set(true);
        }
    };
    view! {
        <Show when=move || ranking.with(|r| r.excluded > 0)>
            <details
                class="excluded"
                on:toggle:target=move |ev| {
                    if ev.target().open() {
                        open();
                    }
                }
            >
                <summary on:click=move |_| open()>
                    <h2 class="h3" id="excluded-title">{move || ranking.with(|r| excluded_title(i.lang.get(), r.excluded))}</h2>
                </summary>
                <p class="hint">{tr(Msg::ExcludedIntro)}</p>
                <ul class="excluded-list">
                    {move || opened.get().then(|| {
                        let lang = i.lang.get();
                        let t = talent.get();
                        let page = ranking.with(|r| r.excluded_page(&t.index, 0, shown.get()));
                        page.into_iter().map(|p| {
                            let prof = &t.profiles[p as usize];
                            let prog = cat.programmes.get(&prof.programme);
                            let reasons = query.with(|q| exclusions(&t.index, q, p as usize));
                            view! {
                                <li>
                                    <p class="excluded-head">
                                        <strong>{prof.id.clone()}</strong> " · "
                                        {prog.map(|g| dxm_domain::text::pick(lang, &g.ja, &g.en).to_owned())} " · "
                                        {prof.base_prefecture.and_then(|b| cat.geography.prefecture(b)).map(|pr| dxm_domain::text::pick(lang, &pr.name, &pr.name_en).to_owned())}
                                    </p>
                                    <ul class="reasons" aria-label=Msg::Reasons.text(lang)>
                                        {reasons.into_iter().map(|e| view! { <li>{exclusion_text(lang, e)}</li> }).collect_view()}
                                    </ul>
                                </li>
                            }
                        }).collect_view()
                    })}
                </ul>
                <Show when=move || ranking.with(|r| shown.get() < r.excluded)>
                    <button type="button" class="button secondary small" on:click=move |_| shown.update(|s| *s += PAGE)>
                        {tr(Msg::ShowMore)}
                    </button>
                </Show>
            </details>
        </Show>
    }
}
