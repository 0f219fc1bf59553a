//! Comparing two assessments (e.g. last year's and this year's): what changed item by item, and
//! whether each gap closed, narrowed, widened or opened.

use crate::assessment::{Assessment, Rating};
use crate::gap::GapReport;
use crate::standard::{ItemIdx, SkillStandard};

/// How an item's gap moved from the first assessment to the second.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum GapChange {
    /// There was a gap; now there is none.
    Closed,
    /// The gap is smaller but still there.
    Narrowed,
    /// The gap is larger.
    Widened,
    /// There was no gap; now there is one.
    Opened,
    /// Same gap; something else changed (priority, or need and in-house moved together).
    Same,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemChange {
    pub item: ItemIdx,
    pub before: Rating,
    pub after: Rating,
    pub change: GapChange,
}

impl ItemChange {
    pub fn gap_before(&self) -> u8 {
        self.before.gap()
    }
    pub fn gap_after(&self) -> u8 {
        self.after.gap()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CategoryChange {
    pub category: usize,
    pub gap_before: u32,
    pub gap_after: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    /// Items whose rating differs, in the standard's order.
    pub items: Vec<ItemChange>,
    pub categories: Vec<CategoryChange>,
    pub total_before: u32,
    pub total_after: u32,
}

impl Comparison {
    pub fn count(&self, change: GapChange) -> usize {
        self.items.iter().filter(|c| c.change == change).count()
    }
}

pub fn compare(std: &SkillStandard, before: &Assessment, after: &Assessment) -> Comparison {
    let (b, _) = before.dense(std);
    let (a, _) = after.dense(std);
    let items = std
        .indices()
        .zip(b.iter().zip(&a))
        .filter(|(_, (b, a))| b != a)
        .map(|(item, (b, a))| {
            let (gb, ga) = (b.gap(), a.gap());
            let change = match (gb, ga) {
                (1.., 0) => GapChange::Closed,
                (0, 1..) => GapChange::Opened,
                _ if ga < gb => GapChange::Narrowed,
                _ if ga > gb => GapChange::Widened,
                _ => GapChange::Same,
            };
            ItemChange {
                item,
                before: *b,
                after: *a,
                change,
            }
        })
        .collect();
    let gb = GapReport::new(std, before);
    let ga = GapReport::new(std, after);
    let categories = gb
        .categories
        .iter()
        .zip(&ga.categories)
        .map(|(b, a)| CategoryChange {
            category: b.category,
            gap_before: b.gap_sum,
            gap_after: a.gap_sum,
        })
        .collect();
    Comparison {
        items,
        categories,
        total_before: gb.total_gap(),
        total_after: ga.total_gap(),
    }
}
