//! The demand map: every municipality's open gaps (need above what its staff have), added up
//! by item, category, 人材像, 地域DX process phase and 取組分野, per municipality and in total.
//!
//! How a gap is attributed:
//! - item and category: the item's own;
//! - 人材像 and phase: each 人材像 (phase) the municipality chose whose preset includes the
//!   item — so one gap may count under several; a gap that no chosen 人材像 (phase) includes,
//!   or of a municipality that chose none, counts as "unassigned" instead;
//! - 取組分野: fields have no items, so each field the municipality chose takes its whole gap;
//!   a municipality that chose none counts as "unassigned".

use crate::assessment::Assessment;
use crate::catalog::Catalog;
use crate::gap::GapReport;
use crate::level::{Level, Priority};
use crate::presets::Preset;
use crate::standard::ItemIdx;

/// Gap steps of required and of desirable needs, and how many municipalities they come from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Municipalities with any gap counted here.
    pub municipalities: u32,
    /// Municipalities with a required gap counted here.
    pub required_municipalities: u32,
    /// Σ (need − in-house level) over required needs.
    pub required: u32,
    /// Σ (need − in-house level) over desirable needs.
    pub desirable: u32,
}

impl Tally {
    pub fn total(&self) -> u32 {
        self.required + self.desirable
    }

    fn add_gap(&mut self, gap: u8, priority: Priority) {
        match priority {
            Priority::Required => self.required += u32::from(gap),
            Priority::Desirable => self.desirable += u32::from(gap),
        }
    }

    /// Adds one municipality's tally (its `municipalities` fields are recomputed).
    fn add_municipality(&mut self, local: &Tally) {
        if local.total() == 0 {
            return;
        }
        self.municipalities += 1;
        self.required_municipalities += u32::from(local.required > 0);
        self.required += local.required;
        self.desirable += local.desirable;
    }

    fn close(mut self) -> Tally {
        self.municipalities = u32::from(self.total() > 0);
        self.required_municipalities = u32::from(self.required > 0);
        self
    }
}

/// Positions of tallies, biggest demand first: required gap, then desirable gap, then the
/// position itself (a stable key).
pub fn biggest_first(tallies: &[Tally]) -> Vec<usize> {
    let mut v: Vec<usize> = (0..tallies.len()).collect();
    v.sort_by_key(|&i| {
        (
            std::cmp::Reverse(tallies[i].required),
            std::cmp::Reverse(tallies[i].desirable),
            i,
        )
    });
    v
}

/// One open gap of one municipality.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Demand {
    /// Position in `DemandMap::municipalities`.
    pub municipality: u16,
    pub item: ItemIdx,
    pub need: Level,
    pub have: Level,
    pub priority: Priority,
}

