//! A profile's levels by item code, as files write them (`{"BT01":"a","TE08":"c"}`).
//!
//! A map of two strings per item cost some forty allocations per person: reading the 10,000
//! records of an imported list spent most of its time allocating them. Here every code and
//! level of a person sit in one string, found through sorted spans — two allocations per
//! person — and it reads and writes the same JSON as the map it replaces (keys in order, the
//! last of a repeated key kept).

use crate::level::Level;
use serde::de::{DeserializeSeed, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

#[derive(Clone, Default)]
pub struct Skills {
    /// Codes and levels back to back (an entry replaced or removed leaves its text behind).
    text: String,
    /// Per entry, sorted by code, no code twice: where its code starts, where its level
    /// starts (the code's end) and where the level ends, in `text`.
    spans: Vec<[u32; 3]>,
}

impl Skills {
    pub fn new() -> Skills {
        Skills::default()
    }

    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    fn code(&self, s: &[u32; 3]) -> &str {
        &self.text[s[0] as usize..s[1] as usize]
    }

    fn level(&self, s: &[u32; 3]) -> &str {
        &self.text[s[1] as usize..s[2] as usize]
    }

    fn find(&self, code: &str) -> Result<usize, usize> {
        self.spans.binary_search_by(|s| self.code(s).cmp(code))
    }

    /// The level written for `code`.
    pub fn get(&self, code: &str) -> Option<&str> {
        self.find(code).ok().map(|n| self.level(&self.spans[n]))
    }

    pub fn contains_key(&self, code: &str) -> bool {
        self.find(code).is_ok()
    }

    /// Code and level of every entry, in code order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> + '_ {
        self.spans.iter().map(|s| (self.code(s), self.level(s)))
    }

    pub fn keys(&self) -> impl Iterator<Item = &str> + '_ {
        self.iter().map(|(c, _)| c)
    }

    pub fn values(&self) -> impl Iterator<Item = &str> + '_ {
        self.iter().map(|(_, l)| l)
    }

    /// Where `text` ends now (a list is at most 20 MB, so a person's text is far below 4 GiB).
    fn end(&self) -> u32 {
        u32::try_from(self.text.len()).unwrap_or(u32::MAX)
    }

    fn push_text(&mut self, code: &str, level: &str) -> [u32; 3] {
        let start = self.end();
        self.text.push_str(code);
        let mid = self.end();
        self.text.push_str(level);
        [start, mid, self.end()]
    }

    /// Sets the level of `code`, replacing the one it had.
    pub fn insert(&mut self, code: &str, level: Level) {
        let span = self.push_text(code, level.letter_str());
        match self.find(code) {
            Ok(n) => self.spans[n] = span,
            Err(n) => self.spans.insert(n, span),
        }
    }

    pub fn remove(&mut self, code: &str) {
        if let Ok(n) = self.find(code) {
            self.spans.remove(n);
        }
    }

    pub fn clear(&mut self) {
        self.text.clear();
        self.spans.clear();
    }

    /// Puts the spans in code order, keeping the last of each code (as a map built entry by
    /// entry would).
    fn settle(&mut self) {
        if self.spans.is_sorted_by(|a, b| self.code(a) < self.code(b)) {
            return;
        }
        let text = &self.text;
        let code = |s: &[u32; 3]| &text[s[0] as usize..s[1] as usize];
        // Stable: of equal codes the later entry stays later, and is the one kept.
        self.spans.sort_by(|a, b| code(a).cmp(code(b)));
        let mut kept: Vec<[u32; 3]> = Vec::with_capacity(self.spans.len());
        for s in self.spans.drain(..) {
            match kept.last_mut() {
                Some(last) if code(last) == code(&s) => *last = s,
                _ => kept.push(s),
            }
        }
        self.spans = kept;
    }
}

impl<C: AsRef<str>> FromIterator<(C, Level)> for Skills {
    fn from_iter<I: IntoIterator<Item = (C, Level)>>(iter: I) -> Skills {
        let mut s = Skills::new();
        for (c, l) in iter {
            let span = s.push_text(c.as_ref(), l.letter_str());
            s.spans.push(span);
        }
        s.settle();
        s
    }
}

impl PartialEq for Skills {
    fn eq(&self, other: &Skills) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl Eq for Skills {}

impl fmt::Debug for Skills {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

impl Serialize for Skills {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.len()))?;
        for (code, level) in self.iter() {
            map.serialize_entry(code, level)?;
        }
        map.end()
    }
}

/// Appends the string it reads to `text` (no string of its own).
struct Append<'a>(&'a mut String);

impl<'de> DeserializeSeed<'de> for Append<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_str(self)
    }
}

impl Visitor<'_> for Append<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<(), E> {
        self.0.push_str(v);
        Ok(())
    }
}

struct SkillsVisitor;

