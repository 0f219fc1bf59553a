//! Realistic, fictional talent lists in the layouts their publishers really ship, for tests:
//! the 地域情報化アドバイザー open data (the current short form as CSV with a BOM and as .xlsx
//! with a title row; an older year's long form as .xlsx with line breaks in its headers) and a
//! prefecture's pool kept the way spreadsheets are kept (title rows, notes below, ○/×, several
//! values in one cell, 「○○県・近隣県」, full-width digits). Every person is invented: the names
//! are made of words that are not names, the links point at example.jp. Seeded, so the files
//! are reproducible (a test regenerates and compares them).

use super::xlsx;
use dxm_domain::catalog::Catalog;
use dxm_domain::samples::Rng;

/// Family and given names made of ordinary words, so that no row names a real person.
const FAMILY: [(&str, &str); 12] = [
    ("見本", "みほん"),
    ("試験", "しけん"),
    ("仮名", "かめい"),
    ("例示", "れいじ"),
    ("架空", "かくう"),
    ("検証", "けんしょう"),
    ("試作", "しさく"),
    ("模擬", "もぎ"),
    ("草案", "そうあん"),
    ("雛形", "ひながた"),
    ("記入", "きにゅう"),
    ("標本", "ひょうほん"),
];
const GIVEN: [(&str, &str); 12] = [
    ("一号", "いちごう"),
    ("二号", "にごう"),
    ("三号", "さんごう"),
    ("四号", "よんごう"),
    ("五号", "ごごう"),
    ("六号", "ろくごう"),
    ("七号", "ななごう"),
    ("八号", "はちごう"),
    ("九号", "きゅうごう"),
    ("十号", "じゅうごう"),
    ("甲", "こう"),
    ("乙", "おつ"),
];

/// The FY2025 field tags with how many advisers carried each (DOMAIN.md §7).
const TAGS: [(&str, u32); 34] = [
    ("人材（ＤＸ推進のための機運の醸成）", 71),
    ("人材（ＤＸに関する知識習得・研修・育成）", 65),
    ("計画策定支援", 50),
    ("オープンデータ", 36),
    ("スマートシティ", 29),
    ("地域ビジネス", 28),
    ("EBPM（エビデンスに基づく政策立案）", 27),
    ("教育情報化／情報教育", 27),
    ("プロジェクトマネジメント支援", 26),
    ("生成AI活用", 26),
    ("働き方", 20),
    ("スタートアップ支援（起業支援）", 20),
    ("防災", 20),
    ("自治体システムの標準化・共通化", 19),
    (
        "ネットワークインフラ（Ｗｉ-Ｆｉ／ＬＰＷＡ／光ネットワーク）",
        18,
    ),
    ("観光", 17),
    ("農林水産業", 16),
    ("AI活用", 16),
    ("自治体セキュリティ", 16),
    ("自治体システム調達・\n地域情報プラットフォーム", 16),
    ("シェアリングエコノミー", 15),
    ("デジタルデバイド対策", 14),
    ("行政手続オンライン化", 14),
    ("テレワーク", 13),
    ("ICT活用広報", 12),
    ("マイナンバー", 12),
    ("個人情報保護", 9),
    ("その他", 8),
    ("５Ｇ", 8),
    ("人材（外部人材活用）", 7),
    ("医療・介護・健康", 7),
    ("デジタルアーカイブ／図書館", 6),
    ("RPA導入", 5),
    ("子育て", 4),
];

fn weighted_tag(rng: &mut Rng) -> &'static str {
    let weights: Vec<u32> = TAGS.iter().map(|t| t.1).collect();
    TAGS[rng.weighted(&weights)].0
}

fn name(rng: &mut Rng) -> (String, String) {
    let (f, fk) = rng.pick(&FAMILY);
    let (g, gk) = rng.pick(&GIVEN);
    (format!("{f}　{g}"), format!("{fk} {gk}"))
}

