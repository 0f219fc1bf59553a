//! The assessment screens: context (団体と評価), starting points, skills, the list of assessments
//! and their comparison.

use super::Msg;
use dxm_domain::compare::GapChange;
use dxm_domain::Lang;

messages! {
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
    AssessmentNameHint => "年度や事業名が分かる名前にすると、後で比較しやすくなります。", "A name with the year or project makes later comparison easier.";
    PresetsTitle => "出発点（プリセット）を選ぶ", "Choose a starting point (presets)";
    PresetsIntro => "必要な人材像や、支援が必要な地域DXのプロセスを選ぶと、その標準的なスキルとレベルが評価に入ります。後の画面で項目ごとに調整できます。複数選んだ場合は、高い方のレベルが使われ、どれかで必須なら必須になります。", "Pick the personas you need, or the regional DX phases that need help: their typical skills and levels go into the assessment, and you can adjust every item on the next screen. When several are picked, the higher level wins, and an item is required if any of them requires it.";
    PersonasLegend => "人材像（総務省「自治体DX推進のための外部人材スキル標準」）", "Personas (MIC external-talent skill standard for municipal DX)";
    PhasesLegend => "地域DXのプロセス（支援が必要な段階）", "Regional DX process (phases that need help)";
    ApplyPresets => "選んだプリセットを評価に反映", "Apply the selected presets";
    NothingSelected => "プリセットが選ばれていません。", "No preset is selected.";
    AppliedPresets => "反映済み", "Applied";
    ClearNeeds => "必要レベルをすべて消す", "Clear all needed levels";
    NeedsCleared => "必要レベルを消しました。", "The needed levels were cleared.";
    MappingNote => "対応付けについて", "About the mapping";
    AssessTitle => "必要なスキルと庁内の現状を評価する", "Assess the skills needed and those in-house";
    AssessIntro => "項目ごとに、業務に必要なレベル、その優先度（必須／あれば望ましい）、庁内職員がすでに持っているレベルを選びます。変更はすぐに保存されます。", "For each item, choose the level the work needs, its priority (required / desirable) and the level your own staff already have. Changes are saved at once.";
    NeedLevel => "必要なレベル", "Needed level";
    HaveLevel => "庁内の現状", "In-house level";
    SavedAssessments => "保存している評価", "Saved assessments";
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
    CategoryNav => "カテゴリーへ移動", "Go to category";
    NoItemsInFilter => "この表示条件に当てはまる項目はありません。", "No item matches this filter.";
    AssessmentsTitle => "評価の一覧と比較", "Assessments and comparison";
    AssessmentsIntro => "年度や事業ごとに複数の評価を保存できます。前年度の評価を複製して今年度の評価を始めたり、2つの評価を比べて不足がどう変わったかを確かめたりできます。", "Keep several assessments, per fiscal year or project. Duplicate last year's to start this year's, and compare two to see how the gaps moved.";
    NewAssessment => "新しい評価を作る", "New assessment";
    OpenAssessment => "開く", "Open";
    Duplicate => "複製", "Duplicate";
    ActiveTag => "作業中", "Current";
    UpdatedLabel => "更新", "Updated";
    NeededShort => "必要な項目", "Needed items";
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
}

pub fn search_count(lang: Lang, n: usize, more: bool) -> String {
    if more {
        ja_en!(
            lang,
            "上位{n}件を表示しています。絞り込むにはさらに入力してください。",
            "Showing the top {n}. Type more to narrow down."
        )
    } else {
        ja_en!(lang, "{n}件見つかりました。", "{n} found.")
    }
}

pub fn presets_applied(lang: Lang, changed: usize) -> String {
    ja_en!(
        lang,
        "プリセットを反映しました（{changed}項目が変わりました）。",
        "Presets applied ({changed} items changed)."
    )
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

pub fn deleted_notice(lang: Lang, name: &str) -> String {
    ja_en!(lang, "「{name}」を削除しました。", "“{name}” was deleted.")
}

pub fn compare_summary(lang: Lang, before: u32, after: u32, changed: usize) -> String {
    ja_en!(
        lang,
        "不足の合計：{before}段階 → {after}段階（{changed}項目が変化）",
        "Total gap: {before} → {after} steps ({changed} items changed)"
    )
}

pub fn category_progress(lang: Lang, needed: u32, total: usize, missing: u32) -> String {
    match missing {
        0 => ja_en!(lang, "必要 {needed}/{total}", "{needed}/{total} needed"),
        m => ja_en!(
            lang,
            "必要 {needed}/{total}・現状未入力 {m}",
            "{needed}/{total} needed, {m} not entered"
        ),
    }
}
