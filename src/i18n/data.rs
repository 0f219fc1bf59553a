//! The data screen (backups, exports, share links, lists, published data) and the notices about
//! published data.

use super::matching::band_msg;
use super::problems::problem_text;
use super::rules::exclusion_text;
use super::Msg;
use dxm_domain::export::ExportText;
use dxm_domain::level::Priority;
use dxm_domain::library::BackupError;
use dxm_domain::Lang;

messages! {
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
    DataTitle => "データの取り込み・書き出し", "Import and export";
    DataIntro => "都道府県や国の人材リスト（CSV・Excel・JSON）を取り込み、結果をExcel向けCSVで書き出し、作業全体をバックアップできます。データはこのブラウザの中だけで処理され、どこにも送信されません。", "Import prefectural or national talent lists (CSV, Excel, JSON), export results as CSV for Excel, and back up all your work. Data is processed only in this browser and never sent anywhere.";
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
    RestorePreviewTitle => "復元すると次の内容に置き換わります", "Restoring replaces your work with";
    RestoreConfirm => "置き換える", "Replace";
    RestoreNotSaved => "ブラウザに保存できませんでした（保存領域がいっぱいか、このタブが保存を止めています）。", "It could not be saved in the browser (its storage is full, or this tab has stopped saving).";
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
    ShareBroken => "このリンクは読み込めません", "This link cannot be loaded";
    PacksTitle => "公開データ（発行者向け）", "Published data (for publishers)";
    PacksIntro => "都道府県などの発行者は、このアプリと同じ場所に人材リストや更新した制度のルールを置き、設定ファイル dxm-config.json で指定できます。詳しくは配布物の docs/data-packs.md を参照してください。", "Publishers such as prefectures can place talent lists or updated programme rules next to the app and name them in dxm-config.json. See docs/data-packs.md in the distribution.";
    PacksNone => "公開データは設定されていません。", "No published data is configured.";
    FileRanking => "順位", "ranking";
    FileGap => "ギャップ", "gap";
    ExportForPrefecture => "この評価を提出用に保存", "Save this assessment for submission";
    ExportForPrefectureHint => "都道府県の取りまとめに、いま開いている評価だけを .json で保存します（人材リストや他の評価は含みません）。", "Saves only the open assessment as .json, for the prefecture to gather (no lists, no other assessments).";
}

pub fn share_error_text(lang: Lang, e: &dxm_domain::share::ShareError) -> String {
    use dxm_domain::share::ShareError as E;
    match e {
        E::Encoding | E::Damaged => ja_en!(
            lang,
            "リンクが途中で切れているか、壊れています。送られてきたリンクを最後までコピーして開き直してください。",
            "The link is cut short or damaged. Copy the whole link you were sent and open it again."
        ),
        E::Version(v) => ja_en!(
            lang,
            "このリンクは別の版のアプリで作られています（形式 {v}）。アプリを最新にするか、送り主に作り直しを頼んでください。",
            "This link was made by another version of the app (format {v}). Update the app or ask the sender for a new link."
        ),
        E::DataMismatch => ja_en!(
            lang,
            "このリンクは別のスキル標準またはデータで作られているため開けません。送り主と同じ版のアプリで開いてください。",
            "This link was made with a different skill standard or data, so it cannot be opened. Open it in the same version of the app as the sender."
        ),
        E::BadValue => ja_en!(
            lang,
            "リンクにありえない値が含まれています。送り主に作り直しを頼んでください。",
            "The link holds an impossible value. Ask the sender for a new link."
        ),
    }
}

