use crate::adapters::download::{download_text, file_stem};
use crate::i18n::{export_text, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::talent::use_talent;
use crate::state::workspace::use_state;
use dxm_domain::export::{gap_csv, ranking_csv};
use dxm_domain::matching::Query;
use dxm_domain::GapReport;
use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvKind {
    /// Every profile: rank, score and band, or the rule that excludes it.
    Ranking,
    /// Every item with a need: need, in-house level, gap, priority.
    Gap,
}

/// Saves the active assessment's ranking or gap table as a CSV file for Excel (UTF-8 with
/// BOM, formulas neutralised by the domain's exporter).
#[component]
pub fn CsvButton(kind: CsvKind, #[prop(optional)] id: &'static str) -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let state = use_state();
    let talent = use_talent();
    let save = move |_| {
        let lang = i.lang.get_untracked();
        let a = state.active.get_untracked();
        let export = |x| export_text(lang, x);
        let (stem, text) = match kind {
            CsvKind::Ranking => (
                Msg::FileRanking.text(lang),
                talent.with_untracked(|t| {
                    let q = Query::compile(cat, &t.index, &a, &a.matching);
                    ranking_csv(cat, &t.profiles, &t.index, &q, lang, &export)
                }),
            ),
            CsvKind::Gap => (
                Msg::FileGap.text(lang),
                gap_csv(cat, &GapReport::new(&cat.standard, &a), lang, &export),
            ),
        };
        let name = format!("{stem}-{}.csv", file_stem(&a.name));
        download_text(&name, "text/csv;charset=utf-8", &text);
    };
    let label = match kind {
        CsvKind::Ranking => Msg::ExportRanking,
        CsvKind::Gap => Msg::ExportGap,
    };
    view! {
        <button type="button" class="button secondary" id=(!id.is_empty()).then_some(id) on:click=save>
            {tr(label)}
        </button>
    }
}
