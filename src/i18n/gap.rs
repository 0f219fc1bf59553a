//! The review and gap screen, and the 「求める人材像」 sheet with why each programme fits.

use super::rules::{rule_kind_text, step_label};
use super::{group_digits, Msg};
use dxm_domain::calendar::fiscal_year_label;
use dxm_domain::fit::{Fit, FitReason};
use dxm_domain::sheet::SheetText;
use dxm_domain::text::pick;
use dxm_domain::{Catalog, Lang};

messages! {
    GapTitle => "入力の確認とギャップ", "Review and gap";
    GapIntro => "まだ入力されていない必須の項目を確かめてから、必要なレベルに対して庁内の現状が何段階足りないかを図と表で確認します。必要とした項目は、不足がなくても表に残します。", "First check which required items still lack an in-house level, then see by how many steps in-house skills fall short, as charts and tables. Every needed item stays in the tables, even when nothing is missing.";
    NoNeedsYet => "まだ必要なスキルが入力されていません。", "No needed skills have been entered yet.";
    GoToPresets => "出発点を選ぶ", "Choose a starting point";
    NeededItems => "必要な項目", "Items needed";
    RequiredItems => "うち必須", "of which required";
    GapItems => "不足のある項目", "Items with a gap";
    GapSteps => "不足（段階）", "Gap (steps)";
    Met => "充足", "Met";
    TotalGap => "不足の合計（段階）", "Total gap (steps)";
    MissingHaveItems => "現状未入力", "Not entered";
    ReviewTitle => "入力の確認", "Review";
    RequiredWithoutHave => "必須なのに庁内の現状が未入力の項目", "Required items without an in-house level";
    AllRequiredHaveEntered => "必須の項目は、すべて庁内の現状が入力されています。", "Every required item has an in-house level.";
    RequiredWithoutHaveHint => "未入力のままだと「庁内に該当者なし（z）」として不足を数えます。", "Until entered, these count as “nobody in-house” (z).";
    EmptyCategories => "必要なレベルをまだ付けていないカテゴリー", "Categories with no needed level yet";
    NoEmptyCategories => "すべてのカテゴリーに必要な項目があります。", "Every category has needed items.";
    EditInAssess => "スキル評価で入力する", "Enter them in the skills step";
    RadarTitle => "カテゴリー別：必要と現状", "By category: needed vs in-house";
    AvgNeed => "必要レベルの平均", "Mean needed level";
    AvgHave => "現状レベルの平均", "Mean in-house level";
    BarsTitle => "項目別：必要と現状（不足の大きい順）", "By item: needed vs in-house (largest gap first)";
    BarsDesc => "棒の長さが庁内の現状、縦線が必要なレベルです。", "The bar is the in-house level; the line marks the needed level.";
    SheetTitle => "求める人材像", "People needed";
    SheetIntro => "評価から、求める人材の説明を作りました。募集要項や仕様書にそのまま貼り付けて使えます。印刷（A4）や、Markdown・テキストでの保存ができます。", "A description of the people this assessment calls for, ready to paste into a job posting or specification. Print it on A4 or save it as Markdown or text.";
    Print => "印刷する", "Print";
    SaveMarkdown => "Markdownで保存", "Save as Markdown";
    SaveText => "テキストで保存", "Save as text";
    SheetFiscalYear => "対象年度", "Fiscal year";
    SheetProject => "事業名", "Project";
    SheetFields => "取組分野", "Fields of work";
    SheetPhases => "支援が必要なプロセス", "Phases needing help";
    SheetPeople => "求める人材", "People needed";
    SheetRole => "役割", "Role";
    SheetInferred => "評価内容から推定", "inferred from the assessment";
    SheetRequired => "必須のスキル", "Required skills";
    SheetDesirable => "あれば望ましいスキル", "Desirable skills";
    SheetOther => "その他に求めるスキル", "Other skills needed";
    SheetNoGap => "庁内の現状で必要なレベルを満たしています。外部人材に求めるスキルはありません。", "In-house staff already meet every need: there is no skill to ask external talent for.";
    SheetEngagement => "想定する関与の形と活用できる制度", "Suggested engagement and programmes";
    SheetEngagementIntro => "評価の内容と団体の情報から、活用できそうな制度を示します。利用の可否は各制度の最新の要綱で確認してください。", "Programmes that may fit, judged from the assessment and the organisation. Confirm eligibility against each programme's latest rules.";
    FitSuitable => "適する", "suitable";
    FitConditional => "条件を確認", "check conditions";
    FitNotApplicable => "対象外", "not applicable";
    SheetLimits => "上限・条件", "Limits";
    SheetCost => "費用", "Cost";
    SheetStandardNote => "スキル項目とレベル（a〜d）は IPA・経済産業省「デジタルスキル標準（DX推進スキル標準）」によります。人材像とスキル項目の対応付けは自治体DX人材マッチ独自のものです。", "Skill items and levels (a–d) follow the IPA/METI Digital Skill Standards (DSS-P). The mapping between personas and skill items is this app's own.";
    HowToApply => "申請の手順", "How to apply";
    NotApplicableProgrammes => "対象外と判断した制度", "Programmes judged not applicable";
}

