use crate::adapters::clock::now_ms;
use crate::adapters::files::{bytes, Unreadable};
use crate::adapters::focus::focus_id_later;
use crate::adapters::idb::IdbError;
use crate::adapters::worker::{ImportWorker, Incoming};
use crate::features::data::import_notes::ImportNotes;
use crate::i18n::{
    field_name, idb_error, import_button, imported, layout_read, more_issues, problem_text,
    progress_text, read_error_text, report_summary, row_choice, rows_read, tr, use_i18n, Msg,
};
use crate::state::catalog::use_catalog;
use crate::state::library::use_library;
use crate::widgets::scroll_table::{Caption, ScrollTable};
use dxm_domain::import::fields::FIELD_KEYS;
use dxm_domain::import::protocol::{ReadError, Reply, Summary};
use dxm_domain::import::{Field, ImportOptions, Issue, Report};
use dxm_domain::library::{taken_ids, StoredSet};
use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq)]
enum Stage {
    Idle,
    /// Waiting for the worker: phase, done, total once it reports.
    Busy(Option<(String, usize, usize)>),
    Mapped,
    Reviewed(Report),
    Failed(Failure),
    Done(String),
}

/// Why an import stopped: the file (the worker's reading), or the browser.
#[derive(Debug, Clone, PartialEq)]
enum Failure {
    Read(ReadError),
    Store(IdbError),
    NoWorker,
    File(Unreadable),
}

impl Failure {
    fn text(&self, lang: dxm_domain::Lang) -> String {
        match self {
            Failure::Read(e) => read_error_text(lang, e),
            Failure::Store(e) => idb_error(*e).text(lang).to_owned(),
            Failure::NoWorker => Msg::WorkerUnavailable.text(lang).to_owned(),
            Failure::File(_) => Msg::FileUnreadable.text(lang).to_owned(),
        }
    }
}

/// A select value for each field ("skill:BT01" for a skill item).
fn field_key(f: &Field) -> String {
    match f {
        Field::Skill(code) => format!("skill:{code}"),
        Field::Personal(_) => "personal".into(),
        other => FIELD_KEYS
            .iter()
            .find(|(_, x)| x == other)
            .map_or(String::new(), |(k, _)| (*k).to_owned()),
    }
}

fn field_from_key(key: &str) -> Field {
    match key.strip_prefix("skill:") {
        Some(code) => Field::Skill(code.to_owned()),
        None => dxm_domain::import::fields::field_from_key(key).unwrap_or(Field::Ignore),
    }
}

