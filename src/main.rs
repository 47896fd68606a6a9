fn main() {
    console_error_panic_hook::set_once();
    wasm_bindgen_futures::spawn_local(async {
        // Before anything reads localStorage: a crash of the browser may
        // have left it behind the journal's copy (see storage::journal).
        ladder::storage::journal::recover().await;
        // The page's own "Loading…" note, which stays (with a hint) if the app cannot start.
        if let Some(loading) = leptos::prelude::document().get_element_by_id("loading") {
            loading.remove();
        }
        leptos::mount::mount_to_body(ladder::ui::App);
    });
}
