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

/// Focuses after the next frame, once the view has rendered the target (a static id, or one
/// made for a row).
pub fn focus_id_later(id: impl Into<String>) {
    let id = id.into();
    request_animation_frame(move || focus_id(&id));
}

/// Focuses the element once it is in the document: a screen whose code is still being fetched
/// renders its heading later. Gives up after about ten seconds (the screen then shows its own
/// error, which has the heading).
pub fn focus_id_when_shown(id: &'static str) {
    fn attempt(id: &'static str, frames_left: u32) {
        request_animation_frame(move || {
            if document().get_element_by_id(id).is_some() {
                focus_id(id);
            } else if frames_left > 0 {
                attempt(id, frames_left - 1);
            }
        });
    }
    attempt(id, 600);
}