/// 所属・役職 as the lists write it: municipal staff of a real municipality, universities,
/// companies, consultancies, NPOs and civic tech (the organisations themselves are invented).
fn affiliation(rng: &mut Rng, cat: &Catalog) -> String {
    let m = &cat.geography.municipalities[rng.below(cat.geography.municipalities.len())];
    match rng.below(100) {
        0..=34 => format!(
            "{} {} {}",
            m.name,
            rng.pick(&[
                "デジタル推進課",
                "情報政策課",
                "企画課",
                "DX推進室",
                "行政改革課"
            ]),
            rng.pick(&["課長", "係長", "主査", "主任", "室長"])
        ),
        35..=54 => format!(
            "{}大学 {} {}",
            rng.pick(&["みほん", "架空", "例示", "試験"]),
            rng.pick(&["情報学部", "工学部", "地域創生学部", "総合政策学部"]),
            rng.pick(&["教授", "准教授", "特任教授"])
        ),
        55..=74 => format!(
            "株式会社{} {}",
            rng.pick(&[
                "みほんシステムズ",
                "架空デジタル",
                "例示ソリューションズ",
                "試験ネットワーク",
                "模擬データ"
            ]),
            rng.pick(&["代表取締役", "取締役", "シニアコンサルタント", "部長"])
        ),
        75..=84 => format!(
            "{} {}",
            rng.pick(&[
                "みほん総研",
                "架空総合研究所",
                "例示コンサルティング株式会社"
            ]),
            rng.pick(&["主任研究員", "マネージャー"])
        ),
        85..=92 => format!(
            "{} {}",
            rng.pick(&[
                "特定非営利活動法人みほん地域",
                "一般社団法人架空まちづくり",
                "公益財団法人例示振興会"
            ]),
            rng.pick(&["理事", "事務局長", "代表理事"])
        ),
        _ => format!("Code for {} 代表", rng.pick(&["Mihon", "Kakuu", "Reiji"])),
    }
}

/// 地域情報化アドバイザー open data, FY2025 form: `ID, ふりがな, 氏名, 所属・役職, 主な対応分野,
/// 顔写真, PDF`, 242 rows.
pub fn advisors_short(cat: &Catalog) -> Vec<Vec<String>> {
    let mut rng = Rng(0x5EED_2025_0001);
    let mut rows = vec![[
        "ID",
        "ふりがな",
        "氏名",
        "所属・役職",
        "主な対応分野",
        "顔写真",
        "PDF",
    ]
    .map(str::to_owned)
    .to_vec()];
    // The first rows are the cases the tests name; the rest follow the FY2025 frequencies.
    let fixed = [
        "防災,スマートシティ",
        "自治体セキュリティ,個人情報保護,計画策定支援",
        "",
        "自治体システム調達・\n地域情報プラットフォーム,プロジェクトマネジメント支援",
        "ネットワークインフラ（Ｗｉ-Ｆｉ／ＬＰＷＡ／光ネットワーク）,防災,５Ｇ",
        "自治体セキュリティ",
        "防災、オープンデータ",
        "観光,地域ビジネス",
    ];
    for n in 0..242 {
        let id = format!("{}", 1001 + n);
        let (kanji, kana) = name(&mut rng);
        let tags = if n < fixed.len() {
            fixed[n].to_owned()
        } else if rng.chance(12) {
            String::new()
        } else {
            let mut t: Vec<&str> = Vec::new();
            for _ in 0..(1 + rng.below(4)) {
                let tag = weighted_tag(&mut rng);
                if !t.contains(&tag) {
                    t.push(tag);
                }
            }
            t.join(if rng.chance(15) { "、" } else { "," })
        };
        rows.push(vec![
            id.clone(),
            kana,
            kanji,
            affiliation(&mut rng, cat),
            tags,
            format!("https://example.jp/advisor/photo/{id}.jpg"),
            format!("https://example.jp/advisor/profile/{id}.pdf"),
        ]);
    }
    rows
}

