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

/// The built-in files except the two largest, the municipality list and the sample profiles
/// (together four fifths of the data). The web app starts from these, so its first screen does
/// not download them, and adds the two with [`Catalog::complete`] when a screen needs them.
pub const CORE: DataTexts<'static> = DataTexts {
    municipalities: NO_MUNICIPALITIES,
    profiles: EMPTY_PROFILES,
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

    /// This catalogue with the municipalities and the sample profiles of `t` (its other texts
    /// must be the ones this catalogue was loaded from): the same as `Catalog::load(t)`, without
    /// reading the skill standard, presets and programme rules again.
    pub fn complete(self, t: &DataTexts<'_>) -> Result<Self, DataError> {
        let geography = Geography::load(t.regions, t.prefectures, t.municipalities)?;
        Catalog { geography, ..self }.with_profiles(t.profiles)
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