impl<'de> Visitor<'de> for SkillsVisitor {
    type Value = Skills;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a map of item codes to levels")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Skills, A::Error> {
        let mut s = Skills::new();
        if let Some(n) = map.size_hint() {
            s.spans.reserve(n);
        }
        loop {
            let start = s.end();
            if map.next_key_seed(Append(&mut s.text))?.is_none() {
                break;
            }
            let mid = s.end();
            map.next_value_seed(Append(&mut s.text))?;
            let span = [start, mid, s.end()];
            s.spans.push(span);
        }
        s.settle();
        Ok(s)
    }
}

impl<'de> Deserialize<'de> for Skills {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Skills, D::Error> {
        d.deserialize_map(SkillsVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::collections::BTreeMap;

    /// Short codes from a small alphabet, so that repeats and shared prefixes are common.
    fn code() -> impl Strategy<Value = String> {
        "[AB][0-9]{0,2}|é|"
    }

    /// Levels as files may write them, not only the five letters.
    fn entries() -> impl Strategy<Value = Vec<(String, String)>> {
        prop::collection::vec((code(), "[a-dz]|q|\"|"), 0..12)
    }

    fn level() -> impl Strategy<Value = Level> {
        prop::sample::select(Level::ALL_DESC.to_vec())
    }

    fn levelled() -> impl Strategy<Value = Vec<(String, Level)>> {
        prop::collection::vec((code(), level()), 0..12)
    }

    /// A JSON object with the entries in the order given, repeats included.
    fn object(entries: &[(String, String)]) -> String {
        let body: Vec<String> = entries
            .iter()
            .map(|(c, l)| {
                format!(
                    "{}:{}",
                    serde_json::to_string(c).unwrap(),
                    serde_json::to_string(l).unwrap()
                )
            })
            .collect();
        format!("{{{}}}", body.join(","))
    }

    #[derive(Debug, Clone)]
    enum Op {
        Insert(String, Level),
        Remove(String),
        Clear,
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            4 => (code(), level()).prop_map(|(c, l)| Op::Insert(c, l)),
            2 => code().prop_map(Op::Remove),
            1 => Just(Op::Clear),
        ]
    }

    proptest! {
        // The map it replaced is the oracle: the same JSON read gives the same entries and
        // is written back the same, whatever the order and repeats of the keys.
        #[test]
        fn reads_and_writes_json_as_the_map_did(e in entries()) {
            let json = object(&e);
            let map: BTreeMap<String, String> = serde_json::from_str(&json).unwrap();
            let skills: Skills = serde_json::from_str(&json).unwrap();
            prop_assert_eq!(serde_json::to_string(&skills).unwrap(), serde_json::to_string(&map).unwrap());
            prop_assert_eq!(skills.len(), map.len());
            for (c, l) in &map {
                prop_assert_eq!(skills.get(c), Some(l.as_str()));
            }
        }

        #[test]
        fn collects_as_the_map_did(e in levelled()) {
            let map: BTreeMap<&str, &str> = e.iter().map(|(c, l)| (c.as_str(), l.letter_str())).collect();
            let skills: Skills = e.iter().map(|(c, l)| (c, *l)).collect();
            prop_assert_eq!(skills.iter().collect::<BTreeMap<_, _>>(), map);
        }

        #[test]
        fn edits_as_the_map_did(start in levelled(), ops in prop::collection::vec(op(), 0..20)) {
            let mut map: BTreeMap<String, String> = start.iter().map(|(c, l)| (c.clone(), l.letter_str().to_owned())).collect();
            let mut skills: Skills = start.iter().map(|(c, l)| (c, *l)).collect();
            for op in ops {
                match op {
                    Op::Insert(c, l) => {
                        map.insert(c.clone(), l.letter_str().to_owned());
                        skills.insert(&c, l);
                    }
                    Op::Remove(c) => {
                        map.remove(&c);
                        skills.remove(&c);
                    }
                    Op::Clear => {
                        map.clear();
                        skills.clear();
                    }
                }
                let listed: Vec<(&str, &str)> = map.iter().map(|(c, l)| (c.as_str(), l.as_str())).collect();
                prop_assert_eq!(skills.iter().collect::<Vec<_>>(), listed);
            }
            let back: Skills = serde_json::from_str(&serde_json::to_string(&skills).unwrap()).unwrap();
            prop_assert_eq!(back, skills);
        }
    }

    #[test]
    fn equal_entries_are_equal_however_the_text_was_built() {
        let mut a: Skills = [("BT01", Level::A), ("TE08", Level::C)]
            .into_iter()
            .collect();
        a.insert("BT01", Level::B);
        a.insert("BT01", Level::A);
        let b: Skills = serde_json::from_str(r#"{"TE08":"c","BT01":"a"}"#).unwrap();
        assert_eq!(a, b);
        a.remove("TE08");
        assert_ne!(a, b);
    }

    #[test]
    fn refuses_what_is_not_a_map_of_strings() {
        assert!(serde_json::from_str::<Skills>(r#"{"BT01":3}"#).is_err());
        assert!(serde_json::from_str::<Skills>(r#"["BT01","a"]"#).is_err());
    }
}
