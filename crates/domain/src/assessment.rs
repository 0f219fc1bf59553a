//! A municipality's self-assessment: for each skill item, the level its work needs, whether that
//! need is required or desirable, and the level its own staff already have.

use crate::level::{Level, Priority};
use crate::presets::Preset;
use crate::standard::{ItemIdx, SkillStandard};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rating {
    pub need: Level,
    pub priority: Priority,
    pub have: Level,
}

impl Rating {
    fn is_blank(&self) -> bool {
        *self == Rating::default()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub id: String,
    pub name: String,
    /// 全国地方公共団体コード of the municipality (or prefecture) doing the assessment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lgcode: Option<u32>,
    /// Fiscal year (April–March) the assessment is for, e.g. 2026 for 令和8年度.
    pub fiscal_year: u16,
    /// Presets applied so far, in the order they were applied.
    #[serde(default)]
    pub presets: Vec<String>,
    /// Ratings by item code; an item not listed is unrated (need z, have z).
    #[serde(default)]
    pub ratings: BTreeMap<String, Rating>,
}

impl Assessment {
    pub fn new(id: impl Into<String>, name: impl Into<String>, fiscal_year: u16) -> Self {
        Assessment {
            id: id.into(),
            name: name.into(),
            lgcode: None,
            fiscal_year,
            presets: Vec::new(),
            ratings: BTreeMap::new(),
        }
    }

    pub fn rating(&self, code: &str) -> Rating {
        self.ratings.get(code).copied().unwrap_or_default()
    }

    /// Changes one item's rating; a rating back at its default is dropped so saved state stays small.
    pub fn update(&mut self, code: &str, f: impl FnOnce(&mut Rating)) {
        let mut r = self.rating(code);
        f(&mut r);
        if r.is_blank() {
            self.ratings.remove(code);
        } else {
            self.ratings.insert(code.to_owned(), r);
        }
    }

    /// Merges presets into the needs: each item takes the higher level, and becomes required if
    /// any source says so. In-house levels are kept. Returns how many items changed.
    pub fn apply_presets(&mut self, std: &SkillStandard, presets: &[&Preset]) -> usize {
        let before = self.ratings.clone();
        for p in presets {
            for n in &p.needs {
                let code = &std.item(n.item).id;
                self.update(code, |r| {
                    if n.level > r.need {
                        r.need = n.level;
                    }
                    if n.priority == Priority::Required {
                        r.priority = Priority::Required;
                    }
                });
            }
            if !self.presets.contains(&p.id) {
                self.presets.push(p.id.clone());
            }
        }
        std.items()
            .iter()
            .filter(|it| before.get(&it.id) != self.ratings.get(&it.id))
            .count()
    }

    /// Forgets every need (and the presets applied) but keeps the in-house levels.
    pub fn clear_needs(&mut self) {
        for r in self.ratings.values_mut() {
            r.need = Level::Z;
            r.priority = Priority::Desirable;
        }
        self.ratings.retain(|_, r| !r.is_blank());
        self.presets.clear();
    }

    /// Ratings laid out in the standard's order; unknown codes (from another standard version)
    /// are returned separately rather than dropped.
    pub fn dense(&self, std: &SkillStandard) -> (Vec<Rating>, Vec<String>) {
        let mut out = vec![Rating::default(); std.len()];
        let mut unknown = Vec::new();
        for (code, r) in &self.ratings {
            match std.idx(code) {
                Some(ItemIdx(i)) => out[usize::from(i)] = *r,
                None => unknown.push(code.clone()),
            }
        }
        (out, unknown)
    }

    /// Items with a need above z.
    pub fn rated_count(&self) -> usize {
        self.ratings.values().filter(|r| r.need > Level::Z).count()
    }

    /// Items with a need above z marked required.
    pub fn required_count(&self) -> usize {
        self.ratings
            .values()
            .filter(|r| r.need > Level::Z && r.priority == Priority::Required)
            .count()
    }
}
