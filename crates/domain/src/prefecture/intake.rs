//! Reading what municipalities hand in — backup files (`dxm-backup` JSON) and share links, in
//! the formats the app already exports — and deciding which assessments count for the chosen
//! prefecture and fiscal year. Nothing is dropped silently: every assessment that does not
//! count is reported with its source and the reason.

use crate::assessment::Assessment;
use crate::catalog::Catalog;
use crate::geo::Locality;
use crate::library::{parse_backup, BackupError};
use crate::limits::{FileKind, TooLarge};
use crate::share::{self, ShareError};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use thiserror::Error;

/// Largest file read (a backup of one municipality is a few kilobytes; 179 links ~100 KB): the
/// limit of a submission (`limits::FileKind::Submission`), which the page checks on the file's
/// size before reading it; checked here again on what was read or pasted.
pub const MAX_FILE_BYTES: usize = FileKind::Submission.max_bytes() as usize;
/// Most entries one file may yield, so a damaged file cannot flood the report.
pub const MAX_ENTRIES_PER_FILE: usize = 5_000;

/// Where an assessment came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub file: String,
    /// Line of a file of links (1-based); `None` for a backup or a single pasted link.
    pub line: Option<u32>,
    /// Position in the order things were loaded: later loads win ties between duplicates.
    pub order: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Error, Serialize, Deserialize)]
pub enum ReadError {
    #[error("the file is empty")]
    Empty,
    /// Larger than a submission may be: not read (the page checks the file's size first).
    #[error("{0}")]
    TooLarge(TooLarge),
    #[error("backup: {0}")]
    Backup(BackupError),
    #[error("share link: {0}")]
    Link(ShareError),
    #[error("this line is neither a share link nor empty")]
    NotALink,
    /// A text file in which no line holds a share link (e.g. a talent list chosen by mistake):
    /// reported once, not line by line.
    #[error("the file holds no share link")]
    NoLinks,
    #[error("more than {MAX_ENTRIES_PER_FILE} assessments in one file; the rest were not read")]
    TooMany,
}

/// One assessment found in a file, or what stopped it from being read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub source: Source,
    pub result: Result<Assessment, ReadError>,
}

/// Reads one file (or pasted text): a backup yields each of its assessments, a text yields one
/// entry per non-empty line, which must hold a share link (`…#/share/<code>`) or a bare code.
/// `order` numbers the entries from `first_order` on.
pub fn read(cat: &Catalog, file: &str, text: &str, first_order: u32) -> Vec<Entry> {
    let mut order = first_order;
    let mut entry = |line: Option<u32>, result| {
        let e = Entry {
            source: Source {
                file: file.to_owned(),
                line,
                order,
            },
            result,
        };
        order += 1;
        e
    };
    if text.len() > MAX_FILE_BYTES {
        return vec![entry(
            None,
            Err(ReadError::TooLarge(TooLarge {
                kind: FileKind::Submission,
                size: text.len() as u64,
            })),
        )];
    }
    let text = text.trim_start_matches('\u{FEFF}');
    if text.trim().is_empty() {
        return vec![entry(None, Err(ReadError::Empty))];
    }
    if text.trim_start().starts_with(['{', '[']) {
        return match parse_backup(text, cat) {
            Ok(preview) => preview
                .backup
                .workspace
                .assessments
                .into_iter()
                .take(MAX_ENTRIES_PER_FILE)
                .map(|a| entry(None, Ok(a)))
                .collect(),
            Err(e) => vec![entry(None, Err(ReadError::Backup(e)))],
        };
    }
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .collect();
    if lines.iter().all(|(_, l)| link_code(l).is_none()) {
        return vec![entry(None, Err(ReadError::NoLinks))];
    }
    let single = lines.len() == 1;
    let mut out = Vec::new();
    for (n, l) in lines {
        if out.len() == MAX_ENTRIES_PER_FILE {
            out.push(entry(Some(n as u32 + 1), Err(ReadError::TooMany)));
            break;
        }
        let line = (!single).then_some(n as u32 + 1);
        let result = match link_code(l) {
            Some(code) => {
                share::decode(cat, code, &format!("{file}#{}", n + 1)).map_err(ReadError::Link)
            }
            None => Err(ReadError::NotALink),
        };
        out.push(entry(line, result));
    }
    out
}

