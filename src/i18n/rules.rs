//! Programme rules in words: why a profile is excluded, the rules and cautions that apply to an
//! engagement, the engagement plan, how a rule of a known kind reads when its data does not word
//! it, the steps of applying, and the labels around sources (要確認, conflicting sources, dates).

use super::{group_digits, Msg};
use dxm_domain::calendar::fiscal_year_label;
use dxm_domain::matching::{Engagement, Exclusion, LimitNote};
use dxm_domain::profile::{DaysBand, PeriodBand};
use dxm_domain::programme::{Programme, Rule, RuleKind, StepKind};
use dxm_domain::text::pick;
use dxm_domain::Lang;

messages! {
    SheetSources => "出典", "Sources";
    ToBeConfirmed => "要確認", "to be confirmed";
    SourcesDiffer => "資料により記載が異なる", "Sources differ";
    SourceWord => "出典", "Source";
    PublishedOn => "資料の日付", "dated";
    CheckedOn => "確認日", "checked";
    NotConfirmedTag => "要確認", "to be confirmed";
    RulesTitle => "制度の条件と上限", "Conditions and limits";
    CostTitle => "費用・財政措置", "Costs and financial support";
    ApplyTitle => "次の一歩：申請の手順", "Next step: how to apply";
    NoApplySteps => "申請の手順の資料はまだありません。所管の最新の案内を確かめてください。", "No material on applying yet: check the latest guidance of the operator.";
    EligibilityTitle => "対象", "Who may apply";
}

/// A rule in words: its own text when the data words it, else a phrasing of its kind.
pub fn rule_text(lang: Lang, r: &Rule) -> String {
    let own = pick(lang, &r.ja, &r.en);
    if !own.is_empty() {
        return own.to_owned();
    }
    match r.known() {
        Some(k) => rule_kind_text(lang, k, r.min, r.max),
        None => r.kind.clone(),
    }
}

/// A rule of a known kind, worded from its values.
pub fn rule_kind_text(lang: Lang, k: RuleKind, min: Option<u32>, max: Option<u32>) -> String {
    let (at_least, at_most) = (min.unwrap_or(0), max.unwrap_or(0));
    let months = |v: Option<u32>| v.map(|x| x.min(u32::from(u16::MAX)) as u16);
    match k {
        RuleKind::OnsiteDaysPerCase => ja_en!(
            lang,
            "現地派遣を含む支援は1件につき最大{at_most}日",
            "Support with on-site visits: up to {at_most} days per case"
        ),
        RuleKind::OnlineHoursPerCase => ja_en!(
            lang,
            "オンラインだけの支援は1件につき計{at_most}時間まで",
            "Online-only support: up to {at_most} hours per case"
        ),
        RuleKind::OncePerProjectYear => ja_en!(
            lang,
            "同じ事業への同じ人の派遣は年度内1回",
            "The same person once per project and fiscal year"
        ),
        RuleKind::TeamDispatch => ja_en!(
            lang,
            "複数人のチームで支援できる",
            "Several people may work as a team"
        ),
        RuleKind::OncePerOrganisation => {
            ja_en!(lang, "同じ団体での利用は1回限り", "Once per organisation")
        }
        RuleKind::MinDaysPerYear => ja_en!(
            lang,
            "年度内に延べ{at_least}日以上の招へい",
            "Invited for {at_least}+ days a year"
        ),
        RuleKind::MinVisitsPerYear => ja_en!(
            lang,
            "年度内に{at_least}回以上の招へい",
            "Invited {at_least}+ times a year"
        ),
        RuleKind::ConsecutiveYears => {
            ja_en!(lang, "最長{at_most}年度", "At most {at_most} fiscal years")
        }
        RuleKind::DurationMonths => ja_en!(
            lang,
            "期間は{range}",
            "Period: {range}",
            range = months_range(lang, months(min), months(max))
        ),
        RuleKind::PopulationMax => ja_en!(
            lang,
            "人口{limit}人以下の団体が対象",
            "For organisations of {limit} people or fewer",
            limit = group_digits(at_most)
        ),
        RuleKind::PersonsCovered => ja_en!(
            lang,
            "費用の措置は{at_most}人まで（採用の上限ではない）",
            "Costs covered for up to {at_most} people (not a hiring limit)"
        ),
        RuleKind::SamePrefecture => ja_en!(
            lang,
            "支援先は同じ都道府県の中",
            "Serves its own prefecture only"
        ),
        RuleKind::ExperienceYears => ja_en!(
            lang,
            "実務経験{at_least}年以上など",
            "{at_least}+ years of experience or equivalent"
        ),
        RuleKind::SameYearAsDonation => ja_en!(
            lang,
            "寄附と同じ年度内の派遣",
            "Within the fiscal year of the donation"
        ),
        RuleKind::HalfOfEachMonth => ja_en!(
            lang,
            "各月の半分以上を受入団体で勤務",
            "At least half of each month in the host organisation"
        ),
    }
}

