//! Imported profile lists kept in the browser, and the JSON backup of all local work (with a
//! version field and migrations). Restoring validates everything before anything is replaced.

use crate::assessment::Assessment;
use crate::catalog::Catalog;
use crate::import::validate::validate_records;
use crate::import::validate::Issue;
use crate::import::ImportOptions;
use crate::matching::MatchSettings;
use crate::profile::{resolve_all, Profile, ProfileRecord};
use crate::share;
use crate::workspace::Workspace;
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// One imported list (a prefecture's pool, the national list …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StoredSet {
    pub id: String,
    pub name: String,
    /// File name or pack address it came from.
    #[serde(default)]
    pub source: String,
    /// "As of" date given by the publisher, if any.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub as_of: String,
    #[serde(default)]
    pub imported_ms: u64,
    #[serde(default = "yes")]
    pub enabled: bool,
    /// Every profile is invented (a pack marked `fictional`): labelled as a sample in the UI.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub fictional: bool,
    /// The edition of the skill standard its levels refer to (`SkillStandard::edition`).
    #[serde(default = "builtin_edition")]
    pub standard: String,
    pub records: Vec<ProfileRecord>,
}

fn yes() -> bool {
    true
}

/// A list's records written as one JSON array, each record's end noted, so that the page can
/// read them a few hundred at a time (in tasks short enough to keep it responsive) and store
/// the text as it is. The import worker writes them once a list has validated.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WrittenRecords {
    /// `[record,record,…]`
    pub text: String,
    /// Byte offset in `text` just past each record.
    pub ends: Vec<u32>,
}

impl WrittenRecords {
    pub fn write(records: &[ProfileRecord]) -> WrittenRecords {
        let mut text = String::from("[");
        let mut ends = Vec::with_capacity(records.len());
        for (n, r) in records.iter().enumerate() {
            if n > 0 {
                text.push(',');
            }
            text.push_str(&serde_json::to_string(r).unwrap_or_default());
            ends.push(u32::try_from(text.len()).unwrap_or(u32::MAX));
        }
        text.push(']');
        WrittenRecords { text, ends }
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Reads records `range` (by position); an error says which record and why.
    pub fn read(&self, range: std::ops::Range<usize>) -> Result<Vec<ProfileRecord>, String> {
        range
            .map(|n| {
                let start = match n {
                    0 => Some(1),
                    n => self.ends.get(n - 1).map(|&e| e as usize + 1),
                };
                let end = self.ends.get(n).map(|&e| e as usize);
                let piece = start
                    .zip(end)
                    .and_then(|(start, end)| self.text.get(start..end))
                    .ok_or_else(|| format!("record {}: not in the text", n + 1))?;
                serde_json::from_str(piece).map_err(|e| format!("record {}: {e}", n + 1))
            })
            .collect()
    }
}

impl StoredSet {
    /// The JSON of this list (whose `records` are empty) with `records`, the JSON array of its
    /// records written beforehand (`WrittenRecords::text`): the same text as
    /// `serde_json::to_string` of the whole list.
    pub fn json_with_records(&self, records: &str) -> String {
        const EMPTY: &str = "[]}";
        let head = serde_json::to_string(&StoredSet {
            records: Vec::new(),
            ..self.clone()
        })
        .unwrap_or_default();
        // `records` is the last field, always written.
        match head.strip_suffix(EMPTY) {
            Some(head) => format!("{head}{records}}}"),
            None => head,
        }
    }
}

/// Saved before lists recorded their edition: the only edition there was.
fn builtin_edition() -> String {
    crate::standard::BUILTIN_EDITION.to_owned()
}

impl StoredSet {
    /// A user's correction of one person's levels after the import: each item given is set
    /// (z removes it) and marked as confirmed by the user, so it counts in full. Gives false
    /// when the list has no such person.
    pub fn correct_levels(&mut self, profile: &str, levels: &[(String, crate::Level)]) -> bool {
        let Some(r) = self.records.iter_mut().find(|r| r.id == profile) else {
            return false;
        };
        for (code, level) in levels {
            if *level == crate::Level::Z {
                r.skills.remove(code);
                r.basis.remove(code);
            } else {
                r.skills.insert(code, *level);
                r.basis
                    .insert(code.clone(), crate::profile::Basis::Confirmed);
            }
        }
        true
    }
}

/// The profiles to match against: the built-in samples (unless hidden) and every enabled list.
/// Lists that no longer validate (e.g. after a data update) are skipped and named.
pub fn compose<'a>(
    cat: &Catalog,
    sets: impl IntoIterator<Item = &'a StoredSet>,
    hide_samples: bool,
) -> (Vec<Profile>, Vec<String>) {
    let mut out: Vec<Profile> = if hide_samples {
        Vec::new()
    } else {
        cat.profiles.profiles.clone()
    };
    let mut skipped = Vec::new();
    for s in sets.into_iter().filter(|s| s.enabled) {
        match resolve_all(&s.name, &s.records, &cat.refs(), s.fictional) {
            Ok(mut p) => out.append(&mut p),
            Err(_) => skipped.push(s.name.clone()),
        }
    }
    (out, skipped)
}

