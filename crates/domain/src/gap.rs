//! The gap between what the work needs and what in-house staff have, per item and per category.

use crate::assessment::Assessment;
use crate::level::{Level, Priority};
use crate::standard::{ItemIdx, SkillStandard};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GapRow {
    pub item: ItemIdx,
    pub need: Level,
    /// In-house level used for the gap (z when not entered).
    pub have: Level,
    /// False while the user has not said what in-house staff have.
    pub have_entered: bool,
    pub priority: Priority,
}

impl GapRow {
    /// Steps by which in-house staff fall short (0 when they meet or exceed the need).
    pub fn gap(&self) -> u8 {
        self.need.value().saturating_sub(self.have.value())
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CategoryGap {
    pub category: usize,
    /// Items of the category with a need above z.
    pub needed_items: u32,
    pub required_items: u32,
    /// Items whose need is not met.
    pub gap_items: u32,
    pub required_gap_items: u32,
    /// Sum of need levels, of in-house levels counted up to the need, and of the gaps.
    pub need_sum: u32,
    pub have_sum: u32,
    pub gap_sum: u32,
    /// Needed items whose in-house level is not entered yet.
    pub have_missing: u32,
}

impl CategoryGap {
    /// Share of the needed levels that in-house staff already meet, 0–100 (0 when nothing is needed).
    pub fn met_percent(&self) -> u32 {
        (self.have_sum * 100)
            .checked_div(self.need_sum)
            .unwrap_or(0)
    }

    /// Mean needed level over the needed items, in thousandths of a level (0–4000).
    pub fn avg_need_milli(&self) -> u32 {
        (self.need_sum * 1000)
            .checked_div(self.needed_items)
            .unwrap_or(0)
    }

    /// Mean in-house level (counted up to the need) over the needed items, in thousandths.
    pub fn avg_have_milli(&self) -> u32 {
        (self.have_sum * 1000)
            .checked_div(self.needed_items)
            .unwrap_or(0)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GapReport {
    /// Every item with a need above z, in the standard's order.
    pub rows: Vec<GapRow>,
    /// One entry per category of the standard, in order.
    pub categories: Vec<CategoryGap>,
}

impl GapReport {
    pub fn new(std: &SkillStandard, a: &Assessment) -> Self {
        let (dense, _) = a.dense(std);
        let rows: Vec<GapRow> = std
            .indices()
            .zip(dense)
            .filter(|(_, r)| r.is_needed())
            .map(|(item, r)| GapRow {
                item,
                need: r.need,
                have: r.have_level(),
                have_entered: r.have.is_some(),
                priority: r.priority,
            })
            .collect();
        let mut categories: Vec<CategoryGap> = (0..std.categories.len())
            .map(|category| CategoryGap {
                category,
                ..Default::default()
            })
            .collect();
        for row in &rows {
            let c = &mut categories[std.item(row.item).category];
            let required = row.priority == Priority::Required;
            c.needed_items += 1;
            c.required_items += u32::from(required);
            c.need_sum += u32::from(row.need.value());
            c.have_sum += u32::from(row.have.value().min(row.need.value()));
            c.gap_sum += u32::from(row.gap());
            c.have_missing += u32::from(!row.have_entered);
            if row.gap() > 0 {
                c.gap_items += 1;
                c.required_gap_items += u32::from(required);
            }
        }
        GapReport { rows, categories }
    }

    /// Rows with a gap, biggest first: required before desirable, then by gap size, then by
    /// item order (a stable key).
    pub fn open_gaps(&self) -> Vec<GapRow> {
        let mut v: Vec<GapRow> = self.rows.iter().copied().filter(|r| r.gap() > 0).collect();
        v.sort_by_key(|r| (r.priority, std::cmp::Reverse(r.gap()), r.item));
        v
    }

    pub fn total_gap(&self) -> u32 {
        self.categories.iter().map(|c| c.gap_sum).sum()
    }

    /// Every needed item, open gaps first (as `open_gaps`), then the needs already met in the
    /// standard's order: the order of the item table and the bar list.
    pub fn rows_by_gap(&self) -> Vec<GapRow> {
        let mut rows = self.open_gaps();
        rows.extend(self.rows.iter().filter(|r| r.gap() == 0));
        rows
    }

    /// Required needs whose in-house level is still to be entered, in the standard's order:
    /// the review step lists them so that no required area is silently treated as "none".
    pub fn required_without_have(&self) -> Vec<GapRow> {
        self.rows
            .iter()
            .copied()
            .filter(|r| r.priority == Priority::Required && !r.have_entered)
            .collect()
    }

    /// Categories in which nothing is needed yet (shown, never hidden).
    pub fn empty_categories(&self) -> Vec<usize> {
        self.categories
            .iter()
            .filter(|c| c.needed_items == 0)
            .map(|c| c.category)
            .collect()
    }
}
