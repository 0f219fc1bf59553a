//! The assessments a prefecture has loaded into its view. They are kept in this browser
//! (IndexedDB, `adapters::idb::save_gathered`) so that a reload does not lose them: 179
//! municipalities' assessments are megabytes, too much for localStorage. Only what was read is
//! kept — the assessments, and why a file or line was not read — never the files themselves,
//! so a file chosen by mistake leaves nothing of its content. Removing everything
//! (`clear`) removes it from the browser too.

use crate::adapters::clock::after_paint;
use crate::adapters::idb::{self, IdbError};
use dxm_domain::limits::TooLarge;
use dxm_domain::prefecture::intake::{self, likely_settings, Kept};
use dxm_domain::prefecture::plan::DEFAULT_CAPACITY;
use dxm_domain::prefecture::{Entry, IntakeSettings};
use dxm_domain::{samples, Catalog};
use leptos::prelude::*;

/// Up to this many entries, a change is written to the browser at once (see `Gathered::keep`).
const WRITTEN_AT_ONCE: usize = 20;

#[derive(Clone, Copy)]
pub struct Gathered {
    pub entries: RwSignal<Vec<Entry>>,
    /// The prefecture and fiscal year gathered: the likeliest ones of what is loaded until
    /// the user chooses.
    pub settings: RwSignal<IntakeSettings>,
    /// The user (or the demonstration) chose the settings: loading no longer changes them.
    pub chosen: RwSignal<bool>,
    pub capacity: RwSignal<u8>,
    /// Fictional demonstration data is among the entries.
    pub demo: RwSignal<bool>,
    /// Whether the last change was kept in the browser (`None` until something was written).
    pub kept: RwSignal<Option<Result<(), IdbError>>>,
    /// What the browser kept has been read back (changes are written only after that).
    restored: RwSignal<bool>,
    /// Keeping started (on the first visit to the prefecture view), under the app's owner.
    keeping: StoredValue<bool>,
    owner: StoredValue<Option<Owner>>,
}

impl Gathered {
    pub fn provide(default: IntakeSettings) -> Gathered {
        let g = Gathered {
            entries: RwSignal::new(Vec::new()),
            settings: RwSignal::new(default),
            chosen: RwSignal::new(false),
            capacity: RwSignal::new(DEFAULT_CAPACITY),
            demo: RwSignal::new(false),
            kept: RwSignal::new(None),
            restored: RwSignal::new(false),
            keeping: StoredValue::new(false),
            owner: StoredValue::new(Owner::current()),
        };
        provide_context(g);
        g
    }

    /// Reads back what the browser kept and keeps every change from now on. Called by the
    /// prefecture view when it opens, not at start-up: most users never open it, and neither
    /// the database nor the code that reads and writes it belongs in the first load.
    pub fn keep(&self) {
        if self.keeping.get_value() {
            return;
        }
        self.keeping.set_value(true);
        let g = *self;
        let start = move || {
            leptos::task::spawn_local(async move {
                // Nothing stored, or stored by another version: the view starts empty.
                if let Ok(Some(json)) = idb::load_gathered().await {
                    if let Some(k) = Kept::from_json(&json) {
                        g.restore(k);
                    }
                }
                g.restored.set(true);
            });
            // Every change is written (the whole intake, one transaction); no entry left,
            // nothing kept. A few assessments are written at once, so that a reload right
            // after finds them; many (a prefecture's 179) take longer to copy and write out
            // than the view takes to show them, and are written once it is on screen. Of
            // several changes before that, the last is written, with all of them.
            let asked = StoredValue::new(0u32);
            Effect::new(move |_| {
                let many = g.entries.with(|e| e.len() > WRITTEN_AT_ONCE);
                g.settings.track();
                g.chosen.track();
                g.capacity.track();
                g.demo.track();
                if !g.restored.get() {
                    return;
                }
                let n = asked.get_value().wrapping_add(1);
                asked.set_value(n);
                leptos::task::spawn_local(async move {
                    if many {
                        after_paint().await;
                    }
                    if asked.get_value() != n {
                        return;
                    }
                    let k = Kept {
                        version: Kept::VERSION,
                        entries: g.entries.get_untracked(),
                        settings: g.settings.get_untracked(),
                        chosen: g.chosen.get_untracked(),
                        capacity: g.capacity.get_untracked(),
                        demo: g.demo.get_untracked(),
                    };
                    let json = (!k.entries.is_empty()).then(|| k.to_json());
                    g.kept.set(Some(idb::save_gathered(json.as_deref()).await));
                });
            });
        };
        // The effect lives as long as the app, not the screen that started it.
        match self.owner.get_value() {
            Some(owner) => owner.with(start),
            None => start(),
        }
    }

    /// What the browser kept, before anything loaded since the page opened.
    fn restore(&self, k: Kept) {
        let mut entries = k.entries;
        let after = entries
            .iter()
            .map(|e| e.source.order + 1)
            .max()
            .unwrap_or(0);
        self.entries.update(|now| {
            for mut e in now.drain(..) {
                e.source.order += after;
                entries.push(e);
            }
            *now = entries;
        });
        if !self.chosen.get_untracked() {
            self.settings.set(k.settings);
            self.chosen.set(k.chosen);
        }
        self.capacity.set(k.capacity);
        if k.demo {
            self.demo.set(true);
        }
    }

    /// The order of the next entry loaded (later loads win ties between duplicates).
    fn next_order(&self) -> u32 {
        self.entries
            .with_untracked(|e| e.iter().map(|e| e.source.order + 1).max().unwrap_or(0))
    }

    /// Adds what one file (or pasted text) holds; returns how many entries it gave.
    pub fn add(&self, cat: &Catalog, name: &str, text: &str) -> usize {
        let found = intake::read(cat, name, text, self.next_order());
        let n = found.len();
        self.extend(cat, found);
        n
    }

    /// Reports a file refused on its size, unread; returns the one entry it gave.
    pub fn refuse(&self, name: &str, e: TooLarge) -> usize {
        let entry = intake::too_large(name, e, self.next_order());
        self.entries.update(|all| all.push(entry));
        1
    }

    /// Adds fictional assessments of every municipality of the prefecture.
    pub fn add_demo(&self, cat: &Catalog, label: &str, s: IntakeSettings) {
        let first = self.next_order();
        let found = samples::synthetic_assessments(cat, s.prefecture, s.fiscal_year)
            .into_iter()
            .enumerate()
            .map(|(k, a)| Entry {
                source: intake::Source {
                    file: label.to_owned(),
                    line: None,
                    order: first + k as u32,
                },
                result: Ok(a),
            })
            .collect();
        self.demo.set(true);
        self.choose(s);
        self.extend(cat, found);
    }

    fn extend(&self, cat: &Catalog, found: Vec<Entry>) {
        self.entries.update(|e| e.extend(found));
        if !self.chosen.get_untracked() {
            if let Some(guess) = self.entries.with_untracked(|e| likely_settings(cat, e)) {
                self.settings.set(guess);
            }
        }
    }

    pub fn choose(&self, s: IntakeSettings) {
        self.settings.set(s);
        self.chosen.set(true);
    }

    /// Removes everything loaded, from the browser too.
    pub fn clear(&self) {
        self.entries.set(Vec::new());
        self.chosen.set(false);
        self.demo.set(false);
    }
}

pub fn use_gathered() -> Gathered {
    expect_context::<Gathered>()
}