/// The label of a step of applying.
pub fn step_label(lang: Lang, k: StepKind) -> &'static str {
    match k {
        StepKind::Contact => ja_en_str!(lang, "相談・申請先", "Who to contact"),
        StepKind::When => ja_en_str!(lang, "時期", "When"),
        StepKind::Needs => ja_en_str!(lang, "必要なこと", "What is needed"),
        StepKind::After => ja_en_str!(lang, "支援の後", "Afterwards"),
    }
}

/// Why a profile is excluded, in words. For the eligibility of 地域活性化起業人 the words
/// depend on whether the publisher listed the exceptions (②).
pub fn exclusion_text(lang: Lang, e: Exclusion) -> String {
    match e {
        Exclusion::ProgrammeNotSelected => ja_en!(
            lang,
            "対象にする制度から外しています。",
            "Its programme is not selected."
        ),
        Exclusion::NotForPrefectures => ja_en!(
            lang,
            "都道府県は利用できない制度です。",
            "Prefectures cannot use this programme."
        ),
        Exclusion::PrefecturesOnly => ja_en!(
            lang,
            "都道府県だけが利用できる制度です。",
            "Only prefectures can use this programme."
        ),
        Exclusion::MetropolitanArea => ja_en!(
            lang,
            "三大都市圏の団体は、条件不利地域・定住自立圏・人口減少率などの例外（②）に当たる場合だけ対象です（当たる場合は「条件と重み」で指定）。",
            "In the three metropolitan areas only the exceptions (②: disadvantaged areas, settlement spheres, high population decline) are eligible (declare it under Conditions if it applies)."
        ),
        Exclusion::OtherPrefecture => ja_en!(
            lang,
            "ほかの都道府県の人材プールの人です。",
            "Belongs to another prefecture's pool."
        ),
        Exclusion::PopulationAbove(max) => ja_en!(
            lang,
            "人口規模が制度の対象（{limit}人以下）を超えています。",
            "The population is above the programme's limit ({limit}).",
            limit = group_digits(max)
        ),
        Exclusion::DurationOutOfRange { min, max } => ja_en!(
            lang,
            "関与の期間が制度の範囲（{range}）の外です。",
            "The engagement length is outside the programme's range ({range}).",
            range = months_range(lang, min, max)
        ),
        Exclusion::AlreadyUsed => ja_en!(
            lang,
            "この団体での利用は1回限りで、すでに利用しています。",
            "Can be used once per organisation, and was used already."
        ),
        Exclusion::AlreadyDispatched => ja_en!(
            lang,
            "この事業に今年度すでに派遣を受けた人です（同じ事業・同じ人は年度内1回）。",
            "Already engaged for this project this year (the same person once per project and year)."
        ),
        Exclusion::NoOnsite => ja_en!(
            lang,
            "現地での支援に対応していません。",
            "Does not work on site."
        ),
        Exclusion::OutsideCoverage => ja_en!(
            lang,
            "現地対応できる地域の外です。",
            "The organisation is outside the area this person covers on site."
        ),
        Exclusion::NoOnline => ja_en!(
            lang,
            "オンラインでの支援に対応していません。",
            "Does not work online."
        ),
        Exclusion::AvailabilityShort { needed, has } => ja_en!(
            lang,
            "勤務できる日数（{has}）が必要な日数（{needed}）に足りません。",
            "Available time ({has}) is less than needed ({needed}).",
            has = days_band(lang, has),
            needed = days_band(lang, needed)
        ),
        Exclusion::PeriodShort { needed, has } => ja_en!(
            lang,
            "関われる期間（{has}）が必要な期間（{needed}）に足りません。",
            "Can commit for {has} but {needed} is needed.",
            has = period_band(lang, has),
            needed = period_band(lang, needed)
        ),
    }
}

