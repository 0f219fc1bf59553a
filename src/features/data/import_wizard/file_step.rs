use crate::features::data::import_wizard::state::Wizard;
use crate::i18n::{row_choice, tr, use_i18n, Msg};
use leptos::prelude::*;

/// The file and how to read it: encoding, and for a workbook or a list with several candidate
/// header rows, the sheet and the header row.
#[component]
pub fn FileStep(wizard: Wizard) -> impl IntoView {
    let i = use_i18n();
    let summary = wizard.summary;
    view! {
        <div class="settings-grid">
            <div class="control">
                <label for="import-file">{tr(Msg::ChooseFile)}</label>
                <input
                    id="import-file"
                    type="file"
                    accept=".csv,.txt,.xlsx,.xlsm,.json"
                    on:change=move |ev| wizard.choose_file(&ev)
                />
            </div>
            <div class="control">
                <label for="import-encoding">{tr(Msg::EncodingLabel)}</label>
                <select
                    id="import-encoding"
                    on:change:target=move |ev| {
                        wizard.encoding.set(ev.target().value());
                        if wizard.has_file() {
                            wizard.read();
                        }
                    }
                >
                    <option value="" selected>{tr(Msg::EncodingAuto)}</option>
                    <option value="utf-8">{tr(Msg::EncodingUtf8)}</option>
                    <option value="shift_jis">{tr(Msg::EncodingSjis)}</option>
                </select>
            </div>
            <Show when=move || summary.with(|s| s.as_ref().is_some_and(|s| s.sheets.len() > 1))>
                <div class="control">
                    <label for="import-sheet">{tr(Msg::SheetLabel)}</label>
                    <select
                        id="import-sheet"
                        on:change:target=move |ev| {
                            wizard.sheet.set(ev.target().value());
                            wizard.header.set(0);
                            wizard.read();
                        }
                    >
                        {move || summary.get().map(|s| s.sheets.iter().map(|n| {
                            let selected = s.sheet == *n;
                            view! { <option value=n.clone() selected=selected>{n.clone()}</option> }
                        }).collect_view())}
                    </select>
                </div>
            </Show>
            <Show when=move || summary.with(|s| s.as_ref().is_some_and(|s| s.header_choices.len() > 1))>
                <div class="control">
                    <label for="import-header">{tr(Msg::HeaderRowLabel)}</label>
                    <select
                        id="import-header"
                        aria-describedby="import-header-hint"
                        on:change:target=move |ev| {
                            if let Ok(line) = ev.target().value().parse::<usize>() {
                                wizard.header.set(line);
                                wizard.read();
                            }
                        }
                    >
                        {move || summary.get().map(|s| {
                            let lang = i.lang.get();
                            s.header_choices.iter().map(|(line, text)| {
                                let selected = *line == s.header_line;
                                view! { <option value=line.to_string() selected=selected>{row_choice(lang, *line, text)}</option> }
                            }).collect_view()
                        })}
                    </select>
                    <p class="hint" id="import-header-hint">{tr(Msg::HeaderRowHint)}</p>
                </div>
            </Show>
        </div>
    }
}
