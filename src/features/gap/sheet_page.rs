use crate::adapters::download::{download_text, file_stem};
use crate::features::gap::sheet_view::SheetView;
use crate::i18n::{sheet_text, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::route::Route;
use crate::state::workspace::use_state;
use crate::widgets::next_step::NextStep;
use crate::widgets::page_heading::PageHeading;
use crate::widgets::rules_year_notice::RulesYearNotice;
use dxm_domain::sheet::{render, Sheet, Style};
use leptos::prelude::*;

/// Step 5: the 「求める人材像」 sheet — on screen, on A4 paper, or saved as Markdown or text.
#[component]
pub fn SheetPage() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let state = use_state();
    let save = move |style: Style| {
        let lang = i.lang.get_untracked();
        let a = state.active.get_untracked();
        let text = render(&Sheet::build(cat, &a), cat, lang, style, &|t| {
            sheet_text(lang, cat, t)
        });
        let (ext, mime) = match style {
            Style::Markdown => ("md", "text/markdown;charset=utf-8"),
            Style::Text => ("txt", "text/plain;charset=utf-8"),
        };
        let name = format!(
            "{}-{}.{ext}",
            file_stem(Msg::SheetTitle.text(lang)),
            file_stem(&a.name)
        );
        download_text(&name, mime, &text);
    };
    view! {
        <div class="no-print">
            <PageHeading title=Msg::SheetTitle intro=Msg::SheetIntro/>
            <div class="actions">
                <button type="button" class="button primary" on:click=move |_| { let _ = window().print(); }>
                    {tr(Msg::Print)}
                </button>
                <button type="button" class="button secondary" on:click=move |_| save(Style::Markdown)>
                    {tr(Msg::SaveMarkdown)}
                </button>
                <button type="button" class="button secondary" on:click=move |_| save(Style::Text)>
                    {tr(Msg::SaveText)}
                </button>
            </div>
            <RulesYearNotice/>
        </div>
        <SheetView/>
        <div class="no-print">
            <NextStep from=Route::Sheet/>
        </div>
    }
}
