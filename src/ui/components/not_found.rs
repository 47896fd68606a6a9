//! What a page shows for an address that leads nowhere: an unknown route,
//! or a record that does not exist (any more).

use crate::text;
use crate::ui::route::Page;
use crate::ui::router::Router;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    let router = expect_context::<Router>();
    view! {
        <h1 tabindex="-1">{text::common::PAGE_NOT_FOUND}</h1>
        <p>{text::not_found_page::NOTHING_HERE}</p>
        <p>
            <a href=move || {
                router.with(|r| r.to(Page::Overview).href())
            }>{text::not_found_page::GO_TO_OVERVIEW}</a>
        </p>
    }
}
