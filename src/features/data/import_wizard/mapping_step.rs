use crate::features::data::import_wizard::list_settings::ListSettings;
use crate::features::data::import_wizard::mapping_table::MappingTable;
use crate::features::data::import_wizard::state::{Stage, Wizard, VALIDATE};
use crate::i18n::{layout_read, rows_read, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use dxm_domain::import::Encoding;
use dxm_domain::text::pick;
use leptos::prelude::*;

/// What was read (rows, columns, encoding, a publisher's layout recognised), the columns'
/// mapping and the new list's settings, and "validate" — once the worker has read the file.
#[component]
pub fn MappingStep(wizard: Wizard) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    // Shown once read, and kept while the list is validated and reviewed: built again only
    // when another reading arrives (a list of 63 columns is a large form).
    let shown = Memo::new(move |_| {
        wizard.stage.with(|s| match s {
            Stage::Mapped | Stage::Reviewed(_) => true,
            Stage::Busy(Some((phase, _, _))) => phase == VALIDATE,
            _ => false,
        })
    });
    move || {
        let shown = shown.get();
        wizard.summary.get().filter(|_| shown).map(|s| {
            let lang = i.lang.get();
            let enc = s.encoding.map(|e| match e {
                Encoding::ShiftJis => "Shift_JIS",
                Encoding::Utf8Bom => "UTF-8 (BOM)",
                Encoding::Utf8 => "UTF-8",
            });
            let is_pack = s.kind == "pack";
            let has_rows = s.rows > 0;
            let layout = s.layout.as_ref().and_then(|id| cat.crosswalk.layout(id)).map(|l| {
                let prog = cat
                    .programmes
                    .get(&l.programme)
                    .map(|p| pick(lang, &p.ja, &p.en).to_owned())
                    .unwrap_or_default();
                layout_read(lang, pick(lang, &l.ja, &l.en), &prog)
            });
            view! {
                <p id="import-read">{rows_read(lang, s.rows, s.headers.len(), enc)}</p>
                {(!has_rows).then(|| view! { <p class="error" id="no-rows">{tr(Msg::NoDataRows)}</p> })}
                {layout.map(|text| view! { <p class="notice info" id="import-layout">{text}</p> })}
                <h3 id="mapping-title" class="h4" tabindex="-1">{tr(Msg::MappingTitle)}</h3>
                {if is_pack {
                    view! { <p>{tr(Msg::PackNoMapping)}</p> }.into_any()
                } else {
                    view! { <MappingTable summary=s mapping=wizard.mapping lang/> }.into_any()
                }}
                <ListSettings wizard/>
                {has_rows.then(|| view! {
                    <p><button type="button" class="button primary" id="validate-import" aria-disabled=move || matches!(wizard.stage.get(), Stage::Busy(_)).then_some("true") on:click=move |_| wizard.validate()>{tr(Msg::ValidateButton)}</button></p>
                })}
            }
        })
    }
}
