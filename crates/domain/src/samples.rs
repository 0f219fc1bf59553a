//! Deterministic generator of the fictional sample profiles shipped with the app.
//!
//! Run `cargo run -p dxm-domain --bin dxm-data -- samples` to rewrite
//! `data/sample_profiles.json`; a test checks that the committed file is exactly what the
//! generator produces, so the samples are reproducible from the seed below. Every person is
//! invented: no profile describes a real individual.
//!
//! Shape of the set: 240 地域情報化アドバイザー, 40 外部人材リスト and 60 prefecture-pool profiles.
//! Every prefecture is the base of at least one adviser and one pool member; the remaining
//! advisers lean towards the big metropolitan areas, as digital talent does.

use crate::catalog::Catalog;
use crate::geo::Geography;
use crate::level::Level;
use crate::presets::Presets;
use crate::profile::{
    resolve_all, Coverage, DaysBand, PeriodBand, Profile, ProfileFile, ProfileRecord, Skills,
};
use crate::programme::Modes;
use crate::standard::SkillStandard;

pub const SEED: u64 = 0x2026_1125_D0A1_5EED;

/// (programme id, id prefix, count)
pub const SPECS: [(&str, &str, usize); 3] = [
    ("chiiki_joho_advisor", "ADV", 240),
    ("gaibu_jinzai_list", "EXT", 40),
    ("pref_pool", "POOL", 60),
];

/// SplitMix64: tiny, well-distributed and identical on every platform. Every generated file
/// (samples, fixtures) draws from it, so that they are reproducible anywhere.
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
    pub fn range(&mut self, lo: u32, hi_inclusive: u32) -> u32 {
        lo + self.below((hi_inclusive - lo + 1) as usize) as u32
    }
    pub fn chance(&mut self, percent: u32) -> bool {
        self.below(100) < percent as usize
    }
    pub fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len())]
    }
    pub fn weighted(&mut self, weights: &[u32]) -> usize {
        let total: u32 = weights.iter().sum();
        let mut r = self.below(total as usize) as u32;
        for (i, &w) in weights.iter().enumerate() {
            if r < w {
                return i;
            }
            r -= w;
        }
        weights.len() - 1
    }
}

/// Rough share of digital workers by prefecture code (1–47): Tokyo dominates, then the other
/// metropolitan prefectures. Only the proportions matter.
fn prefecture_weight(code: u8) -> u32 {
    match code {
        13 => 30,
        14 => 8,
        27 => 7,
        23 => 5,
        40 => 4,
        11 | 12 | 28 | 1 => 3,
        4 | 26 | 34 => 2,
        _ => 1,
    }
}

struct Style {
    personas: [u32; 4],
    second_persona: u32,
    affiliations: &'static [(&'static str, u32)],
    nationwide: u32,
    onsite: u32,
    experience: (u32, u32),
    track_record: u32,
    priority_domains: u32,
}

fn style(prefix: &str) -> Style {
    match prefix {
        "ADV" => Style {
            personas: [30, 20, 20, 30],
            second_persona: 25,
            affiliations: &[
                ("municipal_staff", 25),
                ("university", 25),
                ("it_company", 20),
                ("consulting", 15),
                ("civictech", 10),
                ("npo", 5),
            ],
            nationwide: 65,
            onsite: 90,
            experience: (5, 30),
            track_record: 40,
            priority_domains: 35,
        },
        "EXT" => Style {
            personas: [40, 25, 15, 20],
            second_persona: 35,
            affiliations: &[("it_company", 40), ("consulting", 40), ("freelance", 20)],
            nationwide: 50,
            onsite: 70,
            experience: (8, 30),
            track_record: 12,
            priority_domains: 70,
        },
        _ => Style {
            personas: [15, 35, 15, 35],
            second_persona: 20,
            affiliations: &[
                ("it_company", 45),
                ("consulting", 25),
                ("municipal_staff", 15),
                ("freelance", 15),
            ],
            nationwide: 0,
            onsite: 100,
            experience: (3, 25),
            track_record: 15,
            priority_domains: 75,
        },
    }
}

