//! What saving needs the user for: a tab that stopped saving (a newer version saved the work,
//! or saved data that could be neither read nor set aside), and assessments changed in two
//! places at once.

use crate::adapters::download::download_text;
use crate::adapters::storage;
use crate::i18n::{conflict_text, tr, use_i18n, Msg};
use crate::state::workspace::{use_state, Hold};
use dxm_domain::workspace::Keep;
use leptos::prelude::*;

/// The data that was set aside (or could not be), as a file.
fn download_saved(raw: &str) {
    download_text("dxm-saved-data.json", "application/json", raw);
}

fn reload() {
    let _ = window().location().reload();
}

#[component]
pub fn HoldNotice() -> impl IntoView {
    let state = use_state();
    move || {
        state.hold.get().map(|hold| {
            let body = match &hold {
                Hold::Newer => Msg::HoldNewer,
                Hold::Unreadable(_) => Msg::HoldUnreadable,
            };
            let actions = match hold {
                Hold::Newer => view! {
                    <button type="button" class="button primary" id="hold-reload" on:click=|_| reload()>{tr(Msg::Reload)}</button>
                }
                .into_any(),
                Hold::Unreadable(raw) => view! {
                    <button type="button" class="button primary" id="hold-download" on:click=move |_| download_saved(&raw)>{tr(Msg::DownloadUnreadable)}</button>
                    <button type="button" class="button secondary" id="hold-resume" on:click=move |_| state.resume_saving()>{tr(Msg::ResumeSaving)}</button>
                }
                .into_any(),
            };
            view! {
                <div class="notice warning" role="alert" id="hold-notice" aria-labelledby="hold-title">
                    <p><strong id="hold-title">{tr(Msg::HoldNewerTitle)}</strong></p>
                    <p>{tr(body)}</p>
                    <div class="actions">{actions}</div>
                </div>
            }
        })
    }
}

#[component]
pub fn ConflictNotices() -> impl IntoView {
    let i = use_i18n();
    let state = use_state();
    let rows = move || {
        let ws = state.workspace.get();
        state
            .conflicts
            .get()
            .into_iter()
            // One the user removed or renamed away meanwhile needs no choice any more.
            .filter_map(|c| Some((ws.get(&c.copy)?.name.clone(), c)))
            .filter(|(_, c)| ws.get(&c.id).is_some())
            .collect::<Vec<_>>()
    };
    move || {
        let rows = rows();
        (!rows.is_empty()).then(|| {
            view! {
                <div class="notice warning" role="alert" id="conflicts" aria-labelledby="conflict-title">
                    <p><strong id="conflict-title">{tr(Msg::ConflictTitle)}</strong></p>
                    {rows
                        .into_iter()
                        .map(|(copy, c)| {
                            let (c1, c2, c3) = (c.clone(), c.clone(), c.clone());
                            let name = c.name.clone();
                            view! {
                                <div class="conflict">
                                    <p>{move || conflict_text(i.lang.get(), &name, &copy)}</p>
                                    <div class="actions">
                                        <button type="button" class="button primary conflict-mine" on:click=move |_| state.settle(&c1, Keep::Mine)>{tr(Msg::ConflictKeepMine)}</button>
                                        <button type="button" class="button secondary conflict-theirs" on:click=move |_| state.settle(&c2, Keep::Theirs)>{tr(Msg::ConflictKeepTheirs)}</button>
                                        <button type="button" class="button secondary conflict-both" on:click=move |_| state.settle(&c3, Keep::Both)>{tr(Msg::ConflictKeepBoth)}</button>
                                    </div>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            }
        })
    }
}

/// The button under 「…退避してあります」 that hands the set-aside data to the user.
#[component]
pub fn AsideDownload() -> impl IntoView {
    let state = use_state();
    move || {
        state.aside.get().map(|key| {
            view! {
                <button type="button" class="button secondary" id="aside-download" on:click=move |_| {
                    if let Ok(Some(raw)) = storage::get(&key) {
                        download_saved(&raw);
                    }
                }>{tr(Msg::DownloadAside)}</button>
            }
        })
    }
}
