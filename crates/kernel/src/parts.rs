//! The score, 0–100, from its four parts. See `dxm_domain::matching::score` for what the parts
//! mean; this is the arithmetic, shared by the ranking (every profile) and the explanation
//! (one profile), so that both always give the same number.

use crate::ask::Ask;
use crate::pool::{Pool, ONSITE};

/// Parts of a score are in millionths.
pub const PPM: u64 = 1_000_000;
/// A score of at most this (49 points) when required gaps stay wholly open …
pub const REQUIRED_CAP_MILLI: u32 = 49_000;
/// … and at least this (50 points) when all of them are closed by levels not merely inferred.
pub const REQUIRED_FLOOR_MILLI: u32 = 50_000;

/// Coarse reading of a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Band {
    /// 最適: 80 and above.
    Best,
    /// 適合: 50 to 79.
    Good,
    /// 一部適合: 1 to 49.
    Partial,
    /// 該当なし: closes none of the gap.
    NoMatch,
}

impl Band {
    pub fn of(score: u8) -> Band {
        match score {
            80.. => Band::Best,
            50..=79 => Band::Good,
            1..=49 => Band::Partial,
            0 => Band::NoMatch,
        }
    }
}

/// Score in whole points as shown: rounded, and at least 1 when anything was earned, so that
/// "0" always means "closes nothing".
pub fn display_score(score_milli: u32) -> u8 {
    if score_milli == 0 {
        0
    } else {
        ((score_milli + 500) / 1000).clamp(1, 100) as u8
    }
}

/// Where the person would work from, for the logistics part.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Logistics {
    SamePrefecture,
    SameRegion,
    Elsewhere,
    /// The list does not say where the person is based.
    BaseUnknown,
    /// Only online work is feasible here.
    OnlineOnly,
}

impl Logistics {
    pub fn ppm(self) -> u64 {
        match self {
            Logistics::SamePrefecture => PPM,
            Logistics::SameRegion => 600_000,
            Logistics::Elsewhere | Logistics::BaseUnknown | Logistics::OnlineOnly => 200_000,
        }
    }

    /// Nearer is better, for the order of equal scores.
    pub fn rank(self) -> u32 {
        match self {
            Logistics::SamePrefecture => 3,
            Logistics::SameRegion => 2,
            Logistics::Elsewhere => 1,
            Logistics::BaseUnknown | Logistics::OnlineOnly => 0,
        }
    }

    /// Where profile `p` works from, when the part applies.
    #[inline(always)]
    pub fn of(pool: &Pool, ask: &Ask, p: usize, modes: u8) -> Option<Logistics> {
        let pref = ask.org_pref.filter(|_| ask.logistics_applies())?;
        let base = pool.base_pref[p];
        Some(if modes & ONSITE == 0 {
            Logistics::OnlineOnly
        } else if base == 0 {
            Logistics::BaseUnknown
        } else if base == pref {
            Logistics::SamePrefecture
        } else if ask.org_region.is_some_and(|r| pool.base_region[p] == r) {
            Logistics::SameRegion
        } else {
            Logistics::Elsewhere
        })
    }
}

/// How a profile stands against the required gaps, which bounds its score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequiredRule {
    /// No required gap, or some of it closed: no bound.
    None,
    /// Closes none of the required gaps: at most 49.
    NoneClosed,
    /// Closes every required gap (not with inferred levels alone): at least 50.
    AllClosed,
}

impl RequiredRule {
    /// From the counts of required items touched and closed all the way.
    #[inline(always)]
    pub fn of(ask: &Ask, touched: u8, closed: u8) -> RequiredRule {
        if ask.required == 0 {
            RequiredRule::None
        } else if touched == 0 {
            RequiredRule::NoneClosed
        } else if usize::from(closed) == ask.required {
            RequiredRule::AllClosed
        } else {
            RequiredRule::None
        }
    }
}

/// The four parts of one profile's score; `None` where the part does not apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Parts {
    pub gap_ppm: u64,
    /// (matched, wanted) 人材像 and 取組分野.
    pub persona: Option<(u32, u32)>,
    pub domain: Option<(u32, u32)>,
    pub logistics: Option<Logistics>,
    pub required: RequiredRule,
}