/// Fixed wording of the 「求める人材像」 sheet.
pub fn sheet_text(lang: Lang, cat: &Catalog, t: SheetText) -> String {
    let m = |m: Msg| m.text(lang).to_owned();
    match t {
        SheetText::Title => m(Msg::SheetTitle),
        SheetText::Organisation => m(Msg::SheetOrganisation),
        SheetText::FiscalYear(y) => fiscal_year_label(lang, y),
        SheetText::FiscalYearLabel => m(Msg::SheetFiscalYear),
        SheetText::Project => m(Msg::SheetProject),
        SheetText::Population => m(Msg::PopulationBand),
        SheetText::Fields => m(Msg::SheetFields),
        SheetText::Phases => m(Msg::SheetPhases),
        SheetText::PeopleNeeded => m(Msg::SheetPeople),
        SheetText::Role => m(Msg::SheetRole),
        SheetText::Inferred => m(Msg::SheetInferred),
        SheetText::RequiredSkills => m(Msg::SheetRequired),
        SheetText::DesirableSkills => m(Msg::SheetDesirable),
        SheetText::OtherSkills => m(Msg::SheetOther),
        SheetText::NoSkillGap => m(Msg::SheetNoGap),
        SheetText::LevelWord => m(Msg::LevelWord),
        SheetText::Engagement => m(Msg::SheetEngagement),
        SheetText::EngagementIntro => m(Msg::SheetEngagementIntro),
        SheetText::Fit(f) => m(fit_msg(f)),
        SheetText::Reason(r) => fit_reason(lang, cat, r),
        SheetText::Limits => m(Msg::SheetLimits),
        SheetText::Rule(k, min, max) => rule_kind_text(lang, k, min, max),
        SheetText::SourcesDiffer => m(Msg::SourcesDiffer),
        SheetText::SourceWord => m(Msg::SourceWord),
        SheetText::Cost => m(Msg::SheetCost),
        SheetText::HowToApply => m(Msg::HowToApply),
        SheetText::Step(k) => step_label(lang, k).to_owned(),
        SheetText::Sources => m(Msg::SheetSources),
        SheetText::Published => m(Msg::PublishedOn),
        SheetText::AsOf => m(Msg::AsOf),
        SheetText::ToBeConfirmed => m(Msg::ToBeConfirmed),
        SheetText::StandardNote => m(Msg::SheetStandardNote),
        SheetText::None => m(Msg::None),
    }
}

pub fn fit_msg(f: Fit) -> Msg {
    match f {
        Fit::Suitable => Msg::FitSuitable,
        Fit::Conditional => Msg::FitConditional,
        Fit::NotApplicable => Msg::FitNotApplicable,
    }
}

pub fn radar_summary(lang: Lang, parts: &[(String, f64, f64)]) -> String {
    let body: Vec<String> = parts
        .iter()
        .map(|(name, need, have)| {
            ja_en!(
                lang,
                "{name} 必要{need:.1}・現状{have:.1}",
                "{name}: needed {need:.1}, in-house {have:.1}"
            )
        })
        .collect();
    body.join(ja_en_str!(lang, "、", "; "))
}

