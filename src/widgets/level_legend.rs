use crate::i18n::{tp, tr, Msg};
use crate::state::catalog::use_catalog;
use dxm_domain::Level;
use leptos::prelude::*;

/// The a/b/c/d/z scale with its meanings, as the standard words it.
#[component]
pub fn LevelLegend() -> impl IntoView {
    let cat = use_catalog();
    view! {
        <section class="legend" aria-labelledby="legend-title">
            <h2 id="legend-title" class="h3">{tr(Msg::LevelLegend)}</h2>
            <dl class="level-legend">
                {Level::ALL_DESC
                    .into_iter()
                    .map(|l| {
                        let d = cat.standard.descriptor(l);
                        view! {
                            <div>
                                <dt><span class=format!("level-chip level-{}", l.letter())>{l.letter().to_string()}</span></dt>
                                <dd>{tp(&d.ja, &d.en)}</dd>
                            </div>
                        }
                    })
                    .collect_view()}
            </dl>
        </section>
    }
}
