//! Words and sentences used across the app: the steps, shared column and button words, counts,
//! dates, where a level comes from.

use super::Msg;
use dxm_domain::profile::Basis;
use dxm_domain::Lang;

messages! {
    StepStart => "基本情報", "Context";
    StepPresets => "出発点", "Starting point";
    StepAssess => "スキル評価", "Skills";
    StepGap => "確認・ギャップ", "Review and gap";
    StepSheet => "求める人材像", "People needed";
    StepMatches => "人材マッチ", "Match talent";
    Next => "次へ", "Next";
    LgCode => "団体コード", "Code";
    AssessmentName => "評価の名前", "Assessment name";
    FiscalYear => "対象年度", "Fiscal year";
    DefaultAssessmentName => "DX人材の検討", "DX talent needs";
    Undo => "元に戻す", "Undo";
    LevelLegend => "レベルの意味（DSS-P）", "What the levels mean (DSS-P)";
    PriorityLabel => "優先度", "Priority";
    Required => "必須", "Required";
    Desirable => "あれば望ましい", "Desirable";
    Progress => "進み具合", "Progress";
    ByCategory => "カテゴリー別", "By category";
    ByItem => "項目別（不足の大きい順）", "By item (largest gap first)";
    Category => "カテゴリー", "Category";
    Item => "スキル項目", "Skill item";
    Need => "必要", "Needed";
    Have => "現状", "In-house";
    None => "なし", "None";
    PopulationBand => "人口規模", "Population";
    NotEntered => "未入力", "Not entered";
    MissingShort => "未入力", "not entered";
    SheetOrganisation => "団体", "Organisation";
    LevelWord => "レベル", "level ";
    BasisDeclared => "申告", "declared";
    BasisQualification => "資格の裏付け", "backed by a qualification";
    BasisInferred => "推定", "inferred";
    BasisConfirmed => "確認済み", "confirmed";
    Rename => "名前を変更", "Rename";
    Delete => "削除", "Delete";
    Save => "保存", "Save";
    Cancel => "キャンセル", "Cancel";
    NewName => "新しい名前", "New name";
    AsOf => "時点", "as of";
}

pub fn progress(lang: Lang, needed: usize, required: usize, total: usize) -> String {
    ja_en!(
        lang,
        "{total}項目中 {needed}項目を必要と評価（うち必須 {required}項目）",
        "{needed} of {total} items rated as needed ({required} required)"
    )
}

pub fn item_gap_label(lang: Lang, need: char, have: char) -> String {
    ja_en!(
        lang,
        "必要 {need} ／ 現状 {have}",
        "needed {need} / in-house {have}"
    )
}

/// Local date and time of a timestamp: 「2026年（令和8年）11月25日 23:10」 /
/// "25 Nov 2026 (Reiwa 8) 23:10"; 「—」 when there is none.
pub fn date_time(lang: Lang, ms: u64) -> String {
    if ms == 0 {
        return "—".to_owned();
    }
    crate::adapters::clock::local_time(ms)
        .map(|t| dxm_domain::calendar::date_time_label(lang, t))
        .unwrap_or_else(|| "—".to_owned())
}

/// Where a level comes from, in a word.
pub fn basis_msg(b: Basis) -> Msg {
    match b {
        Basis::Declared => Msg::BasisDeclared,
        Basis::Qualification => Msg::BasisQualification,
        Basis::Inferred => Msg::BasisInferred,
        Basis::Confirmed => Msg::BasisConfirmed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dxm_domain::Lang::{En, Ja};

    #[test]
    fn an_unknown_instant_reads_as_a_dash() {
        assert_eq!(date_time(Ja, 0), "—");
        assert_eq!(date_time(En, 0), "—");
    }
}
