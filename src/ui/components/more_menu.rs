//! "More": the actions a page keeps out of the way (archive, delete),
//! behind one disclosure button, so the page leads with what is done most.
//! A native `<details>`: Enter and Space open it without script; it closes
//! after an action, on Escape and when focus leaves it.

use super::{Icon, IconName};
use crate::text;
use leptos::html::Details;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn MoreMenu(children: Children) -> impl IntoView {
    let menu = NodeRef::<Details>::new();
    let close = move || {
        if let Some(details) = menu.get_untracked() {
            details.set_open(false);
        }
    };
    let outside = move |target: Option<web_sys::EventTarget>| {
        target
            .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
            .zip(menu.get_untracked())
            .is_some_and(|(target, details)| !details.contains(Some(&target)))
    };
    // Focus moving elsewhere by keyboard, or a press anywhere else (some
    // browsers do not focus a pressed button, so focus alone cannot tell).
    let on_focus_out = move |ev: leptos::ev::FocusEvent| {
        if outside(ev.related_target()) {
            close();
        }
    };
    let pressed = window_event_listener(leptos::ev::pointerdown, move |ev| {
        if outside(ev.target()) {
            close();
        }
    });
    on_cleanup(move || pressed.remove());
    // Back to the button: where focus belongs once the menu is gone, and
    // where a dialog an item opened returns it.
    let refocus = move || {
        if let Some(summary) = menu
            .get_untracked()
            .and_then(|d| d.query_selector("summary").ok().flatten())
            .and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = summary.focus();
        }
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            close();
            refocus();
        }
    };
    view! {
        <details class="more-menu" node_ref=menu on:focusout=on_focus_out on:keydown=on_key>
            <summary class="button">
                <Icon icon=IconName::More />
                {text::common::MORE}
            </summary>
            // An action chosen closes the menu; the page does the rest.
            <div
                class="more-menu-items"
                on:click=move |_| {
                    close();
                    refocus();
                }
            >
                {children()}
            </div>
        </details>
    }
}
