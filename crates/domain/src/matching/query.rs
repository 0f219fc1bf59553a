//! Everything the hot loop needs, compiled once per change of the assessment or the settings:
//! the gap items with their weights, the wanted 人材像 and 取組分野 as bit sets, the
//! organisation's place, and one gate per programme with its quota left.

use super::index::ProfileIndex;
use super::rules::flag;
use super::settings::{EngagementMode, MatchSettings, Weights};
use crate::assessment::Assessment;
use crate::catalog::Catalog;
use crate::gap::GapReport;
use crate::geo::Locality;
use crate::level::Priority;
use crate::profile::{DaysBand, PeriodBand};
use crate::programme::{Applicant, MunicipalityScope};
use crate::standard::ItemIdx;

/// One item with a gap, as the hot loop reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GapItem {
    pub item: ItemIdx,
    pub have: u8,
    pub gap: u8,
    pub weight: u8,
    pub priority: Priority,
}

/// One programme's rules, resolved against the organisation and this year's usage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Gate {
    /// Exclusions that hit every profile of the programme.
    pub flags: u32,
    pub onsite_offered: bool,
    pub online_offered: bool,
    pub onsite_limit: Option<u16>,
    pub online_limit: Option<u16>,
    pub onsite_left: Option<u16>,
    pub online_left: Option<u16>,
    pub max_persons: Option<u8>,
    pub persons_left: Option<u8>,
    pub same_prefecture_only: bool,
    pub population_max: Option<u32>,
    /// The population band is not given but the programme has a maximum.
    pub population_unknown: bool,
    pub duration: (Option<u16>, Option<u16>),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    pub(crate) gap: Vec<GapItem>,
    /// Σ weight × gap over the gap items.
    pub(crate) total_weight: u32,
    pub(crate) personas: u64,
    pub(crate) domains: u64,
    pub(crate) org_pref: Option<u8>,
    pub(crate) org_region: Option<u8>,
    pub(crate) mode: EngagementMode,
    pub(crate) days: Option<DaysBand>,
    pub(crate) period: Option<PeriodBand>,
    pub(crate) gates: Vec<Gate>,
    /// Profiles already dispatched to this project this year (sorted indices).
    pub(crate) dispatched: Vec<u32>,
    pub(crate) weights: Weights,
    pub(crate) team_size: u8,
}

impl Query {
    pub fn compile(cat: &Catalog, ix: &ProfileIndex, a: &Assessment, s: &MatchSettings) -> Query {
        let weights = s.weights.normalised();
        let report = GapReport::new(&cat.standard, a);
        let gap: Vec<GapItem> = report
            .open_gaps()
            .into_iter()
            .map(|r| GapItem {
                item: r.item,
                have: r.have.value(),
                gap: r.gap(),
                weight: match r.priority {
                    Priority::Required => weights.required,
                    Priority::Desirable => weights.desirable,
                },
                priority: r.priority,
            })
            .filter(|g| g.weight > 0)
            .collect();
        let total_weight = gap
            .iter()
            .map(|g| u32::from(g.weight) * u32::from(g.gap))
            .sum();
        let ctx = &a.context;
        let bitset = |ids: &[String], pos: &dyn Fn(&str) -> Option<usize>| {
            ids.iter()
                .filter_map(|id| pos(id))
                .filter(|&i| i < 64)
                .fold(0u64, |s, i| s | (1 << i))
        };
        let personas = bitset(&ctx.personas, &|id| {
            cat.presets.personas.iter().position(|p| p.id == id)
        });
        let domains = bitset(&ctx.domains, &|id| {
            cat.presets.domains.iter().position(|d| d.id == id)
        });
        let locality = ctx.lgcode.and_then(|c| cat.geography.locality(c));
        let org_pref = locality.map(|l| l.pref_code());
        let is_prefecture = locality.map(|l| matches!(l, Locality::Prefecture(_)));
        let band_max = ctx
            .population_band
            .as_deref()
            .and_then(|b| cat.presets.population_band(b))
            .map(|b| b.max);

        let gates = cat
            .programmes
            .programmes
            .iter()
            .map(|p| {
                let used = s.usage(&p.id);
                let mut flags = 0;
                if !s.includes(&p.id) {
                    flags |= flag::NOT_SELECTED;
                }
                match is_prefecture {
                    Some(true) if !p.eligibility.applicants.contains(&Applicant::Prefecture) => {
                        flags |= flag::NOT_FOR_PREFECTURES
                    }
                    Some(false) if !p.eligibility.applicants.contains(&Applicant::Municipality) => {
                        flags |= flag::PREFECTURES_ONLY
                    }
                    _ => {}
                }
                let metro =
                    org_pref.is_some_and(|c| p.eligibility.metropolitan_prefectures.contains(&c));
                if p.eligibility.municipality_scope == MunicipalityScope::OutsideMetropolitan
                    && metro
                    && !s.metropolitan_exception
                {
                    flags |= flag::METROPOLITAN;
                }
                let population_max = p.limits.population_max;
                if let (Some(max), Some(band)) = (population_max, band_max) {
                    if band.is_none_or(|b| b > max) {
                        flags |= flag::POPULATION;
                    }
                }
                let duration = (p.limits.duration_months_min, p.limits.duration_months_max);
                if let Some(d) = s.duration_months {
                    if duration.0.is_some_and(|lo| d < lo) || duration.1.is_some_and(|hi| d > hi) {
                        flags |= flag::DURATION;
                    }
                }
                let persons_left = p.limits.max_persons.map(|m| m.saturating_sub(used.persons));
                if persons_left == Some(0) {
                    flags |= flag::PERSONS;
                }
                if p.limits.once_per_municipality && used.used_before {
                    flags |= flag::ALREADY_USED;
                }
                let onsite_limit = p.limits.onsite_visits_per_year;
                let online_limit = p.limits.online_hours_total;
                Gate {
                    flags,
                    onsite_offered: p.modes.onsite,
                    online_offered: p.modes.online,
                    onsite_limit,
                    online_limit,
                    onsite_left: onsite_limit.map(|l| l.saturating_sub(used.onsite_visits)),
                    online_left: online_limit.map(|l| l.saturating_sub(used.online_hours)),
                    max_persons: p.limits.max_persons,
                    persons_left,
                    same_prefecture_only: p.limits.same_prefecture_only
                        || p.eligibility.municipality_scope == MunicipalityScope::SamePrefecture,
                    population_max,
                    population_unknown: population_max.is_some() && band_max.is_none(),
                    duration,
                }
            })
            .collect();

        let mut dispatched: Vec<u32> = s
            .usage
            .values()
            .flat_map(|u| u.profiles.iter())
            .filter_map(|id| ix.position_of(id))
            .collect();
        dispatched.sort_unstable();
        dispatched.dedup();

        Query {
            gap,
            total_weight,
            personas,
            domains,
            org_pref,
            org_region: org_pref
                .and_then(|c| cat.geography.region_index_of(c))
                .map(|r| r as u8),
            mode: s.mode,
            days: s.days,
            period: s.duration_months.map(PeriodBand::for_months),
            gates,
            dispatched,
            weights,
            team_size: s.team_size.clamp(1, MatchSettings::MAX_TEAM),
        }
    }

    /// Items with a gap, biggest first (required before desirable).
    pub fn gap_items(&self) -> &[GapItem] {
        &self.gap
    }

    pub fn has_gap(&self) -> bool {
        self.total_weight > 0
    }

    pub fn mode(&self) -> EngagementMode {
        self.mode
    }
}
