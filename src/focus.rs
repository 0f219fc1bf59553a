//! Moving keyboard focus on purpose (after navigation, after a control disappears).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Focuses the element with this id, if any; it must be focusable (or have tabindex="-1").
pub fn focus_id(id: &str) {
    if let Some(el) = document().get_element_by_id(id) {
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// Focuses after the next frame, once the view has rendered the target.
pub fn focus_id_later(id: &'static str) {
    request_animation_frame(move || focus_id(id));
}
