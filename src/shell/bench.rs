//! Hooks for `make bench` (tools/bench.mjs): the same computations as the native benchmarks,
//! timed inside the page, plus the input for the plain-JavaScript baseline. They read nothing
//! of the user's work and change nothing.
//!
//! The work is a split point of its own (tools/build-app.sh), so the app's users never download
//! it: each export fetches the chunk first (a promise), then times only the computation.

use dxm_domain::matching::{rank, recommend, ProfileIndex, Query};
use dxm_domain::{samples, Catalog, GapReport};
use leptos::wasm_split::{wasm_split, SplitLoaderError};
use wasm_bindgen::prelude::*;

/// Why a bench hook failed: its chunk did not load, or the bench case is not what it should be.
#[derive(Debug)]
pub struct Failed(String);

impl From<SplitLoaderError> for Failed {
    fn from(e: SplitLoaderError) -> Self {
        Failed(format!("the bench chunk did not load: {e:?}"))
    }
}

impl From<JsValue> for Failed {
    fn from(e: JsValue) -> Self {
        Failed(format!("{e:?}"))
    }
}

impl From<Failed> for JsValue {
    fn from(e: Failed) -> Self {
        JsValue::from_str(&e.0)
    }
}

/// Milliseconds per ranking of `n` synthetic profiles against the 49-item bench assessment
/// (query compiled each time, top 20 kept), averaged over `runs`. The profiles are laid out
/// once per `n` and kept: calls are batches of one timing, on the same data in the same memory
/// (as the app ranks the same index after every edit).
#[wasm_bindgen]
pub async fn dxm_bench_score(n: u32, runs: u32) -> Result<f64, JsValue> {
    Ok(score(n, runs).await?)
}

/// Milliseconds per exact team search over 60 candidates with k = 4, averaged over `runs`.
#[wasm_bindgen]
pub async fn dxm_bench_team(runs: u32) -> Result<f64, JsValue> {
    Ok(team(runs).await?)
}

/// Milliseconds per prefecture analysis — demand map, supply against demand and plan — of
/// the 179 (fictional) municipalities of 北海道 against 1,000 synthetic profiles, averaged over
/// `runs` (the profiles are laid out once, as the app does when lists change).
#[wasm_bindgen]
pub async fn dxm_bench_prefecture(runs: u32) -> Result<f64, JsValue> {
    Ok(prefecture(runs).await?)
}

/// The bench case for the JavaScript baseline: `levels` (profile-major, n × items), `ids`,
/// and per item `have`, `gap` and `weight` of the weighted-gap part.
#[wasm_bindgen]
pub async fn dxm_bench_case(n: u32) -> Result<js_sys::Object, JsValue> {
    Ok(case(n).await?)
}

fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

fn catalog() -> Result<Catalog, Failed> {
    Catalog::builtin().map_err(|e| Failed(e.to_string()))
}

#[wasm_split(bench, wasm_split_path = ::leptos::wasm_split, fallible)]
fn score(n: u32, runs: u32) -> Result<f64, Failed> {
    if SCORE_CASE.with_borrow(|c| c.as_ref().map(|c| c.n)) != Some(n) {
        let cat = catalog()?;
        let ix = ProfileIndex::build(&cat, &samples::synthetic(&cat, n as usize));
        let a = samples::bench_assessment(&cat);
        SCORE_CASE.set(Some(ScoreCase { n, cat, ix, a }));
    }
    SCORE_CASE.with_borrow(|c| {
        let Some(ScoreCase { cat, ix, a, .. }) = c else {
            return Err(Failed("no bench case".into()));
        };
        let run = || {
            let q = Query::compile(cat, ix, a, &a.matching);
            rank(ix, &q, 20).top.len()
        };
        run();
        let runs = runs.max(1);
        let t0 = now();
        let mut sink = 0;
        for _ in 0..runs {
            sink += run();
        }
        let ms = (now() - t0) / f64::from(runs);
        Ok(if sink == 0 { f64::NAN } else { ms })
    })
}

/// What `score` ranks, for `n` profiles.
struct ScoreCase {
    n: u32,
    cat: Catalog,
    ix: ProfileIndex,
    a: dxm_domain::Assessment,
}

thread_local! {
    static SCORE_CASE: std::cell::RefCell<Option<ScoreCase>> = const { std::cell::RefCell::new(None) };
}

