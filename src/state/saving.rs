//! Keeping the workspace in `localStorage` when several pages of this origin (tabs, a portal's
//! frame) use it at once. Each page remembers what it last read or wrote ([`Synced`]); before
//! writing it looks whether another page saved since and, if so, merges record by record
//! (`dxm_domain::workspace::merge`) instead of overwriting. Changes made elsewhere arrive by the
//! `storage` event and are merged at once. A page never writes over data it could not read
//! (unless that data was first set aside, or the user chose to), nor over data saved by a newer
//! version of the app.

use crate::adapters::clock::now_ms;
use crate::adapters::storage;
use crate::i18n::Msg;
use dxm_domain::workspace::{merge, Conflict, SavedError};
use dxm_domain::{Lang, Workspace};
use leptos::prelude::*;

const STATE_KEY: &str = "dxm.state.v1";

/// A fresh id; the counter keeps ids distinct within one millisecond.
pub fn new_id() -> String {
    thread_local!(static N: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
    let n = N.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    format!("a{}-{n}", now_ms())
}

/// Why saving is on hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Hold {
    /// A newer version of the app saved the work in a format this page does not fully know.
    Newer,
    /// Saved data could not be read nor set aside: it is the only copy (kept here to download).
    Unreadable(String),
}

/// The signals saving works on (shared with `AppState`).
#[derive(Clone, Copy)]
pub struct Persist {
    pub workspace: RwSignal<Workspace>,
    pub notice: RwSignal<Option<Msg>>,
    pub saved_at: RwSignal<Option<u64>>,
    pub conflicts: RwSignal<Vec<Conflict>>,
    pub hold: RwSignal<Option<Hold>>,
    pub aside: RwSignal<Option<String>>,
    synced: StoredValue<Synced>,
    lang: RwSignal<Lang>,
}

impl Persist {
    pub fn new(loaded: Loaded, lang: RwSignal<Lang>) -> Self {
        Persist {
            workspace: RwSignal::new(loaded.workspace),
            notice: RwSignal::new(loaded.notice),
            saved_at: RwSignal::new(None),
            conflicts: RwSignal::new(Vec::new()),
            hold: RwSignal::new(loaded.hold),
            aside: RwSignal::new(loaded.aside),
            synced: StoredValue::new(loaded.synced),
            lang,
        }
    }

    /// Records `ws` as what storage now holds (written by [`write_now`]).
    pub fn synced_to(&self, ws: &Workspace) {
        self.synced.set_value(Synced {
            raw: serde_json::to_string(ws).ok(),
            workspace: ws.clone(),
        });
    }
}

/// What this page last read from or wrote to storage: the base of the next merge.
#[derive(Clone)]
pub struct Synced {
    pub raw: Option<String>,
    pub workspace: Workspace,
}

/// Saved work as found at start-up.
pub struct Loaded {
    pub workspace: Workspace,
    pub synced: Synced,
    pub notice: Option<Msg>,
    pub hold: Option<Hold>,
    /// Where unreadable data was set aside, for the user to download.
    pub aside: Option<String>,
}

pub fn load(fresh: impl Fn() -> Workspace) -> Loaded {
    let empty = Workspace {
        assessments: Vec::new(),
        ..fresh()
    };
    let mut loaded = Loaded {
        workspace: fresh(),
        synced: Synced {
            raw: None,
            workspace: empty,
        },
        notice: None,
        hold: None,
        aside: None,
    };
    let raw = match storage::get(STATE_KEY) {
        Err(storage::Unavailable) => {
            loaded.notice = Some(Msg::StorageUnavailable);
            return loaded;
        }
        Ok(None) => return loaded,
        Ok(Some(raw)) => raw,
    };
    loaded.synced.raw = Some(raw.clone());
    match Workspace::read_saved(&raw) {
        Ok(w) => {
            loaded.synced.workspace = w.clone();
            loaded.workspace = w;
        }
        // Opened by an older copy of the app (a tab left open across an update): read nothing,
        // write nothing, ask for a reload.
        Err(SavedError::Newer(_)) => loaded.hold = Some(Hold::Newer),
        Err(SavedError::Unreadable) => match storage::set_aside(STATE_KEY, &raw) {
            Ok(key) => {
                loaded.notice = Some(Msg::StorageRecovered);
                loaded.aside = Some(key);
            }
            // The only copy: the fresh workspace must not be saved over it.
            Err(storage::Unavailable) => loaded.hold = Some(Hold::Unreadable(raw)),
        },
    }
    loaded
}

