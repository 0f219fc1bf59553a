//! Reading the values people write in talent lists: levels, prefectures, regions, 人材像,
//! fields, programmes, ways of working, availability, numbers.

use crate::catalog::Catalog;
use crate::level::Level;
use crate::profile::{Coverage, DaysBand, PeriodBand};
use crate::programme::Modes;
use crate::text::{fold, fold_char, with_folded, NameFinder};
use std::collections::HashMap;

/// Splits a cell holding several values: 、 , ／ / ; | and line breaks (not 「・」, which is
/// also part of names such as 「医療・介護・健康」: see `read_list`).
pub fn split_list(s: &str) -> Vec<String> {
    list_pieces(s).map(str::to_owned).collect()
}

/// `split_list` without copying the pieces.
pub(crate) fn list_pieces(s: &str) -> impl Iterator<Item = &str> {
    s.split(['、', ',', '，', '／', '/', ';', '；', '\n', '\r', '|'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
}

/// Reads a cell of several values as people write them: joined by 、 , ／ / ; or line breaks,
/// or by 「・」 where the whole piece does not name one value (「プロデューサー・エンジニア」, but
/// 「医療・介護・健康」 whole). Gives the values found (each once, in order) and the pieces that
/// named nothing, so that a value read only in part can be reported.
pub fn read_list(cell: &str, find: impl Fn(&str) -> Option<usize>) -> (Vec<usize>, Vec<String>) {
    let mut found = Vec::new();
    let mut unknown = Vec::new();
    let mut add = |i: usize| {
        if !found.contains(&i) {
            found.push(i);
        }
    };
    for part in list_pieces(cell) {
        // 「・」 joins values (「プロジェクトマネージャー・エンジニア」) as often as it sits inside
        // one name (「医療・介護・健康」): read the pieces when any of them names something,
        // else the whole.
        let pieces = part
            .split(['・', '･'])
            .map(str::trim)
            .filter(|p| !p.is_empty());
        if pieces.clone().nth(1).is_some() {
            let read: Vec<(&str, Option<usize>)> = pieces.map(|p| (p, find(p))).collect();
            if read.iter().any(|(_, hit)| hit.is_some()) {
                for (piece, hit) in read {
                    match hit {
                        Some(i) => add(i),
                        None => unknown.push(piece.to_owned()),
                    }
                }
                continue;
            }
        }
        match find(part) {
            Some(i) => add(i),
            None => unknown.push(part.to_owned()),
        }
    }
    (found, unknown)
}

/// 「なし」「特になし」「無」「-」: a cell that says there is nothing.
pub fn says_none(s: &str) -> bool {
    with_folded(s, |f| {
        matches!(
            f,
            "なし" | "特になし" | "無" | "無し" | "-" | "ー" | "―" | "none" | "n/a"
        )
    })
}

/// A yes/no mark as kept in spreadsheets: ○ ◯ 〇 ◎ ● ✓ 可 はい あり … or × ✕ 不可 いいえ なし
/// ー …; `None` for a blank or anything else. Words after the mark (「可（要相談）」) are allowed.
pub fn yes_no(s: &str) -> Option<bool> {
    with_folded(s, yes_no_folded)
}

fn yes_no_folded(f: &str) -> Option<bool> {
    if f.is_empty() {
        return None;
    }
    const NO: [&str; 12] = [
        "×",
        "✕",
        "✖",
        "不可",
        "いいえ",
        "なし",
        "無",
        "no",
        "false",
        "-",
        "ー",
        "―",
    ];
    const YES: [&str; 14] = [
        "○",
        "◯",
        "〇",
        "◎",
        "●",
        "✓",
        "✔",
        "可",
        "はい",
        "あり",
        "有",
        "yes",
        "true",
        "対応可",
    ];
    if NO.iter().any(|k| f.starts_with(k)) || f == "0" || f == "x" {
        Some(false)
    } else if YES.iter().any(|k| f.starts_with(k)) || f == "1" {
        Some(true)
    } else {
        None
    }
}

/// A level with where it comes from, as this app writes it when exporting a list: 「c」,
/// 「c（推定）」 (inferred), 「b（確認済み）」 (confirmed by a user).
pub fn level_with_basis(s: &str) -> Option<(Level, Option<crate::profile::Basis>)> {
    use crate::profile::Basis;
    let t = s.trim();
    for (suffix, basis) in [
        ("（推定）", Basis::Inferred),
        ("(推定)", Basis::Inferred),
        ("（確認済み）", Basis::Confirmed),
        ("(確認済み)", Basis::Confirmed),
        ("(inferred)", Basis::Inferred),
        ("(confirmed)", Basis::Confirmed),
    ] {
        if let Some(rest) = t.strip_suffix(suffix) {
            return level(rest).map(|l| (l, Some(basis)));
        }
    }
    level(t).map(|l| (l, None))
}

/// The kind of an affiliation (vocabulary.json ids) from its name and title as lists write it
/// (「○○市 デジタル推進課長」, 「○○大学 教授」, 「株式会社○○システム 代表取締役」); `None` when the
/// text does not tell.
pub fn affiliation_kind(s: &str) -> Option<&'static str> {
    with_folded(s, |f| affiliation_kind_folded(s, f))
}

fn affiliation_kind_folded(s: &str, f: &str) -> Option<&'static str> {
    if f.is_empty() {
        return None;
    }
    let has = |keys: &[&str]| keys.iter().any(|k| with_folded(k, |k| f.contains(k)));
    if has(&["Code for", "コードフォー", "シビックテック", "civic tech"]) {
        return Some("civictech");
    }
    if has(&[
        "大学",
        "高専",
        "高等専門学校",
        "研究所",
        "研究機構",
        "研究センター",
        "university",
    ]) {
        return Some("university");
    }
    if has(&[
        "特定非営利",
        "NPO",
        "一般社団",
        "一般財団",
        "公益社団",
        "公益財団",
        "協議会",
        "協会",
        "商工会",
    ]) {
        return Some("npo");
    }
    if has(&["コンサル", "総研", "総合研究所", "監査法人"]) {
        return Some("consulting");
    }
    let company = has(&[
        "株式会社",
        "有限会社",
        "合同会社",
        "(株)",
        "㈱",
        "inc.",
        "co.,ltd",
        "corporation",
    ]);
    if company {
        return Some(
            if has(&[
                "システム",
                "ソフト",
                "情報",
                "IT",
                "テクノ",
                "テック",
                "ネット",
                "データ",
                "デジタル",
                "コンピュータ",
                "通信",
                "クラウド",
                "ソリューション",
            ]) {
                "it_company"
            } else {
                "other"
            },
        );
    }
    if has(&[
        "市役所",
        "町役場",
        "村役場",
        "区役所",
        "県庁",
        "都庁",
        "道庁",
        "府庁",
        "市長",
        "町長",
        "村長",
        "教育委員会",
        "広域連合",
        "デジタル推進課",
        "情報政策課",
        "企画課",
    ]) || ["県", "都", "府", "市", "町", "村", "区"].iter().any(|k| {
        s.split([' ', '　', '\n'])
            .next()
            .is_some_and(|w| w.ends_with(k))
    }) {
        return Some("municipal_staff");
    }
    if has(&["フリーランス", "個人事業", "freelance"]) {
        return Some("freelance");
    }
    None
}

