//! The root component: takes what was loaded at startup, provides the contexts (catalogue,
//! lists, talent, state, i18n, route) and lays out the page.

use crate::i18n::{I18n, Msg};
use crate::shell::embedding::{EmbedSession, FrameGuard, Framing, ShareWithHost};
use crate::shell::notices::{DataNotices, ReplacedNotice, StorageNotice};
use crate::shell::saving_notices::{ConflictNotices, HoldNotice};
use crate::shell::screen::Screen;
use crate::shell::site_footer::SiteFooter;
use crate::shell::site_header::SiteHeader;
use crate::shell::step_nav::StepNav;
use crate::shell::update_banner::UpdateBanner;
use crate::state::catalog::{Cat, SiteNotices};
use crate::state::config::Startup;
use crate::state::deferred::{Deferred, Pending};
use crate::state::library::Library;
use crate::state::route::{route_signal, Route};
use crate::state::workspace::{save_lang, AppState};
use crate::widgets::after_paint::AfterPaint;
use leptos::prelude::*;

#[component]
pub fn App(startup: Startup) -> impl IntoView {
    let lang = RwSignal::new(startup.lang);
    let i18n = I18n { lang };
    provide_context(i18n);
    Effect::new(move |_| {
        let l = lang.get();
        save_lang(l);
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", l.code());
        }
    });
    remove_boot_message();
    // A site the publisher did not allow gets no app in its frame, only a way out of it.
    let framing = crate::shell::embedding::framing(&startup.config.embed.allowed_origins);
    if framing == Framing::Refused {
        return view! { <FrameGuard/> }.into_any();
    }
    let proven = (framing == Framing::Unknown).then(|| {
        crate::shell::embedding::host_proven(startup.config.embed.allowed_origins.clone())
    });
    let embedded = crate::shell::embedding::is_embedded();
    if embedded {
        // Compact chrome for a portal's frame (style/main.css, `.embedded`).
        if let Some(root) = document().document_element() {
            let _ = root.class_list().add_1("embedded");
        }
    }
    let pwa = crate::adapters::pwa::Pwa::start(embedded);
    provide_context(pwa);

    let Startup {
        catalog,
        rules,
        pack_paths,
        config,
        notices,
        lang: _,
    } = startup;
    let catalog: Cat = match catalog {
        Ok(c) => c,
        Err(e) => {
            return view! {
                <main id="main" class="container">
                    <h1>{move || i18n.t(Msg::AppName)}</h1>
                    <p role="alert" class="error">{move || i18n.t(Msg::DataLoadFailed)}</p>
                    <pre class="error-detail">{e.to_string()}</pre>
                </main>
            }
            .into_any();
        }
    };
    let library = Library::init(config.hide_samples);
    provide_context(library);
    let notices = RwSignal::new(notices);
    provide_context(SiteNotices(notices));
    let data = Deferred::new(
        Pending {
            core: catalog,
            rules,
            pack_paths,
        },
        library,
        notices,
    );
    provide_context(data);
    let talent = crate::state::talent::provide(data, library);
    provide_context(talent);
    let state = AppState::init(lang);
    provide_context(state);
    let session = EmbedSession::provide();
    crate::shell::embedding::start(
        data,
        library,
        state,
        talent,
        session,
        config.embed.allowed_origins,
    );
    crate::state::gathered::Gathered::provide(dxm_domain::prefecture::IntakeSettings {
        prefecture: state
            .active
            .with_untracked(|a| a.context.lgcode)
            .and_then(dxm_domain::geo::prefecture_of)
            .unwrap_or(13),
        fiscal_year: crate::adapters::clock::current_fiscal_year(),
    });
    let route = route_signal();
    provide_context(route);

    // Keep the document title in step with the screen, and move focus to the new screen's
    // heading after a navigation so screen-reader and keyboard users land at its start (once
    // it is there: a screen opened for the first time may first have to fetch its code). Past
    // the start screen the user is at work: the rest of the app is then kept for offline use.
    Effect::new(move |prev: Option<Route>| {
        let r = route.get();
        document().set_title(&format!("{} — {}", i18n.t(r.label()), i18n.t(Msg::AppName)));
        if r != Route::Start {
            pwa.keep_all();
        }
        if prev.is_some_and(|p| p != r) {
            crate::adapters::focus::focus_id_when_shown("page-title");
            // The undo of a replace by a share link is offered on the screen it leads to.
            if prev != Some(Route::Share) {
                state.replaced.set(None);
            }
        }
        r
    });

    let app = move || {
        view! {
            <UpdateBanner/>
            <SiteHeader/>
            <StepNav/>
            <main id="main" class="container" tabindex="-1">
                <HoldNotice/>
                <StorageNotice/>
                <ConflictNotices/>
                <DataNotices/>
                <ReplacedNotice/>
                {embedded.then(|| view! { <ShareWithHost/> })}
                {move || {
                    let route = route.get();
                    view! { <Screen route/> }
                }}
            </main>
            <AfterPaint>
                <SiteFooter/>
            </AfterPaint>
        }
    };
    match proven {
        None => app().into_any(),
        // Not known who framed the page: the guard until an allowed host speaks.
        Some(proven) => (move || {
            if proven.get() {
                app().into_any()
            } else {
                view! { <FrameGuard/> }.into_any()
            }
        })
        .into_any(),
    }
}

/// index.html shows a static copy of the start screen (or a loading line) until the app runs;
/// the app's own view takes its place in the same task, so no frame shows neither.
fn remove_boot_message() {
    if let Some(el) = document().get_element_by_id("boot") {
        el.remove();
    }
    if let Some(root) = document().document_element() {
        let _ = root.class_list().remove_1("boot-plain");
    }
}
