//! The score, 0–100, of every feasible profile, and the top of the ranking.
//!
//! Four parts, each a share between 0 and 1, weighed by the points in `Weights`:
//! - gap: Σ wᵢ·cᵢ·eᵢ / Σ wᵢ·gᵢ over the items with a gap, where gᵢ = need − have,
//!   cᵢ = min(max(level − have, 0), gᵢ) — a level above the need earns nothing extra — and eᵢ
//!   is 1, or the crosswalk's discount (½) when the level was inferred from field tags;
//! - 人材像: share of the wanted 人材像 the person has;
//! - 取組分野: share of the chosen fields (and the project's topics) the person works in;
//! - logistics, for on-site work: same prefecture 1, same 総合通信局 area 0.6, elsewhere 0.2.
//!
//! A part that does not apply (nothing chosen, online-only work, no organisation) gives its
//! points to the others in proportion, so 100 stays reachable. A profile that closes none of
//! the gap and fits none of the chosen 人材像 and fields scores 0, whatever its logistics.
//!
//! Required before desirable: when the assessment has required gaps, a profile that closes
//! none of them scores at most 49 (一部適合), and one that closes all of them with levels that
//! are not merely inferred scores at least 50 (適合). All arithmetic is on integers (parts in
//! millionths), so every platform gives the same numbers. Equal scores are ordered by the
//! fields and 人材像 matched, how close the person is, how they can work, their support record
//! and experience, and only then by profile id.

use super::index::{ProfileIndex, ONSITE};
use super::query::Query;
use super::rules::{check, Check};
use super::settings::EngagementMode;

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

pub(crate) const PPM: u64 = 1_000_000;

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
    fn rank(self) -> u32 {
        match self {
            Logistics::SamePrefecture => 3,
            Logistics::SameRegion => 2,
            Logistics::Elsewhere => 1,
            Logistics::BaseUnknown | Logistics::OnlineOnly => 0,
        }
    }
}

/// A score of at most this (49 points) when required gaps stay wholly open …
pub const REQUIRED_CAP_MILLI: u32 = 49_000;
/// … and at least this (50 points) when all of them are closed by levels not merely inferred.
pub const REQUIRED_FLOOR_MILLI: u32 = 50_000;

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

/// What one pass over the gap items gives per profile.
#[derive(Debug, Clone, Default)]
pub(crate) struct Coverage {
    /// Σ weight × steps × percent over the gap items.
    pub covered: Vec<u32>,
    /// Required items touched at all, and required items closed by levels not inferred.
    pub required_touched: Vec<u8>,
    pub required_closed: Vec<u8>,
}

impl Coverage {
    pub fn rule(&self, q: &Query, p: usize) -> RequiredRule {
        required_rule(q, self.required_touched[p], self.required_closed[p])
    }
}

pub(crate) fn required_rule(q: &Query, touched: u8, closed: u8) -> RequiredRule {
    if q.required == 0 {
        RequiredRule::None
    } else if touched == 0 {
        RequiredRule::NoneClosed
    } else if usize::from(closed) == q.required {
        RequiredRule::AllClosed
    } else {
        RequiredRule::None
    }
}

/// The four parts of one profile's score; `None` where the part does not apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Parts {
    pub gap_ppm: u64,
    pub persona: Option<(u32, u32)>,
    pub domain: Option<(u32, u32)>,
    pub logistics: Option<Logistics>,
    pub required: RequiredRule,
}

/// The parts of one profile's score, computed on its own (for explanations and teams; the
/// ranking computes all profiles at once in `covered_all`).
pub(crate) fn parts_of(ix: &ProfileIndex, q: &Query, p: usize, modes: u8) -> Parts {
    let (mut covered, mut touched, mut closed) = (0u32, 0u8, 0u8);
    for (k, g) in q.gap.iter().enumerate() {
        let i = g.item.get();
        let steps = ix.level(i, p).saturating_sub(g.have).min(g.gap);
        let pct = ix.weight(i, p);
        covered += u32::from(steps) * u32::from(g.weight) * u32::from(pct);
        if k < q.required {
            touched += u8::from(steps > 0);
            closed += u8::from(steps == g.gap && pct == 100);
        }
    }
    Parts::compute(ix, q, p, covered, required_rule(q, touched, closed), modes)
}

