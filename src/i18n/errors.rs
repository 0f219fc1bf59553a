//! The app's own errors (browser storage, chosen files, the import worker) in words: what
//! happened and what the user can do.

use super::Msg;
use crate::adapters::idb::IdbError;
use dxm_domain::limits::{megabytes, FileKind, TooLarge, MB};
use dxm_domain::Lang;

messages! {
    StoreUnavailable => "このブラウザでは人材リストを保存できません（IndexedDB が使えません）。プライベートブラウズをやめるか、別のブラウザで開いてください。", "This browser cannot store talent lists (IndexedDB is not available). Leave private browsing or open the app in another browser.";
    StoreFull => "ブラウザの保存領域がいっぱいのため保存できませんでした。何も変更していません。使わない人材リストを削除してから、もう一度お試しください。", "The browser's storage is full, so nothing was saved and nothing changed. Delete talent lists you no longer use and try again.";
    StoreRefused => "ブラウザが保存を受け付けませんでした。何も変更していません。もう一度お試しください。", "The browser refused to save. Nothing changed. Please try again.";
    WorkerUnavailable => "このブラウザでは取り込み機能を起動できません（Web Worker が使えません）。別のブラウザで開いてください。", "The importer cannot start in this browser (Web Workers are not available). Open the app in another browser.";
    FileUnreadable => "ファイルを読めませんでした。選んだ後に移動・変更されていないか確かめて、もう一度選んでください。", "The file could not be read. Check that it was not moved or changed after you chose it, and choose it again.";
}

/// A file refused on its size: what happened (its size and the limit), and what to do.
pub fn too_large_parts(lang: Lang, e: &TooLarge) -> (String, String) {
    let size = megabytes(e.size);
    let limit = e.limit() / MB;
    match e.kind {
        FileKind::ProfileList => (
            ja_en!(
                lang,
                "このファイルは {size} MB あり、人材リストとして読み込める大きさ（{limit} MB まで）を超えているため、読み込んでいません。",
                "This file is {size} MB, more than a talent list may be ({limit} MB at most), so it was not read."
            ),
            ja_en!(
                lang,
                "リストを複数のファイルに分けるか、不要なシートや列を削除してから、もう一度選んでください。",
                "Split the list into several files, or delete the sheets and columns you do not need, and choose it again."
            ),
        ),
        FileKind::Backup => (
            ja_en!(
                lang,
                "このファイルは {size} MB あり、バックアップとして読み込める大きさ（{limit} MB まで）を超えているため、読み込んでいません。何も変更していません。",
                "This file is {size} MB, more than a backup may be ({limit} MB at most), so it was not read. Nothing changed."
            ),
            ja_en!(
                lang,
                "このアプリで保存したバックアップ（dxm-backup-日付.json）を選んでいるか確かめてください。",
                "Check that you chose a backup saved by this app (dxm-backup-date.json)."
            ),
        ),
        FileKind::Submission => (
            ja_en!(
                lang,
                "このファイルは {size} MB あり、市町村の提出として読み込める大きさ（{limit} MB まで）を超えているため、読み込んでいません。",
                "This file is {size} MB, more than a municipality's submission may be ({limit} MB at most), so it was not read."
            ),
            ja_en!(
                lang,
                "市町村に、「この評価を提出用に保存」で書き出したファイルを送ってもらってください。",
                "Ask the municipality to send the file saved with “Save this assessment for submission”."
            ),
        ),
    }
}

/// A file refused on its size, in one message.
pub fn too_large(lang: Lang, e: &TooLarge) -> String {
    let (what, fix) = too_large_parts(lang, e);
    match lang {
        Lang::Ja => format!("{what}{fix}"),
        Lang::En => format!("{what} {fix}"),
    }
}

/// What went wrong when the lists were read or written.
pub fn idb_error(e: IdbError) -> Msg {
    match e {
        IdbError::Unavailable => Msg::StoreUnavailable,
        IdbError::Full => Msg::StoreFull,
        IdbError::Refused => Msg::StoreRefused,
    }
}