pub fn export_text(lang: Lang, t: ExportText) -> String {
    match t {
        ExportText::Rank => ja_en!(lang, "順位", "Rank"),
        ExportText::Id => ja_en!(lang, "ID", "ID"),
        ExportText::Score => ja_en!(lang, "スコア", "Score"),
        ExportText::BandHeader => ja_en!(lang, "判定", "Band"),
        ExportText::Band(b) => band_msg(b).text(lang).to_owned(),
        ExportText::Status => ja_en!(lang, "状態", "Status"),
        ExportText::Feasible => ja_en!(lang, "依頼できる", "Can be engaged"),
        ExportText::Excluded => ja_en!(lang, "条件により対象外", "Excluded by a rule"),
        ExportText::Programme => ja_en!(lang, "制度", "Programme"),
        ExportText::Personas => ja_en!(lang, "人材像", "Personas"),
        ExportText::Base => ja_en!(lang, "活動拠点", "Base"),
        ExportText::Coverage => ja_en!(lang, "対応地域", "Coverage"),
        ExportText::Nationwide => ja_en!(lang, "全国", "Nationwide"),
        ExportText::Modes => ja_en!(lang, "支援の形", "Way of working"),
        ExportText::Onsite => ja_en!(lang, "現地", "On site"),
        ExportText::Online => ja_en!(lang, "オンライン", "Online"),
        ExportText::GapsClosed => ja_en!(lang, "埋められる不足", "Gaps closed"),
        ExportText::GapsLeft => ja_en!(lang, "残る不足", "Gaps left"),
        ExportText::Reasons => ja_en!(lang, "対象外の理由", "Reasons for exclusion"),
        ExportText::Exclusion(e) => exclusion_text(lang, e),
        ExportText::Category => ja_en!(lang, "カテゴリー", "Category"),
        ExportText::Subcategory => ja_en!(lang, "サブカテゴリー", "Subcategory"),
        ExportText::Item => ja_en!(lang, "スキル項目", "Skill item"),
        ExportText::Code => ja_en!(lang, "コード", "Code"),
        ExportText::Priority(Priority::Required) => Msg::Required.text(lang).to_owned(),
        ExportText::Priority(Priority::Desirable) => Msg::Desirable.text(lang).to_owned(),
        ExportText::PriorityHeader => ja_en!(lang, "優先度", "Priority"),
        ExportText::Need => ja_en!(lang, "必要なレベル", "Needed level"),
        ExportText::Have => ja_en!(lang, "庁内の現状", "In-house level"),
        ExportText::NotEntered => ja_en!(lang, "未入力", "Not entered"),
        ExportText::Gap => ja_en!(lang, "不足（段階）", "Gap (steps)"),
    }
}

pub fn restore_preview(lang: Lang, assessments: usize, lists: usize, exported: &str) -> String {
    ja_en!(
        lang,
        "評価{assessments}件、人材リスト{lists}件（バックアップ作成：{exported}）",
        "{assessments} assessments and {lists} talent lists (backed up {exported})"
    )
}

/// A problem with the publisher's configuration or data, for the people who see it (staff)
/// and the people who can fix it (the publisher).
pub fn data_notice(
    lang: Lang,
    cat: Option<&dxm_domain::Catalog>,
    n: &dxm_domain::pack::Notice,
) -> String {
    use dxm_domain::pack::{FetchFailure, PackError as E};
    let file = &n.file;
    let what = match &n.problem {
        E::NotFound => ja_en!(lang, "ファイルが見つかりません。", "The file is not there."),
        E::Fetch(FetchFailure::Network) => ja_en!(
            lang,
            "サイトから応答がなく、読み込めませんでした。ネットワークを確かめて、ページを再読み込みしてください。",
            "The site did not answer, so it could not be loaded. Check the network and reload the page."
        ),
        E::Fetch(FetchFailure::Status(status)) => ja_en!(
            lang,
            "サーバーがエラーを返したため読み込めませんでした（HTTP {status}）。サイトの管理者に伝えてください。",
            "The server answered with an error (HTTP {status}), so it could not be loaded. Tell the site's administrator."
        ),
        E::Fetch(FetchFailure::Unreadable) => ja_en!(
            lang,
            "受け取った内容を読めませんでした。ページを再読み込みしてください。",
            "What arrived could not be read. Reload the page."
        ),
        E::NotLocal(p) => ja_en!(
            lang,
            "「{p}」はこのサイト内の場所ではないため使いません。データはアプリと同じサイトに置いてください。",
            "“{p}” is not a place on this site, so it is not used. Put the data on the same site as the app."
        ),
        E::NotAnOrigin(o) => ja_en!(
            lang,
            "「{o}」はオリジンではないため、埋め込みを許可する相手として使いません。https://ホスト名（必要ならポート番号も）だけを書いてください。",
            "“{o}” is not an origin, so it is not allowed to embed the app. Write only https://host (and a port if needed)."
        ),
        E::InsecureOrigin(o) => ja_en!(
            lang,
            "「{o}」は https ではないため、埋め込みを許可する相手として使いません（途中で書き換えられるおそれがあります）。https:// で書いてください。http:// が使えるのは、手元の確認用の localhost・127.0.0.1・[::1] だけです。",
            "“{o}” is not https, so it is not allowed to embed the app (its pages could be altered on the way). Write it with https://. Plain http:// is accepted only for trying things out on localhost, 127.0.0.1 and [::1]."
        ),
        E::Undeclared(p) => ja_en!(
            lang,
            "「{p}」は発行者が dxm-config.json の profile_packs に載せた人材リストではないため、読み込みません。使うには、発行者が profile_packs に加えてください。",
            "“{p}” is not one of the talent lists the publisher lists in profile_packs of dxm-config.json, so it is not loaded. To use it, the publisher adds it to profile_packs."
        ),
        E::Format(m) => ja_en!(
            lang,
            "決められた形式になっていません（{m}）。",
            "It is not in the documented format ({m})."
        ),
        E::Invalid { first, count } => {
            let problem = cat
                .map(|c| problem_text(lang, c, &first.problem).0)
                .unwrap_or_default();
            let (line, column, value) = (first.line, &first.column, &first.value);
            ja_en!(
                lang,
                "{count}件の問題があります。最初の問題：{line}行目 {column}「{value}」— {problem}",
                "{count} problem(s). The first: line {line}, {column} “{value}” — {problem}"
            )
        }
        E::Rules(m) => ja_en!(
            lang,
            "制度のルールとして読み込めません（{m}）。組み込みのルールを使っています。",
            "It cannot be read as programme rules ({m}). The built-in rules are used."
        ),
    };
    ja_en!(lang, "「{file}」：{what}", "“{file}”: {what}")
}

