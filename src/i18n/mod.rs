//! The i18n layer: every user-visible string of the UI, in Japanese (default) and English.
//! Data texts (skill names, programmes …) carry their own `ja`/`en` pair and go through `pick`.

use dxm_domain::compare::GapChange;
use dxm_domain::export::ExportText;
use dxm_domain::fit::Fit;
use dxm_domain::import::protocol::ReadError;
use dxm_domain::import::{Field, PiiKind, Problem, SourceError};
use dxm_domain::matching::{Logistics, Method, PartDetail};
use dxm_domain::profile::{Basis, DaysBand, PeriodBand};
use dxm_domain::sheet::SheetText;
use dxm_domain::text::pick;
use dxm_domain::Lang;
use leptos::prelude::*;

pub mod prefecture;
pub mod rules;

/// 「令和8年度（2026年度）」 / "FY2026": computed by the domain's calendar.
pub use dxm_domain::calendar::fiscal_year_label;
pub use rules::{engagement_text, exclusion_text, fit_reason, limit_text, rule_text, step_label};

macro_rules! messages {
    ($($key:ident => $ja:literal, $en:literal;)*) => {
        /// A fixed UI string: its Japanese and English text. Adding a key without both languages
        /// does not compile. Each message is a constant of its own rather than an arm of one
        /// big `match`, so its text is linked into the WebAssembly module of the screen that
        /// uses it (src/shell/screen.rs): the start screen does not download every screen's words.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub struct Msg(&'static [&'static str; 2]);

        #[allow(non_upper_case_globals)]
        impl Msg {
            $( pub const $key: Msg = Msg(&[$ja, $en]); )*
        }
    };
}

impl Msg {
    pub fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ja => self.0[0],
            Lang::En => self.0[1],
        }
    }
}

