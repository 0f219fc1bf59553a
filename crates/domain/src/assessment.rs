//! A municipality's self-assessment: its context (organisation, year, project, fields, the
//! personas and process phases it needs help with) and, for each skill item, the level its work
//! needs, whether that need is required or desirable, and the level its own staff already have.

use crate::level::{Level, Priority};
use crate::matching::MatchSettings;
use crate::presets::Preset;
use crate::standard::{ItemIdx, SkillStandard};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The three staff tiers of MIC's guidance on digital talent (seed 001).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum StaffTier {
    /// 一般行政職員
    General,
    /// DX推進リーダー
    Leader,
    /// 高度専門人材
    Specialist,
}

impl StaffTier {
    pub const ALL: [StaffTier; 3] = [StaffTier::General, StaffTier::Leader, StaffTier::Specialist];

    /// Id used in presets.json (`staff_levels`).
    pub fn id(self) -> &'static str {
        match self {
            StaffTier::General => "general",
            StaffTier::Leader => "dx_leader",
            StaffTier::Specialist => "specialist",
        }
    }
}

/// In-house levels recorded per staff tier (optional detail).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffLevels {
    #[serde(default, skip_serializing_if = "is_z")]
    pub general: Level,
    #[serde(default, skip_serializing_if = "is_z")]
    pub dx_leader: Level,
    #[serde(default, skip_serializing_if = "is_z")]
    pub specialist: Level,
}

fn is_z(l: &Level) -> bool {
    *l == Level::Z
}

impl StaffLevels {
    pub fn get(&self, t: StaffTier) -> Level {
        match t {
            StaffTier::General => self.general,
            StaffTier::Leader => self.dx_leader,
            StaffTier::Specialist => self.specialist,
        }
    }

    fn slot(&mut self, t: StaffTier) -> &mut Level {
        match t {
            StaffTier::General => &mut self.general,
            StaffTier::Leader => &mut self.dx_leader,
            StaffTier::Specialist => &mut self.specialist,
        }
    }

    pub fn max(&self) -> Level {
        self.general.max(self.dx_leader).max(self.specialist)
    }

    pub fn is_empty(&self) -> bool {
        self.max() == Level::Z
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rating {
    pub need: Level,
    pub priority: Priority,
    /// The highest level anyone in-house has; `None` until the user has said (not the same as z).
    /// Never below any staff tier's level.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub have: Option<Level>,
    #[serde(default, skip_serializing_if = "StaffLevels::is_empty")]
    pub staff: StaffLevels,
}

impl Rating {
    fn is_blank(&self) -> bool {
        *self == Rating::default()
    }

    /// The in-house level the gap is computed from (unentered counts as z).
    pub fn have_level(&self) -> Level {
        self.have.unwrap_or(Level::Z)
    }

    pub fn is_needed(&self) -> bool {
        self.need > Level::Z
    }

    pub fn gap(&self) -> u8 {
        self.need.value().saturating_sub(self.have_level().value())
    }
}

/// Everything the user says about their situation before rating items.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Context {
    /// 全国地方公共団体コード of the municipality (or prefecture) doing the assessment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lgcode: Option<u32>,
    /// Population band id (presets.json `population_bands`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub population_band: Option<String>,
    /// Name of the project the talent is for (may be empty: organisation-wide).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub project: String,
    /// 取組分野 ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub domains: Vec<String>,
    /// 人材像 ids the organisation needs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub personas: Vec<String>,
    /// 地域DX process phase ids that need help.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub phases: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub id: String,
    pub name: String,
    /// Fiscal year (April–March) the assessment is for, e.g. 2026 for 令和8年度.
    pub fiscal_year: u16,
    /// The edition of the skill standard it was made with (`SkillStandard::edition`).
    #[serde(default = "builtin_edition")]
    pub standard: String,
    #[serde(default)]
    pub context: Context,
    /// Presets applied so far, in the order they were applied.
    #[serde(default)]
    pub presets: Vec<String>,
    /// Whether in-house levels are recorded per staff tier as well.
    #[serde(default)]
    pub staff_detail: bool,
    /// Ratings by item code; an item not listed is unrated (need z, in-house not entered).
    #[serde(default)]
    pub ratings: BTreeMap<String, Rating>,
    /// How matches are looked for: engagement, this year's usage, weights.
    #[serde(default)]
    pub matching: MatchSettings,
    /// Milliseconds since the Unix epoch, set by the caller (the domain has no clock).
    #[serde(default)]
    pub created_ms: u64,
    #[serde(default)]
    pub updated_ms: u64,
}

/// Saved before assessments recorded their edition: the only edition there was.
fn builtin_edition() -> String {
    crate::standard::BUILTIN_EDITION.to_owned()
}

impl Assessment {
    pub fn new(id: impl Into<String>, name: impl Into<String>, fiscal_year: u16) -> Self {
        Assessment {
            id: id.into(),
            name: name.into(),
            fiscal_year,
            standard: builtin_edition(),
            context: Context::default(),
            presets: Vec::new(),
            staff_detail: false,
            ratings: BTreeMap::new(),
            matching: MatchSettings::default(),
            created_ms: 0,
            updated_ms: 0,
        }
    }

