//! The shell: the root component, the route → screen mapping, header, footer, notices, embed mode and the benchmark hooks. It may use everything below it.
pub mod app;
pub mod bench;
pub mod embedding;
pub mod notices;
pub mod saving_notices;
pub mod screen;
pub mod site_footer;
pub mod site_header;
pub mod step_nav;
pub mod update_banner;
