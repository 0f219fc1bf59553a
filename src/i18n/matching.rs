//! The matching screen: scores and their parts, bands, the team, the conditions and weights.

use super::Msg;
use dxm_domain::matching::{Logistics, Method, PartDetail};
use dxm_domain::Lang;

messages! {
    MatchesTitle => "人材と照らし合わせる", "Match talent";
    MatchesIntro => "まず制度の条件（対象団体、地域、現地/オンライン、今年度の残り回数、勤務日数・期間）で依頼できる人を絞り、依頼できない人は理由つきで別に示します。依頼できる人は0～100点のスコアで並べます。スコアは主にギャップを埋められる度合いで、必須の不足は望ましい不足の3倍に数え、必要以上の高いレベルは加点しません。人材像・取組分野・移動のしやすさも加味します。重みは「条件と重み」で変えられます。", "People who cannot be engaged under the programme rules (eligibility, area, on site/online, this year's remaining quota, availability) are set apart with the reasons. The others are ranked by a 0–100 score, mainly how much of the gap they close — a required step counts three times a desirable one, and levels above the need earn nothing — plus persona, field and logistics. Change the weights under Conditions and weights.";
    SampleNotice => "ここに表示されるプロフィールはすべて架空のサンプルデータです。実在の人物ではありません。", "All profiles shown here are fictional sample data, not real people.";
    SampleBadge => "架空のサンプル", "Fictional sample";
    NoGapToMatch => "埋めるべきギャップがありません。必要なレベルが庁内の現状を上回る項目があると、ここに候補が表示されます。", "There is no gap to close. Candidates appear here once some needed level is above the in-house level.";
    Score => "スコア", "Score";
    BandBest => "最適", "Best fit";
    BandGood => "適合", "Good fit";
    BandPartial => "一部適合", "Partial fit";
    BandNone => "該当なし", "No match";
    Rank => "順位", "Rank";
    Programme => "制度", "Programme";
    Personas => "人材像", "Personas";
    Base => "活動拠点", "Base";
    Coverage => "対応地域", "Coverage";
    Nationwide => "全国", "Nationwide";
    Modes => "支援の形", "Engagement";
    Onsite => "現地", "On site";
    Online => "オンライン", "Online";
    Experience => "実務経験", "Experience";
    Availability => "勤務日数・期間", "Availability";
    Qualifications => "資格", "Qualifications";
    Domains => "専門分野", "Fields";
    Affiliation => "所属の種別", "Affiliation";
    Why => "このスコアの理由", "Why this score";
    GapsClosed => "埋められる不足", "Gaps closed";
    GapsPartial => "一部埋められる不足", "Gaps partly closed";
    GapsLeft => "残る不足", "Gaps left";
    WhatWouldRaise => "スコアを上げるには", "What would raise it";
    ShowMore => "さらに表示", "Show more";
    ProgrammeDetails => "この制度の条件・費用・申請の手順（出典つき）", "This programme's conditions, costs and how to apply (with sources)";
    StrictLegend => "要確認の条件", "Conditions to be confirmed";
    StrictHint => "一次資料で確かめられていない条件は、候補を除外せず注意として示します。確かめた条件は、ここで選ぶと除外の条件として使います。", "Conditions no primary source confirms are shown as cautions, not used to exclude. Tick those you have confirmed to apply them as hard rules.";
    StrictEligibility => "対象となる団体", "Who may apply";
    EngagedLabel => "この事業で今年度すでに派遣を受けた", "Already engaged for this project this fiscal year";
    EngagedHint => "同じ事業・同じ人の派遣は年度内1回のため、選ぶと候補から外れます。", "The same person once per project and year: ticking removes them from the candidates.";
    EvidenceNote => "「推定」は一覧の分野・経歴の語句から推定したレベルで、点数では半分に数えます。「資格の裏付け」は保有資格がそのレベルを裏付けるもの、「確認済み」は利用者が確かめたものです。", "“Inferred” levels come from the list's field tags or career terms and count at half; “backed by a qualification” levels are backed by a qualification held; “confirmed” ones were checked by a user.";
    RequiredCap => "必須の不足をひとつも埋めないため、点数は49点（一部適合）までです。", "Closes none of the required gaps, so the score is at most 49 (partial).";
    RequiredFloor => "必須の不足をすべて埋める（推定だけによらない）ため、点数は50点（適合）以上です。", "Closes every required gap (not on inferred levels alone), so the score is at least 50 (good).";
    TagsLabel => "一覧の分野", "Field tags in the list";
    MatchSettingsTitle => "条件と重み", "Conditions and weights";
    MatchSettingsIntro => "制度の条件や今年度すでに使った分を入れると、依頼できない人は理由つきで別に示します。変更はすぐに結果に反映され、評価と一緒に保存されます。", "Enter the programme conditions and what is already used this year: people who cannot be engaged are listed separately with the reasons. Changes apply at once and are saved with the assessment.";
    ModeLegend => "関与の形", "Way of working";
    ModeOnsite => "現地での支援が必要", "On-site support needed";
    ModeOnline => "オンラインで足りる", "Online is enough";
    ModeEither => "どちらでもよい（現地を優先）", "Either (on site preferred)";
    DaysNeeded => "必要な勤務日数", "Time needed";
    NotSpecified => "指定しない", "Not specified";
    DurationMonths => "関与の期間（月数）", "Engagement length (months)";
    DurationHint => "空欄なら期間の条件を見ません。", "Leave empty to ignore duration.";
    MetroException => "三大都市圏を含む都府県にあるが、地域活性化起業人の例外要件（条件不利地域・定住自立圏・人口減少率）に当てはまる", "In a prefecture with a metropolitan area, but meets an exception for the Regional Revitalisation Entrepreneur (disadvantaged area, settlement sphere, population decline)";
    ProgrammesLegend => "対象にする制度", "Programmes to consider";
    UsageLegend => "すでに使った分", "Already used";
    UsageHint => "地域情報化アドバイザーの日数・時間は1件（1事業・1アドバイザー）ごとの上限で、年度の合計ではありません。派遣を受けたアドバイザーは、人材の欄で「この事業で今年度すでに派遣を受けた」を選んでください。", "The adviser programme's days and hours are limits per case (one project, one adviser), not a yearly total. Mark advisers already engaged for this project on their card.";
    PersonsUsed => "任用済みの人数", "People appointed";
    UsedBefore => "この団体で利用したことがある", "Used by this organisation before";
    WeightsLegend => "スコアの重み", "Score weights";
    RequiredWeight => "必須の不足1段階の重み", "Weight of a required step";
    DesirableWeight => "望ましい不足1段階の重み", "Weight of a desirable step";
    GapPoints => "ギャップの配点", "Points for the gap";
    PersonaPoints => "人材像の配点", "Points for personas";
    DomainPoints => "取組分野の配点", "Points for fields";
    LogisticsPoints => "移動（現地対応）の配点", "Points for logistics";
    WeightsHint => "配点の合計に対する割合で0～100点に換算します。当てはまらない項目（人材像や分野を選んでいない、オンラインのみ等）の配点はほかに振り分けます。ギャップを少しも埋めない人は0点です。", "Points are scaled to 0–100 by their sum. A part that does not apply (no persona or field chosen, online only …) gives its points to the others. Someone who closes none of the gap scores 0.";
    ResetWeights => "既定の重みに戻す", "Restore default weights";
    TeamSize => "チームの人数（上限）", "Team size (at most)";
    GapTunerTitle => "必要なレベルを調整して結果を見る", "Adjust needed levels and watch the results";
    GapTunerHint => "ここでの変更はスキル評価にも反映されます。", "Changes here also change the assessment.";
    TeamTitle => "チームの提案", "Recommended team";
    TeamIntro => "必須の不足をできるだけ多く、できるだけ少ない人数で埋める組合せです。制度ごとの上限（人数・回数・時間）の範囲で計画しています。", "The combination that closes as much of the required gap as possible with as few people as possible, planned within each programme's limits (people, visits, hours).";
    TeamDesirableOnly => "必須の不足がないため、望ましい不足を対象にしました。", "There is no required gap, so the desirable gap was used.";
    TeamUpdating => "順位の変更に合わせてチームの提案を更新しています…", "Updating the recommended team for the new ranking…";
    NoTeam => "条件を満たし、ギャップを埋められる人がいないため、チームを提案できません。", "Nobody who meets the conditions closes any of the gap, so no team can be proposed.";
    TeamMember => "メンバー", "Member";
    TeamTableCaption => "メンバー・関与の計画・担当する不足", "Members, engagement plans and the gaps they cover";
    TeamCovers => "担当する不足", "Gaps covered";
    TeamPlan => "関与の計画", "Engagement plan";
    TeamLeft => "チームでも残る不足", "Gaps the team leaves";
    TeamNothingLeft => "チームで対象の不足をすべて埋められます。", "The team closes the whole gap it aimed at.";
    ScoreParts => "配点ごとの内訳", "Points by part";
    RankingTitle => "ギャップを埋められる人の順位", "Ranking by how much of the gap each person closes";
    PartGap => "ギャップの充足", "Gap closed";
    PartPersona => "人材像", "Persona";
    PartDomain => "取組分野", "Fields";
    PartLogistics => "移動", "Logistics";
    LogisticsSamePrefecture => "同じ都道府県", "Same prefecture";
    LogisticsSameRegion => "同じ総合通信局の管内", "Same bureau area";
    LogisticsElsewhere => "その他の地域", "Elsewhere";
    LogisticsBaseUnknown => "活動拠点の登録なし", "Base not registered";
    LogisticsOnlineOnly => "オンラインのみ", "Online only";
    LimitsApply => "かかる制限", "Limits that apply";
    ExcludedIntro => "制度の条件や今年度の残り回数などにより、今回は依頼できない人です。当てはまる理由をすべて示します。", "People who cannot be engaged this time because of programme conditions, this year's remaining quota and so on. Every reason that applies is shown.";
    Reasons => "理由", "Reasons";
    SyntheticNotice => "架空の合成データ（負荷試験用）を表示しています。", "Showing fictional synthetic data (for load testing).";
    SomeSamplesNotice => "取り込んだ人材リストに加えて、架空のサンプルも照合の対象にしています。", "Fictional samples are matched alongside the imported lists.";
    ManageLists => "人材リストを管理する", "Manage talent lists";
}

