pub mod assess;
pub mod gap;
pub mod matches;
pub mod presets;
pub mod start;
