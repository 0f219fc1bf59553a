//! The skill standard (DSS-P common skill list): categories → subcategories → items, and the
//! level descriptors. Items are addressed by a dense index (`ItemIdx`) for computation and by
//! their stable code (e.g. "BT01") in files.

use crate::error::DataError;
use crate::fnv::FnvMap;
use crate::level::Level;
use serde::Deserialize;

/// Position of an item in the standard (0-based, in the standard's order).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ItemIdx(pub u8);

impl ItemIdx {
    pub fn get(self) -> usize {
        self.0 as usize
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct LevelDescriptor {
    pub letter: String,
    pub value: u8,
    pub ja: String,
    pub en: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct SkillItem {
    pub id: String,
    pub ja: String,
    pub en: String,
    pub desc_ja: String,
    pub desc_en: String,
    /// Filled in on load: index of the category and subcategory this item belongs to.
    #[serde(skip)]
    pub category: usize,
    #[serde(skip)]
    pub subcategory: usize,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Subcategory {
    pub id: String,
    pub ja: String,
    pub en: String,
    pub items: Vec<SkillItem>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Category {
    pub id: String,
    pub ja: String,
    pub en: String,
    pub subcategories: Vec<Subcategory>,
    /// Filled in on load: the item indices of this category, in order.
    #[serde(skip)]
    pub items: Vec<ItemIdx>,
}

#[derive(Debug, Clone, Deserialize)]
struct StandardFile {
    id: String,
    name_ja: String,
    name_en: String,
    publisher_ja: String,
    publisher_en: String,
    version: String,
    source: String,
    as_of: String,
    note_ja: String,
    note_en: String,
    levels: Vec<LevelDescriptor>,
    categories: Vec<Category>,
}

/// The loaded, validated skill standard.
#[derive(Debug, Clone)]
pub struct SkillStandard {
    pub id: String,
    pub name_ja: String,
    pub name_en: String,
    pub publisher_ja: String,
    pub publisher_en: String,
    pub version: String,
    pub source: String,
    pub as_of: String,
    pub note_ja: String,
    pub note_en: String,
    pub categories: Vec<Category>,
    items: Vec<SkillItem>,
    /// Indexed by `Level::value()`.
    levels: Vec<LevelDescriptor>,
    by_code: FnvMap<String, ItemIdx>,
}

/// The edition of the built-in skill standard. Assessments and lists saved before they
/// recorded their edition were all made with it.
pub const BUILTIN_EDITION: &str = "dss-p-common@1.x (2022-12)";

/// Why saved work made with one edition of the standard cannot be read with another.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "made with skill standard {from}; this app has {to}, and no migration between them is known"
)]
pub struct EditionMismatch {
    pub from: String,
    pub to: String,
}

impl SkillStandard {
    pub const FILE: &'static str = "skill_standard.json";

    /// Id and version: what saved work records as the standard it was made with.
    pub fn edition(&self) -> String {
        format!("{}@{}", self.id, self.version)
    }

    /// Brings work made with `from` to this edition. The same edition needs nothing; no
    /// migration between editions is known yet (DSS was revised after 1.x: its contents are
    /// not invented here), so another edition is refused rather than read as this one.
    pub fn migrate_from(&self, from: &str) -> Result<(), EditionMismatch> {
        if from == self.edition() {
            Ok(())
        } else {
            Err(EditionMismatch {
                from: from.to_owned(),
                to: self.edition(),
            })
        }
    }

    pub fn from_json(file: &str, json: &str) -> Result<Self, DataError> {
        let raw: StandardFile =
            serde_json::from_str(json).map_err(|e| DataError::json(file, &e))?;
        let mut items = Vec::new();
        let mut by_code = FnvMap::default();
        let mut categories = raw.categories;
        let mut seen_groups = std::collections::HashSet::new();
        for (ci, cat) in categories.iter_mut().enumerate() {
            if !seen_groups.insert(cat.id.clone()) {
                return Err(DataError::DuplicateId {
                    file: file.into(),
                    id: cat.id.clone(),
                });
            }
            for (si, sub) in cat.subcategories.iter().enumerate() {
                if !seen_groups.insert(sub.id.clone()) {
                    return Err(DataError::DuplicateId {
                        file: file.into(),
                        id: sub.id.clone(),
                    });
                }
                if sub.items.is_empty() {
                    return Err(DataError::invalid(
                        file,
                        &sub.id,
                        "subcategory has no items",
                    ));
                }
                for item in &sub.items {
                    let idx = u8::try_from(items.len())
                        .map_err(|_| DataError::invalid(file, &item.id, "more than 255 items"))?;
                    if by_code.insert(item.id.clone(), ItemIdx(idx)).is_some() {
                        return Err(DataError::DuplicateId {
                            file: file.into(),
                            id: item.id.clone(),
                        });
                    }
                    let mut item = item.clone();
                    item.category = ci;
                    item.subcategory = si;
                    items.push(item);
                    cat.items.push(ItemIdx(idx));
                }
            }
        }
        if items.is_empty() {
            return Err(DataError::invalid(
                file,
                "categories",
                "the standard has no items",
            ));
        }
        let mut levels: Vec<Option<LevelDescriptor>> = vec![None; 5];
        for d in raw.levels {
            let level =
                Level::from_letter(&d.letter).ok_or_else(|| DataError::LevelOutOfRange {
                    file: file.into(),
                    context: "levels".into(),
                    value: d.letter.clone(),
                })?;
            if level.value() != d.value {
                return Err(DataError::invalid(
                    file,
                    format!("levels.{}", d.letter),
                    format!(
                        "value {} does not match letter (expected {})",
                        d.value,
                        level.value()
                    ),
                ));
            }
            if levels[level.value() as usize].replace(d).is_some() {
                return Err(DataError::DuplicateId {
                    file: file.into(),
                    id: level.letter().to_string(),
                });
            }
        }
        let levels = levels
            .into_iter()
            .enumerate()
            .map(|(v, d)| {
                d.ok_or_else(|| {
                    DataError::invalid(file, "levels", format!("no descriptor for level value {v}"))
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(SkillStandard {
            id: raw.id,
            name_ja: raw.name_ja,
            name_en: raw.name_en,
            publisher_ja: raw.publisher_ja,
            publisher_en: raw.publisher_en,
            version: raw.version,
            source: raw.source,
            as_of: raw.as_of,
            note_ja: raw.note_ja,
            note_en: raw.note_en,
            categories,
            items,
            levels,
            by_code,
        })
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn items(&self) -> &[SkillItem] {
        &self.items
    }

    pub fn item(&self, idx: ItemIdx) -> &SkillItem {
        &self.items[idx.get()]
    }

    pub fn idx(&self, code: &str) -> Option<ItemIdx> {
        self.by_code.get(code).copied()
    }

    pub fn indices(&self) -> impl Iterator<Item = ItemIdx> + '_ {
        (0..self.items.len()).map(|i| ItemIdx(i as u8))
    }

    pub fn descriptor(&self, level: Level) -> &LevelDescriptor {
        &self.levels[level.value() as usize]
    }

    pub fn subcategory_count(&self) -> usize {
        self.categories.iter().map(|c| c.subcategories.len()).sum()
    }

    /// Resolves an item code or reports it as unknown, naming where it was used.
    pub(crate) fn resolve(
        &self,
        file: &str,
        context: &str,
        code: &str,
    ) -> Result<ItemIdx, DataError> {
        self.idx(code).ok_or_else(|| DataError::UnknownItem {
            file: file.into(),
            context: context.into(),
            id: code.into(),
        })
    }
}
