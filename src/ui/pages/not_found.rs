use crate::ui::route::Route;
use leptos::prelude::*;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    view! {
        <h1 tabindex="-1">"Page not found"</h1>
        <p>"There is nothing at this address. The link may be from a newer version of Ladder, or mistyped."</p>
        <p><a href=Route::Overview.href()>"Go to the overview"</a></p>
    }
}
