//! What the page loads before it starts: the publisher's `dxm-config.json` (optional), an
//! updated programme rule set and profile packs it names, and `?pack=` — all from the app's
//! own origin. Problems are collected as notices; the app always starts with the built-in data.

use dxm_domain::catalog::{DataTexts, BUILTIN};
use dxm_domain::library::{taken_ids, StoredSet};
use dxm_domain::pack::{is_local_path, pack_set, parse_config, PackConfig, PackError, CONFIG_FILE};
use dxm_domain::Catalog;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A data problem to show: the file and what was wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataNotice {
    pub file: String,
    pub problem: Problem,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Pack(PackError),
    /// The replacement programme rules do not load (the loader's technical message).
    Rules(String),
}

pub struct Startup {
    pub catalog: Result<&'static Catalog, String>,
    pub packs: Vec<StoredSet>,
    pub config: PackConfig,
    pub notices: Vec<DataNotice>,
}

/// The file's text; `NotFound` when the site has no such file (404, or an HTML fallback page
/// as some hosts serve for every unknown path).
async fn fetch_text(path: &str) -> Result<String, PackError> {
    let failed = |what: &str| PackError::Fetch(what.to_owned());
    let window = web_sys::window().ok_or_else(|| failed("no window"))?;
    let resp = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(|_| failed("network"))?;
    let resp: web_sys::Response = resp.dyn_into().map_err(|_| failed("no response"))?;
    let html = resp
        .headers()
        .get("content-type")
        .ok()
        .flatten()
        .is_some_and(|t| t.contains("text/html"));
    if resp.status() == 404 || html {
        return Err(PackError::NotFound);
    }
    if !resp.ok() {
        return Err(failed(&format!("HTTP {}", resp.status())));
    }
    let text = JsFuture::from(resp.text().map_err(|_| failed("unreadable"))?)
        .await
        .map_err(|_| failed("unreadable"))?;
    text.as_string().ok_or_else(|| failed("unreadable"))
}

/// Resolves in a new task of the browser's event loop, so that work before and after it are two
/// shorter tasks: the page stays responsive while the app starts.
pub async fn next_task() {
    let tick = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(&resolve);
        }
    });
    let _ = JsFuture::from(tick).await;
}

pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    let raw = search
        .trim_start_matches('?')
        .split('&')
        .find_map(|kv| kv.strip_prefix(&format!("{name}=")).map(str::to_owned))?;
    js_sys::decode_uri_component(&raw).ok()?.as_string()
}

pub async fn load() -> Startup {
    let mut notices = Vec::new();
    let mut note = |file: &str, problem: Problem| {
        notices.push(DataNotice {
            file: file.to_owned(),
            problem,
        })
    };
    let config = match fetch_text(CONFIG_FILE).await.and_then(|t| parse_config(&t)) {
        Ok(c) => c,
        // No configuration is the normal case for a plain installation.
        Err(PackError::NotFound) => PackConfig::default(),
        Err(e) => {
            note(CONFIG_FILE, Problem::Pack(e));
            PackConfig::default()
        }
    };
    let mut pack_paths = config.profile_packs.clone();
    if let Some(p) = query_param("pack") {
        if is_local_path(&p) {
            pack_paths.push(p);
        } else {
            note(&p, Problem::Pack(PackError::NotLocal(p.clone())));
        }
    }
    let builtin = || Catalog::load_without_profiles(&BUILTIN).map_err(|e| e.to_string());
    let with_samples = |c: Catalog| c.with_profiles(BUILTIN.profiles);
    // The publisher's programme rules, if given and valid; else the built-in ones.
    let mut rules_file = None;
    let catalog = match &config.programmes {
        None => builtin(),
        Some(path) => match fetch_text(path).await {
            Ok(text) => match Catalog::load_without_profiles(&DataTexts {
                programmes: &text,
                ..BUILTIN
            }) {
                Ok(c) => {
                    rules_file = Some(path.clone());
                    Ok(c)
                }
                Err(e) => {
                    note(path, Problem::Rules(e.to_string()));
                    builtin()
                }
            },
            Err(e) => {
                note(path, Problem::Pack(e));
                builtin()
            }
        },
    };
    // The sample profiles are the largest file: read in a task of their own, so that opening
    // the app never blocks the page for long.
    next_task().await;
    let catalog: Result<&'static Catalog, String> = catalog
        .and_then(|c| match (with_samples(c), rules_file) {
            (Ok(c), _) => Ok(c),
            // The publisher's rules do not fit the samples (a programme they use is missing):
            // said so, and the built-in rules are used, as for any other fault in the file.
            (Err(e), Some(path)) => {
                note(&path, Problem::Rules(e.to_string()));
                builtin().and_then(|c| with_samples(c).map_err(|e| e.to_string()))
            }
            (Err(e), None) => Err(e.to_string()),
        })
        // Kept for the page's lifetime.
        .map(|c| &*Box::leak(Box::new(c)));
    let mut packs: Vec<StoredSet> = Vec::new();
    if let Ok(cat) = catalog {
        for path in &pack_paths {
            let taken = taken_ids(cat, &packs, None);
            match fetch_text(path)
                .await
                .and_then(|text| pack_set(path, &text, cat, &taken))
            {
                Ok(set) => packs.push(set),
                Err(e) => note(path, Problem::Pack(e)),
            }
        }
    }
    Startup {
        catalog,
        packs,
        config,
        notices,
    }
}
