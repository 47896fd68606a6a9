//! The keyboard shortcuts: Ctrl/Cmd+Z and Ctrl/Cmd+Shift+Z (or Ctrl+Y) for
//! undo and redo, and single keys for the common actions, listed by `?`:
//! `/` search, `n` a new objective, `c` a check-in on the key result shown.
//!
//! A page offers `n` and `c` by marking the button they press with
//! `data-shortcut`, so the key always does what the visible button does,
//! and nothing when no such button is on screen.

use super::focus::focus_first;
use super::personal_state::PersonalState;
use super::route::Page;
use super::router::Router;
use super::state::{Document, Exchange};
use super::undo;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The keys a button can be pressed with, as `data-shortcut` names them.
pub const NEW_OBJECTIVE: &str = "n";
pub const CHECK_IN: &str = "c";
/// The key that lists them all.
pub const HELP: &str = "?";

/// Listens for every shortcut; `help` opens the list of them.
pub fn listen(
    state: Document,
    personal: PersonalState,
    exchange: Exchange,
    router: Router,
    help: RwSignal<bool>,
) {
    let _ = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.default_prevented() || ev.alt_key() || in_text_field(&ev) {
            return;
        }
        // Not behind an open file dialog: its preview must stay what a merge does.
        if exchange.pending_import().with_untracked(Option::is_some) {
            return;
        }
        if ev.ctrl_key() || ev.meta_key() {
            history_key(&ev, state, personal);
        } else if !dialog_open() {
            single_key(&ev, router, help);
        }
    });
}

/// Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z or Ctrl+Y redoes; outside text
/// fields, where the browser's own text undo is what people expect.
fn history_key(ev: &leptos::ev::KeyboardEvent, state: Document, personal: PersonalState) {
    // The key's place, not its letter, so the shortcut works on every layout.
    let redo = match ev.code().as_str() {
        "KeyZ" => ev.shift_key(),
        "KeyY" if !ev.shift_key() => true,
        _ => return,
    };
    ev.prevent_default();
    if redo {
        undo::redo(state, personal)
    } else {
        undo::undo(state, personal)
    }
}

/// `?`, `/`, `n` and `c`: by the character typed, since they are mnemonics.
fn single_key(ev: &leptos::ev::KeyboardEvent, router: Router, help: RwSignal<bool>) {
    match ev.key().as_str() {
        HELP => help.set(true),
        "/" => {
            if router.with_untracked(|r| r.page == Page::Overview) {
                focus_first("#filter-text");
            } else {
                router.go(router.with_untracked(|r| r.to(Page::Overview)));
                // After the new page has focused its heading.
                request_animation_frame(|| focus_first("#filter-text"));
            }
        }
        key @ (NEW_OBJECTIVE | CHECK_IN) => {
            let Some(button) = marked_button(key) else {
                return;
            };
            button.click();
        }
        _ => return,
    }
    ev.prevent_default();
}

/// The button on the page marked with `key`, if it is shown (a read-only
/// snapshot hides the ones that would change something).
fn marked_button(key: &str) -> Option<web_sys::HtmlElement> {
    document()
        .query_selector(&format!("main [data-shortcut=\"{key}\"]"))
        .ok()
        .flatten()?
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
        .filter(|button| button.offset_parent().is_some())
}

/// Single keys belong to a dialog's own fields and buttons while one is open.
fn dialog_open() -> bool {
    document()
        .query_selector("dialog[open]")
        .ok()
        .flatten()
        .is_some()
}

fn in_text_field(ev: &leptos::ev::KeyboardEvent) -> bool {
    let Some(element) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return false;
    };
    match element.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => !matches!(
            element.get_attribute("type").as_deref(),
            Some("button" | "checkbox" | "radio" | "submit" | "reset" | "file")
        ),
        _ => element.get_attribute("contenteditable").is_some(),
    }
}