messages! {
    AppName => "自治体DX人材マッチ", "Municipal DX Talent Match";
    AppTagline => "必要なDXスキルを整理し、外部デジタル人材と照らし合わせる", "Define the DX skills you need and match them with external digital talent";
    SkipToMain => "本文へ移動", "Skip to main content";
    SwitchLanguage => "English", "日本語";
    SwitchLanguageLabel => "Switch to English", "日本語に切り替える";
    Steps => "手順", "Steps";
    StepStart => "基本情報", "Context";
    StepPresets => "出発点", "Starting point";
    StepAssess => "スキル評価", "Skills";
    StepGap => "確認・ギャップ", "Review and gap";
    StepSheet => "求める人材像", "People needed";
    StepMatches => "人材マッチ", "Match talent";
    Next => "次へ", "Next";
    DataLoadFailed => "内蔵データを読み込めませんでした。ページを再読み込みしてください。繰り返す場合は、この画面の内容を管理者に伝えてください。", "The built-in data could not be loaded. Reload the page; if this happens again, pass this message on to your administrator.";
    ScreenLoading => "画面を読み込んでいます…", "Loading the screen…";
    ScreenLoadFailed => "この画面を読み込めませんでした。ネットワークにつながっているか確かめて、もう一度お試しください。新しい版が公開された直後なら、ページを再読み込みしてください。入力した内容は保存されています。", "This screen could not be loaded. Check that you are online and try again; if a new version was just published, reload the page. Your work is saved.";
    TryAgain => "もう一度読み込む", "Try again";
    StorageUnavailable => "このブラウザでは作業内容を保存できません（ストレージが使えません）。ページを閉じると入力は失われます。", "This browser cannot save your work (storage is unavailable). Your input will be lost when the page closes.";
    StorageRecovered => "保存されていた作業内容を読み取れなかったため、新しく始めました。元のデータは消さずにブラウザ内に退避してあります。", "Saved work could not be read, so a new assessment was started. The original data was kept aside in the browser, not deleted.";
    StorageSaveFailed => "作業内容を保存できませんでした（ブラウザの保存領域が一杯の可能性があります）。", "Your work could not be saved (the browser's storage may be full).";

    StartTitle => "団体と評価の基本情報", "Organisation and assessment";
    StartIntro => "外部デジタル人材を活用する前に、どのような役割とスキルが必要かを整理します。団体を選び、評価に名前を付けてください。入力内容はこのブラウザの中にだけ保存され、どこにも送信されません。", "Before bringing in external digital talent, set out the roles and skills you need. Choose your organisation and name the assessment. What you enter is saved only in this browser and never sent anywhere.";
    SearchOrgLabel => "団体名・よみがな・団体コードで検索", "Search by name, reading (kana) or local government code";
    SearchOrgHint => "例：札幌市、さっぽろ、011002", "e.g. 札幌市, さっぽろ, 011002";
    SearchResults => "検索結果", "Search results";
    NoResults => "該当する団体がありません。名前の一部、よみがな、または6桁の団体コードで探してください。", "No organisation matches. Try part of the name, the reading in kana, or the 6-digit code.";
    OrgListLoading => "団体の一覧を読み込んでいます…", "Loading the list of organisations…";
    OrgListFailed => "団体の一覧を読み込めませんでした。ネットワークにつながっているか確かめて、もう一度入力してください。", "The list of organisations could not be loaded. Check that you are online and type again.";
    SelectedOrg => "選択中の団体", "Selected organisation";
    NoOrgSelected => "まだ団体を選んでいません。", "No organisation selected yet.";
    RegionBureau => "総合通信局の管内", "Regional bureau area";
    LgCode => "団体コード", "Code";
    AssessmentName => "評価の名前", "Assessment name";
    AssessmentNameHint => "年度や事業名が分かる名前にすると、後で比較しやすくなります。", "A name with the year or project makes later comparison easier.";
    FiscalYear => "対象年度", "Fiscal year";
    DefaultAssessmentName => "DX人材の検討", "DX talent needs";

    PresetsTitle => "出発点（プリセット）を選ぶ", "Choose a starting point (presets)";
    PresetsIntro => "必要な人材像や、支援が必要な地域DXのプロセスを選ぶと、その標準的なスキルとレベルが評価に入ります。後の画面で項目ごとに調整できます。複数選んだ場合は、高い方のレベルが使われ、どれかで必須なら必須になります。", "Pick the personas you need, or the regional DX phases that need help: their typical skills and levels go into the assessment, and you can adjust every item on the next screen. When several are picked, the higher level wins, and an item is required if any of them requires it.";
    PersonasLegend => "人材像（総務省「自治体DX推進のための外部人材スキル標準」）", "Personas (MIC external-talent skill standard for municipal DX)";
    PhasesLegend => "地域DXのプロセス（支援が必要な段階）", "Regional DX process (phases that need help)";
    ApplyPresets => "選んだプリセットを評価に反映", "Apply the selected presets";
    NothingSelected => "プリセットが選ばれていません。", "No preset is selected.";
    AppliedPresets => "反映済み", "Applied";
    ClearNeeds => "必要レベルをすべて消す", "Clear all needed levels";
    Undo => "元に戻す", "Undo";
    NeedsCleared => "必要レベルを消しました。", "The needed levels were cleared.";
    MappingNote => "対応付けについて", "About the mapping";
    ExamplesLabel => "スキル例", "Example skills";

    AssessTitle => "必要なスキルと庁内の現状を評価する", "Assess the skills needed and those in-house";
    AssessIntro => "項目ごとに、業務に必要なレベル、その優先度（必須／あれば望ましい）、庁内職員がすでに持っているレベルを選びます。変更はすぐに保存されます。", "For each item, choose the level the work needs, its priority (required / desirable) and the level your own staff already have. Changes are saved at once.";
    LevelLegend => "レベルの意味（DSS-P）", "What the levels mean (DSS-P)";
    NeedLevel => "必要なレベル", "Needed level";
    PriorityLabel => "優先度", "Priority";
    HaveLevel => "庁内の現状", "In-house level";
    Required => "必須", "Required";
    Desirable => "あれば望ましい", "Desirable";
    Progress => "進み具合", "Progress";

    GapTitle => "入力の確認とギャップ", "Review and gap";
    GapIntro => "まだ入力されていない必須の項目を確かめてから、必要なレベルに対して庁内の現状が何段階足りないかを図と表で確認します。必要とした項目は、不足がなくても表に残します。", "First check which required items still lack an in-house level, then see by how many steps in-house skills fall short, as charts and tables. Every needed item stays in the tables, even when nothing is missing.";
    NoNeedsYet => "まだ必要なスキルが入力されていません。", "No needed skills have been entered yet.";
    GoToPresets => "出発点を選ぶ", "Choose a starting point";
    ByCategory => "カテゴリー別", "By category";
    ByItem => "項目別（不足の大きい順）", "By item (largest gap first)";
    Category => "カテゴリー", "Category";
    Item => "スキル項目", "Skill item";
    NeededItems => "必要な項目", "Items needed";
    RequiredItems => "うち必須", "of which required";
    GapItems => "不足のある項目", "Items with a gap";
    GapSteps => "不足（段階）", "Gap (steps)";
    Need => "必要", "Needed";
    Have => "現状", "In-house";
    Met => "充足", "Met";
    TotalGap => "不足の合計（段階）", "Total gap (steps)";

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
    None => "なし", "None";
    Points => "点", "pts";

    CurrentAssessment => "作業中の評価", "Current assessment";
    AssessmentsLink => "評価の一覧・比較", "All assessments";
    SavedAssessments => "保存している評価", "Saved assessments";
    SavedJustNow => "自動保存済み", "Saved automatically";

    PopulationBand => "人口規模", "Population";
    NotSelected => "選択しない", "Not selected";
    ProjectName => "事業名（任意）", "Project name (optional)";
    ProjectHint => "特定の事業のための人材なら事業名を、全庁的な検討なら空欄のままにします。", "Name the project the people are for, or leave empty for an organisation-wide review.";
    DomainsLegend => "取組分野：自治体DXの重点取組事項（複数選択可）", "Fields: municipal DX priority areas (choose any)";
    DomainsRegionalLegend => "取組分野：地域社会DX（複数選択可）", "Fields: regional society DX (choose any)";
    PersonasNeededLegend => "必要な人材像（総務省 外部人材スキル標準）", "Personas you need (MIC external-talent standard)";
    PhasesNeededLegend => "支援が必要な地域DXのプロセス", "Regional DX phases that need help";
    ContextSaved => "入力内容は自動で保存されます。", "Everything you enter is saved automatically.";
    PresetsFromContext => "基本情報で選んだ人材像とプロセスにあらかじめチェックを入れています。", "The personas and phases chosen in the context step are ticked already.";

    FilterLegend => "表示する項目", "Show";
    FilterAll => "すべての項目", "All items";
    FilterNeeded => "必要な項目のみ", "Needed items only";
    FilterMissing => "現状が未入力の項目のみ", "Items without an in-house level";
    StaffDetail => "庁内の現状を職員の区分ごとにも記録する", "Also record in-house levels per staff tier";
    StaffDetailHint => "一般行政職員・DX推進リーダー・高度専門人材ごとのレベルを記録します。全体の現状は、いずれかの区分の最高レベルを下回りません。", "Record levels for general staff, DX leaders and specialists. The overall in-house level is never below the highest tier.";
    NotEntered => "未入力", "Not entered";
    CategoryNav => "カテゴリーへ移動", "Go to category";
    NoItemsInFilter => "この表示条件に当てはまる項目はありません。", "No item matches this filter.";
    CategoryProgress => "必要", "needed";
    MissingShort => "未入力", "not entered";
    MissingHaveItems => "現状未入力", "Not entered";

    ReviewTitle => "入力の確認", "Review";
    RequiredWithoutHave => "必須なのに庁内の現状が未入力の項目", "Required items without an in-house level";
    AllRequiredHaveEntered => "必須の項目は、すべて庁内の現状が入力されています。", "Every required item has an in-house level.";
    RequiredWithoutHaveHint => "未入力のままだと「庁内に該当者なし（z）」として不足を数えます。", "Until entered, these count as “nobody in-house” (z).";
    EmptyCategories => "必要なレベルをまだ付けていないカテゴリー", "Categories with no needed level yet";
    NoEmptyCategories => "すべてのカテゴリーに必要な項目があります。", "Every category has needed items.";
    EditInAssess => "スキル評価で入力する", "Enter them in the skills step";
    RadarTitle => "カテゴリー別：必要と現状", "By category: needed vs in-house";
    RadarDesc => "各カテゴリーの必要レベルの平均（破線）と、庁内の現状の平均（塗り）を0（z）から4（a）で表します。同じ値は下の表にあります。", "Mean needed level (dashed) and mean in-house level (filled) per category, from 0 (z) to 4 (a). The same figures are in the table below.";
    AvgNeed => "必要レベルの平均", "Mean needed level";
    AvgHave => "現状レベルの平均", "Mean in-house level";
    BarsTitle => "項目別：必要と現状（不足の大きい順）", "By item: needed vs in-house (largest gap first)";
    BarsDesc => "棒の長さが庁内の現状、縦線が必要なレベルです。", "The bar is the in-house level; the line marks the needed level.";

    SheetTitle => "求める人材像", "People needed";
    SheetIntro => "評価から、求める人材の説明を作りました。募集要項や仕様書にそのまま貼り付けて使えます。印刷（A4）や、Markdown・テキストでの保存ができます。", "A description of the people this assessment calls for, ready to paste into a job posting or specification. Print it on A4 or save it as Markdown or text.";
    Print => "印刷する", "Print";
    SaveMarkdown => "Markdownで保存", "Save as Markdown";
    SaveText => "テキストで保存", "Save as text";
    SheetOrganisation => "団体", "Organisation";
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
    LevelWord => "レベル", "level ";
    SheetEngagement => "想定する関与の形と活用できる制度", "Suggested engagement and programmes";
    SheetEngagementIntro => "評価の内容と団体の情報から、活用できそうな制度を示します。利用の可否は各制度の最新の要綱で確認してください。", "Programmes that may fit, judged from the assessment and the organisation. Confirm eligibility against each programme's latest rules.";
    FitSuitable => "適する", "suitable";
    FitConditional => "条件を確認", "check conditions";
    FitNotApplicable => "対象外", "not applicable";
    SheetLimits => "上限・条件", "Limits";
    SheetCost => "費用", "Cost";
    SheetSources => "出典", "Sources";
    SheetStandardNote => "スキル項目とレベル（a〜d）は IPA・経済産業省「デジタルスキル標準（DX推進スキル標準）」によります。人材像とスキル項目の対応付けは自治体DX人材マッチ独自のものです。", "Skill items and levels (a–d) follow the IPA/METI Digital Skill Standards (DSS-P). The mapping between personas and skill items is this app's own.";
    ToBeConfirmed => "要確認", "to be confirmed";
    SourcesDiffer => "資料により記載が異なる", "Sources differ";
    SourceWord => "出典", "Source";
    HowToApply => "申請の手順", "How to apply";
    PublishedOn => "資料の日付", "dated";
    CheckedOn => "確認日", "checked";
    NotConfirmedTag => "要確認", "to be confirmed";
    ConflictNote => "この記載を示す資料（ほかの資料と記載が異なります。アプリは上の規則で判定します）", "What another source says (it differs; the app applies the rule above)";
    RulesTitle => "制度の条件と上限", "Conditions and limits";
    CostTitle => "費用・財政措置", "Costs and financial support";
    ApplyTitle => "次の一歩：申請の手順", "Next step: how to apply";
    NoApplySteps => "申請の手順の資料はまだありません。所管の最新の案内を確かめてください。", "No material on applying yet: check the latest guidance of the operator.";
    EditLevelsTitle => "レベルを確認・修正する", "Check and correct levels";
    EditLevelsHint => "取り込んだ人のレベルを項目ごとに確かめ、直せます。直した項目と「推定をすべて確認済みにする」で確かめた項目は「確認済み」になり、点数で満点に数えます。", "Check and correct an imported person's levels item by item. Items you change, or confirm with “Confirm all inferred”, become confirmed and count in full.";
    PersonId => "登録番号（ID）", "ID";
    ListLabel => "一覧", "List";
    ShowLevels => "レベルを表示", "Show levels";
    PersonNotFound => "この一覧にその登録番号の人はいません。", "No one in this list has that ID.";
    LevelsSaved => "保存しました。照合の結果に反映されます。", "Saved; the matches use it now.";
    SkillItemHeader => "スキル項目", "Skill item";
    BasisLabel => "根拠", "Basis";
    SaveLevels => "直したレベルを保存", "Save the changes";
    ConfirmInferred => "推定をすべて確認済みにして保存", "Confirm all inferred and save";
    HeaderRowLabel => "見出しの行", "Header row";
    HeaderRowHint => "表題の行や注記の行は取り込みません。見出しが別の行にある場合は選び直してください。", "Title and note rows are not imported. If the headings are on another row, choose it here.";
    ImportNotesTitle => "この一覧の読み方", "How this list was read";
    RowWarningsTitle => "行ごとの注意（取り込めますが、確かめてください）", "Row by row (can be imported; please check)";
    ProgrammeDetails => "この制度の条件・費用・申請の手順（出典つき）", "This programme's conditions, costs and how to apply (with sources)";
    SourcesLink => "データの出典と制度の根拠", "Data sources and programme rules";
    SourcesTitle => "データの出典と制度の根拠", "Data sources and the basis of the rules";
    SourcesIntro => "このアプリが使う基準・対応付け・制度のルールと、その出典・日付です。資料により記載が異なるものは並べて示し、一次資料で確かめられていないものには「要確認」と付けています。要確認の条件は、利用者が「条件と重み」で選ばない限り、候補を除外しません。", "The standards, mappings and programme rules this app uses, with their sources and dates. Where sources differ, both are shown; what no primary source confirms is marked “to be confirmed” and never excludes anyone unless you choose so under Conditions.";
    StandardSection => "スキル標準", "Skill standard";
    PresetsSection => "人材像・プロセスの対応付け", "Persona and phase mappings";
    CrosswalkSection => "公開されている一覧からのレベルの推定（クロスウォーク）", "Inferring levels from published lists (crosswalk)";
    ProgrammesSection => "制度のルール", "Programme rules";
    RulesConverted => "このルールのファイルは以前の形式（形式1）で書かれているため、条件ごとのルールに変換して使っています。原文の引用や申請の手順は含まれていません。", "These rules were written in the earlier format (format 1) and are converted rule by rule; they carry no quotes of their sources and no steps of applying.";
    PlacesSection => "地域・団体・資格の区分", "Areas, organisations and qualifications";
    EligibilityTitle => "対象", "Who may apply";
    FiscalYearOf => "対象年度", "Fiscal year";
    VersionLabel => "版", "Version";
    CrosswalkTagsCaption => "分野（一覧の「主な対応分野」）と推定するスキル項目・取組分野", "Field tags (the list's 主な対応分野) and the items and fields they suggest";
    CrosswalkTag => "分野", "Field tag";
    CrosswalkItems => "推定するスキル項目（レベル）", "Items inferred (level)";
    CrosswalkDomains => "取組分野", "Fields";
    Unmapped => "対応付けない", "Not mapped";
    StrictLegend => "要確認の条件", "Conditions to be confirmed";
    StrictHint => "一次資料で確かめられていない条件は、候補を除外せず注意として示します。確かめた条件は、ここで選ぶと除外の条件として使います。", "Conditions no primary source confirms are shown as cautions, not used to exclude. Tick those you have confirmed to apply them as hard rules.";
    StrictEligibility => "対象となる団体", "Who may apply";
    EngagedLabel => "この事業で今年度すでに派遣を受けた", "Already engaged for this project this fiscal year";
    EngagedHint => "同じ事業・同じ人の派遣は年度内1回のため、選ぶと候補から外れます。", "The same person once per project and year: ticking removes them from the candidates.";
    EngagedUndo => "派遣済みの印を外す", "Remove the mark";
    BasisDeclared => "申告", "declared";
    BasisQualification => "資格の裏付け", "backed by a qualification";
    BasisInferred => "推定", "inferred";
    BasisConfirmed => "確認済み", "confirmed";
    EvidenceNote => "「推定」は一覧の分野・経歴の語句から推定したレベルで、点数では半分に数えます。「資格の裏付け」は保有資格がそのレベルを裏付けるもの、「確認済み」は利用者が確かめたものです。", "“Inferred” levels come from the list's field tags or career terms and count at half; “backed by a qualification” levels are backed by a qualification held; “confirmed” ones were checked by a user.";
    RequiredCap => "必須の不足をひとつも埋めないため、点数は49点（一部適合）までです。", "Closes none of the required gaps, so the score is at most 49 (partial).";
    RequiredFloor => "必須の不足をすべて埋める（推定だけによらない）ため、点数は50点（適合）以上です。", "Closes every required gap (not on inferred levels alone), so the score is at least 50 (good).";
    TagsLabel => "一覧の分野", "Field tags in the list";
    TopicsNote => "事業名から読み取った分野も照合に使っています：", "Fields read from the project name are matched too: ";
    NotApplicableProgrammes => "対象外と判断した制度", "Programmes judged not applicable";

    AssessmentsTitle => "評価の一覧と比較", "Assessments and comparison";
    AssessmentsIntro => "年度や事業ごとに複数の評価を保存できます。前年度の評価を複製して今年度の評価を始めたり、2つの評価を比べて不足がどう変わったかを確かめたりできます。", "Keep several assessments, per fiscal year or project. Duplicate last year's to start this year's, and compare two to see how the gaps moved.";
    NewAssessment => "新しい評価を作る", "New assessment";
    OpenAssessment => "開く", "Open";
    Duplicate => "複製", "Duplicate";
    Rename => "名前を変更", "Rename";
    Delete => "削除", "Delete";
    Save => "保存", "Save";
    Cancel => "キャンセル", "Cancel";
    ActiveTag => "作業中", "Current";
    UpdatedLabel => "更新", "Updated";
    NeededShort => "必要な項目", "Needed items";
    NewName => "新しい名前", "New name";
    NameRequired => "名前を入力してください。", "Enter a name.";
    CompareTitle => "2つの評価を比べる", "Compare two assessments";
    CompareBefore => "比較元（前）", "From (before)";
    CompareAfter => "比較先（後）", "To (after)";
    CompareNeedTwo => "比べるには評価が2つ以上必要です。「複製」で今の評価から新しい評価を作れます。", "Comparing needs two assessments. Use “Duplicate” to start a new one from the current assessment.";
    NoChanges => "2つの評価に違いはありません。", "The two assessments do not differ.";
    ChangeLabel => "変化", "Change";
    BeforeShort => "前", "Before";
    AfterShort => "後", "After";
    ChangeClosed => "解消", "Closed";
    ChangeNarrowed => "縮小", "Narrowed";
    ChangeWidened => "拡大", "Widened";
    ChangeOpened => "新たな不足", "Opened";
    ChangeSame => "不足は同じ", "Same gap";
    GapBefore => "不足（前）", "Gap before";
    GapAfter => "不足（後）", "Gap after";

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
    DataLink => "データの取り込み・書き出し", "Import and export";
    DataTitle => "データの取り込み・書き出し", "Import and export";
    DataIntro => "都道府県や国の人材リスト（CSV・Excel・JSON）を取り込み、結果をExcel向けCSVで書き出し、作業全体をバックアップできます。データはこのブラウザの中だけで処理され、どこにも送信されません。", "Import prefectural or national talent lists (CSV, Excel, JSON), export results as CSV for Excel, and back up all your work. Data is processed only in this browser and never sent anywhere.";
    ImportTitle => "人材リストを取り込む", "Import a talent list";
    ImportIntro => "ファイルを選ぶと、列の意味を推測して表示します。確認して「検証する」を押すと、行・列・値ごとに問題を示します。エラーがなければ「取り込む」で保存します。それまでは何も保存されません。", "Choose a file: the meaning of each column is suggested. Check it and press Validate to see any problem by row, column and value. With no error, Import saves the list; nothing is saved before that.";
    ChooseFile => "ファイルを選ぶ（CSV・Excel .xlsx・JSON）", "Choose a file (CSV, Excel .xlsx, JSON)";
    EncodingLabel => "文字コード", "Text encoding";
    EncodingAuto => "自動判定", "Detect automatically";
    EncodingUtf8 => "UTF-8", "UTF-8";
    EncodingSjis => "Shift_JIS（Excelの従来の形式）", "Shift_JIS (older Excel files)";
    SheetLabel => "シート", "Sheet";
    Reading => "ファイルを読み込んでいます…", "Reading the file…";
    Validating => "検証しています…", "Validating…";
    CancelImport => "取り込みを中止", "Cancel import";
    ImportCancelled => "取り込みを中止しました。何も変わっていません。", "The import was cancelled. Nothing has changed.";
    MappingTitle => "列の対応付け", "Column mapping";
    MappingHint => "各列をどの項目として取り込むか選びます。個人情報の列は取り込みません。", "Choose what each column holds. Columns with personal data are never imported.";
    ColumnHeader => "列（見出し）", "Column (header)";
    ColumnSample => "値の例", "Sample values";
    ColumnField => "取り込み先", "Imported as";
    SkillItemsGroup => "スキル項目（1列に1項目のレベル）", "Skill items (one item’s level per column)";
    NoDataRows => "見出しの行だけで、データの行がありません。2行目から1人1行で入力したファイルを選んでください。", "There is only a header row and no data. Choose a file with one person per row from the second row on.";
    PersonalNotImported => "個人情報のため取り込みません", "Personal data: not imported";
    ListName => "リストの名前", "List name";
    DefaultProgramme => "制度（列にない場合）", "Programme (when no column gives it)";
    NoDefaultProgramme => "指定しない", "None";
    ValidateButton => "検証する", "Validate";
    ImportButton => "取り込む", "Import";
    ReportTitle => "検証の結果", "Validation result";
    ErrorsTitle => "エラー（直すまで取り込めません）", "Errors (must be fixed before importing)";
    WarningsTitle => "注意（取り込めますが確認してください）", "Warnings (can be imported; please check)";
    RowLabel => "行", "Row";
    ValueLabel => "値", "Value";
    ProblemLabel => "問題", "Problem";
    FixLabel => "直し方", "How to fix";
    HeaderRow => "見出し", "Header";
    FixAndRetry => "下の表のとおり直してください（ファイルを直したら選び直し、対応付けや制度を直したらもう一度「検証する」）。何も取り込まれていません。", "Fix what the table below lists (choose the file again after fixing it, or press Validate again after changing the mapping or programme). Nothing has been imported.";
    NothingToImport => "取り込める行がありません。", "There are no rows to import.";
    PackNoMapping => "このアプリの形式（JSON）のファイルです。列の対応付けは不要です。", "This file is in the app's own JSON format: no column mapping is needed.";
    ListsTitle => "取り込んだ人材リスト", "Imported talent lists";
    NoLists => "まだ人材リストを取り込んでいません。", "No talent list imported yet.";
    UseInMatching => "照合に使う", "Use in matching";
    HideSamples => "架空のサンプルデータを照合に使わない", "Do not match against the fictional samples";
    PublishedTag => "公開データ", "Published";
    ProfilesCount => "人", "people";
    ImportedAt => "取り込み", "Imported";
    ListRemoved => "リストを削除しました。", "The list was removed.";
    ListsUnavailable => "このブラウザでは取り込んだリストを保存できません。ページを閉じると失われます。", "This browser cannot store imported lists: they are lost when the page closes.";
    ListSkipped => "データの更新によりこのリストは照合に使えなくなりました。取り込み直してください。", "After a data update this list no longer validates; import it again.";
    ExportTitle => "書き出しとバックアップ", "Export and backup";
    ExportRanking => "人材の順位をCSVで保存", "Save the ranking as CSV";
    ExportGap => "ギャップ表をCSVで保存", "Save the gap table as CSV";
    ExportHint => "CSVはExcelでそのまま開けます（UTF-8 BOM付き）。", "The CSV files open directly in Excel (UTF-8 with BOM).";
    BackupButton => "すべての作業をバックアップ（JSON）", "Back up all work (JSON)";
    RestoreLabel => "バックアップから復元", "Restore from a backup";
    StoragePersisted => "このブラウザは保存した作業を自動では消しません。", "This browser will not clear your saved work on its own.";
    StorageNotPersisted => "ブラウザの空き容量が少なくなると、保存した作業が消されることがあります。ときどきバックアップしてください。", "If the browser runs short of space it may clear saved work: back up from time to time.";
    UpdateAvailable => "新しいバージョンがあります", "A new version is available";
    UpdateHint => "作業内容は保存されています。都合のよいときに更新してください。", "Your work is saved. Update whenever it suits you.";
    UpdateNow => "今すぐ更新", "Update now";
    UpdateLater => "後で", "Later";
    InstallApp => "アプリとしてインストール", "Install as an app";
    RestorePreviewTitle => "復元すると次の内容に置き換わります", "Restoring replaces your work with";
    RestoreConfirm => "置き換える", "Replace";
    RestoreDone => "バックアップから復元しました。", "The backup was restored.";
    RestoreFailed => "このファイルは復元できません。今の作業は変わっていません。", "This file cannot be restored. Your current work is unchanged.";
    UnknownItemsKept => "この版の標準にない項目（そのまま保持します）", "Items this version of the standard does not know (kept as they are)";
    ShareTitle => "共有リンク", "Share link";
    ShareIntro => "作業中の評価をリンクにして、ほかの職員や都道府県に渡せます。内容はリンクの「#」以降に入っていて、サーバーには送られません。", "Turn the current assessment into a link to pass to colleagues or the prefecture. The content sits after the “#” and is never sent to a server.";
    MakeLink => "共有リンクを作る", "Make a share link";
    LinkLabel => "共有リンク", "Share link";
    CopyLink => "リンクをコピー", "Copy link";
    Copied => "コピーしました。", "Copied.";
    CopyFailed => "コピーできませんでした。上のリンクを選んでコピーしてください。", "The link could not be copied: select it above and copy it.";
    ShareOpenIntro => "リンクに次の評価が入っています。読み込むかどうかを選んでください。", "This link holds the assessment below. Choose whether to load it.";
    ShareAddNew => "新しい評価として追加", "Add as a new assessment";
    ShareReplace => "作業中の評価を置き換える", "Replace the current assessment";
    ShareReplaceConfirm => "本当に置き換える（元に戻せません）", "Really replace (cannot be undone)";
    ShareDiscard => "読み込まない", "Do not load";
    ShareLoaded => "リンクの評価を読み込みました。", "The linked assessment was loaded.";
    ShareBroken => "このリンクは読み込めません", "This link cannot be loaded";
    PacksTitle => "公開データ（発行者向け）", "Published data (for publishers)";
    PacksIntro => "都道府県などの発行者は、このアプリと同じ場所に人材リストや更新した制度のルールを置き、設定ファイル dxm-config.json で指定できます。詳しくは配布物の docs/data-packs.md を参照してください。", "Publishers such as prefectures can place talent lists or updated programme rules next to the app and name them in dxm-config.json. See docs/data-packs.md in the distribution.";
    PacksNone => "公開データは設定されていません。", "No published data is configured.";
    DataNoticeTitle => "公開データを読み込めませんでした", "Published data could not be loaded";

    FooterData => "データの出典", "Data sources";
    ProgrammeRules => "制度のルール", "Programme rules";
    FooterPrivacy => "入力内容はこのブラウザ内にのみ保存されます。サーバーへの送信、Cookie、アクセス解析は使用していません。", "Your input is stored only in this browser. No server, cookies or analytics are used.";
    AsOf => "時点", "as of";
    RulesDeferred => "制度ごとの条件と出典は、人材を扱う画面を開いたときに読み込みます。", "The conditions of each programme and their sources are loaded when a screen that works with talent is opened.";
    SamplesDeferred => "サンプル人材プロフィール（架空）：人材を扱う画面を開いたときに読み込みます。", "Sample talent profiles (fictional): loaded when a screen that works with talent is opened.";
    FileRanking => "順位", "ranking";
    GuideLink => "使い方", "How to use";
    GuideTitle => "使い方", "How to use this tool";
    GuideIntro => "このアプリは、市区町村の職員が「業務にどのようなDXスキルが、どのレベルで必要か」を整理し、庁内の現状との差（ギャップ）を確かめ、外部デジタル人材の匿名プロフィールと照らし合わせるための道具です。入力はこのブラウザの中にだけ保存され、どこにも送信されません。", "This tool helps municipal staff set out which DX skills their work needs and at what level, see the gap against what their own staff have, and compare it with anonymised profiles of external digital talent. What you enter is kept only in this browser and never sent anywhere.";
    GuideStepsTitle => "手順", "Steps";
    GuideStep1 => "基本情報：団体を選び、評価に名前と年度を付けます。必要な人材像、取組分野、支援が必要な地域DXのプロセスも選べます。", "Context: choose your organisation and name the assessment and its fiscal year. You can also pick the personas you need, your fields of work and the regional DX phases that need help.";
    GuideStep2 => "出発点：選んだ人材像・プロセスの標準的なスキルとレベルを評価に入れます（後で項目ごとに変えられます）。", "Starting point: put the typical skills and levels of the chosen personas and phases into the assessment (you can change every item later).";
    GuideStep3 => "スキル評価：49項目それぞれに、業務に必要なレベル、必須か望ましいか、庁内の職員がすでに持っているレベルを選びます。", "Skills: for each of the 49 items, choose the level the work needs, whether it is required or desirable, and the level your staff already have.";
    GuideStep4 => "確認・ギャップ：未入力の必須項目を確かめ、不足をグラフと表で見ます。", "Review and gap: check required items left blank, then see the gap as charts and tables.";
    GuideStep5 => "求める人材像：募集要項や仕様書に使える説明を作り、印刷・保存します。", "People needed: produce a description for a job posting or specification, and print or save it.";
    GuideStep6 => "人材マッチ：制度の条件で依頼できない人を理由つきで分け、依頼できる人を不足を埋める度合いで並べます。", "Match talent: people you cannot engage under a programme's conditions are set apart with the reason; the others are ranked by how much of your gap they close.";
    GuideStepData => "データの取り込み・書き出し：国や都道府県の人材リストの取り込み、CSV・バックアップ・共有リンク、都道府県への提出用ファイル。", "Import and export: bring in national or prefectural talent lists; CSV, backups, share links and the file to hand in to your prefecture.";
    GuideStepPrefecture => "都道府県ビュー：都道府県の担当者が、市町村から集めた評価をまとめて需要マップにします。", "Prefecture view: prefecture staff turn the assessments gathered from municipalities into a demand map.";
    GuideLevelsTitle => "レベルの意味", "What the levels mean";
    GuideLevelsIntro => "レベルはデジタルスキル標準（DX推進スキル標準）の共通スキルリストの重要度の段階です。必要なレベルと庁内のレベルの差の段数が「不足」です。", "Levels are the importance steps of the common skill list of the Digital Skill Standards (DSS-P). The number of steps between the needed level and the in-house level is the gap.";
    GuideScoresTitle => "スコアの意味と限界", "What the scores mean, and what they do not";
    GuideScores1 => "スコア（0〜100点）は、その人があなたの評価の不足をどれだけ埋められるかを、必須の不足を重く、望ましい不足を軽く数えて示したものです。人材像や取組分野の一致、働き方の条件も、画面に示した重みで加わります。内訳は各人の「スコアの内訳」で確かめられます。", "The score (0–100) shows how much of your assessment's gap a person closes, counting required gaps more than desirable ones. Matching personas, fields of work and ways of working add to it with the weights shown on screen. Every person's breakdown is shown under “Score breakdown”.";
    GuideScores2 => "スコアは自己評価と公開されたプロフィールに基づく検討の補助です。採用・依頼を決めるものではありません。人物の適性、実際の空き状況、最新の制度の条件は、制度の窓口や本人に必ず確かめてください。", "The score is an aid built on a self-assessment and published profiles. It is not a hiring decision. Always check a person's suitability, actual availability and the current programme conditions with the programme office and the person.";
    GuideScores3 => "同梱の人材プロフィールはすべて架空のサンプルです。実在の人物ではありません。", "The bundled talent profiles are all fictional samples, not real people.";
    GuideDataTitle => "データの出典", "Where the data comes from";
    GuideData => "スキル標準、人材像とプロセスの対応付け、一覧からレベルを推定する対応付け（クロスウォーク）、制度のルール、団体の一覧の出典と時点は、各ページの下の「データの出典と制度の根拠」にまとめています。制度のルールは出典の原文と日付を添え、資料により記載が異なるものは並べて示します。一次資料で確かめられていない条件には「要確認」と表示し、利用者が選ばない限り除外には使いません。", "The sources and dates of the skill standard, the persona and phase mappings, the crosswalk that infers levels from published lists, the programme rules and the list of organisations are gathered under “Data sources and programme rules” at the bottom of every page. Each programme rule comes with its sources' words and dates; where sources differ, both are shown. Conditions no primary source confirms are marked “to be confirmed” and never exclude anyone unless you choose so.";
    GuidePrivacyTitle => "入力内容の扱い", "Your data";
    GuidePrivacy => "入力内容はこのブラウザの保存領域にだけ保存されます。サーバー、Cookie、アクセス解析は使いません。別の端末で使うときは、バックアップまたは共有リンクで移してください。", "What you enter is stored only in this browser's storage. No server, cookies or analytics are used. To move your work to another device, use a backup or a share link.";
    A11yLink => "アクセシビリティ方針", "Accessibility";
    A11yTitle => "アクセシビリティ方針", "Accessibility statement";
    A11yIntro => "このアプリは、障害の有無や使う機器にかかわらず、だれもが使えることを目指しています。", "This tool aims to be usable by everyone, whatever their abilities or device.";
    A11yTargetTitle => "目標とする基準", "Standard";
    A11yTarget => "JIS X 8341-3:2016（WCAG 2.0 と同一）の適合レベル AA に準拠することを目標とし、デジタル庁デザインシステムの配色・フォーカス表示・操作部分の大きさに従っています。対象はこのアプリのすべての画面です。", "The goal is conformance with JIS X 8341-3:2016 (identical to WCAG 2.0) at level AA, following the Digital Agency Design System's colours, focus indicator and target sizes. The scope is every screen of this tool.";
    A11yTestedTitle => "確認した方法", "How it was checked";
    A11yTested1 => "自動検査：axe-core 4.11 で、すべての画面と主な状態（ダイアログ、エラー表示、取り込みの各段階、結果、要約）を検査し、違反がないことを毎回の試験で確かめています。", "Automated checks: axe-core 4.11 is run on every screen and its main states (dialogs, error messages, each step of an import, results, summaries); every test run requires no violations.";
    A11yTested2 => "キーボード操作：主な流れ（基本情報から人材マッチまで）と人材リストの取り込みを、キーボードだけで操作できること、フォーカスが見えることを自動試験で確かめています。", "Keyboard: automated tests complete the main flow (from context to matching) and a list import with the keyboard alone, with a visible focus.";
    A11yTested3 => "スマートフォン：幅 360px で横スクロールが起きないこと、ボタンや入力欄などの操作部分が 44px 以上であることを、すべての画面で自動試験しています。", "Phones: automated tests check every screen at 360 px wide for horizontal scrolling and that buttons, fields and other controls are at least 44 px.";
    A11yTested4 => "グラフには、すべて同じ内容の表があります。色だけで情報を伝えず、数値を文字で示しています。", "Every chart has a table with the same content. Information is never given by colour alone; numbers are written out.";
    A11yLimitsTitle => "既知の制約", "Known limitations";
    A11yLimits => "スクリーンリーダーなどの支援技術を使った人による検証は、まだ行っていません。自動検査で見つけられない問題が残っている可能性があります。", "Testing by people using assistive technologies such as screen readers has not been done yet. Problems that automated checks cannot find may remain.";
    A11yContactTitle => "お問い合わせ", "Contact";
    A11yContact => "このアプリにはサーバーがなく、公開している団体が窓口です。使いにくい点があれば、このページを公開している団体にお知らせください。", "This tool has no server; the organisation that publishes it is the contact. Please tell the organisation hosting this page about anything that is hard to use.";
    A11yAsOf => "2026年11月 時点", "As of November 2026";
    FileGap => "ギャップ", "gap";

    PrefectureLink => "都道府県ビュー", "Prefecture view";
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
    GatherCleared => "読み込んだ評価をすべて外しました。", "All loaded assessments were removed.";
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
    ExportForPrefecture => "この評価を提出用に保存", "Save this assessment for submission";
    ExportForPrefectureHint => "都道府県の取りまとめに、いま開いている評価だけを .json で保存します（人材リストや他の評価は含みません）。", "Saves only the open assessment as .json, for the prefecture to gather (no lists, no other assessments).";
}

