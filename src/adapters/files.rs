//! Files the user chooses (`<input type="file">`), read in the browser with gloo-file; nothing is
//! uploaded.

use dxm_domain::limits::{FileKind, TooLarge};
use gloo_file::futures::{read_as_array_buffer, read_as_text};
use gloo_file::Blob;
use wasm_bindgen::JsCast;

/// A chosen file could not be read (removed or changed since it was chosen, or refused by the
/// browser).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the file could not be read")]
pub struct Unreadable;

/// The file chosen in the input that fired `ev`, with the input (to clear it, so the same
/// file can be chosen again).
pub fn chosen(ev: &leptos::ev::Event) -> Option<(web_sys::HtmlInputElement, web_sys::File)> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0)?;
    Some((input, file))
}

/// The file's size in bytes, as the browser knows it without reading the file.
pub fn size(file: &web_sys::File) -> u64 {
    file.size().max(0.0) as u64
}

/// Refuses a file larger than its kind may be (`dxm_domain::limits`), before anything of it
/// is read into memory.
pub fn check_size(file: &web_sys::File, kind: FileKind) -> Result<(), TooLarge> {
    kind.check(size(file))
}

/// The file as text (UTF-8).
pub async fn text(file: &web_sys::File) -> Result<String, Unreadable> {
    read_as_text(&Blob::from(file.clone()))
        .await
        .map_err(|_| Unreadable)
}

/// The file's bytes, as a buffer that can be sent to a worker.
pub async fn bytes(file: &web_sys::File) -> Result<js_sys::ArrayBuffer, Unreadable> {
    read_as_array_buffer(&Blob::from(file.clone()))
        .await
        .map_err(|_| Unreadable)
}