/// The entry of a file refused on its size before it was read.
pub fn too_large(file: &str, e: TooLarge, order: u32) -> Entry {
    Entry {
        source: Source {
            file: file.to_owned(),
            line: None,
            order,
        },
        result: Err(ReadError::TooLarge(e)),
    }
}

/// What the prefecture view keeps in the browser between visits: the entries as read — the
/// assessments, and why a file or line was not read, never the files themselves (a file chosen
/// by mistake, such as a talent list with names, leaves nothing but its name and the reason) —
/// and the choices made.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Kept {
    pub version: u32,
    pub entries: Vec<Entry>,
    pub settings: IntakeSettings,
    /// The user chose the settings (loading no longer changes them).
    pub chosen: bool,
    pub capacity: u8,
    /// Fictional demonstration data is among the entries.
    pub demo: bool,
}

impl Kept {
    pub const VERSION: u32 = 1;

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// `None` for anything that is not what this version keeps (then nothing is restored).
    pub fn from_json(json: &str) -> Option<Kept> {
        serde_json::from_str::<Kept>(json)
            .ok()
            .filter(|k| k.version == Kept::VERSION)
    }
}

/// The code of a share link: what follows `#/share/` in a URL, or a bare code.
fn link_code(line: &str) -> Option<&str> {
    let is_code_byte = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'_';
    let line = line.trim();
    let code = match line.find("#/share/") {
        // In a URL the code ends where its alphabet does: links saved from Excel as CSV
        // (`"札幌市","https://…#/share/<code>","2026/11/21"`) or pasted into a sentence.
        Some(i) => {
            let rest = &line[i + "#/share/".len()..];
            let end = rest
                .bytes()
                .position(|b| !is_code_byte(b))
                .unwrap_or(rest.len());
            &rest[..end]
        }
        None => line
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_matches(|c| c == '"' || c == ','),
    };
    let is_code = code.len() >= 8 && code.bytes().all(is_code_byte);
    is_code.then_some(code)
}

/// What the prefecture is gathering: its municipalities' assessments of one fiscal year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct IntakeSettings {
    /// Prefecture code, 1–47.
    pub prefecture: u8,
    pub fiscal_year: u16,
}

/// Why an assessment does not count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Issue {
    Unreadable(ReadError),
    /// The assessment names no organisation.
    NoOrganisation,
    /// The assessment is the prefecture's own (or another prefecture's), not a municipality's.
    PrefectureItself,
    /// A municipality of another prefecture.
    OtherPrefecture {
        prefecture: u8,
    },
    /// Made for another fiscal year than the one gathered.
    OtherYear {
        year: u16,
    },
    /// The municipality handed in more than one; the newest (then the one loaded last) counts.
    Duplicate {
        kept: Source,
    },
}

/// An assessment that does not count, with enough to find it again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    pub source: Source,
    /// Name of the assessment, when it could be read.
    pub name: String,
    pub lgcode: Option<u32>,
    pub issue: Issue,
}

/// An assessment that counts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Submission {
    pub source: Source,
    pub lgcode: u32,
    pub assessment: Assessment,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Intake {
    pub settings: IntakeSettings,
    /// One per municipality, in 団体コード order.
    pub accepted: Vec<Submission>,
    /// In load order.
    pub rejected: Vec<Rejected>,
    /// Municipalities of the prefecture with no assessment that counts, in 団体コード order.
    pub missing: Vec<u32>,
    /// Municipalities of the prefecture.
    pub expected: usize,
}

impl Intake {
    pub fn count(&self, f: impl Fn(&Issue) -> bool) -> usize {
        self.rejected.iter().filter(|r| f(&r.issue)).count()
    }

    pub fn assessments(&self) -> Vec<&Assessment> {
        self.accepted.iter().map(|s| &s.assessment).collect()
    }
}

