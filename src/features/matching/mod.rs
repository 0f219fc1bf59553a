//! Ranked matches for the gap: settings, the cards with their explanation, the excluded candidates, the team recommendation and tuning the gap.

pub mod engagement_fields;
pub mod excluded_list;
pub mod gap_tuner;
pub mod match_card;
pub mod match_settings;
pub mod matches_page;
pub mod programme_choices;
pub mod strict_choices;
pub mod team_view;
pub mod usage_fields;
pub mod weight_fields;
