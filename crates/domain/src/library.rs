//! Imported profile lists kept in the browser, and the JSON backup of all local work (with a
//! version field and migrations). Restoring validates everything before anything is replaced.

use crate::assessment::Assessment;
use crate::catalog::Catalog;
use crate::import::validate::validate_records;
use crate::import::ImportOptions;
use crate::profile::{resolve_all, Profile, ProfileRecord};
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
                r.skills.insert(code.clone(), level.letter().to_string());
                r.basis
                    .insert(code.clone(), crate::profile::Basis::Confirmed);
            }
        }
        true
    }
}

/// The profiles to match against: the built-in samples (unless hidden) and every enabled list.
/// Lists that no longer validate (e.g. after a data update) are skipped and named.
pub fn compose(
    cat: &Catalog,
    sets: &[StoredSet],
    hide_samples: bool,
) -> (Vec<Profile>, Vec<String>) {
    let mut out: Vec<Profile> = if hide_samples {
        Vec::new()
    } else {
        cat.profiles.profiles.clone()
    };
    let mut skipped = Vec::new();
    for s in sets.iter().filter(|s| s.enabled) {
        match resolve_all(&s.name, &s.records, &cat.refs(), s.fictional) {
            Ok(mut p) => out.append(&mut p),
            Err(_) => skipped.push(s.name.clone()),
        }
    }
    (out, skipped)
}

/// Ids a new list may not reuse: the samples' and every stored list's (except `except`).
pub fn taken_ids(cat: &Catalog, sets: &[StoredSet], except: Option<&str>) -> Vec<String> {
    let mut v: Vec<String> = cat.profiles.profiles.iter().map(|p| p.id.clone()).collect();
    v.extend(
        sets.iter()
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
    #[error("list \"{set}\": line {line}: {message}")]
    BadSet {
        set: String,
        line: usize,
        message: String,
    },
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
    if backup.workspace.assessments.is_empty() {
        return Err(BackupError::NoAssessment);
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
    for s in &backup.sets {
        let r = validate_records(s.records.clone(), cat, &ImportOptions::default());
        if let Some(e) = r.errors.first() {
            return Err(BackupError::BadSet {
                set: s.name.clone(),
                line: e.line,
                message: format!("{:?} {}", e.problem, e.value),
            });
        }
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

    fn ws() -> Workspace {
        let mut a = Assessment::new("a1", "R8", 2026);
        a.set_need("BT01", crate::Level::A);
        Workspace::new(a)
    }

    #[test]
    fn backups_round_trip_and_old_formats_migrate() {
        let cat = Catalog::builtin().unwrap();
        let set = StoredSet {
            id: "s1".into(),
            name: "pool".into(),
            source: "pool.csv".into(),
            as_of: String::new(),
            imported_ms: 1,
            enabled: true,
            fictional: false,
            standard: crate::standard::BUILTIN_EDITION.to_owned(),
            records: crate::samples::generate(&cat.standard, &cat.presets, &cat.geography).profiles
                [..2]
                .to_vec(),
        };
        let b = Backup::new(ws(), vec![set], true, 42);
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
        let mut rec = crate::samples::generate(&cat.standard, &cat.presets, &cat.geography)
            .profiles[0]
            .clone();
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
            Err(BackupError::BadSet { line: 1, .. })
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
