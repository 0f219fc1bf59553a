//! Importing a talent list: the columns, the problems found and how to fix them, read errors,
//! the steps of the import.

use super::{pick_s, Msg};
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