/// A rule or condition that applies to an engagement, in words (`prog` is the profile's
/// programme, whose rules `LimitNote::Rule` points into).
pub fn limit_text(lang: Lang, prog: &Programme, l: LimitNote) -> String {
    let rule = |i: u8| {
        prog.rules
            .get(usize::from(i))
            .map_or(String::new(), |r| rule_text(lang, r))
    };
    match l {
        LimitNote::Rule(i) => rule(i),
        LimitNote::NotChecked(i) => ja_en!(
            lang,
            "{rule}（人口規模が未入力のため未判定）",
            "{rule} (not checked: no population band entered)",
            rule = rule(i)
        ),
        LimitNote::Unconfirmed(e) => ja_en!(
            lang,
            "要確認：{why}資料で確かめられていない条件のため、除外していません。",
            "To be confirmed: {why} The sources do not confirm this condition, so nobody is excluded by it.",
            why = exclusion_text(lang, e)
        ),
        LimitNote::PersonsCovered { used, max } => {
            let next = u32::from(used) + 1;
            if next <= u32::from(max) {
                ja_en!(
                    lang,
                    "特別交付税の対象は{max}人まで（任用済み{used}人。次の人は{next}人目で対象内）",
                    "The special allocation tax covers up to {max} people ({used} appointed; the next would be no. {next}, covered)"
                )
            } else {
                ja_en!(
                    lang,
                    "特別交付税の対象は{max}人まで（任用済み{used}人。次の人は{next}人目で対象外。採用はできます）",
                    "The special allocation tax covers up to {max} people ({used} appointed; the next would be no. {next}, not covered — hiring is still possible)"
                )
            }
        }
        LimitNote::OnlineOnlyHere => ja_en!(
            lang,
            "この団体へはオンラインでの支援のみ可能",
            "Online support only for this organisation"
        ),
        LimitNote::OrganisationUnknown => ja_en!(
            lang,
            "団体が未選択のため、地域の条件は未判定",
            "No organisation chosen: area conditions not checked"
        ),
        LimitNote::AvailabilityUnknown => ja_en!(
            lang,
            "勤務日数・期間は登録がなく未判定",
            "Availability not registered: not checked"
        ),
        LimitNote::BaseUnknown => ja_en!(
            lang,
            "活動拠点の登録がないため、近さは評価していません",
            "No base registered: nearness not scored"
        ),
    }
}

/// How a team member would be engaged, within their programme's limits, in words.
pub fn engagement_text(lang: Lang, e: Engagement) -> String {
    match e {
        Engagement::OnsiteCase { days } => ja_en!(
            lang,
            "現地派遣を含む1件（最大{days}日、オンラインの併用可）",
            "One case with on-site visits (up to {days} days; online sessions may be part of it)"
        ),
        Engagement::OnlineCase { hours } => ja_en!(
            lang,
            "オンラインだけの1件（計{hours}時間まで）",
            "One case online only (up to {hours} hours)"
        ),
        Engagement::Appointment { nth, covered } if nth <= covered => ja_en!(
            lang,
            "CIO補佐官等として任用（団体で{nth}人目。特別交付税の対象内）",
            "Appointed as CIO adviser etc. (no. {nth} of the organisation; covered by the special allocation tax)"
        ),
        Engagement::Appointment { nth, covered } => ja_en!(
            lang,
            "CIO補佐官等として任用（団体で{nth}人目。特別交付税の対象は{covered}人までのため対象外）",
            "Appointed as CIO adviser etc. (no. {nth}; the special allocation tax covers only {covered})"
        ),
        Engagement::Invitation { min_days, min_visits } => ja_en!(
            lang,
            "年度内に延べ{min_days}日以上または{min_visits}回以上招へい",
            "Invited for {min_days}+ days or {min_visits}+ times this year"
        ),
        Engagement::Secondment { min_months, max_months } => ja_en!(
            lang,
            "{range}の受入れ",
            "Hosted for {range}",
            range = months_range(lang, min_months, max_months)
        ),
        Engagement::PoolSupport => ja_en!(
            lang,
            "都道府県の人材プールから継続的に支援",
            "Continuous support from the prefecture's pool"
        ),
        Engagement::Arranged => ja_en!(
            lang,
            "制度の範囲で日程・回数を調整",
            "Schedule arranged within the programme's rules"
        ),
    }
}