/// Qualifications that suit each persona (ids from vocabulary.json).
fn persona_qualifications(persona: &str) -> &'static [&'static str] {
    match persona {
        "producer" => &["ipa_st", "ipa_au", "ipa_sc"],
        "project_manager" => &["ipa_pm", "ipa_sm", "ipa_ap"],
        "service_designer" => &["ipa_ap", "ipa_fe"],
        _ => &[
            "ipa_sa", "ipa_nw", "ipa_db", "ipa_sc", "ipa_es", "ipa_ap", "ipa_fe",
        ],
    }
}

/// Generates the sample profile file. Pure: the same catalogue gives the same output.
pub fn generate(std: &SkillStandard, presets: &Presets, geo: &Geography) -> ProfileFile {
    let profiles = records(std, presets, geo, &SPECS, SEED, "SAMPLE");
    ProfileFile {
        id: "sample-profiles".into(),
        ja: "サンプル人材プロフィール（架空）".into(),
        en: "Sample talent profiles (fictional)".into(),
        as_of: "2026-11-25".into(),
        source: format!("Generated by dxm-domain samples::generate with seed {SEED:#x}; every person is fictional."),
        fictional: true,
        profiles,
    }
}

/// `n` fictional profiles in the proportions of the samples (24:4:6), for load tests and
/// benchmarks. Ids are `SYN-<prefix>-<number>`.
pub fn synthetic(cat: &Catalog, n: usize) -> Vec<Profile> {
    let total: usize = SPECS.iter().map(|s| s.2).sum();
    let mut specs = SPECS;
    let mut given = 0;
    for (i, s) in specs.iter_mut().enumerate() {
        s.2 = if i + 1 == SPECS.len() {
            n - given
        } else {
            n * s.2 / total
        };
        given += s.2;
    }
    let refs = cat.refs();
    let mut out = Vec::with_capacity(n);
    each_record(
        &cat.standard,
        &cat.presets,
        &cat.geography,
        &specs,
        SEED ^ n as u64,
        "SYN",
        |r| {
            // The generator only produces valid records; ids are unique by construction.
            if let Ok(mut p) = resolve_all("synthetic", std::slice::from_ref(&r), &refs, true) {
                out.append(&mut p);
            }
        },
    );
    out
}

fn records(
    std: &SkillStandard,
    presets: &Presets,
    geo: &Geography,
    specs: &[(&str, &str, usize)],
    seed: u64,
    id_prefix: &str,
) -> Vec<ProfileRecord> {
    let mut out = Vec::new();
    each_record(std, presets, geo, specs, seed, id_prefix, |r| out.push(r));
    out
}

