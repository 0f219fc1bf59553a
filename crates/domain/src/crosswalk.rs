//! The crosswalk from what real lists say to DSS-P: field tags (the 地域情報化アドバイザー open
//! data's 主な対応分野), key terms of free-text expertise and qualifications, each mapped to skill
//! items with a conservative level and to 取組分野. Real lists carry no DSS-P levels; the levels
//! inferred here are marked as such (`Basis::Inferred`) and count at a documented discount
//! (`inferred_percent`) in the score. Versioned data with its source notes (`data/crosswalk.json`).

use crate::error::DataError;
use crate::level::Level;
use crate::presets::Presets;
use crate::standard::{ItemIdx, SkillStandard};
use crate::text::fold;
use serde::Deserialize;
use std::collections::HashSet;

/// An item and the level a tag, term or qualification suggests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Suggestion {
    pub item: ItemIdx,
    pub level: Level,
}

/// One field tag as publishers write it.
#[derive(Debug, Clone)]
pub struct Tag {
    pub tag: String,
    pub en: String,
    pub aliases: Vec<String>,
    pub domains: Vec<String>,
    pub items: Vec<Suggestion>,
    /// Why a tag maps to nothing (empty when it maps).
    pub unmapped_ja: String,
    pub unmapped_en: String,
    /// How many advisers carried it in the FY2025 open data (for the coverage check).
    pub listed_fy2025: u16,
}

/// A key term looked for in free text.
#[derive(Debug, Clone)]
pub struct Term {
    pub term: String,
    pub aliases: Vec<String>,
    pub domains: Vec<String>,
    pub items: Vec<Suggestion>,
}

#[derive(Debug, Clone)]
pub struct Crosswalk {
    pub id: String,
    pub version: String,
    pub as_of: String,
    /// The skill standard (and its version) the items belong to.
    pub standard: String,
    pub source: String,
    pub method_ja: String,
    pub method_en: String,
    /// How much a step of an inferred level counts, in percent of a declared one.
    pub inferred_percent: u8,
    pub tags: Vec<Tag>,
    pub terms: Vec<Term>,
    /// Qualification id → the items its exam backs.
    pub qualifications: Vec<(String, Vec<Suggestion>)>,
    /// Folded names of tags and their aliases, and of terms and theirs, for lookups.
    tag_names: Vec<(String, usize)>,
    term_names: Vec<(String, usize)>,
    /// Layouts of real lists the import recognises by their headers.
    pub layouts: Vec<Layout>,
}

