use crate::features::prefecture::gather_settings::GatherSettings;
use crate::i18n::prefecture::loaded;
use crate::i18n::{idb_error, tr, use_i18n, Msg};
use crate::state::catalog::use_catalog;
use crate::state::gathered::use_gathered;
use dxm_domain::limits::FileKind;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Loading the municipalities' assessments (files, pasted links, or the fictional
/// demonstration) and choosing the prefecture and fiscal year gathered.
#[component]
pub fn GatherPanel() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let g = use_gathered();
    let status = RwSignal::new(None::<String>);
    let pasted = RwSignal::new(String::new());

    let on_files = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(list) = input.files() else { return };
        let mut files: Vec<web_sys::File> =
            (0..list.length()).filter_map(|k| list.get(k)).collect();
        // The same selection always loads in the same order.
        files.sort_by_key(|f| f.name());
        input.set_value("");
        leptos::task::spawn_local(async move {
            let mut found = 0;
            for f in &files {
                // A file larger than a submission may be is reported without being read.
                if let Err(e) = crate::adapters::files::check_size(f, FileKind::Submission) {
                    found += g.refuse(&f.name(), e);
                    continue;
                }
                // An unreadable file reads as empty: the intake reports it as such.
                let text = crate::adapters::files::text(f).await.unwrap_or_default();
                found += g.add(cat, &f.name(), &text);
            }
            status.set(Some(loaded(i.lang.get_untracked(), found, files.len())));
        });
    };
    let on_paste = move |_| {
        let text = pasted.get_untracked();
        let found = g.add(cat, i.t(Msg::GatherPasteName), &text);
        pasted.set(String::new());
        status.set(Some(loaded(i.lang.get_untracked(), found, 1)));
    };
    let on_demo = move |_| {
        g.add_demo(cat, i.t(Msg::GatherDemoName), g.settings.get_untracked());
        let n = g.entries.with_untracked(Vec::len);
        status.set(Some(loaded(i.lang.get_untracked(), n, 1)));
    };
    let on_clear = move |_| {
        g.clear();
        status.set(Some(i.t(Msg::GatherCleared).to_owned()));
    };

    view! {
        <section class="panel no-print" aria-labelledby="gather-title">
            <h2 id="gather-title">{tr(Msg::GatherTitle)}</h2>
            <div class="control">
                <label for="gather-files">{tr(Msg::GatherFilesLabel)}</label>
                <p class="hint" id="gather-files-hint">{tr(Msg::GatherFilesHint)}</p>
                <input
                    id="gather-files"
                    type="file"
                    multiple
                    accept=".json,.txt,application/json,text/plain"
                    aria-describedby="gather-files-hint"
                    on:change=on_files
                />
            </div>
            <div class="control">
                <label for="gather-paste">{tr(Msg::GatherPasteLabel)}</label>
                <textarea
                    id="gather-paste"
                    rows="3"
                    prop:value=move || pasted.get()
                    on:input:target=move |ev| pasted.set(ev.target().value())
                ></textarea>
                <div class="actions compact">
                    <button
                        type="button"
                        class="button secondary"
                        id="gather-paste-load"
                        disabled=move || pasted.with(|p| p.trim().is_empty())
                        on:click=on_paste
                    >
                        {tr(Msg::GatherPasteButton)}
                    </button>
                </div>
            </div>
            <GatherSettings/>
            <div class="actions">
                <button type="button" class="button secondary" id="gather-demo" aria-describedby="gather-demo-hint" on:click=on_demo>
                    {tr(Msg::GatherDemo)}
                </button>
                <Show when=move || g.entries.with(|e| !e.is_empty())>
                    <button type="button" class="button secondary danger" id="gather-clear" on:click=on_clear>
                        {tr(Msg::GatherClear)}
                    </button>
                </Show>
            </div>
            <p class="hint" id="gather-demo-hint">{tr(Msg::GatherDemoHint)}</p>
            <p class="hint" id="gather-kept">{tr(Msg::GatherKept)}</p>
            {move || g.kept.get().and_then(Result::err).map(|e| view! {
                <p class="error" id="gather-kept-error">
                    {tr(Msg::GatherNotKept)} " " {tr(idb_error(e))}
                </p>
            })}
            <p role="status" id="gather-status">{move || status.get()}</p>
        </section>
    }
}
