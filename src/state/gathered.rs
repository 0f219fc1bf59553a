//! The assessments a prefecture has loaded into its view, kept in memory for the session: the
//! municipalities' files stay the source of truth, and nothing they contain is stored here.

use dxm_domain::prefecture::intake::{self, likely_settings};
use dxm_domain::prefecture::plan::DEFAULT_CAPACITY;
use dxm_domain::prefecture::{Entry, IntakeSettings};
use dxm_domain::{samples, Catalog};
use leptos::prelude::*;

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
}

impl Gathered {
    pub fn provide(default: IntakeSettings) -> Gathered {
        let g = Gathered {
            entries: RwSignal::new(Vec::new()),
            settings: RwSignal::new(default),
            chosen: RwSignal::new(false),
            capacity: RwSignal::new(DEFAULT_CAPACITY),
            demo: RwSignal::new(false),
        };
        provide_context(g);
        g
    }

    /// Adds what one file (or pasted text) holds; returns how many entries it gave.
    pub fn add(&self, cat: &Catalog, name: &str, text: &str) -> usize {
        let first = self.entries.with_untracked(|e| e.len() as u32);
        let found = intake::read(cat, name, text, first);
        let n = found.len();
        self.extend(cat, found);
        n
    }

    /// Adds fictional assessments of every municipality of the prefecture.
    pub fn add_demo(&self, cat: &Catalog, label: &str, s: IntakeSettings) {
        let first = self.entries.with_untracked(|e| e.len() as u32);
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

    pub fn clear(&self) {
        self.entries.set(Vec::new());
        self.chosen.set(false);
        self.demo.set(false);
    }
}

pub fn use_gathered() -> Gathered {
    expect_context::<Gathered>()
}