impl Parts {
    /// `covered` is Σ weight × steps × percent (see `covered_all`).
    pub fn compute(
        ix: &ProfileIndex,
        q: &Query,
        p: usize,
        covered: u32,
        required: RequiredRule,
        modes: u8,
    ) -> Parts {
        let share = |have: u64, want: u64| {
            (want != 0).then(|| ((have & want).count_ones(), want.count_ones()))
        };
        let logistics = match (q.mode, q.org_pref) {
            (EngagementMode::Online, _) | (_, None) => None,
            (_, Some(pref)) => Some(if modes & ONSITE == 0 {
                Logistics::OnlineOnly
            } else if ix.base_pref[p] == 0 {
                Logistics::BaseUnknown
            } else if ix.base_pref[p] == pref {
                Logistics::SamePrefecture
            } else if q.org_region.is_some_and(|r| ix.base_region[p] == r) {
                Logistics::SameRegion
            } else {
                Logistics::Elsewhere
            }),
        };
        Parts {
            gap_ppm: if q.total_weight == 0 {
                0
            } else {
                u64::from(covered) * PPM / (u64::from(q.total_weight) * 100)
            },
            persona: share(ix.personas[p], q.personas),
            domain: share(ix.domains[p], q.domains),
            logistics,
            required,
        }
    }

    /// Something of substance fits: some of the gap, a wanted 人材像 or a chosen field.
    pub fn fits_anything(&self) -> bool {
        self.gap_ppm > 0
            || self.persona.is_some_and(|(m, _)| m > 0)
            || self.domain.is_some_and(|(m, _)| m > 0)
    }

    /// The score before the required-gap bound (thousandths of a point).
    pub fn raw_milli(&self, q: &Query) -> u32 {
        if !self.fits_anything() {
            return 0;
        }
        let parts = self.weighted(q);
        let active = active_points(&parts);
        let earned: u64 = parts.iter().filter_map(|(pts, s)| s.map(|s| pts * s)).sum();
        (earned / (active * 10)) as u32
    }

    /// (points, share in millionths) of each part — gap, 人材像, 取組分野, logistics; no share
    /// for a part that does not apply.
    pub fn weighted(&self, q: &Query) -> [(u64, Option<u64>); 4] {
        let w = q.weights;
        let ratio = |s: Option<(u32, u32)>| s.map(|(h, n)| u64::from(h) * PPM / u64::from(n));
        [
            (u64::from(w.gap_points), Some(self.gap_ppm)),
            (u64::from(w.persona_points), ratio(self.persona)),
            (u64::from(w.domain_points), ratio(self.domain)),
            (
                u64::from(w.logistics_points),
                self.logistics.map(Logistics::ppm),
            ),
        ]
    }

    /// Total in thousandths of a point (0–100 000), bounded by the required-gap rule.
    pub fn score_milli(&self, q: &Query) -> u32 {
        let raw = self.raw_milli(q);
        match self.required {
            _ if raw == 0 => 0,
            RequiredRule::NoneClosed => raw.min(REQUIRED_CAP_MILLI),
            RequiredRule::AllClosed => raw.max(REQUIRED_FLOOR_MILLI),
            RequiredRule::None => raw,
        }
    }

    /// The order among equal scores (higher first): fields and 人材像 matched, nearness, ways
    /// of working, support record, experience. 27 bits.
    pub fn tie(&self, ix: &ProfileIndex, p: usize, modes: u8) -> u32 {
        let matched = |s: Option<(u32, u32)>| s.map_or(0, |(m, _)| m);
        (matched(self.domain).min(63) << 21)
            | (matched(self.persona).min(7) << 18)
            | (self.logistics.map_or(0, Logistics::rank) << 16)
            | (modes.count_ones().min(3) << 14)
            | (u32::from(ix.track_record[p]) << 6)
            | u32::from(ix.experience[p].min(63))
    }
}

/// The points shared among the parts that apply (what a share of 1 of all of them earns).
pub(crate) fn active_points(weighted: &[(u64, Option<u64>)]) -> u64 {
    weighted
        .iter()
        .filter(|(_, s)| s.is_some())
        .map(|(pts, _)| pts)
        .sum()
}

