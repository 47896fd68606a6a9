fn main() {
    console_error_panic_hook::set_once();
    // The page's own "Loading…" note, which stays (with a hint) if the app cannot start.
    if let Some(loading) = leptos::prelude::document().get_element_by_id("loading") {
        loading.remove();
    }
    leptos::mount::mount_to_body(ladder::ui::App);
}
