//! Reading the values people write in talent lists: levels, prefectures, regions, 人材像,
//! fields, programmes, ways of working, availability, numbers.

use crate::catalog::Catalog;
use crate::level::Level;
use crate::profile::{Coverage, DaysBand, PeriodBand};
use crate::programme::Modes;
use crate::text::fold;

/// Splits a cell holding several values: 、 , ／ / ・ ; and line breaks.
pub fn split_list(s: &str) -> Vec<String> {
    s.split(['、', ',', '，', '／', '/', ';', '；', '\n', '|'])
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect()
}

/// a/b/c/d/z (any width or case, optionally after 「レベル」), or 0–4.
pub fn level(s: &str) -> Option<Level> {
    let f = fold(s);
    let f = f
        .trim_start_matches("れべる")
        .trim_start_matches("level")
        .trim();
    Level::from_letter(f).or_else(|| f.parse::<u8>().ok().and_then(Level::from_value))
}

/// A prefecture by name (with or without 都道府県), English name, code 1–47 or 6-digit code.
pub fn prefecture(cat: &Catalog, s: &str) -> Option<u8> {
    let f = fold(s);
    if f.is_empty() {
        return None;
    }
    if let Ok(n) = f.parse::<u32>() {
        if (1..=47).contains(&n) && f.len() <= 2 {
            return Some(n as u8);
        }
        return cat
            .geography
            .prefectures
            .iter()
            .find(|p| p.lgcode == n)
            .map(|p| p.code);
    }
    cat.geography
        .prefectures
        .iter()
        .find(|p| {
            fold(&p.name) == f || fold(&p.short) == f || fold(&p.name_en) == f || fold(&p.kana) == f
        })
        .map(|p| p.code)
}

/// A 総合通信局 area by name (「関東」「関東地方」「関東総合通信局」) or id.
pub fn region<'a>(cat: &'a Catalog, s: &str) -> Option<&'a crate::geo::Region> {
    let f = fold(s);
    let f = f.trim_end_matches("地方").trim_end_matches("地域");
    cat.geography.regions.iter().find(|r| {
        fold(&r.ja) == f || fold(&r.id) == f || fold(&r.en) == f || fold(&r.bureau_ja) == f
    })
}

/// 「全国」, areas, prefectures, or a mix (areas expanded into their prefectures).
pub fn coverage(cat: &Catalog, s: &str) -> Result<Option<Coverage>, String> {
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
        if let Some(c) = prefecture(cat, p) {
            prefs.push(c);
        } else if let Some(r) = region(cat, p) {
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

/// 現地 / オンライン / both, from the words people use.
pub fn modes(s: &str) -> Option<Modes> {
    let f = fold(s);
    if f.is_empty() {
        return None;
    }
    let both = ["両方", "どちらも", "いずれも", "both"]
        .iter()
        .any(|k| f.contains(&fold(k)));
    let onsite = both
        || ["現地", "対面", "訪問", "派遣", "onsite", "on-site", "常駐"]
            .iter()
            .any(|k| f.contains(&fold(k)));
    let online = both
        || ["おんらいん", "りもーと", "web", "online", "remote", "遠隔"]
            .iter()
            .any(|k| f.contains(&fold(k)));
    (onsite || online).then_some(Modes { onsite, online })
}

/// The 人材プール registration bands, or 常勤 (full time).
pub fn days(s: &str) -> Option<DaysBand> {
    let f = fold(s);
    if f.is_empty() {
        return None;
    }
    let has = |k: &str| f.contains(&fold(k));
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

/// Finds an entry by id, Japanese or English name, or (for longer texts) a name containing the
/// text or contained in it — e.g. 「フロントヤード」 for 自治体フロントヤード改革.
pub fn lookup<'a, T>(
    items: &'a [T],
    s: &str,
    names: impl Fn(&T) -> [&str; 3],
    aliases: &[(&str, &'a str)],
    id: impl Fn(&T) -> &str,
) -> Option<&'a T> {
    let f = fold(s);
    if f.is_empty() {
        return None;
    }
    if let Some((_, target)) = aliases.iter().find(|(a, _)| fold(a) == f) {
        return items.iter().find(|x| id(x) == *target);
    }
    items
        .iter()
        .find(|x| names(x).iter().any(|n| fold(n) == f))
        .or_else(|| {
            (f.chars().count() >= 2)
                .then(|| {
                    items.iter().find(|x| {
                        names(x).iter().any(|n| {
                            !n.is_empty() && (fold(n).contains(&f) || f.contains(&fold(n)))
                        })
                    })
                })
                .flatten()
        })
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
        assert_eq!(level("Ｂ"), Some(Level::B));
        assert_eq!(level("レベルa"), Some(Level::A));
        assert_eq!(level("3"), Some(Level::B));
        assert_eq!(level("5"), None);
        assert_eq!(level("高"), None);
        assert_eq!(prefecture(&cat, "東京都"), Some(13));
        assert_eq!(prefecture(&cat, "東京"), Some(13));
        assert_eq!(prefecture(&cat, "Okinawa"), Some(47));
        assert_eq!(prefecture(&cat, "01"), Some(1));
        assert_eq!(prefecture(&cat, "010006"), Some(1));
        assert_eq!(prefecture(&cat, "江戸"), None);
        assert_eq!(coverage(&cat, "全国").unwrap(), Some(Coverage::Nationwide));
        assert_eq!(
            coverage(&cat, "関東地方、東北").unwrap(),
            Some(Coverage::Regions {
                ids: vec!["kanto".into(), "tohoku".into()]
            })
        );
        assert_eq!(
            coverage(&cat, "北海道・青森県").unwrap(),
            Some(Coverage::Prefectures { codes: vec![1, 2] })
        );
        // 北海道 is both an area and a prefecture: the prefecture unless 「地方」 says otherwise.
        assert_eq!(
            coverage(&cat, "北海道／信越").unwrap(),
            Some(Coverage::Prefectures {
                codes: vec![1, 15, 20]
            })
        );
        assert_eq!(
            coverage(&cat, "北海道地方").unwrap(),
            Some(Coverage::Regions {
                ids: vec!["hokkaido".into()]
            })
        );
        assert_eq!(
            coverage(&cat, "東京都／信越").unwrap(),
            Some(Coverage::Prefectures {
                codes: vec![13, 15, 20]
            })
        );
        assert_eq!(coverage(&cat, "火星").unwrap_err(), "火星");
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
        let persona = |s: &str| {
            lookup(
                &cat.presets.personas,
                s,
                |p| [p.id.as_str(), p.ja.as_str(), p.en.as_str()],
                PERSONA_ALIASES,
                |p| p.id.as_str(),
            )
            .map(|p| p.id.as_str())
        };
        assert_eq!(persona("CIO補佐官"), Some("producer"));
        assert_eq!(persona("サービスデザイナー"), Some("service_designer"));
        assert_eq!(persona("engineer"), Some("engineer"));
        assert_eq!(persona("料理人"), None);
        let domain = |s: &str| {
            lookup(
                &cat.presets.domains,
                s,
                |d| [d.id.as_str(), d.ja.as_str(), d.en.as_str()],
                &[],
                |d| d.id.as_str(),
            )
            .map(|d| d.id.as_str())
        };
        assert_eq!(domain("フロントヤード"), Some("front_yard"));
        assert_eq!(domain("防災"), Some("disaster"));
        assert_eq!(domain("宇宙"), None);
    }
}