/// The language signal plus helpers; `Copy`, so closures can capture it freely.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<Lang>,
}

impl I18n {
    /// Reactive: reading it inside a view re-renders the text when the language changes.
    pub fn t(&self, m: Msg) -> &'static str {
        m.text(self.lang.get())
    }

    pub fn pick<'a>(&self, ja: &'a str, en: &'a str) -> &'a str {
        dxm_domain::text::pick(self.lang.get(), ja, en)
    }

    pub fn is_ja(&self) -> bool {
        self.lang.get() == Lang::Ja
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// Reactive text of a fixed message for a view. Every call returns the same closure type, so
/// the renderer for it is compiled once instead of once per call site — this keeps the
/// WebAssembly small.
pub fn tr(m: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_i18n().lang;
    move || m.text(lang.get())
}

/// Reactive choice between the two languages of a data text (data lives as long as the page).
pub fn tp(
    ja: &'static str,
    en: &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_i18n().lang;
    move || dxm_domain::text::pick(lang.get(), ja, en)
}

/// The separator between short items: 「必須・b」 / "required, b".
pub fn dot(lang: Lang) -> &'static str {
    match lang {
        Lang::Ja => "・",
        Lang::En => ", ",
    }
}

/// A source's dates, in brackets: the document's own date when it has one, and when it was
/// checked.
pub fn source_dates(lang: Lang, s: &dxm_domain::programme::SourceRef) -> String {
    let mut d = Vec::new();
    if !s.published.is_empty() {
        d.push(format!("{} {}", Msg::PublishedOn.text(lang), s.published));
    }
    d.push(format!("{} {}", Msg::CheckedOn.text(lang), s.checked));
    dxm_domain::text::paren(lang, &d.join(if lang == Lang::Ja { "、" } else { ", " }))
}

