//! The OKR coach in the app: a panel of findings beside what they are about
//! (an objective, a unit or a whole period), and a quiet mark beside each
//! key result the coach has something to say about. Any finding can be
//! dismissed with a reason, which is kept in the workspace, and brought
//! back. Advice only: nothing here stops a change.
//!
//! The panel and the mark live here; a finding's entry and its dismiss form have a file of their own.

mod entry;

use crate::domain::coach::{
    Dismissal, Finding, Rule, Severity, Sorted, Subject, coach_objective, coach_period,
};
use crate::domain::{ObjectiveId, PeriodId, PersonId, UnitId, Workspace};
use crate::text;
use crate::ui::clock;
use crate::ui::format::day;
use crate::ui::route::{Page, Route};
use crate::ui::state::Document;
use entry::Entry;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Which findings a panel shows.
#[derive(Clone, PartialEq, Debug)]
pub enum CoachScope {
    /// One objective and its key results.
    Objective(ObjectiveId),
    /// A period: its units, objectives and key results.
    Period(PeriodId),
    /// A unit's OKRs in a period.
    Unit(UnitId, PeriodId),
    /// A person's individual OKRs in a period.
    Person(PersonId, PeriodId),
}

impl CoachScope {
    fn findings(&self, ws: &Workspace, today: chrono::NaiveDate) -> Vec<Finding> {
        let period = match self {
            CoachScope::Objective(id) => return coach_objective(ws, id, today),
            CoachScope::Period(p) | CoachScope::Unit(_, p) | CoachScope::Person(_, p) => p,
        };
        let mut findings = coach_period(ws, period, today);
        findings.retain(|f| self.covers(ws, &f.subject));
        findings
    }

    fn covers(&self, ws: &Workspace, subject: &Subject) -> bool {
        let holder = || ws.subject_objective(subject).and_then(|o| o.owner.as_ref());
        match self {
            CoachScope::Objective(_) | CoachScope::Period(_) => true,
            // The unit's own OKRs, as its page lists them: not the
            // individual goals of people whose home it is.
            CoachScope::Unit(unit, _) => {
                ws.subject_place(subject).is_some_and(|(u, _)| u == unit) && holder().is_none()
            }
            CoachScope::Person(person, _) => holder() == Some(person),
        }
    }
}

/// The scope's findings, open and dismissed, kept current as the workspace
/// changes. `None` (no period yet) has none.
pub fn coach_findings(scope: Signal<Option<CoachScope>>) -> Memo<Sorted> {
    let state = expect_context::<Document>();
    let today = clock::today();
    Memo::new(move |_| {
        let scope = scope.get();
        state.with(|ws| match scope {
            Some(scope) => Sorted::new(ws, scope.findings(ws, today)),
            None => Sorted::default(),
        })
    })
}

/// A finding as a panel lists it.
#[derive(Clone, PartialEq, Debug)]
struct Advice {
    rule: Rule,
    subject: Subject,
    /// The element id of its entry, which a key result's mark points to.
    anchor: String,
    warning: bool,
    /// What it is about: "This objective", a key result's title, or where
    /// the record sits in the organisation.
    about: String,
    href: Option<String>,
    why: String,
    fix: String,
    /// The reason and day it was dismissed.
    dismissed: Option<(String, String)>,
}

impl Advice {
    /// What a row shows: a row is rebuilt when any of it changes, and
    /// otherwise kept, with a reason being typed into it.
    fn key(&self) -> (String, String, String, Option<(String, String)>) {
        (
            self.anchor.clone(),
            self.about.clone(),
            self.why.clone(),
            self.dismissed.clone(),
        )
    }
}

/// A subject as part of an element id.
fn place(subject: &Subject) -> String {
    match subject {
        Subject::Unit { unit, period } => format!("{unit}-{period}"),
        Subject::Objective(id) => id.to_string(),
        Subject::KeyResult(id) => id.to_string(),
    }
}

