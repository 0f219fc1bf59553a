//! Thin wrapper over `window.localStorage`; every failure is returned, never panics.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;

/// Storage is missing (private mode, disabled by policy) or refused the operation (quota).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Unavailable;

fn local() -> Result<web_sys::Storage, Unavailable> {
    web_sys::window()
        .ok_or(Unavailable)?
        .local_storage()
        .map_err(|_| Unavailable)?
        .ok_or(Unavailable)
}

pub fn get(key: &str) -> Result<Option<String>, Unavailable> {
    local()?.get_item(key).map_err(|_| Unavailable)
}

pub fn set(key: &str, value: &str) -> Result<(), Unavailable> {
    local()?.set_item(key, value).map_err(|_| Unavailable)
}

/// Keeps unreadable data under a new key (`<key>.unreadable.<n>`) so nothing is lost, and says
/// under which. Fails (the caller must then not overwrite `key`) when no copy could be written.
pub fn set_aside(key: &str, value: &str) -> Result<String, Unavailable> {
    for n in 1..100 {
        let aside = format!("{key}.unreadable.{n}");
        match get(&aside)? {
            // Set aside before, on an earlier start: nothing to write again.
            Some(v) if v == value => return Ok(aside),
            Some(_) => continue,
            None => return set(&aside, value).map(|()| aside),
        }
    }
    Err(Unavailable)
}

/// Calls `on_change(new value)` whenever another page of this origin (a tab, a frame) changes
/// `key`; `None` when it was removed. Stops listening when dropped.
pub fn on_change(
    key: &'static str,
    on_change: impl Fn(Option<String>) + 'static,
) -> Option<EventListener> {
    let window = web_sys::window()?;
    Some(EventListener::new(&window, "storage", move |ev| {
        let Some(ev) = ev.dyn_ref::<web_sys::StorageEvent>() else {
            return;
        };
        // A null key means the whole storage was cleared.
        if ev.key().as_deref().is_none_or(|k| k == key) {
            on_change(ev.new_value());
        }
    }))
}
