//! Embed mode (`?embed=1`): the app inside a portal's iframe, talking to the portal by the
//! `postMessage` contract of docs/embedding.md. Only origins the publisher allowed in
//! `dxm-config.json` (and the app's own) are heard or told anything; the messages themselves are
//! parsed, validated and built by `dxm_domain::embed`.

use crate::i18n::{exclusion_text, tr, use_i18n, Msg};
use crate::state::catalog::Cat;
use crate::state::deferred::Deferred;
use crate::state::library::Library;
use crate::state::talent::TalentSignal;
use crate::state::workspace::{new_id, AppState};
use dxm_domain::embed::{
    self, framing_allowed, is_hello, origin_allowed, parse_host_message, LoadError, HOST_PACK_ID,
};
use dxm_domain::library::taken_ids;
use dxm_domain::matching::{rank, Query};
use gloo_events::EventListener;
use leptos::prelude::*;
use serde_json::json;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub fn is_embedded() -> bool {
    crate::adapters::url::query_param("embed").is_some_and(|v| v == "1")
}

/// The window that framed the app, if any.
fn parent() -> Option<web_sys::Window> {
    let me = window();
    let p = me.parent().ok().flatten()?;
    (!JsValue::from(&p).eq(&JsValue::from(&me))).then_some(p)
}

/// The origins of the pages framing the app as the browser reports them: every entry of
/// `location.ancestorOrigins` (the parent first) where supported, else the referrer's origin
/// (the parent only); empty when neither is known (Firefox with `Referrer-Policy: no-referrer`).
fn ancestor_origins() -> Vec<String> {
    let loc = window().location();
    let from_ancestors: Vec<String> = js_sys::Reflect::get(&loc, &"ancestorOrigins".into())
        .ok()
        .filter(|list| !list.is_undefined() && !list.is_null())
        .map(|list| {
            let n = js_sys::Reflect::get(&list, &"length".into())
                .ok()
                .and_then(|n| n.as_f64())
                .unwrap_or(0.0) as u32;
            (0..n)
                .filter_map(|i| js_sys::Reflect::get(&list, &i.into()).ok()?.as_string())
                .collect()
        })
        .unwrap_or_default();
    if !from_ancestors.is_empty() {
        return from_ancestors;
    }
    let r = document().referrer();
    if r.is_empty() {
        return Vec::new();
    }
    web_sys::Url::new(&r)
        .ok()
        .map(|u| vec![u.origin()])
        .unwrap_or_default()
}

/// The framing page's origin as the browser reports it; the host's first allowed message tells
/// it too.
fn parent_origin() -> Option<String> {
    ancestor_origins().into_iter().next()
}

/// Where the page is shown: on its own, or in a frame whose host is allowed, refused or not
/// yet known.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Framing {
    Top,
    Allowed,
    Refused,
    Unknown,
}

/// The frame guard's verdict (`embed::framing_allowed`): the publisher's embedders and the
/// app's own origin may frame it; any other site gets only a link to open the app in a new
/// tab, because a `<meta>` CSP cannot carry `frame-ancestors` (docs/hosting.md).
pub fn framing(allowed: &[String]) -> Framing {
    if parent().is_none() {
        return Framing::Top;
    }
    let own = window().location().origin().unwrap_or_default();
    match framing_allowed(&ancestor_origins(), &own, allowed) {
        None => Framing::Unknown,
        Some(true) => Framing::Allowed,
        Some(false) => Framing::Refused,
    }
}

/// Whether a message was posted by the window that framed the app.
fn from_parent(ev: &web_sys::MessageEvent) -> bool {
    match (ev.source(), parent()) {
        (Some(s), Some(p)) => JsValue::from(s).eq(&JsValue::from(p)),
        _ => false,
    }
}

/// With `Framing::Unknown`: true once a message from the parent window comes from an allowed
/// origin (embed.js says `dxm:hello` until the app answers), which proves the host.
pub fn host_proven(allowed: Vec<String>) -> ReadSignal<bool> {
    let proven = RwSignal::new(false);
    let own = window().location().origin().unwrap_or_default();
    let on_message = EventListener::new(&window(), "message", move |ev| {
        let Some(ev) = ev.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        if from_parent(ev) && origin_allowed(&ev.origin(), &own, &allowed) {
            proven.set(true);
        }
    });
    // Removed with the app (its owner), never leaked.
    StoredValue::new_local(on_message);
    proven.read_only()
}

