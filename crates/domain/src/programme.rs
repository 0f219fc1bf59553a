//! Programme rule sets (地域情報化アドバイザー, 外部人材リスト, 人材プール …). Each carries its fiscal
//! year, as-of date and sources; fields not confirmed from a primary source are listed in
//! `unverified` so that the UI can flag them.

use crate::error::DataError;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Modes {
    pub onsite: bool,
    pub online: bool,
}

/// Quantitative limits. `None` / `false` means the rule set states no such limit.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub onsite_visits_per_year: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub online_hours_total: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_days_per_year: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_visits_per_year: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_consecutive_years: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_months_min: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_months_max: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_persons: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_experience_years: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub population_max: Option<u32>,
    #[serde(default)]
    pub same_person_once_per_year: bool,
    #[serde(default)]
    pub team_dispatch: bool,
    #[serde(default)]
    pub once_per_municipality: bool,
    #[serde(default)]
    pub same_prefecture_only: bool,
    #[serde(default)]
    pub same_fiscal_year_as_donation: bool,
}

/// Which municipalities may use a programme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MunicipalityScope {
    All,
    /// Outside the three metropolitan areas, with exceptions (地域活性化起業人).
    OutsideMetropolitan,
    /// Only municipalities of the prefecture that runs the pool.
    SamePrefecture,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Applicant {
    Municipality,
    Prefecture,
    RecommendedOrg,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Eligibility {
    pub applicants: Vec<Applicant>,
    pub municipality_scope: MunicipalityScope,
    /// For `OutsideMetropolitan`: prefectures with areas inside the three metropolitan areas.
    /// Municipalities there qualify only by exception, which the app cannot decide.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub metropolitan_prefectures: Vec<u8>,
    pub note_ja: String,
    pub note_en: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRef {
    pub ja: String,
    pub en: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Programme {
    pub id: String,
    pub ja: String,
    pub en: String,
    pub operator_ja: String,
    pub operator_en: String,
    pub fiscal_year: u16,
    pub as_of: String,
    pub summary_ja: String,
    pub summary_en: String,
    pub modes: Modes,
    pub limits: Limits,
    pub limits_ja: String,
    pub limits_en: String,
    pub eligibility: Eligibility,
    pub cost_ja: String,
    pub cost_en: String,
    pub sources: Vec<SourceRef>,
    /// Top-level fields (`limits`, `eligibility`, `cost`) not confirmed from a primary source.
    pub unverified: Vec<String>,
}

impl Programme {
    pub fn is_unverified(&self, field: &str) -> bool {
        self.unverified.iter().any(|f| f == field)
    }
}

#[derive(Debug, Clone, Deserialize)]
struct ProgrammeFile {
    id: String,
    fiscal_year: u16,
    as_of: String,
    note_ja: String,
    note_en: String,
    programmes: Vec<Programme>,
}

#[derive(Debug, Clone)]
pub struct ProgrammeSet {
    pub id: String,
    pub fiscal_year: u16,
    pub as_of: String,
    pub note_ja: String,
    pub note_en: String,
    pub programmes: Vec<Programme>,
}

const UNVERIFIABLE_FIELDS: [&str; 3] = ["limits", "eligibility", "cost"];

impl ProgrammeSet {
    pub const FILE: &'static str = "programmes.json";

    pub fn from_json(file: &str, json: &str) -> Result<Self, DataError> {
        let raw: ProgrammeFile =
            serde_json::from_str(json).map_err(|e| DataError::json(file, &e))?;
        let mut ids = HashSet::new();
        for p in &raw.programmes {
            if !ids.insert(p.id.as_str()) {
                return Err(DataError::DuplicateId {
                    file: file.into(),
                    id: p.id.clone(),
                });
            }
            if !(2000..=2100).contains(&p.fiscal_year) {
                return Err(DataError::invalid(
                    file,
                    &p.id,
                    format!("fiscal_year {} is implausible", p.fiscal_year),
                ));
            }
            if !is_iso_date(&p.as_of) {
                return Err(DataError::invalid(
                    file,
                    &p.id,
                    format!("as_of \"{}\" is not a YYYY-MM-DD date", p.as_of),
                ));
            }
            if p.sources.is_empty() {
                return Err(DataError::invalid(
                    file,
                    &p.id,
                    "a rule set needs at least one source",
                ));
            }
            if !p.modes.onsite && !p.modes.online {
                return Err(DataError::invalid(
                    file,
                    &p.id,
                    "neither on-site nor online engagement is possible",
                ));
            }
            if let (Some(lo), Some(hi)) =
                (p.limits.duration_months_min, p.limits.duration_months_max)
            {
                if lo > hi {
                    return Err(DataError::invalid(
                        file,
                        &p.id,
                        format!("duration {lo}–{hi} months is inverted"),
                    ));
                }
            }
            if let Some(f) = p
                .unverified
                .iter()
                .find(|f| !UNVERIFIABLE_FIELDS.contains(&f.as_str()))
            {
                return Err(DataError::invalid(
                    file,
                    &p.id,
                    format!("unverified field \"{f}\" is not one of limits, eligibility, cost"),
                ));
            }
        }
        if !is_iso_date(&raw.as_of) {
            return Err(DataError::invalid(
                file,
                "as_of",
                format!("\"{}\" is not a YYYY-MM-DD date", raw.as_of),
            ));
        }
        Ok(ProgrammeSet {
            id: raw.id,
            fiscal_year: raw.fiscal_year,
            as_of: raw.as_of,
            note_ja: raw.note_ja,
            note_en: raw.note_en,
            programmes: raw.programmes,
        })
    }

    pub fn get(&self, id: &str) -> Option<&Programme> {
        self.programmes.iter().find(|p| p.id == id)
    }
}

/// `YYYY-MM-DD` with a plausible month and day.
pub(crate) fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|p| p.parse::<u32>().ok());
    matches!((num(0..4), num(5..7), num(8..10)), (Some(_), Some(m), Some(d)) if (1..=12).contains(&m) && (1..=31).contains(&d))
}