/// a/b/c/d/z (any width or case, optionally after 「レベル」), or 0–4.
pub fn level(s: &str) -> Option<Level> {
    // Most cells are one plain letter or digit: no need to fold (a list has a lot of cells).
    let t = s.trim();
    if t.len() == 1 {
        return Level::from_letter(t).or_else(|| t.parse::<u8>().ok().and_then(Level::from_value));
    }
    with_folded(s, |f| {
        let f = f
            .trim_start_matches("れべる")
            .trim_start_matches("level")
            .trim();
        Level::from_letter(f).or_else(|| f.parse::<u8>().ok().and_then(Level::from_value))
    })
}

/// Names to look values up by, folded once per import instead of once per cell (a 10,000-row
/// list has hundreds of thousands of cells).
pub struct Vocab<'c> {
    cat: &'c Catalog,
    prefectures: HashMap<String, u8>,
    /// Folded full and short names of the prefectures, and the municipalities of two
    /// characters or more, in the geography's order (for `prefecture_of_place`).
    prefecture_names: Vec<(String, u8)>,
    prefecture_shorts: Vec<(String, u8)>,
    municipalities: Vec<(String, u8)>,
    regions: Vec<[String; 4]>,
    pub programmes: Lookup,
    pub personas: Lookup,
    pub domains: Lookup,
    pub affiliations: Lookup,
    pub qualifications: Lookup,
    pub items: Lookup,
    /// The crosswalk's field tags (and aliases), for `NameFinder::find`.
    pub tags: NameFinder,
}

