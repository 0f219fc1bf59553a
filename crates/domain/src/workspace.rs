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

/// Why saved work could not be opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SavedError {
    /// Saved by a newer version of the app, in a format this one does not fully understand:
    /// it must not be rewritten here.
    #[error("saved by a newer version (format {0})")]
    Newer(u32),
    #[error("not a saved workspace")]
    Unreadable,
}

impl Workspace {
    /// Reads a workspace as saved in the browser.
    pub fn read_saved(raw: &str) -> Result<Workspace, SavedError> {
        // Only the version first (from the text, like the full read: a second way of reading
        // every type, through `serde_json::Value`, would double that code in the app).
        #[derive(Deserialize)]
        struct Version {
            version: Option<u64>,
        }
        let v: Version = serde_json::from_str(raw).map_err(|_| SavedError::Unreadable)?;
        match v.version {
            Some(n) if n > u64::from(Self::VERSION) => {
                return Err(SavedError::Newer(u32::try_from(n).unwrap_or(u32::MAX)))
            }
            _ => {}
        }
        serde_json::from_str::<Workspace>(raw)
            .ok()
            .filter(Workspace::is_valid)
            .ok_or(SavedError::Unreadable)
    }
}

/// Two copies of the workspace that went apart (two tabs, or a tab and an embedded frame, saving
/// to the same browser storage) brought together again, record by record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub workspace: Workspace,
    /// Assessments changed on both sides since they were last in step. Both versions are kept —
    /// the other side's under the original id, this side's as a copy — until the user chooses.
    pub conflicts: Vec<Conflict>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// The assessment as the other side saved it.
    pub id: String,
    /// This side's version of it, kept as a copy under this id.
    pub copy: String,
    /// Its name on this side.
    pub name: String,
}

/// Three-way merge of the assessments: `base` is the workspace both sides last agreed on (what
/// this side last read from or wrote to storage), `mine` this side now, `theirs` what the other
/// side saved since. A record changed on one side only takes that change; one removed on one
/// side and untouched on the other goes; one removed on one side but edited on the other stays
/// (an edit is never lost to a removal); one changed on both becomes a [`Conflict`]. The active
/// assessment stays this side's.
pub fn merge(
    base: &Workspace,
    mine: &Workspace,
    theirs: &Workspace,
    mut copy_id: impl FnMut() -> String,
    copy_suffix: &str,
) -> Merged {
    let was = |id: &str| base.get(id);
    let mut out: Vec<Assessment> = Vec::new();
    let mut conflicts = Vec::new();
    let mut copies = Vec::new();
    for t in &theirs.assessments {
        let both_changed = match (was(&t.id), mine.get(&t.id)) {
            // Removed here; gone too unless the other side changed it meanwhile.
            (Some(b), None) if b == t => continue,
            (Some(b), Some(m)) if t == b => {
                out.push(m.clone());
                continue;
            }
            (Some(b), Some(m)) => (m != t && m != b).then_some(m),
            // New on both sides under one id (ids carry a timestamp: never in practice).
            (None, Some(m)) => (m != t).then_some(m),
            _ => None,
        };
        out.push(t.clone());
        if let Some(m) = both_changed {
            let copy = Assessment {
                id: copy_id(),
                ..m.clone()
            };
            conflicts.push(Conflict {
                id: t.id.clone(),
                copy: copy.id.clone(),
                name: m.name.clone(),
            });
            copies.push((t.id.clone(), copy));
        }
    }
    for m in &mine.assessments {
        let in_theirs = theirs.get(&m.id).is_some();
        let kept = match was(&m.id) {
            None => !in_theirs,
            // Removed there; kept here only if this side changed it since.
            Some(b) => !in_theirs && b != m,
        };
        if kept {
            out.push(m.clone());
        }
    }
    if out.is_empty() {
        out = mine.assessments.clone();
    }
    let mut workspace = Workspace {
        version: Workspace::VERSION,
        active: String::new(),
        assessments: out,
    };
    for (after, mut copy) in copies {
        copy.name = workspace.unique_name(&format!("{}{copy_suffix}", copy.name));
        let at = workspace
            .assessments
            .iter()
            .position(|a| a.id == after)
            .map_or(workspace.assessments.len(), |i| i + 1);
        workspace.assessments.insert(at, copy);
    }
    let active = conflicts
        .iter()
        .find(|c| c.id == mine.active)
        .map(|c| c.copy.clone())
        .unwrap_or_else(|| mine.active.clone());
    workspace.active = if workspace.get(&active).is_some() {
        active
    } else if workspace.get(&theirs.active).is_some() {
        theirs.active.clone()
    } else {
        workspace.assessments[0].id.clone()
    };
    Merged {
        workspace,
        conflicts,
    }
}

