//! The oracle: the ranking as it was computed before the kernel (one profile at a time, 32-bit
//! sums with a per-level weight, a division per part, a 128-bit key per profile and a full
//! selection). Kept, unoptimised, so that property tests can hold the fast path to exactly the
//! same rankings on random profiles, assessments and settings.

use super::index::{ProfileIndex, ONLINE, ONSITE, UNKNOWN};
use super::query::Query;
use super::rules::flag;
use super::score::{Logistics, Ranked, Ranking, RequiredRule, PPM};
use super::score::{REQUIRED_CAP_MILLI, REQUIRED_FLOOR_MILLI};
use super::settings::EngagementMode;

fn check(ix: &ProfileIndex, q: &Query, p: usize) -> (u32, u8) {
    let pool = &ix.pool;
    let gate = &q.gates[ix.programme(p)];
    let mut flags = gate.flags;
    if gate.once_per_project == Some(true) && q.ask.dispatched.binary_search(&(p as u32)).is_ok() {
        flags |= flag::DISPATCHED;
    }
    let covered = q
        .ask
        .org_pref
        .is_none_or(|pref| pool.coverage[p] & (1u64 << pref) != 0);
    if gate.same_prefecture == Some(true) && !covered {
        flags |= flag::OTHER_PREFECTURE;
    }
    let m = pool.modes[p];
    let onsite_ok = m & ONSITE != 0 && gate.onsite_offered && covered;
    let online_ok = m & ONLINE != 0 && gate.online_offered;
    let onsite_why = if m & ONSITE == 0 || !gate.onsite_offered {
        flag::NO_ONSITE
    } else if covered {
        0
    } else {
        flag::OUTSIDE_COVERAGE
    };
    let online_why = if online_ok { 0 } else { flag::NO_ONLINE };
    let modes = match q.mode {
        EngagementMode::Onsite => {
            flags |= onsite_why;
            u8::from(onsite_ok) * ONSITE
        }
        EngagementMode::Online => {
            flags |= online_why;
            u8::from(online_ok) * ONLINE
        }
        EngagementMode::Either => {
            if !onsite_ok && !online_ok {
                flags |= onsite_why | online_why;
            }
            (u8::from(onsite_ok) * ONSITE) | (u8::from(online_ok) * ONLINE)
        }
    };
    if let Some(need) = q.days {
        if pool.days[p] != UNKNOWN && pool.days[p] < need as u8 {
            flags |= flag::AVAILABILITY;
        }
    }
    if let Some(need) = q.period {
        if pool.period[p] != UNKNOWN && pool.period[p] < need as u8 {
            flags |= flag::PERIOD;
        }
    }
    (flags, modes)
}

