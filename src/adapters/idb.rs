//! A small async wrapper over IndexedDB for the imported lists (too large for localStorage),
//! and for what the prefecture view gathered (a database of its own, so that restoring a
//! backup, which replaces the lists, leaves it alone, and the lists' database keeps its
//! version). Values are JSON strings keyed by list id. Every write is one transaction: it happens
//! completely or not at all.

use wasm_bindgen::prelude::*;

/// Why the lists could not be read or written. A failed write changes nothing (one
/// transaction).
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum IdbError {
    /// No IndexedDB here (some private modes, a policy) or it refused to open.
    #[error("IndexedDB is not available")]
    Unavailable,
    /// The browser's storage for this site is full.
    #[error("the browser's storage for this site is full")]
    Full,
    /// A request or the transaction failed or was aborted.
    #[error("IndexedDB refused the change")]
    Refused,
}

impl From<JsValue> for IdbError {
    fn from(e: JsValue) -> Self {
        let name = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.name()))
            .or_else(|| e.as_string());
        match name.as_deref() {
            Some("QuotaExceededError") => IdbError::Full,
            Some("Unavailable") => IdbError::Unavailable,
            _ => IdbError::Refused,
        }
    }
}
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbOpenDbRequest, IdbRequest, IdbTransaction, IdbTransactionMode};

const DB: &str = "dxm";
const STORE: &str = "lists";
const VERSION: u32 = 1;
/// The prefecture view's intake: one value (`Kept`, JSON) under one key.
const GATHERED_DB: &str = "dxm-prefecture";
const GATHERED_STORE: &str = "intake";
const GATHERED_KEY: &str = "kept";

fn request(req: &IdbRequest) -> js_sys::Promise {
    let req = req.clone();
    js_sys::Promise::new(&mut |resolve, reject| {
        let done = req.clone();
        let ok = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call1(&JsValue::NULL, &done.result().unwrap_or(JsValue::UNDEFINED));
        });
        let fail = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = reject.call1(&JsValue::NULL, &JsValue::from_str("Refused"));
        });
        req.set_onsuccess(Some(ok.unchecked_ref()));
        req.set_onerror(Some(fail.unchecked_ref()));
    })
}

fn finished(tx: &IdbTransaction) -> js_sys::Promise {
    let tx = tx.clone();
    js_sys::Promise::new(&mut |resolve, reject| {
        let ok = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let reject2 = reject.clone();
        let (tx_fail, tx_abort) = (tx.clone(), tx.clone());
        // The transaction's error says why (a full disk aborts with QuotaExceededError).
        let why = |tx: &IdbTransaction| {
            tx.error()
                .map(|e| JsValue::from_str(&e.name()))
                .unwrap_or_else(|| JsValue::from_str("Refused"))
        };
        let fail = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = reject.call1(&JsValue::NULL, &why(&tx_fail));
        });
        let abort = Closure::once_into_js(move |_: web_sys::Event| {
            let _ = reject2.call1(&JsValue::NULL, &why(&tx_abort));
        });
        tx.set_oncomplete(Some(ok.unchecked_ref()));
        tx.set_onerror(Some(fail.unchecked_ref()));
        tx.set_onabort(Some(abort.unchecked_ref()));
    })
}

async fn open() -> Result<IdbDatabase, IdbError> {
    open_store(DB, STORE).await
}

async fn open_store(name: &str, store_name: &'static str) -> Result<IdbDatabase, IdbError> {
    let factory = web_sys::window()
        .and_then(|w| w.indexed_db().ok().flatten())
        .ok_or(IdbError::Unavailable)?;
    let req: IdbOpenDbRequest = factory.open_with_u32(name, VERSION)?;
    let upgrade = Closure::once_into_js(move |ev: web_sys::IdbVersionChangeEvent| {
        let db = ev
            .target()
            .and_then(|t| t.dyn_into::<IdbOpenDbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|d| d.dyn_into::<IdbDatabase>().ok());
        if let Some(db) = db {
            if !db.object_store_names().contains(store_name) {
                let _ = db.create_object_store(store_name);
            }
        }
    });
    req.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    let db = JsFuture::from(request(&req))
        .await
        .map_err(|_| IdbError::Unavailable)?;
    db.dyn_into::<IdbDatabase>()
        .map_err(|_| IdbError::Unavailable)
}

/// Every stored value (JSON strings).
pub async fn load_all() -> Result<Vec<String>, IdbError> {
    let db = open().await?;
    let tx = db.transaction_with_str(STORE)?;
    let all = JsFuture::from(request(&tx.object_store(STORE)?.get_all()?)).await?;
    Ok(js_sys::Array::from(&all)
        .iter()
        .filter_map(|v| v.as_string())
        .collect())
}

/// Deletes `delete` and writes `put` (id, JSON) in one transaction. `clear` empties the store
/// first (used by restore).
pub async fn write(
    put: &[(String, String)],
    delete: &[String],
    clear: bool,
) -> Result<(), IdbError> {
    let db = open().await?;
    let tx = db.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)?;
    let requests = || -> Result<(), JsValue> {
        let store = tx.object_store(STORE)?;
        if clear {
            store.clear()?;
        }
        for id in delete {
            store.delete(&JsValue::from_str(id))?;
        }
        for (id, json) in put {
            store.put_with_key(&JsValue::from_str(json), &JsValue::from_str(id))?;
        }
        Ok(())
    };
    // A request refused on the spot (a full disk) leaves the ones before it queued: without
    // the abort, the transaction would commit them (a restore's `clear` alone).
    if let Err(e) = requests() {
        let _ = tx.abort();
        return Err(e.into());
    }
    JsFuture::from(finished(&tx)).await?;
    Ok(())
}

/// What the prefecture view kept, if anything.
pub async fn load_gathered() -> Result<Option<String>, IdbError> {
    let db = open_store(GATHERED_DB, GATHERED_STORE).await?;
    let tx = db.transaction_with_str(GATHERED_STORE)?;
    let value = JsFuture::from(request(
        &tx.object_store(GATHERED_STORE)?
            .get(&JsValue::from_str(GATHERED_KEY))?,
    ))
    .await?;
    Ok(value.as_string())
}

/// Keeps the prefecture view's intake (`Some`), or removes it (`None`), in one transaction.
pub async fn save_gathered(json: Option<&str>) -> Result<(), IdbError> {
    let db = open_store(GATHERED_DB, GATHERED_STORE).await?;
    let tx = db.transaction_with_str_and_mode(GATHERED_STORE, IdbTransactionMode::Readwrite)?;
    let store = tx.object_store(GATHERED_STORE)?;
    let key = JsValue::from_str(GATHERED_KEY);
    match json {
        Some(json) => store.put_with_key(&JsValue::from_str(json), &key)?,
        None => store.delete(&key)?,
    };
    JsFuture::from(finished(&tx)).await?;
    Ok(())
}
