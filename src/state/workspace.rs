//! Application state: the workspace of saved assessments, persisted to `localStorage` by an
//! Effect (as in Leptos' todomvc example). Saved work is never thrown away: unreadable data is
//! set aside under another key before a fresh workspace is started.

use crate::adapters::clock::{current_fiscal_year, now_ms};
use crate::adapters::storage;
use crate::i18n::Msg;
use dxm_domain::workspace::{Removed, Replaced};
use dxm_domain::{Assessment, Lang, Workspace};
use leptos::prelude::*;

const STATE_KEY: &str = "dxm.state.v1";
const LANG_KEY: &str = "dxm.lang";

/// A fresh id; the counter keeps ids distinct within one millisecond.
pub fn new_id() -> String {
    thread_local!(static N: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });
    let n = N.with(|c| {
        c.set(c.get() + 1);
        c.get()
    });
    format!("a{}-{n}", now_ms())
}

pub fn blank_assessment(lang: Lang) -> Assessment {
    let fy = current_fiscal_year();
    let name = format!(
        "{} {}",
        crate::i18n::fiscal_year_label(lang, fy),
        Msg::DefaultAssessmentName.text(lang)
    );
    let mut a = Assessment::new(new_id(), name, fy);
    a.created_ms = now_ms();
    a.updated_ms = a.created_ms;
    a
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub workspace: RwSignal<Workspace>,
    /// The assessment being worked on; downstream memos recompute only when it changes.
    pub active: Memo<Assessment>,
    /// A problem with storage to show once (never blocks work).
    pub notice: RwSignal<Option<Msg>>,
    /// When the workspace was last written to storage (ms since epoch).
    pub saved_at: RwSignal<Option<u64>>,
    /// The last removed assessment, for undo.
    pub removed: RwSignal<Option<Removed>>,
    /// The assessment a share link last replaced, as it was, for undo.
    pub replaced: RwSignal<Option<Replaced>>,
    lang: RwSignal<Lang>,
}

impl AppState {
    /// Reads saved work and starts persisting every change.
    pub fn init(lang: RwSignal<Lang>) -> Self {
        let mut notice = None;
        let fresh = || Workspace::new(blank_assessment(lang.get_untracked()));
        let ws = match storage::get(STATE_KEY) {
            Err(storage::Unavailable) => {
                notice = Some(Msg::StorageUnavailable);
                fresh()
            }
            Ok(None) => fresh(),
            Ok(Some(raw)) => match serde_json::from_str::<Workspace>(&raw) {
                Ok(w) if w.is_valid() => w,
                _ => {
                    storage::set_aside(STATE_KEY, &raw);
                    notice = Some(Msg::StorageRecovered);
                    fresh()
                }
            },
        };
        let workspace = RwSignal::new(ws);
        let notice = RwSignal::new(notice);
        let saved_at = RwSignal::new(None);
        let active = Memo::new(move |_| workspace.with(|w| w.active().clone()));
        Effect::new(move |_| {
            let json = workspace.with(serde_json::to_string);
            if let Ok(json) = json {
                match storage::set(STATE_KEY, &json) {
                    Ok(()) => saved_at.set(Some(now_ms())),
                    Err(_) if notice.get_untracked().is_none() => {
                        notice.set(Some(Msg::StorageSaveFailed))
                    }
                    Err(_) => {}
                }
            }
        });
        AppState {
            workspace,
            active,
            notice,
            saved_at,
            removed: RwSignal::new(None),
            replaced: RwSignal::new(None),
            lang,
        }
    }

    /// Edits the active assessment in place and stamps it.
    pub fn update_active(&self, f: impl FnOnce(&mut Assessment)) {
        self.workspace.update(|w| {
            let a = w.active_mut();
            f(a);
            a.updated_ms = now_ms();
        });
    }

    pub fn activate(&self, id: &str) {
        self.workspace.update(|w| {
            w.set_active(id);
        });
    }

    /// Starts a new blank assessment and makes it active.
    pub fn create(&self) {
        let a = blank_assessment(self.lang.get_untracked());
        self.workspace.update(|w| {
            let name = w.unique_name(&a.name);
            w.add(Assessment { name, ..a });
        });
    }

    /// Adds an assessment that arrived from outside (a share link, an embedding portal) as a
    /// new one, under a name not yet used, and makes it active. Local work is left as it is.
    pub fn add_incoming(&self, mut a: Assessment) -> Assessment {
        a.created_ms = now_ms();
        a.updated_ms = a.created_ms;
        self.workspace.update(|w| {
            a.name = w.unique_name(&a.name);
            w.add(a.clone());
        });
        a
    }

    /// Puts an assessment that arrived from outside in the place of assessment `slot` (same
    /// id, same place; its name kept unique) and makes it active. `None` when `slot` is gone.
    pub fn replace_incoming(&self, slot: &str, mut a: Assessment) -> Option<Assessment> {
        a.updated_ms = now_ms();
        let mut done = None;
        self.workspace.update(|w| {
            a.name = w.unique_name_except(&a.name, Some(slot));
            if w.replace(slot, a).is_some() {
                done = w.get(slot).cloned();
            }
        });
        done
    }

    /// Replaces the active assessment with one from a share link; `undo_replace` puts the
    /// previous one back exactly.
    pub fn replace_active(&self, mut a: Assessment) {
        a.updated_ms = now_ms();
        let id = self.active.with_untracked(|cur| cur.id.clone());
        let mut replaced = None;
        self.workspace.update(|w| replaced = w.replace(&id, a));
        self.replaced.set(replaced);
    }

    pub fn undo_replace(&self) {
        if let Some(r) = self.replaced.get_untracked() {
            self.workspace.update(|w| {
                w.undo_replace(r);
            });
            self.replaced.set(None);
        }
    }

    pub fn duplicate(&self, id: &str) {
        let now = now_ms();
        self.workspace.update(|w| {
            if let Some(name) = w.get(id).map(|a| a.name.clone()) {
                w.duplicate(id, &new_id(), &name, now);
            }
        });
    }

    pub fn rename(&self, id: &str, name: &str) -> bool {
        let mut ok = false;
        self.workspace.update(|w| ok = w.rename(id, name));
        ok
    }

    pub fn remove(&self, id: &str) {
        let lang = self.lang.get_untracked();
        let mut removed = None;
        self.workspace
            .update(|w| removed = w.remove(id, || blank_assessment(lang)));
        self.removed.set(removed);
    }

    pub fn undo_remove(&self) {
        if let Some(r) = self.removed.get_untracked() {
            self.workspace.update(|w| w.restore(r));
            self.removed.set(None);
        }
    }
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

pub fn load_lang() -> Lang {
    match storage::get(LANG_KEY) {
        Ok(Some(s)) if s == "en" => Lang::En,
        _ => Lang::Ja,
    }
}

pub fn save_lang(lang: Lang) {
    // Failing to remember the language is harmless: the next visit starts in Japanese.
    let _ = storage::set(LANG_KEY, lang.code());
}