/// Ids a new list may not reuse: the samples' and every stored list's (except `except`).
pub fn taken_ids<'a>(
    cat: &Catalog,
    sets: impl IntoIterator<Item = &'a StoredSet>,
    except: Option<&str>,
) -> Vec<String> {
    let mut v: Vec<String> = cat.profiles.profiles.iter().map(|p| p.id.clone()).collect();
    v.extend(
        sets.into_iter()
            .filter(|s| Some(s.id.as_str()) != except)
            .flat_map(|s| s.records.iter().map(|r| r.id.clone())),
    );
    v.sort();
    v.dedup();
    v
}

pub const BACKUP_FORMAT: &str = "dxm-backup";
pub const BACKUP_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Backup {
    pub format: String,
    pub version: u32,
    #[serde(default)]
    pub exported_ms: u64,
    pub workspace: Workspace,
    #[serde(default)]
    pub sets: Vec<StoredSet>,
    #[serde(default)]
    pub hide_samples: bool,
}

impl Backup {
    pub fn new(
        workspace: Workspace,
        sets: Vec<StoredSet>,
        hide_samples: bool,
        now_ms: u64,
    ) -> Backup {
        Backup {
            format: BACKUP_FORMAT.into(),
            version: BACKUP_VERSION,
            exported_ms: now_ms,
            workspace,
            sets,
            hide_samples,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Error, serde::Serialize, serde::Deserialize)]
pub enum BackupError {
    #[error("not valid JSON at line {line}, column {column}")]
    Json { line: usize, column: usize },
    #[error("this file is not a backup of this app")]
    NotABackup,
    #[error("the backup was made by a newer version (format {0})")]
    Newer(u32),
    #[error("the backup holds no assessment")]
    NoAssessment,
    /// A value no version of the app writes, which a share link made from the assessment (and
    /// so a portal or the prefecture view) would refuse: a fiscal year outside 2000–2100, a
    /// 団体コード no municipality or prefecture has.
    #[error("assessment \"{assessment}\": impossible {field}")]
    BadAssessment { assessment: String, field: String },
    #[error("list \"{set}\": line {}: {:?}", issue.line, issue.problem)]
    BadSet { set: String, issue: Issue },
    /// Two lists under one id (names the second).
    #[error("two lists have the same id (list \"{0}\")")]
    DuplicateSet(String),
    /// Two assessments under one id (names the second).
    #[error("two assessments have the same id (assessment \"{0}\")")]
    DuplicateAssessment(String),
}

/// The second element whose key an earlier one already has.
fn second<T>(items: &[T], key: impl Fn(&T) -> &String) -> Option<&T> {
    let mut seen = std::collections::HashSet::new();
    items.iter().find(|t| !seen.insert(key(t)))
}

/// What a restore would bring in, for the user to confirm.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RestorePreview {
    pub backup: Backup,
    /// Item codes that this version of the standard does not know (kept, shown as warnings).
    pub unknown_items: Vec<String>,
    pub migrated_from: Option<u32>,
}

