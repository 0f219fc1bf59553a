//! Domain of 自治体DX人材マッチ: the skill standard and its presets, programme rule sets,
//! municipalities, anonymised profiles, the self-assessment, its gap and the match score.
//!
//! Pure Rust with no browser dependency: the app only calls into it, and every rule here is
//! tested natively with `cargo test`.

pub mod assessment;
pub mod calendar;
pub mod catalog;
pub mod compare;
pub mod crosswalk;
pub mod csv;
pub mod embed;
pub mod error;
pub mod export;
pub mod fit;
mod fnv;
pub mod gap;
pub mod geo;
pub mod import;
pub mod level;
pub mod library;
pub mod limits;
pub mod matching;
pub mod pack;
pub mod prefecture;
pub mod presets;
pub mod profile;
pub mod programme;
pub mod samples;
pub mod share;
pub mod sheet;
pub mod standard;
pub mod text;
pub mod workspace;

pub use assessment::{Assessment, Rating};
pub use catalog::Catalog;
pub use error::DataError;
pub use gap::{CategoryGap, GapReport, GapRow};
pub use level::{Level, Priority};
pub use matching::{rank, Band, MatchSettings, ProfileIndex, Query, Ranking};
pub use standard::{ItemIdx, SkillStandard};
pub use text::Lang;
pub use workspace::Workspace;
