//! What the check of an imported list found: each problem, and how to fix it.

use super::import::{field_name, pii_name};
use dxm_domain::import::{Field, Problem};
use dxm_domain::text::pick;
use dxm_domain::Lang;

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
