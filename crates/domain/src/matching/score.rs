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

//!
//! The arithmetic lives in the kernel (`dxm_kernel::Scorer` for every profile at once,
//! `dxm_kernel::Parts` for one profile's explanation): both give the same number.

use super::index::ProfileIndex;
use super::query::Query;

pub use dxm_kernel::{
    display_score, Band, Logistics, Ranked, RequiredRule, REQUIRED_CAP_MILLI, REQUIRED_FLOOR_MILLI,
};
pub(crate) use dxm_kernel::{Parts, PPM};

/// The points shared among the parts that apply (what a share of 1 of all of them earns).
pub(crate) fn active_points(weighted: &[(u64, Option<u64>)]) -> u64 {
    weighted
        .iter()
        .filter(|(_, s)| s.is_some())
        .map(|(pts, _)| pts)
        .sum()
}

/// The parts of one profile's score, computed on its own (for explanations and teams; the
/// ranking computes all profiles at once).
pub(crate) fn parts_of(ix: &ProfileIndex, q: &Query, p: usize, modes: u8) -> Parts {
    let (mut covered, mut touched, mut closed) = (0u32, 0u8, 0u8);
    for (k, g) in q.gap.iter().enumerate() {
        let i = g.item.get();
        let steps = ix.level(i, p).saturating_sub(g.have).min(g.gap);
        let pct = ix.weight(i, p);
        covered += u32::from(steps) * u32::from(g.weight) * u32::from(pct);
        if k < q.required() {
            touched += u8::from(steps > 0);
            closed += u8::from(steps == g.gap && pct == 100);
        }
    }
    Parts::compute(
        &ix.pool,
        &q.ask,
        p,
        covered,
        RequiredRule::of(&q.ask, touched, closed),
        modes,
    )
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

/// Ranks every profile and keeps the best `k` (top-k selection, not a full sort), in one pass
/// of the kernel (`dxm_kernel::rank`).
pub fn rank(ix: &ProfileIndex, q: &Query, k: usize) -> Ranking {
    let o = dxm_kernel::rank(&ix.pool, &q.ask, k);
    Ranking {
        top: o.top,
        feasible: o.feasible,
        matching: o.matching,
        excluded: ix.len() - o.feasible,
        flags: o.flags,
    }
}

impl Ranking {
    pub fn is_excluded(&self, profile: usize) -> bool {
        self.flags.get(profile).is_some_and(|&f| f != 0)
    }

    /// Excluded profiles in id order, from `offset`, at most `limit`.
    pub fn excluded_page(&self, ix: &ProfileIndex, offset: usize, limit: usize) -> Vec<u32> {
        ix.pool
            .by_rank
            .iter()
            .copied()
            .filter(|&p| self.flags[p as usize] != 0)
            .skip(offset)
            .take(limit)
            .collect()
    }
}
