//! The prefecture view: its messages, and the sentences that carry numbers or names (the
//! demand, the supply, the plan, the summary). What loading the assessments found is in `intake`.

use super::Msg;
use dxm_domain::calendar::fiscal_year_label;
use dxm_domain::level::{Level, Priority};
use dxm_domain::prefecture::plan::MOST_PERCENT;
use dxm_domain::prefecture::summary::SummaryText;
use dxm_domain::prefecture::{Plan, Supply, Tally};
use dxm_domain::Lang;

mod intake;

pub use intake::{issue, loaded, missing_title, source};

messages! {
    PrefectureTitle => "都道府県ビュー：市町村の需要マップ", "Prefecture view: the municipalities' demand map";
    PrefectureIntro => "管内の市町村から受け取った評価（提出用ファイル・バックアップ、または共有リンク）をまとめて読み込み、スキルの不足を集計して、人材プールや人材リストと照らし合わせます。読み込んだ評価はこの画面を開いている間だけブラウザの中で扱い、どこにも送信・保存しません。元のファイルは手元に残してください。", "Load the assessments your municipalities sent you (submission files, backups or share links) all at once, add up their skill gaps and set them against the talent pool and the lists. Loaded assessments are handled only inside this browser while the page is open; nothing is sent or stored. Keep the original files.";
    GatherTitle => "評価を読み込む", "Load assessments";
    GatherFilesLabel => "ファイルを選ぶ（複数選択できます）", "Choose files (several at once)";
    GatherFilesHint => "市町村が「この評価を提出用に保存」で書き出した .json、バックアップの .json、共有リンクを1行に1つずつ書いた .txt を読み込めます。", "Accepted: the .json a municipality saved with “Save this assessment for submission”, a backup .json, or a .txt with one share link per line.";
    GatherPasteLabel => "共有リンクを貼り付ける（1行に1つ）", "Paste share links (one per line)";
    GatherPasteButton => "貼り付けたリンクを読み込む", "Load the pasted links";
    GatherPasteName => "貼り付け", "Pasted";
    GatherDemo => "架空の市町村で試す", "Try with fictional municipalities";
    GatherDemoHint => "選んだ都道府県の全市町村について、架空の評価を作って読み込みます。", "Creates and loads fictional assessments for every municipality of the chosen prefecture.";
    GatherDemoName => "（架空）デモデータ", "(fictional) demonstration data";
    GatherDemoNotice => "架空のデモデータを含んでいます。実在の市町村の評価ではありません。", "This includes fictional demonstration data. It is not any real municipality's assessment.";
    GatherClear => "読み込んだ評価をすべて外す", "Remove all loaded assessments";
    GatherCleared => "読み込んだ評価をすべて外し、このブラウザからも消しました。", "All loaded assessments were removed, from this browser too.";
    GatherKept => "読み込んだ評価は、再読み込みしても残るよう、このブラウザの中（IndexedDB）にだけ保存しています。どこにも送信しません。要らなくなったら「読み込んだ評価をすべて外す」で消せます（元のファイルやリンクは消えません）。", "Loaded assessments are kept in this browser only (IndexedDB), so that they survive a reload; they are sent nowhere. Remove them with “Remove all loaded assessments” when you no longer need them (the original files and links are not affected).";
    GatherNotKept => "読み込んだ評価をこのブラウザに保存できませんでした。ページを再読み込みすると、読み込み直しが必要です。", "The loaded assessments could not be kept in this browser: after a reload they must be loaded again.";
    GatherNothing => "まだ評価を読み込んでいません。", "No assessment is loaded yet.";
    GatherSettings => "集計の対象", "What to gather";
    PrefectureSelect => "都道府県", "Prefecture";
    TargetYear => "集計する年度", "Fiscal year gathered";
    IntakeTitle => "提出状況", "Submissions";
    IntakeExpected => "管内の市町村", "Municipalities in the prefecture";
    IntakeAccepted => "集計に含めた評価", "Assessments counted";
    IntakeMissing => "未提出の市町村", "Municipalities with none";
    IntakeDuplicates => "重複（同じ団体の別の評価）", "Duplicates (another assessment of the same municipality)";
    IntakeOtherYear => "年度が異なる評価", "Assessments of another fiscal year";
    IntakeNotCounted => "対象外（他の都道府県、団体の指定なし など）", "Not counted (another prefecture, no organisation …)";
    IntakeUnreadable => "読み込めなかったもの", "Could not be read";
    RejectedTitle => "集計に含めなかった評価", "Assessments not counted";
    ColSource => "ファイル（行）", "File (line)";
    ColAssessment => "評価の名前", "Assessment";
    ColOrganisation => "団体", "Organisation";
    ColReason => "理由", "Reason";
    ColWhatToDo => "対処", "What to do";
    MissingListTitle => "未提出の市町村", "Municipalities with no assessment";
    DemandTitle => "需要マップ", "Demand map";
    DemandIntro => "不足の大きさ（必要なレベルと庁内のレベルの差の段数。例：必要b・庁内dなら2段）を、「必須」と「あれば望ましい」に分けて合計しています。", "The size of each gap (the steps between the needed level and the in-house level; e.g. needed b, in-house d = 2 steps) is added up separately for required and desirable needs.";
    DemandNone => "集計できる評価がありません。評価を読み込み、都道府県と年度を確かめてください。", "There is no assessment to add up. Load assessments and check the prefecture and fiscal year.";
    DemandNoGap => "集計した評価には、庁内で満たせていない必要スキルがありません。", "The assessments counted have no need that in-house staff fail to meet.";
    MatrixTitle => "市町村 × カテゴリの不足", "Gaps by municipality and category";
    MatrixHint => "各マスは「必須の不足／望ましい不足」の段数です。色が濃いほど不足が大きくなります。", "Each cell shows the required / desirable gap in steps. The darker, the bigger the gap.";
    MatrixSort => "並び順", "Order";
    SortByCode => "団体コード順", "By code";
    SortByGap => "不足の大きい順", "Biggest gap first";
    ColMunicipality => "市町村", "Municipality";
    ColTotal => "合計", "Total";
    DemandByItem => "スキル項目別の不足", "Gaps by skill item";
    DemandByCategory => "カテゴリ別の不足", "Gaps by category";
    DemandByPersona => "人材像別の不足", "Gaps by persona";
    DemandByPhase => "地域DXプロセス別の不足", "Gaps by regional DX phase";
    DemandByDomain => "取組分野別の不足", "Gaps by field of work";
    UnassignedPersona => "選んだ人材像の範囲外・人材像の指定なし", "Outside the chosen personas, or none chosen";
    UnassignedPhase => "選んだプロセスの範囲外・プロセスの指定なし", "Outside the chosen phases, or none chosen";
    UnassignedDomain => "取組分野の指定なし", "No field of work chosen";
    AttributionNote => "人材像・プロセス別では、市町村が選んだ人材像（プロセス）のプリセットに含まれる項目の不足だけをその人材像（プロセス）に数えます。1つの不足が複数の人材像に数えられることがあるため、合計は全体の不足より大きくなることがあります。取組分野には項目の対応がないため、分野を選んだ市町村の不足全体をその分野に数えます。", "By persona and by phase, a gap counts under a persona (phase) the municipality chose only if that preset includes the item. One gap may count under several, so these totals can exceed the overall gap. Fields of work have no items, so a municipality's whole gap counts under each field it chose.";
    TableEquivalent => "表で見る", "Show as a table";
    ColName => "名前", "Name";
    ColMunicipalities => "不足のある市町村", "Municipalities with a gap";
    ColRequiredMunicipalities => "必須の不足がある市町村", "… with a required gap";
    ColRequiredGap => "必須の不足（段）", "Required gap (steps)";
    ColDesirableGap => "望ましい不足（段）", "Desirable gap (steps)";
    ColCategory => "カテゴリ", "Category";
    SupplyTitle => "人材の供給と需要", "Supply against demand";
    SupplyRules => "各市町村が制度の条件（対象団体、支援できる地域、働き方、今年度の残り回数・時間）の範囲で依頼できる人だけを数えます。", "Only people each municipality may engage within the programmes' conditions (who may apply, the area served, ways of working, visits and hours left this year) are counted.";
    ColItem => "スキル項目", "Skill item";
    ColNeed => "必要レベル", "Needed level";
    ColPriority => "優先度", "Priority";
    ColDemand => "不足のある市町村", "Municipalities short";
    ColCoveredPool => "プールで満たせる", "Pool can meet";
    ColCovered => "誰かで満たせる", "Anyone can meet";
    ColPartly => "一部のみ", "Only partly";
    ColPoolPeople => "プールの該当者", "People in the pool";
    ColOtherPeople => "他のリストの該当者", "People in other lists";
    SupplyTableTitle => "項目・レベル別の充足状況", "Coverage by item and level";
    TargetsTitle => "プールの採用・登録目標（プールでは満たせない需要）", "Recruitment targets for the pool (demand the pool cannot meet)";
    NoTargets => "プールで満たせない需要はありません。", "The pool can meet every demand.";
    AnalysisPending => "プールとの照合と計画を計算しています…", "Setting the pool against the demand and planning…";
    PlanTitle => "何人いれば不足の大半が埋まるか", "How many people would close most of the gap";
    PlanIntro => "まず読み込まれている人材から、次に新たに確保する人材（人材像ごと、その人材像のプリセットのレベルを持つ人）から、不足を最も多く埋める人を順に選びます。1人が支援できる市町村の数は下で変えられます。", "First from the people loaded, then from people to recruit (one persona at a time, at the levels of that persona's preset), the person who closes the most gap is added, one after another. Change below how many municipalities one person can support.";
    CapacityLabel => "1人が支援できる市町村の数", "Municipalities one person can support";
    CapacityHint => "1〜50。地域情報化アドバイザーの派遣回数など、制度の上限は市町村ごとに別に守られます。", "1–50. Programme limits such as an adviser's visits are still applied per municipality.";
    PlanFromLists => "今いる人材から", "From the people loaded";
    PlanToRecruit => "新たに確保する人材", "People to recruit";
    PlanNoRecruits => "今いる人材で目標に届くため、新たな確保は提案していません。", "The people loaded reach the goal, so no recruitment is proposed.";
    PlanNoneFromLists => "読み込まれている人材では、この不足を埋められません。", "Nobody loaded closes any of this gap.";
    PlanNothing => "埋められる不足がありません。", "There is no gap to close.";
    ColProgramme => "制度", "Programme";
    ColPersona => "人材像", "Persona";
    ColPeople => "人数", "People";
    ColServed => "支援先の市町村", "Municipalities supported";
    ColClosed => "埋まる不足（段）", "Gap closed (steps)";
    NoPersona => "人材像の記載なし", "No persona given";
    PlanNoIndividual => "この画面と要約には個人を特定する情報（人材のID等）を載せていません。", "This screen and its summary name no individual (not even a profile id).";
    SummaryTitle => "会議体向けの要約", "Summary for the council";
    SummaryCsv => "要約をCSVで保存", "Save the summary as CSV";
    SummaryPrint => "要約を印刷（A4）", "Print the summary (A4)";
}

