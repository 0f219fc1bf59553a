//! All the assessments kept in one browser, side by side (per fiscal year or project), and the
//! one being worked on. Every operation keeps at least one assessment and never loses one
//! silently: removal hands back what is needed to undo it.

use crate::assessment::Assessment;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workspace {
    /// Format version of the saved workspace, for migrations.
    pub version: u32,
    /// Id of the assessment being worked on.
    pub active: String,
    pub assessments: Vec<Assessment>,
}

/// What `remove` took out, so that `restore` can put it back exactly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Removed {
    pub index: usize,
    pub assessment: Assessment,
    pub was_active: bool,
    /// A blank assessment created because the removed one was the last.
    pub replacement: Option<String>,
}

/// What `Workspace::replace` changed: the assessment as it was, and which one was active.
#[derive(Debug, Clone, PartialEq)]
pub struct Replaced {
    pub previous: Assessment,
    pub active: String,
}

impl Workspace {
    pub const VERSION: u32 = 1;

    pub fn new(first: Assessment) -> Self {
        Workspace {
            version: Self::VERSION,
            active: first.id.clone(),
            assessments: vec![first],
        }
    }

    /// A workspace read from storage is usable only if it has assessments and a known version.
    pub fn is_valid(&self) -> bool {
        self.version == Self::VERSION && !self.assessments.is_empty()
    }

    fn active_index(&self) -> usize {
        self.assessments
            .iter()
            .position(|a| a.id == self.active)
            .unwrap_or(0)
    }

    pub fn active(&self) -> &Assessment {
        &self.assessments[self.active_index()]
    }

    pub fn active_mut(&mut self) -> &mut Assessment {
        let i = self.active_index();
        &mut self.assessments[i]
    }

    pub fn get(&self, id: &str) -> Option<&Assessment> {
        self.assessments.iter().find(|a| a.id == id)
    }

    pub fn set_active(&mut self, id: &str) -> bool {
        let known = self.get(id).is_some();
        if known {
            self.active = id.to_owned();
        }
        known
    }

    /// Adds an assessment and makes it the active one.
    pub fn add(&mut self, a: Assessment) {
        self.active = a.id.clone();
        self.assessments.push(a);
    }

    /// Copies an assessment under a new id, right after the original, and activates the copy.
    pub fn duplicate(&mut self, id: &str, new_id: &str, name: &str, now_ms: u64) -> bool {
        let Some(i) = self.assessments.iter().position(|a| a.id == id) else {
            return false;
        };
        let copy = self.assessments[i].duplicate(new_id, self.unique_name(name), now_ms);
        self.active = copy.id.clone();
        self.assessments.insert(i + 1, copy);
        true
    }

    /// Renames; a blank name is refused (returns false) so that every assessment stays findable.
    pub fn rename(&mut self, id: &str, name: &str) -> bool {
        let name = name.trim();
        match self.assessments.iter_mut().find(|a| a.id == id) {
            Some(a) if !name.is_empty() => {
                a.name = name.to_owned();
                true
            }
            _ => false,
        }
    }

    /// Removes an assessment. When it was the last one, `blank` provides a fresh one so the
    /// workspace is never empty. Returns what `restore` needs to undo.
    pub fn remove(&mut self, id: &str, blank: impl FnOnce() -> Assessment) -> Option<Removed> {
        let index = self.assessments.iter().position(|a| a.id == id)?;
        let was_active = self.active == id;
        let assessment = self.assessments.remove(index);
        let replacement = if self.assessments.is_empty() {
            let b = blank();
            let bid = b.id.clone();
            self.assessments.push(b);
            Some(bid)
        } else {
            None
        };
        if was_active {
            let next = index.min(self.assessments.len() - 1);
            self.active = self.assessments[next].id.clone();
        }
        Some(Removed {
            index,
            assessment,
            was_active,
            replacement,
        })
    }

    /// Puts a removed assessment back where it was (dropping the blank made in its place, if
    /// it is still unused).
    pub fn restore(&mut self, r: Removed) {
        if let Some(bid) = &r.replacement {
            let untouched = self
                .get(bid)
                .is_some_and(|b| b.ratings.is_empty() && b.context == Default::default());
            if untouched && self.assessments.len() == 1 {
                self.assessments.clear();
            }
        }
        let index = r.index.min(self.assessments.len());
        if r.was_active || self.assessments.is_empty() {
            self.active = r.assessment.id.clone();
        }
        self.assessments.insert(index, r.assessment);
    }

    /// Puts `incoming` in the place of assessment `id`: same id, same position, same creation
    /// time, the rest (name included) from `incoming`; makes it active. Returns what is needed
    /// to undo it exactly (`undo_replace`); `None` when there is no such assessment.
    pub fn replace(&mut self, id: &str, incoming: Assessment) -> Option<Replaced> {
        let active = self.active.clone();
        let slot = self.assessments.iter_mut().find(|a| a.id == id)?;
        let previous = std::mem::replace(
            slot,
            Assessment {
                id: id.to_owned(),
                created_ms: 0,
                ..incoming
            },
        );
        slot.created_ms = previous.created_ms;
        self.active = id.to_owned();
        Some(Replaced { previous, active })
    }

