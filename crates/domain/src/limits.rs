//! How large a file the app reads, per kind of file. The page checks a chosen file's size
//! (`File.size`, known without reading it) against these limits before it reads anything, so a
//! file far too large for its purpose is refused at once instead of filling the page's memory.
//!
//! The limits are generous for what the app and the publishers write, measured on the files
//! themselves:
//! - a talent list: the 10,000-row CSV of the benchmark (the template's rows) is about 6.5 MB,
//!   and the worker reads and validates it in a few seconds; 20 MB leaves three times that
//!   (about 30,000 rows), .xlsx and JSON lists of the same people being smaller or similar;
//! - a backup: it holds every list the user imported, about 1 KB per person as stored
//!   (the 340 sample profiles are 348 KB), so a user with several large lists writes tens of
//!   megabytes; 50 MB keeps every backup the app writes in ordinary use restorable (about
//!   50,000 people) while refusing what cannot be one;
//! - a municipality's submission: one assessment is a few kilobytes, a file of the 179 links
//!   of 北海道 about 100 KB; 5 MB is fifty times the largest real case.

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// One megabyte as the user's file manager counts it (Windows Explorer: 1,024 × 1,024 bytes).
pub const MB: u64 = 1024 * 1024;

/// What a chosen file is read as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FileKind {
    /// A talent list to import (CSV, .xlsx, JSON).
    ProfileList,
    /// A backup of the whole work to restore.
    Backup,
    /// A municipality's submission (or a file of links) loaded into the prefecture view.
    Submission,
}

impl FileKind {
    /// The largest file of this kind that is read, in bytes.
    pub const fn max_bytes(self) -> u64 {
        match self {
            FileKind::ProfileList => 20 * MB,
            FileKind::Backup => 50 * MB,
            FileKind::Submission => 5 * MB,
        }
    }

    /// Whether a file of `size` bytes may be read as this kind.
    pub fn check(self, size: u64) -> Result<(), TooLarge> {
        if size > self.max_bytes() {
            Err(TooLarge { kind: self, size })
        } else {
            Ok(())
        }
    }
}

/// A file larger than its kind's limit: refused without being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Error)]
#[error("the file is {size} bytes, more than the {} bytes a {kind:?} may have", kind.max_bytes())]
pub struct TooLarge {
    pub kind: FileKind,
    /// The file's size, in bytes.
    pub size: u64,
}

impl TooLarge {
    pub fn limit(&self) -> u64 {
        self.kind.max_bytes()
    }
}

/// A size in megabytes with one decimal, rounded up so that a file just over a limit never
/// reads as the limit itself ("20.1", not "20.0", for 20 MB and one byte).
pub fn megabytes(bytes: u64) -> String {
    let tenths = bytes.saturating_mul(10).div_ceil(MB);
    format!("{}.{}", tenths / 10, tenths % 10)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_at_the_limit_is_read_one_byte_more_is_not() {
        for kind in [
            FileKind::ProfileList,
            FileKind::Backup,
            FileKind::Submission,
        ] {
            assert_eq!(kind.check(kind.max_bytes()), Ok(()));
            let e = kind.check(kind.max_bytes() + 1).unwrap_err();
            assert_eq!(
                (e.kind, e.size, e.limit()),
                (kind, kind.max_bytes() + 1, kind.max_bytes())
            );
        }
        assert_eq!(FileKind::Submission.check(0), Ok(()));
    }

    #[test]
    fn limits_as_chosen() {
        assert_eq!(FileKind::ProfileList.max_bytes(), 20 * MB);
        assert_eq!(FileKind::Backup.max_bytes(), 50 * MB);
        assert_eq!(FileKind::Submission.max_bytes(), 5 * MB);
    }

    #[test]
    fn sizes_in_megabytes() {
        assert_eq!(megabytes(21 * MB), "21.0");
        assert_eq!(megabytes(20 * MB + 1), "20.1");
        assert_eq!(megabytes(MB / 2), "0.5");
        assert_eq!(megabytes(0), "0.0");
        assert_eq!(megabytes(u64::MAX), megabytes(u64::MAX));
    }
}