impl Parts {
    /// `covered` is Σ weight × steps × percent over the gap items.
    pub fn compute(
        pool: &Pool,
        ask: &Ask,
        p: usize,
        covered: u32,
        required: RequiredRule,
        modes: u8,
    ) -> Parts {
        let share = |have: u64, want: u64| {
            (want != 0).then(|| ((have & want).count_ones(), want.count_ones()))
        };
        Parts {
            gap_ppm: gap_ppm(ask, covered),
            persona: share(pool.personas[p], ask.personas),
            domain: share(pool.domains[p], ask.domains),
            logistics: Logistics::of(pool, ask, p, modes),
            required,
        }
    }

    /// Something of substance fits: some of the gap, a wanted 人材像 or a chosen field.
    pub fn fits_anything(&self) -> bool {
        self.gap_ppm > 0
            || self.persona.is_some_and(|(m, _)| m > 0)
            || self.domain.is_some_and(|(m, _)| m > 0)
    }

    /// (points, share in millionths) of each part — gap, 人材像, 取組分野, logistics; no share
    /// for a part that does not apply.
    pub fn weighted(&self, ask: &Ask) -> [(u64, Option<u64>); 4] {
        let w = ask.points;
        let ratio = |s: Option<(u32, u32)>| s.map(|(h, n)| u64::from(h) * PPM / u64::from(n));
        [
            (u64::from(w.gap), Some(self.gap_ppm)),
            (u64::from(w.persona), ratio(self.persona)),
            (u64::from(w.domain), ratio(self.domain)),
            (u64::from(w.logistics), self.logistics.map(Logistics::ppm)),
        ]
    }

    /// The score before the required-gap bound (thousandths of a point).
    pub fn raw_milli(&self, ask: &Ask) -> u32 {
        let active = active_points(ask);
        if !self.fits_anything() || active == 0 {
            return 0;
        }
        let earned: u64 = self
            .weighted(ask)
            .iter()
            .filter_map(|(pts, s)| s.map(|s| pts * s))
            .sum();
        (earned / (active * 10)) as u32
    }

    /// Total in thousandths of a point (0–100 000), bounded by the required-gap rule.
    pub fn score_milli(&self, ask: &Ask) -> u32 {
        bounded(self.raw_milli(ask), self.required)
    }

    /// The order among equal scores (higher first): fields and 人材像 matched, nearness, ways
    /// of working, support record, experience. 27 bits.
    pub fn tie(&self, pool: &Pool, p: usize, modes: u8) -> u32 {
        let matched = |s: Option<(u32, u32)>| s.map_or(0, |(m, _)| m);
        tie(
            matched(self.domain),
            matched(self.persona),
            self.logistics.map_or(0, Logistics::rank),
            pool,
            p,
            modes,
        )
    }
}

#[inline(always)]
fn tie(domains: u32, personas: u32, near: u32, pool: &Pool, p: usize, modes: u8) -> u32 {
    (domains.min(63) << 21)
        | (personas.min(7) << 18)
        | (near << 16)
        | (modes.count_ones().min(3) << 14)
        | (u32::from(pool.track_record[p]) << 6)
        | u32::from(pool.experience[p].min(63))
}

/// Share of the gap closed, in millionths.
#[inline(always)]
fn gap_ppm(ask: &Ask, covered: u32) -> u64 {
    if ask.total_weight == 0 {
        0
    } else {
        u64::from(covered) * PPM / (u64::from(ask.total_weight) * 100)
    }
}

/// The points shared among the parts that apply (what a share of 1 of all of them earns).
/// Whether a part applies depends on the query alone, never on the profile.
pub fn active_points(ask: &Ask) -> u64 {
    let w = ask.points;
    u64::from(w.gap)
        + u64::from(w.persona) * u64::from(ask.personas != 0)
        + u64::from(w.domain) * u64::from(ask.domains != 0)
        + u64::from(w.logistics) * u64::from(ask.logistics_applies())
}

/// A score before the required-gap bound, bounded.
#[inline(always)]
fn bounded(raw: u32, required: RequiredRule) -> u32 {
    match required {
        _ if raw == 0 => 0,
        RequiredRule::NoneClosed => raw.min(REQUIRED_CAP_MILLI),
        RequiredRule::AllClosed => raw.max(REQUIRED_FLOOR_MILLI),
        RequiredRule::None => raw,
    }
}

/// `⌊x / d⌋` for a divisor fixed per query, without a division per profile: a multiplication by
/// the reciprocal, then one correction step. Exact for every `x < 2⁵²`.
#[derive(Debug, Clone, Copy)]
struct Divide {
    d: u64,
    inv: f64,
}

