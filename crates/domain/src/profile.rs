//! Anonymised talent profiles. A profile never carries a name, contact or date of birth: only
//! what matching needs (skills, 人材像, domains, base, coverage, modes, experience).

use crate::crosswalk::Crosswalk;
use crate::error::DataError;
use crate::geo::Geography;
use crate::level::Level;
use crate::presets::Presets;
use crate::programme::{Modes, ProgrammeSet};
use crate::standard::SkillStandard;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};

mod skills;
pub use skills::Skills;

/// Where a person can work on site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Coverage {
    Nationwide,
    Regions { ids: Vec<String> },
    Prefectures { codes: Vec<u8> },
}

/// How much time a person can give (the registration bands of the 人材プール, seed 003),
/// from least to most.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DaysBand {
    /// 月1日以下
    Month1OrLess,
    /// 月2～3日程度
    Month2To3,
    /// 週1～2日程度
    Week1To2,
    /// 週3日以上
    Week3Plus,
}

impl DaysBand {
    pub const ALL: [DaysBand; 4] = [
        DaysBand::Month1OrLess,
        DaysBand::Month2To3,
        DaysBand::Week1To2,
        DaysBand::Week3Plus,
    ];
}

/// For how long a person can commit (registration bands of the 人材プール), shortest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PeriodBand {
    /// 1年未満
    UnderOneYear,
    /// 1～3年
    OneToThreeYears,
    /// 3年以上
    ThreeYearsOrMore,
}

impl PeriodBand {
    pub const ALL: [PeriodBand; 3] = [
        PeriodBand::UnderOneYear,
        PeriodBand::OneToThreeYears,
        PeriodBand::ThreeYearsOrMore,
    ];

    /// The shortest band that covers an engagement of `months`.
    pub fn for_months(months: u16) -> PeriodBand {
        match months {
            0..=11 => PeriodBand::UnderOneYear,
            12..=36 => PeriodBand::OneToThreeYears,
            _ => PeriodBand::ThreeYearsOrMore,
        }
    }
}

/// Where a profile's level for one item comes from. The score counts an inferred level at the
/// crosswalk's discount; every other basis counts in full.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// As the list (or the person) states it.
    #[default]
    Declared,
    /// Backed by a qualification the person holds (crosswalk `qualifications`).
    Qualification,
    /// Inferred from field tags or free text through the crosswalk (a conservative guess).
    Inferred,
    /// Set or checked by the user after the import.
    Confirmed,
}

impl Basis {
    pub fn is_inferred(self) -> bool {
        self == Basis::Inferred
    }
}

/// A profile as written in files (item codes and level letters).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileRecord {
    pub id: String,
    pub programme: String,
    pub personas: Vec<String>,
    pub skills: Skills,
    pub domains: Vec<String>,
    pub affiliation: String,
    /// Prefecture code (1–47) of the person's base; absent when the list does not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_prefecture: Option<u8>,
    pub coverage: Coverage,
    pub modes: Modes,
    /// Field tags and key terms recognised in the list (as the crosswalk names them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// For the items of `skills` whose level is not simply declared: where it comes from.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub basis: BTreeMap<String, Basis>,
    /// Time the person can give, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<DaysBand>,
    /// How long the person can commit, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<PeriodBand>,
    pub experience_years: u8,
    #[serde(default)]
    pub qualifications: Vec<String>,
    #[serde(default)]
    pub track_record: u16,
    #[serde(default)]
    pub summary_ja: String,
    #[serde(default)]
    pub summary_en: String,
}

impl ProfileRecord {
    /// Every item of the standard with this record's level (z where it names none or cannot be
    /// read) and where the level comes from: what a user checks before correcting it.
    pub fn item_levels(&self, standard: &SkillStandard) -> Vec<(String, Level, Basis)> {
        standard
            .items()
            .iter()
            .map(|it| {
                let basis = self.basis.get(&it.id).copied().unwrap_or_default();
                (it.id.clone(), self.level_of(&it.id), basis)
            })
            .collect()
    }

