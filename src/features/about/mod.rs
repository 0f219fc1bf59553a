//! The pages about the tool: how to use it, the accessibility statement, every source.

pub mod accessibility_page;
pub mod guide_page;
pub mod sources_page;
