//! The installable, offline app: registers the service worker that tools/postbuild.mjs writes
//! (assets/sw.js), notices when a new deployment has installed and waits for the user to choose
//! when to switch, asks the browser to keep saved work, and keeps the browser's install offer
//! for the install button. Not used in embed mode: the portal owns that page.

use gloo_events::EventListener;
use gloo_timers::callback::Interval;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// How often an open page asks whether a new version was deployed (besides each time the page
/// becomes visible again).
const UPDATE_CHECK_MS: u32 = 30 * 60 * 1000;

#[derive(Clone, Copy)]
pub struct Pwa {
    /// A new version is installed and waits for the user's go-ahead.
    pub update_ready: RwSignal<bool>,
    /// The user put the update off for now.
    pub update_dismissed: RwSignal<bool>,
    /// A new version took over while this page was open (switched on in another tab): this
    /// page still runs the old code and should be reloaded.
    pub switched: RwSignal<bool>,
    /// Whether the browser keeps saved work even when space runs low (None: cannot tell).
    pub persisted: RwSignal<Option<bool>>,
    /// The browser offered installation and it has not happened yet.
    pub can_install: RwSignal<bool>,
    install_offer: StoredValue<Option<JsValue>, LocalStorage>,
    registration: StoredValue<Option<ServiceWorkerRegistration>, LocalStorage>,
    /// Whether this page uses the service worker (not in embed mode).
    offline_capable: bool,
    keep_all_sent: StoredValue<bool>,
    /// The page's listeners and the update check's timer: they live as long as the app's root
    /// (the page) and are removed when it is dropped.
    listeners: StoredValue<Vec<EventListener>, LocalStorage>,
    update_timer: StoredValue<Option<Interval>, LocalStorage>,
}

pub fn use_pwa() -> Pwa {
    expect_context::<Pwa>()
}

impl Pwa {
    pub fn start(embedded: bool) -> Pwa {
        let pwa = Pwa {
            update_ready: RwSignal::new(false),
            update_dismissed: RwSignal::new(false),
            switched: RwSignal::new(false),
            persisted: RwSignal::new(None),
            can_install: RwSignal::new(false),
            install_offer: StoredValue::new_local(None),
            registration: StoredValue::new_local(None),
            offline_capable: !embedded && has_container(),
            keep_all_sent: StoredValue::new(false),
            listeners: StoredValue::new_local(Vec::new()),
            update_timer: StoredValue::new_local(None),
        };
        // Neither is needed to draw the first screen: each starts once it is on screen, in a
        // task of its own.
        leptos::task::spawn_local(async move {
            crate::adapters::clock::after_paint().await;
            pwa.request_persistence().await;
        });
        if pwa.offline_capable {
            leptos::task::spawn_local(async move {
                crate::adapters::clock::after_paint().await;
                if let Some(sw) = container() {
                    pwa.register(sw).await;
                }
            });
        }
        if !embedded {
            pwa.listen_for_install_offer();
        }
        pwa
    }

    async fn request_persistence(self) {
        let nav = window().navigator();
        if !js_sys::Reflect::has(&nav, &"storage".into()).unwrap_or(false) {
            return;
        }
        let storage = nav.storage();
        let ask = |p: Result<js_sys::Promise, JsValue>| async move {
            JsFuture::from(p.ok()?).await.ok()?.as_bool()
        };
        let mut kept = ask(storage.persisted()).await;
        if kept == Some(false) {
            kept = ask(storage.persist()).await;
        }
        self.persisted.set(kept);
    }

    async fn register(self, sw: ServiceWorkerContainer) {
        let options = web_sys::RegistrationOptions::new();
        // Always ask the server for sw.js itself, so a deployment is seen at the next check.
        options.set_update_via_cache(web_sys::ServiceWorkerUpdateViaCache::None);
        let Ok(reg) = JsFuture::from(sw.register_with_options("./sw.js", &options)).await else {
            return;
        };
        // Anything but a registration (an automation tool that blocks workers): nothing to do.
        let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        let has_controller = move || container().and_then(|c| c.controller()).is_some();
        // A version installed on an earlier visit may already be waiting.
        if reg.waiting().is_some() && has_controller() {
            self.update_ready.set(true);
        }
        // Every open page hears when a new version takes over, not only the one that asked.
        if has_controller() {
            let on_switch = EventListener::new(&sw, "controllerchange", move |_| {
                self.update_ready.set(false);
                self.switched.set(true);
            });
            self.listen(on_switch);
        }
        let watched_reg = reg.clone();
        let on_found = EventListener::new(&reg, "updatefound", move |_| {
            let Some(installing) = watched_reg.installing() else {
                return;
            };
            let watched = installing.clone();
            let on_state = EventListener::new(&installing, "statechange", move |_| {
                // The first install has no controller: that is not an update.
                if watched.state() == ServiceWorkerState::Installed && has_controller() {
                    self.update_ready.set(true);
                    self.update_dismissed.set(false);
                }
            });
            self.listen(on_state);
        });
        self.listen(on_found);
        self.registration.set_value(Some(reg));
        self.check_regularly();
    }

