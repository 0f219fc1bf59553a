//! The hard rules for one profile: a handful of integer operations on the programme's gate
//! and the profile's attributes. The domain crate turns the flags into reasons
//! (`dxm_domain::matching::Exclusion`).

use crate::ask::{Ask, Mode};
use crate::pool::{Pool, ONLINE, ONSITE, UNKNOWN};

/// Bit per exclusion kind.
pub mod flag {
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
pub struct Check {
    /// Exclusion flags; 0 means feasible.
    pub flags: u32,
    /// What rules not confirmed by their sources would exclude (not applied).
    pub cautions: u32,
    /// Feasible ways of working (`ONSITE | ONLINE` bits).
    pub modes: u8,
}

/// Applies every rule to one profile.
#[inline(always)]
pub fn check(pool: &Pool, ask: &Ask, p: usize) -> Check {
    let gate = &ask.gates[usize::from(pool.programme[p])];
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
        if !ask.dispatched.is_empty() && ask.dispatched.binary_search(&(p as u32)).is_ok() {
            fail(flag::DISPATCHED, hard);
        }
    }
    let covered = ask
        .org_pref
        .is_none_or(|pref| pool.coverage[p] & (1u64 << (pref & 63)) != 0);
    if let Some(hard) = gate.same_prefecture {
        if !covered {
            fail(flag::OTHER_PREFECTURE, hard);
        }
    }
    let m = pool.modes[p];
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
    let modes = match ask.mode {
        Mode::Onsite => {
            flags |= onsite_why;
            u8::from(onsite_ok) * ONSITE
        }
        Mode::Online => {
            flags |= online_why;
            u8::from(online_ok) * ONLINE
        }
        Mode::Either => {
            if !onsite_ok && !online_ok {
                flags |= onsite_why | online_why;
            }
            (u8::from(onsite_ok) * ONSITE) | (u8::from(online_ok) * ONLINE)
        }
    };
    if let Some(need) = ask.days {
        let has = pool.days[p];
        if has != UNKNOWN && has < need {
            flags |= flag::AVAILABILITY;
        }
    }
    if let Some(need) = ask.period {
        let has = pool.period[p];
        if has != UNKNOWN && has < need {
            flags |= flag::PERIOD;
        }
    }
    Check {
        flags,
        cautions,
        modes,
    }
}
