//! Which text encoding a file uses: UTF-8 (with or without BOM) or Shift_JIS, the legacy
//! encoding of Japanese Excel files.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Encoding {
    Utf8,
    Utf8Bom,
    ShiftJis,
}

impl Encoding {
    /// The label `TextDecoder` understands.
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 | Encoding::Utf8Bom => "utf-8",
            Encoding::ShiftJis => "shift_jis",
        }
    }
}

/// UTF-8 with BOM if it starts with one; UTF-8 if the bytes are valid UTF-8; otherwise
/// Shift_JIS (the user can override the guess).
pub fn detect_encoding(bytes: &[u8]) -> Encoding {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        Encoding::Utf8Bom
    } else if std::str::from_utf8(bytes).is_ok() {
        Encoding::Utf8
    } else {
        Encoding::ShiftJis
    }
}

/// True when the bytes look like a binary file rather than text (NUL bytes early on).
pub fn looks_binary(bytes: &[u8]) -> bool {
    bytes.iter().take(8192).any(|&b| b == 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_bom_utf8_and_shift_jis() {
        assert_eq!(detect_encoding(b"\xEF\xBB\xBFid,name"), Encoding::Utf8Bom);
        assert_eq!(
            detect_encoding("人材像,活動拠点".as_bytes()),
            Encoding::Utf8
        );
        // 「人材」 in Shift_JIS
        assert_eq!(
            detect_encoding(&[0x90, 0x6C, 0x8D, 0xDE]),
            Encoding::ShiftJis
        );
        assert!(looks_binary(b"PK\x03\x04\x00\x00"));
        assert!(!looks_binary("a,b\n1,2".as_bytes()));
    }
}