fn percent(part: u32, whole: u32) -> u32 {
    (u64::from(part) * 100)
        .checked_div(u64::from(whole))
        .unwrap_or(0) as u32
}

pub fn tally(lang: Lang, t: &Tally) -> String {
    let (required, municipalities, desirable) =
        (t.required, t.required_municipalities, t.desirable);
    ja_en!(
        lang,
        "必須 {required}段（{municipalities}市町村）・望ましい {desirable}段",
        "required {required} steps ({municipalities} municipalities), desirable {desirable} steps"
    )
}

pub fn demand_totals(lang: Lang, counted: usize, t: &Tally) -> String {
    let (required, required_municipalities, desirable, municipalities) = (
        t.required,
        t.required_municipalities,
        t.desirable,
        t.municipalities,
    );
    ja_en!(
        lang,
        "{counted}市町村の評価を集計：必須の不足 {required}段（{required_municipalities}市町村）、あれば望ましい不足 {desirable}段（不足のある市町村 {municipalities}）。",
        "{counted} municipalities' assessments: required gap {required} steps ({required_municipalities} municipalities), desirable gap {desirable} steps ({municipalities} municipalities with any gap)."
    )
}

pub fn matrix_cell(lang: Lang, required: u32, desirable: u32) -> String {
    ja_en!(
        lang,
        "必須 {required}段、望ましい {desirable}段",
        "required {required} steps, desirable {desirable} steps"
    )
}