impl<'c> Vocab<'c> {
    pub fn new(cat: &'c Catalog) -> Self {
        let mut prefectures = HashMap::new();
        for p in &cat.geography.prefectures {
            for n in [&p.name, &p.short, &p.name_en, &p.kana] {
                // The first prefecture with a name keeps it, as a search in order would.
                prefectures.entry(fold(n)).or_insert(p.code);
            }
        }
        let geo = &cat.geography;
        let p = &cat.presets;
        Vocab {
            cat,
            prefectures,
            prefecture_names: geo
                .prefectures
                .iter()
                .map(|p| (fold(&p.name), p.code))
                .collect(),
            prefecture_shorts: geo
                .prefectures
                .iter()
                .map(|p| (fold(&p.short), p.code))
                .collect(),
            municipalities: geo
                .municipalities
                .iter()
                .filter(|m| m.name.chars().count() >= 2)
                .map(|m| (fold(&m.name), m.pref))
                .collect(),
            regions: cat
                .geography
                .regions
                .iter()
                .map(|r| [fold(&r.ja), fold(&r.id), fold(&r.en), fold(&r.bureau_ja)])
                .collect(),
            // Programmes carry the other names lists use for them (programmes.json `aliases`).
            programmes: Lookup::new(
                &cat.programmes.programmes,
                |x| [&x.id, &x.ja, &x.en],
                cat.programmes
                    .programmes
                    .iter()
                    .flat_map(|p| p.aliases.iter().map(move |a| (a.as_str(), p.id.as_str()))),
            ),
            personas: Lookup::new(
                &p.personas,
                |x| [&x.id, &x.ja, &x.en],
                PERSONA_ALIASES.iter().copied(),
            ),
            domains: Lookup::new(&p.domains, |x| [&x.id, &x.ja, &x.en], []),
            affiliations: Lookup::new(&p.affiliations, |x| [&x.id, &x.ja, &x.en], []),
            qualifications: Lookup::new(
                &p.qualifications,
                |x| [&x.id, &x.ja, &x.en],
                QUALIFICATION_ALIASES.iter().copied(),
            ),
            items: Lookup::new(cat.standard.items(), |x| [&x.id, &x.ja, &x.en], []),
            tags: NameFinder::new(cat.crosswalk.tag_names()),
        }
    }

