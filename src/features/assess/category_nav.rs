use crate::i18n::{category_progress, tp, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use dxm_domain::GapReport;
use leptos::prelude::*;

/// A button per category that moves to its section, with how far its rating has got.
#[component]
pub fn CategoryNav(report: Memo<GapReport>) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    view! {
        <nav class="category-nav" aria-label=tr(Msg::CategoryNav)>
            <ul>
                {cat.standard
                    .categories
                    .iter()
                    .enumerate()
                    .map(|(ci, c)| {
                        let target = format!("cat-{}", c.id);
                        view! {
                            <li>
                                <button
                                    type="button"
                                    id=format!("nav-cat-{}", c.id)
                                    class="button secondary small"
                                    on:click=move |_| {
                                        if let Some(el) = document().get_element_by_id(&target) {
                                            el.scroll_into_view();
                                        }
                                        crate::adapters::focus::focus_id(&target);
                                    }
                                >
                                    <span>{tp(&c.ja, &c.en)}</span>
                                    <span class="nav-progress">
                                        {move || report.with(|r| {
                                            let g = &r.categories[ci];
                                            category_progress(i.lang.get(), g.needed_items, c.items.len(), g.have_missing)
                                        })}
                                    </span>
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}
