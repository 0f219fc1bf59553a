//! Application state: the workspace of saved assessments, persisted to `localStorage` by an
//! Effect (as in Leptos' todomvc example; `state::saving` keeps several pages of the origin in
//! step). Saved work is never thrown away: unreadable data is set aside under another key
//! before a fresh workspace is started, or, where that fails, nothing is saved over it.

use super::saving::{self, Persist};
pub use super::saving::{new_id, Hold};
use crate::adapters::clock::{current_fiscal_year, now_ms};
use crate::adapters::storage;
use crate::i18n::Msg;
use dxm_domain::workspace::{Conflict, Keep, Removed, Replaced};
use dxm_domain::{Assessment, Lang, Workspace};
use leptos::prelude::*;

const LANG_KEY: &str = "dxm.lang";

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
    /// Assessments changed both here and in another page, both kept until the user chooses.
    pub conflicts: RwSignal<Vec<Conflict>>,
    /// Why this page does not save at the moment (None: it saves every change).
    pub hold: RwSignal<Option<Hold>>,
    /// The key under which unreadable saved data was set aside, for the user to download.
    pub aside: RwSignal<Option<String>>,
    persist: Persist,
    /// The assessment a share link last replaced, as it was, for undo.
    pub replaced: RwSignal<Option<Replaced>>,
    lang: RwSignal<Lang>,
}

impl AppState {
    /// Reads saved work and starts persisting every change.
    pub fn init(lang: RwSignal<Lang>) -> Self {
        let loaded = saving::load(|| Workspace::new(blank_assessment(lang.get_untracked())));
        let p = Persist::new(loaded, lang);
        let workspace = p.workspace;
        let state = AppState {
            workspace,
            active: Memo::new(move |_| workspace.with(|w| w.active().clone())),
            notice: p.notice,
            saved_at: p.saved_at,
            removed: RwSignal::new(None),
            conflicts: p.conflicts,
            hold: p.hold,
            aside: p.aside,
            persist: p,
            replaced: RwSignal::new(None),
            lang,
        };
        saving::start(p);
        state
    }

    /// Settles a conflict as the user chose.
    pub fn settle(&self, c: &Conflict, keep: Keep) {
        self.workspace.update(|w| {
            w.settle(c, keep);
        });
        self.conflicts.update(|v| v.retain(|x| x != c));
    }

    /// Saves over data that could not be read, once the user has downloaded it.
    pub fn resume_saving(&self) {
        if matches!(self.hold.get_untracked(), Some(Hold::Unreadable(_))) {
            self.hold.set(None);
        }
    }

    /// Replaces all work (a restore) in storage at once; see [`saving::write_now`]. The page
    /// shows it after [`AppState::adopt`], when every other store has taken its part too.
    pub fn write_now(&self, ws: &Workspace) -> Result<Option<String>, storage::Unavailable> {
        if self.hold.with_untracked(Option::is_some) {
            return Err(storage::Unavailable);
        }
        saving::write_now(ws)
    }

    /// Undoes [`AppState::write_now`] after a later step failed.
    pub fn put_back(&self, before: Option<String>) {
        saving::put_back(before)
    }

    /// Shows a workspace already written by [`AppState::write_now`].
    pub fn adopt(&self, ws: Workspace) {
        self.persist.synced_to(&ws);
        self.conflicts.set(Vec::new());
        self.removed.set(None);
        self.replaced.set(None);
        self.workspace.set(ws);
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
