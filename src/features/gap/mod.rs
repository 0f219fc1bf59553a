//! The gap between what the work needs and what the staff have (pictures and tables, a review of what was rated), and the sheet describing the people needed.

pub mod gap_bars;
pub mod gap_page;
pub mod gap_tables;
pub mod radar_chart;
pub mod review_panel;
pub mod sheet_page;
pub mod sheet_programme;
pub mod sheet_view;
