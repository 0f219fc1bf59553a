//! Loading the municipalities' assessments: what was read, from where, and why an assessment
//! does not count.

use crate::i18n::data::{backup_error, share_error_text};
use dxm_domain::calendar::fiscal_year_label;
use dxm_domain::prefecture::intake::{Issue, ReadError, Source};
use dxm_domain::text::pick;
use dxm_domain::{Catalog, Lang};

pub fn loaded(lang: Lang, found: usize, files: usize) -> String {
    ja_en!(
        lang,
        "{files}件のファイル・入力から、{found}件の評価（または読めなかった行）を読み込みました。",
        "Read {found} assessments (or unreadable lines) from {files} files or inputs."
    )
}

pub fn source(lang: Lang, s: &Source) -> String {
    let file = &s.file;
    match s.line {
        Some(l) => ja_en!(lang, "{file}（{l}行目）", "{file} (line {l})"),
        None => file.clone(),
    }
}

/// Why an assessment does not count, and what to do about it.
pub fn issue(lang: Lang, cat: &Catalog, i: &Issue, target_year: u16) -> (String, String) {
    let resend = || {
        ja_en!(
            lang,
            "市町村に、アプリで書き出し直したファイルかリンクを送ってもらってください。",
            "Ask the municipality to export the file or link again from the app and resend it."
        )
    };
    match i {
        Issue::Unreadable(e) => {
            let why = match e {
                ReadError::Empty => ja_en!(lang, "ファイルが空です。", "The file is empty."),
                ReadError::TooLarge(t) => return crate::i18n::too_large_parts(lang, t),
                ReadError::Backup(b) => backup_error(lang, cat, b),
                ReadError::Link(l) => share_error_text(lang, l),
                ReadError::NotALink => ja_en!(
                    lang,
                    "共有リンクではない行です。",
                    "This line is not a share link."
                ),
                ReadError::NoLinks => ja_en!(
                    lang,
                    "共有リンクが1つも書かれていないファイルです（人材リストなど、別のファイルかもしれません）。",
                    "The file holds no share link (it may be another file, such as a talent list)."
                ),
                ReadError::TooMany => ja_en!(
                    lang,
                    "1つのファイルに評価が多すぎるため、残りは読みませんでした。",
                    "Too many assessments in one file; the rest were not read."
                ),
            };
            let fix = match e {
                ReadError::NotALink => ja_en!(
                    lang,
                    "リンク以外の行は無視してかまいません。リンクのはずなら、最後までコピーされているか確かめてください。",
                    "Lines that are not links can be ignored. If it should be a link, check it was copied in full."
                ),
                ReadError::TooMany => ja_en!(
                    lang,
                    "ファイルを分けて読み込んでください。",
                    "Split the file and load the parts."
                ),
                ReadError::NoLinks => ja_en!(
                    lang,
                    "市町村から受け取った提出用ファイル（.json）か、共有リンクを書いた .txt を選んでください。",
                    "Choose a submission file (.json) from a municipality, or a .txt with share links."
                ),
                _ => resend(),
            };
            (why, fix)
        }
        Issue::NoOrganisation => (
            ja_en!(
                lang,
                "団体が指定されていません。",
                "No organisation is chosen."
            ),
            ja_en!(
                lang,
                "評価の「基本情報」で団体を選んでから、書き出し直してもらってください。",
                "Ask the municipality to choose its organisation under “Context” and export again."
            ),
        ),
        Issue::PrefectureItself => (
            ja_en!(
                lang,
                "都道府県の評価で、市町村の評価ではありません。",
                "This is a prefecture's assessment, not a municipality's."
            ),
            ja_en!(
                lang,
                "集計には市町村の評価だけを使います。",
                "Only municipalities' assessments are added up."
            ),
        ),
        Issue::OtherPrefecture { prefecture } => {
            let name = cat
                .geography
                .prefecture(*prefecture)
                .map_or("", |p| pick(lang, &p.name, &p.name_en));
            (
                ja_en!(
                    lang,
                    "{name}の市町村の評価です。",
                    "A municipality of {name}."
                ),
                ja_en!(
                    lang,
                    "集計する都道府県が正しいか確かめてください。",
                    "Check that the right prefecture is chosen."
                ),
            )
        }
        Issue::OtherYear { year } => {
            let (its, gathered) = (
                fiscal_year_label(lang, *year),
                fiscal_year_label(lang, target_year),
            );
            let why = ja_en!(
                lang,
                "{its}の評価です（集計しているのは{gathered}）。",
                "An assessment for {its} (gathering {gathered})."
            );
            let fix = if *year < target_year {
                ja_en!(
                    lang,
                    "今年度の評価を依頼するか、集計する年度を切り替えてください。",
                    "Ask for this year's assessment, or switch the fiscal year gathered."
                )
            } else {
                ja_en!(
                    lang,
                    "集計する年度を切り替えると含められます。",
                    "Switch the fiscal year gathered to include it."
                )
            };
            (why, fix)
        }
        Issue::Duplicate { kept } => {
            let kept = source(lang, kept);
            (
                ja_en!(
                    lang,
                    "同じ団体の評価がほかにもあります。新しい方（{kept}）を集計しています。",
                    "The municipality handed in another assessment; the newer one ({kept}) is counted."
                ),
                ja_en!(
                    lang,
                    "どちらを使うべきか市町村に確かめ、古い方は外してください。",
                    "Check with the municipality which one to use and leave out the other."
                ),
            )
        }
    }
}

pub fn missing_title(lang: Lang, n: usize) -> String {
    ja_en!(
        lang,
        "未提出の市町村（{n}）",
        "Municipalities with no assessment ({n})"
    )
}
