use crate::i18n::{tp, tr, Msg};
use crate::state::catalog::use_catalog;
use crate::state::workspace::use_state;
use crate::widgets::number_field::NumberField;
use dxm_domain::matching::{MatchSettings, Usage};
use dxm_domain::programme::RuleKind;
use leptos::prelude::*;

/// What is already used, for programmes whose rules count it: people appointed (a cost
/// ceiling) and a once-only use. Advisers engaged for the project are marked on their cards.
#[component]
pub fn UsageFields(settings: Memo<MatchSettings>) -> impl IntoView {
    let cat = use_catalog();
    let state = use_state();
    let rows = cat
        .programmes
        .programmes
        .iter()
        .filter(|p| p.has(RuleKind::PersonsCovered) || p.has(RuleKind::OncePerOrganisation))
        .map(|p| {
            let id = p.id.as_str();
            let usage = move || settings.with(|s| s.usage(id));
            let set_usage = move |f: fn(&mut Usage, u32)| {
                Callback::new(move |v: Option<u32>| {
                    let v = v.unwrap_or(0);
                    state.update_active(|a| {
                        let s = &mut a.matching;
                        let mut u = s.usage(id);
                        f(&mut u, v);
                        if u == Usage::default() {
                            s.usage.remove(id);
                        } else {
                            s.usage.insert(id.to_owned(), u);
                        }
                    })
                })
            };
            view! {
                <fieldset class="usage-row">
                    <legend>{tp(&p.ja, &p.en)}</legend>
                    {p.has(RuleKind::PersonsCovered).then(|| view! {
                        <NumberField
                            id=format!("used-persons-{id}")
                            label=Msg::PersonsUsed
                            value=Signal::derive(move || Some(u32::from(usage().persons)))
                            min=0
                            max=99
                            on_change=set_usage(|u, v| u.persons = v.min(99) as u8)
                        />
                    })}
                    {p.has(RuleKind::OncePerOrganisation).then(|| {
                        let cid = format!("used-before-{id}");
                        view! {
                            <div class="choice inline">
                                <input
                                    type="checkbox"
                                    id=cid.clone()
                                    prop:checked=move || usage().used_before
                                    on:change:target=move |ev| {
                                        let on = ev.target().checked();
                                        set_usage(|u, v| u.used_before = v == 1).run(Some(u32::from(on)));
                                    }
                                />
                                <label for=cid>{tr(Msg::UsedBefore)}</label>
                            </div>
                        }
                    })}
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <div class="usage">
            <h3 class="h4">{tr(Msg::UsageLegend)}</h3>
            <p class="hint">{tr(Msg::UsageHint)}</p>
            {rows}
        </div>
    }
}