#[wasm_split(bench, wasm_split_path = ::leptos::wasm_split, fallible)]
fn team(runs: u32) -> Result<f64, Failed> {
    let cat = catalog()?;
    let (ix, a) = samples::bench_team_case(&cat, 60);
    let q = Query::compile(&cat, &ix, &a, &a.matching);
    let r = rank(&ix, &q, 20);
    let exact = matches!(
        recommend(&cat, &ix, &q, &r).map(|t| t.method),
        Some(dxm_domain::matching::Method::Exact { candidates: 60 })
    );
    if !exact {
        return Err(Failed(
            "the bench case did not yield 60 exact candidates".into(),
        ));
    }
    let runs = runs.max(1);
    let t0 = now();
    for _ in 0..runs {
        let _ = recommend(&cat, &ix, &q, &r);
    }
    Ok((now() - t0) / f64::from(runs))
}

#[wasm_split(bench, wasm_split_path = ::leptos::wasm_split, fallible)]
fn prefecture(runs: u32) -> Result<f64, Failed> {
    use dxm_domain::prefecture::{analyse, plan::DEFAULT_CAPACITY};
    let cat = catalog()?;
    let municipalities = samples::synthetic_assessments(&cat, 1, 2026);
    let refs: Vec<&dxm_domain::Assessment> = municipalities.iter().collect();
    let ix = ProfileIndex::build(&cat, &samples::synthetic(&cat, 1_000));
    let run = || {
        analyse(&cat, &ix, &refs, DEFAULT_CAPACITY)
            .map
            .municipalities
            .len()
    };
    if run() != 179 {
        return Err(Failed(
            "the bench case did not yield 179 municipalities".into(),
        ));
    }
    let runs = runs.max(1);
    let t0 = now();
    for _ in 0..runs {
        let _ = run();
    }
    Ok((now() - t0) / f64::from(runs))
}

#[wasm_split(bench, wasm_split_path = ::leptos::wasm_split, fallible)]
fn case(n: u32) -> Result<js_sys::Object, Failed> {
    let cat = catalog()?;
    let profiles = samples::synthetic(&cat, n as usize);
    let a = samples::bench_assessment(&cat);
    let items = cat.standard.len();
    let mut levels = Vec::with_capacity(profiles.len() * items);
    for p in &profiles {
        levels.extend(p.levels.iter().map(|l| l.value()));
    }
    let report = GapReport::new(&cat.standard, &a);
    let (mut have, mut gap, mut weight) = (vec![0u8; items], vec![0u8; items], vec![0u8; items]);
    let w = a.matching.weights;
    for r in report.open_gaps() {
        let i = r.item.get();
        have[i] = r.have.value();
        gap[i] = r.gap();
        weight[i] = if r.priority == dxm_domain::Priority::Required {
            w.required
        } else {
            w.desirable
        };
    }
    let ids = js_sys::Array::new();
    for p in &profiles {
        ids.push(&JsValue::from_str(&p.id));
    }
    let o = js_sys::Object::new();
    let set = |k: &str, v: &JsValue| js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
    set("n", &JsValue::from(profiles.len() as u32))?;
    set("items", &JsValue::from(items as u32))?;
    set("levels", &js_sys::Uint8Array::from(levels.as_slice()))?;
    set("have", &js_sys::Uint8Array::from(have.as_slice()))?;
    set("gap", &js_sys::Uint8Array::from(gap.as_slice()))?;
    set("weight", &js_sys::Uint8Array::from(weight.as_slice()))?;
    set("ids", &ids)?;
    Ok(o)
}

/// For the browser tests (tests/e2e/safety.test.mjs): panics as a bug would, so that the crash
/// page can be seen. Exported like the bench hooks (on `window.wasmBindings`, for scripts);
/// nothing in the page calls it.
#[wasm_bindgen]
pub fn dxm_test_panic() {
    panic!("dxm_test_panic: a panic triggered by the browser tests");
}

/// Size of the WebAssembly memory, in bytes.
#[wasm_bindgen]
pub fn dxm_memory_bytes() -> f64 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|m| {
            m.buffer()
                .unchecked_into::<js_sys::ArrayBuffer>()
                .byte_length() as f64
        })
        .unwrap_or(0.0)
}
