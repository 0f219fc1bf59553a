use crate::features::matching::score_explanation::ScoreExplanation;
use crate::i18n::{tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::talent::Talent;
use dxm_domain::matching::{explain, Query};
use dxm_domain::programme::Programme;
use leptos::prelude::*;
use std::sync::Arc;

/// "Why this score": the explanation of a ranked profile, built only while it is open (and
/// again when the query or the language changes).
#[component]
pub fn MatchExplanation(
    profile: u32,
    /// The people the profile was ranked among.
    talent: Arc<Talent>,
    query: Memo<Query>,
    programme: Option<&'static Programme>,
    tags: StoredValue<Vec<String>>,
) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let open = RwSignal::new(false);
    view! {
        <details class="explain" on:toggle:target=move |ev| open.set(ev.target().open())>
            <summary>{tr(Msg::Why)}</summary>
            {move || open.get().then(|| {
                let e = query.with(|q| explain(cat, &talent.index, q, profile as usize));
                let lang = i.lang.get();
                view! { <ScoreExplanation e lang query programme tags/> }
            })}
        </details>
    }
}
