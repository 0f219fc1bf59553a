//! Importing a talent list: the wizard's words, the columns in words (personal data kept out),
//! why a file cannot be read, and the steps of the import. What the check of a list found is in
//! `problems`.

use super::Msg;
use dxm_domain::import::protocol::ReadError;
use dxm_domain::import::{Field, PiiKind, SourceError};
use dxm_domain::text::pick;
use dxm_domain::Lang;

messages! {
    HeaderRowLabel => "見出しの行", "Header row";
    HeaderRowHint => "表題の行や注記の行は取り込みません。見出しが別の行にある場合は選び直してください。", "Title and note rows are not imported. If the headings are on another row, choose it here.";
    ImportNotesTitle => "この一覧の読み方", "How this list was read";
    RowWarningsTitle => "行ごとの注意（取り込めますが、確かめてください）", "Row by row (can be imported; please check)";
    ImportTitle => "人材リストを取り込む", "Import a talent list";
    ImportIntro => "ファイルを選ぶと、列の意味を推測して表示します。確認して「検証する」を押すと、行・列・値ごとに問題を示します。エラーがなければ「取り込む」で保存します。それまでは何も保存されません。", "Choose a file: the meaning of each column is suggested. Check it and press Validate to see any problem by row, column and value. With no error, Import saves the list; nothing is saved before that.";
    ChooseFile => "ファイルを選ぶ（CSV・Excel .xlsx・JSON）", "Choose a file (CSV, Excel .xlsx, JSON)";
    EncodingLabel => "文字コード", "Text encoding";
    EncodingAuto => "自動判定", "Detect automatically";
    EncodingUtf8 => "UTF-8", "UTF-8";
    EncodingSjis => "Shift_JIS（Excelの従来の形式）", "Shift_JIS (older Excel files)";
    SheetLabel => "シート", "Sheet";
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
    ReportTitle => "検証の結果", "Validation result";
    ErrorsTitle => "エラー（直すまで取り込めません）", "Errors (must be fixed before importing)";
    RowLabel => "行", "Row";
    ValueLabel => "値", "Value";
    ProblemLabel => "問題", "Problem";
    FixLabel => "直し方", "How to fix";
    HeaderRow => "見出し", "Header";
    FixAndRetry => "下の表のとおり直してください（ファイルを直したら選び直し、対応付けや制度を直したらもう一度「検証する」）。何も取り込まれていません。", "Fix what the table below lists (choose the file again after fixing it, or press Validate again after changing the mapping or programme). Nothing has been imported.";
    NothingToImport => "取り込める行がありません。", "There are no rows to import.";
    PackNoMapping => "このアプリの形式（JSON）のファイルです。列の対応付けは不要です。", "This file is in the app's own JSON format: no column mapping is needed.";
}

pub fn pii_name(lang: Lang, k: PiiKind) -> &'static str {
    match k {
        PiiKind::Name => ja_en_str!(lang, "氏名", "name"),
        PiiKind::Email => ja_en_str!(lang, "メールアドレス", "e-mail address"),
        PiiKind::Phone => ja_en_str!(lang, "電話番号", "phone number"),
        PiiKind::Address => ja_en_str!(lang, "住所", "postal address"),
        PiiKind::Birth => ja_en_str!(lang, "生年月日など", "date of birth or similar"),
        PiiKind::Photo => ja_en_str!(lang, "顔写真", "photograph"),
        PiiKind::Link => ja_en_str!(
            lang,
            "個人のページ・PDFへのリンク",
            "link to a personal page or PDF"
        ),
    }
}