pub fn count_items(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Ja => format!("{n}項目"),
        Lang::En if n == 1 => "1 item".to_owned(),
        Lang::En => format!("{n} items"),
    }
}

pub fn search_count(lang: Lang, n: usize, more: bool) -> String {
    match (lang, more) {
        (Lang::Ja, false) => format!("{n}件見つかりました。"),
        (Lang::Ja, true) => {
            format!("上位{n}件を表示しています。絞り込むにはさらに入力してください。")
        }
        (Lang::En, false) => format!("{n} found."),
        (Lang::En, true) => format!("Showing the top {n}. Type more to narrow down."),
    }
}

pub fn presets_applied(lang: Lang, changed: usize) -> String {
    match lang {
        Lang::Ja => format!("プリセットを反映しました（{changed}項目が変わりました）。"),
        Lang::En => format!("Presets applied ({changed} items changed)."),
    }
}

pub fn progress(lang: Lang, needed: usize, required: usize, total: usize) -> String {
    match lang {
        Lang::Ja => format!("{total}項目中 {needed}項目を必要と評価（うち必須 {required}項目）"),
        Lang::En => format!("{needed} of {total} items rated as needed ({required} required)"),
    }
}

pub fn years(lang: Lang, n: u8) -> String {
    match lang {
        Lang::Ja => format!("{n}年"),
        Lang::En => format!("{n} years"),
    }
}

