//! Shared by the fuzz targets: the built-in catalogue (loaded once) and the path every imported
//! table takes after reading — mapping suggestions, then validation. Not every target uses
//! every helper.
#![allow(dead_code)]

use dxm_domain::import::{suggest_mapping, validate, ImportOptions, Table};
use dxm_domain::Catalog;
use std::sync::OnceLock;

pub fn cat() -> &'static Catalog {
    static CAT: OnceLock<Catalog> = OnceLock::new();
    CAT.get_or_init(|| Catalog::builtin().expect("built-in data loads"))
}

pub fn options() -> ImportOptions {
    ImportOptions {
        default_programme: Some("pref_pool".into()),
        id_prefix: String::new(),
        taken_ids: vec!["P-001".into()],
    }
}

/// Validates with the suggested mapping; whatever the table, the report is consistent.
pub fn check_table(t: &Table) {
    let cat = cat();
    let mapping = suggest_mapping(&t.headers, cat);
    assert_eq!(mapping.len(), t.headers.len());
    let r = validate(t, &mapping, cat, &options());
    // Atomicity: a report with errors never carries records to apply.
    assert!(r.error_count == 0 || r.records.is_empty());
    assert!(r.errors.len() <= r.error_count && r.warnings.len() <= r.warning_count);
}

/// The profiles the app matches against when `sets` are the stored lists, and their index, as
/// `state::profiles` lays them out.
pub fn talent(
    sets: &[dxm_domain::library::StoredSet],
    hide_samples: bool,
) -> (
    Vec<dxm_domain::profile::Profile>,
    dxm_domain::ProfileIndex,
    Vec<String>,
) {
    let cat = cat();
    let (profiles, skipped) = dxm_domain::library::compose(cat, sets, hide_samples);
    let ix = dxm_domain::ProfileIndex::build(cat, &profiles);
    (profiles, ix, skipped)
}

/// The built-in samples and their index, built once.
pub fn samples() -> &'static (Vec<dxm_domain::profile::Profile>, dxm_domain::ProfileIndex) {
    static T: OnceLock<(Vec<dxm_domain::profile::Profile>, dxm_domain::ProfileIndex)> =
        OnceLock::new();
    T.get_or_init(|| {
        let (p, ix, _) = talent(&[], false);
        (p, ix)
    })
}

/// An assessment with gaps to match (the エンジニア preset, 北海道 札幌市), for inputs that
/// bring profiles but no assessment.
pub fn preset_assessment() -> dxm_domain::Assessment {
    let cat = cat();
    let mut a = dxm_domain::Assessment::new("fuzz", "ファズ", 2026);
    a.context.lgcode = Some(11002);
    let presets: Vec<_> = cat.presets.personas.iter().take(1).collect();
    a.apply_presets(&cat.standard, &presets);
    a
}
