//! Saving generated text as a file, entirely in the browser (a `blob:` URL on the page's own
//! origin, made and revoked by gloo-file; nothing is uploaded).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Starts the download of `text` as the file `filename`. Nothing to report back: making an
/// `<a>` in a rendered page cannot fail, and where the browser then blocks the download (a
/// sandboxed frame without `allow-downloads`) the page is not told either.
pub fn download_text(filename: &str, mime: &str, text: &str) {
    let blob = gloo_file::Blob::new_with_options(text, Some(mime));
    // Revoked when dropped, after the click has started the download.
    let url = gloo_file::ObjectUrl::from(blob);
    let Some(a) = document()
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return;
    };
    a.set_href(&url);
    a.set_download(filename);
    a.click();
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
