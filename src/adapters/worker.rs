//! The page's side of the import worker: starts it on demand (so its code is fetched only
//! when someone imports), sends files and mappings, and hands replies to a callback. Dropping
//! the client terminates the worker, which is how an import is cancelled.

use dxm_domain::import::protocol::{ReadError, Reply};
use dxm_domain::import::{Field, ImportOptions};
use dxm_domain::library::StoredSet;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The worker's loader, written by Trunk next to index.html (relative: works in sub-folders).
/// tools/postbuild.mjs renames it by content and names it in a `<meta>`; this is the name
/// Trunk gives it, used when the page was built without the hook.
const WORKER_URL: &str = "./dxm-import-worker_loader.js";

fn worker_url() -> String {
    leptos::prelude::document()
        .query_selector("meta[name=dxm-import-worker]")
        .ok()
        .flatten()
        .and_then(|m| m.get_attribute("content"))
        .filter(|u| u.starts_with("./dxm-import-worker"))
        .unwrap_or_else(|| WORKER_URL.to_owned())
}

pub struct ImportWorker {
    worker: web_sys::Worker,
    /// Messages wait here until the worker says it is ready: its handler is installed only
    /// after its WebAssembly has loaded, and anything posted earlier would be dropped.
    queue: Rc<RefCell<Option<Vec<js_sys::Object>>>>,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

impl ImportWorker {
    pub fn start(on_reply: impl Fn(Incoming) + Clone + 'static) -> Result<ImportWorker, String> {
        let worker = web_sys::Worker::new(&worker_url()).map_err(|e| format!("{e:?}"))?;
        let queue: Rc<RefCell<Option<Vec<js_sys::Object>>>> =
            Rc::new(RefCell::new(Some(Vec::new())));
        let reply = on_reply.clone();
        let (flush_queue, flush_worker) = (queue.clone(), worker.clone());
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
                let data = ev.data();
                if let Some(json) = js_sys::Reflect::get(&data, &"set".into())
                    .ok()
                    .and_then(|v| v.as_string())
                {
                    match serde_json::from_str::<StoredSet>(&json) {
                        Ok(set) => reply(Incoming::Set(set, json)),
                        Err(e) => reply(Incoming::Reply(Reply::Error {
                            error: ReadError::Data(e.to_string()),
                        })),
                    }
                    return;
                }
                let Some(r) = data
                    .as_string()
                    .and_then(|s| serde_json::from_str::<Reply>(&s).ok())
                else {
                    return;
                };
                if r == Reply::Ready {
                    for msg in flush_queue.borrow_mut().take().unwrap_or_default() {
                        let _ = flush_worker.post_message(&msg);
                    }
                }
                reply(Incoming::Reply(r));
            });
        let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(move |ev: web_sys::Event| {
            // A worker whose script cannot be fetched fires a plain Event, with no message.
            let message = js_sys::Reflect::get(&ev, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
                .unwrap_or_else(|| ev.type_());
            on_reply(Incoming::Reply(Reply::Error {
                error: ReadError::Data(message),
            }));
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(ImportWorker {
            worker,
            queue,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    fn send(&self, fields: &[(&str, JsValue)]) {
        let obj = js_sys::Object::new();
        for (k, v) in fields {
            let _ = js_sys::Reflect::set(&obj, &JsValue::from_str(k), v);
        }
        match self.queue.borrow_mut().as_mut() {
            Some(waiting) => waiting.push(obj),
            None => {
                let _ = self.worker.post_message(&obj);
            }
        }
    }

    /// Sends a copy of the file's bytes (the page keeps them to re-read with another
    /// encoding, sheet or header row; `header` is a line number, or 0 to find it).
    pub fn read(
        &self,
        name: &str,
        bytes: &js_sys::ArrayBuffer,
        encoding: &str,
        sheet: &str,
        header: usize,
    ) {
        self.send(&[
            ("cmd", "read".into()),
            ("name", name.into()),
            ("bytes", bytes.clone().into()),
            ("encoding", encoding.into()),
            ("sheet", sheet.into()),
            ("header", (header as f64).into()),
        ]);
    }

    pub fn validate(&self, mapping: &[Field], options: &ImportOptions) {
        self.send(&[
            ("cmd", "validate".into()),
            (
                "mapping",
                serde_json::to_string(mapping).unwrap_or_default().into(),
            ),
            (
                "options",
                serde_json::to_string(options).unwrap_or_default().into(),
            ),
        ]);
    }

    /// Asks for the validated records inside `meta` (a list without records); the reply is
    /// `Incoming::Set` with the list and its JSON, ready to store.
    pub fn take(&self, meta: &StoredSet) {
        self.send(&[
            ("cmd", "take".into()),
            (
                "set",
                serde_json::to_string(meta).unwrap_or_default().into(),
            ),
        ]);
    }
}

/// What the worker sends back.
pub enum Incoming {
    Reply(Reply),
    /// The list to store, and the same list as JSON (stored as it is).
    Set(StoredSet, String),
}

impl Drop for ImportWorker {
    fn drop(&mut self) {
        // A message the worker posted just before it was stopped may still be dispatched:
        // unhook the handlers first so it finds none rather than a dropped closure.
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}
