use crate::adapters::clock::LatestAfterPaint;
use crate::i18n::{engagement_text, gap_steps, team_method, team_value, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::talent::use_talent;
use crate::widgets::programme_facts::{Facts, ProgrammeFacts};
use crate::widgets::scroll_table::{Caption, ScrollTable};
use dxm_domain::matching::{recommend, Query, Ranking, Team};
use leptos::prelude::*;

/// The recommended team, searched after the ranking it follows is on screen: the search looks at
/// every profile (a few times the ranking's own work), and an edit should show its new ranking
/// in the same frame. Meanwhile the previous team stays, marked as updating. The first team,
/// and the team for a new list of people, are searched at once (nothing is on screen yet to
/// update). Only the last of several quick edits is searched for.
fn team_after_ranking(
    query: Memo<Query>,
    ranking: Memo<Ranking>,
) -> (ReadSignal<Option<Team>>, ReadSignal<bool>) {
    let cat = use_catalog();
    let talent = use_talent();
    let search = move || {
        talent.with_untracked(|t| {
            query.with_untracked(|q| ranking.with_untracked(|r| recommend(cat, &t.index, q, r)))
        })
    };
    let (team, set_team) = signal(search());
    let (updating, set_updating) = signal(false);
    let latest = LatestAfterPaint::new();
    let searched_for = StoredValue::new(talent.with_untracked(|t| t.generation));
    Effect::new(move |first: Option<()>| {
        let generation = talent.with(|t| t.generation);
        query.track();
        ranking.track();
        if first.is_none() {
            return;
        }
        if searched_for.get_value() != generation {
            latest.cancel();
            searched_for.set_value(generation);
            set_team.set(search());
            set_updating.set(false);
            return;
        }
        set_updating.set(true);
        latest.run(move || {
            set_team.set(search());
            set_updating.set(false);
        });
    });
    (team, updating)
}

/// The recommended team: who, how they would be engaged, what each covers, what is left. While
/// it is being searched again, the team shown is the previous one, and a status line says so.
#[component]
pub fn TeamView(query: Memo<Query>, ranking: Memo<Ranking>) -> impl IntoView {
    let (team, updating) = team_after_ranking(query, ranking);
    let i = use_i18n();
    let cat = use_catalog();
    let talent = use_talent();
    let item_name = move |ix: dxm_domain::ItemIdx| {
        let it = cat.standard.item(ix);
        i.pick(&it.ja, &it.en).to_owned()
    };
    view! {
        <section class="panel team" class:updating=move || updating.get() aria-labelledby="team-title">
            <h2 id="team-title">{tr(Msg::TeamTitle)}</h2>
            <p class="hint">{tr(Msg::TeamIntro)}</p>
            <p class="hint team-status" role="status">{move || updating.get().then(|| i.t(Msg::TeamUpdating))}</p>
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
