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

/// Calls `with` on `s` folded: in a buffer on the stack when it is short, so that reading the
/// many short cells of a list allocates nothing.
pub fn with_folded<R>(s: &str, with: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 128];
    let mut n = 0;
    for c in s.chars().filter_map(fold_char) {
        let end = n + c.len_utf8();
        if end > buf.len() {
            return with(&fold(s));
        }
        c.encode_utf8(&mut buf[n..end]);
        n = end;
    }
    match std::str::from_utf8(&buf[..n]) {
        Ok(f) => with(f),
        Err(_) => with(&fold(s)),
    }
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
    let (found, rest) = NameFinder::new(names).find(cell);
    (found, rest.into_iter().map(str::to_owned).collect())
}

/// `find_names` with the names prepared once (longest first, as characters), for reading many
/// cells against the same names.
#[derive(Debug, Clone, Default)]
pub struct NameFinder {
    names: Vec<(Vec<char>, usize)>,
}

/// A character of the cell that folds to something, with where it stands.
struct Folded {
    c: char,
    start: usize,
    end: usize,
    /// Only white space between it and a separator (or the cell's edge) after it.
    open_after: bool,
}

impl NameFinder {
    /// `names`: folded names with their indices (empty names are never found).
    pub fn new(names: &[(String, usize)]) -> Self {
        let mut names: Vec<(Vec<char>, usize)> = names
            .iter()
            .filter(|(n, _)| !n.is_empty())
            .map(|(n, i)| (n.chars().collect(), *i))
            .collect();
        // Stable: names of the same length keep their order.
        names.sort_by_key(|(n, _)| std::cmp::Reverse(n.len()));
        NameFinder { names }
    }

