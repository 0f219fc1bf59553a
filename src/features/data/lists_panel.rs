use crate::adapters::focus::focus_id_later;
use crate::adapters::idb::IdbError;
use crate::features::data::level_editor::LevelEditor;
use crate::features::data::list_card::{run_reporting, ListCard, ListInfo};
use crate::i18n::{idb_error, tr, Msg};
use crate::state::library::{use_library, Status};
use crate::widgets::rename_row::Renaming;
use leptos::prelude::*;

/// The imported lists and the publisher's packs: use in matching or not, rename, remove (with
/// undo); and whether the fictional samples take part.
#[component]
pub fn ListsPanel() -> impl IntoView {
    let library = use_library();
    let error = RwSignal::new(None::<IdbError>);
    let renaming = Renaming::new();
    view! {
        <section class="panel lists" aria-labelledby="lists-title">
            <h2 id="lists-title">{tr(Msg::ListsTitle)}</h2>
            <Show when=move || library.status.get() == Status::Unavailable>
                <p class="notice warning">{tr(Msg::ListsUnavailable)}</p>
            </Show>
            <div class="choice">
                <input
                    type="checkbox"
                    id="hide-samples"
                    prop:checked=move || library.hide_samples.get()
                    on:change:target=move |ev| library.set_hide_samples(ev.target().checked())
                />
                <label for="hide-samples">{tr(Msg::HideSamples)}</label>
            </div>
            <div class="status-slot" role="status">
                {move || library.removed.get().map(|r| view! {
                    <p class="notice info">
                        {tr(Msg::ListRemoved)} " " {r.name} " "
                        <button type="button" class="button secondary small" id="undo-list" on:click=move |_| {
                            let back = format!("rename-list-{}", r.id);
                            run_reporting(error, async move {
                                library.undo_remove().await?;
                                focus_id_later(back);
                                Ok(())
                            })
                        }>
                            {tr(Msg::Undo)}
                        </button>
                    </p>
                })}
                {move || error.get().map(|e| view! { <p class="error">{tr(idb_error(e))}</p> })}
            </div>
            {move || {
                let packs: Vec<ListInfo> = library.packs.with(|v| v.iter().map(ListInfo::of).collect());
                let sets: Vec<ListInfo> = library.sets.with(|v| v.iter().map(ListInfo::of).collect());
                if packs.is_empty() && sets.is_empty() {
                    view! { <p class="muted">{tr(Msg::NoLists)}</p> }.into_any()
                } else {
                    view! {
                        <ul class="list-cards">
                            {packs.into_iter().map(|set| view! { <ListCard set published=true renaming error/> }).collect_view()}
                            {sets.into_iter().map(|set| view! { <ListCard set published=false renaming error/> }).collect_view()}
                        </ul>
                    }.into_any()
                }
            }}
            <LevelEditor/>
        </section>
    }
}
