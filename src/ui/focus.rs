//! Focus management that screen-reader and keyboard users rely on: where
//! focus goes when the view changes, and where it goes when what held it
//! goes away (a deleted row, a due item that is no longer due, an undone
//! change).

use super::timing::now_ms;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Moves focus to the page's main heading, so a change of view is announced
/// and keyboard users continue from the top of the new content.
///
/// A page loaded on first use (`ui::lazy_pages`) has no heading until its
/// module arrives, so this looks again each frame, for up to ten seconds;
/// focus the person has meanwhile put somewhere else stays there.
pub fn focus_main_heading() {
    const PATIENCE_MS: f64 = 10_000.0;
    focus_heading_when_shown(document().active_element(), now_ms() + PATIENCE_MS);
}

fn focus_heading_when_shown(was: Option<web_sys::Element>, until: f64) {
    request_animation_frame(move || {
        let document = document();
        if let Some(heading) = document.query_selector("main h1").ok().flatten() {
            return focus(Some(heading));
        }
        let moved_on = document.active_element().is_some_and(|active| {
            Some(&active) != was.as_ref() && Some(&active) != document.body().as_deref()
        });
        if now_ms() < until && !moved_on {
            focus_heading_when_shown(was, until);
        }
    });
}

/// Moves focus to the first element matching `selector`, after the next
/// frame, so a view that is about to render (or a dialog about to close and
/// hand focus back to its opener) is done first.
pub fn focus_first(selector: &'static str) {
    request_animation_frame(move || focus(document().query_selector(selector).ok().flatten()));
}

/// Focuses the element with this id (a field, after a refused save), after
/// the next frame, so the messages that explain why render first.
pub fn focus_field(id: String) {
    request_animation_frame(move || focus(document().get_element_by_id(&id)));
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
        focus(
            selectors
                .iter()
                .find_map(|s| document.query_selector(s).ok().flatten()),
        );
    });
}

fn focus(element: Option<web_sys::Element>) {
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}