/// What an import column is mapped to, in words.
pub fn field_name(lang: Lang, cat: &dxm_domain::Catalog, f: &Field) -> String {
    match f {
        Field::Ignore => ja_en!(lang, "取り込まない", "Not imported"),
        Field::Id => ja_en!(lang, "登録番号（ID）", "ID"),
        Field::Programme => ja_en!(lang, "制度", "Programme"),
        Field::Personas => ja_en!(lang, "人材像", "Personas"),
        Field::Domains => ja_en!(lang, "専門分野", "Fields"),
        Field::Affiliation => ja_en!(lang, "所属の種別", "Affiliation"),
        Field::BasePrefecture => ja_en!(lang, "活動拠点（都道府県）", "Base (prefecture)"),
        Field::Coverage => ja_en!(lang, "対応地域", "Coverage"),
        Field::Modes => ja_en!(lang, "支援の形（現地・オンライン）", "Way of working"),
        Field::Onsite => ja_en!(lang, "現地対応（○／×）", "On site (yes/no)"),
        Field::Online => ja_en!(lang, "オンライン対応（○／×）", "Online (yes/no)"),
        Field::Expertise => ja_en!(
            lang,
            "経歴・専門（語句からレベルを推定、保存しない）",
            "Career and expertise (read for key terms, not stored)"
        ),
        Field::Days => ja_en!(lang, "勤務可能日数", "Time available"),
        Field::Period => ja_en!(lang, "期間", "Period"),
        Field::Experience => ja_en!(lang, "実務経験年数", "Years of experience"),
        Field::Qualifications => ja_en!(lang, "資格", "Qualifications"),
        Field::TrackRecord => ja_en!(lang, "支援実績（件数）", "Past engagements"),
        Field::Summary => ja_en!(lang, "プロフィール（自由記述）", "Profile text"),
        Field::Skill(code) => {
            let name = cat
                .standard
                .idx(code)
                .map(|i| cat.standard.item(i))
                .map_or(code.clone(), |it| pick(lang, &it.ja, &it.en).to_owned());
            ja_en!(lang, "スキル：{name}", "Skill: {name}")
        }
        Field::SkillList => ja_en!(
            lang,
            "スキル（複数：「項目:レベル」）",
            "Skills (several, “item:level”)"
        ),
        Field::Personal(k) => ja_en!(
            lang,
            "個人情報（{pii}）",
            "Personal data ({pii})",
            pii = pii_name(lang, *k)
        ),
    }
}

pub fn read_error_text(lang: Lang, e: &ReadError) -> String {
    match e {
        ReadError::Source(s) => match s {
            SourceError::Empty => ja_en!(
                lang,
                "ファイルが空です。人材リストを保存したファイルを選んでください。",
                "The file is empty. Choose the file the talent list was saved in."
            ),
            SourceError::Csv { line, message } => ja_en!(
                lang,
                "{line}行目を読めません（{message}）。引用符（\"）の閉じ忘れがないか確かめてください。",
                "Row {line} cannot be read ({message}). Check for an unclosed quote (\")."
            ),
            SourceError::Json { line, column, .. } => ja_en!(
                lang,
                "JSONとして読めません（{line}行目 {column}文字目）。その箇所の括弧や引用符を確かめてください。",
                "Not valid JSON (line {line}, column {column}). Check the brackets and quotes there."
            ),
            SourceError::JsonShape => ja_en!(
                lang,
                "JSONは「オブジェクトのリスト」か、このアプリのプロフィール形式にしてください。",
                "JSON must be a list of objects or the app's profile format."
            ),
            SourceError::NoSuchRow(line) => ja_en!(
                lang,
                "{line}行目がないため、見出しの行にできません。見出しの行を選び直してください。",
                "There is no row {line} to use as the header. Choose the header row again."
            ),
            SourceError::NoHeader => ja_en!(
                lang,
                "見出しの行がありません。1行目に列の見出し（登録番号、活動拠点など）を入れてください。",
                "There is no header row. Put the column headings (ID, base, …) in the first row."
            ),
            SourceError::TooManyRows { rows, max } => ja_en!(
                lang,
                "行が多すぎます（{rows}行、上限{max}行）。ファイルを分けてください。",
                "Too many rows ({rows}, at most {max}). Split the file."
            ),
            SourceError::TooManyColumns { columns, max } => ja_en!(
                lang,
                "列が多すぎます（{columns}列、上限{max}列）。",
                "Too many columns ({columns}, at most {max})."
            ),
            SourceError::Binary => ja_en!(
                lang,
                "文字のファイル・CSV・Excel（.xlsx）ではないようです。CSV（.csv）、Excel（.xlsx）、JSON（.json）のいずれかを選んでください。",
                "This does not look like a text, CSV or Excel (.xlsx) file. Choose a .csv, .xlsx or .json file."
            ),
        },
        ReadError::Spreadsheet(m) => ja_en!(
            lang,
            "Excelファイルとして開けません（{m}）。Excelで開き、.xlsx形式で保存し直してください。",
            "The workbook cannot be opened ({m}). Open it in Excel and save it as .xlsx."
        ),
        ReadError::NoSheet(name) => ja_en!(
            lang,
            "シート「{name}」がありません。",
            "There is no sheet “{name}”."
        ),
        ReadError::Decode(label) => ja_en!(
            lang,
            "文字コード「{label}」は使えません。",
            "The encoding “{label}” is not available."
        ),
        ReadError::NothingRead => ja_en!(
            lang,
            "先にファイルを読み込んでください。",
            "Read a file first."
        ),
        ReadError::Command => ja_en_str!(
            lang,
            "取り込み機能とページの版が合いません。ページを再読み込みしてください。",
            "The importer and the page are of different versions. Reload the page."
        )
        .to_owned(),
        ReadError::Data(m) => ja_en!(
            lang,
            "取り込み機能を起動できません（{m}）。ページを再読み込みしてください。",
            "The importer could not start ({m}). Reload the page."
        ),
    }
}

