//! Regressions found by the fuzz targets (fuzz/fuzz_targets/), one test per finding.

use dxm_domain::library::{parse_backup, Backup, BackupError};
use dxm_domain::prefecture::intake;
use dxm_domain::prefecture::{IntakeSettings, Issue, ReadError};
use dxm_domain::{share, Assessment, Catalog, Level, MatchSettings, Workspace};

/// A municipality's submission file as the app writes it, with one value changed by hand.
fn submission(edit: impl Fn(&mut serde_json::Value)) -> String {
    let mut a = Assessment::new("a1", "札幌市 R8", 2026);
    a.context.lgcode = Some(11002);
    a.set_need("BT01", Level::A);
    let json = Backup::new(Workspace::new(a), Vec::new(), false, 1).to_json();
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    edit(&mut v["workspace"]["assessments"][0]);
    v.to_string()
}

/// after_load: a backup whose team size or weights lie outside what the app offers restored,
/// and the share link made from it then failed to open (`share::decode`: "impossible value").
/// The restore now brings them into range, as matching applies them anyway.
#[test]
fn a_restored_backup_with_out_of_range_settings_shares_a_link_that_opens() {
    let cat = Catalog::builtin().unwrap();
    for (team, weight) in [(9u8, 3u8), (0, 3), (3, 90)] {
        let text = submission(|a| {
            a["matching"]["team_size"] = team.into();
            a["matching"]["weights"]["required"] = weight.into();
            a["matching"]["weights"]["gap_points"] = 0.into();
        });
        let a = parse_backup(&text, &cat)
            .unwrap()
            .backup
            .workspace
            .assessments[0]
            .clone();
        assert!((1..=MatchSettings::MAX_TEAM).contains(&a.matching.team_size));
        assert_eq!(a.matching.weights, a.matching.weights.normalised());
        let opened = share::decode(&cat, &share::encode(&cat, &a), "b").expect("the link opens");
        assert_eq!(opened.matching.team_size, a.matching.team_size);
        assert_eq!(opened.matching.weights, a.matching.weights);
        assert_eq!(opened.rating("BT01").need, Level::A);
    }
}

/// after_load: a backup whose fiscal year lies outside 2000–2100 or whose 団体コード no
/// municipality has was restored, and its share link failed to open. Such a file is refused
/// with the assessment and the field named, like any other impossible file.
#[test]
fn a_backup_with_an_impossible_year_or_code_is_refused() {
    let cat = Catalog::builtin().unwrap();
    for (field, value) in [
        ("fiscal_year", 1999u32),
        ("fiscal_year", 65535),
        ("lgcode", 999_999),
    ] {
        let text = submission(|a| {
            if field == "lgcode" {
                a["context"]["lgcode"] = value.into();
            } else {
                a[field] = value.into();
            }
        });
        assert_eq!(
            parse_backup(&text, &cat).unwrap_err(),
            BackupError::BadAssessment {
                assessment: "札幌市 R8".into(),
                field: field.into(),
            },
            "{field} {value}"
        );
        // The prefecture view reports such a submission as unreadable, with the reason.
        let entries = intake::read(&cat, "s.json", &text, 0);
        let x = intake::sort(
            &cat,
            &entries,
            IntakeSettings {
                prefecture: 1,
                fiscal_year: 2026,
            },
        );
        assert!(x.accepted.is_empty());
        assert!(matches!(
            &x.rejected[0].issue,
            Issue::Unreadable(ReadError::Backup(BackupError::BadAssessment { .. }))
        ));
    }
}
