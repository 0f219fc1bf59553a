use crate::adapters::clock::after_paint;
use leptos::prelude::*;

/// Content built once the page has painted what came with it: for what sits below a large view
/// that appears at once (the charts under the prefecture's matrix), so that the view on screen
/// is painted first. Built once, then reactive as usual.
#[component]
pub fn AfterPaint(children: ChildrenFn) -> impl IntoView {
    let ready = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        after_paint().await;
        // Gone before the paint: nothing to build.
        let _ = ready.try_set(true);
    });
    move || ready.get().then(|| children())
}
