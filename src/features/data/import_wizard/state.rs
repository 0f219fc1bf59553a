//! The import wizard's state and what it does with the import worker, shared by its steps.

use crate::adapters::clock::{next_task, now_ms};
use crate::adapters::files::{bytes, check_size, Unreadable};
use crate::adapters::focus::focus_id_later;
use crate::adapters::idb::IdbError;
use crate::adapters::worker::{Ahead, ImportWorker, Incoming, ReadFile};
use crate::features::data::import_wizard::prepared::{Prepared, CHUNK};
use crate::i18n::{idb_error, imported, read_error_text, too_large, use_i18n, I18n, Msg};
use crate::state::catalog::{use_catalog, Cat};
use crate::state::deferred::{use_deferred, Deferred};
use crate::state::library::{use_library, Library};
pub use dxm_domain::import::protocol::VALIDATE;
use dxm_domain::import::protocol::{ReadError, Reply, Summary};
use dxm_domain::import::{Field, ImportOptions};
use dxm_domain::library::{taken_ids, StoredSet};
use dxm_domain::limits::{FileKind, TooLarge};
use leptos::prelude::*;

#[derive(Debug, Clone, PartialEq)]
pub enum Stage {
    Idle,
    /// Waiting for the worker: phase, done, total once it reports.
    Busy(Option<(String, usize, usize)>),
    Mapped,
    Reviewed(dxm_domain::import::Report),
    Failed(Failure),
    Done(String),
}

/// Why an import stopped: the file (the worker's reading), or the browser.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    Read(ReadError),
    Store(IdbError),
    NoWorker,
    File(Unreadable),
    /// Larger than a list may be: refused before it was read.
    TooLarge(TooLarge),
}

impl Failure {
    pub fn text(&self, lang: dxm_domain::Lang) -> String {
        match self {
            Failure::Read(e) => read_error_text(lang, e),
            Failure::Store(e) => idb_error(*e).text(lang).to_owned(),
            Failure::NoWorker => Msg::WorkerUnavailable.text(lang).to_owned(),
            Failure::File(_) => Msg::FileUnreadable.text(lang).to_owned(),
            Failure::TooLarge(e) => too_large(lang, e),
        }
    }
}

/// One import in progress: the stage it is at, what the worker read, the choices made so far,
/// and the file and worker themselves. `Copy`: each step gets it as a prop.
#[derive(Clone, Copy)]
pub struct Wizard {
    pub stage: RwSignal<Stage>,
    /// The worker's reading of the file (columns, sample rows, sheets, header candidates).
    pub summary: RwSignal<Option<Summary>>,
    /// The field each column goes to.
    pub mapping: RwSignal<Vec<Field>>,
    pub encoding: RwSignal<String>,
    pub sheet: RwSignal<String>,
    /// The header's line as the user chose it (0: found by the reader).
    pub header: RwSignal<usize>,
    pub list_name: RwSignal<String>,
    pub default_programme: RwSignal<String>,
    file: StoredValue<Option<(String, js_sys::ArrayBuffer)>, LocalStorage>,
    worker: StoredValue<Option<ImportWorker>, LocalStorage>,
    /// The records of the last report without errors, being read.
    prepared: StoredValue<Option<Prepared>, LocalStorage>,
    /// Changes with every report, so that reading the records of an older one stops.
    report_no: StoredValue<u32>,
    /// The list the user chose to import before its records came.
    waiting: StoredValue<Option<StoredSet>>,
    i: I18n,
    cat: Cat,
    library: Library,
    data: Deferred,
}

impl Wizard {
    /// A wizard for the page in view (it reads the catalogue, the lists and the language).
    pub fn create() -> Self {
        Wizard {
            stage: RwSignal::new(Stage::Idle),
            summary: RwSignal::new(None),
            mapping: RwSignal::new(Vec::new()),
            encoding: RwSignal::new(String::new()),
            sheet: RwSignal::new(String::new()),
            header: RwSignal::new(0),
            list_name: RwSignal::new(String::new()),
            default_programme: RwSignal::new(String::new()),
            file: StoredValue::new_local(None),
            worker: StoredValue::new_local(None),
            prepared: StoredValue::new_local(None),
            report_no: StoredValue::new(0),
            waiting: StoredValue::new(None),
            i: use_i18n(),
            cat: use_catalog(),
            library: use_library(),
            data: use_deferred(),
        }
    }

