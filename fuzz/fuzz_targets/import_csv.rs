#![no_main]
//! Any bytes as a CSV file: encoding detection, then reading and validating.

#[path = "common.rs"]
mod common;

use dxm_domain::import::encoding::looks_binary;
use dxm_domain::import::{detect_encoding, table_from_csv};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = detect_encoding(data);
    let _ = looks_binary(data);
    if let Ok(t) = table_from_csv(&String::from_utf8_lossy(data)) {
        common::check_table(&t);
    }
});
