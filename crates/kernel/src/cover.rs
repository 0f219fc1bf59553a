//! How much of the gap every profile closes: one linear pass per gap item over that item's
//! row of levels.
//!
//! Per item and profile the steps closed are `min(max(level − have, 0), gap)`, worth
//! `weight × steps` points — at most 20 × 4 per item, so the sums over 49 items fit in 16 bits,
//! twice as many lanes per vector as 32 bits. Declared and inferred levels are summed apart
//! (the inferred ones count at the crosswalk's discount). Where the target has vectors the
//! plain loop is vectorised by the compiler; WebAssembly without its SIMD extension gets the
//! same arithmetic on 8 profiles per 64-bit word (SWAR).

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
    #[inline]
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
        cover_swar(levels, ask)
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

/// Each byte of a word set to `b`.
const fn splat(b: u8) -> u64 {
    0x0101_0101_0101_0101u64 * b as u64
}
const HIGH: u64 = splat(0x80);
const LOW: u64 = splat(0x01);
const EVEN: u64 = 0x00ff_00ff_00ff_00ff;

/// Per byte of `x` (each ≤ 0x7f): 0xff where `x ≥ y`, else 0.
#[inline(always)]
fn ge_mask(x: u64, y: u64) -> u64 {
    (((x | HIGH) - y) & HIGH) >> 7 & LOW
}

/// Steps closed for 8 profiles at once; every level is at most 4, so no byte borrows from its
/// neighbour when biased by 0x80.
#[inline(always)]
fn steps8(l: u64, have: u64, gap: u64) -> u64 {
    // max(l − have, 0)
    let over = ((l | HIGH) - have) & !HIGH;
    let d = over & (ge_mask(l, have) * 0xff);
    // min(d, gap)
    let m = ge_mask(d, gap) * 0xff;
    (gap & m) | (d & !m)
}

fn word(row: &[u8], b: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&row[b * 8..b * 8 + 8]);
    u64::from_le_bytes(w)
}

/// Adds `steps × w` of 8 profiles to their 16-bit sums.
#[inline(always)]
fn add8(sums: &mut [u16], b: usize, s: u64, w: u64) {
    let even = (s & EVEN) * w;
    let odd = ((s >> 8) & EVEN) * w;
    let out = &mut sums[b * 8..b * 8 + 8];
    for j in 0..4 {
        out[2 * j] = out[2 * j].wrapping_add((even >> (16 * j)) as u16);
        out[2 * j + 1] = out[2 * j + 1].wrapping_add((odd >> (16 * j)) as u16);
    }
}

#[inline(always)]
fn add_bytes(counts: &mut [u8], b: usize, ones: u64) {
    let mut w = [0u8; 8];
    w.copy_from_slice(&counts[b * 8..b * 8 + 8]);
    // Each count stays below 256 (at most one per required item, at most 255 of them).
    let sum = u64::from_le_bytes(w).wrapping_add(ones);
    counts[b * 8..b * 8 + 8].copy_from_slice(&sum.to_le_bytes());
}

pub(crate) fn cover_swar(levels: &Levels, ask: &Ask) -> Cover {
    let mut c = zeroed(levels);
    let blocks = levels.stride() / 8;
    let full_inferred = ask.inferred_percent == 100;
    for (k, g) in ask.gap.iter().enumerate() {
        let (have, gap, w) = (
            splat(g.have.min(4)),
            splat(g.gap.min(4)),
            u64::from(g.weight),
        );
        let item = usize::from(g.item);
        let row = levels.padded_row(item);
        let mask = levels.inferred_row(item);
        let required = k < ask.required;
        for b in 0..blocks {
            let l = word(row, b);
            let m = mask.map_or(0, |m| word(m, b));
            let s = steps8(l, have, gap);
            // Steps of a byte depend on its level alone: split them as the levels are split.
            add8(&mut c.declared, b, s & !m, w);
            if m != 0 {
                add8(&mut c.inferred, b, s & m, w);
            }
            if required {
                // A byte is > 0 when adding 0x7f carries into its top bit.
                let touched = ((s + splat(0x7f)) & HIGH) >> 7;
                let full = if full_inferred { !0 } else { !m };
                let closed = ge_mask(s, gap) & full;
                add_bytes(&mut c.touched, b, touched);
                add_bytes(&mut c.closed, b, closed);
            }
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

        /// Both passes (the vectorised one and the 8-profiles-per-word one) agree with the
        /// definition for every profile.
        #[test]
        fn both_passes_agree_with_the_definition(
            n in 0usize..30,
            needs in proptest::collection::vec((0u8..=4, 1u8..=4, 0u8..=20), 1..12),
            seed in proptest::collection::vec((0u8..=4, any::<bool>()), 400),
            required in 0usize..12,
            pct in prop_oneof![Just(50u8), Just(100u8), 0u8..=100],
        ) {
            let rows: Vec<Vec<(u8, bool)>> = (0..needs.len())
                .map(|i| (0..n).map(|p| seed[(i * 31 + p) % seed.len()]).collect())
                .collect();
            let (levels, ask) = case(&rows, &needs, required, pct);
            for c in [cover_plain(&levels, &ask), cover_swar(&levels, &ask)] {
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
