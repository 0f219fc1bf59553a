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
    /// A yes/no column (○ / × / 可 / 不可 / blank) for on-site work …
    Onsite,
    /// … and one for online work.
    Online,
    Days,
    Period,
    Experience,
    Qualifications,
    TrackRecord,
    Summary,
    /// Free text about the person's expertise (略歴, experience, projects): read for the key
    /// terms of the crosswalk, never stored. Several columns may be.
    Expertise,
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
        !matches!(self, Field::Ignore | Field::Personal(_) | Field::Expertise)
    }
}

/// The plain fields by the names data files and the import screen write them (their serde
/// names); `Skill` and `Personal` carry more and are not in the table.
pub const FIELD_KEYS: [(&str, Field); 19] = [
    ("ignore", Field::Ignore),
    ("id", Field::Id),
    ("programme", Field::Programme),
    ("personas", Field::Personas),
    ("domains", Field::Domains),
    ("affiliation", Field::Affiliation),
    ("base_prefecture", Field::BasePrefecture),
    ("coverage", Field::Coverage),
    ("modes", Field::Modes),
    ("onsite", Field::Onsite),
    ("online", Field::Online),
    ("days", Field::Days),
    ("period", Field::Period),
    ("experience", Field::Experience),
    ("qualifications", Field::Qualifications),
    ("track_record", Field::TrackRecord),
    ("summary", Field::Summary),
    ("expertise", Field::Expertise),
    ("skill_list", Field::SkillList),
];

/// A field by its name as data files write it; "personal" is a personal-data column whose kind
/// the header tells (a name when it does not).
pub fn field_from_key(key: &str) -> Option<Field> {
    if key == "personal" {
        return Some(Field::Personal(PiiKind::Name));
    }
    FIELD_KEYS
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, f)| f.clone())
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
    (
        &["顔写真", "写真", "photo", "画像", "picture"],
        PiiKind::Photo,
    ),
    (
        &[
            "pdf",
            "url",
            "ほーむぺーじ",
            "webさいと",
            "りんく",
            "link",
            "sns",
        ],
        PiiKind::Link,
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
            "現地対応",
            "現地派遣",
            "現地での",
            "訪問対応",
            "対面対応",
            "onsite",
            "on-site",
        ],
        Field::Onsite,
    ),
    (
        &[
            "おんらいん対応",
            "おんらいん可",
            "おんらいんでの",
            "りもーと対応",
            "web会議",
            "online",
        ],
        Field::Online,
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
            "めっせーじ",
            "概要",
            "紹介",
            "備考",
            "summary",
            "profile",
            "note",
        ],
        Field::Summary,
    ),
    (
        &[
            "略歴",
            "経歴",
            "経験業務",
            "研究活動",
            "関与した",
            "ぷろじぇくと",
            "専門性",
            "career",
            "expertise",
        ],
        Field::Expertise,
    ),
    (&["すきる", "skill"], Field::SkillList),
];

/// Suggests a field for every header. Personal-data headers are marked so they are never read;
/// a header naming a skill item (code or name) maps to that item; a field that only one column
/// may give goes to the header that names it most specifically (「勤務可能日数」 rather than
/// 「勤務形態」 for the days available), and a header that loses its best field gets its next.
pub fn suggest_mapping(headers: &[String], cat: &Catalog) -> Vec<Field> {
    let candidates: Vec<Vec<(usize, Field)>> = headers.iter().map(|h| candidates(h, cat)).collect();
    let mut out = vec![Field::Ignore; headers.len()];
    let mut decided = vec![false; headers.len()];
    // Every (score, header, field), best first; ties go to the earlier header.
    let mut pairs: Vec<(usize, usize, &Field)> = candidates
        .iter()
        .enumerate()
        .flat_map(|(h, list)| list.iter().map(move |(score, f)| (*score, h, f)))
        .collect();
    pairs.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut taken: Vec<&Field> = Vec::new();
    for (_, h, f) in pairs {
        if decided[h] || (f.is_single() && taken.contains(&f)) {
            continue;
        }
        decided[h] = true;
        out[h] = f.clone();
        taken.push(f);
    }
    out
}