pub fn years(lang: Lang, n: u8) -> String {
    ja_en!(lang, "{n}年", "{n} years")
}

pub fn showing(lang: Lang, shown: usize, total: usize) -> String {
    ja_en!(
        lang,
        "{total}件中 {shown}件を表示",
        "Showing {shown} of {total}"
    )
}

pub fn raise_hint(lang: Lang, item: &str, level: char, points: f64) -> String {
    ja_en!(
        lang,
        "「{item}」をレベル{level}まで満たせば +{points:.1}点",
        "Meeting “{item}” up to level {level} would add {points:.1} pts"
    )
}

/// The word for a match's band (最適 / 適合 / 一部適合 / 該当なし).
pub fn band_msg(b: dxm_domain::matching::Band) -> Msg {
    use dxm_domain::matching::Band;
    match b {
        Band::Best => Msg::BandBest,
        Band::Good => Msg::BandGood,
        Band::Partial => Msg::BandPartial,
        Band::NoMatch => Msg::BandNone,
    }
}

pub fn part_detail_text(lang: Lang, d: PartDetail) -> String {
    match d {
        PartDetail::Gap { ppm } => format!("{}%", dxm_domain::matching::explain::percent(ppm)),
        PartDetail::Persona { matched, wanted } | PartDetail::Domain { matched, wanted } => {
            format!("{matched}/{wanted}")
        }
        PartDetail::Logistics(l) => Msg::text(
            match l {
                Logistics::SamePrefecture => Msg::LogisticsSamePrefecture,
                Logistics::SameRegion => Msg::LogisticsSameRegion,
                Logistics::Elsewhere => Msg::LogisticsElsewhere,
                Logistics::BaseUnknown => Msg::LogisticsBaseUnknown,
                Logistics::OnlineOnly => Msg::LogisticsOnlineOnly,
            },
            lang,
        )
        .to_owned(),
    }
}

