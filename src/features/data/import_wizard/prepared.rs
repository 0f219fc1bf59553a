//! The records of a validated list, read by the page a few hundred at a time while the user
//! reads the report, so that importing them only stores them.

use dxm_domain::library::WrittenRecords;
use dxm_domain::profile::ProfileRecord;

/// How many records one task reads (a few milliseconds each).
pub const CHUNK: usize = 1000;

pub struct Prepared {
    written: WrittenRecords,
    read: Vec<ProfileRecord>,
}

impl Prepared {
    pub fn new(written: WrittenRecords) -> Prepared {
        let read = Vec::with_capacity(written.len());
        Prepared { written, read }
    }

    /// Reads up to `n` more records; true once all are read. An error names the record.
    pub fn read_more(&mut self, n: usize) -> Result<bool, String> {
        let from = self.read.len();
        let to = (from + n).min(self.written.len());
        self.read.extend(self.written.read(from..to)?);
        Ok(to == self.written.len())
    }

    /// Every record (the rest read now) and the JSON array they were read from.
    pub fn finish(mut self) -> Result<(Vec<ProfileRecord>, String), String> {
        self.read_more(usize::MAX)?;
        Ok((self.read, self.written.text))
    }
}