/// The older long form (an earlier year), with line breaks inside header cells.
pub fn advisors_long(cat: &Catalog) -> Vec<Vec<String>> {
    let mut rng = Rng(0x5EED_2019_0002);
    let header = [
        "ID",
        "ふりがな",
        "氏名",
        "所属・役職",
        "活動拠点",
        "略歴",
        "地域情報化の\n専門分野・技術",
        "自治体向け\nメッセージ",
        "関連URL",
        "これまでの経験業務・\n研究活動",
        "これまでに関与した地域情報化に\n関するプロジェクト",
    ];
    let mut rows = vec![header.map(str::to_owned).to_vec()];
    let expertise = [
        "情報セキュリティ、インシデント対応",
        "防災情報システム、GIS",
        "オープンデータ、データ分析",
        "スマートシティ、データ連携基盤",
        "業務改革（BPR）、RPA",
        "サービスデザイン、UX",
        "教育の情報化、GIGAスクール",
        "観光DX、地域ビジネス",
        "ローカル5G、IoT",
        "プロジェクト管理、システム調達",
        "生成AIの活用",
        "地域医療・介護の連携",
    ];
    for n in 0..210 {
        let (kanji, kana) = name(&mut rng);
        let pref = &cat.geography.prefectures[rng.below(47)];
        let base = if rng.chance(30) {
            let m = cat
                .geography
                .municipalities
                .iter()
                .filter(|m| m.pref == pref.code)
                .nth(rng.below(3))
                .map_or(String::new(), |m| m.name.clone());
            format!("{}{m}", pref.name)
        } else {
            pref.name.clone()
        };
        let field = if n == 0 {
            "防災、スマートシティ"
        } else if n == 1 {
            "情報セキュリティ、個人情報保護"
        } else {
            rng.pick(&expertise)
        };
        let year = 1995 + rng.below(25);
        rows.push(vec![
            format!("H31-{:03}", n + 1),
            kana,
            kanji,
            affiliation(&mut rng, cat),
            base,
            format!(
                "{year}年 {}。{}年より現職。",
                rng.pick(&["市役所に入庁", "民間企業に入社", "大学院を修了"]),
                year + 10 + rng.below(8)
            ),
            field.to_owned(),
            rng.pick(&[
                "地域の課題に寄り添い、身の丈に合ったデジタル活用を一緒に考えます。",
                "小さな成功を積み重ねることを大切にしています。",
                "職員の皆さんと現場で考えることを大切にしています。",
            ])
            .to_string(),
            format!("https://example.jp/advisor/h31/{:03}", n + 1),
            format!(
                "{}に関する研究・実務",
                field.split('、').next().unwrap_or(field)
            ),
            format!(
                "{}の導入支援（{}年度）",
                field.split('、').next().unwrap_or(field),
                2010 + rng.below(9)
            ),
        ]);
    }
    rows
}

/// A prefecture's pool, kept as spreadsheets are: two title rows above the header, ○/×
/// columns, several values in one cell, 「兵庫県・近隣県」, full-width digits, notes below.
pub fn pool_excel() -> Vec<Vec<String>> {
    let mut rng = Rng(0x5EED_2025_0003);
    let mut rows: Vec<Vec<String>> = vec![
        vec!["兵庫県 市町DX支援 人材プール登録者一覧（架空のテストデータ）".into()],
        vec!["令和7年4月1日現在".into()],
        [
            "登録番号",
            "氏名",
            "人材類型",
            "活動拠点",
            "対応可能地域",
            "現地対応",
            "オンライン対応",
            "勤務形態",
            "勤務可能日数",
            "出向可能期間",
            "実務経験年数",
            "保有資格",
            "得意分野",
            "備考",
        ]
        .map(str::to_owned)
        .to_vec(),
    ];
    let personas = [
        "プロデューサー（CIO補佐官等）",
        "プロジェクトマネージャー",
        "サービスデザイナー",
        "エンジニア",
        "プロジェクトマネージャー・エンジニア",
        "プロデューサー・サービスデザイナー",
        "エンジニア\nサービスデザイナー",
        "PM、エンジニア",
        "データサイエンティスト・エンジニア",
    ];
    let bases = [
        "兵庫県",
        "兵庫県",
        "兵庫県",
        "神戸市",
        "姫路市",
        "大阪府",
        "京都府",
        "兵庫県　",
    ];
    let areas = [
        "兵庫県・近隣県",
        "県内",
        "近畿一円",
        "全国",
        "兵庫県、大阪府",
        "兵庫県／岡山県",
        "応相談",
        "神戸市周辺",
    ];
    let marks = ["○", "◯", "×", "可", "不可", ""];
    let days = [
        "週３日以上",
        "週１～２日程度",
        "月２～３日程度",
        "月１日以下",
        "週1～2日程度",
        "",
    ];
    let periods = ["１年未満", "1～3年", "３年以上", "2年"];
    let quals = [
        "情報処理安全確保支援士、応用情報技術者試験",
        "PM",
        "ITストラテジスト試験・基本情報",
        "",
        "なし",
        "システム監査技術者試験",
        "ネットワークスペシャリスト試験",
        "ＰＭＰ",
    ];
    let fields = [
        "防災・子育て",
        "自治体フロントヤード改革、セキュリティ対策",
        "観光",
        "オープンデータ・データ連携基盤",
        "自治体セキュリティ",
        "教育",
        "医療・介護・健康",
        "標準化・共通化",
        "AI・RPA",
        "スマートシティ、交通",
    ];
    for n in 0..220 {
        let (kanji, _) = name(&mut rng);
        let mut on = rng.pick(&marks).to_string();
        let mut off = rng.pick(&marks).to_string();
        // Nobody works neither way in a real list.
        if matches!(on.as_str(), "×" | "不可") && matches!(off.as_str(), "×" | "不可") {
            off = "○".into();
        }
        if on.is_empty() && off.is_empty() && n % 2 == 0 {
            on = "○".into();
        }
        let years = 3 + rng.below(25);
        rows.push(vec![
            format!("HP-{:04}", n + 1),
            kanji,
            rng.pick(&personas).to_string(),
            rng.pick(&bases).to_string(),
            rng.pick(&areas).to_string(),
            on,
            off,
            rng.pick(&["常勤", "非常勤", "非常勤（相談可）"])
                .to_string(),
            rng.pick(&days).to_string(),
            rng.pick(&periods).to_string(),
            if rng.chance(50) {
                full_width(&format!("{years}年"))
            } else {
                years.to_string()
            },
            rng.pick(&quals).to_string(),
            rng.pick(&fields).to_string(),
            if n % 50 == 7 {
                "連絡は担当課経由（pool-desk@example.jp）".into()
            } else {
                rng.pick(&["", "市町の計画策定の支援経験あり", "土日の対応も相談可"])
                    .to_string()
            },
        ]);
    }
    rows.push(Vec::new());
    rows.push(vec![
        "※ 氏名は取り扱いに注意し、外部に提供しないでください。".into(),
    ]);
    rows.push(vec!["出典：兵庫県（架空）デジタル改革課".into()]);
    rows
}