    fn check_regularly(self) {
        let check = move || {
            self.registration.with_value(|r| {
                if let Some(r) = r {
                    // Put off with 「後で」: ask again now that the user is back.
                    if r.waiting().is_some() {
                        self.update_dismissed.set(false);
                    }
                    if let Ok(p) = r.update() {
                        // A failed check (offline) is retried next time; nothing to report.
                        leptos::task::spawn_local(async move {
                            let _ = JsFuture::from(p).await;
                        });
                    }
                }
            })
        };
        let on_visible = EventListener::new(&document(), "visibilitychange", move |_| {
            if document().visibility_state() == web_sys::VisibilityState::Visible {
                check();
            }
        });
        self.listen(on_visible);
        self.update_timer
            .set_value(Some(Interval::new(UPDATE_CHECK_MS, check)));
    }

    fn listen(self, listener: EventListener) {
        self.listeners.update_value(|l| l.push(listener));
    }

    /// Switches to the waiting version and reloads once it has taken over. Work is saved as it
    /// is made (an Effect writes every change), so the reload loses nothing.
    pub fn apply_update(self) {
        let waiting = self
            .registration
            .with_value(|r| r.as_ref().and_then(|r| r.waiting()));
        let (Some(waiting), Some(sw)) = (waiting, container()) else {
            let _ = window().location().reload();
            return;
        };
        self.listen(EventListener::once(&sw, "controllerchange", |_| {
            let _ = window().location().reload();
        }));
        let _ = waiting.post_message(&message("dxm:skip-waiting"));
    }

    /// Asks the service worker to keep every screen and the import code for offline use. Sent
    /// once, when the user first moves past the start screen: a visit that only opens the app
    /// downloads no more than the start screen needs, and one working visit makes the whole
    /// app available offline.
    pub fn keep_all(self) {
        if !self.offline_capable || self.keep_all_sent.get_value() {
            return;
        }
        self.keep_all_sent.set_value(true);
        let Some(ready) = container().and_then(|c| c.ready().ok()) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let Ok(reg) = JsFuture::from(ready).await else {
                return;
            };
            let reg: ServiceWorkerRegistration = reg.unchecked_into();
            if let Some(active) = reg.active() {
                let _ = active.post_message(&message("dxm:keep-all"));
            }
        });
    }

    fn listen_for_install_offer(self) {
        let offer = EventListener::new(&window(), "beforeinstallprompt", move |ev| {
            // Keep the offer for our own button instead of the browser's banner.
            ev.prevent_default();
            self.install_offer.set_value(Some(ev.clone().into()));
            self.can_install.set(true);
        });
        self.listen(offer);
        let installed = EventListener::new(&window(), "appinstalled", move |_| {
            self.install_offer.set_value(None);
            self.can_install.set(false);
        });
        self.listen(installed);
    }

    /// Shows the browser's install dialog (it can be shown once per offer).
    pub fn install(self) {
        let Some(offer) = self.install_offer.with_value(Clone::clone) else {
            return;
        };
        if let Ok(prompt) = js_sys::Reflect::get(&offer, &"prompt".into()) {
            if let Some(f) = prompt.dyn_ref::<js_sys::Function>() {
                let _ = f.call0(&offer);
            }
        }
        self.install_offer.set_value(None);
        self.can_install.set(false);
    }
}

/// A message for the service worker (assets/sw.js), `{ type: kind }`.
fn message(kind: &str) -> js_sys::Object {
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &kind.into());
    msg
}

fn container() -> Option<ServiceWorkerContainer> {
    has_container().then(|| window().navigator().service_worker())
}

/// Whether the page can have a service worker, without making the browser set up its
/// container (which takes a while, the first time).
fn has_container() -> bool {
    // Absent on insecure origins and in some private modes.
    js_sys::Reflect::has(&window().navigator(), &"serviceWorker".into()).unwrap_or(false)
}
