//! Parts of a screen that are drawn once the rest of it is on screen.

use leptos::prelude::*;

/// Renders its children in a task of their own after the next frame, not in the task that
/// builds the screen: a first screen whose lower part (below the fold on a phone) comes a
/// frame later is on screen sooner, and neither task keeps the page from answering input for
/// long. Also for what sits below a large view that appears at once (the charts under the
/// prefecture's matrix).
#[component]
pub fn AfterPaint(children: ChildrenFn) -> impl IntoView {
    let shown = RwSignal::new(false);
    leptos::task::spawn_local(async move {
        crate::adapters::clock::after_paint().await;
        // The screen may have been left in the meantime.
        let _ = shown.try_set(true);
    });
    move || shown.get().then(|| children())
}
