//! Supply against demand, per item, needed level and priority: in how many municipalities the
//! need is open, in how many someone they may engage reaches the level (from the
//! prefecture's pool, or from anyone loaded), and how many such people there are. Rows the
//! pool does not cover are the pool's recruitment targets, e.g. 「セキュリティ体制構築・運営
//! レベルb が 12 市町村で必須、プールに0人」.

use super::demand::DemandMap;
use super::reach::{count3, Reach};
use crate::level::{Level, Priority};
use crate::standard::ItemIdx;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SupplyRow {
    pub item: ItemIdx,
    pub need: Level,
    pub priority: Priority,
    /// Municipalities where this need is open.
    pub municipalities: u32,
    /// … where someone from the pool they may engage reaches the level.
    pub covered_by_pool: u32,
    /// … where anyone loaded they may engage reaches the level.
    pub covered: u32,
    /// … where nobody reaches the level but someone would narrow the gap.
    pub partly: u32,
    /// Distinct people at the level or above whom at least one of these municipalities may
    /// engage: from the pool, and from the other lists.
    pub pool_people: u32,
    pub other_people: u32,
    /// Σ gap steps, and the steps that the best person each municipality may engage closes.
    pub gap: u32,
    pub closable: u32,
}

impl SupplyRow {
    pub fn uncovered_by_pool(&self) -> u32 {
        self.municipalities - self.covered_by_pool
    }

    pub fn uncovered(&self) -> u32 {
        self.municipalities - self.covered
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Supply {
    /// Required rows first, then those the pool leaves open in most municipalities, then the
    /// most demanded, the higher level, the item order.
    pub rows: Vec<SupplyRow>,
    /// Profiles loaded: of a pool programme, and of the other programmes.
    pub pool_profiles: u32,
    pub other_profiles: u32,
    /// Σ gap steps over all demands, and the steps the pool alone / anyone could close.
    pub gap: u32,
    pub closable_by_pool: u32,
    pub closable: u32,
}

impl Supply {
    pub fn build(map: &DemandMap, reach: &Reach) -> Supply {
        let words = reach.words();
        let pool = reach.pool();
        let others: Vec<u64> = pool.iter().map(|w| !w).collect();
        let mut groups: BTreeMap<(Priority, ItemIdx, std::cmp::Reverse<Level>), Vec<usize>> =
            BTreeMap::new();
        for (k, d) in map.demands.iter().enumerate() {
            groups
                .entry((d.priority, d.item, std::cmp::Reverse(d.need)))
                .or_default()
                .push(k);
        }
        let mut out = Supply::default();
        for p in 0..reach.n_profiles() {
            if reach.is_pool_profile(p) {
                out.pool_profiles += 1;
            } else {
                out.other_profiles += 1;
            }
        }
        let mut union = vec![0u64; words];
        for ((priority, item, std::cmp::Reverse(need)), ks) in groups {
            let i = item.get();
            let mut row = SupplyRow {
                item,
                need,
                priority,
                municipalities: 0,
                covered_by_pool: 0,
                covered: 0,
                partly: 0,
                pool_people: 0,
                other_people: 0,
                gap: 0,
                closable: 0,
            };
            union.fill(0);
            for k in ks {
                let d = map.demands[k];
                let m = usize::from(d.municipality);
                let (n, h) = (d.need.value(), d.have.value());
                let best = reach.best_level(m, i, n, h, None);
                let best_pool = reach.best_level(m, i, n, h, Some(pool));
                row.municipalities += 1;
                row.covered += u32::from(best >= n);
                row.covered_by_pool += u32::from(best_pool >= n);
                row.partly += u32::from(best > h && best < n);
                row.gap += u32::from(n - h);
                row.closable += u32::from(best - h);
                out.gap += u32::from(n - h);
                out.closable += u32::from(best - h);
                out.closable_by_pool += u32::from(best_pool - h);
                for (u, e) in union.iter_mut().zip(reach.eligible(m)) {
                    *u |= e;
                }
            }
            let at = reach.at_least(i, need.value());
            row.pool_people = count3(&union, at, pool);
            // Padding bits of `others` are set, but no municipality may engage a padding bit.
            row.other_people = count3(&union, at, &others);
            out.rows.push(row);
        }
        out.rows.sort_by_key(|r| {
            (
                r.priority,
                std::cmp::Reverse(r.uncovered_by_pool()),
                std::cmp::Reverse(r.municipalities),
                std::cmp::Reverse(r.need),
                r.item,
            )
        });
        out
    }

    /// Rows the pool leaves open somewhere: the pool's recruitment targets, in row order.
    pub fn targets(&self) -> impl Iterator<Item = &SupplyRow> {
        self.rows.iter().filter(|r| r.uncovered_by_pool() > 0)
    }
}
