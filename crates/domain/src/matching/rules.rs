//! Hard rules from the programme rule sets, applied before any score: who may use the
//! programme, where the person can work on site, how they can work, whether the same person was
//! already engaged for the project this year, availability and duration. A profile that fails
//! any rule is excluded with every reason that applies — never dropped silently. A rule its
//! sources do not confirm is not applied: what it would exclude is kept as a caution.

use super::index::{ProfileIndex, ONLINE, ONSITE, UNKNOWN};
use super::query::Query;
use super::settings::EngagementMode;
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
pub(crate) mod flag {
    pub const NOT_SELECTED: u32 = 1 << 0;
    pub const NOT_FOR_PREFECTURES: u32 = 1 << 1;
    pub const PREFECTURES_ONLY: u32 = 1 << 2;
    pub const METROPOLITAN: u32 = 1 << 3;
    pub const OTHER_PREFECTURE: u32 = 1 << 4;
    pub const POPULATION: u32 = 1 << 5;
    pub const DURATION: u32 = 1 << 6;
    pub const ALREADY_USED: u32 = 1 << 7;
    pub const DISPATCHED: u32 = 1 << 8;
    pub const NO_ONSITE: u32 = 1 << 9;
    pub const OUTSIDE_COVERAGE: u32 = 1 << 10;
    pub const NO_ONLINE: u32 = 1 << 11;
    pub const AVAILABILITY: u32 = 1 << 12;
    pub const PERIOD: u32 = 1 << 13;
}

/// The outcome of the rules for one profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Check {
    /// Exclusion flags; 0 means feasible.
    pub flags: u32,
    /// What rules not confirmed by their sources would exclude (not applied).
    pub cautions: u32,
    /// Feasible ways of working (ONSITE | ONLINE bits).
    pub modes: u8,
}

/// Applies every rule to one profile. Cheap: a handful of integer operations.
pub(crate) fn check(ix: &ProfileIndex, q: &Query, p: usize) -> Check {
    let gate = &q.gates[usize::from(ix.programme[p])];
    let mut flags = gate.flags;
    let mut cautions = gate.cautions;
    let mut fail = |bit: u32, hard: bool| {
        if hard {
            flags |= bit;
        } else {
            cautions |= bit;
        }
    };
    if let Some(hard) = gate.once_per_project {
        if q.dispatched.binary_search(&(p as u32)).is_ok() {
            fail(flag::DISPATCHED, hard);
        }
    }
    let covered = q
        .org_pref
        .is_none_or(|pref| ix.coverage[p] & (1u64 << pref) != 0);
    if let Some(hard) = gate.same_prefecture {
        if !covered {
            fail(flag::OTHER_PREFECTURE, hard);
        }
    }
    let m = ix.modes[p];
    let onsite_ok = m & ONSITE != 0 && gate.onsite_offered && covered;
    let online_ok = m & ONLINE != 0 && gate.online_offered;
    // Reasons each way of working fails, reported when the needed way fails.
    let onsite_why = if m & ONSITE == 0 || !gate.onsite_offered {
        flag::NO_ONSITE
    } else if covered {
        0
    } else {
        flag::OUTSIDE_COVERAGE
    };
    let online_why = if online_ok { 0 } else { flag::NO_ONLINE };
    let modes = match q.mode {
        EngagementMode::Onsite => {
            flags |= onsite_why;
            u8::from(onsite_ok) * ONSITE
        }
        EngagementMode::Online => {
            flags |= online_why;
            u8::from(online_ok) * ONLINE
        }
        EngagementMode::Either => {
            if !onsite_ok && !online_ok {
                flags |= onsite_why | online_why;
            }
            (u8::from(onsite_ok) * ONSITE) | (u8::from(online_ok) * ONLINE)
        }
    };
    if let Some(need) = q.days {
        if ix.days[p] != UNKNOWN && ix.days[p] < need as u8 {
            flags |= flag::AVAILABILITY;
        }
    }
    if let Some(need) = q.period {
        if ix.period[p] != UNKNOWN && ix.period[p] < need as u8 {
            flags |= flag::PERIOD;
        }
    }
    Check {
        flags,
        cautions,
        modes,
    }
}

/// Every reason behind a set of flags, with its parameters, in a fixed order.
pub(crate) fn reasons(ix: &ProfileIndex, q: &Query, p: usize, flags: u32) -> Vec<Exclusion> {
    let gate = &q.gates[usize::from(ix.programme[p])];
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
    if let (Some(needed), Some(has)) = (q.days, band(ix.days[p])) {
        add(
            flag::AVAILABILITY,
            Exclusion::AvailabilityShort { needed, has },
        );
    }
    if let (Some(needed), Some(has)) = (q.period, period(ix.period[p])) {
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
