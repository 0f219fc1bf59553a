pub mod assess;
pub mod assessments;
pub mod gap;
pub mod matches;
pub mod presets;
pub mod sheet;
pub mod start;
