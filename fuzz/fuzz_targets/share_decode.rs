#![no_main]
//! Share links: arbitrary text, and arbitrary bodies with a valid checksum (which reach the
//! decoder's later stages). Whatever decodes must encode and decode to the same assessment.

#[path = "common.rs"]
mod common;

use dxm_domain::share::{decode, encode, seal, VERSION};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let cat = common::cat();
    let _ = decode(cat, &String::from_utf8_lossy(data), "f");
    let mut body = data.to_vec();
    if let Some(v) = body.first_mut() {
        *v = VERSION;
    }
    if let Ok(a) = decode(cat, &seal(&body), "f") {
        let again = decode(cat, &encode(cat, &a), "f").expect("a decoded link re-encodes");
        assert_eq!(encode(cat, &again), encode(cat, &a));
    }
});
