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
use crate::programme::{Applicant, MunicipalityScope, Programme, Rule, RuleKind, Status};
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

impl GapItem {
    /// The item as the kernel's loops read it.
    pub(crate) fn need(&self) -> dxm_kernel::Need {
        dxm_kernel::Need {
            item: self.item.get() as u16,
            have: self.have,
            gap: self.gap,
            weight: self.weight,
        }
    }
}

/// One programme's rules, resolved against the organisation and what is already used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Gate {
    /// Exclusions that hit every profile of the programme.
    pub flags: u32,
    /// Exclusions that would hit every profile if a rule not confirmed by its sources held:
    /// shown as warnings, not applied.
    pub cautions: u32,
    pub onsite_offered: bool,
    pub online_offered: bool,
    /// Budget of one case (project × person): on-site days, or hours when online only.
    pub onsite_days: Option<u16>,
    pub online_hours: Option<u16>,
    /// Cost ceiling in persons (e.g. CIO補佐官等 covered by the special allocation tax) and how
    /// many are already appointed.
    pub persons_covered: Option<u8>,
    pub persons_used: u8,
    /// Serves its own prefecture only: `Some(hard)`.
    pub same_prefecture: Option<bool>,
    /// The same person once per project and year: `Some(hard)`.
    pub once_per_project: Option<bool>,
    pub population_max: Option<u32>,
    /// The population band is not given but the programme has a maximum.
    pub population_unknown: bool,
    pub duration: (Option<u16>, Option<u16>),
}

