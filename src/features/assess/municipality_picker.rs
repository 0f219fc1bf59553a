use crate::i18n::{search_count, tr, use_i18n, Msg};
use crate::state::deferred::{use_deferred, Status};
use crate::state::workspace::use_state;
use dxm_domain::geo::{format_lgcode, Locality};
use leptos::prelude::*;

const MAX_RESULTS: usize = 20;

/// Search the 1,741 municipalities and 47 prefectures by name, kana or code, and pick one.
/// The municipality list is deferred data (src/state/deferred.rs): it is fetched when the user starts
/// typing, or at once when the assessment already names an organisation.
#[component]
pub fn MunicipalityPicker() -> impl IntoView {
    let i = use_i18n();
    let data = use_deferred();
    let state = use_state();
    let query = RwSignal::new(String::new());
    // The complete catalogue once loaded, else the core one (prefectures only).
    let cat = move || data.catalog().unwrap_or_else(|| data.current());
    // One extra result tells whether the list was cut.
    let results = Memo::new(move |_| {
        let Some(cat) = data.catalog() else {
            return Vec::new();
        };
        query.with(|q| {
            cat.geography
                .search(q, MAX_RESULTS + 1)
                .iter()
                .map(|l| l.lgcode())
                .collect::<Vec<u32>>()
        })
    });
    let selected = Memo::new(move |_| state.active.with(|a| a.context.lgcode));
    Effect::new(move |_| {
        if selected.get().is_some() {
            data.request();
        }
    });

    let choose = move |code: u32| {
        state.update_active(|a| a.context.lgcode = Some(code));
        query.set(String::new());
        // The chosen button disappears with the list: move focus to the confirmation.
        crate::adapters::focus::focus_id_later("org-selected");
    };

    let describe = move |l: Locality<'static>| {
        let geo = &cat().geography;
        (geo.full_name(l, i.lang.get()), geo.region_of(l.pref_code()))
    };

    view! {
        <section class="panel" aria-labelledby="org-selected-title">
            <h2 id="org-selected-title" class="h3">{tr(Msg::SelectedOrg)}</h2>
            <div id="org-selected" tabindex="-1" class="org-selected">
                {move || match selected.get().map(|c| (c, cat().geography.locality(c))) {
                    None => view! { <p class="muted">{tr(Msg::NoOrgSelected)}</p> }.into_any(),
                    // A municipality, named once the list is in.
                    Some((code, None)) => view! {
                        <p class="org-name">{format_lgcode(code)}</p>
                        <p class="muted">{move || list_status(data.status())}</p>
                    }
                    .into_any(),
                    Some((_, Some(l))) => {
                        let (full, region) = describe(l);
                        view! {
                            <p class="org-name">{full}</p>
                            <dl class="facts inline">
                                <div><dt>{tr(Msg::LgCode)}</dt><dd>{format_lgcode(l.lgcode())}</dd></div>
                                <div>
                                    <dt>{tr(Msg::RegionBureau)}</dt>
                                    <dd>{move || region.map(|r| i.pick(&r.bureau_ja, &r.bureau_en).to_owned()).unwrap_or_default()}</dd>
                                </div>
                            </dl>
                        }
                        .into_any()
                    }
                }}
            </div>
        </section>
        <div class="field">
            <label for="org-search">{tr(Msg::SearchOrgLabel)}</label>
            <p id="org-search-hint" class="hint">{tr(Msg::SearchOrgHint)}</p>
            <input
                id="org-search"
                type="search"
                autocomplete="off"
                aria-describedby="org-search-hint org-search-status"
                prop:value=move || query.get()
                on:input:target=move |ev| {
                    data.request();
                    query.set(ev.target().value());
                }
            />
            <p id="org-search-status" class="hint" role="status">
                {move || {
                    let q = query.get();
                    let n = results.with(Vec::len);
                    if q.trim().is_empty() {
                        String::new()
                    } else if data.catalog().is_none() {
                        list_status(data.status())
                    } else if n == 0 {
                        i.t(Msg::NoResults).to_owned()
                    } else {
                        search_count(i.lang.get(), n.min(MAX_RESULTS), n > MAX_RESULTS)
                    }
                }}
            </p>
            <Show when=move || results.with(|r| !r.is_empty())>
                <ul class="org-results" aria-label=tr(Msg::SearchResults)>
                    <For
                        each=move || results.get().into_iter().take(MAX_RESULTS)
                        key=|code| *code
                        children=move |code| {
                            let l = cat().geography.locality(code);
                            let (full, region) = l.map(describe).unzip();
                            view! {
                                <li>
                                    <button type="button" class="result" on:click=move |_| choose(code)>
                                        <span class="result-name">{full}</span>
                                        <span class="result-meta">
                                            {l.map(|l| l.kana())} " · " {format_lgcode(code)} " · "
                                            {move || region.flatten().map(|r| i.pick(&r.ja, &r.en).to_owned())}
                                        </span>
                                    </button>
                                </li>
                            }
                        }
                    />
                </ul>
            </Show>
        </div>
    }
}

/// What the picker says while the municipality list is not in hand.
fn list_status(status: Status) -> String {
    let lang = use_i18n();
    match status {
        Status::Failed => lang.t(Msg::OrgListFailed),
        _ => lang.t(Msg::OrgListLoading),
    }
    .to_owned()
}
