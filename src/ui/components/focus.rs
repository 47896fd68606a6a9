//! Keeping keyboard focus somewhere sensible when what held it goes away:
//! a deleted row, a due item that is no longer due, an undone change.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

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
