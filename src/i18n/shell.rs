//! The shell's words: header, footer, navigation, notices about storage, updates and data.

use super::Msg;
use dxm_domain::Lang;

messages! {
    AppName => "自治体DX人材マッチ", "Municipal DX Talent Match";
    AppTagline => "必要なDXスキルを整理し、外部デジタル人材と照らし合わせる", "Define the DX skills you need and match them with external digital talent";
    SkipToMain => "本文へ移動", "Skip to main content";
    SwitchLanguage => "English", "日本語";
    SwitchLanguageLabel => "Switch to English", "日本語に切り替える";
    Steps => "手順", "Steps";
    DataLoadFailed => "内蔵データを読み込めませんでした。ページを再読み込みしてください。繰り返す場合は、この画面の内容を管理者に伝えてください。", "The built-in data could not be loaded. Reload the page; if this happens again, pass this message on to your administrator.";
    ScreenLoading => "画面を読み込んでいます…", "Loading the screen…";
    ScreenLoadFailed => "この画面を読み込めませんでした。ネットワークにつながっているか確かめて、もう一度お試しください。新しい版が公開された直後なら、ページを再読み込みしてください。入力した内容は保存されています。", "This screen could not be loaded. Check that you are online and try again; if a new version was just published, reload the page. Your work is saved.";
    TryAgain => "もう一度読み込む", "Try again";
    StorageUnavailable => "このブラウザでは作業内容を保存できません（ストレージが使えません）。ページを閉じると入力は失われます。", "This browser cannot save your work (storage is unavailable). Your input will be lost when the page closes.";
    StorageRecovered => "保存されていた作業内容を読み取れなかったため、新しく始めました。元のデータは消さずにブラウザ内に退避してあります。", "Saved work could not be read, so a new assessment was started. The original data was kept aside in the browser, not deleted.";
    StorageSaveFailed => "作業内容を保存できませんでした（ブラウザの保存領域が一杯の可能性があります）。", "Your work could not be saved (the browser's storage may be full).";
    DownloadAside => "退避したデータをダウンロード", "Download the data set aside";
    HoldNewerTitle => "このタブでは保存していません", "This tab is not saving";
    HoldNewer => "新しいバージョンのアプリが、作業内容を新しい形式で保存しました。このタブは古いバージョンのため、そのデータを上書きしないよう保存を止めています。再読み込みすると、新しいバージョンで作業を続けられます（このタブでこの後に行った変更は保存されません）。", "A newer version of the app has saved your work in a newer format. This tab runs an older version, so it has stopped saving rather than overwrite that data. Reload to continue in the new version (changes made in this tab from now on are not saved).";
    HoldUnreadable => "保存されていた作業内容を読み取れず、ブラウザ内に退避することもできませんでした（保存領域がいっぱいの可能性があります）。元のデータを上書きしないよう、このタブでは保存を止めています。まず元のデータをダウンロードして保管してください。", "Your saved work could not be read, nor set aside in the browser (its storage may be full). So as not to overwrite the original data, this tab is not saving. First download the original data and keep it.";
    DownloadUnreadable => "元のデータをダウンロード", "Download the original data";
    ResumeSaving => "ダウンロードしたので、保存を再開する", "I have downloaded it: resume saving";
    Reload => "再読み込み", "Reload";
    ConflictTitle => "同じ評価が2か所で変更されました", "The same assessment was changed in two places";
    ConflictCopySuffix => "（このタブでの変更）", " (changes in this tab)";
    ConflictKeepMine => "このタブでの変更を残す", "Keep this tab’s changes";
    ConflictKeepTheirs => "もう一方の変更を残す", "Keep the other changes";
    ConflictKeepBoth => "両方残す", "Keep both";
    NewVersionActive => "新しいバージョンに切り替わりました", "A new version is now in use";
    NewVersionActiveHint => "別のタブで新しいバージョンが有効になりました。このタブを再読み込みしてください。作業内容は保存されています。", "A new version was switched on in another tab. Reload this tab; your work is saved.";
    CurrentAssessment => "作業中の評価", "Current assessment";
    AssessmentsLink => "評価の一覧・比較", "All assessments";
    SavedJustNow => "自動保存済み", "Saved automatically";
    SourcesLink => "データの出典と制度の根拠", "Data sources and programme rules";
    DataLink => "データの取り込み・書き出し", "Import and export";
    UpdateAvailable => "新しいバージョンがあります", "A new version is available";
    UpdateHint => "作業内容は保存されています。都合のよいときに更新してください。", "Your work is saved. Update whenever it suits you.";
    UpdateNow => "今すぐ更新", "Update now";
    UpdateLater => "後で", "Later";
    InstallApp => "アプリとしてインストール", "Install as an app";
    CrashTitle => "予期しないエラーが起きました", "An unexpected error occurred";
    CrashHappened => "アプリの中で予期しないエラーが起きたため、画面を表示し続けられなくなりました。アプリの不具合です。", "Something unexpected went wrong inside the app, so it cannot go on showing this screen. This is a fault in the app.";
    CrashSaved => "作業内容は変更のたびにこのブラウザに保存されているので、最後の変更までは残っています。ページを再読み込みすると、続きから使えます。", "Your work is saved in this browser after every change, so everything up to your last change is kept. Reload the page to carry on.";
    CrashReload => "ページを再読み込みする", "Reload the page";
    CrashDetails => "問い合わせ用の詳しい情報", "Details for support";
    DataNoticeTitle => "公開データを読み込めませんでした", "Published data could not be loaded";
    FooterData => "データの出典", "Data sources";
    ProgrammeRules => "制度のルール", "Programme rules";
    FooterPrivacy => "入力内容はこのブラウザ内にのみ保存されます。サーバーへの送信、Cookie、アクセス解析は使用していません。", "Your input is stored only in this browser. No server, cookies or analytics are used.";
    RulesDeferred => "制度ごとの条件と出典は、人材を扱う画面を開いたときに読み込みます。", "The conditions of each programme and their sources are loaded when a screen that works with talent is opened.";
    SamplesDeferred => "サンプル人材プロフィール（架空）：人材を扱う画面を開いたときに読み込みます。", "Sample talent profiles (fictional): loaded when a screen that works with talent is opened.";
    GuideLink => "使い方", "How to use";
    A11yLink => "アクセシビリティ方針", "Accessibility";
    PrefectureLink => "都道府県ビュー", "Prefecture view";
    FrameGuardTitle => "このページは許可されていないサイトに埋め込まれています", "This page is embedded in a site that is not allowed to embed it";
    FrameGuardText => "安全のため、この枠の中ではアプリを表示しません。アプリを使うには、新しいタブで開いてください。", "For your safety the app is not shown inside this frame. To use it, open it in a new tab.";
    FrameGuardOpen => "新しいタブで開く", "Open in a new tab";
    ShareWithHost => "この評価の結果をポータルに送る", "Send this assessment's results to the portal";
    ShareWithHostHint => "オンにすると、この評価の照合結果（評価の名前、人材の登録番号・点数・除外の理由）を、このページを埋め込んでいるポータルに送ります。ポータルから読み込んだ評価は、はじめからオンです。", "When on, the matching results of this assessment (its name, the talent ids, scores and reasons for exclusion) are sent to the portal that embeds this page. Assessments the portal loaded are on from the start.";
}

