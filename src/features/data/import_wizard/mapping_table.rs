use crate::features::data::import_wizard::field_select::FieldSelect;
use crate::i18n::{tr, Msg};
use crate::widgets::scroll_table::ScrollTable;
use dxm_domain::import::protocol::Summary;
use dxm_domain::import::Field;
use dxm_domain::Lang;
use leptos::prelude::*;

/// Each column of the file with a few sample values and the field it goes to. Columns of
/// personal data are never imported: they show no samples and cannot be mapped.
#[component]
pub fn MappingTable(summary: Summary, mapping: RwSignal<Vec<Field>>, lang: Lang) -> impl IntoView {
    let s = summary;
    let rows = s
        .headers
        .iter()
        .enumerate()
        .map(|(c, h)| {
            let samples: Vec<String> = s
                .preview
                .iter()
                .filter_map(|r| r.get(c))
                .filter(|v| !v.trim().is_empty())
                .take(3)
                .cloned()
                .collect();
            let personal = matches!(s.suggested.get(c), Some(Field::Personal(_)));
            let select_id = format!("map-{c}");
            view! {
                <tr>
                    <th scope="row"><label for=select_id.clone()>{h.clone()}</label></th>
                    <td>{if personal { "—".to_owned() } else { samples.join(" / ") }}</td>
                    <td>
                        {if personal {
                            view! { <span id=select_id class="tag missing">{tr(Msg::PersonalNotImported)}</span> }.into_any()
                        } else {
                            view! { <FieldSelect id=select_id column=c mapping lang/> }.into_any()
                        }}
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="hint">{tr(Msg::MappingHint)}</p>
        <ScrollTable caption_id="mapping-title" class="data-table mapping">
            <thead>
                <tr>
                    <th scope="col">{tr(Msg::ColumnHeader)}</th>
                    <th scope="col">{tr(Msg::ColumnSample)}</th>
                    <th scope="col">{tr(Msg::ColumnField)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </ScrollTable>
    }
}