    /// The corrections an edit of [`Self::item_levels`] makes: every item whose level changed
    /// and, with `confirm_inferred`, every inferred one kept as it is (confirming it).
    pub fn corrections(
        &self,
        edited: &[(String, Level)],
        confirm_inferred: bool,
    ) -> Vec<(String, Level)> {
        edited
            .iter()
            .filter(|(code, level)| {
                let inferred = self.basis.get(code) == Some(&Basis::Inferred);
                self.level_of(code) != *level || (confirm_inferred && inferred)
            })
            .cloned()
            .collect()
    }

    fn level_of(&self, code: &str) -> Level {
        self.skills
            .get(code)
            .and_then(Level::from_letter)
            .unwrap_or(Level::Z)
    }
}

/// A validated profile with its skills laid out densely in the standard's item order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Profile {
    pub id: String,
    pub programme: String,
    pub personas: Vec<String>,
    /// One level per item of the standard (`Level::Z` where the profile names none).
    pub levels: Vec<Level>,
    /// Where each level comes from, per item of the standard.
    pub basis: Vec<Basis>,
    pub domains: Vec<String>,
    pub affiliation: String,
    /// `None` when the list does not say.
    pub base_prefecture: Option<u8>,
    pub coverage: Coverage,
    pub modes: Modes,
    pub tags: Vec<String>,
    pub days: Option<DaysBand>,
    pub period: Option<PeriodBand>,
    pub experience_years: u8,
    pub qualifications: Vec<String>,
    pub track_record: u16,
    pub summary_ja: String,
    pub summary_en: String,
    /// True for the built-in fictional sample profiles.
    pub sample: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProfileFile {
    pub id: String,
    pub ja: String,
    pub en: String,
    pub as_of: String,
    pub source: String,
    /// True when every profile is invented (sample data); the UI labels them as such.
    pub fictional: bool,
    pub profiles: Vec<ProfileRecord>,
}

#[derive(Debug, Clone)]
pub struct ProfileSet {
    pub id: String,
    pub ja: String,
    pub en: String,
    pub as_of: String,
    pub source: String,
    pub fictional: bool,
    pub profiles: Vec<Profile>,
}

pub struct Refs<'a> {
    pub standard: &'a SkillStandard,
    pub presets: &'a Presets,
    pub programmes: &'a ProgrammeSet,
    pub crosswalk: &'a Crosswalk,
    pub geography: &'a Geography,
}

impl ProfileSet {
    pub const SAMPLE_FILE: &'static str = "sample_profiles.json";

    /// No profiles (the first screen's catalogue, before the samples are read).
    pub fn empty() -> Self {
        ProfileSet {
            id: String::new(),
            ja: String::new(),
            en: String::new(),
            as_of: String::new(),
            source: String::new(),
            fictional: true,
            profiles: Vec::new(),
        }
    }

    pub fn from_json(file: &str, json: &str, refs: &Refs<'_>) -> Result<Self, DataError> {
        let raw: ProfileFile = serde_json::from_str(json).map_err(|e| DataError::json(file, &e))?;
        let profiles = resolve_all(file, &raw.profiles, refs, raw.fictional)?;
        Ok(ProfileSet {
            id: raw.id,
            ja: raw.ja,
            en: raw.en,
            as_of: raw.as_of,
            source: raw.source,
            fictional: raw.fictional,
            profiles,
        })
    }
}

/// Validates records against the catalogue (ids unique, every reference known).
pub fn resolve_all(
    file: &str,
    records: &[ProfileRecord],
    refs: &Refs<'_>,
    sample: bool,
) -> Result<Vec<Profile>, DataError> {
    let mut ids = HashSet::with_capacity(records.len());
    records
        .iter()
        .map(|r| {
            if !ids.insert(r.id.as_str()) {
                return Err(DataError::DuplicateId {
                    file: file.into(),
                    id: r.id.clone(),
                });
            }
            resolve(file, r, refs, sample)
        })
        .collect()
}