/// Why a backup (or a municipality's submission) cannot be restored or read, and what to do.
pub fn backup_error(lang: Lang, cat: &dxm_domain::Catalog, e: &BackupError) -> String {
    match e {
        BackupError::Json { line, column } => ja_en!(
            lang,
            "JSON として読めません（{line}行 {column}文字目）。ファイルが途中で切れていないか確かめてください。",
            "Not valid JSON (line {line}, column {column}). Check that the file is complete."
        ),
        BackupError::NotABackup => ja_en!(
            lang,
            "このアプリの提出用ファイル・バックアップではありません。",
            "Not a submission file or backup of this app."
        ),
        BackupError::Newer(v) => ja_en!(
            lang,
            "新しい版のアプリで作られています（形式 {v}）。アプリを最新にしてください。",
            "Made by a newer version of the app (format {v}). Update the app."
        ),
        BackupError::NoAssessment => ja_en!(
            lang,
            "評価が入っていません。",
            "It holds no assessment."
        ),
        BackupError::BadSet { set, issue } => {
            let (what, fix) = problem_text(lang, cat, &issue.problem);
            let line = issue.line;
            let value = match issue.value.as_str() {
                "" => String::new(),
                v => ja_en!(lang, "（値「{v}」）", " (value “{v}”)"),
            };
            ja_en!(
                lang,
                "リスト「{set}」の{line}件目：{what}{value}。{fix}。このリストを取り込み直してからバックアップを作り直してください。",
                "List “{set}”, record {line}: {what}{value}. {fix}. Import the list again, then make a new backup."
            )
        }
        BackupError::BadAssessment { assessment, field } => {
            let what = match field.as_str() {
                "fiscal_year" => ja_en_str!(lang, "年度", "fiscal year"),
                "lgcode" => ja_en_str!(lang, "団体コード", "local government code"),
                _ => ja_en_str!(lang, "値", "value"),
            };
            ja_en!(
                lang,
                "評価「{assessment}」の{what}が、アプリでは作れない値になっています。ファイルが編集されていないか確かめ、アプリで書き出し直してください。",
                "The {what} of the assessment “{assessment}” is a value the app cannot make. Check that the file was not edited, and export it again from the app."
            )
        }
        BackupError::DuplicateSet(name) => ja_en!(
            lang,
            "リスト「{name}」と同じ識別子のリストがもう一つ入っています。ファイルが編集されていないか確かめてください。",
            "Another list in the file has the same id as “{name}”. Check that the file was not edited."
        ),
        BackupError::DuplicateAssessment(name) => ja_en!(
            lang,
            "評価「{name}」と同じ識別子の評価がもう一つ入っています。ファイルが編集されていないか確かめてください。",
            "Another assessment in the file has the same id as “{name}”. Check that the file was not edited."
        ),
    }
}