    pub fn catalog(&self) -> &'c Catalog {
        self.cat
    }

    /// A prefecture by name (with or without 都道府県), English name, code 1–47 or 6-digit code.
    pub fn prefecture(&self, s: &str) -> Option<u8> {
        with_folded(s, |f| self.prefecture_folded(f))
    }

    /// `prefecture` of a folded text.
    fn prefecture_folded(&self, f: &str) -> Option<u8> {
        if f.is_empty() {
            return None;
        }
        if let Ok(n) = f.parse::<u32>() {
            if (1..=47).contains(&n) && f.len() <= 2 {
                return Some(n as u8);
            }
            return self
                .cat
                .geography
                .prefectures
                .iter()
                .find(|p| p.lgcode == n)
                .map(|p| p.code);
        }
        self.prefectures.get(f).copied()
    }

    /// A prefecture named at the start of a place (「東京都千代田区」「札幌市」 → its
    /// prefecture): the prefecture's full name, or a municipality of that name, or the short
    /// name followed by more text.
    pub fn prefecture_of_place(&self, s: &str) -> Option<u8> {
        with_folded(s, |f| self.prefecture_of_place_folded(f))
    }

    /// `prefecture_of_place` of a folded text.
    fn prefecture_of_place_folded(&self, f: &str) -> Option<u8> {
        if let Some(p) = self.prefecture_folded(f) {
            return Some(p);
        }
        let longest = |names: &[(String, u8)]| {
            names
                .iter()
                .filter(|(n, _)| !n.is_empty() && f.starts_with(n.as_str()))
                .max_by_key(|(n, _)| n.len())
                .map(|&(_, c)| c)
        };
        longest(&self.prefecture_names)
            .or_else(|| {
                // A municipality named alone: only when no other has the same name.
                let mut hits = self
                    .municipalities
                    .iter()
                    .filter(|(n, _)| f.starts_with(n.as_str()));
                let (_, first) = hits.next()?;
                hits.all(|(_, p)| p == first).then_some(*first)
            })
            .or_else(|| longest(&self.prefecture_shorts))
    }

    /// A 総合通信局 area by name (「関東」「関東地方」「関東総合通信局」) or id.
    pub fn region(&self, s: &str) -> Option<&'c crate::geo::Region> {
        with_folded(s, |f| self.region_folded(f))
    }

    /// `region` of a folded text.
    fn region_folded(&self, f: &str) -> Option<&'c crate::geo::Region> {
        let f = f.trim_end_matches("地方").trim_end_matches("地域");
        let i = self
            .regions
            .iter()
            .position(|names| names.iter().any(|n| n == f))?;
        self.cat.geography.regions.get(i)
    }

    /// 「全国」, areas, prefectures, or a mix (areas expanded into their prefectures), as
    /// registration forms and spreadsheets write them: 「近畿一円」, 「県内」 (the person's base),
    /// 「○○県・近隣県」 (that prefecture and those next to it). Pieces that name no place are
    /// given back so that the report can say the value was read in part.
    pub fn coverage(&self, s: &str, base: Option<u8>) -> CoverageRead {
        // Place names never contain 「・」 or spaces, so they separate too here.
        let parts: Vec<&str> = list_pieces(s)
            .flat_map(|p| {
                p.split(['・', '･', ' ', '　', '及', '、'])
                    .map(str::trim)
                    .filter(|x| !x.is_empty())
            })
            .collect();
        let mut read = CoverageRead::default();
        if parts.is_empty() {
            return read;
        }
        // The pieces folded, one after the other in one string.
        let mut all = String::with_capacity(s.len());
        let ends: Vec<usize> = parts
            .iter()
            .map(|p| {
                all.extend(p.chars().filter_map(fold_char));
                all.len()
            })
            .collect();
        let folded: Vec<&str> = std::iter::once(0)
            .chain(ends.iter().copied())
            .zip(&ends)
            .map(|(a, &b)| &all[a..b])
            .collect();
        let is = |f: &str, words: &[&str]| words.contains(&f);
        if folded.iter().any(|f| is(f, &NATIONWIDE)) {
            read.coverage = Some(Coverage::Nationwide);
            return read;
        }
        if folded.iter().all(|f| is(f, &OPEN)) {
            return read;
        }
        let mut regions = Vec::new();
        let mut prefs: Vec<u8> = Vec::new();
        let mut wants_near = false;
        let mut wants_own = false;
        for (p, f) in parts.iter().zip(&folded) {
            let trimmed = ["一円", "全域", "のみ", "周辺", "近郊", "全体"]
                .iter()
                .fold(*p, |t, s| t.trim_end_matches(s));
            // Folding goes character by character: the folded `trimmed` starts `f`.
            let trimmed_len = trimmed
                .chars()
                .filter_map(fold_char)
                .map(char::len_utf8)
                .sum();
            let trimmed = &f[..trimmed_len];
            if is(f, &OPEN) {
                continue;
            } else if is(f, &NEAR) {
                wants_near = true;
            } else if is(f, &OWN) {
                wants_own = true;
            } else if let Some(c) = self.prefecture_folded(trimmed) {
                // A prefecture's own name wins (「北海道」 is a prefecture; 「北海道地方」 the area).
                prefs.push(c);
            } else if let Some(r) = self.region_folded(trimmed) {
                regions.push(r);
            } else if let Some(c) = self.prefecture_of_place_folded(trimmed) {
                // A city (「神戸市周辺」): the prefecture it is in.
                prefs.push(c);
            } else {
                read.unknown.push((*p).to_owned());
            }
        }
        let anchors: Vec<u8> = if prefs.is_empty() {
            base.into_iter().collect()
        } else {
            prefs.clone()
        };
        if (wants_near || wants_own) && anchors.is_empty() {
            // 「県内」 or 「近隣県」 with no place to count from: not read.
            read.unknown.extend(
                parts
                    .iter()
                    .zip(&folded)
                    .filter(|(_, f)| is(f, &NEAR) || is(f, &OWN))
                    .map(|(p, _)| (*p).to_owned()),
            );
        }
        if wants_own {
            prefs.extend(&anchors);
        }
        if wants_near {
            for &a in &anchors {
                prefs.push(a);
                prefs.extend(self.cat.geography.neighbours(a));
            }
            read.relative = true;
        }
        if prefs.is_empty() && regions.is_empty() {
            return read;
        }
        read.coverage = Some(if prefs.is_empty() {
            Coverage::Regions {
                ids: regions.iter().map(|r| r.id.clone()).collect(),
            }
        } else {
            let mut codes: Vec<u8> = regions
                .iter()
                .flat_map(|r| r.prefectures.iter().copied())
                .chain(prefs)
                .collect();
            codes.sort_unstable();
            codes.dedup();
            Coverage::Prefectures { codes }
        });
        read
    }
}

