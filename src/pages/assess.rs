use crate::app::use_catalog;
use crate::components::item_rating::ItemRating;
use crate::components::level_legend::LevelLegend;
use crate::components::next_step::NextStep;
use crate::components::page_heading::PageHeading;
use crate::i18n::{progress, use_i18n, Msg};
use crate::route::Route;
use crate::state::use_state;
use leptos::prelude::*;

#[component]
pub fn AssessPage() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let state = use_state();
    let counts = Memo::new(move |_| state.active.with(|a| (a.rated_count(), a.required_count())));
    view! {
        <PageHeading title=Msg::AssessTitle intro=Msg::AssessIntro/>
        <LevelLegend/>
        <p class="progress" role="status">
            <strong>{move || i.t(Msg::Progress)} "："</strong>
            {move || {
                let (needed, required) = counts.get();
                progress(i.lang.get(), needed, required, cat.standard.len())
            }}
        </p>
        {cat
            .standard
            .categories
            .iter()
            .map(|c| {
                let heading = format!("cat-{}", c.id);
                let heading_ref = heading.clone();
                view! {
                    <section class="category" aria-labelledby=heading_ref>
                        <h2 id=heading>{move || i.pick(&c.ja, &c.en).to_owned()}</h2>
                        {c
                            .subcategories
                            .iter()
                            .map(|s| {
                                let sub_heading = format!("sub-{}", s.id);
                                let sub_ref = sub_heading.clone();
                                view! {
                                    <h3 id=sub_ref>{move || i.pick(&s.ja, &s.en).to_owned()}</h3>
                                    <ul class="item-list" aria-labelledby=sub_heading>
                                        {s
                                            .items
                                            .iter()
                                            .filter_map(|it| cat.standard.idx(&it.id))
                                            .map(|idx| view! { <ItemRating item=idx/> })
                                            .collect_view()}
                                    </ul>
                                }
                            })
                            .collect_view()}
                    </section>
                }
            })
            .collect_view()}
        <NextStep from=Route::Assess/>
    }
}
