//! The assessment: the organisation and its context (start), the starting presets, rating each skill item, and the list of saved assessments with their comparison.

pub mod assess_page;
pub mod assessment_card;
pub mod assessments_page;
pub mod category_nav;
pub mod compare_view;
pub mod item_rating;
pub mod municipality_picker;
pub mod needs_choices;
pub mod presets_page;
pub mod start_page;
