#![no_main]
//! Any file a municipality hands in to the prefecture view (a submission or backup JSON, a text
//! of share links, or anything chosen by mistake), read as `state/gathered.rs` reads it: twice
//! (as if sent twice, so duplicates meet), the likeliest prefecture and year guessed, then
//! sorted into what counts. Nothing may be lost: every entry is accepted or reported.

#[path = "common.rs"]
mod common;

use dxm_domain::prefecture::intake::{self, likely_settings, MAX_ENTRIES_PER_FILE};
use dxm_domain::prefecture::{IntakeSettings, Issue};
use libfuzzer_sys::fuzz_target;
use std::collections::BTreeSet;

fuzz_target!(|data: &[u8]| {
    let cat = common::cat();
    // Files are read as text (a file that is not UTF-8 arrives with replacement characters).
    let text = String::from_utf8_lossy(data);
    let mut entries = intake::read(cat, "a.json", &text, 0);
    assert!(!entries.is_empty(), "a file yields at least one entry");
    assert!(entries.len() <= MAX_ENTRIES_PER_FILE + 1);
    let first = entries.len() as u32;
    entries.extend(intake::read(cat, "b.json", &text, first));
    for (k, e) in entries.iter().enumerate() {
        assert_eq!(
            e.source.order, k as u32,
            "entries are numbered in load order"
        );
        if let Ok(a) = &e.result {
            // A share link or a backup: the same path the assessment takes everywhere.
            let _ = dxm_domain::share::encode(cat, a);
        }
    }
    let guess = likely_settings(cat, &entries);
    let mut settings = vec![IntakeSettings {
        prefecture: 1,
        fiscal_year: 2026,
    }];
    settings.extend(guess);
    for s in settings {
        let x = intake::sort(cat, &entries, s);
        assert_eq!(
            x.accepted.len() + x.rejected.len(),
            entries.len(),
            "every entry is counted or reported"
        );
        let codes: Vec<u32> = x.accepted.iter().map(|s| s.lgcode).collect();
        assert!(
            codes.windows(2).all(|w| w[0] < w[1]),
            "one per municipality, in order"
        );
        for sub in &x.accepted {
            assert_eq!(sub.assessment.fiscal_year, s.fiscal_year);
            assert_eq!(sub.assessment.context.lgcode, Some(sub.lgcode));
            let m = cat
                .geography
                .municipalities
                .iter()
                .find(|m| m.lgcode == sub.lgcode)
                .expect("an accepted code is a municipality");
            assert_eq!(m.pref, s.prefecture);
        }
        let missing: BTreeSet<u32> = x.missing.iter().copied().collect();
        assert_eq!(missing.len(), x.missing.len());
        assert!(codes.iter().all(|c| !missing.contains(c)));
        assert_eq!(x.accepted.len() + x.missing.len(), x.expected);
        assert!(x
            .rejected
            .windows(2)
            .all(|w| w[0].source.order <= w[1].source.order));
        for r in &x.rejected {
            if let Issue::Duplicate { kept } = &r.issue {
                assert!(x.accepted.iter().any(|s| &s.source == kept));
            }
        }
        if guess == Some(s) {
            // The guess is for a prefecture and year something was handed in for.
            assert!(!x.accepted.is_empty());
        }
    }
});
