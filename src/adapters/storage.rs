//! Thin wrapper over `window.localStorage`; every failure is returned, never panics.

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

/// Keeps unreadable data under a new key (`<key>.unreadable.<n>`) so nothing is lost.
pub fn set_aside(key: &str, value: &str) {
    for n in 1..100 {
        let aside = format!("{key}.unreadable.{n}");
        if matches!(get(&aside), Ok(None)) {
            let _ = set(&aside, value);
            return;
        }
    }
}
