//! The page shown when the app panics. A panic can leave Leptos' reactive system and the view
//! in any state, so this page is built with plain DOM calls, replacing the app's: what
//! happened, that the work up to the last change is saved, a reload button, and the panic's
//! text for support. The panic is still logged to the console.
//!
//! The words come from the i18n layer when the hook is installed (`main.rs`), in both
//! languages; the one shown follows `<html lang>`, which the app keeps in step with the
//! language chosen.

use gloo_events::EventListener;
use std::cell::RefCell;
use wasm_bindgen::JsCast;

/// The crash page's words in one language.
#[derive(Debug, Clone, Copy)]
pub struct CrashTexts {
    pub title: &'static str,
    pub happened: &'static str,
    pub saved: &'static str,
    pub reload: &'static str,
    pub details: &'static str,
}

thread_local! {
    /// The reload button's listener, owned here (the page it belongs to is never removed).
    static RELOAD: RefCell<Option<EventListener>> = const { RefCell::new(None) };
}

/// Installs the panic hook: the console log of `console_error_panic_hook`, then the crash page.
pub fn install(ja: CrashTexts, en: CrashTexts) {
    std::panic::set_hook(Box::new(move |info| {
        console_error_panic_hook::hook(info);
        let _ = show(&ja, &en, &info.to_string());
    }));
}

/// Replaces the page's content with the crash page (once: a second panic leaves it as it is).
fn show(ja: &CrashTexts, en: &CrashTexts, detail: &str) -> Option<()> {
    let doc = web_sys::window()?.document()?;
    if doc.get_element_by_id("crash").is_some() {
        return Some(());
    }
    let english = doc
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .is_some_and(|l| l.starts_with("en"));
    let t = if english { en } else { ja };
    let body = doc.body()?;
    let el = |tag: &str, text: Option<&str>| {
        let e = doc.create_element(tag).ok()?;
        if let Some(text) = text {
            e.set_text_content(Some(text));
        }
        Some(e)
    };
    let main = el("main", None)?;
    main.set_id("crash");
    main.set_class_name("container crash");
    main.set_attribute("aria-labelledby", "crash-title").ok()?;
    let title = el("h1", Some(t.title))?;
    title.set_id("crash-title");
    title.set_attribute("tabindex", "-1").ok()?;
    let actions = el("div", None)?;
    actions.set_class_name("actions");
    let reload = el("button", Some(t.reload))?;
    reload.set_id("crash-reload");
    reload.set_class_name("button primary");
    reload.set_attribute("type", "button").ok()?;
    actions.append_child(&reload).ok()?;
    let details = el("details", None)?;
    let (summary, pre) = (el("summary", Some(t.details))?, el("pre", Some(detail))?);
    details.append_child(&summary).ok()?;
    details.append_child(&pre).ok()?;
    let (happened, saved) = (el("p", Some(t.happened))?, el("p", Some(t.saved))?);
    for child in [&title, &happened, &saved, &actions, &details] {
        main.append_child(child).ok()?;
    }
    // The app's view is gone with the app: nothing of it is left to half-work.
    body.set_text_content(None);
    body.append_child(&main).ok()?;
    doc.set_title(t.title);
    let listener = EventListener::new(&reload, "click", |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    RELOAD.with(|r| {
        if let Ok(mut r) = r.try_borrow_mut() {
            *r = Some(listener);
        }
    });
    if let Ok(h) = title.dyn_into::<web_sys::HtmlElement>() {
        let _ = h.focus();
    }
    Some(())
}
