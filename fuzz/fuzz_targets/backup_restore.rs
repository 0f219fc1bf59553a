#![no_main]
//! Any text as a backup file to restore: validated (with migrations) or refused, never a panic.

#[path = "common.rs"]
mod common;

use dxm_domain::library::parse_backup;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = parse_backup(&String::from_utf8_lossy(data), common::cat());
});
