//! Focus management that screen-reader and keyboard users rely on.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves focus to the page's main heading, so a change of view is announced
/// and keyboard users continue from the top of the new content.
pub fn focus_main_heading() {
    focus_first("main h1");
}

/// Moves focus to the first element matching `selector`, after the next
/// frame, so a view that is about to render (or a dialog about to close and
/// hand focus back to its opener) is done first.
pub fn focus_first(selector: &'static str) {
    request_animation_frame(move || {
        if let Ok(Some(element)) = document().query_selector(selector)
            && let Ok(element) = element.dyn_into::<web_sys::HtmlElement>()
        {
            let _ = element.focus();
        }
    });
}