/// Generates records one by one, so that a large set never holds every record at once.
fn each_record(
    std: &SkillStandard,
    presets: &Presets,
    geo: &Geography,
    specs: &[(&str, &str, usize)],
    seed: u64,
    id_prefix: &str,
    mut emit: impl FnMut(ProfileRecord),
) {
    let mut rng = Rng(seed);
    let pref_weights: Vec<u32> = geo
        .prefectures
        .iter()
        .map(|p| prefecture_weight(p.code))
        .collect();
    for &(programme, prefix, count) in specs {
        let st = style(prefix);
        for n in 0..count {
            // Advisers and pool members cover every prefecture first, then follow the weights.
            let base = if prefix != "EXT" && n < geo.prefectures.len() {
                geo.prefectures[n].code
            } else {
                geo.prefectures[rng.weighted(&pref_weights)].code
            };
            let first = rng.weighted(&st.personas);
            let mut persona_ix = vec![first];
            if rng.chance(st.second_persona) {
                let mut w = st.personas;
                w[first] = 0;
                persona_ix.push(rng.weighted(&w));
                persona_ix.sort_unstable();
            }
            let personas: Vec<&crate::presets::Preset> =
                persona_ix.iter().map(|&i| &presets.personas[i]).collect();

            let mut levels = vec![Level::Z; std.len()];
            for p in &personas {
                for need in &p.needs {
                    let delta = rng.weighted(&[30, 50, 20]) as i32 - 1;
                    let v = (i32::from(need.level.value()) + delta).clamp(1, 4) as u8;
                    let l = Level::from_value(v).unwrap_or(Level::D);
                    let slot = &mut levels[need.item.get()];
                    *slot = (*slot).max(l);
                }
            }
            for _ in 0..rng.range(2, 5) {
                let i = rng.below(std.len());
                let extra = if rng.chance(60) { Level::D } else { Level::C };
                levels[i] = levels[i].max(extra);
            }
            let skills: Skills = std
                .indices()
                .filter(|i| levels[i.get()] > Level::Z)
                .map(|i| (&std.item(i).id, levels[i.get()]))
                .collect();

            let mut domains: Vec<String> = Vec::new();
            for _ in 0..rng.range(1, 4) {
                let group = if rng.chance(st.priority_domains) {
                    "priority"
                } else {
                    "regional"
                };
                let pool: Vec<&str> = presets
                    .domains
                    .iter()
                    .filter(|d| d.group == group)
                    .map(|d| d.id.as_str())
                    .collect();
                let d = rng.pick(&pool).to_string();
                if !domains.contains(&d) {
                    domains.push(d);
                }
            }
            domains.sort_by_key(|d| presets.domains.iter().position(|x| &x.id == d));

            let aff_w: Vec<u32> = st.affiliations.iter().map(|a| a.1).collect();
            let affiliation = st.affiliations[rng.weighted(&aff_w)].0.to_owned();

            let coverage = if prefix == "POOL" {
                Coverage::Prefectures { codes: vec![base] }
            } else if rng.chance(st.nationwide) {
                Coverage::Nationwide
            } else {
                let region = geo
                    .region_of(base)
                    .map(|r| r.id.clone())
                    .unwrap_or_default();
                Coverage::Regions { ids: vec![region] }
            };
            let modes = Modes {
                onsite: rng.chance(st.onsite),
                online: true,
            };
            // Advisers give a few days; list members and pool members can commit more.
            let (days, period) = match prefix {
                "ADV" => (
                    DaysBand::ALL[rng.weighted(&[50, 35, 15, 0])],
                    PeriodBand::UnderOneYear,
                ),
                "EXT" => (
                    DaysBand::ALL[rng.weighted(&[10, 30, 45, 15])],
                    PeriodBand::ALL[rng.weighted(&[20, 60, 20])],
                ),
                _ => (
                    DaysBand::ALL[rng.weighted(&[0, 10, 35, 55])],
                    PeriodBand::ALL[rng.weighted(&[10, 55, 35])],
                ),
            };

            let mut experience = rng.range(st.experience.0, st.experience.1) as u8;
            let mut qualifications: Vec<String> = Vec::new();
            if rng.chance(50) {
                for p in &personas {
                    let qs = persona_qualifications(&p.id);
                    let q = rng.pick(qs).to_string();
                    if !qualifications.contains(&q) {
                        qualifications.push(q);
                    }
                    if !rng.chance(30) {
                        break;
                    }
                }
            }
            // A pool member meets the 自治体DXアクセラレータ requirement: 5+ years or a level-4 exam.
            let has_level4 = qualifications
                .iter()
                .any(|q| presets.qualification(q).is_some_and(|q| q.ipa_level == 4));
            if prefix == "POOL" && experience < 5 && !has_level4 {
                if rng.chance(50) {
                    experience = 5 + rng.range(0, 3) as u8;
                } else {
                    let qs = persona_qualifications(&personas[0].id);
                    let l4: Vec<&&str> = qs
                        .iter()
                        .filter(|q| presets.qualification(q).is_some_and(|q| q.ipa_level == 4))
                        .collect();
                    let q = l4.first().map_or("ipa_st", |q| **q);
                    qualifications.push(q.to_owned());
                }
            }
            qualifications.sort();
            let track_record = rng.range(0, st.track_record) as u16;

            let aff = presets.affiliation(&affiliation);
            let persona_ja: Vec<&str> = personas.iter().map(|p| p.ja.as_str()).collect();
            let persona_en: Vec<&str> = personas.iter().map(|p| p.en.as_str()).collect();
            let dom_ja: Vec<&str> = domains
                .iter()
                .filter_map(|d| presets.domain(d))
                .map(|d| d.ja.as_str())
                .collect();
            let dom_en: Vec<&str> = domains
                .iter()
                .filter_map(|d| presets.domain(d))
                .map(|d| d.en.as_str())
                .collect();
            let summary_ja = format!(
                "{}。{}として{}の分野を中心に支援。経験{}年、支援実績{}件。",
                aff.map_or("", |a| a.ja.as_str()),
                persona_ja.join("・"),
                dom_ja.join("・"),
                experience,
                track_record
            );
            let summary_en = format!(
                "{}. Works as {}, mainly on {}. {} years of experience, {} past engagements.",
                aff.map_or("", |a| a.en.as_str()),
                persona_en.join(" and "),
                dom_en.join(", "),
                experience,
                track_record
            );

            emit(ProfileRecord {
                id: format!("{id_prefix}-{prefix}-{:03}", n + 1),
                programme: programme.to_owned(),
                personas: personas.iter().map(|p| p.id.clone()).collect(),
                skills,
                domains,
                affiliation,
                base_prefecture: Some(base),
                coverage,
                modes,
                tags: Vec::new(),
                basis: Default::default(),
                days: Some(days),
                period: Some(period),
                experience_years: experience,
                qualifications,
                track_record,
                summary_ja,
                summary_en,
            });
        }
    }
}

