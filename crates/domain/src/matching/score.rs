//! The score, 0–100, of every feasible profile, and the top of the ranking.
//!
//! Four parts, each a share between 0 and 1, weighed by the points in `Weights`:
//! - gap: Σ wᵢ·cᵢ / Σ wᵢ·gᵢ over the items with a gap, where gᵢ = need − have and
//!   cᵢ = min(max(level − have, 0), gᵢ) — a level above the need earns nothing extra;
//! - 人材像: share of the wanted 人材像 the person has;
//! - 取組分野: share of the chosen fields the person works in;
//! - logistics, for on-site work: same prefecture 1, same 総合通信局 area 0.6, elsewhere 0.2.
//!
//! A part that does not apply (nothing chosen, online-only work, no organisation) gives its
//! points to the others in proportion, so 100 stays reachable. A profile that closes none of
//! the gap scores 0 whatever else it offers. All arithmetic is on integers (parts in millionths),
//! so every platform gives the same numbers; ties are ordered by profile id.

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
    /// Only online work is feasible here.
    OnlineOnly,
}

impl Logistics {
    pub fn ppm(self) -> u64 {
        match self {
            Logistics::SamePrefecture => PPM,
            Logistics::SameRegion => 600_000,
            Logistics::Elsewhere | Logistics::OnlineOnly => 200_000,
        }
    }
}

/// The four parts of one profile's score; `None` where the part does not apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Parts {
    pub gap_ppm: u64,
    pub persona: Option<(u32, u32)>,
    pub domain: Option<(u32, u32)>,
    pub logistics: Option<Logistics>,
}

impl Parts {
    pub fn compute(ix: &ProfileIndex, q: &Query, p: usize, covered: u32, modes: u8) -> Parts {
        let share = |have: u64, want: u64| {
            (want != 0).then(|| ((have & want).count_ones(), want.count_ones()))
        };
        let logistics = match (q.mode, q.org_pref) {
            (EngagementMode::Online, _) | (_, None) => None,
            (_, Some(pref)) => Some(if modes & ONSITE == 0 {
                Logistics::OnlineOnly
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
                u64::from(covered) * PPM / u64::from(q.total_weight)
            },
            persona: share(ix.personas[p], q.personas),
            domain: share(ix.domains[p], q.domains),
            logistics,
        }
    }

    /// (points, share in millionths) of each part that applies: gap, 人材像, 取組分野, logistics.
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

    /// Total in thousandths of a point (0–100 000).
    pub fn score_milli(&self, q: &Query) -> u32 {
        if self.gap_ppm == 0 {
            return 0;
        }
        let parts = self.weighted(q);
        let active: u64 = parts
            .iter()
            .filter(|(_, s)| s.is_some())
            .map(|(pts, _)| pts)
            .sum();
        let earned: u64 = parts.iter().filter_map(|(pts, s)| s.map(|s| pts * s)).sum();
        (earned / (active * 10)) as u32
    }
}

/// Weighted gap closure of every profile: one linear pass per gap item over that item's
/// levels (item-major), which the compiler turns into SIMD.
pub(crate) fn covered_all(ix: &ProfileIndex, q: &Query) -> Vec<u16> {
    let mut acc = vec![0u16; ix.len()];
    for g in &q.gap {
        let (have, gap, w) = (g.have, g.gap, u16::from(g.weight));
        for (a, &l) in acc.iter_mut().zip(ix.item_levels(g.item.get())) {
            *a += u16::from(l.saturating_sub(have).min(gap)) * w;
        }
    }
    acc
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
    /// The best `k` feasible profiles, best first; ties by profile id.
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
    let covered = covered_all(ix, q);
    let mut flags = vec![0u32; n];
    let mut keys: Vec<u64> = Vec::with_capacity(n);
    let mut matching = 0;
    for p in 0..n {
        let Check { flags: f, modes } = check(ix, q, p);
        flags[p] = f;
        if f != 0 {
            continue;
        }
        let score = Parts::compute(ix, q, p, u32::from(covered[p]), modes).score_milli(q);
        matching += usize::from(score > 0);
        // Higher score first, then lower id rank: both in one descending key.
        keys.push(u64::from(score) << 32 | u64::from(u32::MAX - ix.id_rank[p]));
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
            score_milli: (key >> 32) as u32,
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
