//! Every profile's rules and score in one pass, keeping only the best `k`.

use crate::ask::Ask;
use crate::cover::cover;
use crate::parts::{display_score, Band, RequiredRule, Scorer};
use crate::pool::Pool;
use crate::rules::check;

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

/// What a ranking pass gives.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Outcome {
    /// The best `k` feasible profiles, best first: higher score, then the order of equal
    /// scores (`Parts::tie`), then lower id rank.
    pub top: Vec<Ranked>,
    /// Profiles that pass every rule …
    pub feasible: usize,
    /// … of which this many score above 0.
    pub matching: usize,
    /// Exclusion flags per profile (0 = feasible).
    pub flags: Vec<u32>,
}

/// Up to this many kept, the best are kept in a sorted buffer (each profile costs one
/// comparison with the worst kept); above it, all keys are collected and selected.
const BUFFERED_MAX: usize = 256;

/// Ranks every profile and keeps the best `k`.
///
/// Never inlined: the release build optimises the whole program for size at link time (LTO),
/// and a function inlined into a caller optimised for size is optimised for size with it.
#[inline(never)]
pub fn rank(pool: &Pool, ask: &Ask, k: usize) -> Outcome {
    let n = pool.len();
    let cov = cover(&pool.levels, ask);
    let scorer = Scorer::new(ask);
    let mut flags = vec![0u32; n];
    let mut feasible = 0;
    let mut matching = 0;
    let mut best = Best::new(k, n);
    for (p, slot) in flags.iter_mut().enumerate() {
        let c = check(pool, ask, p);
        *slot = c.flags;
        if c.flags != 0 {
            continue;
        }
        feasible += 1;
        let required = RequiredRule::of(ask, cov.touched[p], cov.closed[p]);
        let covered = cov.covered(p, ask.inferred_percent);
        let (score, tie) = scorer.score(pool, ask, p, covered, required, c.modes);
        matching += usize::from(score > 0);
        // Higher score first, then the order of equal scores: one descending key; the id rank
        // (unique) breaks what is still equal.
        best.offer(u64::from(score) << 32 | u64::from(tie), pool.id_rank[p]);
    }
    let top = best
        .into_sorted()
        .into_iter()
        .map(|(key, id_rank)| Ranked {
            profile: pool.by_rank[id_rank as usize],
            score_milli: (key >> 32) as u32,
        })
        .collect();
    Outcome {
        top,
        feasible,
        matching,
        flags,
    }
}

/// (key, id rank): greater key first, then smaller id rank.
type Entry = (u64, u32);

#[inline(always)]
fn better(a: Entry, b: Entry) -> bool {
    a.0 > b.0 || (a.0 == b.0 && a.1 < b.1)
}

/// The best `k` entries offered.
enum Best {
    /// Sorted best first; full once it holds `k`.
    Buffer {
        k: usize,
        kept: Vec<Entry>,
    },
    All {
        k: usize,
        all: Vec<Entry>,
    },
}

impl Best {
    fn new(k: usize, n: usize) -> Best {
        if k <= BUFFERED_MAX {
            Best::Buffer {
                k,
                kept: Vec::with_capacity(k + 1),
            }
        } else {
            Best::All {
                k,
                all: Vec::with_capacity(n),
            }
        }
    }

    #[inline(always)]
    fn offer(&mut self, key: u64, id_rank: u32) {
        let e = (key, id_rank);
        match self {
            Best::Buffer { k, kept } => {
                if kept.len() == *k {
                    match kept.last() {
                        Some(&worst) if better(e, worst) => {
                            kept.pop();
                        }
                        _ => return,
                    }
                }
                let at = kept.partition_point(|&x| better(x, e));
                kept.insert(at, e);
            }
            Best::All { all, .. } => all.push(e),
        }
    }