impl Demand {
    pub fn gap(&self) -> u8 {
        self.need.value().saturating_sub(self.have.value())
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MunicipalityDemand {
    pub lgcode: u32,
    /// One per category of the standard: a row of the municipalities × categories matrix.
    pub categories: Vec<Tally>,
    pub total: Tally,
    /// Needed items whose in-house level the municipality left blank (counted as z).
    pub have_missing: u32,
}

/// Tallies of gaps that no chosen 人材像 / phase / field takes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Unassigned {
    pub persona: Tally,
    pub phase: Tally,
    pub domain: Tally,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemandMap {
    /// In the order given (the intake's 団体コード order).
    pub municipalities: Vec<MunicipalityDemand>,
    /// Every open gap, municipality by municipality, each in the standard's item order.
    pub demands: Vec<Demand>,
    /// One per item of the standard.
    pub items: Vec<Tally>,
    /// One per category of the standard.
    pub categories: Vec<Tally>,
    /// One per 人材像 / phase / 取組分野 of the presets, in their order.
    pub personas: Vec<Tally>,
    pub phases: Vec<Tally>,
    pub domains: Vec<Tally>,
    pub unassigned: Unassigned,
    pub total: Tally,
}

/// Bit set of the items a preset includes (the standard has at most 64 items in practice;
/// items beyond are never attributed, which `build` reports as unassigned).
fn item_bits(p: &Preset) -> u64 {
    p.needs
        .iter()
        .filter(|n| n.level > Level::Z && n.item.get() < 64)
        .fold(0, |s, n| s | (1u64 << n.item.get()))
}

fn positions<T>(chosen: &[String], all: &[T], id: impl Fn(&T) -> &str) -> Vec<usize> {
    let mut v: Vec<usize> = chosen
        .iter()
        .filter_map(|c| all.iter().position(|x| id(x) == c))
        .collect();
    v.sort_unstable();
    v.dedup();
    v
}

impl DemandMap {
    /// Aggregates the assessments, one per municipality (the caller has sorted them out).
    pub fn build(cat: &Catalog, assessments: &[&Assessment]) -> DemandMap {
        let presets = &cat.presets;
        let n_items = cat.standard.len();
        let n_cats = cat.standard.categories.len();
        let persona_bits: Vec<u64> = presets.personas.iter().map(item_bits).collect();
        let phase_bits: Vec<u64> = presets.phases.iter().map(item_bits).collect();

        let mut map = DemandMap {
            municipalities: Vec::with_capacity(assessments.len()),
            demands: Vec::new(),
            items: vec![Tally::default(); n_items],
            categories: vec![Tally::default(); n_cats],
            personas: vec![Tally::default(); presets.personas.len()],
            phases: vec![Tally::default(); presets.phases.len()],
            domains: vec![Tally::default(); presets.domains.len()],
            unassigned: Unassigned::default(),
            total: Tally::default(),
        };
        // One municipality's tallies, reused.
        let mut items = vec![Tally::default(); n_items];
        let mut cats = vec![Tally::default(); n_cats];
        let mut personas = vec![Tally::default(); map.personas.len()];
        let mut phases = vec![Tally::default(); map.phases.len()];
        for (m, a) in assessments.iter().enumerate() {
            items.fill(Tally::default());
            cats.fill(Tally::default());
            personas.fill(Tally::default());
            phases.fill(Tally::default());
            let mut unassigned = Unassigned::default();
            let mut total = Tally::default();
            let ctx = &a.context;
            let chosen_personas = positions(&ctx.personas, &presets.personas, |p| &p.id);
            let chosen_phases = positions(&ctx.phases, &presets.phases, |p| &p.id);
            let chosen_domains = positions(&ctx.domains, &presets.domains, |d| &d.id);
            let report = GapReport::new(&cat.standard, a);
            let have_missing = report.rows.iter().filter(|r| !r.have_entered).count() as u32;
            for row in report.rows.iter().filter(|r| r.gap() > 0) {
                let (gap, pr, i) = (row.gap(), row.priority, row.item.get());
                map.demands.push(Demand {
                    municipality: m as u16,
                    item: row.item,
                    need: row.need,
                    have: row.have,
                    priority: pr,
                });
                items[i].add_gap(gap, pr);
                cats[cat.standard.item(row.item).category].add_gap(gap, pr);
                total.add_gap(gap, pr);
                let bit = if i < 64 { 1u64 << i } else { 0 };
                let attribute = |chosen: &[usize], bits: &[u64], into: &mut [Tally]| {
                    let mut any = false;
                    for &c in chosen.iter().filter(|&&c| bits[c] & bit != 0) {
                        into[c].add_gap(gap, pr);
                        any = true;
                    }
                    any
                };
                if !attribute(&chosen_personas, &persona_bits, &mut personas) {
                    unassigned.persona.add_gap(gap, pr);
                }
                if !attribute(&chosen_phases, &phase_bits, &mut phases) {
                    unassigned.phase.add_gap(gap, pr);
                }
            }
            // Fields take the municipality's whole gap.
            for &d in &chosen_domains {
                map.domains[d].add_municipality(&total);
            }
            if chosen_domains.is_empty() {
                unassigned.domain = total;
            }
            let fold = |into: &mut [Tally], local: &[Tally]| {
                for (t, l) in into.iter_mut().zip(local) {
                    t.add_municipality(l);
                }
            };
            fold(&mut map.items, &items);
            fold(&mut map.categories, &cats);
            fold(&mut map.personas, &personas);
            fold(&mut map.phases, &phases);
            map.unassigned.persona.add_municipality(&unassigned.persona);
            map.unassigned.phase.add_municipality(&unassigned.phase);
            map.unassigned.domain.add_municipality(&unassigned.domain);
            map.total.add_municipality(&total);
            map.municipalities.push(MunicipalityDemand {
                lgcode: ctx.lgcode.unwrap_or(0),
                categories: cats.iter().map(|t| t.close()).collect(),
                total: total.close(),
                have_missing,
            });
        }
        map
    }

    /// Demands of one municipality (a slice of `demands`).
    pub fn of(&self, municipality: usize) -> &[Demand] {
        let m = municipality as u16;
        let start = self.demands.partition_point(|d| d.municipality < m);
        let end = self.demands.partition_point(|d| d.municipality <= m);
        &self.demands[start..end]
    }

    /// Largest required and desirable gap of any one cell of the matrix (for shading).
    pub fn matrix_max(&self) -> u32 {
        self.municipalities
            .iter()
            .flat_map(|m| m.categories.iter())
            .map(Tally::total)
            .max()
            .unwrap_or(0)
    }
}
