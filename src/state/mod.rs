//! App state: the catalogue, the workspace of assessments, the imported lists, the talent in use, the prefecture view's intake, the route and the publisher's notices. Reactive signals and contexts; no views.

pub mod catalog;
pub mod config;
pub mod deferred;
pub mod gathered;
pub mod library;
pub mod profiles;
pub mod route;
pub mod saving;
pub mod talent;
pub mod workspace;