impl Gate {
    /// What the check per profile reads.
    fn rules(&self) -> dxm_kernel::Gate {
        dxm_kernel::Gate {
            flags: self.flags,
            cautions: self.cautions,
            onsite_offered: self.onsite_offered,
            online_offered: self.online_offered,
            same_prefecture: self.same_prefecture,
            once_per_project: self.once_per_project,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    pub(crate) gap: Vec<GapItem>,
    /// What the kernel's loops read: the gap items, wanted sets, place, gates and points.
    pub(crate) ask: dxm_kernel::Ask,
    pub(crate) mode: EngagementMode,
    pub(crate) days: Option<DaysBand>,
    pub(crate) period: Option<PeriodBand>,
    pub(crate) gates: Vec<Gate>,
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
        let required = gap
            .iter()
            .take_while(|g| g.priority == Priority::Required)
            .count();
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
        // The fields chosen, and those the project's name speaks of (its topics).
        let domains = bitset(&topics(cat, a), &|id| {
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

        let gates: Vec<Gate> = cat
            .programmes
            .programmes
            .iter()
            .map(|p| gate(p, s, is_prefecture, org_pref, ctx.lgcode, band_max))
            .collect();

        // Engaged people count under their own programme only.
        let mut dispatched: Vec<u32> = s
            .usage
            .iter()
            .flat_map(|(prog, u)| u.profiles.iter().map(move |id| (prog, id)))
            .filter_map(|(prog, id)| {
                let p = ix.position_of(id)?;
                let g = cat.programmes.programmes.get(ix.programme(p as usize))?;
                (&g.id == prog).then_some(p)
            })
            .collect();
        dispatched.sort_unstable();
        dispatched.dedup();

        let org_region = org_pref
            .and_then(|c| cat.geography.region_index_of(c))
            .map(|r| r as u8);
        let days = s.days;
        let period = s.duration_months.map(PeriodBand::for_months);
        let ask = dxm_kernel::Ask {
            gap: gap.iter().map(GapItem::need).collect(),
            required,
            total_weight,
            personas,
            domains,
            org_pref,
            org_region,
            mode: match s.mode {
                EngagementMode::Onsite => dxm_kernel::Mode::Onsite,
                EngagementMode::Online => dxm_kernel::Mode::Online,
                EngagementMode::Either => dxm_kernel::Mode::Either,
            },
            days: days.map(|d| d as u8),
            period: period.map(|p| p as u8),
            gates: gates.iter().map(Gate::rules).collect(),
            dispatched,
            points: dxm_kernel::Points {
                gap: u32::from(weights.gap_points),
                persona: u32::from(weights.persona_points),
                domain: u32::from(weights.domain_points),
                logistics: u32::from(weights.logistics_points),
            },
            inferred_percent: cat.crosswalk.inferred_percent,
        };
        Query {
            gap,
            ask,
            mode: s.mode,
            days,
            period,
            gates,
            weights,
            team_size: s.team_size.clamp(1, MatchSettings::MAX_TEAM),
        }
    }

    /// Items with a gap, biggest first (required before desirable).
    pub fn gap_items(&self) -> &[GapItem] {
        &self.gap
    }

    pub fn has_gap(&self) -> bool {
        self.ask.total_weight > 0
    }

    /// How many of the gap items are required (they come first).
    pub(crate) fn required(&self) -> usize {
        self.ask.required
    }

    pub fn mode(&self) -> EngagementMode {
        self.mode
    }
}

/// The 取組分野 of an assessment: those chosen, then those its project name speaks of (found
/// with the crosswalk's key terms, e.g. 「防災アプリの導入」 → 防災), without repeats.
pub fn topics(cat: &Catalog, a: &Assessment) -> Vec<String> {
    let mut out = a.context.domains.clone();
    for term in cat.crosswalk.terms_in(&a.context.project) {
        for d in &term.domains {
            if !out.contains(d) {
                out.push(d.clone());
            }
        }
    }
    out
}

/// Whether a rule is applied as a hard rule: confirmed by its sources, or made hard by the user.
fn hard(s: &MatchSettings, status: Status, key: &str) -> bool {
    !status.is_unverified() || s.is_strict(key)
}

/// Resolves one programme's rules against the organisation and the settings.
fn gate(
    p: &Programme,
    s: &MatchSettings,
    is_prefecture: Option<bool>,
    org_pref: Option<u8>,
    lgcode: Option<u32>,
    band_max: Option<Option<u32>>,
) -> Gate {
    let used = s.usage(&p.id);
    let e = &p.eligibility;
    let eligibility_key = Rule::key(&p.id, "eligibility");
    let eligibility_hard = hard(s, e.status, &eligibility_key);
    let rule_hard = |k: RuleKind| {
        p.rule(k)
            .map(|r| hard(s, r.status, &Rule::key(&p.id, &r.kind)))
    };
    let mut flags = 0;
    let mut cautions = 0;
    let mut fail = |bit: u32, is_hard: bool| {
        if is_hard {
            flags |= bit;
        } else {
            cautions |= bit;
        }
    };
    if !s.includes(&p.id) {
        fail(flag::NOT_SELECTED, true);
    }
    match is_prefecture {
        Some(true) if !e.applicants.contains(&Applicant::Prefecture) => {
            fail(flag::NOT_FOR_PREFECTURES, eligibility_hard)
        }
        Some(false) if !e.applicants.contains(&Applicant::Municipality) => {
            fail(flag::PREFECTURES_ONLY, eligibility_hard)
        }
        _ => {}
    }
    let metro = org_pref.is_some_and(|c| e.metropolitan_prefectures.contains(&c));
    if e.municipality_scope == MunicipalityScope::OutsideMetropolitan && metro {
        match &e.exceptions {
            // The publisher's list of ② decides; a user who declares the exception is heard.
            Some(list) => {
                let listed = lgcode.is_some_and(|c| list.lgcodes.contains(&c));
                if !listed {
                    fail(
                        flag::METROPOLITAN,
                        eligibility_hard && !s.metropolitan_exception,
                    );
                }
            }
            // Without a list nobody can tell: confirm, unless the user has.
            None if !s.metropolitan_exception => {
                fail(flag::METROPOLITAN, s.is_strict(&eligibility_key))
            }
            None => {}
        }
    }
    let population_max = p.max_of(RuleKind::PopulationMax);
    if let (Some(max), Some(band)) = (population_max, band_max) {
        if band.is_none_or(|b| b > max) {
            fail(
                flag::POPULATION,
                rule_hard(RuleKind::PopulationMax).unwrap_or(true),
            );
        }
    }
    let duration = p
        .rule(RuleKind::DurationMonths)
        .map_or((None, None), |r| (r.min.map(clamp16), r.max.map(clamp16)));
    if let Some(d) = s.duration_months {
        if duration.0.is_some_and(|lo| d < lo) || duration.1.is_some_and(|hi| d > hi) {
            fail(
                flag::DURATION,
                rule_hard(RuleKind::DurationMonths).unwrap_or(true),
            );
        }
    }
    if used.used_before {
        if let Some(h) = rule_hard(RuleKind::OncePerOrganisation) {
            fail(flag::ALREADY_USED, h);
        }
    }
    let same_prefecture =
        rule_hard(RuleKind::SamePrefecture)
            .or((e.municipality_scope == MunicipalityScope::SamePrefecture)
                .then_some(eligibility_hard));
    Gate {
        flags,
        cautions,
        onsite_offered: p.modes.onsite,
        online_offered: p.modes.online,
        onsite_days: p.max_of(RuleKind::OnsiteDaysPerCase).map(clamp16),
        online_hours: p.max_of(RuleKind::OnlineHoursPerCase).map(clamp16),
        persons_covered: p
            .max_of(RuleKind::PersonsCovered)
            .map(|m| m.min(u32::from(u8::MAX)) as u8),
        persons_used: used.persons,
        same_prefecture,
        once_per_project: rule_hard(RuleKind::OncePerProjectYear),
        population_max,
        population_unknown: population_max.is_some() && band_max.is_none(),
        duration,
    }
}

fn clamp16(v: u32) -> u16 {
    v.min(u32::from(u16::MAX)) as u16
}
