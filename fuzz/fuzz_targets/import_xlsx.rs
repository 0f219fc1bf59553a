#![no_main]
//! Any bytes as an .xlsx workbook (first sheet, and a named one).

#[path = "common.rs"]
mod common;

use dxm_domain::import::xlsx::read_xlsx;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok((sheets, sheet, t)) = read_xlsx(data, "") {
        assert!(sheets.contains(&sheet));
        common::check_table(&t);
    }
    let _ = read_xlsx(data, "人材リスト");
});
