//! Saving generated text as a file, entirely in the browser (a `blob:` URL on the page's own
//! origin, made and revoked by gloo-file; nothing is uploaded).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The browser refused to make the file (no document, or a page that may not download).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the browser did not save the file")]
pub struct NotSaved;

pub fn download_text(filename: &str, mime: &str, text: &str) -> Result<(), NotSaved> {
    let blob = gloo_file::Blob::new_with_options(text, Some(mime));
    // Revoked when dropped, after the click has started the download.
    let url = gloo_file::ObjectUrl::from(blob);
    let a = document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or(NotSaved)?;
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    Ok(())
}

/// A file name safe on every OS, from user-given text.
pub fn file_stem(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .collect();
    let trimmed = cleaned.trim();
    if trimmed.is_empty() {
        "dxm".to_owned()
    } else {
        trimmed.chars().take(80).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_stems_drop_reserved_characters() {
        assert_eq!(file_stem("令和8年度 窓口DX/2026"), "令和8年度 窓口DX_2026");
        assert_eq!(file_stem("  "), "dxm");
        assert_eq!(file_stem("a:b*c?"), "a_b_c_");
    }
}
