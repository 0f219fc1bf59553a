#![no_main]
//! The path after loading: a profile list as the data page imports it (CSV in UTF-8, with BOM or
//! Shift_JIS, or JSON: a list of objects or a pack), stored, laid out with the samples, plus an
//! assessment as the app loads one (a backup, a share link, or an assessment object); then
//! matching (`Query::compile` + `rank`, `explain`), the team recommendation and every export:
//! ranking and gap CSV, the sheet (report) as Markdown and text, the JSON backup and the share
//! link, which must give back the same state.
//!
//! Input: the list file, then optionally the byte 0x1E and the assessment's text (seeds are
//! real lists and real assessments joined so).

#[path = "common.rs"]
mod common;

use dxm_domain::embed::read_assessment;
use dxm_domain::export::{gap_csv, ranking_csv};
use dxm_domain::import::encoding::looks_binary;
use dxm_domain::import::validate::validate_records;
use dxm_domain::import::{
    detect_encoding, suggest_mapping, table_from_csv, table_from_json, validate, Encoding,
    ImportOptions, JsonInput,
};
use dxm_domain::library::{parse_backup, taken_ids, Backup, StoredSet};
use dxm_domain::matching::{exclusions, explain, rank, team::recommend, Query};
use dxm_domain::sheet::{render, Sheet, Style};
use dxm_domain::text::Lang;
use dxm_domain::{share, Assessment, GapReport, MatchSettings, Workspace};
use libfuzzer_sys::fuzz_target;

const SEP: u8 = 0x1E;

/// Bytes to text as the import worker decodes them (the browser's TextDecoder: WHATWG
/// Shift_JIS, which encoding_rs implements).
fn decode(bytes: &[u8]) -> String {
    match detect_encoding(bytes) {
        Encoding::Utf8Bom | Encoding::Utf8 => String::from_utf8_lossy(bytes)
            .trim_start_matches('\u{FEFF}')
            .to_owned(),
        Encoding::ShiftJis => encoding_rs::SHIFT_JIS.decode(bytes).0.into_owned(),
    }
}

/// The list as the import wizard would store it, if it validates.
fn import(bytes: &[u8]) -> Option<StoredSet> {
    let cat = common::cat();
    if looks_binary(bytes) {
        return None;
    }
    let text = decode(bytes);
    let opts = ImportOptions {
        default_programme: Some("pref_pool".into()),
        id_prefix: "L-".into(),
        taken_ids: taken_ids(cat, &[], None),
    };
    let (report, fictional, as_of) = if text.trim_start().starts_with(['[', '{']) {
        match table_from_json(&text).ok()? {
            JsonInput::Table(t) => (
                validate(&t, &suggest_mapping(&t.headers, cat), cat, &opts),
                false,
                String::new(),
            ),
            JsonInput::Pack(p) => (
                validate_records(p.profiles, cat, &opts),
                p.fictional,
                p.as_of,
            ),
        }
    } else {
        let t = table_from_csv(&text).ok()?;
        (
            validate(&t, &suggest_mapping(&t.headers, cat), cat, &opts),
            false,
            String::new(),
        )
    };
    assert!(report.error_count == 0 || report.records.is_empty());
    if !report.is_ok() {
        return None;
    }
    assert_eq!(report.records.len(), report.accepted);
    for r in &report.records {
        assert!(
            opts.taken_ids.binary_search(&r.id).is_err(),
            "a list reuses id {}",
            r.id
        );
    }
    Some(StoredSet {
        id: "list-1".into(),
        name: "list.csv".into(),
        source: "list.csv".into(),
        as_of,
        imported_ms: 1,
        enabled: true,
        fictional,
        standard: cat.standard.edition(),
        records: report.records,
    })
}

/// The assessment as the app loads one: the active one of a backup, a share link, or an
/// assessment object (as a portal hands it in).
fn assessment(bytes: &[u8]) -> Option<Assessment> {
    let cat = common::cat();
    let text = std::str::from_utf8(bytes).ok()?;
    if let Ok(p) = parse_backup(text, cat) {
        return Some(p.backup.workspace.active().clone());
    }
    let value = match serde_json::from_str::<serde_json::Value>(text) {
        Ok(v) => v,
        Err(_) => serde_json::Value::String(text.trim().to_owned()),
    };
    read_assessment(cat, value, "loaded").ok()
}

