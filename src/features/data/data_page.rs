use crate::features::data::export_panel::ExportPanel;
use crate::features::data::import_wizard::ImportWizard;
use crate::features::data::lists_panel::ListsPanel;
use crate::features::data::share_panel::SharePanel;
use crate::i18n::{tr, Msg};
use crate::state::library::use_library;
use crate::widgets::page_heading::PageHeading;
use leptos::prelude::*;

/// Importing talent lists, the lists in use, exports and backup, share links, published data.
#[component]
pub fn DataPage() -> impl IntoView {
    let library = use_library();
    view! {
        <PageHeading title=Msg::DataTitle intro=Msg::DataIntro/>
        <ImportWizard/>
        <ListsPanel/>
        <ExportPanel/>
        <SharePanel/>
        <section class="panel packs" aria-labelledby="packs-title">
            <h2 id="packs-title">{tr(Msg::PacksTitle)}</h2>
            <p class="hint">{tr(Msg::PacksIntro)}</p>
            <Show when=move || library.packs.with(Vec::is_empty)>
                <p class="muted">{tr(Msg::PacksNone)}</p>
            </Show>
        </section>
    }
}
