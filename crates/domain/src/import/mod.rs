//! Importing talent lists (CSV in UTF-8 / UTF-8 with BOM / Shift_JIS, .xlsx, JSON): a table of
//! strings, a column mapping with suggestions for common Japanese headers, and a validation
//! that names row, column, value and the fix. Nothing here touches stored data: the caller
//! applies the result only when the user confirms and the report has no errors, so a failed
//! import changes nothing. Personal data is detected and never passed on.
//!
//! Decoding bytes to text is the caller's job (the browser's `TextDecoder` handles Shift_JIS
//! without shipping a decoder); `detect_encoding` says which one to use.

pub mod encoding;
pub mod fields;
pub mod layout;
pub mod pii;
pub mod protocol;
pub mod source;
pub mod validate;
pub mod values;
#[cfg(feature = "xlsx")]
pub mod xlsx;

pub use encoding::{detect_encoding, Encoding};
pub use fields::{suggest_for_table, suggest_mapping, Field};
pub use pii::PiiKind;
pub use source::{table_from_csv, table_from_csv_at, table_from_grid, table_from_json, JsonInput};
pub use validate::{validate, ImportOptions, Issue, Problem, Report};

use thiserror::Error;

/// One data row with the 1-based line (CSV) or row number (sheet) it came from.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Row {
    pub line: usize,
    pub cells: Vec<String>,
}

/// A file read as text cells: the header row and the data rows.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
    /// Line (CSV) or row (sheet) of the header; 0 when the file has none of its own (JSON).
    #[serde(default)]
    pub header_line: usize,
    /// Rows that are not data: titles above the header, notes below the data.
    #[serde(default)]
    pub skipped: Vec<Skipped>,
}

/// A row read as a title or a note rather than as data, so that it is reported, not imported.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Skipped {
    pub line: usize,
    pub kind: SkipKind,
    /// The row's text (shortened).
    pub text: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SkipKind {
    /// Above the header (a title, a date, a unit).
    Title,
    /// Below the data, or a single 「※…」 line among it.
    Note,
}

impl Table {
    pub fn cell<'r>(&self, row: &'r Row, col: usize) -> &'r str {
        row.cells.get(col).map_or("", |c| c.trim())
    }
}

/// Why a file cannot be read at all (before any mapping).
#[derive(Debug, Clone, PartialEq, Eq, Error, serde::Serialize, serde::Deserialize)]
pub enum SourceError {
    #[error("the file is empty")]
    Empty,
    #[error("line {line}: {message}")]
    Csv { line: usize, message: String },
    #[error("not valid JSON at line {line}, column {column}: {message}")]
    Json {
        line: usize,
        column: usize,
        message: String,
    },
    #[error("JSON must be a list of objects or a profile pack with \"profiles\"")]
    JsonShape,
    #[error("the file has no header row")]
    NoHeader,
    #[error("there is no row {0} to use as the header")]
    NoSuchRow(usize),
    #[error("the file has more than {max} rows ({rows})")]
    TooManyRows { rows: usize, max: usize },
    #[error("the file has more than {max} columns ({columns})")]
    TooManyColumns { columns: usize, max: usize },
    #[error("this does not look like a text, CSV or spreadsheet file")]
    Binary,
}

/// Limits that keep a hostile or mistaken file from exhausting the browser.
pub const MAX_ROWS: usize = 100_000;
pub const MAX_COLUMNS: usize = 500;
