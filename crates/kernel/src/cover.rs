//! How much of the gap every profile closes: one linear pass per gap item over that item's
//! row of levels.
//!
//! Per item and profile the steps closed are `min(max(level − have, 0), gap)`, worth
//! `weight × steps` points — at most 20 × 4 per item, so the sums over 49 items fit in 16 bits,
//! twice as many lanes per vector as 32 bits. Declared and inferred levels are summed apart
//! (the inferred ones count at the crosswalk's discount). Where the target has vectors the
//! plain loop is vectorised by the compiler; WebAssembly without its SIMD extension counts
//! 64 profiles per 64-bit word instead (`cover_bits`).

use crate::ask::Ask;
use crate::pool::Levels;

/// Per profile (rows of `Levels::stride` entries; the padding is 0).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Cover {
    /// Σ weight × steps over the gap items, from declared and from inferred levels.
    pub declared: Vec<u16>,
    pub inferred: Vec<u16>,
    /// Required items closed at least in part, and required items closed all the way by a
    /// level that counts in full (declared, or inferred when the discount is 100%).
    pub touched: Vec<u8>,
    pub closed: Vec<u8>,
}

impl Cover {
    /// Σ weight × steps × percent, as the score reads it.
    #[inline(always)]
    pub fn covered(&self, p: usize, inferred_percent: u8) -> u32 {
        100 * u32::from(self.declared[p])
            + u32::from(inferred_percent) * u32::from(self.inferred[p])
    }
}

/// Whether the plain loop is vectorised on this target.
const VECTORS: bool = cfg!(any(
    target_arch = "x86_64",
    target_arch = "aarch64",
    target_feature = "simd128"
));

/// The pass over every gap item.
pub fn cover(levels: &Levels, ask: &Ask) -> Cover {
    if VECTORS {
        cover_plain(levels, ask)
    } else {
        cover_bits(levels, ask)
    }
}

fn zeroed(levels: &Levels) -> Cover {
    let s = levels.stride();
    Cover {
        declared: vec![0; s],
        inferred: vec![0; s],
        touched: vec![0; s],
        closed: vec![0; s],
    }
}

#[inline(always)]
fn steps(l: u8, have: u8, gap: u8) -> u8 {
    l.saturating_sub(have).min(gap)
}

pub(crate) fn cover_plain(levels: &Levels, ask: &Ask) -> Cover {
    let mut c = zeroed(levels);
    let full_inferred = ask.inferred_percent == 100;
    for (k, g) in ask.gap.iter().enumerate() {
        let (have, gap, w) = (g.have, g.gap, u16::from(g.weight));
        let item = usize::from(g.item);
        let row = levels.padded_row(item);
        let required = k < ask.required;
        match levels.inferred_row(item) {
            None => {
                for (a, &l) in c.declared.iter_mut().zip(row) {
                    *a = a.wrapping_add(u16::from(steps(l, have, gap)) * w);
                }
                if required {
                    for ((t, c), &l) in c.touched.iter_mut().zip(c.closed.iter_mut()).zip(row) {
                        let s = steps(l, have, gap);
                        *t += u8::from(s > 0);
                        *c += u8::from(s == gap);
                    }
                }
            }
            Some(mask) => {
                for (((d, i), &l), &m) in c
                    .declared
                    .iter_mut()
                    .zip(c.inferred.iter_mut())
                    .zip(row)
                    .zip(mask)
                {
                    *d = d.wrapping_add(u16::from(steps(l & !m, have, gap)) * w);
                    *i = i.wrapping_add(u16::from(steps(l & m, have, gap)) * w);
                }
                if required {
                    for (((t, c), &l), &m) in c
                        .touched
                        .iter_mut()
                        .zip(c.closed.iter_mut())
                        .zip(row)
                        .zip(mask)
                    {
                        let s = steps(l, have, gap);
                        *t += u8::from(s > 0);
                        *c += u8::from(s == gap && (m == 0 || full_inferred));
                    }
                }
            }
        }
    }
    c
}

