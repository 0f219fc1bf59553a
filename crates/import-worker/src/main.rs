//! The import worker: reads an imported file (CSV in UTF-8, UTF-8 with BOM or Shift_JIS; .xlsx;
//! JSON) and validates it against the catalogue, off the page's thread so the page stays
//! responsive, posting progress as it goes. The page cancels an import by terminating the
//! worker. Loaded only when the user imports something, so the first visit stays small.
//!
//! Messages (page → worker): an object `{command: JSON Command, bytes?: ArrayBuffer}`
//! (`dxm_domain::import::protocol::Command`: read, validate; the file's bytes go beside
//! `read`; the publisher's programme rules, when the page uses them, beside `validate`).
//! Replies (worker → page): a JSON string of a `Reply` (ready, progress, table, report,
//! error); and the records of a validation without errors as an object {records: UTF-8 bytes,
//! ends: Uint32Array} — `dxm_domain::library::WrittenRecords`, which the page reads in the
//! background and stores as they are (the report itself carries only how many).
//!
//! Reading and validating are one pass: right after a read the worker validates the list with
//! the mapping it suggested and the options the page said it would use, and sends its records
//! at once; the report is ready when the page asks for exactly that (`records_sent`: the
//! records already came). Another mapping is validated on request, its records sent after
//! its report.

mod read;

use dxm_domain::import::protocol::{rules_catalog, Command, ReadError, Reply, READ, VALIDATE};
use dxm_domain::import::validate::{validate_records, validate_with_progress};
use dxm_domain::import::{Field, ImportOptions, Report, Table};
use dxm_domain::library::WrittenRecords;
use dxm_domain::profile::ProfileFile;
use dxm_domain::Catalog;
use read::{read_file, Input, Read};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A validation done ahead: its mapping, options and rules, its report, and whether its
/// records were sent.
type Ahead = (Vec<Field>, ImportOptions, Option<String>, Report, bool);

/// What the worker keeps between "read" and "validate".
enum Held {
    Nothing,
    Table(Table),
    Pack(ProfileFile),
}

thread_local! {
    static HELD: RefCell<Held> = const { RefCell::new(Held::Nothing) };
    /// The report of a validation done right after reading, with the mapping, options and
    /// rules it used: sent as it is when the page asks for the same.
    static AHEAD: RefCell<Option<Ahead>> = const { RefCell::new(None) };
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

/// Validates what was read. `progress` is false for a validation ahead of the page's request, which the page does not
/// wait for (yet).
fn validate(
    cat: &Catalog,
    mapping: &[Field],
    options: &ImportOptions,
    programmes: Option<String>,
    progress: bool,
) -> Result<Report, ReadError> {
    // The programme rules the page uses: the publisher's, or the built-in ones.
    let publisher = programmes.map(publisher_catalog).transpose()?;
    let cat = publisher.as_deref().unwrap_or(cat);
    HELD.with(|h| match &*h.borrow() {
        Held::Table(t) => Ok(validate_with_progress(
            t,
            mapping,
            cat,
            options,
            &mut |done, total| {
                if progress {
                    post(&Reply::Progress {
                        phase: VALIDATE.into(),
                        done,
                        total,
                    })
                }
            },
        )),
        Held::Pack(p) => Ok(validate_records(p.profiles.clone(), cat, options)),
        Held::Nothing => Err(ReadError::NothingRead),
    })
}

/// The records of a report without errors, written for the page (`WrittenRecords`).
fn written(r: &mut Report) -> Option<WrittenRecords> {
    let records = std::mem::take(&mut r.records);
    (!records.is_empty()).then(|| WrittenRecords::write(&records))
}

/// Sends records as JSON in UTF-8 with each record's end: the page reads them while the user
/// looks at the mapping and the report, and stores them as they are if the user imports the
/// list.
fn send_records(w: WrittenRecords) {
    // Handed over rather than copied.
    let bytes = js_sys::Uint8Array::from(w.text.as_bytes());
    let ends = js_sys::Uint32Array::from(w.ends.as_slice());
    let obj = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&obj, &"records".into(), &bytes);
    let _ = js_sys::Reflect::set(&obj, &"ends".into(), &ends);
    let _ = scope()
        .post_message_with_transfer(&obj, &js_sys::Array::of2(&bytes.buffer(), &ends.buffer()));
}

/// Sends a report, then its records when it has no errors.
fn report(mut r: Report) {
    let records = written(&mut r);
    post(&Reply::Report {
        report: r,
        records_sent: false,
    });
    if let Some(w) = records {
        send_records(w);
    }
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
            ahead,
        }) => {
            let bytes = js_sys::Uint8Array::new(&field(msg, "bytes")).to_vec();
            let request = Read {
                name: &name,
                encoding: &encoding,
                sheet: &sheet,
                header: header.filter(|h| *h >= 1),
            };
            post(&Reply::Progress {
                phase: READ.into(),
                done: 0,
                total: bytes.len(),
            });
            AHEAD.set(None);
            match read_file(cat, &bytes, &request) {
                Ok((summary, input)) => {
                    HELD.with(|h| {
                        *h.borrow_mut() = match input {
                            Input::Table(t) => Held::Table(t),
                            Input::Pack(p) => Held::Pack(p),
                        }
                    });
                    let expected = ahead.map(|a| {
                        let mut options = a.options;
                        // As the page does: a publisher's layout names everyone's programme.
                        if let Some(p) = summary
                            .layout
                            .as_ref()
                            .and_then(|id| cat.crosswalk.layout(id))
                        {
                            options.default_programme = Some(p.programme.clone());
                        }
                        (summary.suggested.clone(), options, a.programmes)
                    });
                    post(&Reply::Table(summary));
                    // One pass: validated while the user looks at the mapping, and the records
                    // sent at once, so that the page has read them by the time the user imports.
                    if let Some((mapping, options, programmes)) = expected {
                        if let Ok(mut r) =
                            validate(cat, &mapping, &options, programmes.clone(), false)
                        {
                            let records = written(&mut r);
                            let sent = records.is_some();
                            if let Some(w) = records {
                                send_records(w);
                            }
                            AHEAD.set(Some((mapping, options, programmes, r, sent)));
                        }
                    }
                }
                Err(error) => post(&Reply::Error { error }),
            }
        }
        Some(Command::Validate {
            mapping,
            options,
            programmes,
        }) => {
            let ready = AHEAD
                .take()
                .filter(|(m, o, p, _, _)| *m == mapping && *o == options && *p == programmes);
            if let Some((_, _, _, r, records_sent)) = ready {
                return post(&Reply::Report {
                    report: r,
                    records_sent,
                });
            }
            match validate(cat, &mapping, &options, programmes, true) {
                Ok(r) => report(r),
                Err(error) => post(&Reply::Error { error }),
            }
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