pub fn supply_intro(lang: Lang, s: &Supply) -> String {
    let (pool, other) = (s.pool_profiles, s.other_profiles);
    let all = pool + other;
    ja_en!(
        lang,
        "読み込まれている人材 {all}人（都道府県の人材プール {pool}人、その他の人材リスト・アドバイザー {other}人）と照らし合わせます。",
        "Set against the {all} people loaded ({pool} in prefectural pools, {other} in other lists and adviser lists)."
    )
}

pub fn supply_share(lang: Lang, s: &Supply) -> String {
    let (gap, by_pool, by_all) = (s.gap, s.closable_by_pool, s.closable);
    let (p, a) = (percent(by_pool, gap), percent(by_all, gap));
    ja_en!(
        lang,
        "不足 {gap}段のうち、プールだけで {by_pool}段（{p}%）、読み込まれている人材全体で {by_all}段（{a}%）を埋められます。",
        "Of the {gap} steps of gap, the pool alone can close {by_pool} ({p}%) and everyone loaded {by_all} ({a}%)."
    )
}

/// 「セキュリティ体制構築・運営 レベルb が 12 市町村で必須、プールに0人」.
pub fn target(
    lang: Lang,
    item: &str,
    need: Level,
    priority: Priority,
    municipalities: u32,
    pool: u32,
    other: u32,
) -> String {
    let l = need.letter();
    let pr = match priority {
        Priority::Required => ja_en_str!(lang, "必須", "required"),
        Priority::Desirable => ja_en_str!(lang, "あれば望ましい", "desirable"),
    };
    ja_en!(
        lang,
        "{item} レベル{l} が {municipalities} 市町村で{pr}、プールに{pool}人（他のリストに{other}人）",
        "{item} at level {l} is {pr} in {municipalities} municipalities; {pool} in the pool ({other} in other lists)"
    )
}

