//! Which programmes suit an assessment, and why — a first, explainable reading of the rule sets
//! for the 「求める人材像」 sheet. Each rule looks only at the assessment's context and gap, so the
//! same assessment always gets the same suggestions.

use crate::assessment::Assessment;
use crate::catalog::Catalog;
use crate::gap::GapReport;
use crate::level::Priority;
use crate::programme::{Applicant, MunicipalityScope, Programme, RuleKind};

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
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
    /// Fields of the programme's 取組分野 group were chosen (index into `Presets::domain_groups`).
    FieldsChosen(u8),
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
    /// The organisation is a prefecture, and the programme is not for prefectures.
    NotForPrefectures,
    /// Outside the three metropolitan areas' prefectures.
    OutsideMetropolitan,
    /// In a prefecture with metropolitan areas: only some municipalities qualify (②).
    MetropolitanException,
    /// Named in the publisher's list of ② municipalities.
    ListedException,
    /// In a metropolitan prefecture and not in the publisher's list of ②.
    NotListedException,
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

/// Every programme with its fit for the assessment, best fit first, then in data order. Driven
/// by each programme's data (`fit` hints, eligibility, rules); a condition that is not
/// confirmed (要確認) makes a programme conditional, never inapplicable.
pub fn programme_fits<'a>(
    cat: &'a Catalog,
    a: &Assessment,
    gap: &GapReport,
) -> Vec<ProgrammeFit<'a>> {
    let ctx = &a.context;
    let locality = ctx.lgcode.and_then(|c| cat.geography.locality(c));
    let is_prefecture = matches!(locality, Some(crate::geo::Locality::Prefecture(_)));
    let pref = locality.map(|l| l.pref_code());
    let group_chosen = |group: &str| {
        ctx.domains
            .iter()
            .filter_map(|d| cat.presets.domain(d))
            .any(|d| d.group == group)
    };
    let planning = ctx.phases.iter().any(|p| {
        cat.presets
            .phase(p)
            .is_some_and(|ph| ph.numeral == "i" || ph.numeral == "ii" || ph.numeral == "iii")
    });
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
            let e = &p.eligibility;
            // A condition the sources do not confirm can only make the fit conditional.
            let exclude = |confirmed: bool| {
                if confirmed {
                    Fit::NotApplicable
                } else {
                    Fit::Conditional
                }
            };
            let only_prefectures = e.applicants == [Applicant::Prefecture];
            if only_prefectures {
                reasons.push(FitReason::PrefectureHosts);
                if !is_prefecture {
                    fit = fit.max(exclude(!e.status.is_unverified()));
                }
            } else if is_prefecture
                && !e.applicants.contains(&Applicant::Prefecture)
                && e.municipality_scope != MunicipalityScope::SamePrefecture
            {
                // (A prefecture's own pool is run by it: said below.)
                reasons.push(FitReason::NotForPrefectures);
                fit = fit.max(exclude(!e.status.is_unverified()));
            }
            let hints = &p.fit;
            if hints.advice {
                reasons.push(FitReason::ShortTermAdvice);
                if planning {
                    reasons.push(FitReason::PlanningPhases);
                }
            }
            if hints.revitalisation {
                reasons.push(FitReason::RevitalisationFocus);
            }
            if let Some(group) = &hints.field_group {
                if group_chosen(group) {
                    let i = cat
                        .presets
                        .domain_groups
                        .iter()
                        .position(|g| &g.id == group);
                    if let Some(i) = i {
                        reasons.push(FitReason::FieldsChosen(i as u8));
                    }
                    if hints.revitalisation {
                        fit = fit.max(Fit::Conditional);
                    }
                } else if let Some(without) = hints.without_field_group {
                    fit = fit.max(without);
                }
            }
            if !hints.roles.is_empty() {
                let ongoing = ctx.personas.iter().any(|x| hints.roles.contains(x));
                if ongoing {
                    reasons.push(FitReason::OngoingRole);
                }
                if required_gap >= LARGE_REQUIRED_GAP {
                    reasons.push(FitReason::LargeRequiredGap(required_gap));
                }
                if !ongoing && required_gap < LARGE_REQUIRED_GAP {
                    fit = fit.max(Fit::Conditional);
                }
            }
            if e.municipality_scope == MunicipalityScope::SamePrefecture && !only_prefectures {
                if is_prefecture {
                    reasons.push(FitReason::PrefectureRunsPool);
                    fit = fit.max(Fit::Conditional);
                } else {
                    reasons.push(FitReason::PrefecturePool);
                }
            }
            if e.municipality_scope == MunicipalityScope::OutsideMetropolitan {
                match pref {
                    None => {
                        reasons.push(FitReason::OrganisationUnknown);
                        fit = fit.max(Fit::Conditional);
                    }
                    Some(c) if e.metropolitan_prefectures.contains(&c) => {
                        match (&e.exceptions, ctx.lgcode) {
                            (Some(list), Some(code)) if list.lgcodes.contains(&code) => {
                                reasons.push(FitReason::ListedException)
                            }
                            (Some(_), _) => {
                                reasons.push(FitReason::NotListedException);
                                fit = fit.max(exclude(!e.status.is_unverified()));
                            }
                            (None, _) => {
                                reasons.push(FitReason::MetropolitanException);
                                fit = fit.max(Fit::Conditional);
                            }
                        }
                    }
                    Some(_) => reasons.push(FitReason::OutsideMetropolitan),
                }
            }
            if p.has(RuleKind::SameYearAsDonation) {
                reasons.push(FitReason::CompanyDonation);
                fit = fit.max(Fit::Conditional);
            }
            if let Some(r) = p.rule(RuleKind::PopulationMax) {
                let max = r.max.unwrap_or(0);
                match band_max {
                    None => {
                        reasons.push(FitReason::PopulationUnknown(max));
                        fit = fit.max(Fit::Conditional);
                    }
                    Some(Some(b)) if b <= max => reasons.push(FitReason::PopulationWithin(max)),
                    Some(_) => {
                        reasons.push(FitReason::PopulationAbove(max));
                        fit = fit.max(exclude(!r.status.is_unverified()));
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
