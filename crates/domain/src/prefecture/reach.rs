//! Who may serve whom: for each municipality, the loaded people it could engage under the
//! programmes' hard rules (eligibility, coverage, ways of working and what the municipality
//! already used, as it entered them), as bit sets over the profiles.
//!
//! The prefecture looks at every programme, so the municipality's own choice of programmes is
//! set aside here; everything else about its situation is kept.

use crate::assessment::Assessment;
use crate::catalog::Catalog;
use crate::matching::rules::check;
use crate::matching::{ProfileIndex, Query};
use crate::programme::{MunicipalityScope, Programme, RuleKind};

/// Whether a programme is a prefecture's own pool (it serves only that prefecture).
pub fn is_pool(p: &Programme) -> bool {
    p.eligibility.municipality_scope == MunicipalityScope::SamePrefecture
        || p.has(RuleKind::SamePrefecture)
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reach {
    n_profiles: usize,
    words: usize,
    /// `eligible[m * words ..][..words]`: profiles municipality `m` may engage.
    eligible: Vec<u64>,
    /// Profiles of a pool programme.
    pool: Vec<u64>,
    /// `at_least[(item * 5 + level) * words ..][..words]`: profiles at `level` or above.
    at_least: Vec<u64>,
}

impl Reach {
    pub fn build(cat: &Catalog, ix: &ProfileIndex, assessments: &[&Assessment]) -> Reach {
        let n = ix.len();
        let words = n.div_ceil(64).max(1);
        let mut eligible = vec![0u64; assessments.len() * words];
        for (m, a) in assessments.iter().enumerate() {
            let mut s = a.matching.clone();
            s.programmes.clear();
            let q = Query::compile(cat, ix, a, &s);
            let row = &mut eligible[m * words..(m + 1) * words];
            for p in 0..n {
                if check(ix, &q, p).flags == 0 {
                    row[p / 64] |= 1 << (p % 64);
                }
            }
        }
        let mut pool = vec![0u64; words];
        for p in 0..n {
            let prog = &cat.programmes.programmes[ix.programme(p)];
            if is_pool(prog) {
                pool[p / 64] |= 1 << (p % 64);
            }
        }
        let n_items = ix.n_items();
        let mut at_least = vec![0u64; n_items * 5 * words];
        for item in 0..n_items {
            for (p, &l) in ix.item_levels(item).iter().enumerate() {
                for level in 0..=usize::from(l.min(4)) {
                    at_least[(item * 5 + level) * words + p / 64] |= 1 << (p % 64);
                }
            }
        }
        Reach {
            n_profiles: n,
            words,
            eligible,
            pool,
            at_least,
        }
    }

    pub fn n_profiles(&self) -> usize {
        self.n_profiles
    }

    pub(crate) fn words(&self) -> usize {
        self.words
    }

    pub(crate) fn eligible(&self, m: usize) -> &[u64] {
        &self.eligible[m * self.words..(m + 1) * self.words]
    }

    pub fn may_engage(&self, m: usize, profile: usize) -> bool {
        self.eligible(m)[profile / 64] & (1 << (profile % 64)) != 0
    }

    pub fn is_pool_profile(&self, profile: usize) -> bool {
        self.pool[profile / 64] & (1 << (profile % 64)) != 0
    }

    pub(crate) fn pool(&self) -> &[u64] {
        &self.pool
    }

    pub(crate) fn at_least(&self, item: usize, level: u8) -> &[u64] {
        let at = (item * 5 + usize::from(level.min(4))) * self.words;
        &self.at_least[at..at + self.words]
    }

    /// Highest level of `item` that someone `m` may engage reaches, among the profiles in
    /// `within` (all profiles when `None`), searching down from `from` to `above` + 1;
    /// `above` when none.
    pub(crate) fn best_level(
        &self,
        m: usize,
        item: usize,
        from: u8,
        above: u8,
        within: Option<&[u64]>,
    ) -> u8 {
        let el = self.eligible(m);
        (above + 1..=from)
            .rev()
            .find(|&l| {
                let al = self.at_least(item, l);
                (0..self.words).any(|w| el[w] & al[w] & within.map_or(u64::MAX, |x| x[w]) != 0)
            })
            .unwrap_or(above)
    }
}

/// Number of set bits in `a & b & c`.
pub(crate) fn count3(a: &[u64], b: &[u64], c: &[u64]) -> u32 {
    a.iter()
        .zip(b)
        .zip(c)
        .map(|((x, y), z)| (x & y & z).count_ones())
        .sum()
}
