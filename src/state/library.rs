//! The imported lists and the publisher's data packs, and the switch that hides the samples.
//! Lists are kept in IndexedDB; a change is written there first and only then shown, so a
//! failed write changes nothing.

use crate::adapters::idb::{self, IdbError};
use crate::adapters::storage;
use dxm_domain::library::StoredSet;
use leptos::prelude::*;

const HIDE_SAMPLES_KEY: &str = "dxm.hideSamples";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    Loading,
    Ready,
    /// IndexedDB cannot be used: lists live only as long as the page.
    Unavailable,
}

#[derive(Clone, Copy)]
pub struct Library {
    /// Lists imported by the user (stored).
    pub sets: RwSignal<Vec<StoredSet>>,
    /// Lists published next to the app (read-only, from dxm-config.json or ?pack=).
    pub packs: RwSignal<Vec<StoredSet>>,
    pub hide_samples: RwSignal<bool>,
    pub status: RwSignal<Status>,
    /// The last removed list, for undo.
    pub removed: RwSignal<Option<StoredSet>>,
}

fn entry(set: &StoredSet) -> (String, String) {
    (
        set.id.clone(),
        serde_json::to_string(set).unwrap_or_default(),
    )
}

impl Library {
    /// The lists are read with the deferred data (`loaded`).
    pub fn init(hide_by_default: bool) -> Library {
        let hide = match storage::get(HIDE_SAMPLES_KEY) {
            Ok(Some(v)) => v == "1",
            _ => hide_by_default,
        };
        Library {
            sets: RwSignal::new(Vec::new()),
            packs: RwSignal::new(Vec::new()),
            hide_samples: RwSignal::new(hide),
            status: RwSignal::new(Status::Loading),
            removed: RwSignal::new(None),
        }
    }

    /// The stored lists (None: IndexedDB cannot be used) and the publisher's packs, read with
    /// the deferred data (src/state/deferred.rs).
    pub fn loaded(&self, stored: Option<Vec<StoredSet>>, packs: Vec<StoredSet>) {
        match stored {
            Some(sets) => {
                self.sets.set(sets);
                self.status.set(Status::Ready);
            }
            None => self.status.set(Status::Unavailable),
        }
        self.packs.set(packs);
    }

    /// `f` of every list, the publisher's then the user's, read in place (not tracked).
    pub fn with_all_untracked<T>(&self, f: impl FnOnce(&[StoredSet], &[StoredSet]) -> T) -> T {
        self.packs
            .with_untracked(|packs| self.sets.with_untracked(|sets| f(packs, sets)))
    }

    pub fn set_hide_samples(&self, hide: bool) {
        let _ = storage::set(HIDE_SAMPLES_KEY, if hide { "1" } else { "0" });
        self.hide_samples.set(hide);
    }

    async fn persist(
        &self,
        put: &[StoredSet],
        delete: &[String],
        clear: bool,
    ) -> Result<(), IdbError> {
        let put: Vec<(String, String)> = put.iter().map(entry).collect();
        self.write(&put, delete, clear).await
    }

    async fn write(
        &self,
        put: &[(String, String)],
        delete: &[String],
        clear: bool,
    ) -> Result<(), IdbError> {
        if self.status.get_untracked() == Status::Unavailable {
            return Ok(());
        }
        idb::write(put, delete, clear).await
    }

    /// Adds a list (replacing `replace` if given), all or nothing.
    pub async fn add(&self, set: StoredSet, replace: Option<String>) -> Result<(), IdbError> {
        let delete: Vec<String> = replace.iter().cloned().collect();
        self.persist(std::slice::from_ref(&set), &delete, false)
            .await?;
        self.sets.update(|v| {
            v.retain(|s| Some(&s.id) != replace.as_ref());
            v.push(set);
        });
        Ok(())
    }

    /// Adds a new list whose JSON is already made (from what the import worker wrote), all or
    /// nothing.
    pub async fn add_json(&self, set: StoredSet, json: String) -> Result<(), IdbError> {
        self.write(&[(set.id.clone(), json)], &[], false).await?;
        self.sets.update(|v| v.push(set));
        Ok(())
    }

    async fn change(&self, id: &str, f: impl FnOnce(&mut StoredSet)) -> Result<(), IdbError> {
        let Some(mut set) = self.sets.get_untracked().into_iter().find(|s| s.id == id) else {
            return Ok(());
        };
        f(&mut set);
        self.persist(std::slice::from_ref(&set), &[], false).await?;
        self.sets.update(|v| {
            if let Some(s) = v.iter_mut().find(|s| s.id == set.id) {
                *s = set;
            }
        });
        Ok(())
    }

    pub async fn rename(&self, id: &str, name: String) -> Result<(), IdbError> {
        self.change(id, |s| s.name = name).await
    }

    /// A user's correction of one person's levels in a list (confirmed from then on).
    pub async fn change_levels(
        &self,
        id: &str,
        person: &str,
        levels: Vec<(String, dxm_domain::Level)>,
    ) -> Result<(), IdbError> {
        self.change(id, |s| {
            s.correct_levels(person, &levels);
        })
        .await
    }

    pub async fn set_enabled(&self, id: &str, on: bool) -> Result<(), IdbError> {
        self.change(id, |s| s.enabled = on).await
    }

    pub async fn remove(&self, id: &str) -> Result<(), IdbError> {
        let removed = self.sets.get_untracked().into_iter().find(|s| s.id == id);
        self.persist(&[], &[id.to_owned()], false).await?;
        self.sets.update(|v| v.retain(|s| s.id != id));
        self.removed.set(removed);
        Ok(())
    }

    pub async fn undo_remove(&self) -> Result<(), IdbError> {
        if let Some(set) = self.removed.get_untracked() {
            self.add(set, None).await?;
            self.removed.set(None);
        }
        Ok(())
    }

    /// Replaces every stored list (restore from a backup), all or nothing.
    pub async fn replace_all(&self, sets: Vec<StoredSet>) -> Result<(), IdbError> {
        self.persist(&sets, &[], true).await?;
        self.sets.set(sets);
        self.removed.set(None);
        Ok(())
    }
}

pub fn use_library() -> Library {
    expect_context::<Library>()
}
