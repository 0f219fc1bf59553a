use crate::features::assess::category_nav::CategoryNav;
use crate::features::assess::item_rating::ItemRating;
use crate::i18n::{progress, tp, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::route::Route;
use crate::state::workspace::use_state;
use crate::widgets::level_legend::LevelLegend;
use crate::widgets::next_step::NextStep;
use crate::widgets::page_heading::PageHeading;
use crate::widgets::radio_group::RadioGroup;
use dxm_domain::GapReport;
use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Filter {
    All,
    Needed,
    MissingHave,
}

/// Step 3: rate every item, grouped by category, with the level meanings beside each choice.
#[component]
pub fn AssessPage() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let state = use_state();
    let filter = RwSignal::new(Filter::All);
    let counts = Memo::new(move |_| state.active.with(|a| (a.rated_count(), a.required_count())));
    let report = Memo::new(move |_| state.active.with(|a| GapReport::new(&cat.standard, a)));
    let visible = move |code: &str| {
        let r = state.active.with(|a| a.rating(code));
        match filter.get() {
            Filter::All => true,
            Filter::Needed => r.is_needed(),
            Filter::MissingHave => r.is_needed() && r.have.is_none(),
        }
    };

    view! {
        <PageHeading title=Msg::AssessTitle intro=Msg::AssessIntro/>
        <LevelLegend/>
        <div class="toolbar">
            <RadioGroup
                legend=Msg::FilterLegend
                name="item-filter"
                options=vec![
                    (Filter::All, "filter-all", Msg::FilterAll),
                    (Filter::Needed, "filter-needed", Msg::FilterNeeded),
                    (Filter::MissingHave, "filter-missing", Msg::FilterMissing),
                ]
                value=filter
                on_change=Callback::new(move |f| filter.set(f))
            />
            <div class="choice">
                <input
                    type="checkbox"
                    id="staff-detail"
                    aria-describedby="staff-detail-hint"
                    prop:checked=move || state.active.with(|a| a.staff_detail)
                    on:change:target=move |ev| {
                        let on = ev.target().checked();
                        state.update_active(|a| a.staff_detail = on);
                    }
                />
                <label for="staff-detail">{tr(Msg::StaffDetail)}</label>
                <p class="hint" id="staff-detail-hint">{tr(Msg::StaffDetailHint)}</p>
            </div>
        </div>
        <p class="progress" role="status">
            <strong>{tr(Msg::Progress)} "："</strong>
            {move || {
                let (needed, required) = counts.get();
                progress(i.lang.get(), needed, required, cat.standard.len())
            }}
        </p>
        <CategoryNav report/>
        {cat.standard
            .categories
            .iter()
            .map(|c| {
                let heading = format!("cat-{}", c.id);
                let heading_ref = heading.clone();
                let any_visible = move || c.items.iter().any(|ix| visible(&cat.standard.item(*ix).id));
                view! {
                    <section class="category" aria-labelledby=heading_ref>
                        <h2 id=heading tabindex="-1">{tp(&c.ja, &c.en)}</h2>
                        <Show when=any_visible fallback=move || view! { <p class="muted">{tr(Msg::NoItemsInFilter)}</p> }>
                            {c.subcategories
                                .iter()
                                .map(|s| {
                                    let sub_heading = format!("sub-{}", s.id);
                                    let sub_ref = sub_heading.clone();
                                    let sub_visible = move || s.items.iter().any(|it| visible(&it.id));
                                    view! {
                                        <Show when=sub_visible>
                                            <h3 id=sub_ref.clone()>{tp(&s.ja, &s.en)}</h3>
                                            <ul class="item-list" aria-labelledby=sub_heading.clone()>
                                                {s.items
                                                    .iter()
                                                    .filter_map(|it| cat.standard.idx(&it.id))
                                                    .map(|idx| {
                                                        let code = cat.standard.item(idx).id.as_str();
                                                        view! {
                                                            <Show when=move || visible(code)>
                                                                <ItemRating item=idx/>
                                                            </Show>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </ul>
                                        </Show>
                                    }
                                })
                                .collect_view()}
                        </Show>
                    </section>
                }
            })
            .collect_view()}
        <NextStep from=Route::Assess/>
    }
}
