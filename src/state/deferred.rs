//! The data the start screen does without. The municipality list and the sample profiles are
//! most of the built-in data, so they are not compiled into the app: `tools/postbuild.mjs`
//! publishes them next to it under content-hashed names (named in `<meta name="dxm-data-…">`),
//! and they are fetched the first time something needs them — any screen but the start screen
//! (src/shell/screen.rs), a search in the organisation picker (or an organisation already chosen),
//! embed mode. The programme rules (the built-in ones or the publisher's) and the crosswalk are
//! read in the same step, by code that comes in a chunk of its own with the built-in texts. The
//! footer counts them once they are in. The user's stored lists and the publisher's profile
//! packs are read in the same step, because they are checked against all of it. Until then the
//! app runs on the core catalogue (`Catalog::core`).

use crate::adapters::fetch::{fetch_started, fetch_text, start_fetch};
use crate::state::library::Library;
use crate::state::profiles::LayOut;
use dxm_domain::catalog::{DataTexts, BUILTIN};
use dxm_domain::library::{taken_ids, StoredSet};
use dxm_domain::pack::Notice;
use dxm_domain::pack::{pack_set, PackError};
use dxm_domain::Catalog;
use leptos::prelude::*;
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use std::cell::RefCell;
use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

/// A screen's chunk (src/shell/screen.rs), or the deferred data, could not be fetched or read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotLoaded;

impl From<SplitLoaderError> for NotLoaded {
    fn from(_: SplitLoaderError) -> Self {
        NotLoaded
    }
}

#[derive(Debug, Clone, Copy)]
pub enum Status {
    /// Nothing has asked for the data yet.
    Idle,
    Loading,
    Ready(&'static Catalog),
    /// The last attempt failed; the next request tries again.
    Failed,
}

/// What the deferred step needs from start-up.
pub struct Pending {
    pub core: &'static Catalog,
    /// The publisher's programme rules (file and text), if any.
    pub rules: Option<(String, String)>,
    pub pack_paths: Vec<String>,
}

#[derive(Clone, Copy)]
pub struct Deferred {
    core: &'static Catalog,
    status: RwSignal<Status>,
    rules: StoredValue<Option<(String, String)>>,
    /// The publisher's rules did not load (or did not fit): the built-in ones are used.
    rules_set_aside: StoredValue<bool>,
    pack_paths: StoredValue<Vec<String>>,
    lib: Library,
    notices: RwSignal<Vec<Notice>>,
    lay_out: StoredValue<Option<LayOut>>,
}

thread_local! {
    /// The load in flight: every caller waits for the same one.
    static IN_FLIGHT: RefCell<Option<js_sys::Promise>> = const { RefCell::new(None) };
}

impl Deferred {
    pub fn new(p: Pending, lib: Library, notices: RwSignal<Vec<Notice>>) -> Deferred {
        Deferred {
            core: p.core,
            status: RwSignal::new(Status::Idle),
            rules: StoredValue::new(p.rules),
            rules_set_aside: StoredValue::new(false),
            pack_paths: StoredValue::new(p.pack_paths),
            lib,
            notices,
            lay_out: StoredValue::new(None),
        }
    }

    pub fn status(&self) -> Status {
        self.status.get()
    }

    /// The complete catalogue once it is loaded (tracked).
    pub fn catalog(&self) -> Option<&'static Catalog> {
        match self.status.get() {
            Status::Ready(c) => Some(c),
            _ => None,
        }
    }

    /// The complete catalogue and the talent layout that came with it (tracked).
    pub fn full(&self) -> Option<(&'static Catalog, LayOut)> {
        Some((self.catalog()?, self.lay_out.get_value()?))
    }

