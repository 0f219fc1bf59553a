//! Importing a list: choose a file, map its columns, validate, import.

pub mod field_select;
pub mod file_step;
pub mod import_status;
pub mod issue_table;
pub mod list_settings;
pub mod mapping_step;
pub mod mapping_table;
pub mod prepared;
pub mod review_step;
pub mod state;

use crate::features::data::import_wizard::file_step::FileStep;
use crate::features::data::import_wizard::import_status::ImportStatus;
use crate::features::data::import_wizard::mapping_step::MappingStep;
use crate::features::data::import_wizard::review_step::ReviewStep;
use crate::features::data::import_wizard::state::Wizard;
use crate::i18n::{tr, Msg};
use leptos::prelude::*;

/// Choose a file → map its columns → validate → import. Reading and validating happen in the
/// import worker (progress shown, cancellable); nothing is stored before "Import".
#[component]
pub fn ImportWizard() -> impl IntoView {
    let wizard = Wizard::create();
    // Start the worker as soon as the page shows, so it is ready (its code fetched and
    // compiled) by the time someone has picked a file. Other screens never load it.
    Effect::new(move |_| {
        wizard.ensure_worker();
    });
    view! {
        <section class="panel import" aria-labelledby="import-title">
            <h2 id="import-title">{tr(Msg::ImportTitle)}</h2>
            <p class="hint">{tr(Msg::ImportIntro)}</p>
            <FileStep wizard/>
            <ImportStatus wizard/>
            <MappingStep wizard/>
            <ReviewStep wizard/>
        </section>
    }
}
