fn main() {
    // A panic logs to the console and replaces the page with one that says the work is saved
    // and offers a reload (the reactive system may be broken by then: plain DOM).
    dxm_app::adapters::crash::install(
        dxm_app::i18n::crash_texts(dxm_domain::Lang::Ja),
        dxm_app::i18n::crash_texts(dxm_domain::Lang::En),
    );
    // The publisher's configuration and packs are read first (same origin; absent is fine).
    // Leptos's executor is set up by mounting, so this first task runs on wasm-bindgen's.
    wasm_bindgen_futures::spawn_local(async {
        let startup = dxm_app::state::config::load().await;
        // Reading the data and drawing the first screen run as two tasks, not one long one.
        dxm_app::adapters::clock::next_task().await;
        leptos::mount::mount_to_body(move || leptos::view! { <dxm_app::App startup/> });
    });
}
