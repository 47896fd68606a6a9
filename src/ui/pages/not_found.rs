use crate::ui::route::Page;
use crate::ui::router::Router;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let router = expect_context::<Router>();
    view! {
        <h1 tabindex="-1">"Page not found"</h1>
        <p>"There is nothing at this address. The link may be from a newer version of Ladder, or mistyped."</p>
        <p><a href=move || router.with(|r| r.to(Page::Overview).href())>"Go to the overview"</a></p>
    }
}