    /// The complete catalogue if loaded, else the core one (not tracked). Screens other than
    /// the start screen are only built once the data is loaded, so they get the complete one.
    pub fn current(&self) -> &'static Catalog {
        match self.status.get_untracked() {
            Status::Ready(c) => c,
            _ => self.core,
        }
    }

    /// The text of the publisher's programme rules when the page uses them (loaded, and not
    /// set aside for the built-in ones): what the import worker validates lists against, so
    /// that it knows the same programmes as the page. `None`: the built-in rules.
    pub fn publisher_rules(&self) -> Option<String> {
        if !matches!(self.status.get_untracked(), Status::Ready(_))
            || self.rules_set_aside.get_value()
        {
            return None;
        }
        self.rules.get_value().map(|(_, text)| text)
    }

    /// Starts loading unless loaded or under way.
    pub fn request(&self) {
        let _ = self.started();
    }

    /// The complete catalogue, loading it first if needed.
    pub async fn ready(&self) -> Result<&'static Catalog, NotLoaded> {
        if let Status::Ready(c) = self.status.get_untracked() {
            return Ok(c);
        }
        let _ = JsFuture::from(self.started()).await;
        match self.status.get_untracked() {
            Status::Ready(c) => Ok(c),
            _ => Err(NotLoaded),
        }
    }

    fn started(&self) -> js_sys::Promise {
        if let Some(p) = IN_FLIGHT.with_borrow(Clone::clone) {
            return p;
        }
        if matches!(self.status.get_untracked(), Status::Ready(_)) {
            return js_sys::Promise::resolve(&JsValue::UNDEFINED);
        }
        let this = *self;
        this.status.set(Status::Loading);
        let promise = wasm_bindgen_futures::future_to_promise(async move {
            let status = match this.load().await {
                Ok(c) => Status::Ready(c),
                Err(NotLoaded) => Status::Failed,
            };
            IN_FLIGHT.set(None);
            this.status.set(status);
            Ok(JsValue::UNDEFINED)
        });
        IN_FLIGHT.set(Some(promise.clone()));
        promise
    }

    async fn load(self) -> Result<&'static Catalog, NotLoaded> {
        let (Some(municipalities), Some(samples)) = (
            file_name("dxm-data-municipalities"),
            file_name("dxm-data-samples"),
        ) else {
            return Err(NotLoaded);
        };
        // Both requests go out at once.
        let (m, s) = (start_fetch(&municipalities), start_fetch(&samples));
        let municipalities = fetch_started(m).await.map_err(|_| NotLoaded)?;
        let samples = fetch_started(s).await.map_err(|_| NotLoaded)?;
        // Reading them is the largest piece of work of the app's start: a task of its own.
        crate::adapters::clock::next_task().await;
        let rules = self.rules.get_value();
        let files = Files {
            municipalities,
            samples,
        };
        let (path, text) = rules.unzip();
        let read = read(self.core, text, files).await?;
        self.rules_set_aside.set_value(read.rules_problem.is_some());
        if let (Some(problem), Some(path)) = (read.rules_problem, path) {
            self.note(&path, PackError::Rules(problem));
        }
        self.lay_out.set_value(Some(read.lay_out));
        // Kept for the page's lifetime.
        let full: &'static Catalog = Box::leak(Box::new(read.catalog));
        // The user's lists and the publisher's packs are checked against the complete data.
        let stored = match crate::adapters::idb::load_all().await {
            Ok(values) => Some(read_sets(values).await?),
            Err(_) => None,
        };
        let mut packs: Vec<StoredSet> = Vec::new();
        for path in self.pack_paths.get_value() {
            match fetch_text(&path).await {
                Ok(text) => match check_pack(path.clone(), text, full, packs.clone()).await? {
                    Ok(set) => packs.push(set),
                    Err(e) => self.note(&path, e),
                },
                Err(e) => self.note(&path, e.into()),
            }
        }
        self.lib.loaded(stored, packs);
        Ok(full)
    }

    fn note(&self, file: &str, problem: PackError) {
        let notice = Notice {
            file: file.to_owned(),
            problem,
        };
        // A retry after a failed attempt does not say the same thing twice.
        self.notices.update(|n| {
            if !n.contains(&notice) {
                n.push(notice)
            }
        });
    }
}

/// The deferred data files as fetched.
struct Files {
    municipalities: String,
    samples: String,
}

/// The complete catalogue, and why the publisher's rules were set aside if they were.
struct Read {
    catalog: Catalog,
    rules_problem: Option<dxm_domain::DataError>,
    lay_out: LayOut,
}

// The reading and checking is code the start screen does not need either: a chunk of its own,
// fetched with the data (tools/build-app.sh).

#[wasm_split(deferred_data, wasm_split_path = ::leptos::wasm_split, fallible)]
fn read(
    core: &'static Catalog,
    publisher_rules: Option<String>,
    files: Files,
) -> Result<Read, NotLoaded> {
    // The built-in rules and crosswalk travel in this chunk (only this code names them).
    let builtin = DataTexts {
        municipalities: &files.municipalities,
        profiles: &files.samples,
        ..BUILTIN
    };
    let done = |catalog| Read {
        catalog,
        rules_problem: None,
        lay_out: crate::state::profiles::lay_out,
    };
    match publisher_rules {
        None => core
            .clone()
            .complete(&builtin)
            .map(done)
            .map_err(|_| NotLoaded),
        Some(text) => match core.clone().complete(&DataTexts {
            programmes: &text,
            ..builtin
        }) {
            Ok(catalog) => Ok(done(catalog)),
            // The publisher's rules do not load, or do not fit the samples (a programme they
            // use is missing): said so, and the built-in rules are used.
            Err(e) => Ok(Read {
                rules_problem: Some(e),
                ..done(core.clone().complete(&builtin).map_err(|_| NotLoaded)?)
            }),
        },
    }
}

/// The lists stored in IndexedDB, oldest first (unreadable entries are left out).
#[wasm_split(deferred_data, wasm_split_path = ::leptos::wasm_split, fallible)]
fn read_sets(values: Vec<String>) -> Result<Vec<StoredSet>, NotLoaded> {
    let mut sets: Vec<StoredSet> = values
        .iter()
        .filter_map(|v| serde_json::from_str(v).ok())
        .collect();
    sets.sort_by_key(|s| s.imported_ms);
    Ok(sets)
}

/// A publisher's pack, checked against the complete catalogue and the packs before it.
#[wasm_split(deferred_data, wasm_split_path = ::leptos::wasm_split, fallible)]
fn check_pack(
    path: String,
    text: String,
    cat: &'static Catalog,
    before: Vec<StoredSet>,
) -> Result<Result<StoredSet, PackError>, NotLoaded> {
    let taken = taken_ids(cat, &before, None);
    Ok(pack_set(&path, &text, cat, &taken))
}

/// The published name of a deferred data file.
fn file_name(meta: &str) -> Option<String> {
    document()
        .query_selector(&format!("meta[name=\"{meta}\"]"))
        .ok()
        .flatten()?
        .get_attribute("content")
}

pub fn use_deferred() -> Deferred {
    expect_context::<Deferred>()
}
