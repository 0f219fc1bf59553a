//! Ranked matches for the gap: settings, the cards with their explanation, the excluded candidates, the team recommendation and tuning the gap.

pub mod cover_list;
pub mod engaged_choice;
pub mod engagement_fields;
pub mod excluded_list;
pub mod gap_tuner;
pub mod match_card;
pub mod match_explanation;
pub mod match_list;
pub mod match_settings;
pub mod matches_page;
pub mod profile_facts;
pub mod programme_choices;
pub mod score_explanation;
pub mod strict_choices;
pub mod team_view;
pub mod usage_fields;
pub mod weight_fields;
