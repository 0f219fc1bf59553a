//! Application state: the saved assessments, persisted to `localStorage` by an Effect (as in
//! Leptos' todomvc example). Saved work is never thrown away: unreadable data is set aside
//! under another key before a fresh state is started.

use crate::i18n::Msg;
use crate::storage;
use dxm_domain::{Assessment, Lang};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};

const STATE_KEY: &str = "dxm.state.v1";
const LANG_KEY: &str = "dxm.lang";
const SAVED_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    pub version: u32,
    /// Id of the assessment being worked on.
    pub active: String,
    pub assessments: Vec<Assessment>,
}

impl Saved {
    fn fresh(lang: Lang) -> Self {
        let a = new_assessment(lang);
        Saved {
            version: SAVED_VERSION,
            active: a.id.clone(),
            assessments: vec![a],
        }
    }

    fn active_index(&self) -> usize {
        self.assessments
            .iter()
            .position(|a| a.id == self.active)
            .unwrap_or(0)
    }
}

/// The fiscal year (April–March) that today falls in.
pub fn current_fiscal_year() -> u16 {
    let now = js_sys::Date::new_0();
    let (year, month) = (now.get_full_year() as u16, now.get_month() + 1);
    if month >= 4 {
        year
    } else {
        year - 1
    }
}

fn new_assessment(lang: Lang) -> Assessment {
    let fy = current_fiscal_year();
    let id = format!("a{}", js_sys::Date::now() as u64);
    let name = format!(
        "{} {}",
        crate::i18n::fiscal_year_label(lang, fy),
        Msg::DefaultAssessmentName.text(lang)
    );
    Assessment::new(id, name, fy)
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub saved: RwSignal<Saved>,
    /// The assessment being worked on; downstream memos recompute only when it changes.
    pub active: Memo<Assessment>,
    /// A problem with storage to show once (never blocks work).
    pub notice: RwSignal<Option<Msg>>,
}

impl AppState {
    /// Reads saved work and starts persisting every change.
    pub fn init(lang: Lang) -> Self {
        let mut notice = None;
        let saved = match storage::get(STATE_KEY) {
            Err(storage::Unavailable) => {
                notice = Some(Msg::StorageUnavailable);
                Saved::fresh(lang)
            }
            Ok(None) => Saved::fresh(lang),
            Ok(Some(raw)) => match serde_json::from_str::<Saved>(&raw) {
                Ok(s) if s.version == SAVED_VERSION && !s.assessments.is_empty() => s,
                _ => {
                    storage::set_aside(STATE_KEY, &raw);
                    notice = Some(Msg::StorageRecovered);
                    Saved::fresh(lang)
                }
            },
        };
        let saved = RwSignal::new(saved);
        let notice = RwSignal::new(notice);
        let active = Memo::new(move |_| saved.with(|s| s.assessments[s.active_index()].clone()));
        Effect::new(move |_| {
            let json = saved.with(serde_json::to_string);
            if let Ok(json) = json {
                if storage::set(STATE_KEY, &json).is_err() && notice.get_untracked().is_none() {
                    notice.set(Some(Msg::StorageSaveFailed));
                }
            }
        });
        AppState {
            saved,
            active,
            notice,
        }
    }

    /// Edits the active assessment in place.
    pub fn update_active(&self, f: impl FnOnce(&mut Assessment)) {
        self.saved.update(|s| {
            let i = s.active_index();
            f(&mut s.assessments[i]);
        });
    }
}

pub fn use_state() -> AppState {
    expect_context::<AppState>()
}

pub fn load_lang() -> Lang {
    match storage::get(LANG_KEY) {
        Ok(Some(s)) if s == "en" => Lang::En,
        _ => Lang::Ja,
    }
}

pub fn save_lang(lang: Lang) {
    // Failing to remember the language is harmless: the next visit starts in Japanese.
    let _ = storage::set(LANG_KEY, lang.code());
}