impl Divide {
    fn new(d: u64) -> Divide {
        Divide {
            d: d.max(1),
            inv: 1.0 / d.max(1) as f64,
        }
    }

    #[inline(always)]
    fn of(self, x: u64) -> u64 {
        let mut q = (x as f64 * self.inv) as u64;
        // The product is within a few units in the last place: q is off by at most one.
        if q * self.d > x {
            q -= 1;
        } else if (q + 1) * self.d <= x {
            q += 1;
        }
        q
    }
}

/// The score of many profiles against one query: what depends on the query alone is worked
/// out once (the parts that apply, the points of every possible share), so that a profile costs
/// a few table reads and two multiplications. Gives exactly `Parts::score_milli`.
#[derive(Debug, Clone)]
pub struct Scorer {
    active: u64,
    gap_points: u64,
    /// `points × share` for each count of matched 人材像 / 取組分野 (0–64).
    persona: [u64; 65],
    domain: [u64; 65],
    /// `points × share` per `Logistics` (in declaration order), 0 when the part does not apply.
    logistics: [u64; 5],
    gap_div: Divide,
    raw_div: Divide,
    has_gap: bool,
}

impl Scorer {
    pub fn new(ask: &Ask) -> Scorer {
        let w = ask.points;
        let table = |want: u64, pts: u32| {
            let mut t = [0u64; 65];
            let n = u64::from(want.count_ones());
            if n > 0 {
                for (h, v) in t.iter_mut().enumerate().take(n as usize + 1) {
                    *v = u64::from(pts) * (h as u64 * PPM / n);
                }
            }
            t
        };
        let log = |l: Logistics| u64::from(w.logistics) * l.ppm();
        let active = active_points(ask);
        Scorer {
            active,
            gap_points: u64::from(w.gap),
            persona: table(ask.personas, w.persona),
            domain: table(ask.domains, w.domain),
            logistics: [
                log(Logistics::SamePrefecture),
                log(Logistics::SameRegion),
                log(Logistics::Elsewhere),
                log(Logistics::BaseUnknown),
                log(Logistics::OnlineOnly),
            ],
            // ⌊covered·10⁶ / (total·100)⌋ = ⌊covered·10⁴ / total⌋
            gap_div: Divide::new(u64::from(ask.total_weight)),
            raw_div: Divide::new(active * 10),
            has_gap: ask.total_weight != 0,
        }
    }

    /// Score (thousandths of a point) and the order among equal scores of feasible profile `p`.
    #[inline(always)]
    pub fn score(
        &self,
        pool: &Pool,
        ask: &Ask,
        p: usize,
        covered: u32,
        required: RequiredRule,
        modes: u8,
    ) -> (u32, u32) {
        let gap_ppm = if self.has_gap {
            self.gap_div.of(u64::from(covered) * 10_000)
        } else {
            0
        };
        let mp = (pool.personas[p] & ask.personas).count_ones();
        let md = (pool.domains[p] & ask.domains).count_ones();
        let logistics = Logistics::of(pool, ask, p, modes);
        let earned = self.gap_points * gap_ppm
            + self.persona[mp as usize]
            + self.domain[md as usize]
            + logistics.map_or(0, |l| self.logistics[l as usize]);
        let fits = gap_ppm > 0 || mp > 0 || md > 0;
        let raw = if fits && self.active > 0 {
            self.raw_div.of(earned) as u32
        } else {
            0
        };
        let score = bounded(raw, required);
        let near = logistics.map_or(0, Logistics::rank);
        (score, tie(md, mp, near, pool, p, modes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn dividing_by_the_reciprocal_is_exact(x in 0u64..(1 << 52), d in 1u64..(1 << 40)) {
            prop_assert_eq!(Divide::new(d).of(x), x / d);
        }

        #[test]
        fn dividing_small_numbers_is_exact(x in 0u64..100_000_000, d in 1u64..5_000) {
            prop_assert_eq!(Divide::new(d).of(x), x / d);
        }
    }

    #[test]
    fn dividing_at_exact_multiples_is_exact() {
        for d in [1u64, 3, 7, 10, 999, 3920, 1_000_003] {
            for q in [0u64, 1, 2, 1000, 123_456_789] {
                for x in [q * d, (q * d).saturating_sub(1), q * d + 1] {
                    assert_eq!(Divide::new(d).of(x), x / d, "{x} / {d}");
                }
            }
        }
    }
}
