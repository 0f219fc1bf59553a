//! Profiles laid out for the hot loop (`dxm_kernel::Pool`: item-major levels, the other
//! attributes as small integers and bit sets), built once per list.

use crate::catalog::Catalog;
use crate::profile::{Basis, Coverage, Profile};

pub use dxm_kernel::PrefSet;
pub(crate) use dxm_kernel::{ONLINE, ONSITE, UNKNOWN};

/// The profiles as the kernel's loops read them (`dxm_kernel::Pool`), with what only the
/// explanations need: where each level comes from, and the ids. `Default` is the index of no
/// profiles at all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfileIndex {
    pub(crate) pool: dxm_kernel::Pool,
    basis: Vec<Basis>,
    /// What an inferred level counts, in percent (the crosswalk's discount).
    discount: u8,
    pub(crate) ids: Vec<String>,
}

/// Prefectures covered by a profile's `Coverage`.
pub fn coverage_set(cat: &Catalog, c: &Coverage) -> PrefSet {
    let bit = |p: u8| if (1..=63).contains(&p) { 1u64 << p } else { 0 };
    match c {
        Coverage::Nationwide => cat
            .geography
            .prefectures
            .iter()
            .fold(0, |s, p| s | bit(p.code)),
        Coverage::Regions { ids } => cat
            .geography
            .regions
            .iter()
            .filter(|r| ids.contains(&r.id))
            .flat_map(|r| r.prefectures.iter())
            .fold(0, |s, &p| s | bit(p)),
        Coverage::Prefectures { codes } => codes.iter().fold(0, |s, &p| s | bit(p)),
    }
}

fn bits<'a>(
    ids: impl Iterator<Item = &'a String>,
    universe: impl Fn(&str) -> Option<usize>,
) -> u64 {
    ids.filter_map(|id| universe(id))
        .filter(|&i| i < 64)
        .fold(0, |s, i| s | (1u64 << i))
}

impl ProfileIndex {
    pub fn build(cat: &Catalog, profiles: &[Profile]) -> ProfileIndex {
        let n = profiles.len();
        let n_items = cat.standard.len();
        let mut levels = dxm_kernel::Levels::new(n_items, n);
        let mut basis = vec![Basis::Declared; n_items * n];
        for (p, prof) in profiles.iter().enumerate() {
            for (i, l) in prof.levels.iter().enumerate().take(n_items) {
                let b = prof.basis.get(i).copied().unwrap_or_default();
                levels.set(i, p, l.value(), b.is_inferred());
                basis[i * n + p] = b;
            }
        }
        let persona_ix = |id: &str| cat.presets.personas.iter().position(|p| p.id == id);
        let domain_ix = |id: &str| cat.presets.domains.iter().position(|d| d.id == id);
        let mut order: Vec<u32> = (0..n as u32).collect();
        order.sort_by(|&a, &b| {
            profiles[a as usize]
                .id
                .cmp(&profiles[b as usize].id)
                .then(a.cmp(&b))
        });
        let mut id_rank = vec![0u32; n];
        for (rank, &p) in order.iter().enumerate() {
            id_rank[p as usize] = rank as u32;
        }
        let pool = dxm_kernel::Pool {
            levels,
            programme: profiles
                .iter()
                .map(|p| {
                    cat.programmes
                        .programmes
                        .iter()
                        .position(|g| g.id == p.programme)
                        .unwrap_or(0) as u8
                })
                .collect(),
            personas: profiles
                .iter()
                .map(|p| bits(p.personas.iter(), persona_ix))
                .collect(),
            domains: profiles
                .iter()
                .map(|p| bits(p.domains.iter(), domain_ix))
                .collect(),
            base_pref: profiles
                .iter()
                .map(|p| p.base_prefecture.unwrap_or(0))
                .collect(),
            base_region: profiles
                .iter()
                .map(|p| {
                    p.base_prefecture
                        .and_then(|b| cat.geography.region_index_of(b))
                        .map_or(UNKNOWN, |r| r as u8)
                })
                .collect(),
            coverage: profiles
                .iter()
                .map(|p| coverage_set(cat, &p.coverage))
                .collect(),
            modes: profiles
                .iter()
                .map(|p| (u8::from(p.modes.onsite) * ONSITE) | (u8::from(p.modes.online) * ONLINE))
                .collect(),
            days: profiles
                .iter()
                .map(|p| p.days.map_or(UNKNOWN, |d| d as u8))
                .collect(),
            period: profiles
                .iter()
                .map(|p| p.period.map_or(UNKNOWN, |d| d as u8))
                .collect(),
            track_record: profiles
                .iter()
                .map(|p| p.track_record.min(255) as u8)
                .collect(),
            experience: profiles.iter().map(|p| p.experience_years).collect(),
            id_rank,
            by_rank: order,
        };
        ProfileIndex {
            pool,
            basis,
            discount: cat.crosswalk.inferred_percent,
            ids: profiles.iter().map(|p| p.id.clone()).collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.pool.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pool.is_empty()
    }

    /// All profiles' levels of one item, in profile order.
    pub(crate) fn item_levels(&self, item: usize) -> &[u8] {
        self.pool.levels.row(item)
    }

    pub(crate) fn level(&self, item: usize, profile: usize) -> u8 {
        self.pool.levels.level(item, profile)
    }

    /// How much the level counts, in percent: 100, or the crosswalk's discount when inferred.
    pub(crate) fn weight(&self, item: usize, profile: usize) -> u8 {
        if self.pool.levels.is_inferred(item, profile) {
            self.discount
        } else {
            100
        }
    }

    pub fn basis(&self, item: usize, profile: usize) -> Basis {
        self.basis[item * self.len() + profile]
    }

    pub fn id(&self, profile: usize) -> &str {
        &self.ids[profile]
    }

    /// Index of the profile with this id, by binary search over the id order.
    pub fn position_of(&self, id: &str) -> Option<u32> {
        let by_rank = &self.pool.by_rank;
        by_rank
            .binary_search_by(|&p| self.ids[p as usize].as_str().cmp(id))
            .ok()
            .map(|r| by_rank[r])
    }

    pub fn n_items(&self) -> usize {
        self.pool.levels.n_items()
    }

    pub(crate) fn id_rank(&self, profile: usize) -> u32 {
        self.pool.id_rank[profile]
    }

    pub(crate) fn programme(&self, profile: usize) -> usize {
        usize::from(self.pool.programme[profile])
    }
}
