//! Data in and out: importing lists (the wizard and its notes), the lists and their levels, exports, backup and restore, share links (making and opening them).

pub mod data_page;
pub mod export_panel;
pub mod import_notes;
pub mod import_wizard;
pub mod level_editor;
pub mod list_card;
pub mod lists_panel;
pub mod share_page;
pub mod share_panel;