/// Shown instead of the app in a frame the publisher did not allow (or not yet proven).
#[component]
pub fn FrameGuard() -> impl IntoView {
    let loc = window().location();
    // The app itself, without the query (?embed=1, ?pack=) or a fragment.
    let href = format!(
        "{}{}",
        loc.origin().unwrap_or_default(),
        loc.pathname().unwrap_or_default()
    );
    view! {
        <main id="main" class="container frame-guard">
            <h1 id="page-title">{tr(Msg::FrameGuardTitle)}</h1>
            <p>{tr(Msg::FrameGuardText)}</p>
            <p>
                <a class="button primary" id="frame-guard-open" href=href target="_blank" rel="noopener">
                    {tr(Msg::FrameGuardOpen)}
                </a>
            </p>
        </main>
    }
}

/// What the app shares with the portal in this session (embed mode only; in the main module,
/// because the control on screen needs it before the messaging code is loaded).
#[derive(Clone, Copy)]
pub struct EmbedSession {
    /// The allowed origin of the host; `None` until one is known.
    pub host: RwSignal<Option<String>>,
    /// Assessments whose results go to the host: those it loaded (`dxm:load`) and those the
    /// user chose to share. Nothing else is reported.
    pub shared: RwSignal<Vec<String>>,
    /// The assessment the host loaded last: a further `dxm:load` with an assessment replaces it.
    pub host_slot: RwSignal<Option<String>>,
}

impl EmbedSession {
    pub fn provide() -> Self {
        let s = EmbedSession {
            host: RwSignal::new(None),
            shared: RwSignal::new(Vec::new()),
            host_slot: RwSignal::new(None),
        };
        provide_context(s);
        s
    }

    fn share(&self, id: &str, on: bool) {
        self.shared.update(|s| {
            s.retain(|x| x != id);
            if on {
                s.push(id.to_owned());
            }
        });
    }
}

/// In embed mode, once a portal is connected: whether the active assessment's results are sent
/// to it, as a checkbox the user controls.
#[component]
pub fn ShareWithHost() -> impl IntoView {
    let session = use_context::<EmbedSession>();
    let state = expect_context::<AppState>();
    move || {
        let session = session?;
        session.host.with(Option::is_some).then(|| {
            let id = Memo::new(move |_| state.active.with(|a| a.id.clone()));
            let on = move || id.with(|id| session.shared.with(|s| s.contains(id)));
            view! {
                <div class="choice share-with-host">
                    <input
                        type="checkbox"
                        id="share-with-host"
                        aria-describedby="share-with-host-hint"
                        prop:checked=on
                        on:change:target=move |ev| {
                            session.share(&id.get_untracked(), ev.target().checked());
                        }
                    />
                    <label for="share-with-host">{tr(Msg::ShareWithHost)}</label>
                    <p class="hint" id="share-with-host-hint">{tr(Msg::ShareWithHostHint)}</p>
                </div>
            }
        })
    }
}

#[derive(Clone, Copy)]
struct Host {
    /// The allowed origin to talk to; None until one is known.
    origin: RwSignal<Option<String>>,
    session: EmbedSession,
    allowed: StoredValue<Vec<String>>,
    own: StoredValue<String>,
    /// Names this start of the app in `dxm:ready`, so the host can tell a restart of the
    /// frame's document from a repeated answer to its `dxm:hello`.
    instance: StoredValue<String>,
}

impl Host {
    fn allows(&self, origin: &str) -> bool {
        self.allowed
            .with_value(|a| self.own.with_value(|own| origin_allowed(origin, own, a)))
    }

    fn ready(&self) {
        let instance = self.instance.get_value();
        self.send(&json!({"type": "dxm:ready", "version": embed::VERSION, "instance": instance}));
    }

    fn send(&self, msg: &serde_json::Value) {
        let (Some(p), Some(origin)) = (parent(), self.origin.get_untracked()) else {
            return;
        };
        if let Ok(v) = js_sys::JSON::parse(&msg.to_string()) {
            let _ = p.post_message(&v, &origin);
        }
    }
}

