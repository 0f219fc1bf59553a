//! Which programmes suit an assessment, and why — a first, explainable reading of the rule sets
//! for the 「求める人材像」 sheet. Each rule looks only at the assessment's context and gap, so the
//! same assessment always gets the same suggestions.

use crate::assessment::Assessment;
use crate::catalog::Catalog;
use crate::gap::GapReport;
use crate::level::Priority;
use crate::programme::{Applicant, MunicipalityScope, Programme};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fit {
    /// Fits the need as described.
    Suitable,
    /// May fit; a condition must be checked by the user.
    Conditional,
    /// Does not fit this organisation or need.
    NotApplicable,
}

/// Why a programme got its fit. Rendered through the UI's i18n layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FitReason {
    /// Short-term advice from registered experts, within the visit/hour limits.
    ShortTermAdvice,
    /// Planning phases (i–iii) need help: advice is where to start.
    PlanningPhases,
    /// 地域社会DX fields were chosen.
    RegionalFields,
    /// 自治体DX priority fields were chosen.
    PriorityFields,
    /// A producer (CIO adviser) or project manager is needed: an ongoing, organisation-wide role.
    OngoingRole,
    /// Large required gap: more than advice is needed.
    LargeRequiredGap(u32),
    /// Continuous support from the prefecture's pool, for municipalities in that prefecture.
    PrefecturePool,
    /// The organisation is a prefecture, which runs the pool rather than uses it.
    PrefectureRunsPool,
    /// Only prefectures can host this arrangement.
    PrefectureHosts,
    /// Outside the three metropolitan areas' prefectures.
    OutsideMetropolitan,
    /// In a prefecture with metropolitan areas: only some municipalities qualify.
    MetropolitanException,
    /// A company must donate (企業版ふるさと納税).
    CompanyDonation,
    /// Population band within the programme's maximum.
    PopulationWithin(u32),
    /// Population band above the programme's maximum.
    PopulationAbove(u32),
    /// Population band not entered; the programme has a population limit.
    PopulationUnknown(u32),
    /// Aimed at regional revitalisation (tourism, local economy) rather than digital work.
    RevitalisationFocus,
    /// No organisation chosen: eligibility cannot be judged.
    OrganisationUnknown,
}

#[derive(Debug, Clone)]
pub struct ProgrammeFit<'a> {
    pub programme: &'a Programme,
    pub fit: Fit,
    pub reasons: Vec<FitReason>,
}

/// Weighted size of the required gap at which advice alone is judged not enough.
const LARGE_REQUIRED_GAP: u32 = 12;

/// Every programme with its fit for the assessment, best fit first, then in data order.
pub fn programme_fits<'a>(
    cat: &'a Catalog,
    a: &Assessment,
    gap: &GapReport,
) -> Vec<ProgrammeFit<'a>> {
    let ctx = &a.context;
    let locality = ctx.lgcode.and_then(|c| cat.geography.locality(c));
    let is_prefecture = matches!(locality, Some(crate::geo::Locality::Prefecture(_)));
    let pref = locality.map(|l| l.pref_code());
    let has_group = |group: &str| {
        ctx.domains
            .iter()
            .filter_map(|d| cat.presets.domain(d))
            .any(|d| d.group == group)
    };
    let planning = ctx
        .phases
        .iter()
        .any(|p| ["p1_issue", "p2_business", "p3_product"].contains(&p.as_str()));
    let ongoing = ctx
        .personas
        .iter()
        .any(|p| p == "producer" || p == "project_manager");
    let required_gap: u32 = gap
        .open_gaps()
        .iter()
        .filter(|r| r.priority == Priority::Required)
        .map(|r| u32::from(r.gap()))
        .sum();
    let band_max = ctx
        .population_band
        .as_deref()
        .and_then(|b| cat.presets.population_band(b))
        .map(|b| b.max);

    let mut fits: Vec<ProgrammeFit<'a>> = cat
        .programmes
        .programmes
        .iter()
        .map(|p| {
            let mut reasons = Vec::new();
            let mut fit = Fit::Suitable;
            let only_prefectures = p.eligibility.applicants == [Applicant::Prefecture];
            if only_prefectures {
                reasons.push(FitReason::PrefectureHosts);
                if !is_prefecture {
                    fit = Fit::NotApplicable;
                }
            }
            match p.id.as_str() {
                "chiiki_joho_advisor" => {
                    reasons.push(FitReason::ShortTermAdvice);
                    if planning {
                        reasons.push(FitReason::PlanningPhases);
                    }
                    if has_group("regional") {
                        reasons.push(FitReason::RegionalFields);
                    }
                }
                "dx_advisor" => {
                    reasons.push(FitReason::ShortTermAdvice);
                    if has_group("priority") {
                        reasons.push(FitReason::PriorityFields);
                    } else {
                        fit = Fit::Conditional;
                    }
                }
                "chiikiryoku_advisor" => {
                    reasons.push(FitReason::RevitalisationFocus);
                    fit = if has_group("regional") {
                        Fit::Conditional
                    } else {
                        Fit::NotApplicable
                    };
                }
                "gaibu_jinzai_list" => {
                    if ongoing {
                        reasons.push(FitReason::OngoingRole);
                    }
                    if required_gap >= LARGE_REQUIRED_GAP {
                        reasons.push(FitReason::LargeRequiredGap(required_gap));
                    }
                    if !ongoing && required_gap < LARGE_REQUIRED_GAP {
                        fit = Fit::Conditional;
                    }
                }
                _ => {}
            }
            if p.eligibility.municipality_scope == MunicipalityScope::SamePrefecture
                && !only_prefectures
            {
                if is_prefecture {
                    reasons.push(FitReason::PrefectureRunsPool);
                    fit = Fit::Conditional;
                } else {
                    reasons.push(FitReason::PrefecturePool);
                }
            }
            if p.eligibility.municipality_scope == MunicipalityScope::OutsideMetropolitan {
                match pref {
                    None => {
                        reasons.push(FitReason::OrganisationUnknown);
                        fit = fit.max(Fit::Conditional);
                    }
                    Some(c) if p.eligibility.metropolitan_prefectures.contains(&c) => {
                        reasons.push(FitReason::MetropolitanException);
                        fit = fit.max(Fit::Conditional);
                    }
                    Some(_) => reasons.push(FitReason::OutsideMetropolitan),
                }
            }
            if p.limits.same_fiscal_year_as_donation {
                reasons.push(FitReason::CompanyDonation);
                fit = fit.max(Fit::Conditional);
            }
            if let Some(max) = p.limits.population_max {
                match band_max {
                    None => {
                        reasons.push(FitReason::PopulationUnknown(max));
                        fit = fit.max(Fit::Conditional);
                    }
                    Some(Some(b)) if b <= max => reasons.push(FitReason::PopulationWithin(max)),
                    Some(_) => {
                        reasons.push(FitReason::PopulationAbove(max));
                        fit = Fit::NotApplicable;
                    }
                }
            }
            ProgrammeFit {
                programme: p,
                fit,
                reasons,
            }
        })
        .collect();
    // Stable: equal fits keep the data's order.
    fits.sort_by_key(|f| f.fit);
    fits
}
