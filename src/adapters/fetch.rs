//! Reading files of the page's own origin (the publisher's configuration, rules, packs and the
//! deferred data). Only same-origin paths are ever fetched.

use dxm_domain::pack::PackError;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

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
