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
/// hiragana, ASCII to lower case, and drops white space (both kinds, line breaks included) and
/// the middle dot.
pub fn fold(s: &str) -> String {
    s.chars().filter_map(fold_char).collect()
}

/// `fold` of one character (`None`: dropped).
pub fn fold_char(c: char) -> Option<char> {
    match c {
        ' ' | '\u{3000}' | '\t' | '\n' | '\r' | '・' => None,
        '\u{FF01}'..='\u{FF5E}' => {
            char::from_u32(c as u32 - 0xFEE0).map(|h| h.to_ascii_lowercase())
        }
        '\u{30A1}'..='\u{30F6}' => char::from_u32(c as u32 - 0x60),
        _ => Some(c.to_ascii_lowercase()),
    }
}

/// What joins several values in one cell.
const SEPARATORS: [char; 11] = ['、', ',', '，', ';', '；', '\n', '\r', '|', '/', '／', '・'];

/// Finds known names in a cell that holds several of them, however they are joined (commas,
/// 「・」, line breaks, even a line break inside one name): the longest names first, compared
/// folded, each only where it stands whole between separators (so 「テレワーク」 is not found in
/// 「テレワークの推進」). Gives the indices of the names found, in the order they appear, and the
/// pieces of the cell left over (split at the usual separators), as written. Each name found
/// comes with the byte offset where it starts in the cell.
pub fn find_names(cell: &str, names: &[(String, usize)]) -> (Vec<(usize, usize)>, Vec<String>) {
    let chars: Vec<char> = cell.chars().collect();
    let offsets: Vec<usize> = cell.char_indices().map(|(i, _)| i).collect();
    let mut folded: Vec<(char, usize)> = chars
        .iter()
        .enumerate()
        .filter_map(|(i, &c)| fold_char(c).map(|f| (f, i)))
        .collect();
    let mut used = vec![false; chars.len()];
    let mut order: Vec<&(String, usize)> = names.iter().filter(|(n, _)| !n.is_empty()).collect();
    order.sort_by_key(|n| std::cmp::Reverse(n.0.chars().count()));
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (name, id) in order {
        let pat: Vec<char> = name.chars().collect();
        let mut at = 0;
        while at + pat.len() <= folded.len() {
            let end = at + pat.len();
            // Whole: nothing but white space between the match and a separator or the cell's edge.
            let edge = |from: usize, step: isize| {
                let mut i = from as isize;
                loop {
                    if i < 0 || i as usize >= chars.len() {
                        return true;
                    }
                    let c = chars[i as usize];
                    if SEPARATORS.contains(&c) {
                        return true;
                    }
                    if !c.is_whitespace() {
                        return false;
                    }
                    i += step;
                }
            };
            let whole = || {
                let first = folded[at].1;
                let last = folded[end - 1].1;
                (first == 0 || edge(first - 1, -1)) && edge(last + 1, 1)
            };
            if folded[at..end].iter().map(|x| x.0).eq(pat.iter().copied()) && whole() {
                let first = folded[at].1;
                for x in &mut folded[at..at + pat.len()] {
                    used[x.1] = true;
                    x.0 = '\u{1}';
                }
                if !found.iter().any(|&(_, i)| i == *id) {
                    found.push((offsets[first], *id));
                }
                at += pat.len();
            } else {
                at += 1;
            }
        }
    }
    found.sort_unstable();
    let rest: String = chars
        .iter()
        .zip(&used)
        .map(|(&c, &u)| if u { '\n' } else { c })
        .collect();
    let rest = rest
        .split(SEPARATORS)
        .map(|p| p.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}'))
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect();
    (found, rest)
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
        assert_eq!(
            fold("自治体システム調達・\n地域情報"),
            "自治体しすてむ調達地域情報"
        );
    }

    #[test]
    fn names_are_found_however_the_cell_joins_them() {
        let names: Vec<(String, usize)> = [
            "計画策定支援",
            "自治体システム調達・地域情報プラットフォーム",
            "ネットワークインフラ（Ｗｉ-Ｆｉ／ＬＰＷＡ／光ネットワーク）",
            "防災",
        ]
        .iter()
        .enumerate()
        .map(|(i, n)| (fold(n), i))
        .collect();
        let (found, rest) = find_names(
            "防災, 自治体システム調達・\n地域情報プラットフォーム、ネットワークインフラ（Wi-Fi/LPWA/光ネットワーク）／宇宙・計画策定支援",
            &names,
        );
        assert_eq!(
            found.iter().map(|&(_, i)| i).collect::<Vec<_>>(),
            [3, 1, 2, 0]
        );
        assert_eq!(found[0].0, 0);
        assert_eq!(rest, ["宇宙"]);
        let (found, rest) = find_names("", &names);
        assert!(found.is_empty() && rest.is_empty());
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
