//! What the page loads before it starts: the publisher's `dxm-config.json` (optional), the text
//! of an updated programme rule set it names (from the app's own origin), and the core of the
//! built-in data, and the language chosen last time. The rules and the profile packs it names are
//! read with the deferred data (src/state/deferred.rs). Problems are collected as notices; the app
//! always starts.

use crate::adapters::fetch::fetch_text;
use crate::adapters::url::query_param;
use dxm_domain::catalog::CORE;
use dxm_domain::pack::Notice;
use dxm_domain::pack::{parse_config, requested_pack, PackConfig, PackError, CONFIG_FILE};
use dxm_domain::{Catalog, DataError, Lang};

pub struct Startup {
    /// The core catalogue (`Catalog::core`): the standard, the presets and the prefectures.
    pub catalog: Result<&'static Catalog, DataError>,
    /// The publisher's programme rules (file and text), read with the deferred data.
    pub rules: Option<(String, String)>,
    /// The publisher's packs, read with the deferred data.
    pub pack_paths: Vec<String>,
    pub config: PackConfig,
    pub notices: Vec<Notice>,
    /// The language the user chose last time (Japanese if none).
    pub lang: Lang,
}

pub async fn load() -> Startup {
    let mut notices = Vec::new();
    let mut note = |file: &str, problem: PackError| {
        notices.push(Notice {
            file: file.to_owned(),
            problem,
        })
    };
    let config = match fetch_text(CONFIG_FILE)
        .await
        .map_err(PackError::from)
        .and_then(|t| parse_config(&t))
    {
        Ok(c) => c,
        // No configuration is the normal case for a plain installation.
        Err(PackError::NotFound) => PackConfig::default(),
        Err(e) => {
            note(CONFIG_FILE, e);
            PackConfig::default()
        }
    };
    // Only https (or loopback) portals may embed the app; others are named and left out.
    let mut config = config;
    let (embedders, refused) = config.embed.embedders();
    for problem in refused {
        note(CONFIG_FILE, problem);
    }
    config.embed.allowed_origins = embedders;
    // `?pack=` may only point at a pack the publisher declared, and those are read anyway.
    let pack_paths = config.profile_packs.clone();
    if let Some(p) = query_param("pack") {
        if let Err(problem) = requested_pack(&config, &p) {
            note(&p, problem);
        }
    }
    // The first screen runs on the core catalogue. The publisher's programme rules are fetched
    // now and read with the rest of the data (src/state/deferred.rs), which says whether they load.
    let catalog = Catalog::core(&CORE);
    let mut rules = None;
    if let Some(path) = &config.programmes {
        match fetch_text(path).await {
            Ok(text) => rules = Some((path.clone(), text)),
            Err(e) => note(path, e.into()),
        }
    }
    // The first use of the browser's storage is slow (it is opened then): in a task of its own,
    // not in the one that builds the first screen.
    crate::adapters::clock::next_task().await;
    let lang = crate::state::workspace::load_lang();
    Startup {
        // Kept for the page's lifetime.
        catalog: catalog.map(|c| &*Box::leak(Box::new(c))),
        rules,
        pack_paths,
        config,
        notices,
        lang,
    }
}
