use crate::i18n::{tr, Msg};
use crate::widgets::page_heading::PageHeading;
use leptos::prelude::*;

/// アクセシビリティ方針: the standard aimed at, how it was checked, known limitations.
#[component]
pub fn AccessibilityPage() -> impl IntoView {
    view! {
        <PageHeading title=Msg::A11yTitle intro=Msg::A11yIntro/>
        <p class="muted">{tr(Msg::A11yAsOf)}</p>
        <h2>{tr(Msg::A11yTargetTitle)}</h2>
        <p>{tr(Msg::A11yTarget)}</p>
        <h2>{tr(Msg::A11yTestedTitle)}</h2>
        <ul>
            <li>{tr(Msg::A11yTested1)}</li>
            <li>{tr(Msg::A11yTested2)}</li>
            <li>{tr(Msg::A11yTested3)}</li>
            <li>{tr(Msg::A11yTested4)}</li>
        </ul>
        <h2>{tr(Msg::A11yLimitsTitle)}</h2>
        <p>{tr(Msg::A11yLimits)}</p>
        <h2>{tr(Msg::A11yContactTitle)}</h2>
        <p>{tr(Msg::A11yContact)}</p>
    }
}
