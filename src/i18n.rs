//! The i18n layer: every user-visible string of the UI, in Japanese (default) and English.
//! Data texts (skill names, programmes …) carry their own `ja`/`en` pair and go through `pick`.

use dxm_domain::Lang;
use leptos::prelude::*;

macro_rules! messages {
    ($($key:ident => $ja:literal, $en:literal;)*) => {
        /// A fixed UI string. Adding a key without both languages does not compile.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Msg { $($key),* }

        impl Msg {
            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $( (Msg::$key, Lang::Ja) => $ja, (Msg::$key, Lang::En) => $en, )*
                }
            }
        }
    };
}

messages! {
    AppName => "自治体DX人材マッチ", "Municipal DX Talent Match";
    AppTagline => "必要なDXスキルを整理し、外部デジタル人材と照らし合わせる", "Define the DX skills you need and match them with external digital talent";
    SkipToMain => "本文へ移動", "Skip to main content";
    SwitchLanguage => "English", "日本語";
    SwitchLanguageLabel => "Switch to English", "日本語に切り替える";
    Steps => "手順", "Steps";
    StepStart => "団体を選ぶ", "Choose organisation";
    StepPresets => "出発点を選ぶ", "Choose a starting point";
    StepAssess => "スキルを評価する", "Assess skills";
    StepGap => "ギャップを見る", "See the gap";
    StepMatches => "人材と照らし合わせる", "Match talent";
    Next => "次へ", "Next";
    DataLoadFailed => "内蔵データを読み込めませんでした。ページを再読み込みしてください。繰り返す場合は、この画面の内容を管理者に伝えてください。", "The built-in data could not be loaded. Reload the page; if this happens again, pass this message on to your administrator.";
    StorageUnavailable => "このブラウザでは作業内容を保存できません（ストレージが使えません）。ページを閉じると入力は失われます。", "This browser cannot save your work (storage is unavailable). Your input will be lost when the page closes.";
    StorageRecovered => "保存されていた作業内容を読み取れなかったため、新しく始めました。元のデータは消さずにブラウザ内に退避してあります。", "Saved work could not be read, so a new assessment was started. The original data was kept aside in the browser, not deleted.";
    StorageSaveFailed => "作業内容を保存できませんでした（ブラウザの保存領域が一杯の可能性があります）。", "Your work could not be saved (the browser's storage may be full).";

    StartTitle => "団体と評価の基本情報", "Organisation and assessment";
    StartIntro => "外部デジタル人材を活用する前に、どのような役割とスキルが必要かを整理します。団体を選び、評価に名前を付けてください。入力内容はこのブラウザの中にだけ保存され、どこにも送信されません。", "Before bringing in external digital talent, set out the roles and skills you need. Choose your organisation and name the assessment. What you enter is saved only in this browser and never sent anywhere.";
    SearchOrgLabel => "団体名・よみがな・団体コードで検索", "Search by name, reading (kana) or local government code";
    SearchOrgHint => "例：札幌市、さっぽろ、011002", "e.g. 札幌市, さっぽろ, 011002";
    SearchResults => "検索結果", "Search results";
    NoResults => "該当する団体がありません。名前の一部、よみがな、または6桁の団体コードで探してください。", "No organisation matches. Try part of the name, the reading in kana, or the 6-digit code.";
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

    GapTitle => "ギャップ（必要と現状の差）", "Gap (needed vs in-house)";
    GapIntro => "必要なレベルに対して庁内の現状が何段階足りないかを示します。必須の項目は、不足がなくても必ず表に出します。", "Shows by how many steps in-house skills fall short of the need. Required items are always listed, even where nothing is missing.";
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
    MatchesIntro => "ギャップを埋められる度合いで人材プロフィールを並べます。スコアは、不足の重み付き合計のうち、その人が埋められる割合（0～100）です。必須の不足は、あれば望ましい不足の3倍の重みで数えます。必要以上の高いレベルは加点しません。", "Profiles are ranked by how much of the gap they can close. The score (0–100) is the share of the weighted gap a person closes; a required gap weighs three times a desirable one. Levels above the need earn nothing extra.";
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
    Qualifications => "資格", "Qualifications";
    Domains => "専門分野", "Fields";
    Affiliation => "所属の種別", "Affiliation";
    Why => "スコアの内訳", "Why this score";
    GapsClosed => "埋められる不足", "Gaps closed";
    GapsPartial => "一部埋められる不足", "Gaps partly closed";
    GapsLeft => "残る不足", "Gaps left";
    WhatWouldRaise => "スコアを上げるには", "What would raise it";
    ShowMore => "さらに表示", "Show more";
    None => "なし", "None";
    Points => "点", "pts";

    FooterData => "データの出典", "Data sources";
    ProgrammeRules => "制度のルール", "Programme rules";
    FooterPrivacy => "入力内容はこのブラウザ内にのみ保存されます。サーバーへの送信、Cookie、アクセス解析は使用していません。", "Your input is stored only in this browser. No server, cookies or analytics are used.";
    AsOf => "時点", "as of";
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

/// 令和 year of a fiscal year starting in April of `year` (2019 = 令和元年).
pub fn reiwa(year: u16) -> Option<u16> {
    year.checked_sub(2018)
}

/// "令和8年度（2026年度）" / "FY2026".
pub fn fiscal_year_label(lang: Lang, year: u16) -> String {
    match (lang, reiwa(year)) {
        (Lang::Ja, Some(1)) => format!("令和元年度（{year}年度）"),
        (Lang::Ja, Some(r)) => format!("令和{r}年度（{year}年度）"),
        (Lang::Ja, None) => format!("{year}年度"),
        (Lang::En, _) => format!("FY{year}"),
    }
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

pub fn org_list_source(lang: Lang, municipalities: usize, prefectures: usize) -> String {
    match lang {
        Lang::Ja => format!("団体一覧：Code for FUKUI「localgovjp」（CC0 1.0）。政令市の区を除く市区町村{municipalities}、都道府県{prefectures}。"),
        Lang::En => format!("Organisations: Code for FUKUI “localgovjp” (CC0 1.0): {municipalities} municipalities (wards of designated cities excluded) and {prefectures} prefectures."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fiscal_years_read_in_both_calendars() {
        assert_eq!(fiscal_year_label(Lang::Ja, 2026), "令和8年度（2026年度）");
        assert_eq!(fiscal_year_label(Lang::Ja, 2019), "令和元年度（2019年度）");
        assert_eq!(fiscal_year_label(Lang::En, 2026), "FY2026");
    }
}