/// A list layout as its publisher ships it: the headers, what each column means, and the
/// programme its people belong to.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Layout {
    pub id: String,
    pub ja: String,
    pub en: String,
    /// Programme id of everyone in such a list.
    pub programme: String,
    pub source: String,
    /// Header → field key (`Field`'s serde name, or "personal": never read).
    pub columns: Vec<(String, String)>,
    /// Headers that must all be present for the layout to be recognised.
    pub needs: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTag {
    tag: String,
    en: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    domains: Vec<String>,
    #[serde(default)]
    items: Vec<(String, String)>,
    #[serde(default)]
    unmapped_ja: String,
    #[serde(default)]
    unmapped_en: String,
    #[serde(default)]
    note_ja: String,
    #[serde(default)]
    listed_fy2025: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTerm {
    term: String,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    domains: Vec<String>,
    #[serde(default)]
    items: Vec<(String, String)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQualification {
    qualification: String,
    items: Vec<(String, String)>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    id: String,
    version: String,
    as_of: String,
    standard: String,
    source: String,
    method_ja: String,
    method_en: String,
    inferred_percent: u8,
    tags: Vec<RawTag>,
    terms: Vec<RawTerm>,
    qualifications: Vec<RawQualification>,
    layouts: Vec<Layout>,
}

/// What a set of tags, texts and qualifications suggests for one person.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Inference {
    /// The highest level suggested per item, with the tag or term it came from.
    pub levels: Vec<(ItemIdx, Level, String)>,
    pub domains: Vec<String>,
    /// Tags and terms recognised (as the crosswalk names them), in order of first sight.
    pub tags: Vec<String>,
}

impl Inference {
    fn suggest(&mut self, items: &[Suggestion], from: &str) {
        for s in items {
            match self.levels.iter_mut().find(|(i, _, _)| *i == s.item) {
                Some(entry) if entry.1 < s.level => *entry = (s.item, s.level, from.to_owned()),
                Some(_) => {}
                None => self.levels.push((s.item, s.level, from.to_owned())),
            }
        }
    }

    fn add_domains(&mut self, domains: &[String]) {
        for d in domains {
            if !self.domains.contains(d) {
                self.domains.push(d.clone());
            }
        }
    }

    fn add_tag(&mut self, t: &str) {
        if !self.tags.iter().any(|x| x == t) {
            self.tags.push(t.to_owned());
        }
    }
}

impl Crosswalk {
    pub const FILE: &'static str = "crosswalk.json";

    /// Nothing mapped (the first screen's catalogue, before the crosswalk is read).
    pub fn empty() -> Self {
        Crosswalk {
            id: String::new(),
            version: String::new(),
            as_of: String::new(),
            standard: String::new(),
            source: String::new(),
            method_ja: String::new(),
            method_en: String::new(),
            inferred_percent: 50,
            tags: Vec::new(),
            terms: Vec::new(),
            qualifications: Vec::new(),
            tag_names: Vec::new(),
            term_names: Vec::new(),
            layouts: Vec::new(),
        }
    }

    pub fn from_json(
        std: &SkillStandard,
        presets: &Presets,
        programmes: &crate::programme::ProgrammeSet,
        json: &str,
    ) -> Result<Self, DataError> {
        let file = Self::FILE;
        let raw: RawFile = serde_json::from_str(json).map_err(|e| DataError::json(file, &e))?;
        if !(1..=100).contains(&raw.inferred_percent) {
            return Err(DataError::invalid(
                file,
                "inferred_percent",
                format!("{} is not between 1 and 100", raw.inferred_percent),
            ));
        }
        let items = |ctx: &str, list: &[(String, String)]| -> Result<Vec<Suggestion>, DataError> {
            list.iter()
                .map(|(code, letter)| {
                    let item = std.resolve(file, ctx, code)?;
                    let level = Level::from_letter(letter)
                        .filter(|l| *l > Level::Z)
                        .ok_or_else(|| DataError::LevelOutOfRange {
                            file: file.into(),
                            context: format!("{ctx}, item {code}"),
                            value: letter.clone(),
                        })?;
                    Ok(Suggestion { item, level })
                })
                .collect()
        };
        let domains = |ctx: &str, list: &[String]| -> Result<Vec<String>, DataError> {
            match list.iter().find(|d| presets.domain(d).is_none()) {
                Some(d) => Err(DataError::UnknownReference {
                    file: file.into(),
                    context: ctx.into(),
                    kind: "取組分野",
                    id: d.clone(),
                }),
                None => Ok(list.to_vec()),
            }
        };
        let mut seen = HashSet::new();
        let mut tags = Vec::new();
        let mut tag_names = Vec::new();
        for t in raw.tags {
            let ctx = format!("tag {}", t.tag);
            let mapped = !t.items.is_empty() || !t.domains.is_empty();
            if mapped != t.unmapped_ja.is_empty() {
                return Err(DataError::invalid(
                    file,
                    ctx,
                    "a tag maps to items or fields, or says why not (unmapped_ja) — not both",
                ));
            }
            let _ = &t.note_ja;
            for name in std::iter::once(&t.tag).chain(&t.aliases) {
                let f = fold(name);
                if !seen.insert(f.clone()) {
                    return Err(DataError::DuplicateId {
                        file: file.into(),
                        id: name.clone(),
                    });
                }
                tag_names.push((f, tags.len()));
            }
            tags.push(Tag {
                items: items(&ctx, &t.items)?,
                domains: domains(&ctx, &t.domains)?,
                tag: t.tag,
                en: t.en,
                aliases: t.aliases,
                unmapped_ja: t.unmapped_ja,
                unmapped_en: t.unmapped_en,
                listed_fy2025: t.listed_fy2025,
            });
        }
        let mut terms = Vec::new();
        let mut term_names = Vec::new();
        for t in raw.terms {
            let ctx = format!("term {}", t.term);
            for name in std::iter::once(&t.term).chain(&t.aliases) {
                term_names.push((fold(name), terms.len()));
            }
            terms.push(Term {
                items: items(&ctx, &t.items)?,
                domains: domains(&ctx, &t.domains)?,
                term: t.term,
                aliases: t.aliases,
            });
        }
        // Longest names first, so that 「生成AI」 is found before 「AI」.
        term_names.sort_by(|a, b| {
            b.0.chars()
                .count()
                .cmp(&a.0.chars().count())
                .then(a.1.cmp(&b.1))
        });
        let mut qualifications = Vec::new();
        for q in raw.qualifications {
            if presets.qualification(&q.qualification).is_none() {
                return Err(DataError::UnknownReference {
                    file: file.into(),
                    context: "qualifications".into(),
                    kind: "qualification",
                    id: q.qualification,
                });
            }
            let ctx = format!("qualification {}", q.qualification);
            qualifications.push((q.qualification, items(&ctx, &q.items)?));
        }
        for l in &raw.layouts {
            if programmes.get(&l.programme).is_none() {
                return Err(DataError::UnknownReference {
                    file: file.into(),
                    context: format!("layout {}", l.id),
                    kind: "programme",
                    id: l.programme.clone(),
                });
            }
            let known = |h: &str| l.columns.iter().any(|(c, _)| fold(c) == fold(h));
            if let Some(h) = l.needs.iter().find(|h| !known(h)) {
                return Err(DataError::invalid(
                    file,
                    format!("layout {}", l.id),
                    format!("needed header \"{h}\" is not one of its columns"),
                ));
            }
            if let Some((h, _)) = l
                .columns
                .iter()
                .find(|(_, f)| crate::import::fields::field_from_key(f).is_none())
            {
                return Err(DataError::invalid(
                    file,
                    format!("layout {}", l.id),
                    format!("column \"{h}\" has no known field"),
                ));
            }
        }
        Ok(Crosswalk {
            layouts: raw.layouts,
            id: raw.id,
            version: raw.version,
            as_of: raw.as_of,
            standard: raw.standard,
            source: raw.source,
            method_ja: raw.method_ja,
            method_en: raw.method_en,
            inferred_percent: raw.inferred_percent,
            tags,
            terms,
            qualifications,
            tag_names,
            term_names,
        })
    }

    /// The folded names of the tags and their aliases with the tag's index (for `find_names`).
    pub fn tag_names(&self) -> &[(String, usize)] {
        &self.tag_names
    }

    /// A publisher's list layout by its id.
    pub fn layout(&self, id: &str) -> Option<&Layout> {
        self.layouts.iter().find(|l| l.id == id)
    }

    /// The tag a cell names exactly (width, kana, spaces and line breaks folded), or by alias.
    pub fn tag(&self, s: &str) -> Option<&Tag> {
        let f = fold(s);
        self.tag_names
            .iter()
            .find(|(n, _)| *n == f)
            .map(|&(_, i)| &self.tags[i])
    }

    /// The terms found in a text, in the order it names them; a term made of ASCII letters and
    /// digits only counts as a whole word (so 「AI」 is not found in "email").
    pub fn terms_in(&self, text: &str) -> Vec<&Term> {
        let mut f = fold(text);
        // (first position in the text, term) of every term found.
        let mut found: Vec<(usize, usize)> = Vec::new();
        for (name, i) in &self.term_names {
            if name.is_empty() {
                continue;
            }
            let ascii = name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
            let mut from = 0;
            while let Some(pos) = f[from..].find(name.as_str()) {
                let start = from + pos;
                let end = start + name.len();
                let word = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric());
                if !ascii
                    || (!word(f[..start].chars().next_back()) && !word(f[end..].chars().next()))
                {
                    match found.iter_mut().find(|(_, t)| t == i) {
                        Some(entry) => entry.0 = entry.0.min(start),
                        None => found.push((start, *i)),
                    }
                    // A longer name that matched takes its text, so a shorter one inside it
                    // does not count again (「生成AI」 is not also 「AI」).
                    f.replace_range(start..end, &"\u{1}".repeat(name.len()));
                }
                from = end;
            }
        }
        found.sort_unstable();
        found.into_iter().map(|(_, i)| &self.terms[i]).collect()
    }

    /// What the items a qualification backs.
    pub fn qualification(&self, id: &str) -> &[Suggestion] {
        self.qualifications
            .iter()
            .find(|(q, _)| q == id)
            .map_or(&[], |(_, s)| s.as_slice())
    }

    /// The levels and fields suggested by a person's field tags (`tags`, each already a cell
    /// value) and free texts.
    pub fn infer<'a>(
        &self,
        tags: impl IntoIterator<Item = &'a str>,
        texts: impl IntoIterator<Item = &'a str>,
    ) -> Inference {
        let mut out = Inference::default();
        for t in tags {
            if let Some(tag) = self.tag(t) {
                out.add_tag(&tag.tag);
                out.suggest(&tag.items, &tag.tag);
                out.add_domains(&tag.domains);
            }
        }
        for text in texts {
            for term in self.terms_in(text) {
                out.add_tag(&term.term);
                out.suggest(&term.items, &term.term);
                out.add_domains(&term.domains);
            }
        }
        out
    }

    /// The tag or term (by the name the crosswalk gives it) that suggests a level for `item`,
    /// among a profile's recognised tags: for explanations.
    pub fn source_of<'t>(&self, tags: &'t [String], item: ItemIdx) -> Option<&'t str> {
        let mut best: Option<(Level, &str)> = None;
        for t in tags {
            let suggestions = self
                .tags
                .iter()
                .find(|x| &x.tag == t)
                .map(|x| x.items.as_slice())
                .or_else(|| {
                    self.terms
                        .iter()
                        .find(|x| &x.term == t)
                        .map(|x| x.items.as_slice())
                })
                .unwrap_or(&[]);
            if let Some(s) = suggestions.iter().find(|s| s.item == item) {
                if best.is_none_or(|(l, _)| s.level > l) {
                    best = Some((s.level, t.as_str()));
                }
            }
        }
        best.map(|(_, t)| t)
    }
}
