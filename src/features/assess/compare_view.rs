use crate::i18n::{change_msg, compare_summary, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::workspace::use_state;
use crate::widgets::scroll_table::{Caption, ScrollTable};
use dxm_domain::compare::{compare, GapChange};
use dxm_domain::Priority;
use leptos::prelude::*;

/// Pick two assessments and see, item by item, what changed and how each gap moved.
#[component]
pub fn CompareView() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let state = use_state();
    let ids = Memo::new(move |_| {
        state.workspace.with(|w| {
            w.assessments
                .iter()
                .map(|a| (a.id.clone(), a.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    // Default: the one before the current assessment → the current one.
    let default_pair = move || {
        state.workspace.with(|w| {
            let active = w.active().id.clone();
            let other = w
                .assessments
                .iter()
                .rev()
                .find(|a| a.id != active)
                .map(|a| a.id.clone());
            (other, Some(active))
        })
    };
    let before = RwSignal::new(default_pair().0);
    let after = RwSignal::new(default_pair().1);
    let result = Memo::new(move |_| {
        let (b, a) = (before.get()?, after.get()?);
        state
            .workspace
            .with(|w| Some(compare(&cat.standard, w.get(&b)?, w.get(&a)?)))
    });

    let picker = move |id: &'static str, label: Msg, value: RwSignal<Option<String>>| {
        view! {
            <div class="field">
                <label for=id>{move || i.t(label)}</label>
                <select id=id on:change:target=move |ev| value.set(Some(ev.target().value()))>
                    {move || ids.get().into_iter().map(|(aid, name)| {
                        let selected = { let aid = aid.clone(); move || value.get().as_deref() == Some(aid.as_str()) };
                        view! { <option value=aid prop:selected=selected>{name}</option> }
                    }).collect_view()}
                </select>
            </div>
        }
    };

    view! {
        <section class="compare" aria-labelledby="compare-title">
            <h2 id="compare-title">{tr(Msg::CompareTitle)}</h2>
            <Show
                when=move || ids.with(|v| v.len() >= 2)
                fallback=move || view! { <p class="muted">{tr(Msg::CompareNeedTwo)}</p> }
            >
                <div class="field-row">
                    {picker("compare-before", Msg::CompareBefore, before)}
                    {picker("compare-after", Msg::CompareAfter, after)}
                </div>
                {move || result.get().map(|c| {
                    let changed = c.items.len();
                    view! {
                        <p class="summary-figure" role="status">{compare_summary(i.lang.get(), c.total_before, c.total_after, changed)}</p>
                        <ul class="change-counts">
                            {[GapChange::Closed, GapChange::Narrowed, GapChange::Widened, GapChange::Opened, GapChange::Same]
                                .into_iter()
                                .map(|g| view! { <li><span class=format!("change change-{g:?}").to_lowercase()>{i.t(change_msg(g))}</span> " " {c.count(g)}</li> })
                                .collect_view()}
                        </ul>
                        <ScrollTable caption_id="compare-cat-caption">
                            <Caption slot>{i.t(Msg::ByCategory)}</Caption>
                            <thead><tr>
                                <th scope="col">{i.t(Msg::Category)}</th>
                                <th scope="col" class="num">{i.t(Msg::GapBefore)}</th>
                                <th scope="col" class="num">{i.t(Msg::GapAfter)}</th>
                            </tr></thead>
                            <tbody>
                                {c.categories.iter().map(|g| {
                                    let cc = &cat.standard.categories[g.category];
                                    view! { <tr>
                                        <th scope="row">{i.pick(&cc.ja, &cc.en).to_owned()}</th>
                                        <td class="num">{g.gap_before}</td>
                                        <td class="num">{g.gap_after}</td>
                                    </tr> }
                                }).collect_view()}
                            </tbody>
                        </ScrollTable>
                        {if changed == 0 {
                            view! { <p>{i.t(Msg::NoChanges)}</p> }.into_any()
                        } else {
                            view! {
                                <ScrollTable caption_id="compare-item-caption" id="compare-items">
                                    <Caption slot>{i.t(Msg::ByItem)}</Caption>
                                    <thead><tr>
                                        <th scope="col">{i.t(Msg::Item)}</th>
                                        <th scope="col">{i.t(Msg::ChangeLabel)}</th>
                                        <th scope="col">{format!("{}（{} → {}）", i.t(Msg::Need), i.t(Msg::BeforeShort), i.t(Msg::AfterShort))}</th>
                                        <th scope="col">{format!("{}（{} → {}）", i.t(Msg::Have), i.t(Msg::BeforeShort), i.t(Msg::AfterShort))}</th>
                                        <th scope="col" class="num">{i.t(Msg::GapBefore)}</th>
                                        <th scope="col" class="num">{i.t(Msg::GapAfter)}</th>
                                    </tr></thead>
                                    <tbody>
                                        {c.items.iter().map(|ch| {
                                            let it = cat.standard.item(ch.item);
                                            let lvl = |r: dxm_domain::Rating| {
                                                let p = if r.priority == Priority::Required && r.is_needed() { format!(" {}", i.t(Msg::Required)) } else { String::new() };
                                                format!("{}{p}", r.need.letter())
                                            };
                                            let have = |r: dxm_domain::Rating| r.have.map_or_else(|| i.t(Msg::NotEntered).to_owned(), |l| l.letter().to_string());
                                            view! { <tr>
                                                <th scope="row">{i.pick(&it.ja, &it.en).to_owned()}</th>
                                                <td><span class=format!("change change-{:?}", ch.change).to_lowercase()>{i.t(change_msg(ch.change))}</span></td>
                                                <td>{format!("{} → {}", lvl(ch.before), lvl(ch.after))}</td>
                                                <td>{format!("{} → {}", have(ch.before), have(ch.after))}</td>
                                                <td class="num">{ch.gap_before()}</td>
                                                <td class="num">{ch.gap_after()}</td>
                                            </tr> }
                                        }).collect_view()}
                                    </tbody>
                                </ScrollTable>
                            }.into_any()
                        }}
                    }
                })}
            </Show>
        </section>
    }
}
