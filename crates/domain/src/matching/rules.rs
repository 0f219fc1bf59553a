//! Hard rules from the programme rule sets, applied before any score: who may use the
//! programme, where the person can work on site, how they can work, what is left of this
//! fiscal year's quota, availability and duration. A profile that fails any rule is excluded
//! with every reason that applies — never dropped silently.

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
    /// 地域活性化起業人: the organisation is in a metropolitan prefecture (no exception declared).
    MetropolitanArea,
    /// A prefecture's pool serves only municipalities of that prefecture.
    OtherPrefecture,
    /// The organisation's population band is above the programme's maximum.
    PopulationAbove(u32),
    /// The engagement length asked for is outside the programme's range (months).
    DurationOutOfRange { min: Option<u16>, max: Option<u16> },
    /// The programme's head-count limit is used up this year.
    PersonsLimit(u8),
    /// A once-only programme was already used.
    AlreadyUsed,
    /// The same person was already dispatched to this project this year.
    AlreadyDispatched,
    /// On-site work is needed but the person or programme offers none.
    NoOnsite,
    /// On-site work is needed but the organisation is outside the person's area.
    OutsideCoverage,
    /// On-site work is needed but no visit is left this year (limit given).
    OnsiteQuotaUsed(u16),
    /// Online work is needed but the person or programme offers none.
    NoOnline,
    /// Online work is needed but no hour is left this year (limit given).
    OnlineQuotaUsed(u16),
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
    pub const PERSONS: u32 = 1 << 7;
    pub const ALREADY_USED: u32 = 1 << 8;
    pub const DISPATCHED: u32 = 1 << 9;
    pub const NO_ONSITE: u32 = 1 << 10;
    pub const OUTSIDE_COVERAGE: u32 = 1 << 11;
    pub const ONSITE_QUOTA: u32 = 1 << 12;
    pub const NO_ONLINE: u32 = 1 << 13;
    pub const ONLINE_QUOTA: u32 = 1 << 14;
    pub const AVAILABILITY: u32 = 1 << 15;
    pub const PERIOD: u32 = 1 << 16;
}

/// The outcome of the rules for one profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Check {
    /// Exclusion flags; 0 means feasible.
    pub flags: u32,
    /// Feasible ways of working (ONSITE | ONLINE bits).
    pub modes: u8,
}

/// Applies every rule to one profile. Cheap: a handful of integer operations.
pub(crate) fn check(ix: &ProfileIndex, q: &Query, p: usize) -> Check {
    let gate = &q.gates[usize::from(ix.programme[p])];
    let mut flags = gate.flags;
    if q.dispatched.binary_search(&(p as u32)).is_ok() {
        flags |= flag::DISPATCHED;
    }
    let covered = q
        .org_pref
        .is_none_or(|pref| ix.coverage[p] & (1u64 << pref) != 0);
    if gate.same_prefecture_only && !covered {
        flags |= flag::OTHER_PREFECTURE;
    }
    let m = ix.modes[p];
    let onsite_offer = m & ONSITE != 0 && gate.onsite_offered;
    let online_offer = m & ONLINE != 0 && gate.online_offered;
    let onsite_ok = onsite_offer && covered && gate.onsite_left != Some(0);
    let online_ok = online_offer && gate.online_left != Some(0);
    // Reasons each way of working fails, reported when the needed way fails.
    let onsite_why = if !onsite_offer {
        flag::NO_ONSITE
    } else {
        (if covered { 0 } else { flag::OUTSIDE_COVERAGE })
            | (if gate.onsite_left == Some(0) {
                flag::ONSITE_QUOTA
            } else {
                0
            })
    };
    let online_why = if !online_offer {
        flag::NO_ONLINE
    } else if gate.online_left == Some(0) {
        flag::ONLINE_QUOTA
    } else {
        0
    };
    let modes = match q.mode {
        EngagementMode::Onsite => {
            if !onsite_ok {
                flags |= onsite_why;
            }
            if onsite_ok {
                ONSITE
            } else {
                0
            }
        }
        EngagementMode::Online => {
            if !online_ok {
                flags |= online_why;
            }
            if online_ok {
                ONLINE
            } else {
                0
            }
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
    Check { flags, modes }
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
    add(
        flag::PERSONS,
        Exclusion::PersonsLimit(gate.max_persons.unwrap_or(0)),
    );
    add(flag::ALREADY_USED, Exclusion::AlreadyUsed);
    add(flag::DISPATCHED, Exclusion::AlreadyDispatched);
    add(flag::NO_ONSITE, Exclusion::NoOnsite);
    add(flag::OUTSIDE_COVERAGE, Exclusion::OutsideCoverage);
    add(
        flag::ONSITE_QUOTA,
        Exclusion::OnsiteQuotaUsed(gate.onsite_limit.unwrap_or(0)),
    );
    add(flag::NO_ONLINE, Exclusion::NoOnline);
    add(
        flag::ONLINE_QUOTA,
        Exclusion::OnlineQuotaUsed(gate.online_limit.unwrap_or(0)),
    );
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