    /// Puts back what `replace` replaced, exactly, and the assessment that was active then.
    /// False (and nothing changed) when that assessment has been removed since.
    pub fn undo_replace(&mut self, r: Replaced) -> bool {
        let Some(slot) = self.assessments.iter_mut().find(|a| a.id == r.previous.id) else {
            return false;
        };
        *slot = r.previous;
        if self.get(&r.active).is_some() {
            self.active = r.active;
        }
        true
    }

    /// `base`, or `base (2)`, `base (3)` … whichever is not taken yet.
    pub fn unique_name(&self, base: &str) -> String {
        self.unique_name_except(base, None)
    }

    /// `unique_name` among the assessments other than `except` (one about to be renamed).
    pub fn unique_name_except(&self, base: &str, except: Option<&str>) -> String {
        let taken = |n: &str| {
            self.assessments
                .iter()
                .any(|a| a.name == n && Some(a.id.as_str()) != except)
        };
        if !taken(base) {
            return base.to_owned();
        }
        (2..)
            .map(|n| format!("{base} ({n})"))
            .find(|n| !taken(n))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ws() -> Workspace {
        let mut w = Workspace::new(Assessment::new("a", "R7 全庁", 2025));
        w.add(Assessment::new("b", "R8 全庁", 2026));
        w
    }

    #[test]
    fn duplicate_rename_and_switch() {
        let mut w = ws();
        assert_eq!(w.active().id, "b", "a new assessment becomes active");
        assert!(w.duplicate("a", "c", "R7 全庁", 5));
        assert_eq!(
            w.assessments
                .iter()
                .map(|a| a.id.as_str())
                .collect::<Vec<_>>(),
            ["a", "c", "b"]
        );
        assert_eq!(
            (
                w.active().id.as_str(),
                w.active().name.as_str(),
                w.active().created_ms
            ),
            ("c", "R7 全庁 (2)", 5)
        );
        assert!(!w.duplicate("zz", "d", "x", 5));
        assert!(w.rename("c", "  R7 窓口DX "));
        assert_eq!(w.get("c").unwrap().name, "R7 窓口DX");
        assert!(!w.rename("c", "   "), "blank names are refused");
        assert!(w.set_active("a") && !w.set_active("zz"));
        assert_eq!(w.active().id, "a");
    }

    #[test]
    fn replace_keeps_the_slot_and_undo_restores_exactly() {
        let mut w = ws();
        w.set_active("a");
        let before = w.clone();
        let b = w.get("b").unwrap().clone();
        let mut incoming = Assessment::new("other-id", "from a link", 2030);
        incoming.created_ms = 99;
        let r = w.replace("b", incoming).unwrap();
        assert_eq!(w.assessments.len(), before.assessments.len());
        let now = w.get("b").unwrap();
        assert_eq!(
            (now.name.as_str(), now.fiscal_year, now.created_ms),
            ("from a link", 2030, b.created_ms)
        );
        assert_eq!(w.active().id, "b");
        assert!(w.get("other-id").is_none());
        assert!(w.undo_replace(r.clone()));
        assert_eq!(w, before);
        w.remove("b", || unreachable!());
        assert!(!w.undo_replace(r), "nothing to put back into");
        assert!(w.replace("zz", Assessment::new("x", "x", 2026)).is_none());
    }

    #[test]
    fn unique_names_may_leave_one_assessment_out() {
        let w = ws();
        let name = w.get("b").unwrap().name.clone();
        assert_ne!(w.unique_name(&name), name);
        assert_eq!(w.unique_name_except(&name, Some("b")), name);
    }

    #[test]
    fn remove_and_undo_restore_exactly() {
        let mut w = ws();
        let before = w.clone();
        let r = w.remove("b", || unreachable!("not the last one")).unwrap();
        assert_eq!((w.assessments.len(), w.active().id.as_str()), (1, "a"));
        w.restore(r);
        assert_eq!(w, before);
        assert!(w.remove("zz", || unreachable!()).is_none());
    }

    #[test]
    fn removing_the_last_leaves_a_blank_and_undo_drops_it() {
        let mut w = Workspace::new(Assessment::new("a", "only", 2026));
        let before = w.clone();
        let r = w
            .remove("a", || Assessment::new("blank", "new", 2026))
            .unwrap();
        assert_eq!((w.assessments.len(), w.active().id.as_str()), (1, "blank"));
        w.restore(r);
        assert_eq!(w, before);
    }

    #[test]
    fn unique_names_count_up() {
        let mut w = ws();
        assert_eq!(w.unique_name("新規"), "新規");
        assert_eq!(w.unique_name("R8 全庁"), "R8 全庁 (2)");
        w.add(Assessment::new("x", "R8 全庁 (2)", 2026));
        assert_eq!(w.unique_name("R8 全庁"), "R8 全庁 (3)");
    }
}
