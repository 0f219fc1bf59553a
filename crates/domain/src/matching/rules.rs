//! Hard rules from the programme rule sets, applied before any score: who may use the
//! programme, where the person can work on site, how they can work, whether the same person was
//! already engaged for the project this year, availability and duration. A profile that fails
//! any rule is excluded with every reason that applies — never dropped silently. A rule its
//! sources do not confirm is not applied: what it would exclude is kept as a caution.

use super::index::ProfileIndex;
use super::query::Query;
use crate::profile::{DaysBand, PeriodBand};

/// Why a profile cannot be engaged under the current settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Exclusion {
    /// The user left the programme out.
    ProgrammeNotSelected,
    /// The programme is not for prefectures.
    NotForPrefectures,
    /// Only prefectures can use the programme.
    PrefecturesOnly,
    /// 地域活性化起業人: the organisation is in a metropolitan prefecture and not shown to be
    /// one of the exceptions (②).
    MetropolitanArea,
    /// A prefecture's pool serves only municipalities of that prefecture.
    OtherPrefecture,
    /// The organisation's population band is above the programme's maximum.
    PopulationAbove(u32),
    /// The engagement length asked for is outside the programme's range (months).
    DurationOutOfRange { min: Option<u16>, max: Option<u16> },
    /// A once-only programme was already used.
    AlreadyUsed,
    /// The same person was already engaged for this project this year.
    AlreadyDispatched,
    /// On-site work is needed but the person or programme offers none.
    NoOnsite,
    /// On-site work is needed but the organisation is outside the person's area.
    OutsideCoverage,
    /// Online work is needed but the person or programme offers none.
    NoOnline,
    /// The person can give less time than the work needs.
    AvailabilityShort { needed: DaysBand, has: DaysBand },
    /// The person can commit for a shorter period than the engagement.
    PeriodShort { needed: PeriodBand, has: PeriodBand },
}

/// Bit per `Exclusion` kind; the parameters are re-derived from the query when listed.
pub(crate) use dxm_kernel::flag;
pub(crate) use dxm_kernel::Check;

/// Applies every rule to one profile (`dxm_kernel::check`: a handful of integer operations).
pub(crate) fn check(ix: &ProfileIndex, q: &Query, p: usize) -> Check {
    dxm_kernel::check(&ix.pool, &q.ask, p)
}

/// Every reason behind a set of flags, with its parameters, in a fixed order.
pub(crate) fn reasons(ix: &ProfileIndex, q: &Query, p: usize, flags: u32) -> Vec<Exclusion> {
    let gate = &q.gates[ix.programme(p)];
    let band = |v: u8| DaysBand::ALL.get(usize::from(v)).copied();
    let period = |v: u8| PeriodBand::ALL.get(usize::from(v)).copied();
    let mut out = Vec::new();
    let mut add = |bit: u32, e: Exclusion| {
        if flags & bit != 0 {
            out.push(e);
        }
    };
    add(flag::NOT_SELECTED, Exclusion::ProgrammeNotSelected);
    add(flag::NOT_FOR_PREFECTURES, Exclusion::NotForPrefectures);
    add(flag::PREFECTURES_ONLY, Exclusion::PrefecturesOnly);
    add(flag::METROPOLITAN, Exclusion::MetropolitanArea);
    add(flag::OTHER_PREFECTURE, Exclusion::OtherPrefecture);
    add(
        flag::POPULATION,
        Exclusion::PopulationAbove(gate.population_max.unwrap_or(0)),
    );
    add(
        flag::DURATION,
        Exclusion::DurationOutOfRange {
            min: gate.duration.0,
            max: gate.duration.1,
        },
    );
    add(flag::ALREADY_USED, Exclusion::AlreadyUsed);
    add(flag::DISPATCHED, Exclusion::AlreadyDispatched);
    add(flag::NO_ONSITE, Exclusion::NoOnsite);
    add(flag::OUTSIDE_COVERAGE, Exclusion::OutsideCoverage);
    add(flag::NO_ONLINE, Exclusion::NoOnline);
    if let (Some(needed), Some(has)) = (q.days, band(ix.pool.days[p])) {
        add(
            flag::AVAILABILITY,
            Exclusion::AvailabilityShort { needed, has },
        );
    }
    if let (Some(needed), Some(has)) = (q.period, period(ix.pool.period[p])) {
        add(flag::PERIOD, Exclusion::PeriodShort { needed, has });
    }
    out
}

/// Which part of a programme's data an exclusion comes from, so that a caution can show the
/// rule and its sources: the eligibility, or a rule of a kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleSource {
    Eligibility,
    Rule(crate::programme::RuleKind),
    /// The person's own data or the engagement asked for, not a programme rule.
    Profile,
}

impl Exclusion {
    pub fn source(self) -> RuleSource {
        use crate::programme::RuleKind as K;
        match self {
            Exclusion::NotForPrefectures
            | Exclusion::PrefecturesOnly
            | Exclusion::MetropolitanArea => RuleSource::Eligibility,
            Exclusion::OtherPrefecture => RuleSource::Rule(K::SamePrefecture),
            Exclusion::PopulationAbove(_) => RuleSource::Rule(K::PopulationMax),
            Exclusion::DurationOutOfRange { .. } => RuleSource::Rule(K::DurationMonths),
            Exclusion::AlreadyUsed => RuleSource::Rule(K::OncePerOrganisation),
            Exclusion::AlreadyDispatched => RuleSource::Rule(K::OncePerProjectYear),
            _ => RuleSource::Profile,
        }
    }
}
