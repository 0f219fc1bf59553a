//! The DSS-P importance scale (a/b/c/d/z) and the need priority.

use serde::{Deserialize, Serialize};
use std::fmt;

/// DSS-P importance step, stored as 0–4 internally (z=0 … a=4) and always shown as its letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
#[repr(u8)]
pub enum Level {
    #[default]
    Z = 0,
    D = 1,
    C = 2,
    B = 3,
    A = 4,
}

impl Level {
    /// All levels from highest to lowest, the order in which the standard lists them.
    pub const ALL_DESC: [Level; 5] = [Level::A, Level::B, Level::C, Level::D, Level::Z];

    pub fn value(self) -> u8 {
        self as u8
    }

    pub fn from_value(v: u8) -> Option<Level> {
        match v {
            0 => Some(Level::Z),
            1 => Some(Level::D),
            2 => Some(Level::C),
            3 => Some(Level::B),
            4 => Some(Level::A),
            _ => None,
        }
    }

    pub fn letter(self) -> char {
        char::from(self.letter_str().as_bytes()[0])
    }

    /// The letter as files write it.
    pub fn letter_str(self) -> &'static str {
        match self {
            Level::A => "a",
            Level::B => "b",
            Level::C => "c",
            Level::D => "d",
            Level::Z => "z",
        }
    }

    /// Accepts the letter in either case, with surrounding white space.
    pub fn from_letter(s: &str) -> Option<Level> {
        match s.trim() {
            "a" | "A" => Some(Level::A),
            "b" | "B" => Some(Level::B),
            "c" | "C" => Some(Level::C),
            "d" | "D" => Some(Level::D),
            "z" | "Z" => Some(Level::Z),
            _ => None,
        }
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.letter())
    }
}

impl Serialize for Level {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.letter_str())
    }
}

impl<'de> Deserialize<'de> for Level {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Level::from_letter(&s).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "level \"{s}\" is out of range (use a, b, c, d or z)"
            ))
        })
    }
}

/// Whether a need is 必須 (required) or あれば望ましい (desirable).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    Required,
    #[default]
    Desirable,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_round_trip_and_order_follows_importance() {
        for l in Level::ALL_DESC {
            assert_eq!(Level::from_letter(&l.letter().to_string()), Some(l));
            assert_eq!(Level::from_value(l.value()), Some(l));
        }
        assert!(
            Level::A > Level::B
                && Level::B > Level::C
                && Level::C > Level::D
                && Level::D > Level::Z
        );
        assert_eq!(Level::from_letter(" B "), Some(Level::B));
        assert_eq!(Level::from_letter("e"), None);
        assert_eq!(Level::from_value(5), None);
    }

    #[test]
    fn serde_uses_letters_and_rejects_unknown() {
        assert_eq!(serde_json::to_string(&Level::C).unwrap(), "\"c\"");
        assert_eq!(serde_json::from_str::<Level>("\"a\"").unwrap(), Level::A);
        let err = serde_json::from_str::<Level>("\"x\"").unwrap_err();
        assert!(err.to_string().contains("out of range"), "{err}");
    }
}