// Words of a coverage cell, written as `fold` gives them (a test checks), so that a folded
// piece is compared with them as they are.
const NATIONWIDE: [&str; 8] = [
    "全国",
    "nationwide",
    "全国対応",
    "全国対応可",
    "全国対応可能",
    "全国可",
    "all",
    "日本全国",
];
const NEAR: [&str; 8] = [
    "近隣県",
    "近県",
    "隣県",
    "近隣",
    "周辺県",
    "近隣都道府県",
    "近隣の県",
    "周辺地域",
];
const OWN: [&str; 7] = ["県内", "都内", "道内", "府内", "管内", "地元", "域内"];
/// Words that say the area is to be agreed: not an area, not an error either.
const OPEN: [&str; 7] = [
    "応相談",
    "相談",
    "要相談",
    "未定",
    "相談に応じて",
    "調整",
    "要調整",
];

/// What a coverage cell said: the area read (if any), the pieces that name no place, and
/// whether 「近隣県」 was expanded (the report says which prefectures it became).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CoverageRead {
    pub coverage: Option<Coverage>,
    pub unknown: Vec<String>,
    pub relative: bool,
}

/// 現地 / オンライン / both, from the words people use.
pub fn modes(s: &str) -> Option<Modes> {
    with_folded(s, modes_folded)
}

fn modes_folded(f: &str) -> Option<Modes> {
    if f.is_empty() {
        return None;
    }
    let both = ["両方", "どちらも", "いずれも", "both"]
        .iter()
        .any(|k| f.contains(k));
    let onsite = both
        || ["現地", "対面", "訪問", "派遣", "onsite", "on-site", "常駐"]
            .iter()
            .any(|k| f.contains(k));
    let online = both
        || ["おんらいん", "りもーと", "web", "online", "remote", "遠隔"]
            .iter()
            .any(|k| f.contains(k));
    (onsite || online).then_some(Modes { onsite, online })
}

/// The 人材プール registration bands, or 常勤 (full time).
pub fn days(s: &str) -> Option<DaysBand> {
    with_folded(s, days_folded)
}

fn days_folded(f: &str) -> Option<DaysBand> {
    if f.is_empty() {
        return None;
    }
    let has = |k: &str| f.contains(k);
    Some(
        if has("常勤") && !has("非常勤") || has("週3") || has("週4") || has("週5") || has("full")
        {
            DaysBand::Week3Plus
        } else if has("週1") || has("週2") {
            DaysBand::Week1To2
        } else if has("月2") || has("月3") || has("月4") {
            DaysBand::Month2To3
        } else if has("月1") || has("月0") {
            DaysBand::Month1OrLess
        } else {
            return None;
        },
    )
}

/// 1年未満 / 1～3年 / 3年以上, or a number of months or years.
pub fn period(s: &str) -> Option<PeriodBand> {
    with_folded(s, period_folded)
}

fn period_folded(f: &str) -> Option<PeriodBand> {
    if f.is_empty() {
        return None;
    }
    if f.contains("未満") {
        return Some(PeriodBand::UnderOneYear);
    }
    if f.contains("以上") && f.contains('3') {
        return Some(PeriodBand::ThreeYearsOrMore);
    }
    if f.contains('～') || f.contains('~') || f.contains("〜") || f.contains('-') {
        return Some(PeriodBand::OneToThreeYears);
    }
    let n: String = f.chars().filter(|c| c.is_ascii_digit()).collect();
    let n: u16 = n.parse().ok()?;
    let months = if f.contains('月') {
        n
    } else {
        n.saturating_mul(12)
    };
    Some(PeriodBand::for_months(months))
}