/// Writes the file with one profile per line, so that diffs stay readable.
pub fn to_json_lines(file: &ProfileFile) -> String {
    let head = |v: &str| serde_json::to_string(v).unwrap_or_default();
    let mut out = String::from("{\n");
    out.push_str(&format!("  \"id\": {},\n", head(&file.id)));
    out.push_str(&format!("  \"ja\": {},\n", head(&file.ja)));
    out.push_str(&format!("  \"en\": {},\n", head(&file.en)));
    out.push_str(&format!("  \"as_of\": {},\n", head(&file.as_of)));
    out.push_str(&format!("  \"source\": {},\n", head(&file.source)));
    out.push_str(&format!("  \"fictional\": {},\n", file.fictional));
    out.push_str("  \"profiles\": [\n");
    for (i, p) in file.profiles.iter().enumerate() {
        out.push_str("    ");
        out.push_str(&serde_json::to_string(p).unwrap_or_default());
        out.push_str(if i + 1 < file.profiles.len() {
            ",\n"
        } else {
            "\n"
        });
    }
    out.push_str("  ]\n}\n");
    out
}

/// The assessment the benchmarks rank against: every one of the standard's items needed, at
/// varied levels and priorities, with varied in-house levels, for 札幌市.
pub fn bench_assessment(cat: &Catalog) -> crate::Assessment {
    let mut a = crate::Assessment::new("bench", "bench", 2026);
    a.context.lgcode = Some(11002);
    a.context.personas = vec!["engineer".into(), "producer".into()];
    a.context.domains = vec!["front_yard".into(), "ai_rpa".into()];
    for (i, it) in cat.standard.items().iter().enumerate() {
        let need = Level::from_value(1 + (i % 4) as u8).unwrap_or(Level::D);
        a.set_need(&it.id, need);
        a.set_priority(
            &it.id,
            if i % 3 == 0 {
                crate::Priority::Desirable
            } else {
                crate::Priority::Required
            },
        );
        a.set_have(&it.id, Level::from_value((i % 3) as u8));
    }
    a
}

