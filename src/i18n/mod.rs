//! The i18n layer: every user-visible string of the UI, in Japanese (default) and English.
//! Data texts (skill names, programmes …) carry their own `ja`/`en` pair and go through `pick`.
//!
//! The words live with the feature that uses them: `common` (used across the app), `shell`,
//! `assess`, `gap`, `matching`, `rules` (programme rules and their sources), `import`, `data`,
//! `prefecture` and `about`. Each declares its fixed strings with `messages!`; everything is
//! re-exported here, so callers write `crate::i18n::…` whichever module holds it.

use dxm_domain::Lang;
use leptos::prelude::*;

/// A fixed UI string: its Japanese and English text, declared with `messages!`. Adding a key
/// without both languages does not compile. Each message is a constant of its own rather than
/// an arm of one big `match`, so its text is linked into the WebAssembly module of the screen
/// that uses it (src/shell/screen.rs): the start screen does not download every screen's words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Msg(&'static [&'static str; 2]);

impl Msg {
    pub fn text(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Ja => self.0[0],
            Lang::En => self.0[1],
        }
    }
}

/// `messages! { Key => "日本語", "English"; … }` declares `Msg::Key` for each line, in the module
/// of the feature that uses it (inherent impls of `Msg` may be spread over the layer's modules;
/// a key declared twice does not compile). The module must have `Msg` in scope.
macro_rules! messages {
    ($($key:ident => $ja:literal, $en:literal;)*) => {
        #[allow(non_upper_case_globals)]
        impl Msg {
            $( pub const $key: Msg = Msg(&[$ja, $en]); )*
        }
    };
}

/// The one way to write a sentence in both languages: `ja_en!(lang, "{n}項目", "{n} items")` is
/// `match lang { Lang::Ja => format!("{n}項目"), Lang::En => format!("{n} items") }`, a `String`.
/// Inline format arguments work, and named arguments after the two strings are shared by both:
/// `ja_en!(lang, "{limit}人以下", "{limit} or fewer", limit = group_digits(max))`.
/// A choice (a plural, an optional part) is ordinary Rust around whole pairs:
/// `match n { 1 => ja_en!(lang, "1項目", "1 item"), _ => ja_en!(lang, "{n}項目", "{n} items") }`.
/// Fixed words of a view are `Msg`s; fixed words a function returns as `&'static str` are
/// `ja_en_str!`.
macro_rules! ja_en {
    ($lang:expr, $ja:literal, $en:literal $($args:tt)*) => {
        match $lang {
            ::dxm_domain::Lang::Ja => ::std::format!($ja $($args)*),
            ::dxm_domain::Lang::En => ::std::format!($en $($args)*),
        }
    };
}

/// A pair of fixed words returned as `&'static str`: `ja_en_str!(lang, "週3日以上", "3+ days a
/// week")` is `match lang { Lang::Ja => "週3日以上", Lang::En => "3+ days a week" }`.
macro_rules! ja_en_str {
    ($lang:expr, $ja:literal, $en:literal $(,)?) => {
        match $lang {
            ::dxm_domain::Lang::Ja => $ja,
            ::dxm_domain::Lang::En => $en,
        }
    };
}

mod about;
mod assess;
mod common;
mod data;
mod errors;
mod gap;
mod import;
mod matching;
pub mod prefecture;
mod problems;
pub mod rules;
mod shell;

pub use assess::{
    category_progress, change_msg, compare_summary, deleted_notice, presets_applied, search_count,
};
pub use common::{basis_msg, date_time, item_gap_label, progress};
pub use data::{backup_error, data_notice, export_text, restore_preview, share_error_text};
/// 「令和8年度（2026年度）」 / "FY2026": computed by the domain's calendar.
pub use dxm_domain::calendar::fiscal_year_label;
pub use errors::{idb_error, too_large, too_large_parts};
pub use gap::{fit_msg, fit_reason, radar_summary, sheet_text};
pub use import::{
    field_name, import_button, imported, layout_read, more_issues, pii_name, progress_text,
    read_error_text, report_summary, row_choice, rows_read,
};
pub use matching::{
    band_msg, excluded_title, gap_steps, part_detail_text, points, raise_domain, raise_hint,
    raise_persona, results_summary, showing, team_method, team_value, years,
};
pub use problems::problem_text;
pub use rules::{
    days_band, engagement_text, exclusion_text, limit_text, period_band, rule_text, source_dates,
    step_label,
};
pub use shell::{conflict_text, crash_texts, org_list_source, replaced_notice};

/// The language signal plus helpers; `Copy`, so closures can capture it freely.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: RwSignal<Lang>,
}

impl I18n {
    /// Reactive: reading it inside a view re-renders the text when the language changes.
    pub fn t(&self, m: Msg) -> &'static str {
        m.text(self.lang.get())
    }

    pub fn pick<'a>(&self, ja: &'a str, en: &'a str) -> &'a str {
        dxm_domain::text::pick(self.lang.get(), ja, en)
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// Reactive text of a fixed message for a view. Every call returns the same closure type, so
/// the renderer for it is compiled once instead of once per call site — this keeps the
/// WebAssembly small.
pub fn tr(m: Msg) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_i18n().lang;
    move || m.text(lang.get())
}

/// Reactive choice between the two languages of a data text (data lives as long as the page).
pub fn tp(
    ja: &'static str,
    en: &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_i18n().lang;
    move || dxm_domain::text::pick(lang.get(), ja, en)
}

/// The separator between short items: 「必須・b」 / "required, b".
pub fn dot(lang: Lang) -> &'static str {
    ja_en_str!(lang, "・", ", ")
}

/// 「50,000」: thousands grouped with commas, in both languages.
pub(crate) fn group_digits(n: u32) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn population_limits_read_with_digit_groups() {
        assert_eq!(group_digits(50_000), "50,000");
        assert_eq!(group_digits(999), "999");
        assert_eq!(group_digits(1_000_000), "1,000,000");
    }
}
