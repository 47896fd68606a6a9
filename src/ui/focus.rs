//! Focus management that screen-reader and keyboard users rely on.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves focus to the page's main heading, so a change of view is announced
/// and keyboard users continue from the top of the new content.
pub fn focus_main_heading() {
    // After the next frame, so a view that is about to render has its heading.
    request_animation_frame(|| {
        if let Ok(Some(heading)) = document().query_selector("main h1")
            && let Ok(heading) = heading.dyn_into::<web_sys::HtmlElement>()
        {
            let _ = heading.focus();
        }
    });
}
