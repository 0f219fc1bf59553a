//! Why a profile got its score: each part of the score, what every gap item contributes and on
//! what evidence (declared, backed by a qualification, inferred from field tags, confirmed by
//! the user), which gaps it closes or leaves, the required-gap bound, the programme's rules and
//! cautions that apply, and what would raise it. For an excluded profile: every rule it fails.

use super::index::{ProfileIndex, ONSITE, UNKNOWN};
use super::query::Query;
use super::rules::{check, reasons, Exclusion};
use super::score::{active_points, display_score, parts_of, Band, Logistics, RequiredRule, PPM};
use super::settings::EngagementMode;
use crate::catalog::Catalog;
use crate::level::Priority;
use crate::profile::Basis;
use crate::programme::RuleKind;
use crate::standard::ItemIdx;

/// What one gap item contributes to one profile's score (points in thousandths).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemCover {
    pub item: ItemIdx,
    pub priority: Priority,
    pub gap: u8,
    pub covered: u8,
    /// Where the person's level for this item comes from.
    pub basis: Basis,
    pub points_milli: u32,
    /// What closing this gap completely, on a level that is not inferred, would contribute.
    pub full_points_milli: u32,
}

impl ItemCover {
    pub fn is_closed(&self) -> bool {
        self.covered == self.gap
    }
    pub fn missing_points_milli(&self) -> u32 {
        self.full_points_milli - self.points_milli
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    Gap,
    Persona,
    Domain,
    Logistics,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartDetail {
    /// Share of the weighted gap closed, in millionths.
    Gap {
        ppm: u32,
    },
    /// Wanted 人材像 / 取組分野 the person has, out of those chosen.
    Persona {
        matched: u32,
        wanted: u32,
    },
    Domain {
        matched: u32,
        wanted: u32,
    },
    Logistics(Logistics),
}

/// One part of the score: the points it can give after redistribution, and what it gave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Part {
    pub kind: PartKind,
    pub max_milli: u32,
    pub earned_milli: u32,
    pub detail: PartDetail,
}

/// A programme rule or condition that applies to the engagement with this person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitNote {
    /// A rule of the programme (index into `Programme::rules`), as its data says it.
    Rule(u8),
    /// A rule that could not be checked here for lack of data (e.g. no population band).
    NotChecked(u8),
    /// A condition its sources do not confirm, which this organisation or person would fail
    /// if it held: not applied (the user may make it a hard rule).
    Unconfirmed(Exclusion),
    /// The cost ceiling in persons, with those already appointed (e.g. 特別交付税 for up to 3
    /// CIO補佐官等).
    PersonsCovered {
        used: u8,
        max: u8,
    },
    /// On-site work is not possible with this person here; online only.
    OnlineOnlyHere,
    OrganisationUnknown,
    AvailabilityUnknown,
    /// The list does not say where the person is based.
    BaseUnknown,
}

/// Something that would raise the score, with the points it would add (thousandths).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Raise {
    /// A higher level in this item (or, where the level is inferred and already enough,
    /// confirming it).
    Item(ItemCover),
    Persona {
        points_milli: u32,
    },
    Domain {
        points_milli: u32,
    },
}