pub fn showing(lang: Lang, shown: usize, total: usize) -> String {
    match lang {
        Lang::Ja => format!("{total}件中 {shown}件を表示"),
        Lang::En => format!("Showing {shown} of {total}"),
    }
}

pub fn raise_hint(lang: Lang, item: &str, level: char, points: f64) -> String {
    match lang {
        Lang::Ja => format!("「{item}」をレベル{level}まで満たせば +{points:.1}点"),
        Lang::En => format!("Meeting “{item}” up to level {level} would add {points:.1} pts"),
    }
}

pub fn item_gap_label(lang: Lang, need: char, have: char) -> String {
    match lang {
        Lang::Ja => format!("必要 {need} ／ 現状 {have}"),
        Lang::En => format!("needed {need} / in-house {have}"),
    }
}

/// The organisation list's source; the municipalities are counted once their list is loaded.
pub fn org_list_source(lang: Lang, municipalities: Option<usize>, prefectures: usize) -> String {
    match (lang, municipalities) {
        (Lang::Ja, Some(m)) => format!("団体一覧：Code for FUKUI「localgovjp」（CC0 1.0）。政令市の区を除く市区町村{m}、都道府県{prefectures}。"),
        (Lang::Ja, None) => format!("団体一覧：Code for FUKUI「localgovjp」（CC0 1.0）。政令市の区を除く市区町村（団体を検索したときに読み込みます）、都道府県{prefectures}。"),
        (Lang::En, Some(m)) => format!("Organisations: Code for FUKUI “localgovjp” (CC0 1.0): {m} municipalities (wards of designated cities excluded) and {prefectures} prefectures."),
        (Lang::En, None) => format!("Organisations: Code for FUKUI “localgovjp” (CC0 1.0): the municipalities (wards of designated cities excluded; loaded when you search) and {prefectures} prefectures."),
    }
}

pub(crate) fn pick_s(ja: bool, j: &str, e: &str) -> String {
    if ja {
        j.to_owned()
    } else {
        e.to_owned()
    }
}

pub(crate) fn group_digits(n: u32) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Fixed wording of the 「求める人材像」 sheet.
pub fn sheet_text(lang: Lang, cat: &dxm_domain::Catalog, t: SheetText) -> String {
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
        SheetText::Rule(k, min, max) => rules::rule_kind_text(lang, k, min, max),
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

pub fn fit_msg(f: Fit) -> Msg {
    match f {
        Fit::Suitable => Msg::FitSuitable,
        Fit::Conditional => Msg::FitConditional,
        Fit::NotApplicable => Msg::FitNotApplicable,
    }
}

pub fn change_msg(c: GapChange) -> Msg {
    match c {
        GapChange::Closed => Msg::ChangeClosed,
        GapChange::Narrowed => Msg::ChangeNarrowed,
        GapChange::Widened => Msg::ChangeWidened,
        GapChange::Opened => Msg::ChangeOpened,
        GapChange::Same => Msg::ChangeSame,
    }
}

/// Local date and time of a timestamp: "2026/11/25 23:10" (ja) or "2026-11-25 23:10" (en).
pub fn date_time(lang: Lang, ms: u64) -> String {
    if ms == 0 {
        return "—".to_owned();
    }
    crate::adapters::clock::local_time(ms)
        .map(|t| dxm_domain::calendar::date_time_label(lang, t))
        .unwrap_or_else(|| "—".to_owned())
}

pub fn deleted_notice(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Ja => format!("「{name}」を削除しました。"),
        Lang::En => format!("“{name}” was deleted."),
    }
}

pub fn compare_summary(lang: Lang, before: u32, after: u32, changed: usize) -> String {
    match lang {
        Lang::Ja => format!("不足の合計：{before}段階 → {after}段階（{changed}項目が変化）"),
        Lang::En => format!("Total gap: {before} → {after} steps ({changed} items changed)"),
    }
}

pub fn category_progress(lang: Lang, needed: u32, total: usize, missing: u32) -> String {
    match (lang, missing) {
        (Lang::Ja, 0) => format!("必要 {needed}/{total}"),
        (Lang::Ja, m) => format!("必要 {needed}/{total}・現状未入力 {m}"),
        (Lang::En, 0) => format!("{needed}/{total} needed"),
        (Lang::En, m) => format!("{needed}/{total} needed, {m} not entered"),
    }
}

pub fn radar_summary(lang: Lang, parts: &[(String, f64, f64)]) -> String {
    let body: Vec<String> = parts
        .iter()
        .map(|(name, need, have)| match lang {
            Lang::Ja => format!("{name} 必要{need:.1}・現状{have:.1}"),
            Lang::En => format!("{name}: needed {need:.1}, in-house {have:.1}"),
        })
        .collect();
    body.join(if lang == Lang::Ja { "、" } else { "; " })
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

pub fn days_band(lang: Lang, d: DaysBand) -> &'static str {
    let ja = lang == Lang::Ja;
    match d {
        DaysBand::Month1OrLess => {
            if ja {
                "月1日以下"
            } else {
                "1 day a month or less"
            }
        }
        DaysBand::Month2To3 => {
            if ja {
                "月2～3日程度"
            } else {
                "2–3 days a month"
            }
        }
        DaysBand::Week1To2 => {
            if ja {
                "週1～2日程度"
            } else {
                "1–2 days a week"
            }
        }
        DaysBand::Week3Plus => {
            if ja {
                "週3日以上"
            } else {
                "3+ days a week"
            }
        }
    }
}

pub fn period_band(lang: Lang, p: PeriodBand) -> &'static str {
    let ja = lang == Lang::Ja;
    match p {
        PeriodBand::UnderOneYear => {
            if ja {
                "1年未満"
            } else {
                "under 1 year"
            }
        }
        PeriodBand::OneToThreeYears => {
            if ja {
                "1～3年"
            } else {
                "1–3 years"
            }
        }
        PeriodBand::ThreeYearsOrMore => {
            if ja {
                "3年以上"
            } else {
                "3 years or more"
            }
        }
    }
}

