//! The browser's clock and event loop.

use leptos::prelude::{GetValue, SetValue, StoredValue};

/// An instant in the browser's local time (its offset at that instant, so summer time and
/// Japan time both read right).
pub fn local_time(ms: u64) -> Option<chrono::NaiveDateTime> {
    let d = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    // getTimezoneOffset is UTC − local in minutes.
    let east = -(d.get_timezone_offset() as i32);
    dxm_domain::calendar::local(ms as i64, east)
}

/// The fiscal year (April–March) that today falls in.
pub fn current_fiscal_year() -> u16 {
    local_time(now_ms())
        .map(|t| dxm_domain::calendar::fiscal_year(t.date()))
        .and_then(|y| u16::try_from(y).ok())
        .unwrap_or(2026)
}

pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// Resolves in a new task of the browser's event loop, so that work before and after it are two
/// shorter tasks: the page stays responsive while the app starts.
pub async fn next_task() {
    gloo_timers::future::TimeoutFuture::new(0).await;
}

/// Resolves once the browser has drawn the next frame (its callback runs before the frame, the
/// timeout after it): work the first screen does not need waits here, so that it neither
/// delays that screen nor makes its task longer. A hidden page draws nothing, so this waits
/// until it is shown.
pub async fn after_paint() {
    let drawn = js_sys::Promise::new(&mut |resolve, _| {
        leptos::prelude::request_animation_frame(move || {
            leptos::prelude::set_timeout(
                move || {
                    let _ = resolve.call0(&wasm_bindgen::JsValue::UNDEFINED);
                },
                std::time::Duration::ZERO,
            );
        });
    });
    let _ = wasm_bindgen_futures::JsFuture::from(drawn).await;
}

/// Work that waits for the next frame, of which only the last asked for is done: a view that
/// computes after it is drawn asks again on every change, and what an earlier change asked
/// for is then stale.
#[derive(Clone, Copy)]
pub struct LatestAfterPaint(StoredValue<u32>);

impl Default for LatestAfterPaint {
    fn default() -> Self {
        LatestAfterPaint(StoredValue::new(0))
    }
}

impl LatestAfterPaint {
    pub fn new() -> LatestAfterPaint {
        LatestAfterPaint::default()
    }

    /// Drops the work waiting, if any (the caller did it at once instead).
    pub fn cancel(self) -> u32 {
        let n = self.0.get_value().wrapping_add(1);
        self.0.set_value(n);
        n
    }

    /// Does `work` once the next frame is drawn, unless asked again before, or the view that
    /// asked is gone.
    pub fn run(self, work: impl FnOnce() + 'static) {
        let n = self.cancel();
        leptos::task::spawn_local(async move {
            after_paint().await;
            if self.0.try_get_value() == Some(n) {
                work();
            }
        });
    }
}