pub fn points(lang: Lang, milli: u32) -> String {
    let points = f64::from(milli) / 1000.0;
    ja_en!(lang, "{points:.1}点", "{points:.1} pts")
}

pub fn results_summary(lang: Lang, feasible: usize, matching: usize, excluded: usize) -> String {
    ja_en!(
        lang,
        "条件を満たす{feasible}人のうち{matching}人がギャップを埋められます。{excluded}人は条件により対象外です（下に理由）。",
        "Of {feasible} people who meet the conditions, {matching} close some of the gap. {excluded} are excluded by a rule (reasons below)."
    )
}

pub fn excluded_title(lang: Lang, n: usize) -> String {
    ja_en!(
        lang,
        "条件により対象外（{n}人）",
        "Excluded by a rule ({n})"
    )
}

pub fn team_value(lang: Lang, value: u32, total: u32) -> String {
    let pct = (u64::from(value) * 100)
        .checked_div(u64::from(total))
        .unwrap_or(0);
    ja_en!(
        lang,
        "対象の不足の{pct}%を埋めます（重み付き {value}/{total}）。",
        "Closes {pct}% of the gap aimed at (weighted {value}/{total})."
    )
}

pub fn team_method(lang: Lang, m: Method) -> String {
    match m {
        Method::Exact { candidates } => ja_en!(
            lang,
            "計算方法：厳密解（絞り込んだ候補{candidates}人のすべての組合せから最良のものを選びました）",
            "Method: exact (the best of every combination of {candidates} shortlisted candidates)"
        ),
        Method::Greedy {
            candidates,
            bound_percent,
        } => ja_en!(
            lang,
            "計算方法：近似解（候補{candidates}人が多いため、効果の大きい人から順に選びました。最良の組合せの{bound_percent}%以上を保証）",
            "Method: approximation ({candidates} candidates are too many to try every team; chosen greedily, guaranteed at least {bound_percent}% of the best)"
        ),
    }
}

pub fn raise_persona(lang: Lang, milli: u32) -> String {
    let points = points(lang, milli);
    ja_en!(
        lang,
        "求める人材像にも当てはまれば +{points}",
        "Also fitting the personas you need would add {points}"
    )
}

pub fn raise_domain(lang: Lang, milli: u32) -> String {
    let points = points(lang, milli);
    ja_en!(
        lang,
        "選んだ取組分野の経験がもっとあれば +{points}",
        "More experience in the chosen fields would add {points}"
    )
}

pub fn gap_steps(lang: Lang, n: u8) -> String {
    ja_en!(lang, "あと{n}段階", "{n} steps short")
}