    fn on_message(self, r: Reply) {
        match r {
            Reply::Ready => {}
            Reply::Progress { phase, done, total } => {
                self.stage.set(Stage::Busy(Some((phase, done, total))))
            }
            Reply::Table(s) => {
                self.mapping.set(s.suggested.clone());
                // A publisher's layout names the programme of everyone in the list.
                if let Some(p) = s
                    .layout
                    .as_ref()
                    .and_then(|id| self.cat.crosswalk.layout(id))
                    .map(|l| l.programme.clone())
                {
                    self.default_programme.set(p);
                }
                if !s.pack_name.is_empty() {
                    self.list_name.set(s.pack_name.clone());
                }
                self.summary.set(Some(s));
                self.stage.set(Stage::Mapped);
                focus_id_later("mapping-title");
            }
            Reply::Report {
                report,
                records_sent,
            } => {
                // Records read ahead belong to another mapping: this report's follow it.
                if !records_sent {
                    self.forget_records();
                }
                self.stage.set(Stage::Reviewed(report));
                focus_id_later("report-title");
            }
            Reply::Error { error } => {
                self.stage.set(Stage::Failed(Failure::Read(error)));
                focus_id_later("import-status");
            }
        }
    }

    fn on_reply(self, incoming: Incoming) {
        match incoming {
            Incoming::Records(written) => {
                let waiting = self.waiting.try_update_value(Option::take).flatten();
                let no = self.forget_records();
                self.prepared.set_value(Some(Prepared::new(written)));
                match waiting {
                    Some(meta) => self.store(meta),
                    None => self.read_records(no),
                }
            }
            Incoming::Reply(r) => self.on_message(*r),
        }
    }

    /// Forgets the records of an earlier report (a new one is coming, or the import ended);
    /// gives the new report's number.
    fn forget_records(self) -> u32 {
        let no = self.report_no.get_value().wrapping_add(1);
        self.report_no.set_value(no);
        self.prepared.set_value(None);
        self.waiting.set_value(None);
        no
    }

    /// Reads the records of report `no` in tasks of `CHUNK`, until all are read or another
    /// report comes.
    fn read_records(self, no: u32) {
        leptos::task::spawn_local(async move {
            loop {
                next_task().await;
                if self.report_no.try_get_value() != Some(no) {
                    return;
                }
                let read = self
                    .prepared
                    .try_update_value(|p| p.as_mut().map(|p| p.read_more(CHUNK)))
                    .flatten();
                match read {
                    Some(Ok(false)) => continue,
                    Some(Ok(true)) | None => return,
                    Some(Err(e)) => {
                        self.forget_records();
                        self.stage
                            .set(Stage::Failed(Failure::Read(ReadError::Data(e))));
                        return;
                    }
                }
            }
        });
    }

    /// Stores `meta` with the records read (the rest read now).
    fn store(self, meta: StoredSet) {
        let Some(prepared) = self.prepared.try_update_value(Option::take).flatten() else {
            return;
        };
        self.forget_records();
        let (records, text) = match prepared.finish() {
            Ok(read) => read,
            Err(e) => {
                self.stage
                    .set(Stage::Failed(Failure::Read(ReadError::Data(e))));
                focus_id_later("import-status");
                return;
            }
        };
        // The list's JSON around the records' as the worker wrote them: not written again.
        let json = meta.json_with_records(&text);
        drop(text);
        let set = StoredSet { records, ..meta };
        let (name, n) = (set.name.clone(), set.records.len());
        leptos::task::spawn_local(async move {
            match self.library.add_json(set, json).await {
                Ok(()) => {
                    self.summary.set(None);
                    // The worker's part is done; it is started again for the next file.
                    self.worker.set_value(None);
                    let lang = self.i.lang.get_untracked();
                    self.stage.set(Stage::Done(imported(lang, &name, n)));
                }
                Err(e) => self.stage.set(Stage::Failed(Failure::Store(e))),
            }
            focus_id_later("import-status");
        });
    }

    /// Starts the worker unless it runs; false (and the failure shown) if it cannot.
    pub fn ensure_worker(self) -> bool {
        if self.worker.with_value(Option::is_none) {
            match ImportWorker::start(move |incoming| self.on_reply(incoming)) {
                Some(w) => self.worker.set_value(Some(w)),
                None => {
                    self.stage.set(Stage::Failed(Failure::NoWorker));
                    return false;
                }
            }
        }
        true
    }

