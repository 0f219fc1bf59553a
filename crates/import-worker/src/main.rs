//! The import worker: reads an imported file (CSV in UTF-8, UTF-8 with BOM or Shift_JIS; .xlsx;
//! JSON) and validates it against the catalogue, off the page's thread so the page stays
//! responsive, posting progress as it goes. The page cancels an import by terminating the
//! worker. Loaded only when the user imports something, so the first visit stays small.
//!
//! Messages (page → worker): an object `{command: JSON Command, bytes?: ArrayBuffer}`
//! (`dxm_domain::import::protocol::Command`: read, validate, take; the file's bytes go beside
//! `read`; the publisher's programme rules, when the page uses them, beside `validate`). Replies (worker → page): a JSON string of a `Reply` (ready, progress, table, report,
//! error); to `take`, an object {set: JSON StoredSet} — the validated records in the list the
//! page stores as it is, so the page never serialises them again. The report itself carries no
//! records (only how many): they stay here until the user applies the import.

mod read;

use dxm_domain::import::protocol::{rules_catalog, Command, ReadError, Reply};
use dxm_domain::import::validate::{validate_records, validate_with_progress};
use dxm_domain::import::Table;
use dxm_domain::profile::{ProfileFile, ProfileRecord};
use dxm_domain::Catalog;
use read::{read_file, Input, Read};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// What the worker keeps between "read" and "validate".
enum Held {
    Nothing,
    Table(Table),
    Pack(ProfileFile),
}

thread_local! {
    static HELD: RefCell<Held> = const { RefCell::new(Held::Nothing) };
    /// The records of the last report without errors.
    static VALIDATED: RefCell<Vec<ProfileRecord>> = const { RefCell::new(Vec::new()) };
    /// The catalogue with the publisher's programme rules last sent, and their text (read
    /// once: the page sends the same rules with every validation).
    static PUBLISHER: RefCell<Option<(String, Rc<Catalog>)>> = const { RefCell::new(None) };
}

/// The catalogue with the publisher's programme rules `text`, as the page read them.
fn publisher_catalog(text: String) -> Result<Rc<Catalog>, ReadError> {
    if let Some(c) = PUBLISHER.with_borrow(|p| {
        p.as_ref()
            .filter(|(t, _)| *t == text)
            .map(|(_, c)| c.clone())
    }) {
        return Ok(c);
    }
    let c = Rc::new(rules_catalog(&text).map_err(|e| ReadError::Data(e.to_string()))?);
    PUBLISHER.set(Some((text, c.clone())));
    Ok(c)
}

fn scope() -> web_sys::DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn post(reply: &Reply) {
    let json = serde_json::to_string(reply).unwrap_or_else(|_| "{\"type\":\"error\"}".into());
    let _ = scope().post_message(&JsValue::from_str(&json));
}

fn field(obj: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn handle(cat: &Catalog, msg: &JsValue) {
    let command = field(msg, "command")
        .as_string()
        .and_then(|json| Command::from_json(&json));
    match command {
        Some(Command::Read {
            name,
            encoding,
            sheet,
            header,
        }) => {
            let bytes = js_sys::Uint8Array::new(&field(msg, "bytes")).to_vec();
            let request = Read {
                name: &name,
                encoding: &encoding,
                sheet: &sheet,
                header: header.filter(|h| *h >= 1),
            };
            post(&Reply::Progress {
                phase: "read".into(),
                done: 0,
                total: bytes.len(),
            });
            VALIDATED.with(|v| v.borrow_mut().clear());
            match read_file(cat, &bytes, &request) {
                Ok((summary, input)) => {
                    HELD.with(|h| {
                        *h.borrow_mut() = match input {
                            Input::Table(t) => Held::Table(t),
                            Input::Pack(p) => Held::Pack(p),
                        }
                    });
                    post(&Reply::Table(summary));
                }
                Err(error) => post(&Reply::Error { error }),
            }
        }
        Some(Command::Validate {
            mapping,
            options,
            programmes,
        }) => {
            // The programme rules the page uses: the publisher's, or the built-in ones.
            let publisher = match programmes.map(publisher_catalog).transpose() {
                Ok(p) => p,
                Err(error) => return post(&Reply::Error { error }),
            };
            let cat = publisher.as_deref().unwrap_or(cat);
            let report = HELD.with(|h| match &*h.borrow() {
                Held::Table(t) => Some(validate_with_progress(
                    t,
                    &mapping,
                    cat,
                    &options,
                    &mut |done, total| {
                        post(&Reply::Progress {
                            phase: "validate".into(),
                            done,
                            total,
                        })
                    },
                )),
                Held::Pack(p) => Some(validate_records(p.profiles.clone(), cat, &options)),
                Held::Nothing => None,
            });
            match report {
                Some(mut r) => {
                    VALIDATED.with(|v| *v.borrow_mut() = std::mem::take(&mut r.records));
                    post(&Reply::Report(r))
                }
                None => post(&Reply::Error {
                    error: ReadError::NothingRead,
                }),
            }
        }
        Some(Command::Take { mut set }) => {
            let records = VALIDATED.with(|v| std::mem::take(&mut *v.borrow_mut()));
            if records.is_empty() {
                return post(&Reply::Error {
                    error: ReadError::NothingRead,
                });
            }
            set.records = records;
            let json = serde_json::to_string(&set).unwrap_or_default();
            let obj = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&obj, &"set".into(), &json.into());
            let _ = scope().post_message(&obj);
        }
        None => post(&Reply::Error {
            error: ReadError::Command,
        }),
    }
}

fn main() {
    console_error_panic_hook::set_once();
    let cat: &'static Catalog = match Catalog::builtin_without_profiles() {
        Ok(c) => Box::leak(Box::new(c)),
        Err(e) => {
            post(&Reply::Error {
                error: ReadError::Data(e.to_string()),
            });
            return;
        }
    };
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
            handle(cat, &ev.data())
        });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page keeps it; the handler must too.
    on_message.forget();
    post(&Reply::Ready);
}
