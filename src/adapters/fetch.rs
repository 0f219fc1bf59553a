//! Reading files of the page's own origin (the publisher's configuration, rules, packs and the
//! deferred data). Only same-origin paths are ever fetched.

use dxm_domain::pack::{FetchFailure, PackError};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Sends the request for `path` now; `fetch_started` reads the answer. Two steps, so that
/// several requests can be under way at once.
pub fn start_fetch(path: &str) -> Option<js_sys::Promise> {
    Some(web_sys::window()?.fetch_with_str(path))
}

/// Why a file of the page's own origin could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    /// The site has no such file (404, or the HTML page some hosts serve for every unknown
    /// path).
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Failed(#[from] FetchFailure),
}

impl From<FetchError> for PackError {
    fn from(e: FetchError) -> Self {
        match e {
            FetchError::NotFound => PackError::NotFound,
            FetchError::Failed(f) => PackError::Fetch(f),
        }
    }
}

/// The file's text.
pub async fn fetch_started(request: Option<js_sys::Promise>) -> Result<String, FetchError> {
    let request = request.ok_or(FetchFailure::Network)?;
    let resp = JsFuture::from(request)
        .await
        .map_err(|_| FetchFailure::Network)?;
    let resp: web_sys::Response = resp.dyn_into().map_err(|_| FetchFailure::Unreadable)?;
    let html = resp
        .headers()
        .get("content-type")
        .ok()
        .flatten()
        .is_some_and(|t| t.contains("text/html"));
    if resp.status() == 404 || html {
        return Err(FetchError::NotFound);
    }
    if !resp.ok() {
        return Err(FetchFailure::Status(resp.status()).into());
    }
    let text = JsFuture::from(resp.text().map_err(|_| FetchFailure::Unreadable)?)
        .await
        .map_err(|_| FetchFailure::Unreadable)?;
    Ok(text.as_string().ok_or(FetchFailure::Unreadable)?)
}

pub async fn fetch_text(path: &str) -> Result<String, FetchError> {
    fetch_started(start_fetch(path)).await
}
