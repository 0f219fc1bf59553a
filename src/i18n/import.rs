//! Importing a talent list: the wizard's words, the columns in words (personal data kept out),
//! each problem the check of a list found and how to fix it, why a file cannot be read, and the
//! steps of the import.

use super::Msg;
use dxm_domain::import::protocol::ReadError;
use dxm_domain::import::{Field, PiiKind, Problem, SourceError};
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

/// (what is wrong, how to fix it) for an import problem.
pub fn problem_text(lang: Lang, cat: &dxm_domain::Catalog, p: &Problem) -> (String, String) {
    match p {
        Problem::DuplicateMapping(f) => (
            ja_en!(
                lang,
                "「{field}」に2つ以上の列が割り当てられています",
                "More than one column is mapped to “{field}”",
                field = field_name(lang, cat, f)
            ),
            ja_en!(
                lang,
                "どちらか一方を「取り込まない」にしてください",
                "Set all but one of them to “Not imported”"
            ),
        ),
        Problem::NoSkillColumn => (
            ja_en!(
                lang,
                "スキルのレベルも、レベルを推定できる分野・人材像・資格・経歴の列もありません",
                "No column gives skill levels, nor fields, personas, qualifications or a career to infer them from"
            ),
            ja_en!(
                lang,
                "スキル項目ごとの列（例：BT01）、「スキル」の列、または専門分野の列を割り当ててください。見出しの行が正しいかも確かめてください",
                "Map skill columns (e.g. BT01), a “Skills” column or a fields column; check that the header row is the right one"
            ),
        ),
        Problem::Undecodable => (
            ja_en!(
                lang,
                "文字化けしています（読めない文字があります）",
                "The text is garbled (characters could not be decoded)"
            ),
            ja_en!(
                lang,
                "「文字コード」で Shift_JIS か UTF-8 を選び直してください",
                "Choose Shift_JIS or UTF-8 under “Encoding”"
            ),
        ),
        Problem::NearbyRead => (
            ja_en!(
                lang,
                "「近隣県」などを、この都道府県として読みました",
                "Read 「近隣県」 (and the like) as these prefectures"
            ),
            ja_en!(
                lang,
                "違う場合は対応地域を都道府県名で書いてください",
                "If that is wrong, list the prefectures by name"
            ),
        ),
        Problem::SkippedTitle => (
            ja_en!(
                lang,
                "見出しより上の行（表題など）は取り込みません",
                "A row above the header (a title) is not imported"
            ),
            ja_en!(
                lang,
                "見出しの行が違う場合は「見出しの行」で選び直してください",
                "If the header is on another row, choose it under “Header row”"
            ),
        ),
        Problem::SkippedNote => (
            ja_en!(
                lang,
                "表の下などの注記の行は取り込みません",
                "A note row (below the table) is not imported"
            ),
            ja_en!(
                lang,
                "データの行なら、注記と間違えないよう2つ以上の列に値を入れてください",
                "If it is data, give it values in more than one column"
            ),
        ),
        Problem::Layout(id) => {
            let name = cat
                .crosswalk
                .layout(id)
                .map_or(id.as_str(), |l| pick(lang, &l.ja, &l.en));
            (
                ja_en!(lang, "「{name}」の形式として読みました", "Read as “{name}”"),
                ja_en!(
                    lang,
                    "列の割り当てと制度を確かめてください",
                    "Check the column mapping and the programme"
                ),
            )
        }
        Problem::NoColumn(f) => (
            match f {
                Field::SkillList => ja_en!(
                    lang,
                    "DSS-Pのレベルの列がないため、分野・資格・経歴の語句からレベルを推定します（「推定」と表示し、点数は半分に数えます）",
                    "No DSS-P level column: levels are inferred from fields, qualifications and career terms (marked as inferred, counted at half)"
                ),
                Field::BasePrefecture => ja_en!(
                    lang,
                    "活動拠点の列がありません。所属の地名から分かる場合はそれを使い、分からない人は「不明」とします",
                    "No base column: the place in the affiliation is used where it tells, otherwise the base is unknown"
                ),
                Field::Coverage => ja_en!(
                    lang,
                    "対応地域の列がありません。全国に派遣される制度は全国、それ以外は活動拠点の都道府県とします",
                    "No coverage column: nationwide for programmes that send people anywhere, otherwise the base prefecture"
                ),
                Field::Modes => ja_en!(
                    lang,
                    "支援の形の列がないため、制度で可能な形（現地・オンライン）とします",
                    "No way-of-working column: what the programme allows (on site and online)"
                ),
                Field::Personas => ja_en!(
                    lang,
                    "人材像の列がないため、人材像は照合に使いません",
                    "No persona column: personas are not used for matching"
                ),
                other => ja_en!(
                    lang,
                    "「{field}」の列がありません",
                    "No “{field}” column",
                    field = field_name(lang, cat, other)
                ),
            },
            ja_en!(lang, "列があれば割り当ててください", "Map the column if there is one"),
        ),
        Problem::LevelsInferred(n) => (
            ja_en!(
                lang,
                "{n}人のレベルを分野・資格・経歴から推定しました",
                "Levels of {n} people were inferred from fields, qualifications and career"
            ),
            ja_en!(
                lang,
                "取り込んだ後、人ごとにレベルを確かめて直せます",
                "After the import you can check and correct each person's levels"
            ),
        ),
        Problem::NameNotKept => (
            ja_en!(
                lang,
                "所属・役職は種別（自治体職員・大学など）だけを取り込み、名称は保存しません",
                "Only the kind of affiliation is kept, not its name or title"
            ),
            ja_en!(lang, "何もしなくて構いません", "Nothing to do"),
        ),
        Problem::BaseFromAffiliation(n) => (
            ja_en!(
                lang,
                "{n}人の活動拠点を所属の地名から読みました",
                "The base of {n} people was read from the place in their affiliation"
            ),
            ja_en!(lang, "違う場合は、活動拠点の列を加えてください", "If wrong, add a base column"),
        ),
        Problem::Empty(f) => (
            ja_en!(
                lang,
                "「{field}」が空です",
                "“{field}” is empty",
                field = field_name(lang, cat, f)
            ),
            match f {
                Field::Id => ja_en!(
                    lang,
                    "IDを入れるか、IDの列を「取り込まない」にしてください（自動で番号を付けます）",
                    "Fill in the ID, or set the ID column to “Not imported” (rows are then numbered)"
                ),
                Field::Programme => ja_en!(
                    lang,
                    "制度の列を割り当てるか、「制度（列にない場合）」を選んでください",
                    "Map a programme column or choose the programme for rows without one"
                ),
                Field::BasePrefecture => ja_en!(
                    lang,
                    "活動拠点の都道府県を入れてください（例：北海道）",
                    "Fill in the base prefecture (e.g. 北海道)"
                ),
                _ => ja_en!(lang, "値を入れてください", "Fill in a value"),
            },
        ),
        Problem::UnknownLevel => (
            ja_en!(lang, "レベルとして読めません", "Not a level"),
            ja_en!(
                lang,
                "a・b・c・d・z（または4〜0）で入れてください",
                "Use a, b, c, d or z (or 4–0)"
            ),
        ),
        Problem::UnknownPrefecture => (
            ja_en!(
                lang,
                "都道府県として読めないため、活動拠点は「不明」とします",
                "Not a prefecture: the base is left unknown"
            ),
            ja_en!(
                lang,
                "都道府県名（例：東京都、北海道）で入れてください",
                "Use a prefecture name (e.g. 東京都)"
            ),
        ),
        Problem::UnknownArea => (
            ja_en!(
                lang,
                "地域として読めない部分を除きました（ほかの部分は読みました）",
                "A part that names no area was left out (the rest was read)"
            ),
            ja_en!(
                lang,
                "「全国」、地方名（例：関東）、都道府県名、「○○県・近隣県」などで入れてください",
                "Use 全国, an area (e.g. 関東), prefecture names or 「○○県・近隣県」"
            ),
        ),
        Problem::UnknownPersona => (
            ja_en!(
                lang,
                "人材像として読めない部分を除きました（ほかの部分は読みました）",
                "A part that names no persona was left out (the rest was read)"
            ),
            ja_en!(
                lang,
                "プロデューサー（CIO補佐官等）、プロジェクトマネージャー、サービスデザイナー、エンジニアのいずれかで入れてください",
                "Use one of the four personas (producer, project manager, service designer, engineer)"
            ),
        ),
        Problem::UnknownProgramme => (
            ja_en!(lang, "制度として読めません", "Not a programme"),
            ja_en!(
                lang,
                "制度名（例：地域情報化アドバイザー）で入れるか、列を「取り込まない」にして制度を選んでください",
                "Use a programme name, or set the column to “Not imported” and choose the programme"
            ),
        ),
        Problem::UnknownModes => (
            ja_en!(
                lang,
                "現地にもオンラインにも対応しないことになります",
                "Works neither on site nor online"
            ),
            ja_en!(lang, "どちらかを○（可）にしてください", "Mark at least one of them ○ (yes)"),
        ),
        Problem::UnknownSkill => (
            ja_en!(lang, "スキル項目として読めません", "Not a skill item"),
            ja_en!(
                lang,
                "DSS-Pのスキル項目名かコード（例：BT01）で入れてください",
                "Use a DSS-P item name or code (e.g. BT01)"
            ),
        ),
        Problem::DuplicateId(line) => (
            ja_en!(lang, "IDが{line}行目と重複しています", "The ID repeats the one on row {line}"),
            ja_en!(lang, "IDが重ならないように直してください", "Make the IDs unique"),
        ),
        Problem::IdTaken => (
            ja_en!(
                lang,
                "このIDはほかのリストで使われています",
                "Another list already uses this ID"
            ),
            ja_en!(
                lang,
                "IDを変えるか、古い同じリストを削除してから取り込んでください",
                "Change the ID, or remove the older copy of the list first"
            ),
        ),
        Problem::UnknownDomain => (
            ja_en!(lang, "専門分野として読めないため除きます", "Not a field: left out"),
            ja_en!(
                lang,
                "取組分野の名前（例：防災、自治体フロントヤード改革）で入れてください",
                "Use a field name (e.g. 防災)"
            ),
        ),
        Problem::UnknownQualification => (
            ja_en!(lang, "資格として読めないため除きます", "Not a qualification: left out"),
            ja_en!(
                lang,
                "IPAの試験名（例：ITストラテジスト試験）で入れてください",
                "Use an IPA exam name"
            ),
        ),
        Problem::UnknownAffiliation => (
            ja_en!(
                lang,
                "所属の種別として読めないため「その他」とします",
                "Unknown affiliation: set to “other”"
            ),
            ja_en!(
                lang,
                "民間IT企業、大学・研究機関などの種別で入れてください",
                "Use a kind such as IT company or university"
            ),
        ),
        Problem::UnknownDays => (
            ja_en!(
                lang,
                "勤務可能日数として読めないため未登録とします",
                "Time available not understood: left empty"
            ),
            ja_en!(lang, "「週1～2日程度」などで入れてください", "Use e.g. 週1～2日程度"),
        ),
        Problem::UnknownPeriod => (
            ja_en!(
                lang,
                "期間として読めないため未登録とします",
                "Period not understood: left empty"
            ),
            ja_en!(
                lang,
                "「1年未満」「1～3年」「3年以上」で入れてください",
                "Use 1年未満, 1～3年 or 3年以上"
            ),
        ),
        Problem::NotANumber => (
            ja_en!(lang, "数として読めないため0とします", "Not a number: set to 0"),
            ja_en!(lang, "数字で入れてください", "Use a number"),
        ),
        Problem::NoSkills => (
            ja_en!(
                lang,
                "スキルのレベルも、推定の手がかり（分野・資格・経歴）もありません",
                "No skill level, nor anything to infer one from"
            ),
            ja_en!(
                lang,
                "分野・地域・支援の形だけで照合します。取り込んだ後にレベルを入れることもできます",
                "Matched on region and ways of working only; you can enter levels after the import"
            ),
        ),
        Problem::NoPersona => (
            ja_en!(lang, "人材像がありません", "No persona"),
            ja_en!(
                lang,
                "人材像の列があれば割り当ててください（なくても取り込めます）",
                "Map a persona column if there is one (optional)"
            ),
        ),
        Problem::CoverageDefaulted => (
            ja_en!(
                lang,
                "対応地域がないため、活動拠点の都道府県のみとしました（拠点も不明なら現地対応なし）",
                "No coverage: set to the base prefecture (no on-site work if the base is unknown too)"
            ),
            ja_en!(
                lang,
                "現地対応できる地域があれば入れてください",
                "Fill in the areas covered on site"
            ),
        ),
        Problem::ModesDefaulted => (
            ja_en!(
                lang,
                "支援の形が空か読めないため、制度で可能な形（現地・オンライン）としました",
                "Way of working empty or unreadable: set to what the programme allows"
            ),
            ja_en!(
                lang,
                "「現地」「オンライン」、または○／×で入れてください",
                "Use 現地, オンライン, or ○ / ×"
            ),
        ),
        Problem::PersonalDataRemoved(k) => (
            ja_en!(
                lang,
                "{pii}らしき記載を削除しました（保存しません）",
                "Something like a {pii} was removed (not stored)",
                pii = pii_name(lang, *k)
            ),
            ja_en!(
                lang,
                "プロフィールに個人情報を書かないでください",
                "Keep personal data out of profile texts"
            ),
        ),
        Problem::PersonalColumn(k) => (
            ja_en!(
                lang,
                "{pii}の列は取り込みません",
                "The {pii} column is not imported",
                pii = pii_name(lang, *k)
            ),
            ja_en!(
                lang,
                "この列は読み込まれず、保存もされません",
                "This column is neither read nor stored"
            ),
        ),
        Problem::PersonalId(k) => (
            ja_en!(
                lang,
                "登録番号の列に個人情報（{pii}）が入っています。この値は保存しません",
                "The ID column holds personal data ({pii}); it is not stored",
                pii = pii_name(lang, *k)
            ),
            ja_en!(
                lang,
                "個人を特定できない登録番号の列を割り当てるか、登録番号の列を「取り込まない」にしてください（行ごとに番号を振ります）",
                "Map a column of registration numbers that identify no one, or set the ID column to “not imported” (rows are then numbered)"
            ),
        ),
        Problem::Invalid => (
            ja_en!(lang, "このアプリの形式として正しくありません", "Not valid in the app's format"),
            ja_en!(
                lang,
                "docs/schema/profile-pack.schema.json の形式に合わせてください",
                "Follow the format in docs/schema/profile-pack.schema.json"
            ),
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