/// Starts the contract: `dxm:ready`, then `dxm:resize` and `dxm:results` as they change, and
/// `dxm:load` from the host. Does nothing when the app is not framed.
pub fn start(
    data: Deferred,
    lib: Library,
    state: AppState,
    talent: TalentSignal,
    session: EmbedSession,
    allowed: Vec<String>,
) {
    if !is_embedded() || parent().is_none() {
        return;
    }
    let owner = Owner::current();
    leptos::task::spawn_local(async move {
        // A host's pool and assessment are checked against the complete data, so that is read
        // first. Without it, or without the chunk, the app still works in the frame; it only
        // stays silent to the host (the chunk loader reports a failure in the console).
        let Ok(cat) = data.ready().await else {
            return;
        };
        let setup = Setup {
            cat,
            lib,
            state,
            talent,
            session,
            allowed,
            owner,
        };
        let _ = run(setup).await;
    });
}

struct Setup {
    cat: Cat,
    lib: Library,
    state: AppState,
    talent: TalentSignal,
    session: EmbedSession,
    allowed: Vec<String>,
    owner: Option<Owner>,
}

// Only a framed page needs the messaging, so it is a split point of its own (tools/build-app.sh).
#[leptos::wasm_split::wasm_split(embed_mode, wasm_split_path = ::leptos::wasm_split, fallible)]
fn run(s: Setup) -> Result<(), crate::state::deferred::NotLoaded> {
    match s.owner.clone() {
        // The effects belong to the app, as if created when it mounted.
        Some(owner) => owner.with(|| start_now(s)),
        None => start_now(s),
    }
    Ok(())
}

fn start_now(s: Setup) {
    let Setup {
        cat,
        lib,
        state,
        talent,
        session,
        allowed,
        ..
    } = s;
    let host = Host {
        origin: session.host,
        session,
        allowed: StoredValue::new(allowed),
        own: StoredValue::new(window().location().origin().unwrap_or_default()),
        instance: StoredValue::new(format!(
            "{:x}{:x}",
            crate::adapters::clock::now_ms(),
            (js_sys::Math::random() * 4_294_967_296.0) as u64
        )),
    };
    if let Some(o) = parent_origin().filter(|o| host.allows(o)) {
        host.origin.set(Some(o));
    }
    // Once the host is known (at once, or on its first allowed message — embed.js says
    // dxm:hello), say we are ready. Created first so that it runs before the reports below.
    Effect::new(move |sent: Option<bool>| {
        let known = host.origin.with(Option::is_some);
        if known && sent != Some(true) {
            host.ready();
        }
        known || sent == Some(true)
    });
    listen(cat, lib, state, host);
    report_size(host);
    report_results(cat, state, talent, host);
}

fn listen(cat: Cat, lib: Library, state: AppState, host: Host) {
    let on_message = EventListener::new(&window(), "message", move |ev| {
        let Some(ev) = ev.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let origin = ev.origin();
        if !from_parent(ev) || !host.allows(&origin) {
            return;
        }
        let Some(text) = js_sys::JSON::stringify(&ev.data())
            .ok()
            .and_then(|s| s.as_string())
        else {
            return;
        };
        if host.origin.get_untracked().as_deref() != Some(origin.as_str()) {
            host.origin.set(Some(origin));
        }
        if is_hello(&text) {
            // Every hello is answered: the host stops saying hello once it hears one.
            host.ready();
            return;
        }
        let mut sets = lib.packs.get_untracked();
        sets.extend(lib.sets.get_untracked());
        let taken = taken_ids(cat, &sets, Some(HOST_PACK_ID));
        let reply = match parse_host_message(&text, cat, &taken, &new_id()) {
            None => return,
            Some(Ok(load)) => apply(lib, state, host.session, load),
            Some(Err((request_id, e))) => refusal(request_id, &e),
        };
        host.send(&reply);
    });
    // Removed with the app (its owner), never leaked.
    StoredValue::new_local(on_message);
}