/// Planes of a counter of 64 profiles at once (bit-sliced): plane b holds bit b of every
/// profile's count. Counts stay below 256: at most 4 steps for each of at most 49 items.
const PLANES: usize = 8;
type Counter = [u64; PLANES];

/// Adds 1 to the count of every profile whose bit is set in `x` (a ripple through the planes;
/// it stops as soon as nothing carries).
#[inline(always)]
fn count(c: &mut Counter, mut x: u64) {
    for plane in c.iter_mut() {
        if x == 0 {
            break;
        }
        let carry = *plane & x;
        *plane ^= x;
        x = carry;
    }
}

/// `SPREAD[v]`: byte j is bit j of `v`.
const SPREAD: [u64; 256] = {
    let mut t = [0u64; 256];
    let mut v = 0;
    while v < 256 {
        let mut j = 0;
        while j < 8 {
            t[v] |= (((v >> j) & 1) as u64) << (8 * j);
            j += 1;
        }
        v += 1;
    }
    t
};

/// The 64 counts of a counter, one per byte (profile j of the word in byte j).
#[inline(always)]
fn counts(c: &Counter) -> [u8; 64] {
    let mut words = [0u64; 8];
    for (b, &plane) in c.iter().enumerate() {
        if plane == 0 {
            continue;
        }
        for (g, w) in words.iter_mut().enumerate() {
            *w |= SPREAD[((plane >> (8 * g)) & 0xff) as usize] << b;
        }
    }
    let mut out = [0u8; 64];
    for (g, w) in words.iter().enumerate() {
        out[8 * g..8 * g + 8].copy_from_slice(&w.to_le_bytes());
    }
    out
}