fn anchor(rule: Rule, subject: &Subject) -> String {
    format!("coach-{}-{}", rule.id().replace('/', "-"), place(subject))
}

/// Moves to a panel's entry, unfolding the panel first.
fn go_to_entry(id: String) {
    let Some(entry) = document().get_element_by_id(&id) else {
        return;
    };
    if let Ok(Some(panel)) = entry.closest("details")
        && let Ok(panel) = panel.dyn_into::<web_sys::HtmlDetailsElement>()
    {
        panel.set_open(true);
    }
    crate::ui::focus::focus_field(id);
}

fn advice(
    ws: &Workspace,
    here: Option<&ObjectiveId>,
    finding: &Finding,
    dismissal: Option<&Dismissal>,
) -> Advice {
    let about = match (&finding.subject, here) {
        (Subject::Objective(id), Some(here)) if id == here => {
            Some(text::coach::THIS_OBJECTIVE.to_owned())
        }
        (Subject::KeyResult(id), Some(_)) => {
            ws.key_result(id).map(|kr| text::coach::quoted(&kr.title))
        }
        _ => None,
    };
    let href = match &finding.subject {
        _ if here.is_some() => None,
        // The unit page opens on the period the finding is about, where its
        // own panel lists it again.
        Subject::Unit { unit, period } => {
            let mut route = Route::from(Page::Unit(unit.clone()));
            route.period = Some(period.clone());
            Some(route.href())
        }
        Subject::Objective(id) => Some(Route::from(Page::Objective(id.clone())).href()),
        Subject::KeyResult(id) => Some(Route::from(Page::KeyResult(id.clone())).href()),
    };
    Advice {
        rule: finding.rule,
        subject: finding.subject.clone(),
        anchor: anchor(finding.rule, &finding.subject),
        warning: finding.rule.severity() == Severity::Warning,
        about: about.unwrap_or_else(|| ws.subject_path(&finding.subject)),
        href,
        why: finding.why.clone(),
        fix: finding.fix.clone(),
        dismissed: dismissal.map(|d| (d.reason.clone(), day(d.on))),
    }
}

#[component]
pub fn CoachPanel(
    findings: Memo<Sorted>,
    /// The objective whose page this is: its findings read "This objective",
    /// and entries need no links.
    #[prop(optional)]
    here: Option<ObjectiveId>,
    /// The id of the panel's heading, unique on the page.
    heading_id: &'static str,
    /// Starts folded, for pages where the advice is not the point.
    #[prop(optional)]
    folded: bool,
) -> impl IntoView {
    let state = expect_context::<Document>();
    // Read only once the panel has been open: a folded panel of a large
    // period then costs its counts, not a path for every finding.
    let entries = Memo::new(move |_| {
        findings.with(|sorted| {
            state.with(|ws| {
                let open: Vec<Advice> = sorted
                    .open
                    .iter()
                    .map(|f| advice(ws, here.as_ref(), f, None))
                    .collect();
                let dismissed: Vec<Advice> = sorted
                    .dismissed
                    .iter()
                    .map(|(f, d)| advice(ws, here.as_ref(), f, Some(d)))
                    .collect();
                (open, dismissed)
            })
        })
    });
    let open = RwSignal::new(!folded);
    // Once opened, entries stay rendered while folded, so a reason being
    // typed is not lost by folding the panel.
    let opened = RwSignal::new(!folded);
    let summary = move || {
        findings.with(|sorted| {
            let warnings = sorted
                .open
                .iter()
                .filter(|f| f.rule.severity() == Severity::Warning)
                .count();
            text::coach::summary(
                warnings,
                sorted.open.len() - warnings,
                sorted.dismissed.len(),
            )
        })
    };
    view! {
        <Show when=move || findings.with(|s| !s.open.is_empty() || !s.dismissed.is_empty())>
            <details
                class="coach"
                aria-labelledby=heading_id
                prop:open=move || open.get()
                on:toggle=move |ev| {
                    let now_open = event_target::<web_sys::HtmlDetailsElement>(&ev).open();
                    open.set(now_open);
                    if now_open {
                        opened.set(true);
                    }
                }
            >
                <summary>
                    <span class="coach-title" id=heading_id>
                        {text::coach::COACH}
                    </span>
                    " "
                    <span class="muted">{summary}</span>
                </summary>
                <Show when=move || opened.get()>
                    <ul class="coach-findings">
                        <For each=move || entries.get().0 key=Advice::key let:a>
                            <Entry advice=a />
                        </For>
                    </ul>
                    <Show when=move || findings.with(|s| !s.dismissed.is_empty())>
                        <details class="coach-dismissed">
                            <summary>
                                {move || text::coach::dismissed_heading(
                                    findings.with(|s| s.dismissed.len()),
                                )}
                            </summary>
                            <ul>
                                <For each=move || entries.get().1 key=Advice::key let:a>
                                    <Entry advice=a />
                                </For>
                            </ul>
                        </details>
                    </Show>
                </Show>
            </details>
        </Show>
    }
}