fn score_and_tie(ix: &ProfileIndex, q: &Query, p: usize, modes: u8) -> (u32, u32) {
    let pool = &ix.pool;
    let (mut covered, mut touched, mut closed) = (0u32, 0u8, 0u8);
    for (k, g) in q.gap.iter().enumerate() {
        let i = g.item.get();
        let steps = ix.level(i, p).saturating_sub(g.have).min(g.gap);
        let pct = ix.weight(i, p);
        covered += u32::from(steps) * u32::from(g.weight) * u32::from(pct);
        if k < q.ask.required {
            touched += u8::from(steps > 0);
            closed += u8::from(steps == g.gap && pct == 100);
        }
    }
    let required = if q.ask.required == 0 {
        RequiredRule::None
    } else if touched == 0 {
        RequiredRule::NoneClosed
    } else if usize::from(closed) == q.ask.required {
        RequiredRule::AllClosed
    } else {
        RequiredRule::None
    };
    let share =
        |have: u64, want: u64| (want != 0).then(|| ((have & want).count_ones(), want.count_ones()));
    let logistics = match (q.mode, q.ask.org_pref) {
        (EngagementMode::Online, _) | (_, None) => None,
        (_, Some(pref)) => Some(if modes & ONSITE == 0 {
            Logistics::OnlineOnly
        } else if pool.base_pref[p] == 0 {
            Logistics::BaseUnknown
        } else if pool.base_pref[p] == pref {
            Logistics::SamePrefecture
        } else if q.ask.org_region.is_some_and(|r| pool.base_region[p] == r) {
            Logistics::SameRegion
        } else {
            Logistics::Elsewhere
        }),
    };
    let gap_ppm = if q.ask.total_weight == 0 {
        0
    } else {
        u64::from(covered) * PPM / (u64::from(q.ask.total_weight) * 100)
    };
    let persona = share(pool.personas[p], q.ask.personas);
    let domain = share(pool.domains[p], q.ask.domains);
    let fits =
        gap_ppm > 0 || persona.is_some_and(|(m, _)| m > 0) || domain.is_some_and(|(m, _)| m > 0);
    let w = q.weights;
    let ratio = |s: Option<(u32, u32)>| s.map(|(h, n)| u64::from(h) * PPM / u64::from(n));
    let parts = [
        (u64::from(w.gap_points), Some(gap_ppm)),
        (u64::from(w.persona_points), ratio(persona)),
        (u64::from(w.domain_points), ratio(domain)),
        (u64::from(w.logistics_points), logistics.map(Logistics::ppm)),
    ];
    let raw = if fits {
        let active: u64 = parts
            .iter()
            .filter(|(_, s)| s.is_some())
            .map(|(p, _)| p)
            .sum();
        let earned: u64 = parts.iter().filter_map(|(pts, s)| s.map(|s| pts * s)).sum();
        (earned / (active * 10)) as u32
    } else {
        0
    };
    let score = match required {
        _ if raw == 0 => 0,
        RequiredRule::NoneClosed => raw.min(REQUIRED_CAP_MILLI),
        RequiredRule::AllClosed => raw.max(REQUIRED_FLOOR_MILLI),
        RequiredRule::None => raw,
    };
    let matched = |s: Option<(u32, u32)>| s.map_or(0, |(m, _)| m);
    let tie = (matched(domain).min(63) << 21)
        | (matched(persona).min(7) << 18)
        | (logistics.map_or(0, Logistics::rank) << 16)
        | (modes.count_ones().min(3) << 14)
        | (u32::from(pool.track_record[p]) << 6)
        | u32::from(pool.experience[p].min(63));
    (score, tie)
}

/// Today's reference ranking.
pub(crate) fn rank(ix: &ProfileIndex, q: &Query, k: usize) -> Ranking {
    let n = ix.len();
    let mut flags = vec![0u32; n];
    let mut keys: Vec<u128> = Vec::new();
    let mut matching = 0;
    for (p, slot) in flags.iter_mut().enumerate() {
        let (f, modes) = check(ix, q, p);
        *slot = f;
        if f != 0 {
            continue;
        }
        let (score, tie) = score_and_tie(ix, q, p, modes);
        matching += usize::from(score > 0);
        keys.push(
            u128::from(score) << 64 | u128::from(tie) << 32 | u128::from(u32::MAX - ix.id_rank(p)),
        );
    }
    let feasible = keys.len();
    keys.sort_unstable_by(|a, b| b.cmp(a));
    keys.truncate(k.min(feasible));
    let top = keys
        .into_iter()
        .map(|key| Ranked {
            profile: ix.pool.by_rank[(u32::MAX - key as u32) as usize],
            score_milli: (key >> 64) as u32,
        })
        .collect();
    Ranking {
        top,
        feasible,
        matching,
        excluded: n - feasible,
        flags,
    }
}

#[cfg(test)]
mod tests {
    use super::rank as reference;
    use crate::matching::{rank, ProfileIndex, Query};
    use crate::profile::{Basis, Coverage, DaysBand, PeriodBand, Profile};
    use crate::programme::{Modes, Rule};
    use crate::{Assessment, Catalog, Level, Priority};
    use proptest::prelude::*;
    use std::sync::OnceLock;

