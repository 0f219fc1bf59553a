//! Exports for Excel and for re-import: CSV in UTF-8 with BOM and CRLF (Japanese Excel opens it
//! correctly), with every cell that Excel would read as a formula neutralised.
//!
//! Column headers come from the caller (`ExportText`), so they follow the UI language.

use crate::catalog::Catalog;
use crate::gap::GapReport;
use crate::level::Priority;
use crate::matching::{exclusions, explain, rank, Exclusion, ProfileIndex, Query};
use crate::profile::{Coverage, DaysBand, PeriodBand, Profile, ProfileRecord};
use crate::text::{pick, Lang};

/// A cell as Excel must not execute it: text starting with = + - @ (or a tab/CR that hides
/// one) gets a leading apostrophe, which Excel shows as plain text.
pub fn neutralise(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r' | '＝' | '＋' | '－' | '＠') => {
            format!("'{cell}").into()
        }
        _ => cell.into(),
    }
}

fn quote(cell: &str) -> String {
    let cell = neutralise(cell);
    if cell.contains([',', '"', '\n', '\r']) || cell.starts_with(' ') || cell.ends_with(' ') {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.into_owned()
    }
}

/// Rows to CSV for Excel: BOM, CRLF, quoted where needed, formulas neutralised.
pub fn to_csv(rows: &[Vec<String>]) -> String {
    let mut out = String::from("\u{FEFF}");
    for row in rows {
        out.push_str(&row.iter().map(|c| quote(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

/// Fixed wording of export headers and values, supplied by the UI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportText {
    Rank,
    Id,
    Score,
    /// Column header for the band.
    BandHeader,
    Band(crate::matching::Band),
    Status,
    Feasible,
    Excluded,
    Programme,
    Personas,
    Base,
    Coverage,
    Nationwide,
    Modes,
    Onsite,
    Online,
    GapsClosed,
    GapsLeft,
    Reasons,
    Exclusion(Exclusion),
    Category,
    Subcategory,
    Item,
    Code,
    Priority(Priority),
    PriorityHeader,
    Need,
    Have,
    NotEntered,
    Gap,
}

/// The whole ranking (every feasible profile, best first) followed by the excluded profiles
/// with their reasons.
pub fn ranking_csv(
    cat: &Catalog,
    profiles: &[Profile],
    ix: &ProfileIndex,
    q: &Query,
    lang: Lang,
    t: &dyn Fn(ExportText) -> String,
) -> String {
    let p = |ja: &str, en: &str| pick(lang, ja, en).to_owned();
    let sep = if lang == Lang::Ja { "、" } else { "; " };
    let item = |i: crate::standard::ItemIdx| {
        let it = cat.standard.item(i);
        p(&it.ja, &it.en)
    };
    let mut rows = vec![vec![
        t(ExportText::Rank),
        t(ExportText::Id),
        t(ExportText::Score),
        t(ExportText::BandHeader),
        t(ExportText::Status),
        t(ExportText::Programme),
        t(ExportText::Personas),
        t(ExportText::Base),
        t(ExportText::Coverage),
        t(ExportText::Modes),
        t(ExportText::GapsClosed),
        t(ExportText::GapsLeft),
        t(ExportText::Reasons),
    ]];
    let facts = |pr: &Profile| {
        let prog = cat
            .programmes
            .get(&pr.programme)
            .map_or(String::new(), |g| p(&g.ja, &g.en));
        let personas: Vec<String> = pr
            .personas
            .iter()
            .filter_map(|id| cat.presets.persona(id))
            .map(|x| p(&x.ja, &x.en))
            .collect();
        let base = cat
            .geography
            .prefecture(pr.base_prefecture.unwrap_or(0))
            .map_or(String::new(), |x| p(&x.name, &x.name_en));
        let coverage = match &pr.coverage {
            Coverage::Nationwide => t(ExportText::Nationwide),
            Coverage::Regions { ids } => ids
                .iter()
                .filter_map(|id| cat.geography.regions.iter().find(|r| &r.id == id))
                .map(|r| p(&r.ja, &r.en))
                .collect::<Vec<_>>()
                .join(sep),
            Coverage::Prefectures { codes } => codes
                .iter()
                .filter_map(|c| cat.geography.prefecture(*c))
                .map(|x| p(&x.name, &x.name_en))
                .collect::<Vec<_>>()
                .join(sep),
        };
        let mut modes = Vec::new();
        if pr.modes.onsite {
            modes.push(t(ExportText::Onsite));
        }
        if pr.modes.online {
            modes.push(t(ExportText::Online));
        }
        (prog, personas.join(sep), base, coverage, modes.join(sep))
    };
    let ranking = rank(ix, q, usize::MAX);
    for (n, m) in ranking.top.iter().enumerate() {
        let pr = &profiles[m.profile as usize];
        let e = explain(cat, ix, q, m.profile as usize);
        let (prog, personas, base, coverage, modes) = facts(pr);
        rows.push(vec![
            (n + 1).to_string(),
            pr.id.clone(),
            m.score().to_string(),
            t(ExportText::Band(m.band())),
            t(ExportText::Feasible),
            prog,
            personas,
            base,
            coverage,
            modes,
            e.closed()
                .map(|c| item(c.item))
                .collect::<Vec<_>>()
                .join(sep),
            e.items
                .iter()
                .filter(|c| !c.is_closed())
                .map(|c| item(c.item))
                .collect::<Vec<_>>()
                .join(sep),
            String::new(),
        ]);
    }
    for pi in ranking.excluded_page(ix, 0, usize::MAX) {
        let pr = &profiles[pi as usize];
        let (prog, personas, base, coverage, modes) = facts(pr);
        let reasons: Vec<String> = exclusions(ix, q, pi as usize)
            .into_iter()
            .map(|e| t(ExportText::Exclusion(e)))
            .collect();
        rows.push(vec![
            String::new(),
            pr.id.clone(),
            String::new(),
            String::new(),
            t(ExportText::Excluded),
            prog,
            personas,
            base,
            coverage,
            modes,
            String::new(),
            String::new(),
            reasons.join(sep),
        ]);
    }
    to_csv(&rows)
}

/// Every needed item with its need, in-house level and gap (biggest gap first).
pub fn gap_csv(
    cat: &Catalog,
    report: &GapReport,
    lang: Lang,
    t: &dyn Fn(ExportText) -> String,
) -> String {
    let p = |ja: &str, en: &str| pick(lang, ja, en).to_owned();
    let mut rows = vec![vec![
        t(ExportText::Category),
        t(ExportText::Subcategory),
        t(ExportText::Item),
        t(ExportText::Code),
        t(ExportText::PriorityHeader),
        t(ExportText::Need),
        t(ExportText::Have),
        t(ExportText::Gap),
    ]];
    for r in report.rows_by_gap() {
        let it = cat.standard.item(r.item);
        let c = &cat.standard.categories[it.category];
        let s = &c.subcategories[it.subcategory];
        rows.push(vec![
            p(&c.ja, &c.en),
            p(&s.ja, &s.en),
            p(&it.ja, &it.en),
            it.id.clone(),
            t(ExportText::Priority(r.priority)),
            r.need.letter().to_string(),
            if r.have_entered {
                r.have.letter().to_string()
            } else {
                t(ExportText::NotEntered)
            },
            r.gap().to_string(),
        ]);
    }
    to_csv(&rows)
}

fn days_label(d: DaysBand) -> &'static str {
    match d {
        DaysBand::Month1OrLess => "月1日以下",
        DaysBand::Month2To3 => "月2～3日程度",
        DaysBand::Week1To2 => "週1～2日程度",
        DaysBand::Week3Plus => "週3日以上",
    }
}

fn period_label(p: PeriodBand) -> &'static str {
    match p {
        PeriodBand::UnderOneYear => "1年未満",
        PeriodBand::OneToThreeYears => "1～3年",
        PeriodBand::ThreeYearsOrMore => "3年以上",
    }
}

/// The 「記入方法」 sheet of the Excel template: each column of the template, how to fill it
/// in, and the values the importer understands (from the catalogue, so it never drifts).
pub fn template_guide(cat: &Catalog) -> Vec<Vec<String>> {
    let join = |v: Vec<&str>| v.join("、");
    let p = &cat.presets;
    let row = |a: &str, b: &str, c: String| vec![a.to_owned(), b.to_owned(), c];
    vec![
        row("列", "書き方", "使える値".into()),
        row(
            "登録番号",
            "リストの中で重複しない番号。氏名・メールアドレス・電話番号は入れないでください",
            "P-0001 など".into(),
        ),
        row(
            "制度",
            "制度の名前（空欄なら取り込み時に選んだ制度）",
            join(cat.programmes.programmes.iter().map(|x| x.ja.as_str()).collect()),
        ),
        row(
            "人材像",
            "複数は「、」で区切る",
            join(p.personas.iter().map(|x| x.ja.as_str()).collect()),
        ),
        row(
            "専門分野",
            "複数は「、」で区切る",
            join(p.domains.iter().map(|x| x.ja.as_str()).collect()),
        ),
        row(
            "所属",
            "所属の種別（組織名は入れない）",
            join(p.affiliations.iter().map(|x| x.ja.as_str()).collect()),
        ),
        row("活動拠点", "都道府県名", "北海道、青森県 … 沖縄県".into()),
        row(
            "対応地域",
            "現地で対応できる地域。「全国」、区域、都道府県名を「、」で区切る",
            format!(
                "全国、{}",
                join(
                    cat.geography
                        .regions
                        .iter()
                        .map(|r| r.ja.as_str())
                        .collect()
                )
            ),
        ),
        row("支援の形", "", "現地・オンライン、現地、オンライン".into()),
        row(
            "勤務可能日数",
            "空欄可",
            join(
                [
                    DaysBand::Month1OrLess,
                    DaysBand::Month2To3,
                    DaysBand::Week1To2,
                    DaysBand::Week3Plus,
                ]
                .map(days_label)
                .to_vec(),
            ),
        ),
        row(
            "期間",
            "空欄可",
            join(
                [
                    PeriodBand::UnderOneYear,
                    PeriodBand::OneToThreeYears,
                    PeriodBand::ThreeYearsOrMore,
                ]
                .map(period_label)
                .to_vec(),
            ),
        ),
        row("実務経験年数", "数字（「年」を付けても可）", "15".into()),
        row(
            "保有資格",
            "複数は「、」で区切る。空欄可",
            join(p.qualifications.iter().map(|x| x.ja.as_str()).collect()),
        ),
        row("支援実績", "件数。空欄可", "12".into()),
        row(
            "プロフィール",
            "経歴や得意分野。個人を特定できることは書かないでください（メールアドレス・電話番号などは取り込み時に削除されます）",
            String::new(),
        ),
        row(
            "スキル項目（49列）",
            "DX推進スキル標準の共通スキルリストの項目ごとのレベル。a が最も高く d まで、z または空欄はなし",
            "a、b、c、d、z".into(),
        ),
    ]
}

/// Profiles in the import template's format (Japanese headers the importer recognises, one
/// column per skill item): the CSV template for publishers, and a round trip of any list.
pub fn profiles_csv(cat: &Catalog, records: &[ProfileRecord]) -> String {
    let mut header: Vec<String> = [
        "登録番号",
        "制度",
        "人材像",
        "専門分野",
        "所属",
        "活動拠点",
        "対応地域",
        "支援の形",
        "勤務可能日数",
        "期間",
        "実務経験年数",
        "保有資格",
        "支援実績",
        "プロフィール",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    header.extend(cat.standard.items().iter().map(|i| i.ja.clone()));
    let mut rows = vec![header];
    for r in records {
        let names = |ids: &[String], f: &dyn Fn(&str) -> Option<String>| {
            ids.iter()
                .filter_map(|i| f(i))
                .collect::<Vec<_>>()
                .join("、")
        };
        let coverage = match &r.coverage {
            Coverage::Nationwide => "全国".to_owned(),
            // 「地方」 keeps an area apart from a prefecture of the same name (北海道, 沖縄).
            Coverage::Regions { ids } => names(ids, &|id| {
                cat.geography
                    .regions
                    .iter()
                    .find(|g| g.id == id)
                    .map(|g| format!("{}地方", g.ja))
            }),
            Coverage::Prefectures { codes } => codes
                .iter()
                .filter_map(|c| cat.geography.prefecture(*c))
                .map(|p| p.name.clone())
                .collect::<Vec<_>>()
                .join("、"),
        };
        let modes = match (r.modes.onsite, r.modes.online) {
            (true, true) => "現地・オンライン",
            (true, false) => "現地",
            (false, true) => "オンライン",
            (false, false) => "",
        };
        let mut row = vec![
            r.id.clone(),
            cat.programmes
                .get(&r.programme)
                .map_or(r.programme.clone(), |p| p.ja.clone()),
            names(&r.personas, &|id| {
                cat.presets.persona(id).map(|p| p.ja.clone())
            }),
            names(&r.domains, &|id| {
                cat.presets.domain(id).map(|d| d.ja.clone())
            }),
            cat.presets
                .affiliation(&r.affiliation)
                .map_or(String::new(), |a| a.ja.clone()),
            cat.geography
                .prefecture(r.base_prefecture.unwrap_or(0))
                .map_or(String::new(), |p| p.name.clone()),
            coverage,
            modes.to_owned(),
            r.days.map_or("", days_label).to_owned(),
            r.period.map_or("", period_label).to_owned(),
            r.experience_years.to_string(),
            names(&r.qualifications, &|id| {
                cat.presets.qualification(id).map(|q| q.ja.clone())
            }),
            r.track_record.to_string(),
            r.summary_ja.clone(),
        ];
        // A level that is not simply declared says so (「c（推定）」), so that a list exported
        // and imported again keeps where its levels come from.
        row.extend(cat.standard.items().iter().map(|i| {
            let level = r.skills.get(&i.id).unwrap_or_default().to_owned();
            match r.basis.get(&i.id) {
                Some(crate::profile::Basis::Inferred) => format!("{level}（推定）"),
                Some(crate::profile::Basis::Confirmed) => format!("{level}（確認済み）"),
                _ => level,
            }
        }));
        rows.push(row);
    }
    to_csv(&rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_that_excel_would_run_are_neutralised() {
        assert_eq!(neutralise("=1+1"), "'=1+1");
        assert_eq!(neutralise("+81"), "'+81");
        assert_eq!(neutralise("-2"), "'-2");
        assert_eq!(neutralise("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(neutralise("\t=cmd"), "'\t=cmd");
        assert_eq!(neutralise("＝HYPERLINK()"), "'＝HYPERLINK()");
        assert_eq!(neutralise("札幌市"), "札幌市");
        let csv = to_csv(&[
            vec![
                "a,b".into(),
                "say \"hi\"".into(),
                "=cmd|'/c calc'!A0".into(),
            ],
            vec!["x".into()],
        ]);
        assert_eq!(
            csv,
            "\u{FEFF}\"a,b\",\"say \"\"hi\"\"\",'=cmd|'/c calc'!A0\r\nx\r\n"
        );
    }
}