/// Choose a file → map its columns → validate → import. Reading and validating happen in the
/// import worker (progress shown, cancellable); nothing is stored before "Import".
#[component]
pub fn ImportWizard() -> impl IntoView {
    let i = use_i18n();
    let cat = use_catalog();
    let library = use_library();
    let stage = RwSignal::new(Stage::Idle);
    let summary = RwSignal::new(None::<Summary>);
    let mapping = RwSignal::new(Vec::<Field>::new());
    let file = StoredValue::new_local(None::<(String, js_sys::ArrayBuffer)>);
    let encoding = RwSignal::new(String::new());
    let sheet = RwSignal::new(String::new());
    // The header's line as the user chose it (0: found by the reader).
    let header = RwSignal::new(0usize);
    let list_name = RwSignal::new(String::new());
    let default_programme = RwSignal::new(String::new());
    let worker = StoredValue::new_local(None::<ImportWorker>);

    let on_message = move |r: Reply| match r {
        Reply::Ready => {}
        Reply::Progress { phase, done, total } => {
            stage.set(Stage::Busy(Some((phase, done, total))))
        }
        Reply::Table(s) => {
            mapping.set(s.suggested.clone());
            // A publisher's layout names the programme of everyone in the list.
            if let Some(p) = s
                .layout
                .as_ref()
                .and_then(|id| cat.crosswalk.layout(id))
                .map(|l| l.programme.clone())
            {
                default_programme.set(p);
            }
            if !s.pack_name.is_empty() {
                list_name.set(s.pack_name.clone());
            }
            summary.set(Some(s));
            stage.set(Stage::Mapped);
            focus_id_later("mapping-title");
        }
        Reply::Report(r) => {
            stage.set(Stage::Reviewed(r));
            focus_id_later("report-title");
        }
        Reply::Error { error } => {
            stage.set(Stage::Failed(Failure::Read(error)));
            focus_id_later("import-status");
        }
    };
    let on_reply = move |incoming: Incoming| match incoming {
        Incoming::Set(set, json) => {
            let (name, n) = (set.name.clone(), set.records.len());
            leptos::task::spawn_local(async move {
                match library.add_json(set, json).await {
                    Ok(()) => {
                        summary.set(None);
                        // The worker's part is done; it is started again for the next file.
                        worker.set_value(None);
                        stage.set(Stage::Done(imported(i.lang.get_untracked(), &name, n)));
                    }
                    Err(e) => stage.set(Stage::Failed(Failure::Store(e))),
                }
                focus_id_later("import-status");
            });
        }
        Incoming::Reply(r) => on_message(r),
    };
    let ensure_worker = move || -> bool {
        if worker.with_value(Option::is_none) {
            match ImportWorker::start(on_reply) {
                Some(w) => worker.set_value(Some(w)),
                None => {
                    stage.set(Stage::Failed(Failure::NoWorker));
                    return false;
                }
            }
        }
        true
    };
    // Start the worker as soon as the page shows, so it is ready (its code fetched and
    // compiled) by the time someone has picked a file. Other screens never load it.
    Effect::new(move |_| {
        ensure_worker();
    });
    let read = move || {
        if !ensure_worker() {
            return;
        }
        stage.set(Stage::Busy(None));
        file.with_value(|f| {
            if let Some((name, buf)) = f {
                worker.with_value(|w| {
                    if let Some(w) = w {
                        w.read(
                            name,
                            buf,
                            &encoding.get_untracked(),
                            &sheet.get_untracked(),
                            header.get_untracked(),
                        );
                    }
                });
            }
        });
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some((_, f)) = crate::adapters::files::chosen(&ev) else {
            return;
        };
        let name = f.name();
        summary.set(None);
        sheet.set(String::new());
        header.set(0);
        list_name.set(
            name.rsplit_once('.')
                .map_or(name.clone(), |(stem, _)| stem.to_owned()),
        );
        stage.set(Stage::Busy(None));
        leptos::task::spawn_local(async move {
            match bytes(&f).await {
                Ok(buf) => {
                    file.set_value(Some((name, buf)));
                    read();
                }
                Err(e) => stage.set(Stage::Failed(Failure::File(e))),
            }
        });
    };
    let validate = move |_| {
        if !ensure_worker() {
            return;
        }
        let dp = default_programme.get_untracked();
        let options = ImportOptions {
            default_programme: (!dp.is_empty()).then_some(dp),
            id_prefix: String::new(),
            taken_ids: taken_ids(cat, &library.all(), None),
        };
        stage.set(Stage::Busy(None));
        worker.with_value(|w| {
            if let Some(w) = w {
                w.validate(&mapping.get_untracked(), &options);
            }
        });
    };
    let cancel = move |_| {
        // Dropping the client terminates the worker mid-work.
        worker.set_value(None);
        summary.set(None);
        stage.set(Stage::Done(i.t(Msg::ImportCancelled).to_owned()));
        focus_id_later("import-status");
    };
    let apply = move |_| {
        let Stage::Reviewed(report) = stage.get_untracked() else {
            return;
        };
        if !report.is_ok() {
            return;
        }
        let name = list_name.get_untracked().trim().to_owned();
        let source = file.with_value(|f| f.as_ref().map(|(n, _)| n.clone()).unwrap_or_default());
        let (as_of, fictional) = summary
            .get_untracked()
            .map(|s| (s.pack_as_of, s.pack_fictional))
            .unwrap_or_default();
        let meta = StoredSet {
            id: format!("list-{}", now_ms()),
            name: if name.is_empty() {
                source.clone()
            } else {
                name.clone()
            },
            source,
            as_of,
            imported_ms: now_ms(),
            enabled: true,
            fictional,
            standard: cat.standard.edition(),
            records: Vec::new(),
        };
        // The validated records are in the worker; it sends them back inside the list.
        stage.set(Stage::Busy(Some(("save".into(), 0, report.accepted))));
        worker.with_value(|w| {
            if let Some(w) = w {
                w.take(&meta);
            }
        });
    };

    let issue_table = move |id: &'static str, caption: Msg, issues: Vec<Issue>, total: usize| {
        let lang = i.lang.get_untracked();
        let shown = issues.len();
        view! {
            <ScrollTable caption_id=format!("{id}-caption") id=id class="data-table issues">
                <Caption slot>{tr(caption)}</Caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(Msg::RowLabel)}</th>
                        <th scope="col">{tr(Msg::ColumnHeader)}</th>
                        <th scope="col">{tr(Msg::ValueLabel)}</th>
                        <th scope="col">{tr(Msg::ProblemLabel)}</th>
                        <th scope="col">{tr(Msg::FixLabel)}</th>
                    </tr>
                </thead>
                <tbody>
                    {issues.into_iter().take(200).map(|e| {
                        let (what, fix) = problem_text(lang, cat, &e.problem);
                        view! {
                            <tr>
                                <td>{if e.line == 0 { Msg::HeaderRow.text(lang).to_owned() } else { e.line.to_string() }}</td>
                                <td>{e.column}</td>
                                <td>{e.value}</td>
                                <td>{what}</td>
                                <td>{fix}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </ScrollTable>
            {(total > shown.min(200)).then(|| view! { <p class="hint">{more_issues(lang, total - shown.min(200))}</p> })}
        }
    };

    view! {
        <section class="panel import" aria-labelledby="import-title">
            <h2 id="import-title">{tr(Msg::ImportTitle)}</h2>
            <p class="hint">{tr(Msg::ImportIntro)}</p>
            <div class="settings-grid">
                <div class="control">
                    <label for="import-file">{tr(Msg::ChooseFile)}</label>
                    <input id="import-file" type="file" accept=".csv,.txt,.xlsx,.xlsm,.json" on:change=on_file/>
                </div>
                <div class="control">
                    <label for="import-encoding">{tr(Msg::EncodingLabel)}</label>
                    <select
                        id="import-encoding"
                        on:change:target=move |ev| {
                            encoding.set(ev.target().value());
                            if file.with_value(Option::is_some) {
                                read();
                            }
                        }
                    >
                        <option value="" selected>{tr(Msg::EncodingAuto)}</option>
                        <option value="utf-8">{tr(Msg::EncodingUtf8)}</option>
                        <option value="shift_jis">{tr(Msg::EncodingSjis)}</option>
                    </select>
                </div>
                <Show when=move || summary.with(|s| s.as_ref().is_some_and(|s| s.sheets.len() > 1))>
                    <div class="control">
                        <label for="import-sheet">{tr(Msg::SheetLabel)}</label>
                        <select
                            id="import-sheet"
                            on:change:target=move |ev| {
                                sheet.set(ev.target().value());
                                header.set(0);
                                read();
                            }
                        >
                            {move || summary.get().map(|s| s.sheets.iter().map(|n| {
                                let selected = s.sheet == *n;
                                view! { <option value=n.clone() selected=selected>{n.clone()}</option> }
                            }).collect_view())}
                        </select>
                    </div>
                </Show>
                <Show when=move || summary.with(|s| s.as_ref().is_some_and(|s| s.header_choices.len() > 1))>
                    <div class="control">
                        <label for="import-header">{tr(Msg::HeaderRowLabel)}</label>
                        <select
                            id="import-header"
                            aria-describedby="import-header-hint"
                            on:change:target=move |ev| {
                                if let Ok(line) = ev.target().value().parse::<usize>() {
                                    header.set(line);
                                    read();
                                }
                            }
                        >
                            {move || summary.get().map(|s| {
                                let lang = i.lang.get();
                                s.header_choices.iter().map(|(line, text)| {
                                    let selected = *line == s.header_line;
                                    view! { <option value=line.to_string() selected=selected>{row_choice(lang, *line, text)}</option> }
                                }).collect_view()
                            })}
                        </select>
                        <p class="hint" id="import-header-hint">{tr(Msg::HeaderRowHint)}</p>
                    </div>
                </Show>
            </div>
            <div id="import-status" class="import-status" role="status" tabindex="-1">
                {move || match stage.get() {
                    Stage::Busy(p) => {
                        let lang = i.lang.get();
                        let (text, value, max) = match p {
                            Some((phase, done, total)) => (progress_text(lang, &phase, done, total), done, total.max(1)),
                            None => (progress_text(lang, "read", 0, 0), 0, 1),
                        };
                        let label = text.clone();
                        view! {
                            <p>{text}</p>
                            <progress max=max value=value aria-label=label></progress>
                            <button type="button" class="button secondary small" on:click=cancel>{tr(Msg::CancelImport)}</button>
                        }.into_any()
                    }
                    Stage::Failed(e) => view! { <p class="error">{e.text(i.lang.get())}</p> }.into_any(),
                    Stage::Done(msg) => view! { <p class="ok">{msg}</p> }.into_any(),
                    _ => ().into_any(),
                }}
            </div>
            {move || summary.get().filter(|_| matches!(stage.get(), Stage::Mapped | Stage::Reviewed(_))).map(|s| {
                let lang = i.lang.get();
                let enc = s.encoding.map(|e| match e {
                    dxm_domain::import::Encoding::ShiftJis => "Shift_JIS",
                    dxm_domain::import::Encoding::Utf8Bom => "UTF-8 (BOM)",
                    dxm_domain::import::Encoding::Utf8 => "UTF-8",
                });
                let is_pack = s.kind == "pack";
                let has_rows = s.rows > 0;
                view! {
                    <p id="import-read">{rows_read(lang, s.rows, s.headers.len(), enc)}</p>
                    {(!has_rows).then(|| view! { <p class="error" id="no-rows">{tr(Msg::NoDataRows)}</p> })}
                    {s.layout.as_ref().and_then(|id| cat.crosswalk.layout(id)).map(|l| {
                        let prog = cat.programmes.get(&l.programme).map(|p| dxm_domain::text::pick(lang, &p.ja, &p.en).to_owned()).unwrap_or_default();
                        view! { <p class="notice info" id="import-layout">{layout_read(lang, dxm_domain::text::pick(lang, &l.ja, &l.en), &prog)}</p> }
                    })}
                    <h3 id="mapping-title" class="h4" tabindex="-1">{tr(Msg::MappingTitle)}</h3>
                    {if is_pack {
                        view! { <p>{tr(Msg::PackNoMapping)}</p> }.into_any()
                    } else {
                        view! {
                            <p class="hint">{tr(Msg::MappingHint)}</p>
                            <ScrollTable caption_id="mapping-title" class="data-table mapping">
                                <thead>
                                    <tr>
                                        <th scope="col">{tr(Msg::ColumnHeader)}</th>
                                        <th scope="col">{tr(Msg::ColumnSample)}</th>
                                        <th scope="col">{tr(Msg::ColumnField)}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {s.headers.iter().enumerate().map(|(c, h)| {
                                        let samples: Vec<String> = s.preview.iter().filter_map(|r| r.get(c)).filter(|v| !v.trim().is_empty()).take(3).cloned().collect();
                                        let personal = matches!(s.suggested.get(c), Some(Field::Personal(_)));
                                        let select_id = format!("map-{c}");
                                        view! {
                                            <tr>
                                                <th scope="row"><label for=select_id.clone()>{h.clone()}</label></th>
                                                <td>{if personal { "—".to_owned() } else { samples.join(" / ") }}</td>
                                                <td>
                                                    {if personal {
                                                        view! { <span id=select_id class="tag missing">{tr(Msg::PersonalNotImported)}</span> }.into_any()
                                                    } else {
                                                        let current = move || mapping.with(|m| m.get(c).map(field_key).unwrap_or_default());
                                                        view! {
                                                            <select id=select_id on:change:target=move |ev| {
                                                                let f = field_from_key(&ev.target().value());
                                                                mapping.update(|m| if let Some(x) = m.get_mut(c) { *x = f });
                                                            }>
                                                                {FIELD_KEYS.iter().map(|(_, f)| {
                                                                    let key = field_key(f);
                                                                    let k2 = key.clone();
                                                                    view! { <option value=key prop:selected=move || current() == k2>{field_name(lang, cat, f)}</option> }
                                                                }).collect_view()}
                                                                <optgroup label=Msg::SkillItemsGroup.text(lang)>
                                                                    {cat.standard.items().iter().map(|it| {
                                                                        let f = Field::Skill(it.id.clone());
                                                                        let key = field_key(&f);
                                                                        let k2 = key.clone();
                                                                        view! { <option value=key prop:selected=move || current() == k2>{field_name(lang, cat, &f)}</option> }
                                                                    }).collect_view()}
                                                                </optgroup>
                                                            </select>
                                                        }.into_any()
                                                    }}
                                                </td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </ScrollTable>
                        }.into_any()
                    }}
                    <div class="settings-grid">
                        <div class="control">
                            <label for="list-name">{tr(Msg::ListName)}</label>
                            <input id="list-name" type="text" maxlength="80" prop:value=move || list_name.get() on:input:target=move |ev| list_name.set(ev.target().value())/>
                        </div>
                        <div class="control">
                            <label for="default-programme">{tr(Msg::DefaultProgramme)}</label>
                            <select id="default-programme" on:change:target=move |ev| default_programme.set(ev.target().value())>
                                <option value="" prop:selected=move || default_programme.with(String::is_empty)>{tr(Msg::NoDefaultProgramme)}</option>
                                {cat.programmes.programmes.iter().map(|p| {
                                    let id = p.id.clone();
                                    view! { <option value=p.id.clone() prop:selected=move || default_programme.get() == id>{crate::i18n::tp(&p.ja, &p.en)}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                    </div>
                    {has_rows.then(|| view! {
                        <p><button type="button" class="button primary" id="validate-import" on:click=validate>{tr(Msg::ValidateButton)}</button></p>
                    })}
                }
            })}
            {move || match stage.get() {
                Stage::Reviewed(report) => {
                    let lang = i.lang.get();
                    let ok = report.is_ok();
                    let n = report.accepted;
                    view! {
                        <h3 id="report-title" class="h4" tabindex="-1">{tr(Msg::ReportTitle)}</h3>
                        <p class="summary-figure">{report_summary(lang, report.rows, report.error_count, report.warning_count)}</p>
                        {if ok {
                            view! {
                                <p><button type="button" class="button primary" id="apply-import" on:click=apply>{import_button(lang, n)}</button></p>
                            }.into_any()
                        } else if report.error_count == 0 {
                            view! { <p class="error">{tr(Msg::NothingToImport)}</p> }.into_any()
                        } else {
                            view! { <p class="error">{tr(Msg::FixAndRetry)}</p> }.into_any()
                        }}
                        <ImportNotes notes=report.warnings.iter().filter(|w| w.line == 0).cloned().collect()/>
                        {(report.error_count > 0).then(|| issue_table("import-errors", Msg::ErrorsTitle, report.errors.clone(), report.error_count))}
                        {
                            let rows: Vec<Issue> = report.warnings.iter().filter(|w| w.line > 0).cloned().collect();
                            let notes = report.warnings.len() - rows.len();
                            let count = report.warning_count.saturating_sub(notes);
                            (count > 0).then(|| view! {
                                <details class="warnings">
                                    <summary>{tr(Msg::RowWarningsTitle)} {dxm_domain::text::paren(lang, &count.to_string())}</summary>
                                    {issue_table("import-warnings", Msg::RowWarningsTitle, rows, count)}
                                </details>
                            })
                        }
                    }.into_any()
                }
                _ => ().into_any(),
            }}
        </section>
    }
}
