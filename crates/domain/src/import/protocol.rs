//! Messages between the page and the import worker (JSON strings both ways; the bytes of a
//! file travel beside a `Command::Read` as an ArrayBuffer, not as JSON).

use super::encoding::Encoding;
use super::fields::Field;
use super::validate::Report;
use super::{ImportOptions, SourceError};
use crate::catalog::{DataTexts, BUILTIN};
use crate::{Catalog, DataError};
use serde::{Deserialize, Serialize};

/// What the page asks of the worker. Externally tagged (`{"read": {…}}`): an internally
/// tagged enum is read through serde's buffering, which compiles every nested type's reader a
/// second time (≈40 KB more worker).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Command {
    /// Read the file sent beside this command: `encoding` "" (detect), "utf-8" or
    /// "shift_jis"; `sheet` "" (the first); `header` the header's line, or `None` to find it.
    Read {
        name: String,
        encoding: String,
        sheet: String,
        header: Option<usize>,
        /// What the page will validate with unless the user changes something: the worker
        /// validates the list right after reading it, with the mapping it suggests, so that
        /// the report is ready when asked for (`Validate` with the same mapping and options).
        #[serde(default)]
        ahead: Option<Ahead>,
    },
    /// Validate what was read with this mapping of its columns, against the programme rules
    /// the page uses: the publisher's (`programmes`, the text of their rules file, as the page
    /// read it) or, when `None`, the built-in ones.
    Validate {
        mapping: Vec<Field>,
        options: ImportOptions,
        #[serde(default)]
        programmes: Option<String>,
    },
}

/// The options and programme rules of a `Validate` the page is expected to send.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ahead {
    pub options: ImportOptions,
    #[serde(default)]
    pub programmes: Option<String>,
}

impl Command {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// `None` for anything that is not a command of this version of the protocol.
    pub fn from_json(json: &str) -> Option<Command> {
        serde_json::from_str(json).ok()
    }
}

/// The catalogue a list is validated against: the built-in data with the programme rules
/// `programmes` (the publisher's rules file), as the page reads it (`Catalog::complete`), so
/// that the worker knows the same programmes as the page. Without the sample profiles, which
/// an import does not need.
pub fn rules_catalog(programmes: &str) -> Result<Catalog, DataError> {
    Catalog::load_without_profiles(&DataTexts {
        programmes,
        ..BUILTIN
    })
}

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
    /// A message the worker does not understand (a page and a worker of different versions).
    Command,
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
    /// Line (row) of the header, and the rows the user may choose it from instead (line and a
    /// short text): the titles above it, itself and the first rows below.
    #[serde(default)]
    pub header_line: usize,
    #[serde(default)]
    pub header_choices: Vec<(usize, String)>,
    /// The publisher's layout the headers were recognised as (crosswalk.json `layouts` id).
    #[serde(default)]
    pub layout: Option<String>,
}

impl Summary {
    /// The rows a header may be chosen from, for a table read from a file.
    pub fn header_choices(t: &super::Table) -> Vec<(usize, String)> {
        let row_text = |cells: &[String]| {
            let text = cells
                .iter()
                .map(|c| c.trim())
                .filter(|c| !c.is_empty())
                .collect::<Vec<_>>()
                .join(" / ");
            let mut short: String = text.chars().take(60).collect();
            if text.chars().count() > 60 {
                short.push('…');
            }
            short
        };
        let mut out: Vec<(usize, String)> = t
            .skipped
            .iter()
            .filter(|s| s.kind == super::SkipKind::Title)
            .map(|s| (s.line, s.text.chars().take(60).collect()))
            .collect();
        if t.header_line > 0 {
            out.push((t.header_line, row_text(&t.headers)));
        }
        out.extend(t.rows.iter().take(3).map(|r| (r.line, row_text(&r.cells))));
        out
    }
}

/// The phases a worker reports progress in.
pub const READ: &str = "read";
pub const VALIDATE: &str = "validate";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Reply {
    Ready,
    Progress {
        /// `READ`, `VALIDATE`, or the page's own "save".
        phase: String,
        done: usize,
        total: usize,
    },
    Table(Summary),
    Report {
        report: Report,
        /// The report's records were sent before it, right after the validation done ahead
        /// (`Command::Read::ahead`) that this report is: the page keeps them, and none follow.
        /// Otherwise the records of a report without errors follow it.
        #[serde(default)]
        records_sent: bool,
    },
    Error {
        error: ReadError,
    },
}