/// A whole number, allowing 「年」「件」 and the like after it.
pub fn number(s: &str) -> Option<u32> {
    with_folded(s, number_folded)
}

fn number_folded(f: &str) -> Option<u32> {
    let digits = &f[..f.bytes().take_while(u8::is_ascii_digit).count()];
    if digits.is_empty() {
        return None;
    }
    let rest = f[digits.len()..].trim();
    let ok_suffix = rest.is_empty() || ["年", "件", "回", "人", "years", "year"].contains(&rest);
    if !ok_suffix {
        return None;
    }
    digits.parse().ok()
}

/// Finds an entry of one list by id, Japanese or English name, an alias, or (for longer texts)
/// a name containing the text or contained in it — e.g. 「フロントヤード」 for
/// 自治体フロントヤード改革. Gives the entry's index in the list.
pub struct Lookup {
    names: Vec<[String; 3]>,
    aliases: Vec<(String, usize)>,
}

impl Lookup {
    pub fn new<'a, T>(
        items: &[T],
        names: impl Fn(&T) -> [&String; 3],
        aliases: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Self {
        let names: Vec<[String; 3]> = items.iter().map(|x| names(x).map(|n| fold(n))).collect();
        let aliases = aliases
            .into_iter()
            .filter_map(|(alias, id)| {
                // The id is always the first name.
                let i = names.iter().position(|n| n[0] == fold(id))?;
                Some((fold(alias), i))
            })
            .collect();
        Lookup { names, aliases }
    }

    pub fn find(&self, s: &str) -> Option<usize> {
        with_folded(s, |f| self.find_folded(f))
    }

    fn find_folded(&self, f: &str) -> Option<usize> {
        if f.is_empty() {
            return None;
        }
        if let Some((_, i)) = self.aliases.iter().find(|(a, _)| *a == f) {
            return Some(*i);
        }
        self.names
            .iter()
            .position(|ns| ns.iter().any(|n| n == f))
            .or_else(|| {
                (f.chars().count() >= 2)
                    .then(|| {
                        self.names.iter().position(|ns| {
                            ns.iter()
                                .any(|n| !n.is_empty() && (n.contains(f) || f.contains(n.as_str())))
                        })
                    })
                    .flatten()
            })
    }
}

pub const PERSONA_ALIASES: &[(&str, &str)] = &[
    ("CIO補佐官", "producer"),
    ("CIO補佐官等", "producer"),
    ("プロデューサー", "producer"),
    ("PM", "project_manager"),
    ("プロマネ", "project_manager"),
    ("デザイナー", "service_designer"),
    ("UX", "service_designer"),
    ("エンジニア", "engineer"),
    ("SE", "engineer"),
];

