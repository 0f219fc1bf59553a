//! Browser adapters: the only code that talks to browser APIs (storage, IndexedDB, fetch, clock, files, downloads, focus, the import worker, the service worker, the crash page). Nothing here knows about i18n, state or views.

pub mod clock;
pub mod crash;
pub mod download;
pub mod fetch;
pub mod files;
pub mod focus;
pub mod idb;
pub mod pwa;
pub mod storage;
pub mod url;
pub mod worker;