pub(crate) fn months_range(lang: Lang, min: Option<u16>, max: Option<u16>) -> String {
    let m = |n: u16| match lang {
        Lang::Ja => format!("{n}か月"),
        Lang::En => format!("{n} months"),
    };
    match (min, max) {
        (Some(a), Some(b)) => format!("{}～{}", m(a), m(b)),
        (Some(a), None) => format!(
            "{}{}",
            m(a),
            if lang == Lang::Ja {
                "以上"
            } else {
                " or more"
            }
        ),
        (None, Some(b)) => format!(
            "{}{}",
            m(b),
            if lang == Lang::Ja {
                "以内"
            } else {
                " at most"
            }
        ),
        (None, None) => String::new(),
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
    match lang {
        Lang::Ja => format!("{:.1}点", f64::from(milli) / 1000.0),
        Lang::En => format!("{:.1} pts", f64::from(milli) / 1000.0),
    }
}

pub fn results_summary(lang: Lang, feasible: usize, matching: usize, excluded: usize) -> String {
    match lang {
        Lang::Ja => format!("条件を満たす{feasible}人のうち{matching}人がギャップを埋められます。{excluded}人は条件により対象外です（下に理由）。"),
        Lang::En => format!("Of {feasible} people who meet the conditions, {matching} close some of the gap. {excluded} are excluded by a rule (reasons below)."),
    }
}

pub fn excluded_title(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Ja => format!("条件により対象外（{n}人）"),
        Lang::En => format!("Excluded by a rule ({n})"),
    }
}

pub fn team_value(lang: Lang, value: u32, total: u32) -> String {
    let pct = (u64::from(value) * 100)
        .checked_div(u64::from(total))
        .unwrap_or(0);
    match lang {
        Lang::Ja => format!("対象の不足の{pct}%を埋めます（重み付き {value}/{total}）。"),
        Lang::En => format!("Closes {pct}% of the gap aimed at (weighted {value}/{total})."),
    }
}

pub fn team_method(lang: Lang, m: Method) -> String {
    match (lang, m) {
        (Lang::Ja, Method::Exact { candidates }) => format!("計算方法：厳密解（絞り込んだ候補{candidates}人のすべての組合せから最良のものを選びました）"),
        (Lang::En, Method::Exact { candidates }) => format!("Method: exact (the best of every combination of {candidates} shortlisted candidates)"),
        (Lang::Ja, Method::Greedy { candidates, bound_percent }) => format!("計算方法：近似解（候補{candidates}人が多いため、効果の大きい人から順に選びました。最良の組合せの{bound_percent}%以上を保証）"),
        (Lang::En, Method::Greedy { candidates, bound_percent }) => format!("Method: approximation ({candidates} candidates are too many to try every team; chosen greedily, guaranteed at least {bound_percent}% of the best)"),
    }
}

pub fn raise_persona(lang: Lang, milli: u32) -> String {
    match lang {
        Lang::Ja => format!("求める人材像にも当てはまれば +{}", points(lang, milli)),
        Lang::En => format!(
            "Also fitting the personas you need would add {}",
            points(lang, milli)
        ),
    }
}

pub fn raise_domain(lang: Lang, milli: u32) -> String {
    match lang {
        Lang::Ja => format!(
            "選んだ取組分野の経験がもっとあれば +{}",
            points(lang, milli)
        ),
        Lang::En => format!(
            "More experience in the chosen fields would add {}",
            points(lang, milli)
        ),
    }
}

pub fn gap_steps(lang: Lang, n: u8) -> String {
    match lang {
        Lang::Ja => format!("あと{n}段階"),
        Lang::En => format!("{n} steps short"),
    }
}

pub fn pii_name(lang: Lang, k: PiiKind) -> &'static str {
    let ja = lang == Lang::Ja;
    match k {
        PiiKind::Name => {
            if ja {
                "氏名"
            } else {
                "name"
            }
        }
        PiiKind::Email => {
            if ja {
                "メールアドレス"
            } else {
                "e-mail address"
            }
        }
        PiiKind::Phone => {
            if ja {
                "電話番号"
            } else {
                "phone number"
            }
        }
        PiiKind::Address => {
            if ja {
                "住所"
            } else {
                "postal address"
            }
        }
        PiiKind::Birth => {
            if ja {
                "生年月日など"
            } else {
                "date of birth or similar"
            }
        }
        PiiKind::Photo => {
            if ja {
                "顔写真"
            } else {
                "photograph"
            }
        }
        PiiKind::Link => {
            if ja {
                "個人のページ・PDFへのリンク"
            } else {
                "link to a personal page or PDF"
            }
        }
    }
}

/// What an import column is mapped to, in words.
pub fn field_name(lang: Lang, cat: &dxm_domain::Catalog, f: &Field) -> String {
    let ja = lang == Lang::Ja;
    let s = |j: &str, e: &str| if ja { j.to_owned() } else { e.to_owned() };
    match f {
        Field::Ignore => s("取り込まない", "Not imported"),
        Field::Id => s("登録番号（ID）", "ID"),
        Field::Programme => s("制度", "Programme"),
        Field::Personas => s("人材像", "Personas"),
        Field::Domains => s("専門分野", "Fields"),
        Field::Affiliation => s("所属の種別", "Affiliation"),
        Field::BasePrefecture => s("活動拠点（都道府県）", "Base (prefecture)"),
        Field::Coverage => s("対応地域", "Coverage"),
        Field::Modes => s("支援の形（現地・オンライン）", "Way of working"),
        Field::Onsite => s("現地対応（○／×）", "On site (yes/no)"),
        Field::Online => s("オンライン対応（○／×）", "Online (yes/no)"),
        Field::Expertise => s(
            "経歴・専門（語句からレベルを推定、保存しない）",
            "Career and expertise (read for key terms, not stored)",
        ),
        Field::Days => s("勤務可能日数", "Time available"),
        Field::Period => s("期間", "Period"),
        Field::Experience => s("実務経験年数", "Years of experience"),
        Field::Qualifications => s("資格", "Qualifications"),
        Field::TrackRecord => s("支援実績（件数）", "Past engagements"),
        Field::Summary => s("プロフィール（自由記述）", "Profile text"),
        Field::Skill(code) => {
            let name = cat
                .standard
                .idx(code)
                .map(|i| cat.standard.item(i))
                .map_or(code.clone(), |it| pick(lang, &it.ja, &it.en).to_owned());
            if ja {
                format!("スキル：{name}")
            } else {
                format!("Skill: {name}")
            }
        }
        Field::SkillList => s(
            "スキル（複数：「項目:レベル」）",
            "Skills (several, “item:level”)",
        ),
        Field::Personal(k) => {
            if ja {
                format!("個人情報（{}）", pii_name(lang, *k))
            } else {
                format!("Personal data ({})", pii_name(lang, *k))
            }
        }
    }
}

