//! Why a profile got its score: each part of the score, what every gap item contributes,
//! which gaps it closes or leaves, the programme limits that apply, and what would raise it.
//! For an excluded profile: every rule it fails.

use super::index::{ProfileIndex, ONSITE};
use super::query::Query;
use super::rules::{check, reasons, Exclusion};
use super::score::{display_score, Band, Logistics, Parts, PPM};
use super::settings::EngagementMode;
use crate::catalog::Catalog;
use crate::level::Priority;
use crate::standard::ItemIdx;

/// What one gap item contributes to one profile's score (points in thousandths).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemCover {
    pub item: ItemIdx,
    pub priority: Priority,
    pub gap: u8,
    pub covered: u8,
    pub points_milli: u32,
    /// What closing this gap completely would contribute.
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

/// A programme limit that applies to the engagement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitNote {
    OnsiteVisitsLeft {
        left: u16,
        limit: u16,
    },
    OnlineHoursLeft {
        left: u16,
        limit: u16,
    },
    /// On-site work is not possible with this person here; online only.
    OnlineOnlyHere,
    PersonsLeft {
        left: u8,
        max: u8,
    },
    MinimumInvitation {
        days: u16,
        visits: u16,
    },
    DurationRange {
        min: Option<u16>,
        max: Option<u16>,
    },
    ConsecutiveYears(u8),
    OncePerProjectYear,
    OncePerMunicipality,
    SamePrefectureOnly,
    TeamDispatch,
    PopulationUnknown(u32),
    OrganisationUnknown,
    AvailabilityUnknown,
    /// The programme's limits are not confirmed from a primary source.
    LimitsUnverified,
}

/// Something that would raise the score, with the points it would add (thousandths).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Raise {
    Item(ItemCover),
    Persona { points_milli: u32 },
    Domain { points_milli: u32 },
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
}

/// Every rule a profile fails (empty when it is feasible).
pub fn exclusions(ix: &ProfileIndex, q: &Query, profile: usize) -> Vec<Exclusion> {
    let c = check(ix, q, profile);
    reasons(ix, q, profile, c.flags)
}

/// The explanation of a feasible profile's score.
pub fn explain(cat: &Catalog, ix: &ProfileIndex, q: &Query, profile: usize) -> Explanation {
    let p = profile;
    let modes = check(ix, q, p).modes;
    let covers: Vec<(u8, &super::query::GapItem)> = q
        .gap
        .iter()
        .map(|g| {
            (
                ix.level(g.item.get(), p).saturating_sub(g.have).min(g.gap),
                g,
            )
        })
        .collect();
    let covered: u32 = covers
        .iter()
        .map(|(c, g)| u32::from(*c) * u32::from(g.weight))
        .sum();
    let parts = Parts::compute(ix, q, p, covered, modes);
    let score_milli = parts.score_milli(q);
    let weighted = parts.weighted(q);
    let active: u64 = weighted
        .iter()
        .filter(|(_, s)| s.is_some())
        .map(|(pts, _)| pts)
        .sum();
    // Points of a part when its share is 1, after redistribution, in thousandths.
    let max_of = |pts: u64| (pts * 100_000 / active) as u32;
    let earned = |pts: u64, share: u64| {
        if score_milli == 0 {
            0
        } else {
            (pts * share / (active * 10)) as u32
        }
    };

    let gap_max = max_of(weighted[0].0);
    let total = u64::from(q.total_weight.max(1));
    let items: Vec<ItemCover> = covers
        .iter()
        .map(|(c, g)| {
            let w = u64::from(g.weight);
            let full = w * u64::from(g.gap) * u64::from(gap_max) / total;
            ItemCover {
                item: g.item,
                priority: g.priority,
                gap: g.gap,
                covered: *c,
                points_milli: if score_milli == 0 {
                    0
                } else {
                    (w * u64::from(*c) * u64::from(gap_max) / total) as u32
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
        .filter(|c| !c.is_closed())
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
    // Secondary parts only count once some gap is closed; until then the gap is what matters.
    if score_milli == 0 {
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
        parts: out_parts,
        items,
        limits: limits(cat, ix, q, p, modes),
        raise,
    }
}

fn limits(cat: &Catalog, ix: &ProfileIndex, q: &Query, p: usize, modes: u8) -> Vec<LimitNote> {
    let prog = &cat.programmes.programmes[usize::from(ix.programme[p])];
    let gate = &q.gates[usize::from(ix.programme[p])];
    let l = &prog.limits;
    let mut v = Vec::new();
    if let (Some(left), Some(limit)) = (gate.onsite_left, gate.onsite_limit) {
        if modes & ONSITE != 0 {
            v.push(LimitNote::OnsiteVisitsLeft { left, limit });
        }
    }
    if let (Some(left), Some(limit)) = (gate.online_left, gate.online_limit) {
        v.push(LimitNote::OnlineHoursLeft { left, limit });
    }
    if q.mode == EngagementMode::Either && modes & ONSITE == 0 {
        v.push(LimitNote::OnlineOnlyHere);
    }
    if let (Some(left), Some(max)) = (gate.persons_left, gate.max_persons) {
        v.push(LimitNote::PersonsLeft { left, max });
    }
    if l.min_days_per_year.is_some() || l.min_visits_per_year.is_some() {
        v.push(LimitNote::MinimumInvitation {
            days: l.min_days_per_year.unwrap_or(0),
            visits: l.min_visits_per_year.unwrap_or(0),
        });
    }
    if gate.duration != (None, None) {
        v.push(LimitNote::DurationRange {
            min: gate.duration.0,
            max: gate.duration.1,
        });
    }
    if let Some(y) = l.max_consecutive_years {
        v.push(LimitNote::ConsecutiveYears(y));
    }
    if l.same_person_once_per_year {
        v.push(LimitNote::OncePerProjectYear);
    }
    if l.once_per_municipality {
        v.push(LimitNote::OncePerMunicipality);
    }
    if gate.same_prefecture_only {
        v.push(LimitNote::SamePrefectureOnly);
    }
    if l.team_dispatch {
        v.push(LimitNote::TeamDispatch);
    }
    if gate.population_unknown {
        v.push(LimitNote::PopulationUnknown(
            gate.population_max.unwrap_or(0),
        ));
    }
    if q.org_pref.is_none() {
        v.push(LimitNote::OrganisationUnknown);
    }
    if (q.days.is_some() && ix.days[p] == super::index::UNKNOWN)
        || (q.period.is_some() && ix.period[p] == super::index::UNKNOWN)
    {
        v.push(LimitNote::AvailabilityUnknown);
    }
    if prog.is_unverified("limits") {
        v.push(LimitNote::LimitsUnverified);
    }
    v
}

/// Share (millionths) → whole-percent helper for messages.
pub fn percent(ppm: u32) -> u32 {
    ((u64::from(ppm) * 100 + PPM / 2) / PPM) as u32
}
