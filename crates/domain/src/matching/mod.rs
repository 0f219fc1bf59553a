//! The matching engine: hard rules from the programme rule sets, a deterministic and
//! explainable 0–100 score, top-k ranking over profiles laid out for speed, and the team
//! recommendation. Data flow: `ProfileIndex::build` once per profile set → `Query::compile`
//! per edit → `rank` → `explain` / `exclusions` for the profiles shown → `team::recommend`.

pub mod explain;
pub mod index;
pub mod query;
#[cfg(test)]
mod reference;
pub mod rules;
pub mod score;
pub mod settings;
pub mod team;

pub use explain::{
    exclusions, explain, Explanation, ItemCover, LimitNote, Part, PartDetail, PartKind, Raise,
};
pub use index::ProfileIndex;
pub use query::{topics, GapItem, Query};
pub use rules::{Exclusion, RuleSource};
pub use score::{
    display_score, rank, Band, Logistics, Ranked, Ranking, RequiredRule, REQUIRED_CAP_MILLI,
    REQUIRED_FLOOR_MILLI,
};
pub use settings::{EngagementMode, MatchSettings, Usage, Weights};
pub use team::{recommend, Engagement, Member, Method, Team};
