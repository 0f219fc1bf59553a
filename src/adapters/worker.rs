//! The page's side of the import worker: starts it on demand (so its code is fetched only
//! when someone imports), sends files and mappings, and hands replies to a callback. Dropping
//! the client terminates the worker, which is how an import is cancelled.

pub use dxm_domain::import::protocol::Ahead;
use dxm_domain::import::protocol::{Command, ReadError, Reply};
use dxm_domain::import::Field;
use dxm_domain::library::WrittenRecords;
use gloo_events::EventListener;
use std::cell::RefCell;
use std::rc::Rc;
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

/// A file to read, and how.
pub struct ReadFile<'a> {
    pub name: &'a str,
    pub bytes: &'a js_sys::ArrayBuffer,
    /// "" to detect.
    pub encoding: &'a str,
    /// "" for the first sheet.
    pub sheet: &'a str,
    /// The header's line, or 0 to find it.
    pub header: usize,
}

pub struct ImportWorker {
    worker: web_sys::Worker,
    /// Messages wait here until the worker says it is ready: its handler is installed only
    /// after its WebAssembly has loaded, and anything posted earlier would be dropped.
    queue: Rc<RefCell<Option<Vec<js_sys::Object>>>>,
    /// Removed when the client is dropped (before the worker is terminated).
    on_message: Option<EventListener>,
    on_error: Option<EventListener>,
}

impl ImportWorker {
    /// `None` when the browser refuses to start a worker (policy, or no worker support).
    pub fn start(on_reply: impl Fn(Incoming) + Clone + 'static) -> Option<ImportWorker> {
        let worker = web_sys::Worker::new(&worker_url()).ok()?;
        let queue: Rc<RefCell<Option<Vec<js_sys::Object>>>> =
            Rc::new(RefCell::new(Some(Vec::new())));
        let reply = on_reply.clone();
        let (flush_queue, flush_worker) = (queue.clone(), worker.clone());
        let on_message = EventListener::new(&worker, "message", move |ev| {
            let Some(ev) = ev.dyn_ref::<web_sys::MessageEvent>() else {
                return;
            };
            let data = ev.data();
            let get = |key: &str| js_sys::Reflect::get(&data, &key.into()).ok();
            if let Some(text) = get("records").and_then(|v| v.dyn_into::<js_sys::Uint8Array>().ok())
            {
                let ends = get("ends")
                    .and_then(|v| v.dyn_into::<js_sys::Uint32Array>().ok())
                    .map(|e| e.to_vec())
                    .unwrap_or_default();
                reply(match String::from_utf8(text.to_vec()) {
                    Ok(text) => Incoming::Records(WrittenRecords { text, ends }),
                    Err(e) => Incoming::Reply(Box::new(Reply::Error {
                        error: ReadError::Data(e.to_string()),
                    })),
                });
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
            reply(Incoming::Reply(Box::new(r)));
        });
        let on_error = EventListener::new(&worker, "error", move |ev| {
            // A worker whose script cannot be fetched fires a plain Event, with no message.
            let message = js_sys::Reflect::get(ev, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
                .unwrap_or_else(|| ev.type_());
            on_reply(Incoming::Reply(Box::new(Reply::Error {
                error: ReadError::Data(message),
            })));
        });
        Some(ImportWorker {
            worker,
            queue,
            on_message: Some(on_message),
            on_error: Some(on_error),
        })
    }

    /// Posts a command (and the file's bytes beside a `read`), or queues it until the worker
    /// is ready.
    fn send(&self, command: &Command, bytes: Option<&js_sys::ArrayBuffer>) {
        let obj = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&obj, &"command".into(), &command.to_json().into());
        if let Some(b) = bytes {
            let _ = js_sys::Reflect::set(&obj, &"bytes".into(), b);
        }
        match self.queue.borrow_mut().as_mut() {
            Some(waiting) => waiting.push(obj),
            None => {
                let _ = self.worker.post_message(&obj);
            }
        }
    }

    /// Sends a copy of the file's bytes (the page keeps them to re-read with another
    /// encoding, sheet or header row; `header` is a line number, or 0 to find it), and what
    /// the page will validate with unless the user changes it (the worker validates ahead).
    pub fn read(&self, file: ReadFile<'_>, ahead: Ahead) {
        let ReadFile {
            name,
            bytes,
            encoding,
            sheet,
            header,
        } = file;
        let command = Command::Read {
            name: name.to_owned(),
            encoding: encoding.to_owned(),
            sheet: sheet.to_owned(),
            header: (header > 0).then_some(header),
            ahead: Some(ahead),
        };
        self.send(&command, Some(bytes));
    }

    /// Validates against the built-in programme rules, or the publisher's (`programmes`, the
    /// text of their rules file) when the page uses them.
    pub fn validate(&self, mapping: &[Field], ahead: Ahead) {
        let command = Command::Validate {
            mapping: mapping.to_vec(),
            options: ahead.options,
            programmes: ahead.programmes,
        };
        self.send(&command, None);
    }
}

/// What the worker sends back.
pub enum Incoming {
    /// Boxed: a reply (a report) is far larger than the records' handles.
    Reply(Box<Reply>),
    /// The records of a report without errors, as the worker wrote them: after the report, or
    /// before it when the worker validated ahead (`Reply::Report::records_sent`).
    Records(WrittenRecords),
}

impl Drop for ImportWorker {
    fn drop(&mut self) {
        // A message the worker posted just before it was stopped may still be dispatched:
        // unhook the handlers first so it finds none rather than a dropped closure.
        self.on_message.take();
        self.on_error.take();
        self.worker.terminate();
    }
}