/// After a share link replaced an assessment: what happened, next to an Undo button.
pub fn replaced_notice(lang: Lang, name: &str) -> String {
    ja_en!(
        lang,
        "「{name}」を共有リンクの内容で置き換えました。",
        "“{name}” was replaced with the shared assessment."
    )
}

/// The organisation list's source; the municipalities are counted once their list is loaded.
pub fn org_list_source(lang: Lang, municipalities: Option<usize>, prefectures: usize) -> String {
    match municipalities {
        Some(m) => ja_en!(
            lang,
            "団体一覧：Code for FUKUI「localgovjp」（CC0 1.0）。政令市の区を除く市区町村{m}、都道府県{prefectures}。",
            "Organisations: Code for FUKUI “localgovjp” (CC0 1.0): {m} municipalities (wards of designated cities excluded) and {prefectures} prefectures."
        ),
        None => ja_en!(
            lang,
            "団体一覧：Code for FUKUI「localgovjp」（CC0 1.0）。政令市の区を除く市区町村（団体を検索したときに読み込みます）、都道府県{prefectures}。",
            "Organisations: Code for FUKUI “localgovjp” (CC0 1.0): the municipalities (wards of designated cities excluded; loaded when you search) and {prefectures} prefectures."
        ),
    }
}

/// One assessment changed both in this tab and elsewhere: what happened and what was kept.
pub fn conflict_text(lang: Lang, name: &str, copy: &str) -> String {
    ja_en!(
        lang,
        "評価「{name}」は、このタブと別のタブ（または埋め込み先のページ）の両方で変更されました。どちらの変更も失われないよう、このタブでの変更は「{copy}」として残してあります。どちらを残しますか？",
        "The assessment “{name}” was changed both in this tab and in another tab (or a portal’s page). So that neither change is lost, this tab’s changes are kept as “{copy}”. Which do you want to keep?"
    )
}

/// The crash page's words (`adapters::crash`, installed in main.rs).
pub fn crash_texts(lang: Lang) -> crate::adapters::crash::CrashTexts {
    crate::adapters::crash::CrashTexts {
        title: Msg::CrashTitle.text(lang),
        happened: Msg::CrashHappened.text(lang),
        saved: Msg::CrashSaved.text(lang),
        reload: Msg::CrashReload.text(lang),
        details: Msg::CrashDetails.text(lang),
    }
}
