//! 自治体DX人材マッチ — the Leptos (CSR) user interface. All domain logic lives in the
//! `dxm-domain` crate; this crate renders it, keeps the state and saves it in the browser.

pub mod app;
pub mod bench;
pub mod components;
pub mod config;
pub mod deferred;
pub mod download;
pub mod embedding;
pub mod file_input;
pub mod focus;
pub mod gathered;
pub mod i18n;
pub mod idb;
pub mod import_client;
pub mod library_state;
pub mod pages;
pub mod pwa;
pub mod route;
pub mod screen;
pub mod state;
pub mod storage;
pub mod talent;

pub use app::App;
