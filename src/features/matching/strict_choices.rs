use crate::i18n::{tp, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::workspace::use_state;
use dxm_domain::matching::MatchSettings;
use leptos::prelude::*;

/// Rules no primary source confirms: cautions by default; the user may apply them.
#[component]
pub fn StrictChoices(settings: Memo<MatchSettings>) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let state = use_state();
    let rows = cat
        .programmes
        .programmes
        .iter()
        .map(|p| (p, p.strict_choices()))
        .filter(|(_, choices)| !choices.is_empty())
        .map(|(p, choices)| {
            view! {
                <fieldset class="strict-row">
                    <legend>{tp(&p.ja, &p.en)}</legend>
                    {choices.into_iter().map(|(key, rule)| {
                        let cid = format!("strict-{}", key.replace('/', "-"));
                        let text = move || {
                            let lang = i.lang.get();
                            match rule {
                                None => format!("{}：{}", Msg::StrictEligibility.text(lang), dxm_domain::text::pick(lang, &p.eligibility.note_ja, &p.eligibility.note_en)),
                                Some(r) => crate::i18n::rule_text(lang, r),
                            }
                        };
                        let k2 = key.clone();
                        view! {
                            <div class="choice">
                                <input
                                    type="checkbox"
                                    id=cid.clone()
                                    prop:checked=move || settings.with(|s| s.is_strict(&k2))
                                    on:change:target=move |ev| {
                                        let on = ev.target().checked();
                                        state.update_active(|a| a.matching.set_strict(&key, on));
                                    }
                                />
                                <label for=cid>{text}</label>
                            </div>
                        }
                    }).collect_view()}
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <div class="strict">
            <h3 class="h4">{tr(Msg::StrictLegend)}</h3>
            <p class="hint">{tr(Msg::StrictHint)}</p>
            {rows}
        </div>
    }
}
