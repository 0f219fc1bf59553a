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
