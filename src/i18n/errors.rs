//! The app's own errors (browser storage, chosen files, the import worker) in words: what
//! happened and what the user can do.

use super::Msg;
use crate::adapters::idb::IdbError;

messages! {
    StoreUnavailable => "このブラウザでは人材リストを保存できません（IndexedDB が使えません）。プライベートブラウズをやめるか、別のブラウザで開いてください。", "This browser cannot store talent lists (IndexedDB is not available). Leave private browsing or open the app in another browser.";
    StoreFull => "ブラウザの保存領域がいっぱいのため保存できませんでした。何も変更していません。使わない人材リストを削除してから、もう一度お試しください。", "The browser's storage is full, so nothing was saved and nothing changed. Delete talent lists you no longer use and try again.";
    StoreRefused => "ブラウザが保存を受け付けませんでした。何も変更していません。もう一度お試しください。", "The browser refused to save. Nothing changed. Please try again.";
    WorkerUnavailable => "このブラウザでは取り込み機能を起動できません（Web Worker が使えません）。別のブラウザで開いてください。", "The importer cannot start in this browser (Web Workers are not available). Open the app in another browser.";
    FileUnreadable => "ファイルを読めませんでした。選んだ後に移動・変更されていないか確かめて、もう一度選んでください。", "The file could not be read. Check that it was not moved or changed after you chose it, and choose it again.";
}

/// What went wrong when the lists were read or written.
pub fn idb_error(e: IdbError) -> Msg {
    match e {
        IdbError::Unavailable => Msg::StoreUnavailable,
        IdbError::Full => Msg::StoreFull,
        IdbError::Refused => Msg::StoreRefused,
    }
}