    pub fn has_file(self) -> bool {
        self.file.with_value(Option::is_some)
    }

    /// Reads the chosen file (again) with the encoding, sheet and header row chosen.
    pub fn read(self) {
        if !self.ensure_worker() {
            return;
        }
        self.stage.set(Stage::Busy(None));
        self.forget_records();
        let ahead = self.expected();
        self.file.with_value(|f| {
            if let Some((name, bytes)) = f {
                self.worker.with_value(|w| {
                    if let Some(w) = w {
                        let file = ReadFile {
                            name,
                            bytes,
                            encoding: &self.encoding.get_untracked(),
                            sheet: &self.sheet.get_untracked(),
                            header: self.header.get_untracked(),
                        };
                        w.read(file, ahead);
                    }
                });
            }
        });
    }

    /// A file was chosen: the earlier choices are forgotten and it is read.
    pub fn choose_file(self, ev: &leptos::ev::Event) {
        let Some((_, f)) = crate::adapters::files::chosen(ev) else {
            return;
        };
        let name = f.name();
        self.summary.set(None);
        // Refused on its size, before anything is read into memory.
        if let Err(e) = check_size(&f, FileKind::ProfileList) {
            self.file.set_value(None);
            self.stage.set(Stage::Failed(Failure::TooLarge(e)));
            focus_id_later("import-status");
            return;
        }
        self.sheet.set(String::new());
        self.header.set(0);
        self.list_name.set(
            name.rsplit_once('.')
                .map_or(name.clone(), |(stem, _)| stem.to_owned()),
        );
        self.stage.set(Stage::Busy(None));
        leptos::task::spawn_local(async move {
            match bytes(&f).await {
                Ok(buf) => {
                    self.file.set_value(Some((name, buf)));
                    self.read();
                }
                Err(e) => self.stage.set(Stage::Failed(Failure::File(e))),
            }
        });
    }

    pub fn validate(self) {
        // The mapping stays on screen while the worker validates: a second press waits.
        if matches!(self.stage.get_untracked(), Stage::Busy(_)) {
            return;
        }
        if !self.ensure_worker() {
            return;
        }
        // Records the worker sent ahead are kept until the report says whose they are.
        self.waiting.set_value(None);
        let ahead = self.expected();
        let rows = self
            .summary
            .with_untracked(|s| s.as_ref().map_or(0, |s| s.rows));
        self.stage
            .set(Stage::Busy(Some((VALIDATE.to_owned(), 0, rows))));
        self.worker.with_value(|w| {
            if let Some(w) = w {
                w.validate(&self.mapping.get_untracked(), ahead);
            }
        });
    }

    /// The options and programme rules a validation uses as things stand: the programme
    /// chosen for rows that name none, the ids other lists use, and the same programme rules
    /// as the page (the publisher's when it uses them).
    fn expected(self) -> Ahead {
        let dp = self.default_programme.get_untracked();
        let options = ImportOptions {
            default_programme: (!dp.is_empty()).then_some(dp),
            id_prefix: String::new(),
            taken_ids: self.library.with_all_untracked(|packs, sets| {
                taken_ids(self.cat, packs.iter().chain(sets), None)
            }),
        };
        Ahead {
            options,
            programmes: self.data.publisher_rules(),
        }
    }

    pub fn cancel(self) {
        // Dropping the client terminates the worker mid-work.
        self.worker.set_value(None);
        self.forget_records();
        self.summary.set(None);
        self.stage
            .set(Stage::Done(self.i.t(Msg::ImportCancelled).to_owned()));
        focus_id_later("import-status");
    }

    /// Stores the validated list under the name chosen (the file's name if none).
    pub fn apply(self) {
        let Stage::Reviewed(report) = self.stage.get_untracked() else {
            return;
        };
        if !report.is_ok() {
            return;
        }
        let name = self.list_name.get_untracked().trim().to_owned();
        let source = self
            .file
            .with_value(|f| f.as_ref().map(|(n, _)| n.clone()).unwrap_or_default());
        let (as_of, fictional) = self
            .summary
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
            standard: self.cat.standard.edition(),
            records: Vec::new(),
        };
        self.stage
            .set(Stage::Busy(Some(("save".into(), 0, report.accepted))));
        // The worker sends the records right after the report: stored now, or once they come.
        if self.prepared.with_value(Option::is_some) {
            self.store(meta);
        } else {
            self.waiting.set_value(Some(meta));
        }
    }
}
