use crate::adapters::clock::now_ms;
use crate::adapters::download::download_text;
use crate::adapters::pwa::use_pwa;
use crate::i18n::{
    backup_error, date_time, idb_error, restore_preview, too_large, tr, use_i18n, Msg,
};
use crate::state::catalog::use_catalog;
use crate::state::library::use_library;
use crate::state::workspace::use_state;
use crate::widgets::csv_button::{CsvButton, CsvKind};
use dxm_domain::library::{parse_backup, Backup, RestorePreview};
use leptos::prelude::*;

/// CSV for Excel (ranking, gap table), the JSON backup, and restore after a preview.
#[component]
pub fn ExportPanel() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let state = use_state();
    let library = use_library();
    let preview = RwSignal::new(None::<RestorePreview>);
    let message = RwSignal::new(None::<(bool, String)>);

    let backup = move |_| {
        let b = Backup::new(
            state.workspace.get_untracked(),
            library.sets.get_untracked(),
            library.hide_samples.get_untracked(),
            now_ms(),
        );
        let day = crate::adapters::clock::local_time(now_ms())
            .map(dxm_domain::calendar::iso_date)
            .unwrap_or_default();
        download_text(
            &format!("dxm-backup-{day}.json"),
            "application/json",
            &b.to_json(),
        );
    };
    // The format of a backup, holding only the open assessment: what a prefecture gathers.
    let submission = move |_| {
        let a = state.active.get_untracked();
        let code = a
            .context
            .lgcode
            .map(dxm_domain::geo::format_lgcode)
            .unwrap_or_default();
        let name = crate::adapters::download::file_stem(&format!("{code} {}", a.name));
        let b = Backup::new(dxm_domain::Workspace::new(a), Vec::new(), false, now_ms());
        download_text(
            &format!("dxm-submission-{name}.json"),
            "application/json",
            &b.to_json(),
        );
    };
    let on_restore_file = move |ev: leptos::ev::Event| {
        let Some((input, f)) = crate::adapters::files::chosen(&ev) else {
            return;
        };
        input.set_value("");
        // Refused on its size, before anything is read into memory.
        if let Err(e) = crate::adapters::files::check_size(&f, dxm_domain::limits::FileKind::Backup)
        {
            preview.set(None);
            message.set(Some((false, too_large(i.lang.get_untracked(), &e))));
            return;
        }
        leptos::task::spawn_local(async move {
            let text = crate::adapters::files::text(&f).await.unwrap_or_default();
            match parse_backup(&text, cat) {
                Ok(p) => {
                    message.set(None);
                    preview.set(Some(p));
                    crate::adapters::focus::focus_id_later("restore-preview");
                }
                Err(e) => {
                    preview.set(None);
                    let why = backup_error(i.lang.get_untracked(), cat, &e);
                    message.set(Some((false, format!("{} {why}", i.t(Msg::RestoreFailed)))));
                }
            }
        });
    };
    let confirm_restore = move |_| {
        let Some(p) = preview.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            // All or nothing across both stores: the assessments are written first (at once,
            // in this page), then the lists (one IndexedDB transaction); if the lists fail,
            // the assessments as they were are put back. Only then does the page change.
            let ws = &p.backup.workspace;
            let failed = |why: Msg| {
                message.set(Some((
                    false,
                    format!("{} {}", i.t(Msg::RestoreFailed), i.t(why)),
                )))
            };
            let before = match state.write_now(ws) {
                Ok(before) => before,
                Err(_) => return failed(Msg::RestoreNotSaved),
            };
            match library.replace_all(p.backup.sets.clone()).await {
                Ok(()) => {
                    state.adopt(ws.clone());
                    library.set_hide_samples(p.backup.hide_samples);
                    preview.set(None);
                    message.set(Some((true, i.t(Msg::RestoreDone).to_owned())));
                }
                Err(e) => {
                    state.put_back(before);
                    failed(idb_error(e));
                }
            }
        });
    };

    view! {
        <section class="panel export" aria-labelledby="export-title">
            <h2 id="export-title">{tr(Msg::ExportTitle)}</h2>
            <p class="hint">{tr(Msg::ExportHint)}</p>
            <div class="actions">
                <CsvButton kind=CsvKind::Ranking id="export-ranking"/>
                <CsvButton kind=CsvKind::Gap id="export-gap"/>
                <button type="button" class="button secondary" id="export-backup" on:click=backup>{tr(Msg::BackupButton)}</button>
                <button type="button" class="button secondary" id="export-submission" aria-describedby="export-submission-hint" on:click=submission>
                    {tr(Msg::ExportForPrefecture)}
                </button>
            </div>
            <p class="hint" id="export-submission-hint">{tr(Msg::ExportForPrefectureHint)}</p>
            {move || use_pwa().persisted.get().map(|kept| view! {
                <p class="muted" id="storage-persistence">
                    {tr(if kept { Msg::StoragePersisted } else { Msg::StorageNotPersisted })}
                </p>
            })}
            <div class="control">
                <label for="restore-file">{tr(Msg::RestoreLabel)}</label>
                <input id="restore-file" type="file" accept=".json,application/json" on:change=on_restore_file/>
            </div>
            <div role="status">
                {move || message.get().map(|(ok, m)| view! { <p class=if ok { "ok" } else { "error" }>{m}</p> })}
            </div>
            {move || preview.get().map(|p| {
                let lang = i.lang.get();
                let b = &p.backup;
                view! {
                    <div class="notice warning" id="restore-preview" tabindex="-1">
                        <p><strong>{tr(Msg::RestorePreviewTitle)}</strong></p>
                        <p>{restore_preview(lang, b.workspace.assessments.len(), b.sets.len(), &date_time(lang, b.exported_ms))}</p>
                        <ul>{b.workspace.assessments.iter().map(|a| view! { <li>{a.name.clone()}</li> }).collect_view()}</ul>
                        {(!p.unknown_items.is_empty()).then(|| view! { <p>{tr(Msg::UnknownItemsKept)} "：" {p.unknown_items.join(", ")}</p> })}
                        <div class="actions compact">
                            <button type="button" class="button primary" id="confirm-restore" on:click=confirm_restore>{tr(Msg::RestoreConfirm)}</button>
                            <button type="button" class="button secondary" on:click=move |_| preview.set(None)>{tr(Msg::Cancel)}</button>
                        </div>
                    </div>
                }
            })}
        </section>
    }
}