/// A quiet mark beside a key result or objective the coach has advice on:
/// the advice on hover and focus, and a press moves to it in the panel.
#[component]
pub fn CoachMark(
    findings: Memo<Sorted>,
    subject: Subject,
    /// For an objective in a list: its key results' advice too, each
    /// named, since they are not listed beside it.
    #[prop(optional)]
    whole: bool,
) -> impl IntoView {
    let state = expect_context::<Document>();
    let mine = {
        let subject = subject.clone();
        Memo::new(move |_| {
            findings.with(|sorted| {
                sorted
                    .open
                    .iter()
                    .filter_map(|f| {
                        let why = if f.subject == subject {
                            f.why.clone()
                        } else {
                            let (Subject::Objective(id), Subject::KeyResult(kr), true) =
                                (&subject, &f.subject, whole)
                            else {
                                return None;
                            };
                            let title = state.with(|ws| {
                                ws.key_result(kr)
                                    .filter(|kr| kr.objective == *id)
                                    .map(|kr| text::coach::quoted(&kr.title))
                            })?;
                            text::coach::about_then_why(&title, &f.why)
                        };
                        Some((anchor(f.rule, &f.subject), why, f.rule.severity()))
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let tip = format!("coach-mark-{}", place(&subject));
    // Escape hides the advice until the pointer or focus comes back (WCAG 1.4.13).
    let quiet = RwSignal::new(false);
    view! {
        <Show when=move || mine.with(|m| !m.is_empty())>
            <span
                class="coach-mark"
                class:quiet=move || quiet.get()
                on:mouseenter=move |_| quiet.set(false)
                on:focusin=move |_| quiet.set(false)
                on:keydown=move |ev| {
                    if ev.key() == "Escape" && !quiet.get_untracked() {
                        ev.stop_propagation();
                        quiet.set(true);
                    }
                }
            >
                <button
                    type="button"
                    class="coach-mark-button"
                    class:warning=move || {
                        mine.with(|m| m.iter().any(|(_, _, s)| *s == Severity::Warning))
                    }
                    aria-label=move || text::coach::mark_label(mine.with(Vec::len))
                    aria-describedby=tip.clone()
                    on:click=move |_| {
                        if let Some((first, ..)) = mine.with_untracked(|m| m.first().cloned()) {
                            go_to_entry(first);
                        }
                    }
                >
                    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                        <circle cx="8" cy="8" r="6.5" fill="none" />
                        <path d="M8 4.5v4.5M8 11v0.5" />
                    </svg>
                </button>
                <span class="coach-tip" role="tooltip" id=tip.clone()>
                    {move || {
                        mine.get()
                            .into_iter()
                            .map(|(_, why, _)| view! { <span>{why}</span> })
                            .collect_view()
                    }}
                </span>
            </span>
        </Show>
    }
}