/// (what is wrong, how to fix it) for an import problem.
pub fn problem_text(lang: Lang, cat: &dxm_domain::Catalog, p: &Problem) -> (String, String) {
    let ja = lang == Lang::Ja;
    let t = |j: &str, e: &str| if ja { j.to_owned() } else { e.to_owned() };
    match p {
        Problem::DuplicateMapping(f) => (
            if ja { format!("「{}」に2つ以上の列が割り当てられています", field_name(lang, cat, f)) } else { format!("More than one column is mapped to “{}”", field_name(lang, cat, f)) },
            t("どちらか一方を「取り込まない」にしてください", "Set all but one of them to “Not imported”"),
        ),
        Problem::NoSkillColumn => (t("スキルのレベルも、レベルを推定できる分野・人材像・資格・経歴の列もありません", "No column gives skill levels, nor fields, personas, qualifications or a career to infer them from"), t("スキル項目ごとの列（例：BT01）、「スキル」の列、または専門分野の列を割り当ててください。見出しの行が正しいかも確かめてください", "Map skill columns (e.g. BT01), a “Skills” column or a fields column; check that the header row is the right one")),
        Problem::Undecodable => (t("文字化けしています（読めない文字があります）", "The text is garbled (characters could not be decoded)"), t("「文字コード」で Shift_JIS か UTF-8 を選び直してください", "Choose Shift_JIS or UTF-8 under “Encoding”")),
        Problem::NearbyRead => (t("「近隣県」などを、この都道府県として読みました", "Read 「近隣県」 (and the like) as these prefectures"), t("違う場合は対応地域を都道府県名で書いてください", "If that is wrong, list the prefectures by name")),
        Problem::SkippedTitle => (t("見出しより上の行（表題など）は取り込みません", "A row above the header (a title) is not imported"), t("見出しの行が違う場合は「見出しの行」で選び直してください", "If the header is on another row, choose it under “Header row”")),
        Problem::SkippedNote => (t("表の下などの注記の行は取り込みません", "A note row (below the table) is not imported"), t("データの行なら、注記と間違えないよう2つ以上の列に値を入れてください", "If it is data, give it values in more than one column")),
        Problem::Layout(id) => {
            let name = cat.crosswalk.layout(id).map_or(id.as_str(), |l| pick(lang, &l.ja, &l.en));
            (
                if ja { format!("「{name}」の形式として読みました") } else { format!("Read as “{name}”") },
                t("列の割り当てと制度を確かめてください", "Check the column mapping and the programme"),
            )
        }
        Problem::NoColumn(f) => (
            match f {
                Field::SkillList => t("DSS-Pのレベルの列がないため、分野・資格・経歴の語句からレベルを推定します（「推定」と表示し、点数は半分に数えます）", "No DSS-P level column: levels are inferred from fields, qualifications and career terms (marked as inferred, counted at half)"),
                Field::BasePrefecture => t("活動拠点の列がありません。所属の地名から分かる場合はそれを使い、分からない人は「不明」とします", "No base column: the place in the affiliation is used where it tells, otherwise the base is unknown"),
                Field::Coverage => t("対応地域の列がありません。全国に派遣される制度は全国、それ以外は活動拠点の都道府県とします", "No coverage column: nationwide for programmes that send people anywhere, otherwise the base prefecture"),
                Field::Modes => t("支援の形の列がないため、制度で可能な形（現地・オンライン）とします", "No way-of-working column: what the programme allows (on site and online)"),
                Field::Personas => t("人材像の列がないため、人材像は照合に使いません", "No persona column: personas are not used for matching"),
                other => if ja { format!("「{}」の列がありません", field_name(lang, cat, other)) } else { format!("No “{}” column", field_name(lang, cat, other)) },
            },
            t("列があれば割り当ててください", "Map the column if there is one"),
        ),
        Problem::LevelsInferred(n) => (
            if ja { format!("{n}人のレベルを分野・資格・経歴から推定しました") } else { format!("Levels of {n} people were inferred from fields, qualifications and career") },
            t("取り込んだ後、人ごとにレベルを確かめて直せます", "After the import you can check and correct each person's levels"),
        ),
        Problem::NameNotKept => (t("所属・役職は種別（自治体職員・大学など）だけを取り込み、名称は保存しません", "Only the kind of affiliation is kept, not its name or title"), t("何もしなくて構いません", "Nothing to do")),
        Problem::BaseFromAffiliation(n) => (
            if ja { format!("{n}人の活動拠点を所属の地名から読みました") } else { format!("The base of {n} people was read from the place in their affiliation") },
            t("違う場合は、活動拠点の列を加えてください", "If wrong, add a base column"),
        ),
        Problem::Empty(f) => (
            if ja { format!("「{}」が空です", field_name(lang, cat, f)) } else { format!("“{}” is empty", field_name(lang, cat, f)) },
            match f {
                Field::Id => t("IDを入れるか、IDの列を「取り込まない」にしてください（自動で番号を付けます）", "Fill in the ID, or set the ID column to “Not imported” (rows are then numbered)"),
                Field::Programme => t("制度の列を割り当てるか、「制度（列にない場合）」を選んでください", "Map a programme column or choose the programme for rows without one"),
                Field::BasePrefecture => t("活動拠点の都道府県を入れてください（例：北海道）", "Fill in the base prefecture (e.g. 北海道)"),
                _ => t("値を入れてください", "Fill in a value"),
            },
        ),
        Problem::UnknownLevel => (t("レベルとして読めません", "Not a level"), t("a・b・c・d・z（または4〜0）で入れてください", "Use a, b, c, d or z (or 4–0)")),
        Problem::UnknownPrefecture => (t("都道府県として読めないため、活動拠点は「不明」とします", "Not a prefecture: the base is left unknown"), t("都道府県名（例：東京都、北海道）で入れてください", "Use a prefecture name (e.g. 東京都)")),
        Problem::UnknownArea => (t("地域として読めない部分を除きました（ほかの部分は読みました）", "A part that names no area was left out (the rest was read)"), t("「全国」、地方名（例：関東）、都道府県名、「○○県・近隣県」などで入れてください", "Use 全国, an area (e.g. 関東), prefecture names or 「○○県・近隣県」")),
        Problem::UnknownPersona => (t("人材像として読めない部分を除きました（ほかの部分は読みました）", "A part that names no persona was left out (the rest was read)"), t("プロデューサー（CIO補佐官等）、プロジェクトマネージャー、サービスデザイナー、エンジニアのいずれかで入れてください", "Use one of the four personas (producer, project manager, service designer, engineer)")),
        Problem::UnknownProgramme => (t("制度として読めません", "Not a programme"), t("制度名（例：地域情報化アドバイザー）で入れるか、列を「取り込まない」にして制度を選んでください", "Use a programme name, or set the column to “Not imported” and choose the programme")),
        Problem::UnknownModes => (t("現地にもオンラインにも対応しないことになります", "Works neither on site nor online"), t("どちらかを○（可）にしてください", "Mark at least one of them ○ (yes)")),
        Problem::UnknownSkill => (t("スキル項目として読めません", "Not a skill item"), t("DSS-Pのスキル項目名かコード（例：BT01）で入れてください", "Use a DSS-P item name or code (e.g. BT01)")),
        Problem::DuplicateId(line) => (
            if ja { format!("IDが{line}行目と重複しています") } else { format!("The ID repeats the one on row {line}") },
            t("IDが重ならないように直してください", "Make the IDs unique"),
        ),
        Problem::IdTaken => (t("このIDはほかのリストで使われています", "Another list already uses this ID"), t("IDを変えるか、古い同じリストを削除してから取り込んでください", "Change the ID, or remove the older copy of the list first")),
        Problem::UnknownDomain => (t("専門分野として読めないため除きます", "Not a field: left out"), t("取組分野の名前（例：防災、自治体フロントヤード改革）で入れてください", "Use a field name (e.g. 防災)")),
        Problem::UnknownQualification => (t("資格として読めないため除きます", "Not a qualification: left out"), t("IPAの試験名（例：ITストラテジスト試験）で入れてください", "Use an IPA exam name")),
        Problem::UnknownAffiliation => (t("所属の種別として読めないため「その他」とします", "Unknown affiliation: set to “other”"), t("民間IT企業、大学・研究機関などの種別で入れてください", "Use a kind such as IT company or university")),
        Problem::UnknownDays => (t("勤務可能日数として読めないため未登録とします", "Time available not understood: left empty"), t("「週1～2日程度」などで入れてください", "Use e.g. 週1～2日程度")),
        Problem::UnknownPeriod => (t("期間として読めないため未登録とします", "Period not understood: left empty"), t("「1年未満」「1～3年」「3年以上」で入れてください", "Use 1年未満, 1～3年 or 3年以上")),
        Problem::NotANumber => (t("数として読めないため0とします", "Not a number: set to 0"), t("数字で入れてください", "Use a number")),
        Problem::NoSkills => (t("スキルのレベルも、推定の手がかり（分野・資格・経歴）もありません", "No skill level, nor anything to infer one from"), t("分野・地域・支援の形だけで照合します。取り込んだ後にレベルを入れることもできます", "Matched on region and ways of working only; you can enter levels after the import")),
        Problem::NoPersona => (t("人材像がありません", "No persona"), t("人材像の列があれば割り当ててください（なくても取り込めます）", "Map a persona column if there is one (optional)")),
        Problem::CoverageDefaulted => (t("対応地域がないため、活動拠点の都道府県のみとしました（拠点も不明なら現地対応なし）", "No coverage: set to the base prefecture (no on-site work if the base is unknown too)"), t("現地対応できる地域があれば入れてください", "Fill in the areas covered on site")),
        Problem::ModesDefaulted => (t("支援の形が空か読めないため、制度で可能な形（現地・オンライン）としました", "Way of working empty or unreadable: set to what the programme allows"), t("「現地」「オンライン」、または○／×で入れてください", "Use 現地, オンライン, or ○ / ×")),
        Problem::PersonalDataRemoved(k) => (
            if ja { format!("{}らしき記載を削除しました（保存しません）", pii_name(lang, *k)) } else { format!("Something like a {} was removed (not stored)", pii_name(lang, *k)) },
            t("プロフィールに個人情報を書かないでください", "Keep personal data out of profile texts"),
        ),
        Problem::PersonalColumn(k) => (
            if ja { format!("{}の列は取り込みません", pii_name(lang, *k)) } else { format!("The {} column is not imported", pii_name(lang, *k)) },
            t("この列は読み込まれず、保存もされません", "This column is neither read nor stored"),
        ),
        Problem::PersonalId(k) => (
            if ja { format!("登録番号の列に個人情報（{}）が入っています。この値は保存しません", pii_name(lang, *k)) } else { format!("The ID column holds personal data ({}); it is not stored", pii_name(lang, *k)) },
            t("個人を特定できない登録番号の列を割り当てるか、登録番号の列を「取り込まない」にしてください（行ごとに番号を振ります）", "Map a column of registration numbers that identify no one, or set the ID column to “not imported” (rows are then numbered)"),
        ),
        Problem::Invalid => (
            t("このアプリの形式として正しくありません", "Not valid in the app's format"),
            t("docs/schema/profile-pack.schema.json の形式に合わせてください", "Follow the format in docs/schema/profile-pack.schema.json"),
        ),
    }
}

pub fn share_error_text(lang: Lang, e: &dxm_domain::share::ShareError) -> String {
    use dxm_domain::share::ShareError as E;
    let ja = lang == Lang::Ja;
    match e {
        E::Encoding | E::Damaged => pick_s(
            ja,
            "リンクが途中で切れているか、壊れています。送られてきたリンクを最後までコピーして開き直してください。",
            "The link is cut short or damaged. Copy the whole link you were sent and open it again.",
        ),
        E::Version(v) => if ja {
            format!("このリンクは別の版のアプリで作られています（形式 {v}）。アプリを最新にするか、送り主に作り直しを頼んでください。")
        } else {
            format!("This link was made by another version of the app (format {v}). Update the app or ask the sender for a new link.")
        },
        E::DataMismatch => pick_s(
            ja,
            "このリンクは別のスキル標準またはデータで作られているため開けません。送り主と同じ版のアプリで開いてください。",
            "This link was made with a different skill standard or data, so it cannot be opened. Open it in the same version of the app as the sender.",
        ),
        E::BadValue => pick_s(
            ja,
            "リンクにありえない値が含まれています。送り主に作り直しを頼んでください。",
            "The link holds an impossible value. Ask the sender for a new link.",
        ),
    }
}