impl Raise {
    pub fn points_milli(&self) -> u32 {
        match *self {
            Raise::Item(c) => c.missing_points_milli(),
            Raise::Persona { points_milli } | Raise::Domain { points_milli } => points_milli,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explanation {
    pub profile: u32,
    pub score_milli: u32,
    /// The score the parts give before the required-gap bound.
    pub raw_milli: u32,
    /// The bound that applies (and changed the score if `raw_milli != score_milli`).
    pub required: RequiredRule,
    pub parts: Vec<Part>,
    /// One entry per gap item, in the query's order (biggest gap first).
    pub items: Vec<ItemCover>,
    pub limits: Vec<LimitNote>,
    /// Up to three changes that would raise the score most.
    pub raise: Vec<Raise>,
}

impl Explanation {
    pub fn score(&self) -> u8 {
        display_score(self.score_milli)
    }
    pub fn band(&self) -> Band {
        Band::of(self.score())
    }
    pub fn closed(&self) -> impl Iterator<Item = &ItemCover> {
        self.items.iter().filter(|c| c.covered > 0 && c.is_closed())
    }
    pub fn partial(&self) -> impl Iterator<Item = &ItemCover> {
        self.items
            .iter()
            .filter(|c| c.covered > 0 && !c.is_closed())
    }
    pub fn left(&self) -> impl Iterator<Item = &ItemCover> {
        self.items.iter().filter(|c| c.covered == 0)
    }
    /// Some of the gap is closed only on levels inferred from field tags.
    pub fn rests_on_inferred(&self) -> bool {
        self.items
            .iter()
            .any(|c| c.covered > 0 && c.basis.is_inferred())
    }
}

/// Every rule a profile fails (empty when it is feasible).
pub fn exclusions(ix: &ProfileIndex, q: &Query, profile: usize) -> Vec<Exclusion> {
    let c = check(ix, q, profile);
    reasons(ix, q, profile, c.flags)
}

/// The explanation of a feasible profile's score.
pub fn explain(cat: &Catalog, ix: &ProfileIndex, q: &Query, profile: usize) -> Explanation {
    let p = profile;
    let c = check(ix, q, p);
    let modes = c.modes;
    let covers: Vec<(u8, u8, &super::query::GapItem)> = q
        .gap
        .iter()
        .map(|g| {
            let i = g.item.get();
            (
                ix.level(i, p).saturating_sub(g.have).min(g.gap),
                ix.weight(i, p),
                g,
            )
        })
        .collect();
    let parts = parts_of(ix, q, p, modes);
    let score_milli = parts.score_milli(&q.ask);
    let raw_milli = parts.raw_milli(&q.ask);
    let weighted = parts.weighted(&q.ask);
    let active = active_points(&weighted);
    // Points of a part when its share is 1, after redistribution, in thousandths.
    let max_of = |pts: u64| (pts * 100_000 / active) as u32;
    let earned = |pts: u64, share: u64| {
        if raw_milli == 0 {
            0
        } else {
            (pts * share / (active * 10)) as u32
        }
    };

    let gap_max = max_of(weighted[0].0);
    let total = u64::from(q.ask.total_weight.max(1)) * 100;
    let basis_of = |item: ItemIdx| ix.basis(item.get(), p);
    let items: Vec<ItemCover> = covers
        .iter()
        .map(|(c, pct, g)| {
            let w = u64::from(g.weight);
            let full = w * u64::from(g.gap) * 100 * u64::from(gap_max) / total;
            ItemCover {
                item: g.item,
                priority: g.priority,
                gap: g.gap,
                covered: *c,
                basis: basis_of(g.item),
                points_milli: if raw_milli == 0 {
                    0
                } else {
                    (w * u64::from(*c) * u64::from(*pct) * u64::from(gap_max) / total) as u32
                },
                full_points_milli: full as u32,
            }
        })
        .collect();

    let mut out_parts = vec![Part {
        kind: PartKind::Gap,
        max_milli: gap_max,
        earned_milli: earned(weighted[0].0, parts.gap_ppm),
        detail: PartDetail::Gap {
            ppm: parts.gap_ppm as u32,
        },
    }];
    let mut raise: Vec<Raise> = items
        .iter()
        .filter(|c| c.missing_points_milli() > 0)
        .map(|c| Raise::Item(*c))
        .collect();
    if let (Some((m, n)), Some(share)) = (parts.persona, weighted[1].1) {
        let e = earned(weighted[1].0, share);
        out_parts.push(Part {
            kind: PartKind::Persona,
            max_milli: max_of(weighted[1].0),
            earned_milli: e,
            detail: PartDetail::Persona {
                matched: m,
                wanted: n,
            },
        });
        if m < n {
            raise.push(Raise::Persona {
                points_milli: max_of(weighted[1].0) - e,
            });
        }
    }
    if let (Some((m, n)), Some(share)) = (parts.domain, weighted[2].1) {
        let e = earned(weighted[2].0, share);
        out_parts.push(Part {
            kind: PartKind::Domain,
            max_milli: max_of(weighted[2].0),
            earned_milli: e,
            detail: PartDetail::Domain {
                matched: m,
                wanted: n,
            },
        });
        if m < n {
            raise.push(Raise::Domain {
                points_milli: max_of(weighted[2].0) - e,
            });
        }
    }
    if let (Some(l), Some(share)) = (parts.logistics, weighted[3].1) {
        out_parts.push(Part {
            kind: PartKind::Logistics,
            max_milli: max_of(weighted[3].0),
            earned_milli: earned(weighted[3].0, share),
            detail: PartDetail::Logistics(l),
        });
    }
    // Until something of substance fits, the gap is what matters.
    if raw_milli == 0 {
        raise.retain(|r| matches!(r, Raise::Item(_)));
    }
    raise.sort_by_key(|r| {
        let item = match r {
            Raise::Item(c) => c.item.0,
            Raise::Persona { .. } => u8::MAX - 1,
            Raise::Domain { .. } => u8::MAX,
        };
        (std::cmp::Reverse(r.points_milli()), item)
    });
    raise.truncate(3);

    Explanation {
        profile: p as u32,
        score_milli,
        raw_milli,
        required: parts.required,
        parts: out_parts,
        items,
        limits: limits(cat, ix, q, p, modes, c.cautions),
        raise,
    }
}

fn limits(
    cat: &Catalog,
    ix: &ProfileIndex,
    q: &Query,
    p: usize,
    modes: u8,
    cautions: u32,
) -> Vec<LimitNote> {
    let prog = &cat.programmes.programmes[ix.programme(p)];
    let gate = &q.gates[ix.programme(p)];
    let mut v = Vec::new();
    for exclusion in reasons(ix, q, p, cautions) {
        v.push(LimitNote::Unconfirmed(exclusion));
    }
    if q.mode == EngagementMode::Either && modes & ONSITE == 0 {
        v.push(LimitNote::OnlineOnlyHere);
    }
    if let Some(max) = gate.persons_covered {
        v.push(LimitNote::PersonsCovered {
            used: gate.persons_used,
            max,
        });
    }
    for (i, r) in prog.rules.iter().enumerate().take(usize::from(u8::MAX)) {
        let note = match r.known() {
            // Shown through the engagement plan or the notes above.
            Some(RuleKind::PersonsCovered) => None,
            Some(RuleKind::OnsiteDaysPerCase) if modes & ONSITE == 0 => None,
            Some(RuleKind::PopulationMax) if gate.population_unknown => {
                Some(LimitNote::NotChecked(i as u8))
            }
            _ => Some(LimitNote::Rule(i as u8)),
        };
        v.extend(note);
    }
    if q.ask.org_pref.is_none() {
        v.push(LimitNote::OrganisationUnknown);
    }
    if ix.pool.base_pref[p] == 0 && q.mode != EngagementMode::Online {
        v.push(LimitNote::BaseUnknown);
    }
    if (q.days.is_some() && ix.pool.days[p] == UNKNOWN)
        || (q.period.is_some() && ix.pool.period[p] == UNKNOWN)
    {
        v.push(LimitNote::AvailabilityUnknown);
    }
    v
}

/// Share (millionths) → whole-percent helper for messages.
pub fn percent(ppm: u32) -> u32 {
    ((u64::from(ppm) * 100 + PPM / 2) / PPM) as u32
}