/// `suggest_mapping` (or a known layout's mapping), then the values: a column full of e-mail
/// addresses or phone numbers is personal data whatever its header says, and is never read; a
/// column of ○ / × under a header about on-site or online work is read as yes/no.
pub fn suggest_for_table(t: &super::Table, cat: &Catalog) -> Vec<Field> {
    let mut m = match super::layout::detect(&t.headers, cat) {
        Some(layout) => layout.mapping(&t.headers, cat),
        None => suggest_mapping(&t.headers, cat),
    };
    for (c, f) in m.iter_mut().enumerate() {
        if matches!(f, Field::Personal(_)) {
            continue;
        }
        if let Some(k) = super::pii::column_kind(t.rows.iter().map(|r| t.cell(r, c))) {
            *f = Field::Personal(k);
            continue;
        }
        if *f == Field::Modes {
            let marks = t
                .rows
                .iter()
                .map(|r| t.cell(r, c))
                .filter(|v| !v.is_empty())
                .take(50)
                .all(|v| super::values::yes_no(v).is_some());
            let h = fold(t.headers.get(c).map_or("", String::as_str));
            if marks && (h.contains("おんらいん") || h.contains("りもーと") || h.contains("web"))
            {
                *f = Field::Online;
            } else if marks {
                *f = Field::Onsite;
            }
        }
    }
    m
}

/// The field a header suggests on its own (its best candidate).
pub(crate) fn suggest_one(header: &str, cat: &Catalog) -> Field {
    candidates(header, cat)
        .into_iter()
        .next()
        .map_or(Field::Ignore, |(_, f)| f)
}

/// Every field a header may mean, with how specifically it says so (best first): a skill item
/// named in full, personal data, a skill code or name, then the keywords of each field (an
/// exact header beats a keyword inside a longer one; a longer keyword beats a shorter one).
fn candidates(header: &str, cat: &Catalog) -> Vec<(usize, Field)> {
    let full = fold(header);
    // Skill names may themselves hold brackets (「検証（ビジネス視点）」): match them whole first.
    if let Some(it) = cat
        .standard
        .items()
        .iter()
        .find(|it| full == fold(&it.ja) || full == fold(&it.en))
    {
        return vec![(1000, Field::Skill(it.id.clone()))];
    }
    // Drop decorations such as "（必須）" or "[任意]".
    let h: String = full
        .split(['(', '（', '[', '［'])
        .next()
        .unwrap_or("")
        .to_owned();
    if h.is_empty() {
        return Vec::new();
    }
    for (keys, kind) in PERSONAL {
        if keys.iter().any(|k| h.contains(&fold(k))) {
            return vec![(900, Field::Personal(*kind))];
        }
    }
    // Exact skill item code or name first: names like 「プロジェクトマネジメント」 must not be
    // taken for another field.
    for it in cat.standard.items() {
        if h == fold(&it.id) || h == fold(&it.ja) || h == fold(&it.en) {
            return vec![(800, Field::Skill(it.id.clone()))];
        }
    }
    let mut out: Vec<(usize, Field)> = FIELDS
        .iter()
        .filter_map(|(keys, field)| {
            keys.iter()
                .map(|k| fold(k))
                .filter(|k| h.contains(k.as_str()))
                .map(|k| {
                    if h == k {
                        100 + k.chars().count()
                    } else {
                        k.chars().count()
                    }
                })
                .max()
                .map(|score| (score, field.clone()))
        })
        .collect();
    out.sort_by_key(|c| std::cmp::Reverse(c.0));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_key_table_follows_the_serde_names() {
        for (key, f) in FIELD_KEYS {
            let json = serde_json::to_value(&f).unwrap();
            assert_eq!(json["kind"], key);
            assert_eq!(field_from_key(key), Some(f));
        }
        assert_eq!(field_from_key("nonsense"), None);
    }

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
