use crate::i18n::{fiscal_year_label, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::gathered::use_gathered;
use dxm_domain::prefecture::IntakeSettings;
use leptos::prelude::*;

/// The prefecture and the fiscal year whose assessments are gathered.
#[component]
pub fn GatherSettings() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let g = use_gathered();
    let set = move |f: &dyn Fn(&mut IntakeSettings)| {
        let mut s = g.settings.get_untracked();
        f(&mut s);
        g.choose(s);
    };
    // Around this year, and every year of the assessments loaded, so each can be chosen.
    let years = move || {
        let now = crate::adapters::clock::current_fiscal_year();
        let mut v: Vec<u16> = (now.saturating_sub(3)..=now + 1).collect();
        g.entries.with(|e| {
            v.extend(
                e.iter()
                    .filter_map(|x| x.result.as_ref().ok())
                    .map(|a| a.fiscal_year),
            );
        });
        v.push(g.settings.get().fiscal_year);
        v.sort_unstable();
        v.dedup();
        v
    };

    view! {
        <fieldset class="control-row">
            <legend>{tr(Msg::GatherSettings)}</legend>
            <div class="control">
                <label for="gather-prefecture">{tr(Msg::PrefectureSelect)}</label>
                <select
                    id="gather-prefecture"
                    on:change:target=move |ev| {
                        if let Ok(p) = ev.target().value().parse::<u8>() {
                            set(&|s| s.prefecture = p);
                        }
                    }
                >
                    {cat.geography.prefectures.iter().map(|p| {
                        let code = p.code;
                        view! {
                            <option value=code.to_string() selected=move || g.settings.get().prefecture == code>
                                {move || i.pick(&p.name, &p.name_en).to_owned()}
                            </option>
                        }
                    }).collect_view()}
                </select>
            </div>
            <div class="control">
                <label for="gather-year">{tr(Msg::TargetYear)}</label>
                <select
                    id="gather-year"
                    on:change:target=move |ev| {
                        if let Ok(y) = ev.target().value().parse::<u16>() {
                            set(&|s| s.fiscal_year = y);
                        }
                    }
                >
                    {move || years().into_iter().map(|y| view! {
                        <option value=y.to_string() selected=move || g.settings.get().fiscal_year == y>
                            {move || fiscal_year_label(i.lang.get(), y)}
                        </option>
                    }).collect_view()}
                </select>
            </div>
        </fieldset>
    }
}