/// Applies a validated load in one step and describes what arrived. An assessment takes the
/// place of the one the host loaded before in this session (same id and place), so repeated
/// loads do not pile up; its results are reported.
fn apply(
    lib: Library,
    state: AppState,
    session: EmbedSession,
    load: embed::Load,
) -> serde_json::Value {
    let mut reply = json!({"type": "dxm:loaded", "version": embed::VERSION});
    if let Some(id) = load.request_id {
        reply["request_id"] = id;
    }
    if let Some(set) = load.pack {
        reply["pack"] = json!({"id": set.id, "name": set.name, "profiles": set.records.len()});
        lib.packs.update(|packs| {
            packs.retain(|s| s.id != HOST_PACK_ID);
            packs.push(set);
        });
    }
    if let Some(a) = load.assessment {
        let replaced = session
            .host_slot
            .get_untracked()
            .and_then(|slot| state.replace_incoming(&slot, a.clone()));
        let a = replaced.unwrap_or_else(|| state.add_incoming(a));
        session.host_slot.set(Some(a.id.clone()));
        session.share(&a.id, true);
        reply["assessment"] = json!({"id": a.id, "name": a.name});
    }
    reply
}

fn refusal(request_id: Option<serde_json::Value>, e: &LoadError) -> serde_json::Value {
    let mut reply = json!({
        "type": "dxm:error",
        "version": embed::VERSION,
        "request": "dxm:load",
        "code": e.code(),
        "message": e.to_string(),
    });
    if let Some(id) = request_id {
        reply["request_id"] = id;
    }
    reply
}

fn report_size(host: Host) {
    let last = StoredValue::new(0i32);
    let measure = move || {
        let Some(root) = document().document_element() else {
            return;
        };
        let height = root.get_bounding_client_rect().height().ceil() as i32;
        if height != last.get_value() && host.origin.get_untracked().is_some() {
            last.set_value(height);
            host.send(&json!({"type": "dxm:resize", "version": embed::VERSION, "height": height}));
        }
    };
    // gloo has no ResizeObserver: the observer and its callback are kept together and
    // disconnected when the app's owner drops them.
    struct Observed {
        observer: web_sys::ResizeObserver,
        _callback: Closure<dyn FnMut()>,
    }
    impl Drop for Observed {
        fn drop(&mut self) {
            self.observer.disconnect();
        }
    }
    let callback = Closure::<dyn FnMut()>::new(measure);
    if let (Ok(ro), Some(body)) = (
        web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()),
        document().body(),
    ) {
        ro.observe(&body);
        StoredValue::new_local(Observed {
            observer: ro,
            _callback: callback,
        });
    }
    // The first size as soon as the host is known.
    Effect::new(move |_| {
        if host.origin.with(Option::is_some) {
            last.set_value(0);
            measure();
        }
    });
}

/// Sends `dxm:results` whenever the ranking for the active assessment changes (and only then),
/// and only for an assessment the host loaded or the user chose to share: the portal learns
/// nothing of the user's own work.
fn report_results(cat: Cat, state: AppState, talent: TalentSignal, host: Host) {
    let i = use_i18n();
    let last = StoredValue::new(String::new());
    let shared = Memo::new(move |_| {
        state
            .active
            .with(|a| host.session.shared.with(|s| s.contains(&a.id)))
    });
    Effect::new(move |_| {
        if host.origin.with(Option::is_none) {
            return;
        }
        if !shared.get() {
            // Shared again later: its results are sent again then.
            last.set_value(String::new());
            return;
        }
        let lang = i.lang.get();
        let msg = talent.with(|t| {
            state.active.with(|a| {
                let q = Query::compile(cat, &t.index, a, &a.matching);
                let ranking = rank(&t.index, &q, embed::MAX_RANKED);
                let band = |b| i.t(crate::i18n::band_msg(b)).to_owned();
                let exclusion = |e| exclusion_text(lang, e);
                embed::results(
                    a,
                    &t.profiles,
                    &t.index,
                    &q,
                    &ranking,
                    &embed::ResultTexts {
                        band: &band,
                        exclusion: &exclusion,
                    },
                )
            })
        });
        let Ok(text) = serde_json::to_string(&msg) else {
            return;
        };
        if last.with_value(|l| *l != text) {
            host.send(&serde_json::to_value(&msg).unwrap_or_default());
            last.set_value(text);
        }
    });
}
