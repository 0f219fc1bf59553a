//! Profiles laid out for the loops: skill levels item-major (all profiles' levels of one item
//! are contiguous, so an item is one linear pass over bytes), the other attributes as small
//! integers and bit sets, one array per attribute.

/// Bit set of prefectures by code (bit `c` for prefecture `c`, 1–47).
pub type PrefSet = u64;

/// "Not known" for the small-integer attributes (region, days, period).
pub const UNKNOWN: u8 = u8::MAX;
/// Ways of working, as bits.
pub const ONSITE: u8 = 1;
pub const ONLINE: u8 = 2;

/// Skill levels (0–4) of every profile, item-major. A level the crosswalk inferred from field
/// tags counts at a discount: a mask row per item marks them (0xff), so that a pass splits an
/// item's row into declared and inferred levels with one AND per byte and needs no per-profile
/// weight — and an item no profile has an inferred level for needs no mask at all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Levels {
    n: usize,
    n_items: usize,
    /// Row length: `n` rounded up to whole blocks of 8 (the padding is 0, a level that closes
    /// nothing).
    stride: usize,
    levels: Vec<u8>,
    inferred: Vec<u8>,
    inferred_rows: Vec<bool>,
    /// The same levels as bit planes, 64 profiles per word: for each item and threshold
    /// t = 1…4, a bit per profile whose level is at least t; then per item a bit per inferred
    /// level. For the pass that counts 64 profiles at a time (`cover`).
    words: usize,
    planes: Vec<u64>,
    inferred_bits: Vec<u64>,
}

impl Levels {
    pub fn new(n_items: usize, n: usize) -> Levels {
        let stride = n.div_ceil(8) * 8;
        Levels {
            n,
            n_items,
            stride,
            levels: vec![0; n_items * stride],
            inferred: vec![0; n_items * stride],
            inferred_rows: vec![false; n_items],
            words: n.div_ceil(64),
            planes: vec![0; n_items * 4 * n.div_ceil(64)],
            inferred_bits: vec![0; n_items * n.div_ceil(64)],
        }
    }

    /// Sets one level (clamped to 4); `inferred` when the crosswalk guessed it.
    pub fn set(&mut self, item: usize, profile: usize, level: u8, inferred: bool) {
        let at = item * self.stride + profile;
        self.levels[at] = level.min(4);
        self.inferred[at] = if inferred { 0xff } else { 0 };
        self.inferred_rows[item] |= inferred;
        let (w, bit) = (profile / 64, 1u64 << (profile % 64));
        for t in 1..=4u8 {
            let plane = &mut self.planes[(item * 4 + usize::from(t) - 1) * self.words + w];
            if level.min(4) >= t {
                *plane |= bit;
            } else {
                *plane &= !bit;
            }
        }
        let inf = &mut self.inferred_bits[item * self.words + w];
        if inferred {
            *inf |= bit;
        } else {
            *inf &= !bit;
        }
    }

    pub fn level(&self, item: usize, profile: usize) -> u8 {
        self.levels[item * self.stride + profile]
    }

    pub fn is_inferred(&self, item: usize, profile: usize) -> bool {
        self.inferred[item * self.stride + profile] != 0
    }

    /// All profiles' levels of one item, in profile order.
    pub fn row(&self, item: usize) -> &[u8] {
        &self.levels[item * self.stride..item * self.stride + self.n]
    }

    pub fn len(&self) -> usize {
        self.n
    }

    pub fn is_empty(&self) -> bool {
        self.n == 0
    }

    pub fn n_items(&self) -> usize {
        self.n_items
    }

    pub(crate) fn stride(&self) -> usize {
        self.stride
    }

    /// One item's levels with the padding.
    pub(crate) fn padded_row(&self, item: usize) -> &[u8] {
        &self.levels[item * self.stride..(item + 1) * self.stride]
    }

    pub(crate) fn words(&self) -> usize {
        self.words
    }

    /// Word `w` of the profiles whose level of `item` is at least `t` (all for t = 0, none
    /// above 4).
    #[inline(always)]
    pub(crate) fn at_least(&self, item: usize, t: u8, w: usize) -> u64 {
        match t {
            0 => !0,
            1..=4 => self.planes[(item * 4 + usize::from(t) - 1) * self.words + w],
            _ => 0,
        }
    }

    /// Word `w` of the profiles whose level of `item` is inferred.
    #[inline(always)]
    pub(crate) fn inferred_word(&self, item: usize, w: usize) -> u64 {
        self.inferred_bits[item * self.words + w]
    }

    pub(crate) fn has_inferred(&self, item: usize) -> bool {
        self.inferred_rows[item]
    }

    /// One item's mask of inferred levels, or `None` when it has none.
    pub(crate) fn inferred_row(&self, item: usize) -> Option<&[u8]> {
        self.inferred_rows[item]
            .then(|| &self.inferred[item * self.stride..(item + 1) * self.stride])
    }
}

/// Everything the rules and the score read about the profiles, one array per attribute.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pool {
    pub levels: Levels,
    /// Index into the catalogue's programmes.
    pub programme: Vec<u8>,
    /// Bit per 人材像 (index in the presets), per 取組分野.
    pub personas: Vec<u64>,
    pub domains: Vec<u64>,
    /// Prefecture code of the base, 0 when not known.
    pub base_pref: Vec<u8>,
    /// 総合通信局 area of the base, `UNKNOWN` when not known.
    pub base_region: Vec<u8>,
    pub coverage: Vec<PrefSet>,
    /// `ONSITE | ONLINE` bits.
    pub modes: Vec<u8>,
    /// Days and period bands as their position (shortest first), or `UNKNOWN`.
    pub days: Vec<u8>,
    pub period: Vec<u8>,
    /// For the order of equal scores: support record (capped) and years of experience.
    pub track_record: Vec<u8>,
    pub experience: Vec<u8>,
    /// Position of each profile's id in id order: the stable tie-break.
    pub id_rank: Vec<u32>,
    /// Inverse of `id_rank`.
    pub by_rank: Vec<u32>,
}

impl Pool {
    pub fn len(&self) -> usize {
        self.levels.len()
    }

    pub fn is_empty(&self) -> bool {
        self.levels.is_empty()
    }
}