fuzz_target!(|data: &[u8]| {
    let cat = common::cat();
    let (list, rest) = match data.iter().position(|&b| b == SEP) {
        Some(at) => (&data[..at], Some(&data[at + 1..])),
        None => (data, None),
    };
    let set = import(list);
    let a = rest
        .and_then(assessment)
        .unwrap_or_else(common::preset_assessment);
    if set.is_none() && rest.is_none() {
        return;
    }
    let sets: Vec<StoredSet> = set.into_iter().collect();
    // With a list loaded the samples are hidden (the data page's switch), so that the input
    // decides what is matched and each run stays quick; without one they are what is matched.
    let hide_samples = !sets.is_empty();
    let (profiles, ix, skipped) = common::talent(&sets, hide_samples);
    assert!(skipped.is_empty(), "a list that validated does not resolve");
    let samples = if hide_samples {
        0
    } else {
        cat.profiles.profiles.len()
    };
    assert_eq!(
        profiles.len(),
        samples + sets.iter().map(|s| s.records.len()).sum::<usize>()
    );

    // Matching: every profile ranked or excluded with a reason; explanations agree.
    let q = Query::compile(cat, &ix, &a, &a.matching);
    let ranking = rank(&ix, &q, ix.len());
    assert_eq!(ranking.feasible + ranking.excluded, profiles.len());
    assert_eq!(ranking.top.len(), ranking.feasible);
    assert!(ranking.matching <= ranking.feasible);
    assert!(ranking
        .top
        .windows(2)
        .all(|w| w[0].score_milli >= w[1].score_milli));
    for r in ranking.top.iter().take(3) {
        let p = r.profile as usize;
        assert!(!ranking.is_excluded(p) && exclusions(&ix, &q, p).is_empty());
        let e = explain(cat, &ix, &q, p);
        assert_eq!(
            e.score_milli, r.score_milli,
            "explanation and ranking disagree"
        );
        assert!(r.score() <= 100);
    }
    for p in ranking.excluded_page(&ix, 0, 3) {
        assert!(!exclusions(&ix, &q, p as usize).is_empty());
    }

    // Team: within the team size, feasible members, no more than the gap.
    if let Some(team) = recommend(cat, &ix, &q, &ranking) {
        assert!(!team.members.is_empty());
        let size = a.matching.team_size.clamp(1, MatchSettings::MAX_TEAM);
        assert!(team.members.len() <= usize::from(size));
        assert!(team.value <= team.total);
        let mut ids: Vec<u32> = team.members.iter().map(|m| m.profile).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), team.members.len(), "a member twice");
        assert!(ids.iter().all(|&p| !ranking.is_excluded(p as usize)));
    }

    // Exports.
    let t = |x| format!("{x:?}");
    // One language a run (the input's length chooses), to keep runs quick.
    let lang = if data.len() % 2 == 0 {
        Lang::Ja
    } else {
        Lang::En
    };
    {
        let csv = ranking_csv(cat, &profiles, &ix, &q, lang, &t);
        assert!(csv.starts_with('\u{FEFF}') && csv.ends_with("\r\n"));
        // Read back by the app's own reader: one row per profile.
        let back = table_from_csv(csv.trim_start_matches('\u{FEFF}')).expect("ranking CSV reads");
        assert_eq!(back.rows.len(), profiles.len(), "ranking CSV rows");
        let gap = gap_csv(cat, &GapReport::new(&cat.standard, &a), lang, &t);
        assert!(gap.starts_with('\u{FEFF}'));
        let sheet = Sheet::build(cat, &a);
        for style in [Style::Markdown, Style::Text] {
            let _ = render(&sheet, cat, lang, style, &|x| format!("{x:?}"));
        }
    }

    // The backup restores to the same work.
    let b = Backup::new(Workspace::new(a.clone()), sets.clone(), hide_samples, 1);
    let restored = parse_backup(&b.to_json(), cat).expect("a backup restores");
    assert_eq!(restored.backup, b, "backup round trip");

    // The share link opens to the same assessment.
    let code = share::encode(cat, &a);
    let opened = share::decode(cat, &code, &a.id).expect("a share link opens");
    assert_eq!(
        share::encode(cat, &opened),
        code,
        "share link re-encodes differently"
    );
    let again = share::decode(cat, &share::encode(cat, &opened), &a.id).expect("reopens");
    assert_eq!(again, opened, "share link round trip");
    let (mine, _) = a.dense(&cat.standard);
    let (theirs, _) = opened.dense(&cat.standard);
    assert_eq!(mine, theirs, "share link ratings");
    assert_eq!(
        (a.fiscal_year, a.context.lgcode),
        (opened.fiscal_year, opened.context.lgcode),
        "share link context"
    );
});
