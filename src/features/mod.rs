//! Features: one folder per part of the product, each with its pages (`*_page.rs`) and panels. A feature never imports another feature; what two features share is a widget.
pub mod about;
pub mod assess;
pub mod data;
pub mod gap;
pub mod matching;
pub mod prefecture;