/// Saves every change (after merging what other pages saved) and merges their changes as they
/// arrive.
pub fn start(state: Persist) {
    Effect::new(move |_| {
        if state.hold.with(Option::is_some) {
            return;
        }
        let Ok(json) = state.workspace.with(serde_json::to_string) else {
            return;
        };
        if state
            .synced
            .with_value(|s| s.raw.as_deref() != Some(json.as_str()))
        {
            save(state, json);
        }
    });
    let listener = storage::on_change(STATE_KEY, move |new| {
        // Removed elsewhere (site data cleared): the next change here saves everything again.
        let Some(raw) = new else {
            return;
        };
        if state.hold.with_untracked(Option::is_some)
            || state
                .synced
                .with_value(|s| s.raw.as_deref() == Some(raw.as_str()))
        {
            return;
        }
        take_theirs(state, raw);
        // What this page has and the other does not (an edit the other removed …) goes back.
        let behind = state.workspace.with_untracked(|w| {
            state
                .synced
                .with_value(|s| s.workspace.assessments != w.assessments)
        });
        if behind {
            if let Ok(json) = state.workspace.with_untracked(serde_json::to_string) {
                save(state, json);
            }
        }
    });
    // Removed with the app (its owner).
    StoredValue::new_local(listener);
}

fn save(state: Persist, json: String) {
    if state.hold.with_untracked(Option::is_some) {
        return;
    }
    if let Ok(Some(stored)) = storage::get(STATE_KEY) {
        let unseen = state
            .synced
            .with_value(|s| s.raw.as_deref() != Some(stored.as_str()));
        // Another page saved since this one last read or wrote: merge first. The effect runs
        // again with the merged workspace when it differs from this page's.
        if unseen && take_theirs(state, stored) {
            return;
        }
    }
    match storage::set(STATE_KEY, &json) {
        Ok(()) => {
            state.synced.set_value(Synced {
                raw: Some(json),
                workspace: state.workspace.get_untracked(),
            });
            state.saved_at.set(Some(now_ms()));
        }
        Err(_) if state.notice.get_untracked().is_none() => {
            state.notice.set(Some(Msg::StorageSaveFailed))
        }
        Err(_) => {}
    }
}

/// Brings in what another page saved. True when this page must not write now: its workspace
/// changed (the save effect runs again) or saving is on hold.
fn take_theirs(state: Persist, raw: String) -> bool {
    match Workspace::read_saved(&raw) {
        Err(SavedError::Newer(_)) => {
            state.hold.set(Some(Hold::Newer));
            true
        }
        Err(SavedError::Unreadable) => match storage::set_aside(STATE_KEY, &raw) {
            Ok(key) => {
                state.aside.set(Some(key));
                false
            }
            Err(_) => {
                state.hold.set(Some(Hold::Unreadable(raw)));
                true
            }
        },
        Ok(theirs) => {
            let mine = state.workspace.get_untracked();
            let base = state.synced.with_value(|s| s.workspace.clone());
            let suffix = Msg::ConflictCopySuffix.text(state.lang.get_untracked());
            let merged = merge(&base, &mine, &theirs, new_id, suffix);
            state.synced.set_value(Synced {
                raw: Some(raw),
                workspace: theirs,
            });
            if !merged.conflicts.is_empty() {
                state.conflicts.update(|c| c.extend(merged.conflicts));
            }
            let changed = merged.workspace != mine;
            if changed {
                state.workspace.set(merged.workspace);
            }
            changed
        }
    }
}

/// Writes a whole new workspace at once (a restore), before anything else changes: failing
/// here changes nothing. Gives back what was stored before, for [`put_back`].
pub fn write_now(ws: &Workspace) -> Result<Option<String>, storage::Unavailable> {
    let json = serde_json::to_string(ws).map_err(|_| storage::Unavailable)?;
    let before = storage::get(STATE_KEY)?;
    storage::set(STATE_KEY, &json)?;
    Ok(before)
}

/// Undoes [`write_now`] when a later step of the same change failed.
pub fn put_back(before: Option<String>) {
    if let Some(raw) = before {
        // It fitted before; if storage refuses now, the page still holds the same work and
        // saves it on the next change.
        let _ = storage::set(STATE_KEY, &raw);
    }
}
