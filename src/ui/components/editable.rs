//! Controls that change the shared workspace, made `inert` while a
//! colleague's snapshot is viewed: nothing can be typed or ticked there
//! only to be refused afterwards.

use crate::ui::state::Exchange;
use leptos::prelude::*;

#[component]
pub fn Editable(children: Children) -> impl IntoView {
    let exchange = expect_context::<Exchange>();
    let viewing = move || exchange.viewing().with(Option::is_some);
    view! {
        <div class="editable" inert=viewing>
            {children()}
        </div>
    }
}
