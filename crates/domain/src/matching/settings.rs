//! What the user tells the matcher besides the assessment: how the engagement should work,
//! what is already used this fiscal year, and how the score is weighed. Saved with the
//! assessment.

use crate::profile::DaysBand;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How the external people are expected to work with the municipality.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EngagementMode {
    /// On-site visits are needed.
    Onsite,
    /// Online support is enough (logistics do not matter).
    Online,
    /// Either will do; on-site is preferred where possible.
    #[default]
    Either,
}

/// What is already used of one programme. (Files of the first versions also held counters of
/// visits and hours used in the year; per-case budgets made them meaningless, and they are
/// ignored when read.)
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Usage {
    /// People already appointed under the programme (e.g. CIO補佐官等), for its cost ceiling.
    #[serde(default)]
    pub persons: u8,
    /// The programme was already used by this municipality (for once-only programmes).
    #[serde(default)]
    pub used_before: bool,
    /// Profile ids already engaged for this project this fiscal year (for programmes that allow
    /// the same person once per project and year).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub profiles: Vec<String>,
}

/// The weights of the score; all visible and adjustable in the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Weights {
    /// Weight of one step of a required gap …
    pub required: u8,
    /// … and of a desirable one.
    pub desirable: u8,
    /// Points (out of the sum of the four) for closing the gap, for 人材像 fit, for 取組分野
    /// fit and for logistics. A part that does not apply (e.g. no 人材像 chosen) gives its
    /// points to the others in proportion.
    pub gap_points: u8,
    pub persona_points: u8,
    pub domain_points: u8,
    pub logistics_points: u8,
}

impl Default for Weights {
    /// A required step counts three times a desirable one; closing the gap is 70 of 100 points,
    /// and 人材像, 取組分野 and logistics 10 each.
    fn default() -> Self {
        Weights {
            required: 3,
            desirable: 1,
            gap_points: 70,
            persona_points: 10,
            domain_points: 10,
            logistics_points: 10,
        }
    }
}

impl Weights {
    /// Largest accepted value of each weight; keeps per-item weights within a byte in the hot loop.
    pub const MAX_STEP_WEIGHT: u8 = 20;

    /// Clamps each weight into its accepted range; gap points are at least 1, so the score
    /// always rests on the gap.
    pub fn normalised(self) -> Weights {
        let step = |w: u8| w.min(Self::MAX_STEP_WEIGHT);
        Weights {
            required: step(self.required),
            desirable: step(self.desirable),
            gap_points: self.gap_points.clamp(1, 100),
            persona_points: self.persona_points.min(100),
            domain_points: self.domain_points.min(100),
            logistics_points: self.logistics_points.min(100),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatchSettings {
    #[serde(default)]
    pub mode: EngagementMode,
    /// Time the work needs from a person, if it matters.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days: Option<DaysBand>,
    /// Length of the engagement in months, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_months: Option<u16>,
    /// Programmes to consider; empty means all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub programmes: Vec<String>,
    /// The organisation lies in a metropolitan prefecture but meets an exception
    /// (条件不利地域, 定住自立圏, population decline) for 地域活性化起業人.
    #[serde(default)]
    pub metropolitan_exception: bool,
    /// Use already made of each programme this fiscal year, by programme id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub usage: BTreeMap<String, Usage>,
    /// Rules not confirmed by their sources that the user applies as hard rules anyway
    /// (`Rule::key`: "programme/kind", or "programme/eligibility").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub strict: Vec<String>,
    #[serde(default)]
    pub weights: Weights,
    /// Largest team to recommend (1–4).
    #[serde(default = "default_team_size")]
    pub team_size: u8,
}

fn default_team_size() -> u8 {
    3
}

impl Default for MatchSettings {
    fn default() -> Self {
        MatchSettings {
            mode: EngagementMode::default(),
            days: None,
            duration_months: None,
            programmes: Vec::new(),
            metropolitan_exception: false,
            usage: BTreeMap::new(),
            strict: Vec::new(),
            weights: Weights::default(),
            team_size: default_team_size(),
        }
    }
}

impl MatchSettings {
    pub const MAX_TEAM: u8 = 4;

    pub fn usage(&self, programme: &str) -> Usage {
        self.usage.get(programme).cloned().unwrap_or_default()
    }

    pub fn includes(&self, programme: &str) -> bool {
        self.programmes.is_empty() || self.programmes.iter().any(|p| p == programme)
    }

    /// The user applies this unconfirmed rule as a hard rule.
    pub fn is_strict(&self, key: &str) -> bool {
        self.strict.iter().any(|k| k == key)
    }

    /// Applies an unconfirmed rule as a hard rule (or stops); the list stays sorted.
    pub fn set_strict(&mut self, key: &str, on: bool) {
        self.strict.retain(|k| k != key);
        if on {
            self.strict.push(key.to_owned());
            self.strict.sort();
        }
    }

    /// Marks a profile as already engaged for this project this year (or not).
    pub fn set_engaged(&mut self, programme: &str, profile: &str, engaged: bool) {
        let mut u = self.usage(programme);
        u.profiles.retain(|p| p != profile);
        if engaged {
            u.profiles.push(profile.to_owned());
            u.profiles.sort();
        }
        if u == Usage::default() {
            self.usage.remove(programme);
        } else {
            self.usage.insert(programme.to_owned(), u);
        }
    }
}
