//! Messages between the page and the import worker (JSON strings both ways).

use super::encoding::Encoding;
use super::fields::Field;
use super::validate::Report;
use super::SourceError;
use serde::{Deserialize, Serialize};

/// Why the worker could not read a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "detail", rename_all = "snake_case")]
pub enum ReadError {
    Source(SourceError),
    /// The spreadsheet could not be opened.
    Spreadsheet(String),
    /// The chosen sheet does not exist.
    NoSheet(String),
    /// The chosen encoding is not available.
    Decode(String),
    /// "validate" before a successful "read".
    NothingRead,
    /// The built-in data did not load.
    Data(String),
}

/// What the page needs to map columns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// "csv", "xlsx", "json" or "pack" (the app's own format: no mapping needed).
    pub kind: String,
    pub encoding: Option<Encoding>,
    pub sheets: Vec<String>,
    pub sheet: String,
    pub headers: Vec<String>,
    pub preview: Vec<Vec<String>>,
    pub rows: usize,
    pub suggested: Vec<Field>,
    pub pack_name: String,
    pub pack_as_of: String,
    /// The pack says its profiles are invented.
    #[serde(default)]
    pub pack_fictional: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Reply {
    Ready,
    Progress {
        phase: String,
        done: usize,
        total: usize,
    },
    Table(Summary),
    Report(Report),
    Error {
        error: ReadError,
    },
}