    /// See `find_names`; the leftover pieces are slices of the cell.
    pub fn find<'c>(&self, cell: &'c str) -> (Vec<(usize, usize)>, Vec<&'c str>) {
        let mut folded: Vec<Folded> = Vec::with_capacity(cell.len());
        // Where a name may start: a match must stand whole, so no other position can match.
        let mut starts: Vec<usize> = Vec::new();
        let mut open = true;
        let mut unresolved = 0;
        for (i, c) in cell.char_indices() {
            let separator = SEPARATORS.contains(&c);
            if separator || !c.is_whitespace() {
                for f in &mut folded[unresolved..] {
                    f.open_after = separator;
                }
                unresolved = folded.len();
            }
            if let Some(f) = fold_char(c) {
                if open {
                    starts.push(folded.len());
                }
                folded.push(Folded {
                    c: f,
                    start: i,
                    end: i + c.len_utf8(),
                    open_after: true,
                });
            }
            if separator {
                open = true;
            } else if !c.is_whitespace() {
                open = false;
            }
        }
        let mut found: Vec<(usize, usize)> = Vec::new();
        let mut spans: Vec<(usize, usize)> = Vec::new();
        for (pat, id) in &self.names {
            let mut next = 0;
            for &at in &starts {
                let end = at + pat.len();
                if end > folded.len() {
                    break;
                }
                if at < next
                    || !folded[end - 1].open_after
                    || !folded[at..end].iter().map(|x| x.c).eq(pat.iter().copied())
                {
                    continue;
                }
                // Taken: a shorter name inside it is not found again.
                for x in &mut folded[at..end] {
                    x.c = '\u{1}';
                }
                if !found.iter().any(|&(_, i)| i == *id) {
                    found.push((folded[at].start, *id));
                }
                spans.push((folded[at].start, folded[end - 1].end));
                next = end;
            }
        }
        found.sort_unstable();
        spans.sort_unstable();
        let mut rest = Vec::new();
        let mut from = 0;
        for (start, end) in spans.into_iter().chain([(cell.len(), cell.len())]) {
            rest.extend(
                cell[from..start]
                    .split(SEPARATORS)
                    .map(|p| p.trim_matches(|c: char| c.is_whitespace() || c == '\u{3000}'))
                    .filter(|p| !p.is_empty()),
            );
            from = end;
        }
        (found, rest)
    }
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
    fn folding_on_the_stack_gives_what_fold_gives() {
        let long = "ア".repeat(50);
        for s in [
            "",
            " ",
            "サッポロ　Ａ",
            "自治体・\nシステム",
            &long,
            &long[3..],
        ] {
            assert_eq!(with_folded(s, str::to_owned), fold(s), "{s:?}");
        }
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

    /// `find_names` as it was first written (sorting and folding the names on every call),
    /// to check that the prepared finder reads every cell the same way.
    fn find_names_reference(
        cell: &str,
        names: &[(String, usize)],
    ) -> (Vec<(usize, usize)>, Vec<String>) {
        let chars: Vec<char> = cell.chars().collect();
        let offsets: Vec<usize> = cell.char_indices().map(|(i, _)| i).collect();
        let mut folded: Vec<(char, usize)> = chars
            .iter()
            .enumerate()
            .filter_map(|(i, &c)| fold_char(c).map(|f| (f, i)))
            .collect();
        let mut used = vec![false; chars.len()];
        let mut order: Vec<&(String, usize)> =
            names.iter().filter(|(n, _)| !n.is_empty()).collect();
        order.sort_by_key(|n| std::cmp::Reverse(n.0.chars().count()));
        let mut found: Vec<(usize, usize)> = Vec::new();
        for (name, id) in order {
            let pat: Vec<char> = name.chars().collect();
            let mut at = 0;
            while at + pat.len() <= folded.len() {
                let end = at + pat.len();
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

    fn tricky_names() -> Vec<(String, usize)> {
        [
            "防災",
            "防災・減災",
            "DX",
            "自治体DX",
            "テレワーク",
            "自治体システム調達・地域情報プラットフォーム",
            "Code for Japan",
            "AI",
            "生成AI",
            "",
            "観光",
        ]
        .iter()
        .enumerate()
        .map(|(i, n)| (fold(n), i))
        .collect()
    }

    #[test]
    fn the_prepared_finder_reads_tricky_cells_as_before() {
        let names = tricky_names();
        let finder = NameFinder::new(&names);
        for cell in [
            "防災・減災、自治体ＤＸ",
            "防災・\n減災 ／ 観光",
            "  防災　,　DX  ",
            "自治体システム調達・\n地域情報プラットフォーム、テレワークの推進",
            "テレワーク推進・テレワーク",
            "code for japan｜生成ＡＩ|AI",
            "生成AI・AI・ai、AI",
            "防災防災、防\r\n災",
            "\u{1}防災、\u{1}",
            "、、,\n",
            "観光 DX",
            "ＤＸ\u{3000}・\u{3000}ぼうさい",
            "",
        ] {
            let (found, rest) = finder.find(cell);
            let (want_found, want_rest) = find_names_reference(cell, &names);
            assert_eq!(found, want_found, "{cell:?}");
            assert_eq!(rest, want_rest, "{cell:?}");
        }
        // A name that is a prefix of a longer one is not found inside it, only on its own.
        let (found, rest) = finder.find("防災・減災、防災、災害");
        assert_eq!(found, [(0, 1), (18, 0)]);
        assert_eq!(rest, ["災害"]);
    }

    proptest::proptest! {
        #[test]
        fn the_prepared_finder_agrees_with_the_first_one(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "防災", "減災", "・", "、", "\n", " ", "　", "ＤＸ", "自治体", "DX",
                    "テレ", "ワーク", "Code", "for", "Japan", "生成", "AI", "/", "x", "観光",
                    "\r\n", "｜", "の推進",
                ]),
                0..12,
            )
        ) {
            let cell: String = pieces.concat();
            let names = tricky_names();
            let (found, rest) = NameFinder::new(&names).find(&cell);
            let (want_found, want_rest) = find_names_reference(&cell, &names);
            proptest::prop_assert_eq!(found, want_found);
            proptest::prop_assert_eq!(rest, want_rest);
        }
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