/// Weighted gap closure of every profile: one linear pass per gap item over that item's levels
/// and weights (item-major), which the compiler turns into SIMD; the required items also count
/// which of them each profile touches and closes.
pub(crate) fn covered_all(ix: &ProfileIndex, q: &Query) -> Coverage {
    let n = ix.len();
    let mut c = Coverage {
        covered: vec![0u32; n],
        required_touched: vec![0u8; n],
        required_closed: vec![0u8; n],
    };
    for (k, g) in q.gap.iter().enumerate() {
        let (have, gap, w) = (g.have, g.gap, u32::from(g.weight));
        let levels = ix.item_levels(g.item.get());
        let weights = ix.item_weights(g.item.get());
        for ((a, &l), &pct) in c.covered.iter_mut().zip(levels).zip(weights) {
            *a += u32::from(l.saturating_sub(have).min(gap)) * w * u32::from(pct);
        }
        if k < q.required {
            for (p, (&l, &pct)) in levels.iter().zip(weights).enumerate() {
                let steps = l.saturating_sub(have).min(gap);
                c.required_touched[p] += u8::from(steps > 0);
                c.required_closed[p] += u8::from(steps == gap && pct == 100);
            }
        }
    }
    c
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ranked {
    pub profile: u32,
    pub score_milli: u32,
}

impl Ranked {
    pub fn score(&self) -> u8 {
        display_score(self.score_milli)
    }
    pub fn band(&self) -> Band {
        Band::of(self.score())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ranking {
    /// The best `k` feasible profiles, best first (equal scores in the order of `Parts::tie`,
    /// then by profile id).
    pub top: Vec<Ranked>,
    /// Profiles that pass every rule …
    pub feasible: usize,
    /// … of which this many close some of the gap.
    pub matching: usize,
    /// Profiles excluded by a rule (listed with reasons, never dropped).
    pub excluded: usize,
    /// Exclusion flags per profile (0 = feasible).
    pub(crate) flags: Vec<u32>,
}

/// Ranks every profile and keeps the best `k` (top-k selection, not a full sort).
pub fn rank(ix: &ProfileIndex, q: &Query, k: usize) -> Ranking {
    let n = ix.len();
    let cov = covered_all(ix, q);
    let mut flags = vec![0u32; n];
    let mut keys: Vec<u128> = Vec::with_capacity(n);
    let mut matching = 0;
    for (p, slot) in flags.iter_mut().enumerate() {
        let Check {
            flags: f, modes, ..
        } = check(ix, q, p);
        *slot = f;
        if f != 0 {
            continue;
        }
        let parts = Parts::compute(ix, q, p, cov.covered[p], cov.rule(q, p), modes);
        let score = parts.score_milli(q);
        matching += usize::from(score > 0);
        // Higher score first, then the meaningful order of equal scores, then lower id rank:
        // all in one descending key.
        keys.push(
            u128::from(score) << 64
                | u128::from(parts.tie(ix, p, modes)) << 32
                | u128::from(u32::MAX - ix.id_rank[p]),
        );
    }
    let feasible = keys.len();
    let k = k.min(feasible);
    if k > 0 && k < feasible {
        keys.select_nth_unstable_by(k - 1, |a, b| b.cmp(a));
        keys.truncate(k);
    }
    keys.sort_unstable_by(|a, b| b.cmp(a));
    keys.truncate(k);
    let top = keys
        .into_iter()
        .map(|key| Ranked {
            profile: ix.by_rank[(u32::MAX - key as u32) as usize],
            score_milli: (key >> 64) as u32,
        })
        .collect();
    Ranking {
        top,
        feasible,
        matching,
        excluded: n - feasible,
        flags,
    }
}

impl Ranking {
    pub fn is_excluded(&self, profile: usize) -> bool {
        self.flags.get(profile).is_some_and(|&f| f != 0)
    }

    /// Excluded profiles in id order, from `offset`, at most `limit`.
    pub fn excluded_page(&self, ix: &ProfileIndex, offset: usize, limit: usize) -> Vec<u32> {
        ix.by_rank
            .iter()
            .copied()
            .filter(|&p| self.flags[p as usize] != 0)
            .skip(offset)
            .take(limit)
            .collect()
    }
}
