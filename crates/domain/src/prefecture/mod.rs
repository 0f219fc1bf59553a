//! The prefecture view: many municipalities' self-assessments turned into one demand map and
//! set against the talent the prefecture can draw on.
//!
//! Data flow: files and links → `intake::read` (one `Entry` per assessment found, readable or
//! not) → `intake::sort` (which ones count: the prefecture's municipalities, one per
//! municipality, of the chosen fiscal year; the rest reported with the reason) →
//! `DemandMap::build` (gaps aggregated by item, category, 人材像, 地域DX process phase and
//! 取組分野, per municipality and in total) → `Reach::build` (who may serve whom, under each
//! municipality's own programme limits) → `Supply::build` (which demands the loaded people
//! cover) → `Plan::build` (how many people of which profile close most of the gap) →
//! `summary::csv` for the 会議体.
//!
//! Everything here counts gap steps (need − in-house level), so "weighted by gap size" means
//! a need two levels short counts twice as much as one a level short.

pub mod demand;
pub mod intake;
pub mod plan;
pub mod reach;
pub mod summary;
pub mod supply;

pub use demand::{Demand, DemandMap, MunicipalityDemand, Tally};
pub use intake::{Entry, Intake, IntakeSettings, Issue, ReadError, Rejected, Source, Submission};
pub use plan::{ListGroup, Plan, RecruitGroup};
pub use reach::Reach;
pub use supply::{Supply, SupplyRow};

use crate::assessment::Assessment;
use crate::catalog::Catalog;
use crate::matching::ProfileIndex;

/// Everything the view shows about the assessments that count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysis {
    pub map: DemandMap,
    pub supply: Supply,
    pub plan: Plan,
}

/// Demand map, supply against demand and the plan, in one pass (what `make bench` times as
/// `prefecture_demand_179`).
pub fn analyse(
    cat: &Catalog,
    ix: &ProfileIndex,
    assessments: &[&Assessment],
    capacity: u8,
) -> Analysis {
    let map = DemandMap::build(cat, assessments);
    let reach = Reach::build(cat, ix, assessments);
    Analysis::complete(cat, ix, map, &reach, capacity)
}

impl Analysis {
    /// Supply against demand and the plan for a demand map already built, with who may serve
    /// whom (`Reach`) kept apart: the view draws the map first and plans again alone when only
    /// the capacity changes.
    pub fn complete(
        cat: &Catalog,
        ix: &ProfileIndex,
        map: DemandMap,
        reach: &Reach,
        capacity: u8,
    ) -> Analysis {
        let supply = Supply::build(&map, reach);
        let plan = Plan::build(cat, ix, &map, reach, capacity);
        Analysis { map, supply, plan }
    }
}
