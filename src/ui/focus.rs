//! Focus management that screen-reader and keyboard users rely on: where
//! focus goes when the view changes, and where it goes when what held it
//! goes away (a deleted row, a due item that is no longer due, an undone
//! change).

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

/// After the next frame, if focus has fallen back to the page body because
/// its element left the DOM, focuses the first element matching one of
/// `selectors`. Focus that is still somewhere meaningful is left alone.
pub fn restore_focus(selectors: Vec<String>) {
    request_animation_frame(move || {
        let document = document();
        let lost = document.active_element().is_none_or(|active| {
            !active.is_connected() || Some(active) == document.body().map(Into::into)
        });
        if !lost {
            return;
        }
        if let Some(element) = selectors
            .iter()
            .find_map(|s| document.query_selector(s).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
}