/// Why a programme fits (or not), in words.
pub fn fit_reason(lang: Lang, cat: &Catalog, r: FitReason) -> String {
    match r {
        FitReason::ShortTermAdvice => ja_en!(
            lang,
            "専門家による短期の助言・提言（1件ごとの日数・時間の上限内）に向いています。",
            "Suited to short-term advice from registered experts, within the per-case limits."
        ),
        FitReason::PlanningPhases => ja_en!(
            lang,
            "課題特定から企画までの段階で支援が必要とされています。",
            "Help is needed in the early phases, from problem identification to planning."
        ),
        FitReason::FieldsChosen(g) => {
            let group = cat
                .presets
                .domain_groups
                .get(usize::from(g))
                .map_or("", |x| pick(lang, &x.ja, &x.en));
            ja_en!(lang, "「{group}」の分野が選ばれています。", "Fields of “{group}” were chosen.")
        }
        FitReason::OngoingRole => ja_en!(
            lang,
            "プロデューサー（CIO補佐官等）やプロジェクトマネージャーとして継続的に関わる人材が必要です（特別交付税の対象は3人まで）。",
            "An ongoing role is needed (producer / CIO adviser or project manager); up to 3 people are covered by the special allocation tax."
        ),
        FitReason::LargeRequiredGap(n) => ja_en!(
            lang,
            "必須の不足が大きく（合計{n}段階）、助言だけでなく継続的な関与が必要と考えられます。",
            "The required gap is large ({n} steps in all): ongoing involvement, not only advice, is likely needed."
        ),
        FitReason::PrefecturePool => ja_en!(
            lang,
            "都道府県の人材プールから、管内の市町村として継続的な支援を受けられます。",
            "As a municipality of the prefecture, it can get continuous support from the prefecture's talent pool."
        ),
        FitReason::PrefectureRunsPool => ja_en!(
            lang,
            "都道府県は人材プールを運営し、市町村を支援する立場です。",
            "A prefecture runs the pool and supports its municipalities with it."
        ),
        FitReason::PrefectureHosts => ja_en!(
            lang,
            "受け入れるのは都道府県です（在籍出向・転籍出向）。",
            "Only a prefecture hosts this (secondment or transfer)."
        ),
        FitReason::NotForPrefectures => ja_en!(
            lang,
            "市町村向けの制度で、都道府県は対象ではありません。",
            "For municipalities; prefectures are not eligible."
        ),
        FitReason::OutsideMetropolitan => ja_en!(
            lang,
            "三大都市圏の外にあり、受入団体の要件（①）に当てはまります。",
            "Outside the three metropolitan areas, so it is eligible (①)."
        ),
        FitReason::MetropolitanException => ja_en!(
            lang,
            "三大都市圏の中にあります。条件不利地域を有する・定住自立圏に取り組む・人口減少率が高いのいずれか（②）に当たる場合だけ対象です。確認してください。",
            "Inside a metropolitan area: eligible only through the exceptions (②: disadvantaged areas, settlement spheres, high population decline). Please confirm."
        ),
        FitReason::ListedException => ja_en!(
            lang,
            "三大都市圏の中にありますが、発行者の一覧で例外（②）の団体とされています。",
            "Inside a metropolitan area, but listed by the publisher as one of the exceptions (②)."
        ),
        FitReason::NotListedException => ja_en!(
            lang,
            "三大都市圏の中にあり、発行者の例外（②）の一覧にありません。",
            "Inside a metropolitan area and not in the publisher's list of exceptions (②)."
        ),
        FitReason::CompanyDonation => ja_en!(
            lang,
            "企業からの寄附と、その企業の人材派遣の調整が前提です。",
            "Requires a company's donation and an agreed dispatch of its employee."
        ),
        FitReason::PopulationWithin(max) => ja_en!(
            lang,
            "人口規模が対象（{limit}人以下）に収まります。",
            "The population is within the limit ({limit} or fewer).",
            limit = group_digits(max)
        ),
        FitReason::PopulationAbove(max) => ja_en!(
            lang,
            "人口規模が対象（{limit}人以下）を超えています。",
            "The population is above the limit ({limit}).",
            limit = group_digits(max)
        ),
        FitReason::PopulationUnknown(max) => ja_en!(
            lang,
            "人口{limit}人以下の団体が対象です。基本情報で人口規模を選ぶと判定できます。",
            "For organisations of {limit} people or fewer: choose the population band in the context step.",
            limit = group_digits(max)
        ),
        FitReason::RevitalisationFocus => ja_en!(
            lang,
            "観光・地域経済など地域の魅力づくりが中心の制度です。",
            "Aimed mainly at regional revitalisation (tourism, local economy)."
        ),
        FitReason::OrganisationUnknown => ja_en!(
            lang,
            "団体が選ばれていないため、対象かどうか判定できません。",
            "No organisation chosen, so eligibility cannot be judged."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dxm_domain::Lang::Ja;

    #[test]
    fn population_limits_read_with_digit_groups() {
        let cat = Catalog::builtin_without_profiles().unwrap();
        assert!(fit_reason(Ja, &cat, FitReason::PopulationWithin(50_000)).contains("50,000人以下"));
    }
}
