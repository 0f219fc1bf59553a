use crate::adapters::focus::focus_id_later;
use crate::adapters::idb::IdbError;
use crate::i18n::{date_time, tr, use_i18n, Msg};
use crate::state::library::use_library;
use crate::state::talent::use_talent;
use crate::widgets::after_paint::AfterPaint;
use crate::widgets::rename_row::{RenameRow, Renaming};
use dxm_domain::library::StoredSet;
use leptos::prelude::*;
use std::future::Future;

/// Runs a change to the stored lists in the background; `error` then holds its failure, or
/// nothing once a change succeeds.
pub fn run_reporting(
    error: RwSignal<Option<IdbError>>,
    change: impl Future<Output = Result<(), IdbError>> + 'static,
) {
    leptos::task::spawn_local(async move {
        error.set(change.await.err());
    });
}

/// What a card shows of a list: everything but its records (a list may hold 10,000 people,
/// and the cards are drawn again whenever any list changes).
#[derive(Clone)]
pub struct ListInfo {
    id: String,
    name: String,
    source: String,
    as_of: String,
    imported_ms: u64,
    enabled: bool,
    count: usize,
}

impl ListInfo {
    pub fn of(set: &StoredSet) -> ListInfo {
        ListInfo {
            id: set.id.clone(),
            name: set.name.clone(),
            source: set.source.clone(),
            as_of: set.as_of.clone(),
            imported_ms: set.imported_ms,
            enabled: set.enabled,
            count: set.records.len(),
        }
    }
}

/// One list: its size, source and dates; an imported one (not a publisher's pack) can be left
/// out of matching, renamed and removed.
#[component]
pub fn ListCard(
    set: ListInfo,
    published: bool,
    renaming: Renaming,
    error: RwSignal<Option<IdbError>>,
) -> impl IntoView {
    let i = use_i18n();
    let library = use_library();
    let talent = use_talent();
    let ListInfo {
        id,
        name,
        source,
        as_of,
        imported_ms,
        enabled,
        count,
    } = set;
    let skipped = {
        let name = name.clone();
        move || talent.with(|t| t.skipped.contains(&name))
    };
    let save = move |id: String| {
        let name = renaming.draft.get_untracked().trim().to_owned();
        if name.is_empty() {
            return;
        }
        renaming.done();
        let back = format!("rename-list-{id}");
        run_reporting(error, async move { library.rename(&id, name).await });
        focus_id_later(back);
    };
    let delete = move |id: String| {
        // Focus moves to "undo" once the list is really gone.
        run_reporting(error, async move {
            library.remove(&id).await?;
            focus_id_later("undo-list");
            Ok(())
        });
    };
    let check_id = format!("use-{id}");
    view! {
        <li class="list-card">
            <h3 class="h4">
                {name.clone()}
                {published.then(|| view! { <span class="tag">{tr(Msg::PublishedTag)}</span> })}
            </h3>
            <p class="muted">
                {move || format!("{count} {}", i.t(Msg::ProfilesCount))} " · " {source}
                {move || (!as_of.is_empty()).then(|| format!(" · {} {as_of}", i.t(Msg::AsOf)))}
                {move || (imported_ms > 0).then(|| format!(" · {} {}", i.t(Msg::ImportedAt), date_time(i.lang.get(), imported_ms)))}
            </p>
            // Whether the list still reads against the data is known once the profiles are laid
            // out again, which a new list of 10,000 people should not hold the card back for.
            <AfterPaint>
                {let skipped = skipped.clone(); move || skipped().then(|| view! { <p class="error">{tr(Msg::ListSkipped)}</p> })}
            </AfterPaint>
            {(!published).then(|| view! {
                <RenameRow
                    id=id.clone()
                    name=name
                    renaming
                    input_id=format!("rename-input-{id}")
                    rename_id=format!("rename-list-{id}")
                    required=true
                    on_save=Callback::new(save)
                    on_delete=Callback::new(delete)
                >
                    <div class="choice inline">
                        <input
                            type="checkbox"
                            id=check_id.clone()
                            prop:checked=enabled
                            on:change:target={
                                let id = id.clone();
                                move |ev| {
                                    let on = ev.target().checked();
                                    let id = id.clone();
                                    run_reporting(error, async move { library.set_enabled(&id, on).await });
                                }
                            }
                        />
                        <label for=check_id.clone()>{tr(Msg::UseInMatching)}</label>
                    </div>
                </RenameRow>
            })}
        </li>
    }
}