/// Checks a record against the catalogue, laying its levels and their basis out in `levels`
/// and `basis` (all `Z` and `Declared` to begin with).
fn check(
    file: &str,
    r: &ProfileRecord,
    refs: &Refs<'_>,
    levels: &mut [Level],
    basis: &mut [Basis],
) -> Result<(), DataError> {
    // Only formatted for an error: most records have none.
    let ctx = || format!("profile {}", r.id);
    let unknown = |kind: &'static str, id: &str| DataError::UnknownReference {
        file: file.into(),
        context: ctx(),
        kind,
        id: id.into(),
    };
    if r.id.trim().is_empty() {
        return Err(DataError::invalid(
            file,
            "profile",
            "a profile without an id",
        ));
    }
    if refs.programmes.get(&r.programme).is_none() {
        return Err(unknown("programme", &r.programme));
    }
    if let Some(p) = r
        .personas
        .iter()
        .find(|p| refs.presets.persona(p).is_none())
    {
        return Err(unknown("人材像", p));
    }
    if let Some(d) = r.domains.iter().find(|d| refs.presets.domain(d).is_none()) {
        return Err(unknown("取組分野", d));
    }
    if refs.presets.affiliation(&r.affiliation).is_none() {
        return Err(unknown("affiliation", &r.affiliation));
    }
    if let Some(q) = r
        .qualifications
        .iter()
        .find(|q| refs.presets.qualification(q).is_none())
    {
        return Err(unknown("qualification", q));
    }
    if let Some(b) = r.base_prefecture {
        if refs.geography.prefecture(b).is_none() {
            return Err(unknown("prefecture", &b.to_string()));
        }
    }
    match &r.coverage {
        Coverage::Nationwide => {}
        Coverage::Regions { ids } => {
            if let Some(id) = ids
                .iter()
                .find(|id| !refs.geography.regions.iter().any(|g| &g.id == *id))
            {
                return Err(unknown("region", id));
            }
        }
        Coverage::Prefectures { codes } => {
            if let Some(c) = codes
                .iter()
                .find(|&&c| refs.geography.prefecture(c).is_none())
            {
                return Err(unknown("prefecture", &c.to_string()));
            }
        }
    }
    if !r.modes.onsite && !r.modes.online {
        return Err(DataError::invalid(
            file,
            ctx(),
            "available neither on site nor online",
        ));
    }
    let item = |code: &str| {
        refs.standard
            .idx(code)
            .ok_or_else(|| DataError::UnknownItem {
                file: file.into(),
                context: ctx(),
                id: code.into(),
            })
    };
    for (code, letter) in r.skills.iter() {
        let idx = item(code)?;
        levels[idx.get()] =
            Level::from_letter(letter).ok_or_else(|| DataError::LevelOutOfRange {
                file: file.into(),
                context: format!("{}, item {code}", ctx()),
                value: letter.to_owned(),
            })?;
    }
    for (code, b) in &r.basis {
        let idx = item(code)?;
        if levels[idx.get()] == Level::Z {
            return Err(DataError::invalid(
                file,
                ctx(),
                format!("item {code} has a basis but no level"),
            ));
        }
        basis[idx.get()] = *b;
    }
    Ok(())
}

/// The checks of `resolve_all` without building the profiles: the same error for the same
/// records, for an import that only needs to know whether the catalogue accepts them.
pub fn check_all(file: &str, records: &[ProfileRecord], refs: &Refs<'_>) -> Result<(), DataError> {
    let mut ids = HashSet::with_capacity(records.len());
    let mut levels = vec![Level::Z; refs.standard.len()];
    let mut basis = vec![Basis::Declared; refs.standard.len()];
    for r in records {
        if !ids.insert(r.id.as_str()) {
            return Err(DataError::DuplicateId {
                file: file.into(),
                id: r.id.clone(),
            });
        }
        levels.fill(Level::Z);
        basis.fill(Basis::Declared);
        check(file, r, refs, &mut levels, &mut basis)?;
    }
    Ok(())
}

