//! Typed errors of the domain crate. The UI renders them as messages; nothing here panics.

use thiserror::Error;

/// A problem found while loading or validating a data file (built-in or supplied by a publisher).
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum DataError {
    #[error("{file}: not valid JSON at line {line}, column {column}: {message}")]
    Json {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
    #[error("{file}: line {line}: {message}")]
    Csv {
        file: String,
        line: usize,
        message: String,
    },
    #[error("{file}: {context}: unknown skill item id \"{id}\"")]
    UnknownItem {
        file: String,
        context: String,
        id: String,
    },
    #[error("{file}: {context}: level \"{value}\" is out of range (use a, b, c, d or z)")]
    LevelOutOfRange {
        file: String,
        context: String,
        value: String,
    },
    #[error("{file}: duplicate id \"{id}\"")]
    DuplicateId { file: String, id: String },
    #[error("{file}: {context}: unknown {kind} \"{id}\"")]
    UnknownReference {
        file: String,
        context: String,
        kind: &'static str,
        id: String,
    },
    #[error("{file}: {context}: {message}")]
    Invalid {
        file: String,
        context: String,
        message: String,
    },
}

impl DataError {
    pub(crate) fn json(file: &str, e: &serde_json::Error) -> Self {
        DataError::Json {
            file: file.to_owned(),
            line: e.line(),
            column: e.column(),
            message: e.to_string(),
        }
    }

    pub(crate) fn invalid(
        file: &str,
        context: impl Into<String>,
        message: impl Into<String>,
    ) -> Self {
        DataError::Invalid {
            file: file.to_owned(),
            context: context.into(),
            message: message.into(),
        }
    }
}
