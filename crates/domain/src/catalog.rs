//! The built-in data pack: every data file of the crate, loaded and cross-validated.

use crate::crosswalk::Crosswalk;
use crate::error::DataError;
use crate::geo::Geography;
use crate::presets::Presets;
use crate::profile::{ProfileSet, Refs};
use crate::programme::ProgrammeSet;
use crate::standard::SkillStandard;

/// Raw texts of a data pack, in the formats of the files under `data/`.
#[derive(Debug, Clone, Copy)]
pub struct DataTexts<'a> {
    pub standard: &'a str,
    pub presets: &'a str,
    pub vocabulary: &'a str,
    pub programmes: &'a str,
    pub crosswalk: &'a str,
    pub regions: &'a str,
    pub prefectures: &'a str,
    pub municipalities: &'a str,
    pub profiles: &'a str,
}

/// The files compiled into the app.
pub const BUILTIN: DataTexts<'static> = DataTexts {
    standard: include_str!("../data/skill_standard.json"),
    presets: include_str!("../data/presets.json"),
    vocabulary: include_str!("../data/vocabulary.json"),
    programmes: include_str!("../data/programmes.json"),
    crosswalk: include_str!("../data/crosswalk.json"),
    regions: include_str!("../data/regions.json"),
    prefectures: include_str!("../data/prefectures.csv"),
    municipalities: include_str!("../data/municipalities.csv"),
    profiles: include_str!("../data/sample_profiles.json"),
};

#[derive(Debug, Clone)]
pub struct Catalog {
    pub standard: SkillStandard,
    pub presets: Presets,
    pub programmes: ProgrammeSet,
    pub crosswalk: Crosswalk,
    pub geography: Geography,
    pub profiles: ProfileSet,
}

/// A profile pack with no profiles, for catalogues that do not need the samples.
pub const EMPTY_PROFILES: &str = r#"{"id":"none","ja":"","en":"","as_of":"2026-01-01","source":"","fictional":true,"profiles":[]}"#;

/// The municipality list's header alone: a geography of the prefectures only.
pub const NO_MUNICIPALITIES: &str = "lgcode,pref,name,kana\n";

/// Rule sets and a crosswalk with nothing in them: what the start screen's texts hold, so that
/// the full files are not part of its code (`Catalog::core` does not read them).
pub const EMPTY_PROGRAMMES: &str = r#"{"schema":2,"id":"none","fiscal_year":2025,"as_of":"2026-01-01","note_ja":"","note_en":"","programmes":[]}"#;
pub const EMPTY_CROSSWALK: &str = r#"{"id":"none","version":"","as_of":"2026-01-01","standard":"","source":"","method_ja":"","method_en":"","inferred_percent":50,"tags":[],"terms":[],"qualifications":[],"layouts":[]}"#;

/// The built-in files except the municipality list, the sample profiles, the programme rules
/// and the crosswalk (together most of the data), which the first screen does not need. The web
/// app starts from these ([`Catalog::core`]) and adds the others with [`Catalog::complete`] when
/// a screen needs them.
pub const CORE: DataTexts<'static> = DataTexts {
    municipalities: NO_MUNICIPALITIES,
    profiles: EMPTY_PROFILES,
    programmes: EMPTY_PROGRAMMES,
    crosswalk: EMPTY_CROSSWALK,
    ..BUILTIN
};

impl Catalog {
    pub fn builtin() -> Result<Self, DataError> {
        Self::load(&BUILTIN)
    }

    /// The built-in catalogue without the sample profiles (for the import worker and tools).
    pub fn builtin_without_profiles() -> Result<Self, DataError> {
        Self::load_without_profiles(&BUILTIN)
    }

    pub fn load(t: &DataTexts<'_>) -> Result<Self, DataError> {
        Self::load_without_profiles(t)?.with_profiles(t.profiles)
    }

    /// What the first screen needs and nothing more: the standard, the presets and the
    /// geography of `t`, with no programmes, crosswalk or samples (they are not even read).
    /// [`Catalog::complete`] adds the rest.
    pub fn core(t: &DataTexts<'_>) -> Result<Self, DataError> {
        let standard = SkillStandard::from_json(SkillStandard::FILE, t.standard)?;
        let presets = Presets::from_json(&standard, t.presets, t.vocabulary)?;
        let geography = Geography::load(t.regions, t.prefectures, t.municipalities)?;
        Ok(Catalog {
            programmes: ProgrammeSet::empty(),
            crosswalk: Crosswalk::empty(),
            profiles: ProfileSet::empty(),
            standard,
            presets,
            geography,
        })
    }

    /// Everything but the sample profiles (which get an empty pack); `with_profiles` adds them.
    /// Two steps, so that the page can parse the largest file in a task of its own.
    pub fn load_without_profiles(t: &DataTexts<'_>) -> Result<Self, DataError> {
        let standard = SkillStandard::from_json(SkillStandard::FILE, t.standard)?;
        let presets = Presets::from_json(&standard, t.presets, t.vocabulary)?;
        let programmes = ProgrammeSet::from_json(ProgrammeSet::FILE, t.programmes)?;
        let crosswalk = Crosswalk::from_json(&standard, &presets, &programmes, t.crosswalk)?;
        let geography = Geography::load(t.regions, t.prefectures, t.municipalities)?;
        let profiles = ProfileSet::from_json(
            ProfileSet::SAMPLE_FILE,
            EMPTY_PROFILES,
            &Refs {
                standard: &standard,
                presets: &presets,
                programmes: &programmes,
                crosswalk: &crosswalk,
                geography: &geography,
            },
        )?;
        Ok(Catalog {
            standard,
            presets,
            programmes,
            crosswalk,
            geography,
            profiles,
        })
    }

    /// This catalogue with the programme rules, the municipalities, the crosswalk and the sample
    /// profiles of `t` (its standard and presets must be the ones this catalogue was made from):
    /// the same as `Catalog::load(t)`, without reading the standard and presets again.
    pub fn complete(self, t: &DataTexts<'_>) -> Result<Self, DataError> {
        let programmes = ProgrammeSet::from_json(ProgrammeSet::FILE, t.programmes)?;
        let geography = Geography::load(t.regions, t.prefectures, t.municipalities)?;
        let crosswalk =
            Crosswalk::from_json(&self.standard, &self.presets, &programmes, t.crosswalk)?;
        Catalog {
            programmes,
            geography,
            crosswalk,
            ..self
        }
        .with_profiles(t.profiles)
    }

    /// This catalogue with the sample profiles read from `text` (checked against it).
    pub fn with_profiles(self, text: &str) -> Result<Self, DataError> {
        let profiles = ProfileSet::from_json(ProfileSet::SAMPLE_FILE, text, &self.refs())?;
        Ok(Catalog { profiles, ..self })
    }

    pub fn refs(&self) -> Refs<'_> {
        Refs {
            standard: &self.standard,
            presets: &self.presets,
            programmes: &self.programmes,
            crosswalk: &self.crosswalk,
            geography: &self.geography,
        }
    }
}
