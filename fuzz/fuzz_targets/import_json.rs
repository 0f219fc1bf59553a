#![no_main]
//! Any text as a JSON import: a list of objects (mapped like a table) or a profile pack.

#[path = "common.rs"]
mod common;

use dxm_domain::import::validate::validate_records;
use dxm_domain::import::{table_from_json, JsonInput};
use dxm_domain::pack::{pack_set, parse_config};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match table_from_json(&text) {
        Ok(JsonInput::Table(t)) => common::check_table(&t),
        Ok(JsonInput::Pack(p)) => {
            let r = validate_records(p.profiles, common::cat(), &common::options());
            assert!(r.error_count == 0 || r.records.is_empty());
        }
        Err(_) => {}
    }
    // The publisher's files take the same text.
    let _ = pack_set("packs/p.json", &text, common::cat(), &[]);
    let _ = parse_config(&text);
});
