//! Lenses on the standard that a user starts from: the four 人材像 of the MIC external-talent
//! standard, the seven 地域DX process phases, staff levels, 取組分野 and the profile vocabulary.

use crate::error::DataError;
use crate::level::{Level, Priority};
use crate::standard::{ItemIdx, SkillStandard};
use serde::Deserialize;
use std::collections::HashSet;

/// One item level a preset asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PresetNeed {
    pub item: ItemIdx,
    pub level: Level,
    pub priority: Priority,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PresetKind {
    Persona,
    Phase,
}

/// A 人材像 or a process phase, resolved against the standard.
#[derive(Debug, Clone)]
pub struct Preset {
    pub id: String,
    pub kind: PresetKind,
    pub ja: String,
    pub en: String,
    /// Role (persona) or phase description.
    pub desc_ja: String,
    pub desc_en: String,
    /// Skills the MIC standard names as examples (persona) — empty for phases.
    pub examples_ja: String,
    pub examples_en: String,
    /// Roman numeral of a phase (i … vii); empty for personas.
    pub numeral: String,
    /// X / D / XD lead of a phase; empty for personas.
    pub lead: String,
    pub needs: Vec<PresetNeed>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Named {
    pub id: String,
    pub ja: String,
    pub en: String,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Domain {
    pub id: String,
    pub group: String,
    pub ja: String,
    pub en: String,
}

/// Population size classes used by MIC for model cases (seed 001).
#[derive(Debug, Clone, Deserialize)]
pub struct PopulationBand {
    pub id: String,
    pub ja: String,
    pub en: String,
    /// Largest population in the band; `None` for the open top band.
    pub max: Option<u32>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Qualification {
    pub id: String,
    pub ja: String,
    pub en: String,
    /// IPA skill level of the exam (4 = 高度試験).
    pub ipa_level: u8,
}

type RawNeed = (String, String, Priority);

#[derive(Deserialize)]
struct RawPersona {
    id: String,
    ja: String,
    en: String,
    role_ja: String,
    role_en: String,
    examples_ja: String,
    examples_en: String,
    needs: Vec<RawNeed>,
}

#[derive(Deserialize)]
struct RawPhase {
    id: String,
    numeral: String,
    ja: String,
    en: String,
    lead: String,
    desc_ja: String,
    desc_en: String,
    needs: Vec<RawNeed>,
}

#[derive(Deserialize)]
struct PresetFile {
    as_of: String,
    source: String,
    mapping_note_ja: String,
    mapping_note_en: String,
    personas: Vec<RawPersona>,
    phases: Vec<RawPhase>,
    leads: Vec<Named>,
    staff_levels: Vec<Named>,
    population_bands: Vec<PopulationBand>,
    domain_groups: Vec<Named>,
    domains: Vec<Domain>,
}

#[derive(Deserialize)]
struct VocabularyFile {
    as_of: String,
    source: String,
    affiliations: Vec<Named>,
    qualifications: Vec<Qualification>,
}

/// Presets and vocabularies, validated against the standard.
#[derive(Debug, Clone)]
pub struct Presets {
    pub as_of: String,
    pub source: String,
    pub mapping_note_ja: String,
    pub mapping_note_en: String,
    pub personas: Vec<Preset>,
    pub phases: Vec<Preset>,
    pub leads: Vec<Named>,
    pub staff_levels: Vec<Named>,
    pub population_bands: Vec<PopulationBand>,
    pub domain_groups: Vec<Named>,
    pub domains: Vec<Domain>,
    pub vocabulary_as_of: String,
    pub vocabulary_source: String,
    pub affiliations: Vec<Named>,
    pub qualifications: Vec<Qualification>,
}

impl Presets {
    pub const FILE: &'static str = "presets.json";
    pub const VOCABULARY_FILE: &'static str = "vocabulary.json";

    pub fn from_json(
        std: &SkillStandard,
        presets_json: &str,
        vocabulary_json: &str,
    ) -> Result<Self, DataError> {
        let file = Self::FILE;
        let raw: PresetFile =
            serde_json::from_str(presets_json).map_err(|e| DataError::json(file, &e))?;
        let mut ids = HashSet::new();
        let mut check_id = |id: &str| {
            if ids.insert(id.to_owned()) {
                Ok(())
            } else {
                Err(DataError::DuplicateId {
                    file: file.into(),
                    id: id.into(),
                })
            }
        };
        let mut personas = Vec::new();
        for p in raw.personas {
            check_id(&p.id)?;
            personas.push(Preset {
                needs: resolve_needs(std, file, &p.id, &p.needs)?,
                id: p.id,
                kind: PresetKind::Persona,
                ja: p.ja,
                en: p.en,
                desc_ja: p.role_ja,
                desc_en: p.role_en,
                examples_ja: p.examples_ja,
                examples_en: p.examples_en,
                numeral: String::new(),
                lead: String::new(),
            });
        }
        let lead_ids: HashSet<&str> = raw.leads.iter().map(|l| l.id.as_str()).collect();
        let mut phases = Vec::new();
        for p in raw.phases {
            check_id(&p.id)?;
            if !lead_ids.contains(p.lead.as_str()) {
                return Err(DataError::UnknownReference {
                    file: file.into(),
                    context: p.id.clone(),
                    kind: "lead",
                    id: p.lead,
                });
            }
            phases.push(Preset {
                needs: resolve_needs(std, file, &p.id, &p.needs)?,
                id: p.id,
                kind: PresetKind::Phase,
                ja: p.ja,
                en: p.en,
                desc_ja: p.desc_ja,
                desc_en: p.desc_en,
                examples_ja: String::new(),
                examples_en: String::new(),
                numeral: p.numeral,
                lead: p.lead,
            });
        }
        for n in raw
            .staff_levels
            .iter()
            .chain(&raw.leads)
            .chain(&raw.domain_groups)
        {
            check_id(&n.id)?;
        }
        let mut prev_max = 0;
        for (n, b) in raw.population_bands.iter().enumerate() {
            check_id(&b.id)?;
            let last = n + 1 == raw.population_bands.len();
            match b.max {
                Some(m) if m > prev_max && !last => prev_max = m,
                None if last => {}
                _ => {
                    return Err(DataError::invalid(
                        file,
                        &b.id,
                        "population bands must rise, and only the last one is open-ended",
                    ))
                }
            }
        }
        let group_ids: HashSet<&str> = raw.domain_groups.iter().map(|g| g.id.as_str()).collect();
        for d in &raw.domains {
            check_id(&d.id)?;
            if !group_ids.contains(d.group.as_str()) {
                return Err(DataError::UnknownReference {
                    file: file.into(),
                    context: d.id.clone(),
                    kind: "domain group",
                    id: d.group.clone(),
                });
            }
        }

        let vfile = Self::VOCABULARY_FILE;
        let voc: VocabularyFile =
            serde_json::from_str(vocabulary_json).map_err(|e| DataError::json(vfile, &e))?;
        let mut vids = HashSet::new();
        for id in voc
            .affiliations
            .iter()
            .map(|a| &a.id)
            .chain(voc.qualifications.iter().map(|q| &q.id))
        {
            if !vids.insert(id.clone()) {
                return Err(DataError::DuplicateId {
                    file: vfile.into(),
                    id: id.clone(),
                });
            }
        }
        if let Some(q) = voc
            .qualifications
            .iter()
            .find(|q| !(1..=4).contains(&q.ipa_level))
        {
            return Err(DataError::invalid(
                vfile,
                &q.id,
                format!("ipa_level {} is not 1–4", q.ipa_level),
            ));
        }
        Ok(Presets {
            as_of: raw.as_of,
            source: raw.source,
            mapping_note_ja: raw.mapping_note_ja,
            mapping_note_en: raw.mapping_note_en,
            personas,
            phases,
            leads: raw.leads,
            staff_levels: raw.staff_levels,
            population_bands: raw.population_bands,
            domain_groups: raw.domain_groups,
            domains: raw.domains,
            vocabulary_as_of: voc.as_of,
            vocabulary_source: voc.source,
            affiliations: voc.affiliations,
            qualifications: voc.qualifications,
        })
    }

    /// Personas first, then phases.
    pub fn all(&self) -> impl Iterator<Item = &Preset> {
        self.personas.iter().chain(&self.phases)
    }

    pub fn preset(&self, id: &str) -> Option<&Preset> {
        self.all().find(|p| p.id == id)
    }

    pub fn persona(&self, id: &str) -> Option<&Preset> {
        self.personas.iter().find(|p| p.id == id)
    }

    pub fn population_band(&self, id: &str) -> Option<&PopulationBand> {
        self.population_bands.iter().find(|b| b.id == id)
    }

    pub fn phase(&self, id: &str) -> Option<&Preset> {
        self.phases.iter().find(|p| p.id == id)
    }

    pub fn domain(&self, id: &str) -> Option<&Domain> {
        self.domains.iter().find(|d| d.id == id)
    }

    pub fn lead(&self, id: &str) -> Option<&Named> {
        self.leads.iter().find(|d| d.id == id)
    }

    pub fn affiliation(&self, id: &str) -> Option<&Named> {
        self.affiliations.iter().find(|d| d.id == id)
    }

    pub fn qualification(&self, id: &str) -> Option<&Qualification> {
        self.qualifications.iter().find(|d| d.id == id)
    }
}

fn resolve_needs(
    std: &SkillStandard,
    file: &str,
    preset: &str,
    raw: &[RawNeed],
) -> Result<Vec<PresetNeed>, DataError> {
    let mut seen = HashSet::new();
    let mut out = Vec::with_capacity(raw.len());
    for (code, letter, priority) in raw {
        let context = format!("preset {preset}");
        let item = std.resolve(file, &context, code)?;
        if !seen.insert(item) {
            return Err(DataError::DuplicateId {
                file: file.into(),
                id: format!("{preset}/{code}"),
            });
        }
        let level = Level::from_letter(letter).ok_or_else(|| DataError::LevelOutOfRange {
            file: file.into(),
            context: format!("{context}, item {code}"),
            value: letter.clone(),
        })?;
        if level == Level::Z {
            return Err(DataError::invalid(
                file,
                context,
                format!("item {code} has level z: leave it out instead"),
            ));
        }
        out.push(PresetNeed {
            item,
            level,
            priority: *priority,
        });
    }
    Ok(out)
}
