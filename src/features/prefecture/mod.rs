//! The prefecture view: gathering municipalities' assessments, the intake report, the demand (matrix and bars), the supply and the plan.

pub mod demand_bars;
pub mod demand_matrix;
pub mod demand_panel;
pub mod gather_panel;
pub mod gather_settings;
pub mod intake_report;
pub mod plan_view;
pub mod prefecture_page;
pub mod summary_panel;
pub mod supply_view;