fn resolve(
    file: &str,
    r: &ProfileRecord,
    refs: &Refs<'_>,
    sample: bool,
) -> Result<Profile, DataError> {
    let mut levels = vec![Level::Z; refs.standard.len()];
    let mut basis = vec![Basis::Declared; refs.standard.len()];
    check(file, r, refs, &mut levels, &mut basis)?;
    // A declared level that a qualification of the person reaches is backed by it.
    for q in &r.qualifications {
        for s in refs.crosswalk.qualification(q) {
            let i = s.item.get();
            if basis[i] == Basis::Declared && levels[i] > Level::Z && levels[i] <= s.level {
                basis[i] = Basis::Qualification;
            }
        }
    }
    Ok(Profile {
        id: r.id.clone(),
        programme: r.programme.clone(),
        personas: r.personas.clone(),
        levels,
        basis,
        domains: r.domains.clone(),
        affiliation: r.affiliation.clone(),
        base_prefecture: r.base_prefecture,
        coverage: r.coverage.clone(),
        modes: r.modes,
        tags: r.tags.clone(),
        days: r.days,
        period: r.period,
        experience_years: r.experience_years,
        qualifications: r.qualifications.clone(),
        track_record: r.track_record,
        summary_ja: r.summary_ja.clone(),
        summary_en: r.summary_en.clone(),
        sample,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Catalog;

    #[test]
    fn checking_refuses_what_resolving_refuses_with_the_same_error() {
        let cat = Catalog::builtin_without_profiles().unwrap();
        let refs = cat.refs();
        let good = crate::samples::generate(&cat.standard, &cat.presets, &cat.geography).profiles;
        assert_eq!(check_all("f", &good, &refs), Ok(()));
        assert!(resolve_all("f", &good, &refs, false).is_ok());
        let code = cat.standard.items()[0].id.clone();
        let breaks: Vec<fn(&mut ProfileRecord, &str)> = vec![
            |r, _| r.id = " ".into(),
            |r, _| r.programme = "nope".into(),
            |r, _| r.personas.push("nope".into()),
            |r, _| r.domains.push("nope".into()),
            |r, _| r.affiliation = "nope".into(),
            |r, _| r.qualifications.push("nope".into()),
            |r, _| r.base_prefecture = Some(48),
            |r, _| {
                r.coverage = Coverage::Regions {
                    ids: vec!["nope".into()],
                }
            },
            |r, _| r.coverage = Coverage::Prefectures { codes: vec![0] },
            |r, _| {
                r.modes = Modes {
                    onsite: false,
                    online: false,
                }
            },
            |r, _| {
                r.skills.insert("nope", Level::A);
            },
            |r, code| {
                // A letter outside the scale only comes from a file.
                r.skills = serde_json::from_str(&format!(r#"{{"{code}":"q"}}"#)).unwrap();
            },
            |r, code| {
                r.skills.remove(code);
                r.basis.insert(code.into(), Basis::Inferred);
            },
            |r, _| {
                r.basis.insert("nope".into(), Basis::Inferred);
            },
        ];
        for (n, b) in breaks.iter().enumerate() {
            let mut records = good[..3].to_vec();
            b(&mut records[1], &code);
            let want = resolve_all("f", &records, &refs, false).unwrap_err();
            assert_eq!(check_all("f", &records, &refs), Err(want), "break {n}");
        }
        // A duplicate id, and a later record's error after a good one whose buffers were used.
        let mut records = good[..3].to_vec();
        records[2].id = records[0].id.clone();
        let want = resolve_all("f", &records, &refs, false).unwrap_err();
        assert_eq!(check_all("f", &records, &refs), Err(want));
        let mut records = good[..2].to_vec();
        let held = records[0].skills.keys().next().unwrap().to_owned();
        records[0].basis.insert(held, Basis::Inferred);
        records[1].basis = records[0].basis.clone();
        records[1].skills.clear();
        let want = resolve_all("f", &records, &refs, false).unwrap_err();
        assert_eq!(check_all("f", &records, &refs), Err(want));
    }
}