pub fn plan_summary(lang: Lang, p: &Plan) -> String {
    let what = if p.required_only {
        ja_en_str!(lang, "必須の不足", "required gap")
    } else {
        ja_en_str!(lang, "不足", "gap")
    };
    let (total, loaded, recruits) = (p.total, p.lists_people, p.recruits_people);
    let people = loaded + recruits;
    let (closed, percent) = (p.closed(), p.closed_percent());
    ja_en!(
        lang,
        "{what} {total}段のうち、{people}人（今いる人材 {loaded}人、新たに確保 {recruits}人）で {closed}段（{percent}%）が埋まります。目標は {MOST_PERCENT}% です。",
        "Of {total} steps of {what}, {people} people ({loaded} loaded, {recruits} to recruit) close {closed} ({percent}%). The goal is {MOST_PERCENT}%."
    )
}

pub fn summary_file(lang: Lang, prefecture: &str, year: u16) -> String {
    ja_en!(
        lang,
        "{prefecture}_需要マップ_{year}年度.csv",
        "{prefecture}-demand-map-FY{year}.csv"
    )
}

/// Wording of the summary CSV.
pub fn summary_text(lang: Lang, t: SummaryText) -> String {
    use SummaryText as T;
    let m = |msg: Msg| msg.text(lang).to_owned();
    match t {
        T::Title => ja_en!(
            lang,
            "市町村のDX人材需要マップ（要約）",
            "Municipal DX talent demand map (summary)"
        ),
        T::Prefecture => m(Msg::PrefectureSelect),
        T::FiscalYear(y) => fiscal_year_label(lang, y),
        T::Expected => m(Msg::IntakeExpected),
        T::Accepted => m(Msg::IntakeAccepted),
        T::Missing => m(Msg::IntakeMissing),
        T::Duplicates => m(Msg::IntakeDuplicates),
        T::OtherYear => m(Msg::IntakeOtherYear),
        T::NotCounted => m(Msg::IntakeNotCounted),
        T::Unreadable => m(Msg::IntakeUnreadable),
        T::MissingList => m(Msg::MissingListTitle),
        T::Code => m(Msg::LgCode),
        T::Municipality => m(Msg::ColMunicipality),
        T::Matrix => m(Msg::MatrixTitle),
        T::Total => m(Msg::ColTotal),
        T::Required => m(Msg::Required),
        T::Desirable => m(Msg::Desirable),
        T::Items => m(Msg::DemandByItem),
        T::Category => m(Msg::ColCategory),
        T::Item => m(Msg::ColItem),
        T::Municipalities => m(Msg::ColMunicipalities),
        T::RequiredMunicipalities => m(Msg::ColRequiredMunicipalities),
        T::RequiredGap => m(Msg::ColRequiredGap),
        T::DesirableGap => m(Msg::ColDesirableGap),
        T::Categories => m(Msg::DemandByCategory),
        T::Personas => m(Msg::DemandByPersona),
        T::Phases => m(Msg::DemandByPhase),
        T::Domains => m(Msg::DemandByDomain),
        T::Unassigned => ja_en!(lang, "いずれにも当たらない不足", "Not attributed"),
        T::Supply => m(Msg::SupplyTableTitle),
        T::Level => m(Msg::ColNeed),
        T::PriorityHeader => m(Msg::ColPriority),
        T::Priority(Priority::Required) => m(Msg::Required),
        T::Priority(Priority::Desirable) => m(Msg::Desirable),
        T::CoveredByPool => m(Msg::ColCoveredPool),
        T::Covered => m(Msg::ColCovered),
        T::Partly => m(Msg::ColPartly),
        T::PoolPeople => m(Msg::ColPoolPeople),
        T::OtherPeople => m(Msg::ColOtherPeople),
        T::Plan => m(Msg::PlanTitle),
        T::Step => ja_en!(lang, "段階", "Step"),
        T::FromLists => m(Msg::PlanFromLists),
        T::ToRecruit => m(Msg::PlanToRecruit),
        T::Programme => m(Msg::ColProgramme),
        T::Persona => m(Msg::ColPersona),
        T::People => m(Msg::ColPeople),
        T::Served => m(Msg::ColServed),
        T::Closed => m(Msg::ColClosed),
        T::Objective => ja_en!(lang, "目標とする不足（段）", "Gap aimed at (steps)"),
        T::NoPersona => m(Msg::NoPersona),
    }
}