/// The notice that an assessment is for a fiscal year newer than the programme rules.
pub fn rules_older(lang: Lang, assessment: u16, rules: u16, checked: &str) -> String {
    let (a, r) = (
        fiscal_year_label(lang, assessment),
        fiscal_year_label(lang, rules),
    );
    ja_en!(
        lang,
        "この評価は{a}ですが、制度のルールは{r}のもの（{checked}確認）です。上限・対象・費用の措置が変わっていないか、各制度の出典で確かめてください。発行者が新しい年度のルールを公開していれば、そのルールが使われます。",
        "This assessment is for {a}, but the programme rules are for {r} (checked {checked}). Check each programme's sources for changed limits, eligibility and financial support; rules a publisher ships for the new year are used when available."
    )
}

/// A source's dates, in brackets: the document's own date when it has one, and when it was
/// checked.
pub fn source_dates(lang: Lang, s: &dxm_domain::programme::SourceRef) -> String {
    let mut d = Vec::new();
    if !s.published.is_empty() {
        d.push(format!("{} {}", Msg::PublishedOn.text(lang), s.published));
    }
    d.push(format!("{} {}", Msg::CheckedOn.text(lang), s.checked));
    dxm_domain::text::paren(lang, &d.join(ja_en_str!(lang, "、", ", ")))
}

pub fn days_band(lang: Lang, d: DaysBand) -> &'static str {
    match d {
        DaysBand::Month1OrLess => ja_en_str!(lang, "月1日以下", "1 day a month or less"),
        DaysBand::Month2To3 => ja_en_str!(lang, "月2～3日程度", "2–3 days a month"),
        DaysBand::Week1To2 => ja_en_str!(lang, "週1～2日程度", "1–2 days a week"),
        DaysBand::Week3Plus => ja_en_str!(lang, "週3日以上", "3+ days a week"),
    }
}

pub fn period_band(lang: Lang, p: PeriodBand) -> &'static str {
    match p {
        PeriodBand::UnderOneYear => ja_en_str!(lang, "1年未満", "under 1 year"),
        PeriodBand::OneToThreeYears => ja_en_str!(lang, "1～3年", "1–3 years"),
        PeriodBand::ThreeYearsOrMore => ja_en_str!(lang, "3年以上", "3 years or more"),
    }
}

pub(crate) fn months_range(lang: Lang, min: Option<u16>, max: Option<u16>) -> String {
    let m = |n: u16| ja_en!(lang, "{n}か月", "{n} months");
    match (min, max) {
        (Some(a), Some(b)) => format!("{}～{}", m(a), m(b)),
        (Some(a), None) => ja_en!(lang, "{months}以上", "{months} or more", months = m(a)),
        (None, Some(b)) => ja_en!(lang, "{months}以内", "{months} at most", months = m(b)),
        (None, None) => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dxm_domain::Lang::{En, Ja};

    #[test]
    fn limits_and_periods_read_in_words() {
        assert_eq!(
            exclusion_text(En, Exclusion::PopulationAbove(1_000_000)),
            "The population is above the programme's limit (1,000,000)."
        );
        assert_eq!(months_range(Ja, Some(6), Some(36)), "6か月～36か月");
        assert_eq!(months_range(En, None, Some(36)), "36 months at most");
        assert_eq!(months_range(Ja, Some(6), None), "6か月以上");
        assert_eq!(months_range(En, None, None), "");
    }
}