/// Short names lists use for the IPA exams.
pub const QUALIFICATION_ALIASES: &[(&str, &str)] = &[
    ("ST", "ipa_st"),
    ("SA", "ipa_sa"),
    ("PM", "ipa_pm"),
    ("NW", "ipa_nw"),
    ("DB", "ipa_db"),
    ("ES", "ipa_es"),
    ("SM", "ipa_sm"),
    ("AU", "ipa_au"),
    ("SC", "ipa_sc"),
    ("情報処理安全確保支援士", "ipa_sc"),
    ("支援士", "ipa_sc"),
    ("AP", "ipa_ap"),
    ("応用情報", "ipa_ap"),
    ("FE", "ipa_fe"),
    ("基本情報", "ipa_fe"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_levels_places_and_ways_of_working() {
        let cat = Catalog::builtin().unwrap();
        let v = Vocab::new(&cat);
        assert_eq!(level("Ｂ"), Some(Level::B));
        assert_eq!(level("レベルa"), Some(Level::A));
        assert_eq!(level("3"), Some(Level::B));
        assert_eq!(level("5"), None);
        assert_eq!(level("高"), None);
        assert_eq!(v.prefecture("東京都"), Some(13));
        assert_eq!(v.prefecture("東京"), Some(13));
        assert_eq!(v.prefecture("Okinawa"), Some(47));
        assert_eq!(v.prefecture("01"), Some(1));
        assert_eq!(v.prefecture("010006"), Some(1));
        assert_eq!(v.prefecture("江戸"), None);
        assert_eq!(
            v.coverage("全国", None).coverage,
            Some(Coverage::Nationwide)
        );
        assert_eq!(
            v.coverage("関東地方、東北", None).coverage,
            Some(Coverage::Regions {
                ids: vec!["kanto".into(), "tohoku".into()]
            })
        );
        assert_eq!(
            v.coverage("北海道・青森県", None).coverage,
            Some(Coverage::Prefectures { codes: vec![1, 2] })
        );
        // 北海道 is both an area and a prefecture: the prefecture unless 「地方」 says otherwise.
        assert_eq!(
            v.coverage("北海道／信越", None).coverage,
            Some(Coverage::Prefectures {
                codes: vec![1, 15, 20]
            })
        );
        assert_eq!(
            v.coverage("北海道地方", None).coverage,
            Some(Coverage::Regions {
                ids: vec!["hokkaido".into()]
            })
        );
        assert_eq!(
            v.coverage("東京都／信越", None).coverage,
            Some(Coverage::Prefectures {
                codes: vec![13, 15, 20]
            })
        );
        assert_eq!(v.coverage("火星", None).unknown, ["火星"]);
        assert_eq!(
            modes("現地・オンライン"),
            Some(Modes {
                onsite: true,
                online: true
            })
        );
        assert_eq!(
            modes("リモートのみ"),
            Some(Modes {
                onsite: false,
                online: true
            })
        );
        assert_eq!(
            modes("どちらも可"),
            Some(Modes {
                onsite: true,
                online: true
            })
        );
        assert_eq!(modes("未定"), None);
        assert_eq!(days("週1～2日程度"), Some(DaysBand::Week1To2));
        assert_eq!(days("常勤"), Some(DaysBand::Week3Plus));
        assert_eq!(days("非常勤（月2日）"), Some(DaysBand::Month2To3));
        assert_eq!(period("1～3年"), Some(PeriodBand::OneToThreeYears));
        assert_eq!(period("3年以上"), Some(PeriodBand::ThreeYearsOrMore));
        assert_eq!(period("6か月"), Some(PeriodBand::UnderOneYear));
        assert_eq!(period("2年"), Some(PeriodBand::OneToThreeYears));
        assert_eq!(number("12年"), Some(12));
        assert_eq!(number("１５"), Some(15));
        assert_eq!(number("約10"), None);
        assert_eq!(split_list("防災、観光/交通"), ["防災", "観光", "交通"]);
    }

    #[test]
    fn coverage_words_are_written_folded() {
        for w in NATIONWIDE.iter().chain(&NEAR).chain(&OWN).chain(&OPEN) {
            assert_eq!(fold(w), *w);
        }
        // So a piece is compared folded, as the words always were.
        let cat = Catalog::builtin().unwrap();
        let v = Vocab::new(&cat);
        assert_eq!(
            v.coverage("ＡＬＬ", None).coverage,
            Some(Coverage::Nationwide)
        );
        let open = v.coverage("要相談、未定", None);
        assert!(open.coverage.is_none() && open.unknown.is_empty());
    }

    #[test]
    fn looks_up_names_aliases_and_partial_names() {
        let cat = Catalog::builtin().unwrap();
        let v = Vocab::new(&cat);
        let persona = |s: &str| {
            v.personas
                .find(s)
                .map(|i| cat.presets.personas[i].id.as_str())
        };
        assert_eq!(persona("CIO補佐官"), Some("producer"));
        assert_eq!(persona("サービスデザイナー"), Some("service_designer"));
        assert_eq!(persona("engineer"), Some("engineer"));
        assert_eq!(persona("料理人"), None);
        let domain = |s: &str| {
            v.domains
                .find(s)
                .map(|i| cat.presets.domains[i].id.as_str())
        };
        assert_eq!(domain("フロントヤード"), Some("front_yard"));
        assert_eq!(domain("防災"), Some("disaster"));
        assert_eq!(domain("宇宙"), None);
    }
}
