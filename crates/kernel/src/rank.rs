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
