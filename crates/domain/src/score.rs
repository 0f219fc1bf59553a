//! Match score, first version: how much of the weighted gap a profile closes.
//!
//! For every item with a gap g = need − have (in level steps) and weight w (required items weigh
//! more), a profile closes c = min(max(level − have, 0), g). The score is 100·Σw·c / Σw·g. A level
//! above the need earns nothing extra; items without a gap count nothing. All arithmetic is on
//! integers so the result is the same on every platform; ties are ordered by profile id.

use crate::gap::GapReport;
use crate::level::Priority;
use crate::profile::Profile;
use crate::standard::ItemIdx;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Weights {
    pub required: u32,
    pub desirable: u32,
}

impl Default for Weights {
    /// A required need counts three times a desirable one.
    fn default() -> Self {
        Weights {
            required: 3,
            desirable: 1,
        }
    }
}

impl Weights {
    pub fn of(&self, p: Priority) -> u32 {
        match p {
            Priority::Required => self.required,
            Priority::Desirable => self.desirable,
        }
    }
}

/// Coarse reading of a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
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

/// What one gap item contributes to one profile's score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemCover {
    pub item: ItemIdx,
    pub priority: Priority,
    pub gap: u8,
    pub covered: u8,
    /// Contribution to the score in thousandths of a point (0–100 000).
    pub points_milli: u32,
    /// What closing this gap completely would contribute.
    pub full_points_milli: u32,
}

impl ItemCover {
    pub fn is_closed(&self) -> bool {
        self.covered == self.gap
    }

    /// Points still to gain on this item.
    pub fn missing_points_milli(&self) -> u32 {
        self.full_points_milli - self.points_milli
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatchResult {
    /// Index into the profile slice that was ranked.
    pub profile: usize,
    /// Exact score in thousandths of a point (0–100 000).
    pub score_milli: u32,
    pub score: u8,
    pub band: Band,
    /// One entry per gap item, biggest remaining gap first.
    pub items: Vec<ItemCover>,
}

impl MatchResult {
    pub fn closed(&self) -> impl Iterator<Item = &ItemCover> {
        self.items.iter().filter(|c| c.covered > 0 && c.is_closed())
    }
    pub fn partial(&self) -> impl Iterator<Item = &ItemCover> {
        self.items
            .iter()
            .filter(|c| c.covered > 0 && !c.is_closed())
    }
    pub fn left(&self) -> impl Iterator<Item = &ItemCover> {
        self.items.iter().filter(|c| c.covered == 0)
    }

    /// The unclosed gaps that would raise the score most, biggest gain first (ties by item).
    pub fn what_would_raise(&self, n: usize) -> Vec<ItemCover> {
        let mut v: Vec<ItemCover> = self
            .items
            .iter()
            .copied()
            .filter(|c| !c.is_closed())
            .collect();
        v.sort_by_key(|c| (std::cmp::Reverse(c.missing_points_milli()), c.item));
        v.truncate(n);
        v
    }
}

/// Ranks profiles by how much of the gap they close. Returns an empty list when there is no gap.
pub fn rank(gap: &GapReport, profiles: &[Profile], weights: Weights) -> Vec<MatchResult> {
    let open = gap.open_gaps();
    let total: u64 = open
        .iter()
        .map(|r| u64::from(weights.of(r.priority)) * u64::from(r.gap()))
        .sum();
    if total == 0 {
        return Vec::new();
    }
    let mut results: Vec<MatchResult> = profiles
        .iter()
        .enumerate()
        .map(|(pi, p)| {
            let mut sum_milli: u64 = 0;
            let items = open
                .iter()
                .map(|r| {
                    let level = p.levels.get(r.item.get()).map_or(0, |l| l.value());
                    let covered = level.saturating_sub(r.have.value()).min(r.gap());
                    let w = u64::from(weights.of(r.priority));
                    let weighted = w * u64::from(covered);
                    sum_milli += weighted * 100_000;
                    ItemCover {
                        item: r.item,
                        priority: r.priority,
                        gap: r.gap(),
                        covered,
                        points_milli: (weighted * 100_000 / total) as u32,
                        full_points_milli: (w * u64::from(r.gap()) * 100_000 / total) as u32,
                    }
                })
                .collect();
            let score_milli = (sum_milli / total) as u32;
            // Any closure at all shows as at least 1, so "0" always means "closes nothing".
            let score = if score_milli == 0 {
                0
            } else {
                ((score_milli + 500) / 1000).max(1) as u8
            };
            MatchResult {
                profile: pi,
                score_milli,
                score,
                band: Band::of(score),
                items,
            }
        })
        .collect();
    results.sort_by(|a, b| {
        b.score_milli
            .cmp(&a.score_milli)
            .then_with(|| profiles[a.profile].id.cmp(&profiles[b.profile].id))
    });
    results
}
