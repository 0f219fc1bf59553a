//! Reusable widgets: small components any feature may use. A widget never imports a feature.
pub mod after_paint;
pub mod choice_list;
pub mod csv_button;
pub mod level_legend;
pub mod level_select;
pub mod next_step;
pub mod number_field;
pub mod page_heading;
pub mod programme_facts;
pub mod radio_group;
pub mod rename_row;
pub mod rules_year_notice;
pub mod scroll_table;
pub mod text_field;
