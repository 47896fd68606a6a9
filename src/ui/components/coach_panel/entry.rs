//! One finding in the coach's panel, and the form that dismisses it with a reason.

use super::Advice;
use crate::domain::coach::{Rule, Subject, dismissal_reason};
use crate::text;
use crate::ui::clock;
use crate::ui::drafts::{DraftNotice, Drafts, field as draft_field, keep_draft};
use crate::ui::state::Document;
use leptos::prelude::*;

/// One finding: what it is about, why, the fix, and dismissing it (or,
/// once dismissed, the reason and bringing it back).
#[component]
pub fn Entry(advice: Advice) -> impl IntoView {
    let state = expect_context::<Document>();
    let Advice {
        rule,
        subject,
        anchor,
        warning,
        about,
        href,
        why,
        fix,
        dismissed,
    } = advice;
    let about_view = match href {
        Some(href) => view! { <a href=href>{about.clone()}</a> }.into_any(),
        None => view! { <strong>{about.clone()}</strong> }.into_any(),
    };
    let action = match dismissed {
        Some((reason, on)) => {
            let subject = subject.clone();
            view! {
                <p class="coach-dismissal">{text::coach::dismissed_on(&on, &reason)}</p>
                <button
                    type="button"
                    class="small"
                    aria-label=text::coach::bring_back_about(&about)
                    on:click=move |_| {
                        let subject = subject.clone();
                        state
                            .edit_with_undo(move |ws| {
                                ws.undismiss(rule, &subject)?;
                                Ok(text::coach::BROUGHT_BACK.to_owned())
                            });
                    }
                >
                    {text::coach::BRING_BACK}
                </button>
            }
            .into_any()
        }
        None => view! { <DismissForm rule subject=subject.clone() anchor=anchor.clone() about=about.clone() /> }
            .into_any(),
    };
    view! {
        <li
            class="coach-finding"
            id=anchor.clone()
            tabindex="-1"
            data-rule=rule.id()
            data-record=subject.record_id()
        >
            <span class="tag">
                {if warning { text::coach::WARNING } else { text::coach::NOTE }}
            </span>
            " "
            {about_view}
            {text::coach::AFTER_SUBJECT}
            " "
            {why}
            <span class="coach-fix">{text::coach::try_this(&fix)}</span>
            <div class="coach-actions">{action}</div>
        </li>
    }
}

/// "Dismiss", which opens a one-field form asking why.
#[component]
fn DismissForm(rule: Rule, subject: Subject, anchor: String, about: String) -> impl IntoView {
    let state = expect_context::<Document>();
    // A reason left unsaved when the page was reloaded opens the form again.
    let asking = RwSignal::new(expect_context::<Drafts>().holds("dismiss", &anchor));
    let reason = RwSignal::new(String::new());
    let kept = keep_draft(
        "dismiss",
        anchor.clone(),
        true,
        vec![draft_field("reason", reason)],
    );
    let problem = RwSignal::new(None::<String>);
    let field = format!("{anchor}-reason");
    let problem_id = format!("{anchor}-problem");
    let button_id = format!("{anchor}-dismiss");
    let open_form = {
        let field = field.clone();
        move |_| {
            asking.set(true);
            crate::ui::focus::focus_field(field.clone());
        }
    };
    // Closing takes the form, and the focus in it, away: hand the focus
    // back to the button that opened it.
    let close = {
        let button_id = button_id.clone();
        move || {
            asking.set(false);
            problem.set(None);
            // Cancelled: the reason was not wanted.
            reason.set(String::new());
            crate::ui::focus::focus_field(button_id.clone());
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = reason.get_untracked();
        if let Err(message) = dismissal_reason(&typed) {
            problem.set(Some(message));
            return;
        }
        let subject = subject.clone();
        let dismissed = state.edit_with_undo(move |ws| {
            ws.dismiss(rule, &subject, &typed, clock::today())?;
            Ok(text::coach::DISMISSED.to_owned())
        });
        if dismissed {
            kept.finish();
        }
    };
    let on_escape = {
        let close = close.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            if ev.key() == "Escape" {
                ev.stop_propagation();
                close();
            }
        }
    };
    view! {
        <Show
            when=move || asking.get()
            fallback=move || {
                view! {
                    <button
                        type="button"
                        class="small"
                        id=button_id.clone()
                        aria-label=text::coach::dismiss_about(&about)
                        on:click=open_form.clone()
                    >
                        {text::common::DISMISS}
                    </button>
                }
            }
        >
            <form
                class="dismiss-form"
                on:submit=submit.clone()
                on:keydown=on_escape.clone()
                novalidate
            >
                <DraftNotice draft=kept />
                <label for=field.clone()>{text::coach::WHY_DISMISS}</label>
                <input
                    id=field.clone()
                    type="text"
                    autocomplete="off"
                    placeholder=text::coach::WHY_DISMISS_EXAMPLE
                    aria-invalid=move || problem.with(Option::is_some).to_string()
                    aria-describedby=problem_id.clone()
                    prop:value=move || reason.get()
                    on:input=move |ev| {
                        reason.set(event_target_value(&ev));
                        problem.set(None);
                    }
                />
                <button type="submit" class="small">
                    {text::common::DISMISS}
                </button>
                <button
                    type="button"
                    class="small"
                    on:click={
                        let close = close.clone();
                        move |_| close()
                    }
                >
                    {text::common::CANCEL}
                </button>
                <p class="field-error" id=problem_id.clone() role="alert">
                    {move || problem.get()}
                </p>
            </form>
        </Show>
    }
}