/// Decides which entries count; the same entries and settings always give the same result.
pub fn sort(cat: &Catalog, entries: &[Entry], s: IntakeSettings) -> Intake {
    let mut rejected = Vec::new();
    let mut by_municipality: BTreeMap<u32, Vec<&Entry>> = BTreeMap::new();
    for e in entries {
        let reject = |issue, a: Option<&Assessment>| Rejected {
            source: e.source.clone(),
            name: a.map(|a| a.name.clone()).unwrap_or_default(),
            lgcode: a.and_then(|a| a.context.lgcode),
            issue,
        };
        let a = match &e.result {
            Ok(a) => a,
            Err(err) => {
                rejected.push(reject(Issue::Unreadable(err.clone()), None));
                continue;
            }
        };
        let issue = match a.context.lgcode.and_then(|c| cat.geography.locality(c)) {
            None => Some(Issue::NoOrganisation),
            Some(Locality::Prefecture(_)) => Some(Issue::PrefectureItself),
            Some(l) if l.pref_code() != s.prefecture => Some(Issue::OtherPrefecture {
                prefecture: l.pref_code(),
            }),
            Some(_) if a.fiscal_year != s.fiscal_year => Some(Issue::OtherYear {
                year: a.fiscal_year,
            }),
            Some(l) => {
                by_municipality.entry(l.lgcode()).or_default().push(e);
                None
            }
        };
        if let Some(issue) = issue {
            rejected.push(reject(issue, Some(a)));
        }
    }
    let mut accepted = Vec::new();
    for (lgcode, group) in by_municipality {
        let newest = |e: &&Entry| {
            let a = e.result.as_ref().ok();
            (a.map_or(0, |a| a.updated_ms), e.source.order)
        };
        let Some(kept) = group.iter().copied().max_by_key(newest) else {
            continue;
        };
        for e in group.iter().filter(|e| !std::ptr::eq(**e, kept)) {
            let a = e.result.as_ref().ok();
            rejected.push(Rejected {
                source: e.source.clone(),
                name: a.map(|a| a.name.clone()).unwrap_or_default(),
                lgcode: Some(lgcode),
                issue: Issue::Duplicate {
                    kept: kept.source.clone(),
                },
            });
        }
        if let Ok(a) = &kept.result {
            accepted.push(Submission {
                source: kept.source.clone(),
                lgcode,
                assessment: a.clone(),
            });
        }
    }
    rejected.sort_by_key(|r| r.source.order);
    let municipalities = cat
        .geography
        .municipalities
        .iter()
        .filter(|m| m.pref == s.prefecture);
    let expected = municipalities.clone().count();
    let missing = municipalities
        .map(|m| m.lgcode)
        .filter(|c| accepted.binary_search_by_key(c, |s| s.lgcode).is_err())
        .collect();
    Intake {
        settings: s,
        accepted,
        rejected,
        missing,
        expected,
    }
}

/// The prefecture and fiscal year most of the readable entries are for (ties: the lower
/// prefecture code, the later year), to preselect what the user most likely gathers.
pub fn likely_settings(cat: &Catalog, entries: &[Entry]) -> Option<IntakeSettings> {
    let mut count: BTreeMap<(u8, u16), usize> = BTreeMap::new();
    for a in entries.iter().filter_map(|e| e.result.as_ref().ok()) {
        if let Some(Locality::Municipality(m)) =
            a.context.lgcode.and_then(|c| cat.geography.locality(c))
        {
            *count.entry((m.pref, a.fiscal_year)).or_default() += 1;
        }
    }
    let mut by_pref: BTreeMap<u8, usize> = BTreeMap::new();
    for (&(p, _), n) in &count {
        *by_pref.entry(p).or_default() += n;
    }
    let prefecture = by_pref
        .iter()
        .max_by_key(|(p, n)| (**n, std::cmp::Reverse(**p)))
        .map(|(p, _)| *p)?;
    let fiscal_year = count
        .iter()
        .filter(|((p, _), _)| *p == prefecture)
        .max_by_key(|((_, y), n)| (**n, *y))
        .map(|((_, y), _)| *y)?;
    Some(IntakeSettings {
        prefecture,
        fiscal_year,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_codes_are_found_in_urls_and_alone() {
        assert_eq!(
            link_code("https://example.jp/app/#/share/AQEx-_9abc"),
            Some("AQEx-_9abc")
        );
        assert_eq!(link_code("  AQEx-_9abcdef  "), Some("AQEx-_9abcdef"));
        assert_eq!(
            link_code("札幌市 https://x/#/share/AQEx-_9abc 提出"),
            Some("AQEx-_9abc")
        );
        // A list of links saved from Excel as CSV, and a bare code in quotes.
        assert_eq!(
            link_code(r#""札幌市","https://x/#/share/AQEx-_9abc","2026/11/21""#),
            Some("AQEx-_9abc")
        );
        assert_eq!(link_code(r#""AQEx-_9abcdef","#), Some("AQEx-_9abcdef"));
        assert_eq!(link_code("札幌市の評価です"), None);
        assert_eq!(link_code("short"), None);
        assert_eq!(link_code("https://x/#/share/"), None);
    }
}
