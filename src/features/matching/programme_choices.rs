use crate::i18n::{tp, tr, Msg};
use crate::state::catalog::use_catalog;
use crate::state::workspace::use_state;
use dxm_domain::matching::MatchSettings;
use leptos::prelude::*;

/// The programmes matching draws people from.
#[component]
pub fn ProgrammeChoices(settings: Memo<MatchSettings>) -> impl IntoView {
    let cat = use_catalog();
    let state = use_state();
    let choose = move |s: &mut MatchSettings, id: &str, on: bool| {
        let all: Vec<String> = cat
            .programmes
            .programmes
            .iter()
            .map(|g| g.id.clone())
            .collect();
        let mut chosen: Vec<String> = all.iter().filter(|g| s.includes(g)).cloned().collect();
        chosen.retain(|g| g != id);
        if on {
            chosen.push(id.to_owned());
        }
        // Everything chosen is stored as "all" so new programmes are included too.
        chosen.sort_by_key(|g| all.iter().position(|a| a == g));
        s.programmes = if chosen.len() == all.len() {
            Vec::new()
        } else {
            chosen
        };
    };
    view! {
        <fieldset class="choices compact programmes">
            <legend>{tr(Msg::ProgrammesLegend)}</legend>
            {cat.programmes.programmes.iter().map(|p| {
                let id = p.id.as_str();
                let cid = format!("prog-{id}");
                view! {
                    <div class="choice inline">
                        <input
                            type="checkbox"
                            id=cid.clone()
                            prop:checked=move || settings.with(|s| s.includes(id))
                            on:change:target=move |ev| {
                                let on = ev.target().checked();
                                state.update_active(|a| choose(&mut a.matching, id, on));
                            }
                        />
                        <label for=cid>{tp(&p.ja, &p.en)}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
}