/// `n` fictional candidates that are all feasible and none dominated, against 20 required
/// gap items: the worst case of the exact team search (k = 4).
pub fn bench_team_case(
    cat: &Catalog,
    n: usize,
) -> (crate::matching::ProfileIndex, crate::Assessment) {
    let mut a = crate::Assessment::new("team", "team", 2026);
    a.context.lgcode = Some(11002);
    a.matching.team_size = 4;
    a.matching.programmes = vec!["dx_advisor".into()];
    let items: Vec<&str> = cat
        .standard
        .items()
        .iter()
        .take(20)
        .map(|i| i.id.as_str())
        .collect();
    for code in &items {
        a.set_need(code, Level::A);
        a.set_priority(code, crate::Priority::Required);
    }
    let mut rng = Rng(SEED ^ 0x7EA);
    let mut recs = records(
        &cat.standard,
        &cat.presets,
        &cat.geography,
        &[("dx_advisor", "TEAM", n)],
        SEED,
        "BENCH",
    );
    for r in &mut recs {
        r.skills.clear();
        // Each strong in a few items and weak in the rest, so that nobody dominates.
        for code in &items {
            let l = if rng.chance(25) {
                3 + rng.below(2)
            } else {
                rng.below(3)
            };
            r.skills
                .insert(code, Level::from_value(l as u8).unwrap_or(Level::Z));
        }
        r.coverage = Coverage::Nationwide;
        r.modes = Modes {
            onsite: true,
            online: true,
        };
        r.days = None;
        r.period = None;
    }
    let profiles = resolve_all("bench", &recs, &cat.refs(), true).unwrap_or_default();
    (crate::matching::ProfileIndex::build(cat, &profiles), a)
}

/// Fictional self-assessments, one per municipality of prefecture `pref` (in 団体コード
/// order), for the prefecture view's demonstration, its tests and its benchmark. Each picks one
/// or two 人材像 and phases and up to three 取組分野, takes their presets' needs, and says what
/// its staff have (below the need more often than not; sometimes left blank). Every name starts
/// with 「（架空）」: none describes a real municipality's situation.
pub fn synthetic_assessments(cat: &Catalog, pref: u8, fiscal_year: u16) -> Vec<crate::Assessment> {
    let presets = &cat.presets;
    cat.geography
        .municipalities
        .iter()
        .filter(|m| m.pref == pref)
        .map(|m| {
            let mut rng = Rng(SEED ^ u64::from(m.lgcode) ^ (u64::from(fiscal_year) << 32));
            let mut a = crate::Assessment::new(
                format!("demo-{}", m.lgcode),
                format!("（架空）{}", m.name),
                fiscal_year,
            );
            a.context.lgcode = Some(m.lgcode);
            let mut choose = |all: usize, most: usize| {
                let k = 1 + rng.below(most);
                let mut v: Vec<usize> = Vec::new();
                while v.len() < k.min(all) {
                    let i = rng.below(all);
                    if !v.contains(&i) {
                        v.push(i);
                    }
                }
                v.sort_unstable();
                v
            };
            let personas = choose(presets.personas.len(), 2);
            let phases = choose(presets.phases.len(), 2);
            let domains = choose(presets.domains.len(), 3);
            a.context.personas = personas
                .iter()
                .map(|&i| presets.personas[i].id.clone())
                .collect();
            a.context.phases = phases
                .iter()
                .map(|&i| presets.phases[i].id.clone())
                .collect();
            a.context.domains = domains
                .iter()
                .map(|&i| presets.domains[i].id.clone())
                .collect();
            let chosen: Vec<&crate::presets::Preset> = personas
                .iter()
                .map(|&i| &presets.personas[i])
                .chain(phases.iter().map(|&i| &presets.phases[i]))
                .collect();
            a.apply_presets(&cat.standard, &chosen);
            // Security is asked of every municipality's systems; many need it in-house.
            if rng.chance(45) {
                if let Some(se) = cat.standard.items().iter().find(|i| i.id == "SE01") {
                    let id = se.id.clone();
                    a.update(&id, |r| {
                        r.need = r.need.max(Level::B);
                        r.priority = crate::Priority::Required;
                    });
                }
            }
            let codes: Vec<String> = a.ratings.keys().cloned().collect();
            for code in codes {
                let need = a.rating(&code).need.value();
                let have = if rng.chance(8) {
                    None
                } else if rng.chance(65) {
                    Level::from_value(rng.below(usize::from(need).max(1)) as u8)
                } else {
                    Level::from_value(need)
                };
                a.set_have(&code, have);
            }
            a.created_ms = 1;
            a.updated_ms = 1;
            a
        })
        .collect()
}
