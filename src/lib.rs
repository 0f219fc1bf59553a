//! 自治体DX人材マッチ — the Leptos (CSR) user interface. All domain logic lives in the
//! `dxm-domain` crate; this crate renders it, keeps the state and saves it in the browser.
//!
//! Layers, each using only those before it (ARCHITECTURE.md; checked by tests/layers.rs):
//! browser adapters → i18n → state → widgets → features → shell.

pub mod adapters;
pub mod features;
pub mod i18n;
pub mod shell;
pub mod state;
pub mod widgets;

pub use shell::app::App;
