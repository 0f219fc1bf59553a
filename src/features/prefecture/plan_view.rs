use crate::i18n::prefecture::plan_summary;
use crate::i18n::{tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::gathered::use_gathered;
use crate::widgets::number_field::NumberField;
use crate::widgets::scroll_table::{Caption, ScrollTable};
use dxm_domain::prefecture::plan::MAX_CAPACITY;
use dxm_domain::prefecture::Plan;
use leptos::prelude::*;

/// How many people of which profile close most of the gap: from the people loaded, then to
/// recruit. People are counted by programme and 人材像, never named.
#[component]
pub fn PlanView(plan: Memo<Plan>) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let g = use_gathered();
    let persona = move |p: Option<usize>| {
        p.and_then(|p| cat.presets.personas.get(p)).map_or_else(
            || i.t(Msg::NoPersona).to_owned(),
            |x| i.pick(&x.ja, &x.en).to_owned(),
        )
    };
    view! {
        <section class="panel" aria-labelledby="plan-title" id="plan">
            <h2 id="plan-title">{tr(Msg::PlanTitle)}</h2>
            <p class="hint">{tr(Msg::PlanIntro)}</p>
            <div class="no-print">
                <NumberField
                    id="plan-capacity"
                    label=Msg::CapacityLabel
                    hint=Msg::CapacityHint
                    value=Signal::derive(move || Some(u32::from(g.capacity.get())))
                    min=1
                    max=u32::from(MAX_CAPACITY)
                    on_change=Callback::new(move |v: Option<u32>| {
                        if let Some(v) = v {
                            g.capacity.set(v.min(u32::from(MAX_CAPACITY)) as u8);
                        }
                    })
                />
            </div>
            {move || plan.with(|p| if p.total == 0 {
                view! { <p id="plan-summary">{tr(Msg::PlanNothing)}</p> }.into_any()
            } else {
                view! { <p class="summary-figure" id="plan-summary" aria-live="polite">{plan_summary(i.lang.get(), p)}</p> }.into_any()
            })}
            <Show when=move || plan.with(|p| p.total > 0)>
                <Show
                    when=move || plan.with(|p| !p.lists.is_empty())
                    fallback=|| view! { <p>{tr(Msg::PlanNoneFromLists)}</p> }
                >
                <ScrollTable caption_id="plan-lists-caption" id="plan-lists">
                    <Caption slot>{tr(Msg::PlanFromLists)}</Caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr(Msg::ColProgramme)}</th>
                            <th scope="col">{tr(Msg::ColPersona)}</th>
                            <th scope="col" class="num">{tr(Msg::ColPeople)}</th>
                            <th scope="col" class="num">{tr(Msg::ColServed)}</th>
                            <th scope="col" class="num">{tr(Msg::ColClosed)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || plan.with(|p| p.lists.iter().map(|x| {
                            let prog = &cat.programmes.programmes[x.programme];
                            view! {
                                <tr>
                                    <td>{i.pick(&prog.ja, &prog.en).to_owned()}</td>
                                    <td>{persona(x.persona)}</td>
                                    <td class="num">{x.people}</td>
                                    <td class="num">{x.municipalities}</td>
                                    <td class="num">{x.closed}</td>
                                </tr>
                            }
                        }).collect_view())}
                    </tbody>
                </ScrollTable>
                </Show>
                <Show
                    when=move || plan.with(|p| !p.recruits.is_empty())
                    fallback=move || plan.with(|p| p.reached_target()).then(|| view! { <p>{tr(Msg::PlanNoRecruits)}</p> })
                >
                <ScrollTable caption_id="plan-recruits-caption" id="plan-recruits">
                    <Caption slot>{tr(Msg::PlanToRecruit)}</Caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr(Msg::ColPersona)}</th>
                            <th scope="col" class="num">{tr(Msg::ColPeople)}</th>
                            <th scope="col" class="num">{tr(Msg::ColServed)}</th>
                            <th scope="col" class="num">{tr(Msg::ColClosed)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || plan.with(|p| p.recruits.iter().map(|x| view! {
                            <tr>
                                <td>{persona(Some(x.persona))}</td>
                                <td class="num">{x.people}</td>
                                <td class="num">{x.municipalities}</td>
                                <td class="num">{x.closed}</td>
                            </tr>
                        }).collect_view())}
                    </tbody>
                </ScrollTable>
                </Show>
            </Show>
            <p class="muted">{tr(Msg::PlanNoIndividual)}</p>
        </section>
    }
}
