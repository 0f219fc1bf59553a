//! Reading the values people write in talent lists: levels, prefectures, regions, 人材像,
//! fields, programmes, ways of working, availability, numbers.

use crate::catalog::Catalog;
use crate::level::Level;
use crate::profile::{Coverage, DaysBand, PeriodBand};
use crate::programme::Modes;
use crate::text::fold;
use std::collections::HashMap;

/// Splits a cell holding several values: 、 , ／ / ・ ; and line breaks.
pub fn split_list(s: &str) -> Vec<String> {
    s.split(['、', ',', '，', '／', '/', ';', '；', '\n', '|'])
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

/// a/b/c/d/z (any width or case, optionally after 「レベル」), or 0–4.
pub fn level(s: &str) -> Option<Level> {
    // Most cells are one plain letter or digit: no need to fold (a list has a lot of cells).
    let t = s.trim();
    if t.len() == 1 {
        return Level::from_letter(t).or_else(|| t.parse::<u8>().ok().and_then(Level::from_value));
    }
    let f = fold(s);
    let f = f
        .trim_start_matches("れべる")
        .trim_start_matches("level")
        .trim();
    Level::from_letter(f).or_else(|| f.parse::<u8>().ok().and_then(Level::from_value))
}

/// Names to look values up by, folded once per import instead of once per cell (a 10,000-row
/// list has hundreds of thousands of cells).
pub struct Vocab<'c> {
    cat: &'c Catalog,
    prefectures: HashMap<String, u8>,
    regions: Vec<[String; 4]>,
    pub programmes: Lookup,
    pub personas: Lookup,
    pub domains: Lookup,
    pub affiliations: Lookup,
    pub qualifications: Lookup,
    pub items: Lookup,
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
        let p = &cat.presets;
        Vocab {
            cat,
            prefectures,
            regions: cat
                .geography
                .regions
                .iter()
                .map(|r| [fold(&r.ja), fold(&r.id), fold(&r.en), fold(&r.bureau_ja)])
                .collect(),
            programmes: Lookup::new(
                &cat.programmes.programmes,
                |x| [&x.id, &x.ja, &x.en],
                PROGRAMME_ALIASES,
            ),
            personas: Lookup::new(&p.personas, |x| [&x.id, &x.ja, &x.en], PERSONA_ALIASES),
            domains: Lookup::new(&p.domains, |x| [&x.id, &x.ja, &x.en], &[]),
            affiliations: Lookup::new(&p.affiliations, |x| [&x.id, &x.ja, &x.en], &[]),
            qualifications: Lookup::new(&p.qualifications, |x| [&x.id, &x.ja, &x.en], &[]),
            items: Lookup::new(cat.standard.items(), |x| [&x.id, &x.ja, &x.en], &[]),
        }
    }

    pub fn catalog(&self) -> &'c Catalog {
        self.cat
    }

    /// A prefecture by name (with or without 都道府県), English name, code 1–47 or 6-digit code.
    pub fn prefecture(&self, s: &str) -> Option<u8> {
        let f = fold(s);
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
        self.prefectures.get(&f).copied()
    }

    /// A 総合通信局 area by name (「関東」「関東地方」「関東総合通信局」) or id.
    pub fn region(&self, s: &str) -> Option<&'c crate::geo::Region> {
        let f = fold(s);
        let f = f.trim_end_matches("地方").trim_end_matches("地域");
        let i = self
            .regions
            .iter()
            .position(|names| names.iter().any(|n| n == f))?;
        self.cat.geography.regions.get(i)
    }

    /// 「全国」, areas, prefectures, or a mix (areas expanded into their prefectures).
    pub fn coverage(&self, s: &str) -> Result<Option<Coverage>, String> {
        // Place names never contain 「・」 or spaces, so they separate too here.
        let parts: Vec<String> = split_list(s)
            .iter()
            .flat_map(|p| {
                p.split(['・', ' ', '　'])
                    .map(str::trim)
                    .filter(|x| !x.is_empty())
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
            .collect();
        if parts.is_empty() {
            return Ok(None);
        }
        if parts.iter().any(|p| {
            matches!(
                fold(p).as_str(),
                "全国" | "nationwide" | "全国対応" | "全国対応可能" | "all"
            )
        }) {
            return Ok(Some(Coverage::Nationwide));
        }
        let mut regions = Vec::new();
        let mut prefs = Vec::new();
        for p in &parts {
            // A prefecture's own name wins (「北海道」 is a prefecture; 「北海道地方」 the area).
            if let Some(c) = self.prefecture(p) {
                prefs.push(c);
            } else if let Some(r) = self.region(p) {
                regions.push(r);
            } else {
                return Err(p.clone());
            }
        }
        Ok(Some(if prefs.is_empty() {
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
        }))
    }
}

/// 現地 / オンライン / both, from the words people use.
pub fn modes(s: &str) -> Option<Modes> {
    let f = fold(s);
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
    let f = fold(s);
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
    let f = fold(s);
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
    let f = fold(s);
    let digits: String = f.chars().take_while(|c| c.is_ascii_digit()).collect();
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
    pub fn new<T>(
        items: &[T],
        names: impl Fn(&T) -> [&String; 3],
        aliases: &[(&str, &str)],
    ) -> Self {
        let names: Vec<[String; 3]> = items.iter().map(|x| names(x).map(|n| fold(n))).collect();
        let aliases = aliases
            .iter()
            .filter_map(|(alias, id)| {
                // The id is always the first name.
                let i = names.iter().position(|n| n[0] == fold(id))?;
                Some((fold(alias), i))
            })
            .collect();
        Lookup { names, aliases }
    }

    pub fn find(&self, s: &str) -> Option<usize> {
        let f = fold(s);
        if f.is_empty() {
            return None;
        }
        if let Some((_, i)) = self.aliases.iter().find(|(a, _)| *a == f) {
            return Some(*i);
        }
        self.names
            .iter()
            .position(|ns| ns.contains(&f))
            .or_else(|| {
                (f.chars().count() >= 2)
                    .then(|| {
                        self.names.iter().position(|ns| {
                            ns.iter().any(|n| {
                                !n.is_empty() && (n.contains(&f) || f.contains(n.as_str()))
                            })
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

pub const PROGRAMME_ALIASES: &[(&str, &str)] = &[
    ("アドバイザー", "chiiki_joho_advisor"),
    ("地域情報化", "chiiki_joho_advisor"),
    ("外部人材", "gaibu_jinzai_list"),
    ("外部人材リスト", "gaibu_jinzai_list"),
    ("CIO補佐官", "gaibu_jinzai_list"),
    ("人材プール", "pref_pool"),
    ("アクセラレータ", "pref_pool"),
    ("自治体DXアクセラレータ", "pref_pool"),
    ("起業人", "kigyojin"),
    ("企業版ふるさと納税", "furusato_nozei_jinzai"),
    ("地方創生人材支援制度", "chihososei_jinzai"),
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
        assert_eq!(v.coverage("全国").unwrap(), Some(Coverage::Nationwide));
        assert_eq!(
            v.coverage("関東地方、東北").unwrap(),
            Some(Coverage::Regions {
                ids: vec!["kanto".into(), "tohoku".into()]
            })
        );
        assert_eq!(
            v.coverage("北海道・青森県").unwrap(),
            Some(Coverage::Prefectures { codes: vec![1, 2] })
        );
        // 北海道 is both an area and a prefecture: the prefecture unless 「地方」 says otherwise.
        assert_eq!(
            v.coverage("北海道／信越").unwrap(),
            Some(Coverage::Prefectures {
                codes: vec![1, 15, 20]
            })
        );
        assert_eq!(
            v.coverage("北海道地方").unwrap(),
            Some(Coverage::Regions {
                ids: vec!["hokkaido".into()]
            })
        );
        assert_eq!(
            v.coverage("東京都／信越").unwrap(),
            Some(Coverage::Prefectures {
                codes: vec![13, 15, 20]
            })
        );
        assert_eq!(v.coverage("火星").unwrap_err(), "火星");
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
