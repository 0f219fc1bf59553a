//! Reading what the user chose in an `<input type="file">`.

use wasm_bindgen::JsCast;

/// The file chosen in the input that fired `ev`, with the input (to clear it, so the same
/// file can be chosen again).
pub fn chosen(ev: &leptos::ev::Event) -> Option<(web_sys::HtmlInputElement, web_sys::File)> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0)?;
    Some((input, file))
}