fn full_width(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_digit() {
                char::from_u32(c as u32 + 0xFEE0).unwrap_or(c)
            } else {
                c
            }
        })
        .collect()
}

/// Rows as CSV for Excel (UTF-8 with BOM, CRLF), quoting what needs it.
pub fn csv(rows: &[Vec<String>]) -> String {
    let mut out = String::from('\u{FEFF}');
    for r in rows {
        let line: Vec<String> = r
            .iter()
            .map(|c| {
                if c.contains([',', '"', '\n', '\r']) {
                    format!("\"{}\"", c.replace('"', "\"\""))
                } else {
                    c.clone()
                }
            })
            .collect();
        out.push_str(&line.join(","));
        out.push_str("\r\n");
    }
    out
}

/// The files, by name under tests/fixtures/lists/.
pub fn files(cat: &Catalog) -> Vec<(&'static str, Vec<u8>)> {
    let short = advisors_short(cat);
    let mut titled = vec![
        vec!["令和7年度 地域情報化アドバイザー一覧（架空のテストデータ）".to_owned()],
        Vec::new(),
    ];
    titled.extend(short.iter().cloned());
    titled.push(Vec::new());
    titled.push(vec![
        "※ 自治体DX人材マッチのテストのために作った架空のデータです。".to_owned(),
    ]);
    let mut long = vec![vec![
        "平成31年度 地域情報化アドバイザー名簿（架空のテストデータ）".to_owned(),
    ]];
    long.extend(advisors_long(cat));
    let pool = pool_excel();
    vec![
        ("advisors-fy2025.csv", csv(&short).into_bytes()),
        (
            "advisors-fy2025.xlsx",
            xlsx::workbook(&[("アドバイザー一覧", titled)]),
        ),
        ("advisors-long-h31.xlsx", xlsx::workbook(&[("名簿", long)])),
        ("pref-pool-excel.csv", csv(&pool).into_bytes()),
        (
            "pref-pool-excel.xlsx",
            xlsx::workbook(&[
                ("登録者一覧", pool),
                ("記入上の注意", vec![vec!["この表は架空です".into()]]),
            ]),
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The committed fixtures are exactly what this generator writes.
    #[test]
    fn fixtures_are_reproducible() {
        let cat = Catalog::builtin().unwrap();
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/lists");
        for (name, bytes) in files(&cat) {
            let committed = std::fs::read(dir.join(name)).unwrap_or_default();
            assert!(
                committed == bytes,
                "{name} differs: run `cargo run -p dxm-domain --bin dxm-data -- lists`"
            );
        }
    }

    #[test]
    fn the_lists_are_large_and_name_no_one() {
        let cat = Catalog::builtin().unwrap();
        assert_eq!(advisors_short(&cat).len(), 243);
        assert!(advisors_long(&cat).len() > 200 && pool_excel().len() > 220);
        for (family, _) in FAMILY {
            assert!(!["佐藤", "鈴木", "高橋", "田中", "山田"].contains(&family));
        }
    }
}
