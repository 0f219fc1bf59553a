use leptos::prelude::*;

/// The caption of a [`ScrollTable`] (text, or text with a hint).
#[slot]
pub struct Caption {
    children: Children,
}

/// A data table in its own scrolling region, so a wide table scrolls sideways instead of the
/// page. The region is focusable (keyboard users can scroll it) and named by the caption.
#[component]
pub fn ScrollTable(
    /// Id of the caption, which names the region; without a `Caption`, the id of the element
    /// outside the table that names it (a heading).
    #[prop(into)]
    caption_id: String,
    #[prop(optional)] caption: Option<Caption>,
    /// Id of the table.
    #[prop(optional, into)]
    id: Option<String>,
    /// Classes of the table.
    #[prop(default = "data-table")]
    class: &'static str,
    /// Classes of the scrolling region.
    #[prop(default = "table-scroll")]
    region_class: &'static str,
    /// The table's head and body.
    children: Children,
) -> impl IntoView {
    let labelled_by = caption_id.clone();
    view! {
        <div class=region_class role="region" aria-labelledby=labelled_by tabindex="0">
            <table class=class id=id>
                {caption.map(|c| view! { <caption id=caption_id>{(c.children)()}</caption> })}
                {children()}
            </table>
        </div>
    }
}
