//! Profiles laid out for the hot loop: item-major arrays of u8 levels (all profiles' levels of
//! one item are contiguous, so a gap item is one linear pass the compiler vectorises), and the
//! other attributes as small integers and bit sets.

use crate::catalog::Catalog;
use crate::profile::{Basis, Coverage, Profile};

/// Bit set of prefectures by code (bit `c` for prefecture `c`, 1–47).
pub type PrefSet = u64;

/// `Default` is the index of no profiles at all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfileIndex {
    n: usize,
    n_items: usize,
    /// `levels[item * n + profile]`, level values 0–4.
    levels: Vec<u8>,
    /// How much each level counts, in percent (same layout): 100, or the crosswalk's discount
    /// for an inferred level.
    weight: Vec<u8>,
    /// Where each level comes from (same layout).
    basis: Vec<Basis>,
    /// Index into the catalogue's programmes.
    pub(crate) programme: Vec<u8>,
    /// Bit per 人材像 (index in the presets), per 取組分野.
    pub(crate) personas: Vec<u64>,
    pub(crate) domains: Vec<u64>,
    /// Prefecture code of the base, 0 when not known.
    pub(crate) base_pref: Vec<u8>,
    pub(crate) base_region: Vec<u8>,
    pub(crate) coverage: Vec<PrefSet>,
    /// Bit 0: on site, bit 1: online.
    pub(crate) modes: Vec<u8>,
    /// `DaysBand`/`PeriodBand` as its position, or `UNKNOWN`.
    pub(crate) days: Vec<u8>,
    pub(crate) period: Vec<u8>,
    /// For the order of equal scores: support record (capped) and years of experience.
    pub(crate) track_record: Vec<u8>,
    pub(crate) experience: Vec<u8>,
    /// Position of each profile's id in id order: the stable tie-break.
    pub(crate) id_rank: Vec<u32>,
    /// Inverse of `id_rank`.
    pub(crate) by_rank: Vec<u32>,
    pub(crate) ids: Vec<String>,
}

pub(crate) const UNKNOWN: u8 = u8::MAX;
pub(crate) const ONSITE: u8 = 1;
pub(crate) const ONLINE: u8 = 2;

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
        let mut levels = vec![0u8; n_items * n];
        let mut weight = vec![100u8; n_items * n];
        let mut basis = vec![Basis::Declared; n_items * n];
        let discount = cat.crosswalk.inferred_percent;
        for (p, prof) in profiles.iter().enumerate() {
            for (i, l) in prof.levels.iter().enumerate().take(n_items) {
                levels[i * n + p] = l.value();
            }
            for (i, b) in prof.basis.iter().enumerate().take(n_items) {
                basis[i * n + p] = *b;
                if b.is_inferred() {
                    weight[i * n + p] = discount;
                }
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
        ProfileIndex {
            n,
            n_items,
            levels,
            weight,
            basis,
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
            ids: profiles.iter().map(|p| p.id.clone()).collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.n
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    /// All profiles' levels of one item, in profile order.
    pub(crate) fn item_levels(&self, item: usize) -> &[u8] {
        &self.levels[item * self.n..(item + 1) * self.n]
    }

    /// All profiles' weights (percent) of one item, in profile order.
    pub(crate) fn item_weights(&self, item: usize) -> &[u8] {
        &self.weight[item * self.n..(item + 1) * self.n]
    }

    pub(crate) fn level(&self, item: usize, profile: usize) -> u8 {
        self.levels[item * self.n + profile]
    }

    pub(crate) fn weight(&self, item: usize, profile: usize) -> u8 {
        self.weight[item * self.n + profile]
    }

    pub fn basis(&self, item: usize, profile: usize) -> Basis {
        self.basis[item * self.n + profile]
    }

    pub fn id(&self, profile: usize) -> &str {
        &self.ids[profile]
    }

    /// Index of the profile with this id, by binary search over the id order.
    pub fn position_of(&self, id: &str) -> Option<u32> {
        self.by_rank
            .binary_search_by(|&p| self.ids[p as usize].as_str().cmp(id))
            .ok()
            .map(|r| self.by_rank[r])
    }

    pub fn n_items(&self) -> usize {
        self.n_items
    }
}