    fn cat() -> &'static Catalog {
        static CAT: OnceLock<Catalog> = OnceLock::new();
        CAT.get_or_init(|| Catalog::builtin().expect("built-in data"))
    }

    /// xorshift: the whole case grows from one seed, so that a failure is easy to replay.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n.max(1) as u64) as usize
        }
        fn chance(&mut self, percent: u64) -> bool {
            self.next() % 100 < percent
        }
        fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
            &xs[self.below(xs.len())]
        }
        fn some<T: Clone>(&mut self, xs: &[T], percent: u64) -> Vec<T> {
            xs.iter()
                .filter(|_| self.chance(percent))
                .cloned()
                .collect()
        }
    }

    fn profiles(c: &Catalog, r: &mut Rng, n: usize) -> Vec<Profile> {
        let programmes: Vec<String> = c
            .programmes
            .programmes
            .iter()
            .map(|p| p.id.clone())
            .collect();
        let personas: Vec<String> = c.presets.personas.iter().map(|p| p.id.clone()).collect();
        let domains: Vec<String> = c.presets.domains.iter().map(|d| d.id.clone()).collect();
        let regions: Vec<String> = c.geography.regions.iter().map(|g| g.id.clone()).collect();
        // Skills from a few shapes: declared lists, lists the crosswalk read, mixtures.
        let inferred_share = *r.pick(&[0u64, 0, 30, 100]);
        (0..n)
            .map(|k| {
                let levels: Vec<Level> = (0..c.standard.len())
                    .map(|_| {
                        Level::from_value(if r.chance(40) { 0 } else { r.below(5) as u8 })
                            .unwrap_or(Level::Z)
                    })
                    .collect();
                let basis = (0..c.standard.len())
                    .map(|_| {
                        if r.chance(inferred_share) {
                            Basis::Inferred
                        } else {
                            *r.pick(&[
                                Basis::Declared,
                                Basis::Declared,
                                Basis::Qualification,
                                Basis::Confirmed,
                            ])
                        }
                    })
                    .collect();
                let base = (!r.chance(15)).then(|| 1 + r.below(47) as u8);
                Profile {
                    // Ids out of profile order, some equal, so that the id order is exercised.
                    id: format!(
                        "{}-{:03}",
                        ["B", "A", "C"][r.below(3)],
                        r.below(n.max(1) * 2)
                    ),
                    programme: r.pick(&programmes).clone(),
                    personas: r.some(&personas, 30),
                    levels,
                    basis,
                    domains: r.some(&domains, 15),
                    affiliation: "it_company".into(),
                    base_prefecture: base,
                    coverage: match r.below(3) {
                        0 => Coverage::Nationwide,
                        1 => Coverage::Regions {
                            ids: r.some(&regions, 30),
                        },
                        _ => Coverage::Prefectures {
                            codes: base
                                .into_iter()
                                .chain((0..r.below(4)).map(|_| 1 + r.below(47) as u8))
                                .collect(),
                        },
                    },
                    modes: Modes {
                        onsite: r.chance(75),
                        online: r.chance(75),
                    },
                    tags: vec![],
                    days: (!r.chance(40)).then(|| *r.pick(&DaysBand::ALL)),
                    period: (!r.chance(40)).then(|| *r.pick(&PeriodBand::ALL)),
                    experience_years: r.below(70) as u8,
                    qualifications: vec![],
                    track_record: r.below(400) as u16,
                    summary_ja: String::new(),
                    summary_en: String::new(),
                    sample: k % 2 == 0,
                }
            })
            .collect()
    }

    fn assessment(c: &Catalog, r: &mut Rng, ps: &[Profile]) -> Assessment {
        let mut a = Assessment::new("a", "t", 2026);
        let wide_gaps = r.chance(50);
        for it in c.standard.items() {
            if wide_gaps || r.chance(30) {
                a.set_need(
                    &it.id,
                    Level::from_value(r.below(5) as u8).unwrap_or(Level::Z),
                );
                a.set_priority(
                    &it.id,
                    if r.chance(60) {
                        Priority::Required
                    } else {
                        Priority::Desirable
                    },
                );
                a.set_have(
                    &it.id,
                    (!r.chance(50))
                        .then(|| Level::from_value(r.below(4) as u8).unwrap_or(Level::Z)),
                );
            }
        }
        let ctx = &mut a.context;
        ctx.lgcode = match r.below(4) {
            0 => None,
            1 => Some(r.pick(&c.geography.prefectures).lgcode),
            _ => Some(r.pick(&c.geography.municipalities).lgcode),
        };
        let bands: Vec<String> = c
            .presets
            .population_bands
            .iter()
            .map(|b| b.id.clone())
            .collect();
        ctx.population_band = (!r.chance(50)).then(|| r.pick(&bands).clone());
        ctx.personas = r.some(
            &c.presets
                .personas
                .iter()
                .map(|p| p.id.clone())
                .collect::<Vec<_>>(),
            35,
        );
        ctx.domains = r.some(
            &c.presets
                .domains
                .iter()
                .map(|d| d.id.clone())
                .collect::<Vec<_>>(),
            10,
        );
        ctx.project = r
            .pick(&[
                "",
                "防災アプリの導入",
                "窓口のオンライン化",
                "観光データの活用",
            ])
            .to_string();
        let m = &mut a.matching;
        m.mode = *r.pick(&[
            crate::matching::EngagementMode::Onsite,
            crate::matching::EngagementMode::Online,
            crate::matching::EngagementMode::Either,
        ]);
        m.days = (!r.chance(50)).then(|| *r.pick(&DaysBand::ALL));
        m.duration_months = (!r.chance(50)).then(|| r.below(48) as u16);
        let programmes: Vec<_> = c.programmes.programmes.iter().collect();
        m.programmes = if r.chance(50) {
            vec![]
        } else {
            programmes
                .iter()
                .filter(|_| r.chance(70))
                .map(|p| p.id.clone())
                .collect()
        };
        m.metropolitan_exception = r.chance(30);
        for p in &programmes {
            if r.chance(30) {
                let u = m.usage.entry(p.id.clone()).or_default();
                u.used_before = r.chance(50);
                u.persons = r.below(4) as u8;
                u.profiles = ps
                    .iter()
                    .filter(|_| r.chance(10))
                    .map(|q| q.id.clone())
                    .collect();
            }
            for rule in &p.rules {
                if r.chance(20) {
                    m.strict.push(Rule::key(&p.id, &rule.kind));
                }
            }
            if r.chance(20) {
                m.strict.push(Rule::key(&p.id, "eligibility"));
            }
        }
        let w = &mut m.weights;
        w.required = r.below(26) as u8;
        w.desirable = r.below(26) as u8;
        w.gap_points = r.below(120) as u8;
        w.persona_points = r.below(120) as u8;
        w.domain_points = r.below(120) as u8;
        w.logistics_points = r.below(120) as u8;
        a
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 160, ..ProptestConfig::default() })]

        /// The kernel ranks exactly as the reference does: the same top, in the same order,
        /// with the same scores, counts and exclusions — for any `k`.
        #[test]
        fn the_kernel_ranks_exactly_as_the_reference(seed in 1u64.., n in 0usize..90) {
            let c = cat();
            let mut r = Rng(seed);
            let ps = profiles(c, &mut r, n);
            let a = assessment(c, &mut r, &ps);
            let ix = ProfileIndex::build(c, &ps);
            let q = Query::compile(c, &ix, &a, &a.matching);
            for k in [0, 1, 3, 20, 300, usize::MAX] {
                prop_assert_eq!(rank(&ix, &q, k), reference(&ix, &q, k), "k = {}", k);
            }
        }
    }

    #[test]
    fn the_kernel_ranks_the_synthetic_ten_thousand_as_the_reference() {
        let c = cat();
        let ps = crate::samples::synthetic(c, 10_000);
        let ix = ProfileIndex::build(c, &ps);
        let a = crate::samples::bench_assessment(c);
        let q = Query::compile(c, &ix, &a, &a.matching);
        let fast = rank(&ix, &q, 20);
        assert_eq!(fast, reference(&ix, &q, 20));
        assert_eq!(fast.top.len(), 20);
        assert!(fast.matching > 1000, "{fast:?}");
    }
}