/// Reads and checks a backup; nothing is replaced here. Accepts the current format and older
/// ones (version 0: a bare saved workspace), which are migrated.
pub fn parse_backup(text: &str, cat: &Catalog) -> Result<RestorePreview, BackupError> {
    let v: serde_json::Value =
        serde_json::from_str(text.trim_start_matches('\u{FEFF}')).map_err(|e| {
            BackupError::Json {
                line: e.line(),
                column: e.column(),
            }
        })?;
    let (backup, migrated_from) = match v.get("format").and_then(|f| f.as_str()) {
        Some(BACKUP_FORMAT) => {
            let version = v
                .get("version")
                .and_then(serde_json::Value::as_u64)
                .unwrap_or(0) as u32;
            if version > BACKUP_VERSION {
                return Err(BackupError::Newer(version));
            }
            let b: Backup = serde_json::from_value(v).map_err(|_| BackupError::NotABackup)?;
            (b, (version < BACKUP_VERSION).then_some(version))
        }
        Some(_) => return Err(BackupError::NotABackup),
        // Version 0: the workspace as saved in the browser, before backups had a format.
        None if v.get("assessments").is_some() => {
            let ws: Workspace = serde_json::from_value(v).map_err(|_| BackupError::NotABackup)?;
            (Backup::new(ws, Vec::new(), false, 0), Some(0))
        }
        None => return Err(BackupError::NotABackup),
    };
    let mut backup = backup;
    backup.version = BACKUP_VERSION;
    backup.format = BACKUP_FORMAT.into();
    if backup.workspace.version > Workspace::VERSION {
        return Err(BackupError::Newer(backup.workspace.version));
    }
    if backup.workspace.assessments.is_empty() {
        return Err(BackupError::NoAssessment);
    }
    if let Some(a) = second(&backup.workspace.assessments, |a| &a.id) {
        return Err(BackupError::DuplicateAssessment(a.name.clone()));
    }
    if let Some(s) = second(&backup.sets, |s| &s.id) {
        return Err(BackupError::DuplicateSet(s.name.clone()));
    }
    for a in &mut backup.workspace.assessments {
        // Team size and weights into the ranges the app offers (matching applies them so
        // anyway), so that a share link made from the assessment opens.
        a.matching.team_size = a.matching.team_size.clamp(1, MatchSettings::MAX_TEAM);
        a.matching.weights = a.matching.weights.normalised();
        let field = if !share::FISCAL_YEARS.contains(&a.fiscal_year) {
            Some("fiscal_year")
        } else if a
            .context
            .lgcode
            .is_some_and(|c| cat.geography.locality(c).is_none())
        {
            Some("lgcode")
        } else {
            None
        };
        if let Some(field) = field {
            return Err(BackupError::BadAssessment {
                assessment: a.name.clone(),
                field: field.to_owned(),
            });
        }
    }
    if backup.workspace.get(&backup.workspace.active).is_none() {
        backup.workspace.active = backup.workspace.assessments[0].id.clone();
    }
    let mut unknown_items: Vec<String> = backup
        .workspace
        .assessments
        .iter()
        .flat_map(|a: &Assessment| a.dense(&cat.standard).1)
        .collect();
    unknown_items.sort();
    unknown_items.dedup();
    // The same checks as an import: personal data, ids used twice or by the samples. What is
    // stored is what the checks give back (texts with personal data removed).
    let mut cleaned = Vec::with_capacity(backup.sets.len());
    for s in &backup.sets {
        let opts = ImportOptions {
            taken_ids: taken_ids(cat, &backup.sets, Some(&s.id)),
            ..ImportOptions::default()
        };
        let r = validate_records(s.records.clone(), cat, &opts);
        if let Some(issue) = r.errors.into_iter().next() {
            return Err(BackupError::BadSet {
                set: s.name.clone(),
                issue,
            });
        }
        cleaned.push(r.records);
    }
    for (s, records) in backup.sets.iter_mut().zip(cleaned) {
        s.records = records;
    }
    Ok(RestorePreview {
        backup,
        unknown_items,
        migrated_from,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_written_around_its_records_reads_as_written_whole() {
        let cat = Catalog::builtin().unwrap();
        let records = crate::samples::generate(&cat.standard, &cat.presets, &cat.geography)
            .profiles[..3]
            .to_vec();
        let meta = StoredSet {
            id: "list-1".into(),
            name: "北海道 \"人材\" プール".into(),
            source: "pool.csv".into(),
            as_of: "2026-04-01".into(),
            imported_ms: 1_790_000_000_000,
            enabled: true,
            fictional: false,
            standard: cat.standard.edition(),
            records: Vec::new(),
        };
        let whole = StoredSet {
            records: records.clone(),
            ..meta.clone()
        };
        let written = WrittenRecords::write(&records);
        assert_eq!(written.text, serde_json::to_string(&records).unwrap());
        let json = meta.json_with_records(&written.text);
        assert_eq!(json, serde_json::to_string(&whole).unwrap());
        assert_eq!(serde_json::from_str::<StoredSet>(&json).unwrap(), whole);
        // Read back in pieces, as the page does.
        let mut back = written.read(0..1).unwrap();
        back.extend(written.read(1..3).unwrap());
        assert_eq!(back, records);
        assert!(written.read(2..4).is_err());
        assert!(WrittenRecords::write(&[]).is_empty());
        assert_eq!(WrittenRecords::write(&[]).text, "[]");
    }

    fn ws() -> Workspace {
        let mut a = Assessment::new("a1", "R8", 2026);
        a.set_need("BT01", crate::Level::A);
        Workspace::new(a)
    }

    /// Profiles as a user's imported list holds them: ids of its own, not the samples'.
    fn own_records(cat: &Catalog, n: usize) -> Vec<ProfileRecord> {
        crate::samples::generate(&cat.standard, &cat.presets, &cat.geography).profiles[..n]
            .iter()
            .map(|r| ProfileRecord {
                id: format!("POOL-{}", r.id),
                ..r.clone()
            })
            .collect()
    }

    fn set(id: &str, name: &str, records: Vec<ProfileRecord>) -> StoredSet {
        StoredSet {
            id: id.into(),
            name: name.into(),
            source: "pool.csv".into(),
            as_of: String::new(),
            imported_ms: 1,
            enabled: true,
            fictional: false,
            standard: crate::standard::BUILTIN_EDITION.to_owned(),
            records,
        }
    }

    #[test]
    fn a_restore_gets_the_checks_of_an_import() {
        use crate::import::validate::Problem;
        let cat = Catalog::builtin().unwrap();
        let problem = |b: &Backup| match parse_backup(&b.to_json(), &cat) {
            Err(BackupError::BadSet { set, issue }) => {
                (set, issue.line, issue.problem, issue.value)
            }
            other => panic!("{other:?}"),
        };
        // An id the built-in samples use.
        let sample = crate::samples::generate(&cat.standard, &cat.presets, &cat.geography).profiles
            [0]
        .clone();
        let b = Backup::new(
            ws(),
            vec![set("s1", "県プール", vec![sample.clone()])],
            false,
            0,
        );
        assert_eq!(
            problem(&b),
            ("県プール".into(), 1, Problem::IdTaken, sample.id.clone())
        );
        // One id in two lists.
        let recs = own_records(&cat, 2);
        let b = Backup::new(
            ws(),
            vec![
                set("s1", "A", recs.clone()),
                set("s2", "B", recs[1..].to_vec()),
            ],
            false,
            0,
        );
        assert_eq!(problem(&b).2, Problem::IdTaken);
        // An id that is an e-mail address: refused, and not repeated.
        let mut recs = own_records(&cat, 1);
        recs[0].id = "taro@example.jp".into();
        let b = Backup::new(ws(), vec![set("s1", "A", recs)], false, 0);
        let (_, line, p, value) = problem(&b);
        assert!(matches!(p, Problem::PersonalId(_)) && line == 1 && value.is_empty());
        // Two lists or two assessments under one id.
        let b = Backup::new(
            ws(),
            vec![
                set("s1", "A", own_records(&cat, 1)),
                set("s1", "B", Vec::new()),
            ],
            false,
            0,
        );
        assert_eq!(
            parse_backup(&b.to_json(), &cat),
            Err(BackupError::DuplicateSet("B".into()))
        );
        let mut w = ws();
        w.assessments.push(Assessment::new("a1", "copy", 2026));
        let b = Backup::new(w, Vec::new(), false, 0);
        assert_eq!(
            parse_backup(&b.to_json(), &cat),
            Err(BackupError::DuplicateAssessment("copy".into()))
        );
        // A workspace saved by a newer version inside a current backup.
        let mut b = Backup::new(ws(), Vec::new(), false, 0);
        b.workspace.version = Workspace::VERSION + 1;
        assert_eq!(
            parse_backup(&b.to_json(), &cat),
            Err(BackupError::Newer(Workspace::VERSION + 1))
        );
        // What is stored is cleaned: personal data in a summary is removed.
        let mut recs = own_records(&cat, 1);
        recs[0].summary_ja = "連絡先 taro@example.jp まで".into();
        let b = Backup::new(ws(), vec![set("s1", "A", recs)], false, 0);
        let p = parse_backup(&b.to_json(), &cat).unwrap();
        assert!(!p.backup.sets[0].records[0].summary_ja.contains("taro@"));
    }

    #[test]
    fn backups_round_trip_and_old_formats_migrate() {
        let cat = Catalog::builtin().unwrap();
        let b = Backup::new(
            ws(),
            vec![set("s1", "pool", own_records(&cat, 2))],
            true,
            42,
        );
        let p = parse_backup(&b.to_json(), &cat).unwrap();
        assert_eq!((p.backup, p.migrated_from), (b, None));
        // Version 0: a bare workspace.
        let bare = serde_json::to_string(&ws()).unwrap();
        let p = parse_backup(&bare, &cat).unwrap();
        assert_eq!(
            (p.migrated_from, p.backup.version, p.backup.workspace),
            (Some(0), BACKUP_VERSION, ws())
        );
    }

    #[test]
    fn bad_backups_are_refused_before_anything_changes() {
        let cat = Catalog::builtin().unwrap();
        assert!(matches!(
            parse_backup("{", &cat),
            Err(BackupError::Json { .. })
        ));
        assert_eq!(
            parse_backup("{\"format\":\"other\"}", &cat),
            Err(BackupError::NotABackup)
        );
        assert_eq!(parse_backup("[1,2]", &cat), Err(BackupError::NotABackup));
        let newer = r#"{"format":"dxm-backup","version":99,"workspace":{}}"#;
        assert_eq!(parse_backup(newer, &cat), Err(BackupError::Newer(99)));
        let mut b = Backup::new(ws(), Vec::new(), false, 0);
        b.workspace.assessments.clear();
        assert_eq!(
            parse_backup(&b.to_json(), &cat),
            Err(BackupError::NoAssessment)
        );
        let mut b = Backup::new(ws(), Vec::new(), false, 0);
        let mut rec = own_records(&cat, 1).remove(0);
        rec.base_prefecture = Some(99);
        b.sets.push(StoredSet {
            id: "x".into(),
            name: "broken".into(),
            source: String::new(),
            as_of: String::new(),
            imported_ms: 0,
            enabled: true,
            fictional: false,
            standard: crate::standard::BUILTIN_EDITION.to_owned(),
            records: vec![rec],
        });
        assert!(matches!(
            parse_backup(&b.to_json(), &cat),
            Err(BackupError::BadSet {
                issue: Issue { line: 1, .. },
                ..
            })
        ));
        // Unknown item codes are kept and listed, not dropped.
        let mut b = Backup::new(ws(), Vec::new(), false, 0);
        b.workspace.assessments[0].set_need("ZZ99", crate::Level::B);
        assert_eq!(
            parse_backup(&b.to_json(), &cat).unwrap().unknown_items,
            ["ZZ99"]
        );
    }

    #[test]
    fn composed_profiles_follow_the_switches() {
        let cat = Catalog::builtin().unwrap();
        let recs = crate::samples::synthetic(&cat, 10);
        let records: Vec<ProfileRecord> =
            crate::samples::generate(&cat.standard, &cat.presets, &cat.geography).profiles[..3]
                .iter()
                .map(|r| ProfileRecord {
                    id: format!("IMP-{}", r.id),
                    ..r.clone()
                })
                .collect();
        let mut set = StoredSet {
            id: "s".into(),
            name: "list".into(),
            source: String::new(),
            as_of: String::new(),
            imported_ms: 0,
            enabled: true,
            fictional: false,
            standard: crate::standard::BUILTIN_EDITION.to_owned(),
            records,
        };
        assert_eq!(
            compose(&cat, std::slice::from_ref(&set), false).0.len(),
            343
        );
        assert_eq!(compose(&cat, std::slice::from_ref(&set), true).0.len(), 3);
        assert!(compose(&cat, std::slice::from_ref(&set), true)
            .0
            .iter()
            .all(|p| !p.sample));
        set.enabled = false;
        assert_eq!(compose(&cat, std::slice::from_ref(&set), true).0.len(), 0);
        assert_eq!(recs.len(), 10);
        let taken = taken_ids(&cat, std::slice::from_ref(&set), None);
        assert!(
            taken.contains(&"IMP-SAMPLE-ADV-001".to_owned())
                && taken.contains(&"SAMPLE-ADV-001".to_owned())
        );
        assert!(!taken_ids(&cat, std::slice::from_ref(&set), Some("s"))
            .contains(&"IMP-SAMPLE-ADV-001".to_owned()));
    }
}