    pub fn rating(&self, code: &str) -> Rating {
        self.ratings.get(code).copied().unwrap_or_default()
    }

    /// Changes one item's rating; a rating back at its default is dropped so saved state stays small.
    pub fn update(&mut self, code: &str, f: impl FnOnce(&mut Rating)) {
        let mut r = self.rating(code);
        f(&mut r);
        if r.is_blank() {
            self.ratings.remove(code);
        } else {
            self.ratings.insert(code.to_owned(), r);
        }
    }

    pub fn set_need(&mut self, code: &str, level: Level) {
        self.update(code, |r| r.need = level);
    }

    pub fn set_priority(&mut self, code: &str, priority: Priority) {
        self.update(code, |r| r.priority = priority);
    }

    /// Sets the overall in-house level; it cannot go below what a staff tier already has.
    pub fn set_have(&mut self, code: &str, level: Option<Level>) {
        self.update(code, |r| {
            let floor = r.staff.max();
            r.have = match level {
                None if floor == Level::Z => None,
                None => Some(floor),
                Some(l) => Some(l.max(floor)),
            };
        });
    }

    /// Sets one staff tier's level; the overall in-house level rises with it if needed.
    pub fn set_staff(&mut self, code: &str, tier: StaffTier, level: Level) {
        self.update(code, |r| {
            *r.staff.slot(tier) = level;
            if level > Level::Z || r.have.is_some() {
                r.have = Some(r.have_level().max(r.staff.max()));
            }
        });
    }

    /// Merges presets into the needs: each item takes the higher level, and becomes required if
    /// any source says so. In-house levels are kept. Returns how many items changed.
    pub fn apply_presets(&mut self, std: &SkillStandard, presets: &[&Preset]) -> usize {
        let before = self.ratings.clone();
        for p in presets {
            for n in &p.needs {
                let code = &std.item(n.item).id;
                self.update(code, |r| {
                    if n.level > r.need {
                        r.need = n.level;
                    }
                    if n.priority == Priority::Required {
                        r.priority = Priority::Required;
                    }
                });
            }
            if !self.presets.contains(&p.id) {
                self.presets.push(p.id.clone());
            }
        }
        std.items()
            .iter()
            .filter(|it| before.get(&it.id) != self.ratings.get(&it.id))
            .count()
    }

    /// Forgets every need (and the presets applied) but keeps the in-house levels.
    pub fn clear_needs(&mut self) {
        for r in self.ratings.values_mut() {
            r.need = Level::Z;
            r.priority = Priority::Desirable;
        }
        self.ratings.retain(|_, r| !r.is_blank());
        self.presets.clear();
    }

    /// A copy under a new id and name, for a new year or project.
    pub fn duplicate(
        &self,
        id: impl Into<String>,
        name: impl Into<String>,
        now_ms: u64,
    ) -> Assessment {
        Assessment {
            id: id.into(),
            name: name.into(),
            created_ms: now_ms,
            updated_ms: now_ms,
            ..self.clone()
        }
    }

    /// Ratings laid out in the standard's order; unknown codes (from another standard version)
    /// are returned separately rather than dropped.
    pub fn dense(&self, std: &SkillStandard) -> (Vec<Rating>, Vec<String>) {
        let mut out = vec![Rating::default(); std.len()];
        let mut unknown = Vec::new();
        for (code, r) in &self.ratings {
            match std.idx(code) {
                Some(ItemIdx(i)) => out[usize::from(i)] = *r,
                None => unknown.push(code.clone()),
            }
        }
        (out, unknown)
    }

    /// Items with a need above z.
    pub fn rated_count(&self) -> usize {
        self.ratings.values().filter(|r| r.is_needed()).count()
    }

    /// Items with a need above z marked required.
    pub fn required_count(&self) -> usize {
        self.ratings
            .values()
            .filter(|r| r.is_needed() && r.priority == Priority::Required)
            .count()
    }

    /// Required items whose in-house level has not been entered yet.
    pub fn required_missing_have_count(&self) -> usize {
        self.ratings
            .values()
            .filter(|r| r.is_needed() && r.priority == Priority::Required && r.have.is_none())
            .count()
    }

    /// Needed items whose in-house level has not been entered yet.
    pub fn have_missing_count(&self) -> usize {
        self.ratings
            .values()
            .filter(|r| r.is_needed() && r.have.is_none())
            .count()
    }
}
