//! What the page loads before it starts: the publisher's `dxm-config.json` (optional), the text
//! of an updated programme rule set it names (from the app's own origin), and the core of the
//! built-in data. The rules and the profile packs it names (and `?pack=`) are read with the
//! deferred data (src/deferred.rs). Problems are collected as notices; the app always starts.

use dxm_domain::catalog::CORE;
use dxm_domain::pack::{is_local_path, parse_config, PackConfig, PackError, CONFIG_FILE};
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
    /// The core catalogue (`Catalog::core`): the standard, the presets and the prefectures.
    pub catalog: Result<&'static Catalog, String>,
    /// The publisher's programme rules (file and text), read with the deferred data.
    pub rules: Option<(String, String)>,
    /// The publisher's packs, read with the deferred data.
    pub pack_paths: Vec<String>,
    pub config: PackConfig,
    pub notices: Vec<DataNotice>,
}

/// Sends the request for `path` now; `fetch_started` reads the answer. Two steps, so that
/// several requests can be under way at once.
pub fn start_fetch(path: &str) -> Option<js_sys::Promise> {
    Some(web_sys::window()?.fetch_with_str(path))
}

/// The file's text; `NotFound` when the site has no such file (404, or an HTML fallback page
/// as some hosts serve for every unknown path).
pub async fn fetch_started(request: Option<js_sys::Promise>) -> Result<String, PackError> {
    let failed = |what: &str| PackError::Fetch(what.to_owned());
    let request = request.ok_or_else(|| failed("no window"))?;
    let resp = JsFuture::from(request)
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

pub async fn fetch_text(path: &str) -> Result<String, PackError> {
    fetch_started(start_fetch(path)).await
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
    // The first screen runs on the core catalogue. The publisher's programme rules are fetched
    // now and read with the rest of the data (src/deferred.rs), which says whether they load.
    let catalog = Catalog::core(&CORE).map_err(|e| e.to_string());
    let mut rules = None;
    if let Some(path) = &config.programmes {
        match fetch_text(path).await {
            Ok(text) => rules = Some((path.clone(), text)),
            Err(e) => note(path, Problem::Pack(e)),
        }
    }
    Startup {
        // Kept for the page's lifetime.
        catalog: catalog.map(|c| &*Box::leak(Box::new(c))),
        rules,
        pack_paths,
        config,
        notices,
    }
}
