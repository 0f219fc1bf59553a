//! What each column of an imported list means, and automatic suggestions from the header for
//! the common Japanese (and English) column names of talent lists.

use super::pii::PiiKind;
use crate::catalog::Catalog;
use crate::text::fold;
use serde::{Deserialize, Serialize};

/// The meaning given to one column.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "item", rename_all = "snake_case")]
pub enum Field {
    /// Not imported.
    Ignore,
    Id,
    Programme,
    Personas,
    Domains,
    Affiliation,
    BasePrefecture,
    Coverage,
    Modes,
    Days,
    Period,
    Experience,
    Qualifications,
    TrackRecord,
    Summary,
    /// The level of one skill item (by code, e.g. "BT01").
    Skill(String),
    /// Several skills in one cell: "BT01:a, クラウドインフラ活用:b".
    SkillList,
    /// Personal data: never read, never stored.
    Personal(PiiKind),
}

impl Field {
    /// Fields that may be given by one column only.
    pub fn is_single(&self) -> bool {
        !matches!(self, Field::Ignore | Field::Personal(_))
    }
}

/// Header keywords, matched on the folded header (kana, width and case unified).
const PERSONAL: &[(&[&str], PiiKind)] = &[
    (
        &[
            "氏名",
            "名前",
            "おなまえ",
            "ふりがな",
            "ふりかな",
            "name",
            "姓名",
            "担当者名",
        ],
        PiiKind::Name,
    ),
    (&["めーる", "mail", "e-mail"], PiiKind::Email),
    (&["電話", "tel", "phone", "携帯", "fax"], PiiKind::Phone),
    (
        &["住所", "address", "郵便", "〒", "zip", "postal"],
        PiiKind::Address,
    ),
    (
        &[
            "生年月日",
            "誕生日",
            "birth",
            "年齢",
            "age",
            "性別",
            "gender",
        ],
        PiiKind::Birth,
    ),
];

const FIELDS: &[(&[&str], Field)] = &[
    (&["id", "登録番号", "管理番号", "番号", "no."], Field::Id),
    (
        &["制度", "登録区分", "programme", "program"],
        Field::Programme,
    ),
    (
        &["人材像", "人材類型", "類型", "persona", "role"],
        Field::Personas,
    ),
    (
        &[
            "専門分野",
            "取組分野",
            "得意分野",
            "分野",
            "field",
            "domain",
        ],
        Field::Domains,
    ),
    (
        &["所属", "業種", "affiliation", "sector"],
        Field::Affiliation,
    ),
    (
        &[
            "対応地域",
            "対応可能地域",
            "出向可能",
            "派遣可能",
            "対応えりあ",
            "coverage",
            "area",
        ],
        Field::Coverage,
    ),
    (
        &[
            "活動拠点",
            "拠点",
            "所在都道府県",
            "所在地",
            "都道府県",
            "base",
            "prefecture",
        ],
        Field::BasePrefecture,
    ),
    (
        &[
            "支援の形",
            "支援方法",
            "対応方法",
            "派遣形態",
            "現地",
            "おんらいん",
            "mode",
        ],
        Field::Modes,
    ),
    (
        &[
            "勤務可能日数",
            "非常勤日数",
            "稼働日数",
            "日数",
            "勤務形態",
            "days",
            "availability",
        ],
        Field::Days,
    ),
    (&["期間", "任期", "period", "duration"], Field::Period),
    (&["経験年数", "実務経験", "experience"], Field::Experience),
    (
        &["資格", "qualification", "certification"],
        Field::Qualifications,
    ),
    (&["実績", "track"], Field::TrackRecord),
    (
        &[
            "ぷろふぃーる",
            "自己紹介",
            "概要",
            "紹介",
            "備考",
            "summary",
            "profile",
            "note",
        ],
        Field::Summary,
    ),
    (&["すきる", "skill"], Field::SkillList),
];

/// Suggests a field for every header. Personal-data headers are marked so they are never read;
/// a header naming a skill item (code or name) maps to that item; a field already taken by an
/// earlier column is not suggested twice.
pub fn suggest_mapping(headers: &[String], cat: &Catalog) -> Vec<Field> {
    let mut taken: Vec<Field> = Vec::new();
    headers
        .iter()
        .map(|h| {
            let f = suggest_one(h, cat);
            if f.is_single() && taken.contains(&f) {
                Field::Ignore
            } else {
                taken.push(f.clone());
                f
            }
        })
        .collect()
}

/// `suggest_mapping`, then the values: a column full of e-mail addresses or phone numbers is
/// personal data whatever its header says, and is never read.
pub fn suggest_for_table(t: &super::Table, cat: &Catalog) -> Vec<Field> {
    let mut m = suggest_mapping(&t.headers, cat);
    for (c, f) in m.iter_mut().enumerate() {
        if matches!(f, Field::Personal(_)) {
            continue;
        }
        if let Some(k) = super::pii::column_kind(t.rows.iter().map(|r| t.cell(r, c))) {
            *f = Field::Personal(k);
        }
    }
    m
}

fn suggest_one(header: &str, cat: &Catalog) -> Field {
    let full = fold(header);
    // Skill names may themselves hold brackets (「検証（ビジネス視点）」): match them whole first.
    if let Some(it) = cat
        .standard
        .items()
        .iter()
        .find(|it| full == fold(&it.ja) || full == fold(&it.en))
    {
        return Field::Skill(it.id.clone());
    }
    // Drop decorations such as "（必須）" or "[任意]".
    let h: String = full
        .split(['(', '（', '[', '［'])
        .next()
        .unwrap_or("")
        .to_owned();
    if h.is_empty() {
        return Field::Ignore;
    }
    for (keys, kind) in PERSONAL {
        if keys.iter().any(|k| h.contains(&fold(k))) {
            return Field::Personal(*kind);
        }
    }
    // Exact skill item code or name first: names like 「プロジェクトマネジメント」 must not be
    // taken for another field.
    for it in cat.standard.items() {
        if h == fold(&it.id) || h == fold(&it.ja) || h == fold(&it.en) {
            return Field::Skill(it.id.clone());
        }
    }
    for (keys, field) in FIELDS {
        if keys.iter().any(|k| h == fold(k) || h.contains(&fold(k))) {
            return field.clone();
        }
    }
    Field::Ignore
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_common_japanese_headers_and_flags_personal_data() {
        let cat = Catalog::builtin().unwrap();
        let headers: Vec<String> = [
            "登録番号",
            "氏名",
            "メールアドレス",
            "電話番号",
            "人材類型",
            "専門分野（複数可）",
            "活動拠点",
            "対応地域",
            "支援の形",
            "勤務可能日数",
            "期間",
            "実務経験年数",
            "資格",
            "所属の種別",
            "BT01",
            "クラウドインフラ活用",
            "プロジェクトマネジメント",
            "自由記述",
            "生年月日",
            "分野",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let m = suggest_mapping(&headers, &cat);
        assert_eq!(
            m,
            [
                Field::Id,
                Field::Personal(PiiKind::Name),
                Field::Personal(PiiKind::Email),
                Field::Personal(PiiKind::Phone),
                Field::Personas,
                Field::Domains,
                Field::BasePrefecture,
                Field::Coverage,
                Field::Modes,
                Field::Days,
                Field::Period,
                Field::Experience,
                Field::Qualifications,
                Field::Affiliation,
                Field::Skill("BT01".into()),
                Field::Skill("TE08".into()),
                Field::Skill("BT06".into()),
                Field::Ignore,
                Field::Personal(PiiKind::Birth),
                Field::Ignore, // 「分野」 again: the first column keeps it
            ]
        );
    }
}
