//! The OKR coach's advice about one objective and its key results, beside
//! them on the objective's page: each finding with its reason and a fix.
//! Advice only: nothing here stops a change.

use crate::domain::ObjectiveId;
use crate::domain::coach::{Severity, Subject, coach_objective};
use crate::text;
use crate::ui::clock;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// A finding as the panel shows it.
#[derive(Clone, PartialEq, Debug)]
struct Advice {
    warning: bool,
    /// "This objective", or the key result's title in quotes.
    about: String,
    why: String,
    fix: String,
}

#[component]
pub fn CoachPanel(
    /// The objective whose findings to show, with its key results'.
    objective: ObjectiveId,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let today = clock::today();
    let advice = Memo::new(move |_| {
        state.with(|ws| {
            coach_objective(ws, &objective, today)
                .into_iter()
                .map(|finding| {
                    let about = match &finding.subject {
                        Subject::KeyResult(id) => ws
                            .key_result(id)
                            .map(|kr| text::coach::about_key_result(&kr.title)),
                        _ => None,
                    };
                    Advice {
                        warning: finding.rule.severity() == Severity::Warning,
                        about: about.unwrap_or_else(|| text::coach::THIS_OBJECTIVE.to_owned()),
                        why: finding.why,
                        fix: finding.fix,
                    }
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || advice.with(|a| !a.is_empty())>
            <aside class="coach" aria-labelledby="coach-heading">
                <h3 id="coach-heading">{text::coach::COACH}</h3>
                <ul>
                    {move || advice.get().into_iter().map(|a| view! {
                        <li>
                            <span class="tag">{if a.warning { text::coach::WARNING } else { text::coach::NOTE }}</span>
                            " "<strong>{a.about}</strong>" "{a.why}
                            <span class="coach-fix">{text::coach::try_this(&a.fix)}</span>
                        </li>
                    }).collect_view()}
                </ul>
            </aside>
        </Show>
    }
}
