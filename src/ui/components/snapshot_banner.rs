//! The banner that marks a colleague's snapshot, open read-only.

use super::scope_text;
use crate::text;
use crate::ui::focus::focus_main_heading;
use crate::ui::format::day_and_time;
use crate::ui::route::Page;
use crate::ui::router::Router;
use crate::ui::state::{Document, Exchange};
use leptos::prelude::*;

#[component]
pub fn SnapshotBanner() -> impl IntoView {
    let state = expect_context::<Document>();
    let exchange = expect_context::<Exchange>();
    let router = expect_context::<Router>();
    move || {
        exchange.viewing().get().map(|viewing| {
            let (organisation, part) = state.with_untracked(|ws| {
                (ws.display_name().to_owned(), scope_text(&viewing.scope, ws))
            });
            let exported = viewing.exported_at.map_or_else(
                || text::snapshot_banner::EXPORT_DATE_UNKNOWN.to_owned(),
                |at| text::snapshot_banner::exported(&day_and_time(at)),
            );
            let details = match part {
                Some(part) => {
                    text::snapshot_banner::details_with_part(&organisation, &part, &exported)
                }
                None => text::snapshot_banner::details(&organisation, &exported),
            };
            view! {
                <div class="banners">
                    <section class="banner banner-viewing" aria-labelledby="viewing-title">
                        <div>
                            <h2 id="viewing-title" tabindex="-1">
                                {text::snapshot_banner::title(&viewing.file_name)}
                            </h2>
                            <p>{details}</p>
                            <p>{text::snapshot_banner::READ_ONLY_NOTE}</p>
                        </div>
                        <div class="actions">
                            <button type="button" on:click=move |_| exchange.merge_viewed()>
                                {text::snapshot_banner::MERGE_INTO_MY_WORKSPACE}
                            </button>
                            <button
                                type="button"
                                class="primary"
                                on:click=move |_| {
                                    exchange.close_snapshot();
                                    let gone = router
                                        .with_untracked(|r| {
                                            state.with_untracked(|ws| !r.page.exists_in(ws))
                                        });
                                    if gone {
                                        router.go(Page::Overview.into());
                                    }
                                    focus_main_heading();
                                }
                            >
                                {text::snapshot_banner::CLOSE_SNAPSHOT}
                            </button>
                        </div>
                    </section>
                </div>
            }
        })
    }
}
