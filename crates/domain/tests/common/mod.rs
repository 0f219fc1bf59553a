//! Helpers shared by the domain's test files.

use dxm_domain::profile::{Coverage, Profile};
use dxm_domain::programme::Modes;
use dxm_domain::{Catalog, Level};

/// A profile of the given programme with the given skills; on site and online, nationwide.
pub fn profile(c: &Catalog, id: &str, programme: &str, skills: &[(&str, Level)]) -> Profile {
    let mut levels = vec![Level::Z; c.standard.len()];
    for (code, l) in skills {
        levels[c.standard.idx(code).unwrap().get()] = *l;
    }
    Profile {
        id: id.into(),
        programme: programme.into(),
        personas: vec!["engineer".into()],
        levels,
        basis: vec![dxm_domain::profile::Basis::Declared; c.standard.len()],
        domains: vec![],
        affiliation: "it_company".into(),
        base_prefecture: Some(13),
        coverage: Coverage::Nationwide,
        modes: Modes {
            onsite: true,
            online: true,
        },
        tags: vec![],
        days: None,
        period: None,
        experience_years: 10,
        qualifications: vec![],
        track_record: 0,
        summary_ja: String::new(),
        summary_en: String::new(),
        sample: true,
    }
}