    fn into_sorted(self) -> Vec<Entry> {
        let order = |a: &Entry, b: &Entry| b.0.cmp(&a.0).then(a.1.cmp(&b.1));
        match self {
            Best::Buffer { kept, .. } => kept,
            Best::All { k, mut all } => {
                if k > 0 && k < all.len() {
                    all.select_nth_unstable_by(k - 1, order);
                    all.truncate(k);
                }
                all.sort_unstable_by(order);
                all
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ask::{Gate, Mode, Need, Points};
    use crate::cover::cover;
    use crate::parts::{Parts, Scorer};
    use crate::pool::{Levels, UNKNOWN};
    use crate::rules::check;
    use proptest::prelude::*;

    /// A pool and an ask grown from one seed (xorshift).
    fn case(seed: u64, n: usize) -> (Pool, Ask) {
        let mut s = seed | 1;
        let mut next = move |m: u64| {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            s % m.max(1)
        };
        let items = 12;
        let mut levels = Levels::new(items, n);
        for i in 0..items {
            for p in 0..n {
                levels.set(i, p, next(5) as u8, next(4) == 0);
            }
        }
        macro_rules! v {
            ($m:expr) => {
                (0..n).map(|_| next($m)).collect::<Vec<u64>>()
            };
        }
        let pool = Pool {
            levels,
            programme: v!(3).into_iter().map(|x| x as u8).collect(),
            personas: v!(16),
            domains: v!(64),
            base_pref: v!(48).into_iter().map(|x| x as u8).collect(),
            base_region: v!(12)
                .into_iter()
                .map(|x| if x > 10 { UNKNOWN } else { x as u8 })
                .collect(),
            coverage: v!(u64::MAX),
            modes: v!(4).into_iter().map(|x| x as u8).collect(),
            days: v!(6)
                .into_iter()
                .map(|x| if x > 3 { UNKNOWN } else { x as u8 })
                .collect(),
            period: v!(5)
                .into_iter()
                .map(|x| if x > 2 { UNKNOWN } else { x as u8 })
                .collect(),
            track_record: v!(256).into_iter().map(|x| x as u8).collect(),
            experience: v!(80).into_iter().map(|x| x as u8).collect(),
            id_rank: (0..n as u32).rev().collect(),
            by_rank: (0..n as u32).rev().collect(),
        };
        let mut gap: Vec<Need> = Vec::new();
        for i in 0..items {
            if next(3) > 0 {
                gap.push(Need {
                    item: i as u16,
                    have: next(3) as u8,
                    gap: 1 + next(4) as u8,
                    weight: next(21) as u8,
                });
            }
        }
        let gates = (0..3)
            .map(|_| Gate {
                flags: u32::from(next(5) == 0),
                cautions: 0,
                onsite_offered: next(4) > 0,
                online_offered: next(4) > 0,
                same_prefecture: [None, Some(true), Some(false)][next(3) as usize],
                once_per_project: [None, Some(true)][next(2) as usize],
            })
            .collect();
        let ask = Ask {
            required: next(gap.len() as u64 + 1) as usize,
            total_weight: gap
                .iter()
                .map(|g| u32::from(g.weight) * u32::from(g.gap))
                .sum(),
            gap,
            personas: next(16),
            domains: next(1 << 20),
            org_pref: [None, Some(1 + next(47) as u8)][next(2) as usize],
            org_region: [None, Some(next(11) as u8)][next(2) as usize],
            mode: [Mode::Onsite, Mode::Online, Mode::Either][next(3) as usize],
            days: [None, Some(next(4) as u8)][next(2) as usize],
            period: [None, Some(next(3) as u8)][next(2) as usize],
            gates,
            dispatched: (0..n as u32).filter(|_| next(10) == 0).collect(),
            points: Points {
                gap: 1 + next(100) as u32,
                persona: next(101) as u32,
                domain: next(101) as u32,
                logistics: next(101) as u32,
            },
            inferred_percent: [50, 100, next(101) as u8][next(3) as usize],
        };
        (pool, ask)
    }

    proptest! {
        /// The score of the ranking (`Scorer`) is the score of the explanation (`Parts`).
        #[test]
        fn the_scorer_gives_what_the_parts_give(seed in any::<u64>(), n in 0usize..80) {
            let (pool, ask) = case(seed, n);
            let cov = cover(&pool.levels, &ask);
            let scorer = Scorer::new(&ask);
            for p in 0..n {
                let c = check(&pool, &ask, p);
                let required = RequiredRule::of(&ask, cov.touched[p], cov.closed[p]);
                let covered = cov.covered(p, ask.inferred_percent);
                let parts = Parts::compute(&pool, &ask, p, covered, required, c.modes);
                prop_assert_eq!(
                    scorer.score(&pool, &ask, p, covered, required, c.modes),
                    (parts.score_milli(&ask), parts.tie(&pool, p, c.modes))
                );
            }
        }

        /// The buffered top-k and the full selection keep the same profiles in the same order.
        #[test]
        fn every_k_keeps_a_prefix_of_the_full_order(seed in any::<u64>(), n in 0usize..400) {
            let (pool, ask) = case(seed, n);
            let all = rank(&pool, &ask, usize::MAX);
            for k in [0, 1, 7, 20, BUFFERED_MAX, BUFFERED_MAX + 1] {
                let some = rank(&pool, &ask, k);
                prop_assert_eq!(&some.top[..], &all.top[..k.min(all.top.len())]);
                prop_assert_eq!((some.feasible, some.matching), (all.feasible, all.matching));
            }
        }
    }
}