impl Workspace {
    /// Settles a [`Conflict`]: keep this side's version (under the original id and name), the
    /// other side's, or both as they are. Returns false when the conflict no longer applies.
    pub fn settle(&mut self, c: &Conflict, keep: Keep) -> bool {
        let (Some(_), Some(copy)) = (self.get(&c.id), self.get(&c.copy).cloned()) else {
            return false;
        };
        match keep {
            Keep::Both => return true,
            Keep::Mine => {
                if let Some(a) = self.assessments.iter_mut().find(|a| a.id == c.id) {
                    *a = Assessment {
                        id: c.id.clone(),
                        name: c.name.clone(),
                        ..copy
                    };
                }
            }
            Keep::Theirs => {}
        }
        self.assessments.retain(|a| a.id != c.copy);
        if self.active == c.copy {
            self.active = c.id.clone();
        }
        true
    }
}

/// How a [`Conflict`] is settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    Mine,
    Theirs,
    Both,
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

    fn rated(mut a: Assessment, note: &str, at: u64) -> Assessment {
        a.context.project = note.to_owned();
        a.updated_ms = at;
        a
    }

    fn ids(w: &Workspace) -> Vec<&str> {
        w.assessments.iter().map(|a| a.id.as_str()).collect()
    }

    fn copies() -> impl FnMut() -> String {
        let mut n = 0;
        move || {
            n += 1;
            format!("copy{n}")
        }
    }

    #[test]
    fn merge_keeps_what_each_side_added_and_changed() {
        let base = ws();
        let mut mine = base.clone();
        mine.add(Assessment::new("m", "このタブの新規", 2026));
        let mut theirs = base.clone();
        theirs.add(Assessment::new("t", "別タブの新規", 2026));
        theirs.assessments[0] = rated(theirs.assessments[0].clone(), "別タブで編集", 9);
        let m = merge(&base, &mine, &theirs, copies(), "（このタブ）");
        assert!(m.conflicts.is_empty());
        assert_eq!(ids(&m.workspace), ["a", "b", "t", "m"]);
        assert_eq!(
            m.workspace.get("a").unwrap().context.project,
            "別タブで編集"
        );
        assert_eq!(
            m.workspace.active, "m",
            "the active assessment stays this side's"
        );
        // Merging again with the result as the other side changes nothing.
        let again = merge(&theirs, &m.workspace, &theirs, copies(), "");
        assert_eq!(again.workspace, m.workspace);
    }

    #[test]
    fn merge_removes_only_what_was_not_edited_elsewhere() {
        let base = ws();
        // Removed here, untouched there: gone. Removed there, untouched here: gone.
        let mut mine = base.clone();
        mine.remove("a", || unreachable!());
        let mut theirs = base.clone();
        theirs.add(Assessment::new("t", "t", 2026));
        theirs.remove("b", || unreachable!());
        let m = merge(&base, &mine, &theirs, copies(), "");
        assert_eq!(ids(&m.workspace), ["t"]);
        // Removed on one side but edited on the other: the edit is kept.
        let mut mine = base.clone();
        mine.remove("a", || unreachable!());
        let mut theirs = base.clone();
        theirs.assessments[0] = rated(theirs.assessments[0].clone(), "edited", 3);
        let m = merge(&base, &mine, &theirs, copies(), "");
        assert_eq!(ids(&m.workspace), ["a", "b"]);
        let mut mine = base.clone();
        mine.assessments[1] = rated(mine.assessments[1].clone(), "edited", 3);
        let mut theirs = base.clone();
        theirs.remove("b", || unreachable!());
        let m = merge(&base, &mine, &theirs, copies(), "");
        assert_eq!(ids(&m.workspace), ["a", "b"]);
        assert_eq!(m.workspace.get("b").unwrap().context.project, "edited");
    }

    #[test]
    fn one_record_edited_on_both_sides_keeps_both_until_the_user_chooses() {
        let base = ws();
        let mut mine = base.clone();
        mine.assessments[1] = rated(mine.assessments[1].clone(), "このタブ", 5);
        let mut theirs = base.clone();
        theirs.assessments[1] = rated(theirs.assessments[1].clone(), "別のタブ", 6);
        let m = merge(&base, &mine, &theirs, copies(), "（このタブ）");
        assert_eq!(
            m.conflicts,
            [Conflict {
                id: "b".into(),
                copy: "copy1".into(),
                name: "R8 全庁".into()
            }]
        );
        assert_eq!(ids(&m.workspace), ["a", "b", "copy1"]);
        assert_eq!(m.workspace.get("b").unwrap().context.project, "別のタブ");
        let copy = m.workspace.get("copy1").unwrap();
        assert_eq!(
            (copy.name.as_str(), copy.context.project.as_str()),
            ("R8 全庁（このタブ）", "このタブ")
        );
        assert_eq!(
            m.workspace.active, "copy1",
            "this side keeps seeing its own version"
        );
        let c = &m.conflicts[0];

        let mut w = m.workspace.clone();
        assert!(w.settle(c, Keep::Mine));
        assert_eq!(ids(&w), ["a", "b"]);
        let b = w.get("b").unwrap();
        assert_eq!(
            (
                b.name.as_str(),
                b.context.project.as_str(),
                w.active.as_str()
            ),
            ("R8 全庁", "このタブ", "b")
        );
        assert!(!w.settle(c, Keep::Mine), "already settled");

        let mut w = m.workspace.clone();
        assert!(w.settle(c, Keep::Theirs));
        assert_eq!(ids(&w), ["a", "b"]);
        assert_eq!(w.get("b").unwrap().context.project, "別のタブ");

        let mut w = m.workspace.clone();
        assert!(w.settle(c, Keep::Both));
        assert_eq!(w, m.workspace);
    }

    #[test]
    fn the_same_change_on_both_sides_is_no_conflict() {
        let base = ws();
        let mut mine = base.clone();
        mine.assessments[0] = rated(mine.assessments[0].clone(), "same", 5);
        let theirs = mine.clone();
        let m = merge(&base, &mine, &theirs, copies(), "");
        assert!(m.conflicts.is_empty());
        assert_eq!(m.workspace, mine);
    }

    #[test]
    fn saved_work_from_a_newer_version_is_recognised_not_taken_as_unreadable() {
        let w = ws();
        let json = serde_json::to_string(&w).unwrap();
        assert_eq!(Workspace::read_saved(&json), Ok(w));
        let newer = json.replacen("\"version\":1", "\"version\":2", 1);
        assert_eq!(Workspace::read_saved(&newer), Err(SavedError::Newer(2)));
        assert_eq!(Workspace::read_saved("{"), Err(SavedError::Unreadable));
        assert_eq!(
            Workspace::read_saved(r#"{"version":1,"active":"a","assessments":[]}"#),
            Err(SavedError::Unreadable)
        );
    }
}