pub fn read_error_text(lang: Lang, e: &ReadError) -> String {
    let ja = lang == Lang::Ja;
    match e {
        ReadError::Source(s) => match s {
            SourceError::Empty => pick_s(ja, "ファイルが空です。人材リストを保存したファイルを選んでください。", "The file is empty. Choose the file the talent list was saved in."),
            SourceError::Csv { line, message } => {
                if ja {
                    format!("{line}行目を読めません（{message}）。引用符（\"）の閉じ忘れがないか確かめてください。")
                } else {
                    format!(
                        "Row {line} cannot be read ({message}). Check for an unclosed quote (\")."
                    )
                }
            }
            SourceError::Json { line, column, .. } => {
                if ja {
                    format!("JSONとして読めません（{line}行目 {column}文字目）。その箇所の括弧や引用符を確かめてください。")
                } else {
                    format!("Not valid JSON (line {line}, column {column}). Check the brackets and quotes there.")
                }
            }
            SourceError::JsonShape => pick_s(
                ja,
                "JSONは「オブジェクトのリスト」か、このアプリのプロフィール形式にしてください。",
                "JSON must be a list of objects or the app's profile format.",
            ),
            SourceError::NoSuchRow(line) => {
                if ja {
                    format!("{line}行目がないため、見出しの行にできません。見出しの行を選び直してください。")
                } else {
                    format!("There is no row {line} to use as the header. Choose the header row again.")
                }
            }
            SourceError::NoHeader => {
                pick_s(ja, "見出しの行がありません。1行目に列の見出し（登録番号、活動拠点など）を入れてください。", "There is no header row. Put the column headings (ID, base, …) in the first row.")
            }
            SourceError::TooManyRows { rows, max } => {
                if ja {
                    format!("行が多すぎます（{rows}行、上限{max}行）。ファイルを分けてください。")
                } else {
                    format!("Too many rows ({rows}, at most {max}). Split the file.")
                }
            }
            SourceError::TooManyColumns { columns, max } => {
                if ja {
                    format!("列が多すぎます（{columns}列、上限{max}列）。")
                } else {
                    format!("Too many columns ({columns}, at most {max}).")
                }
            }
            SourceError::Binary => pick_s(
                ja,
                "文字のファイル・CSV・Excel（.xlsx）ではないようです。CSV（.csv）、Excel（.xlsx）、JSON（.json）のいずれかを選んでください。",
                "This does not look like a text, CSV or Excel (.xlsx) file. Choose a .csv, .xlsx or .json file.",
            ),
        },
        ReadError::Spreadsheet(m) => {
            if ja {
                format!("Excelファイルとして開けません（{m}）。Excelで開き、.xlsx形式で保存し直してください。")
            } else {
                format!(
                    "The workbook cannot be opened ({m}). Open it in Excel and save it as .xlsx."
                )
            }
        }
        ReadError::NoSheet(name) => {
            if ja {
                format!("シート「{name}」がありません。")
            } else {
                format!("There is no sheet “{name}”.")
            }
        }
        ReadError::Decode(label) => {
            if ja {
                format!("文字コード「{label}」は使えません。")
            } else {
                format!("The encoding “{label}” is not available.")
            }
        }
        ReadError::NothingRead => pick_s(
            ja,
            "先にファイルを読み込んでください。",
            "Read a file first.",
        ),
        ReadError::Data(m) => {
            if ja {
                format!("取り込み機能を起動できません（{m}）。ページを再読み込みしてください。")
            } else {
                format!("The importer could not start ({m}). Reload the page.")
            }
        }
    }
}

pub fn export_text(lang: Lang, t: ExportText) -> String {
    let ja = lang == Lang::Ja;
    let s = |j: &str, e: &str| if ja { j.to_owned() } else { e.to_owned() };
    match t {
        ExportText::Rank => s("順位", "Rank"),
        ExportText::Id => s("ID", "ID"),
        ExportText::Score => s("スコア", "Score"),
        ExportText::BandHeader => s("判定", "Band"),
        ExportText::Band(b) => Msg::text(band_msg(b), lang).to_owned(),
        ExportText::Status => s("状態", "Status"),
        ExportText::Feasible => s("依頼できる", "Can be engaged"),
        ExportText::Excluded => s("条件により対象外", "Excluded by a rule"),
        ExportText::Programme => s("制度", "Programme"),
        ExportText::Personas => s("人材像", "Personas"),
        ExportText::Base => s("活動拠点", "Base"),
        ExportText::Coverage => s("対応地域", "Coverage"),
        ExportText::Nationwide => s("全国", "Nationwide"),
        ExportText::Modes => s("支援の形", "Way of working"),
        ExportText::Onsite => s("現地", "On site"),
        ExportText::Online => s("オンライン", "Online"),
        ExportText::GapsClosed => s("埋められる不足", "Gaps closed"),
        ExportText::GapsLeft => s("残る不足", "Gaps left"),
        ExportText::Reasons => s("対象外の理由", "Reasons for exclusion"),
        ExportText::Exclusion(e) => exclusion_text(lang, e),
        ExportText::Category => s("カテゴリー", "Category"),
        ExportText::Subcategory => s("サブカテゴリー", "Subcategory"),
        ExportText::Item => s("スキル項目", "Skill item"),
        ExportText::Code => s("コード", "Code"),
        ExportText::Priority(p) => Msg::text(
            if p == dxm_domain::Priority::Required {
                Msg::Required
            } else {
                Msg::Desirable
            },
            lang,
        )
        .to_owned(),
        ExportText::PriorityHeader => s("優先度", "Priority"),
        ExportText::Need => s("必要なレベル", "Needed level"),
        ExportText::Have => s("庁内の現状", "In-house level"),
        ExportText::NotEntered => s("未入力", "Not entered"),
        ExportText::Gap => s("不足（段階）", "Gap (steps)"),
    }
}

/// A row offered as the header: 「3行目：ID / 氏名 / …」.
pub fn row_choice(lang: Lang, line: usize, text: &str) -> String {
    match lang {
        Lang::Ja => format!("{line}行目：{text}"),
        Lang::En => format!("Row {line}: {text}"),
    }
}

/// The layout a list was recognised as, and the programme its people get.
pub fn layout_read(lang: Lang, layout: &str, programme: &str) -> String {
    match lang {
        Lang::Ja => format!("「{layout}」として読みました。氏名・ふりがな・顔写真・PDFの列は取り込みません。全員を「{programme}」の人として取り込みます（「制度（列にない場合）」で変えられます）。"),
        Lang::En => format!("Read as “{layout}”. The name, reading, photo and PDF columns are not imported. Everyone is imported under “{programme}” (change it under the default programme)."),
    }
}

pub fn rows_read(lang: Lang, rows: usize, columns: usize, encoding: Option<&str>) -> String {
    match (lang, encoding) {
        (Lang::Ja, Some(e)) => {
            format!("{rows}行・{columns}列を読み込みました（文字コード：{e}）。")
        }
        (Lang::Ja, None) => format!("{rows}行・{columns}列を読み込みました。"),
        (Lang::En, Some(e)) => format!("Read {rows} rows and {columns} columns (encoding: {e})."),
        (Lang::En, None) => format!("Read {rows} rows and {columns} columns."),
    }
}

pub fn report_summary(lang: Lang, rows: usize, errors: usize, warnings: usize) -> String {
    match lang {
        Lang::Ja => format!("{rows}行を確認しました：エラー{errors}件、注意{warnings}件。"),
        Lang::En => format!("Checked {rows} rows: {errors} errors, {warnings} warnings."),
    }
}

pub fn more_issues(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Ja => format!("ほかに{n}件あります（最初の分だけ表示しています）。"),
        Lang::En => format!("{n} more not shown."),
    }
}

pub fn imported(lang: Lang, name: &str, n: usize) -> String {
    match lang {
        Lang::Ja => format!("「{name}」を{n}人分取り込みました。"),
        Lang::En => format!("Imported “{name}”: {n} people."),
    }
}

pub fn import_button(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Ja => format!("取り込む（{n}人）"),
        Lang::En => format!("Import ({n} people)"),
    }
}

pub fn progress_text(lang: Lang, phase: &str, done: usize, total: usize) -> String {
    match (lang, phase) {
        (Lang::Ja, "validate") => format!("検証しています… {done}/{total}行"),
        (Lang::En, "validate") => format!("Validating… {done}/{total} rows"),
        (Lang::Ja, "save") => format!("{total}人分を保存しています…"),
        (Lang::En, "save") => format!("Saving {total} people…"),
        (Lang::Ja, _) => "ファイルを読み込んでいます…".to_owned(),
        (Lang::En, _) => "Reading the file…".to_owned(),
    }
}

pub fn restore_preview(lang: Lang, assessments: usize, lists: usize, exported: &str) -> String {
    match lang {
        Lang::Ja => {
            format!("評価{assessments}件、人材リスト{lists}件（バックアップ作成：{exported}）")
        }
        Lang::En => {
            format!("{assessments} assessments and {lists} talent lists (backed up {exported})")
        }
    }
}

/// A problem with the publisher's configuration or data, for the people who see it (staff)
/// and the people who can fix it (the publisher).
pub fn data_notice(
    lang: Lang,
    cat: Option<&dxm_domain::Catalog>,
    n: &dxm_domain::pack::Notice,
) -> String {
    use dxm_domain::pack::PackError as E;
    let ja = lang == Lang::Ja;
    let file = &n.file;
    let what = match &n.problem {
        E::NotFound => pick_s(ja, "ファイルが見つかりません。", "The file is not there."),
        E::Fetch(m) => {
            if ja {
                format!("読み込めませんでした（{m}）。")
            } else {
                format!("It could not be loaded ({m}).")
            }
        }
        E::NotLocal(p) => {
            if ja {
                format!("「{p}」はこのサイト内の場所ではないため使いません。データはアプリと同じサイトに置いてください。")
            } else {
                format!("“{p}” is not a place on this site, so it is not used. Put the data on the same site as the app.")
            }
        }
        E::NotAnOrigin(o) => {
            if ja {
                format!("「{o}」はオリジンではないため、埋め込みを許可する相手として使いません。https://ホスト名（必要ならポート番号も）だけを書いてください。")
            } else {
                format!("“{o}” is not an origin, so it is not allowed to embed the app. Write only https://host (and a port if needed).")
            }
        }
        E::Format(m) => {
            if ja {
                format!("決められた形式になっていません（{m}）。")
            } else {
                format!("It is not in the documented format ({m}).")
            }
        }
        E::Invalid { first, count } => {
            let problem = cat
                .map(|c| problem_text(lang, c, &first.problem).0)
                .unwrap_or_default();
            if ja {
                format!(
                    "{count}件の問題があります。最初の問題：{}行目 {}「{}」— {problem}",
                    first.line, first.column, first.value
                )
            } else {
                format!(
                    "{count} problem(s). The first: line {}, {} “{}” — {problem}",
                    first.line, first.column, first.value
                )
            }
        }
        E::Rules(m) => {
            if ja {
                format!("制度のルールとして読み込めません（{m}）。組み込みのルールを使っています。")
            } else {
                format!("It cannot be read as programme rules ({m}). The built-in rules are used.")
            }
        }
    };
    match lang {
        Lang::Ja => format!("「{file}」：{what}"),
        Lang::En => format!("“{file}”: {what}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn population_limits_read_with_digit_groups() {
        assert_eq!(group_digits(50_000), "50,000");
        assert_eq!(group_digits(999), "999");
        assert_eq!(group_digits(1_000_000), "1,000,000");
        let cat = dxm_domain::Catalog::builtin_without_profiles().unwrap();
        assert!(fit_reason(
            Lang::Ja,
            &cat,
            dxm_domain::fit::FitReason::PopulationWithin(50_000)
        )
        .contains("50,000人以下"));
    }
}
