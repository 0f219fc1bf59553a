//! Bilingual text and normalisation used for search.

use serde::{Deserialize, Serialize};

/// The two UI languages. Japanese is the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Ja,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::En => "en",
        }
    }
}

/// Picks the Japanese or English variant of a pair of strings.
pub fn pick<'a>(lang: Lang, ja: &'a str, en: &'a str) -> &'a str {
    match lang {
        Lang::Ja => ja,
        Lang::En if en.is_empty() => ja,
        Lang::En => en,
    }
}

/// A parenthetical in the language's style: "（注）" in Japanese, " (note)" in English.
pub fn paren(lang: Lang, s: &str) -> String {
    match lang {
        Lang::Ja => format!("（{s}）"),
        Lang::En => format!(" ({s})"),
    }
}

/// Folds what users type into one comparable form: full-width ASCII to half-width, katakana to
/// hiragana, ASCII to lower case, and drops white space (both kinds) and the middle dot.
pub fn fold(s: &str) -> String {
    s.chars()
        .filter_map(|c| match c {
            ' ' | '\u{3000}' | '\t' | '・' => None,
            '\u{FF01}'..='\u{FF5E}' => {
                char::from_u32(c as u32 - 0xFEE0).map(|h| h.to_ascii_lowercase())
            }
            '\u{30A1}'..='\u{30F6}' => char::from_u32(c as u32 - 0x60),
            _ => Some(c.to_ascii_lowercase()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_unifies_kana_width_and_case() {
        assert_eq!(fold("サッポロ"), "さっぽろ");
        assert_eq!(fold("０１１００２"), "011002");
        assert_eq!(fold(" Sapporo　市 "), "sapporo市");
        assert_eq!(fold("ヴ"), "ゔ");
    }

    #[test]
    fn parentheticals_follow_the_language() {
        assert_eq!(paren(Lang::Ja, "推定"), "（推定）");
        assert_eq!(paren(Lang::En, "inferred"), " (inferred)");
    }

    #[test]
    fn pick_falls_back_to_japanese_when_english_is_missing() {
        assert_eq!(pick(Lang::En, "札幌", ""), "札幌");
        assert_eq!(pick(Lang::En, "札幌", "Sapporo"), "Sapporo");
        assert_eq!(pick(Lang::Ja, "札幌", "Sapporo"), "札幌");
    }
}