/// A row offered as the header: 「3行目：ID / 氏名 / …」.
pub fn row_choice(lang: Lang, line: usize, text: &str) -> String {
    ja_en!(lang, "{line}行目：{text}", "Row {line}: {text}")
}

/// The layout a list was recognised as, and the programme its people get.
pub fn layout_read(lang: Lang, layout: &str, programme: &str) -> String {
    ja_en!(
        lang,
        "「{layout}」として読みました。氏名・ふりがな・顔写真・PDFの列は取り込みません。全員を「{programme}」の人として取り込みます（「制度（列にない場合）」で変えられます）。",
        "Read as “{layout}”. The name, reading, photo and PDF columns are not imported. Everyone is imported under “{programme}” (change it under the default programme)."
    )
}

pub fn rows_read(lang: Lang, rows: usize, columns: usize, encoding: Option<&str>) -> String {
    match encoding {
        Some(e) => ja_en!(
            lang,
            "{rows}行・{columns}列を読み込みました（文字コード：{e}）。",
            "Read {rows} rows and {columns} columns (encoding: {e})."
        ),
        None => ja_en!(
            lang,
            "{rows}行・{columns}列を読み込みました。",
            "Read {rows} rows and {columns} columns."
        ),
    }
}

pub fn report_summary(lang: Lang, rows: usize, errors: usize, warnings: usize) -> String {
    ja_en!(
        lang,
        "{rows}行を確認しました：エラー{errors}件、注意{warnings}件。",
        "Checked {rows} rows: {errors} errors, {warnings} warnings."
    )
}

pub fn more_issues(lang: Lang, n: usize) -> String {
    ja_en!(
        lang,
        "ほかに{n}件あります（最初の分だけ表示しています）。",
        "{n} more not shown."
    )
}

pub fn imported(lang: Lang, name: &str, n: usize) -> String {
    ja_en!(
        lang,
        "「{name}」を{n}人分取り込みました。",
        "Imported “{name}”: {n} people."
    )
}

pub fn import_button(lang: Lang, n: usize) -> String {
    ja_en!(lang, "取り込む（{n}人）", "Import ({n} people)")
}

pub fn progress_text(lang: Lang, phase: &str, done: usize, total: usize) -> String {
    match phase {
        "validate" => ja_en!(
            lang,
            "検証しています… {done}/{total}行",
            "Validating… {done}/{total} rows"
        ),
        "save" => ja_en!(
            lang,
            "{total}人分を保存しています…",
            "Saving {total} people…"
        ),
        _ => ja_en!(lang, "ファイルを読み込んでいます…", "Reading the file…"),
    }
}
