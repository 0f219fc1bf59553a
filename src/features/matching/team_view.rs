use crate::i18n::{engagement_text, gap_steps, team_method, team_value, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::talent::use_talent;
use crate::widgets::programme_facts::{Facts, ProgrammeFacts};
use crate::widgets::scroll_table::{Caption, ScrollTable};
use dxm_domain::matching::Team;
use leptos::prelude::*;

/// The recommended team: who, how they would be engaged, what each covers, what is left.
#[component]
pub fn TeamView(team: Memo<Option<Team>>) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let talent = use_talent();
    let item_name = move |ix: dxm_domain::ItemIdx| {
        let it = cat.standard.item(ix);
        i.pick(&it.ja, &it.en).to_owned()
    };
    view! {
        <section class="panel team" aria-labelledby="team-title">
            <h2 id="team-title">{tr(Msg::TeamTitle)}</h2>
            <p class="hint">{tr(Msg::TeamIntro)}</p>
            {move || match team.get() {
                None => view! { <p>{tr(Msg::NoTeam)}</p> }.into_any(),
                Some(t) => {
                    let lang = i.lang.get();
                    let t_now = talent.get();
                    // Built first: the table body is a closure and would take `t` from the rest.
                    let rows = t.members.iter().map(|m| {
                        let p = &t_now.profiles[m.profile as usize];
                        let prog = cat.programmes.get(&p.programme);
                        let covers: Vec<String> = m
                            .covers
                            .iter()
                            .map(|(ix, steps)| format!("{} (+{steps})", item_name(*ix)))
                            .collect();
                        view! {
                            <tr>
                                <th scope="row">{p.id.clone()}</th>
                                <td>{prog.map(|g| i.pick(&g.ja, &g.en).to_owned())}</td>
                                <td>{engagement_text(lang, m.engagement)}</td>
                                <td>{covers.join("、")}</td>
                            </tr>
                        }
                    }).collect_view();
                    view! {
                        {(!t.required_only).then(|| view! { <p>{i.t(Msg::TeamDesirableOnly)}</p> })}
                        <p class="summary-figure">{team_value(lang, t.value, t.total)}</p>
                        <ScrollTable caption_id="team-table-caption" id="team-table">
                            <Caption slot>{i.t(Msg::TeamTableCaption)}</Caption>
                            <thead>
                                <tr>
                                    <th scope="col">{i.t(Msg::TeamMember)}</th>
                                    <th scope="col">{i.t(Msg::Programme)}</th>
                                    <th scope="col">{i.t(Msg::TeamPlan)}</th>
                                    <th scope="col">{i.t(Msg::TeamCovers)}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {rows}
                            </tbody>
                        </ScrollTable>
                        <h3 class="h4">{i.t(Msg::TeamLeft)}</h3>
                        {if t.left.is_empty() {
                            view! { <p class="ok">{i.t(Msg::TeamNothingLeft)}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="explain-list">
                                    {t.left.iter().map(|(ix, n)| view! { <li>{item_name(*ix)} "（" {gap_steps(lang, *n)} "）"</li> }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                        <p class="hint method">{team_method(lang, t.method)}</p>
                        {
                            // What to do next for each programme of the team, with its sources.
                            let mut progs: Vec<&'static dxm_domain::programme::Programme> = Vec::new();
                            for m in &t.members {
                                if let Some(g) = cat.programmes.get(&t_now.profiles[m.profile as usize].programme) {
                                    if !progs.iter().any(|x| x.id == g.id) {
                                        progs.push(g);
                                    }
                                }
                            }
                            view! {
                                <h3 class="h4">{i.t(Msg::ApplyTitle)}</h3>
                                {progs.into_iter().map(|g| view! {
                                    <h4>{i.pick(&g.ja, &g.en).to_owned()}</h4>
                                    <ProgrammeFacts programme=g facts=Facts::Apply/>
                                }).collect_view()}
                            }
                        }
                    }.into_any()
                }
            }}
        </section>
    }
}