/// The pass for targets without vectors: steps closed are counted, not computed. A profile
/// closes one step of an item for each threshold t in (have, have + gap] its level reaches,
/// so its weighted sum is Σ over the weights w of w × (how many of the bit planes "level ≥ t"
/// of the items weighing w have its bit set). Those counts are kept bit-sliced, 64 profiles per
/// word, and turned into numbers once per word at the end.
pub(crate) fn cover_bits(levels: &Levels, ask: &Ask) -> Cover {
    let mut c = zeroed(levels);
    let stride = levels.stride();
    let full_inferred = ask.inferred_percent == 100;
    // Items weigh one of a few weights (required or desirable): one counter per weight.
    let mut weights: Vec<u8> = ask.gap.iter().map(|g| g.weight).collect();
    weights.sort_unstable();
    weights.dedup();
    let class: Vec<usize> = ask
        .gap
        .iter()
        .map(|g| weights.partition_point(|&w| w < g.weight))
        .collect();
    let any_inferred = ask
        .gap
        .iter()
        .any(|g| levels.has_inferred(usize::from(g.item)));
    let mut declared = vec![[0u64; PLANES]; weights.len()];
    let mut inferred = vec![[0u64; PLANES]; weights.len()];
    for w in 0..levels.words() {
        declared.iter_mut().for_each(|d| *d = [0; PLANES]);
        inferred.iter_mut().for_each(|d| *d = [0; PLANES]);
        let mut touched: Counter = [0; PLANES];
        let mut closed: Counter = [0; PLANES];
        for (k, g) in ask.gap.iter().enumerate() {
            let item = usize::from(g.item);
            let inf = if levels.has_inferred(item) {
                levels.inferred_word(item, w)
            } else {
                0
            };
            let (lo, hi) = (g.have.saturating_add(1), g.have.saturating_add(g.gap));
            for t in lo..=hi.min(4) {
                let m = levels.at_least(item, t, w);
                count(&mut declared[class[k]], m & !inf);
                if inf != 0 {
                    count(&mut inferred[class[k]], m & inf);
                }
            }
            if k < ask.required {
                if g.gap > 0 {
                    count(&mut touched, levels.at_least(item, lo, w));
                }
                let full = if full_inferred { !0 } else { !inf };
                count(&mut closed, levels.at_least(item, hi, w) & full);
            }
        }
        let base = w * 64;
        let span = 64.min(stride - base);
        let add = |sums: &mut [u16], counter: &Counter, weight: u8| {
            let n = counts(counter);
            for (s, &k) in sums[base..base + span].iter_mut().zip(&n) {
                *s = s.wrapping_add(u16::from(k) * u16::from(weight));
            }
        };
        for (x, &weight) in weights.iter().enumerate() {
            add(&mut c.declared, &declared[x], weight);
            if any_inferred {
                add(&mut c.inferred, &inferred[x], weight);
            }
        }
        if ask.required > 0 {
            c.touched[base..base + span].copy_from_slice(&counts(&touched)[..span]);
            c.closed[base..base + span].copy_from_slice(&counts(&closed)[..span]);
        }
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ask::Need;
    use proptest::prelude::*;

    fn case(
        rows: &[Vec<(u8, bool)>],
        needs: &[(u8, u8, u8)],
        required: usize,
        pct: u8,
    ) -> (Levels, Ask) {
        let n = rows.first().map_or(0, Vec::len);
        let mut levels = Levels::new(needs.len(), n);
        for (i, row) in rows.iter().enumerate() {
            for (p, &(l, inf)) in row.iter().enumerate() {
                levels.set(i, p, l, inf);
            }
        }
        let ask = Ask {
            gap: needs
                .iter()
                .enumerate()
                .map(|(i, &(have, gap, weight))| Need {
                    item: i as u16,
                    have,
                    gap,
                    weight,
                })
                .collect(),
            required: required.min(needs.len()),
            inferred_percent: pct,
            ..Ask::default()
        };
        (levels, ask)
    }

    /// The sums as the score defines them, one profile and item at a time.
    fn by_definition(levels: &Levels, ask: &Ask, p: usize) -> (u32, u8, u8) {
        let (mut covered, mut touched, mut closed) = (0u32, 0u8, 0u8);
        for (k, g) in ask.gap.iter().enumerate() {
            let i = usize::from(g.item);
            let pct = if levels.is_inferred(i, p) {
                ask.inferred_percent
            } else {
                100
            };
            let s = levels.level(i, p).saturating_sub(g.have).min(g.gap);
            covered += u32::from(s) * u32::from(g.weight) * u32::from(pct);
            if k < ask.required {
                touched += u8::from(s > 0);
                closed += u8::from(s == g.gap && pct == 100);
            }
        }
        (covered, touched, closed)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

        /// Both passes (the vectorised one and the one counting 64 profiles per word) agree
        /// with the definition for every profile.
        #[test]
        fn both_passes_agree_with_the_definition(
            n in 0usize..150,
            needs in proptest::collection::vec((0u8..=4, 1u8..=4, 0u8..=20), 1..12),
            seed in proptest::collection::vec((0u8..=4, any::<bool>()), 400),
            required in 0usize..12,
            pct in prop_oneof![Just(50u8), Just(100u8), 0u8..=100],
        ) {
            let rows: Vec<Vec<(u8, bool)>> = (0..needs.len())
                .map(|i| (0..n).map(|p| seed[(i * 31 + p) % seed.len()]).collect())
                .collect();
            let (levels, ask) = case(&rows, &needs, required, pct);
            for c in [cover_plain(&levels, &ask), cover_bits(&levels, &ask)] {
                for p in 0..n {
                    let (covered, touched, closed) = by_definition(&levels, &ask, p);
                    prop_assert_eq!(c.covered(p, pct), covered);
                    prop_assert_eq!(c.touched[p], touched);
                    prop_assert_eq!(c.closed[p], closed);
                }
            }
        }
    }
}
