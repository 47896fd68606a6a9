//! The banner that marks a colleague's snapshot, open read-only.

use super::scope_text;
use crate::ui::clock;
use crate::ui::focus::focus_main_heading;
use crate::ui::state::AppState;
use leptos::prelude::*;

#[component]
pub fn SnapshotBanner() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.viewing.get().map(|viewing| {
            let (organisation, part) =
                state.with_untracked(|ws| (ws.display_name().to_owned(), scope_text(&viewing.scope, ws)));
            let exported = viewing.exported_at.map_or_else(
                || "export date unknown".to_owned(),
                |at| format!("exported {}", clock::format_date_time(at)),
            );
            let details = match part {
                Some(part) => format!("{organisation} · {part} · {exported}."),
                None => format!("{organisation} · {exported}."),
            };
            view! {
                <div class="banners">
                <section class="banner banner-viewing" aria-labelledby="viewing-title">
                    <div>
                        <h2 id="viewing-title" tabindex="-1">
                            {format!("Read-only: “{}”", viewing.file_name)}
                        </h2>
                        <p>{details}</p>
                        <p>"You are looking at someone else's snapshot. Nothing here can be changed, and your own workspace is untouched."</p>
                    </div>
                    <div class="actions">
                        <button type="button" on:click=move |_| state.merge_viewed()>
                            "Merge into my workspace…"
                        </button>
                        <button type="button" class="primary" on:click=move |_| {
                            state.close_snapshot();
                            focus_main_heading();
                        }>"Close snapshot"</button>
                    </div>
                </section>
                </div>
            }
        })
    }
}
