//! A person's page: who they are, what they lead and contribute to in the
//! period, and, while the feature is on, the individual OKRs and KPIs they
//! hold.

use crate::domain::{ObjectiveId, PersonId};
use crate::text;
use crate::ui::components::{
    CoachPanel, CoachScope, Involvement, KpiList, Modal, NotFound, ObjectiveCard, coach_findings,
};
use crate::ui::drafts::Drafts;
use crate::ui::forms::ObjectiveForm;
use crate::ui::route::{Page, Route};
use crate::ui::router::Router;
use crate::ui::state::Document;
use crate::ui::summary::summarize;
use crate::ui::{SelectedPeriod, clock};
use leptos::prelude::*;

#[component]
pub fn PersonPage(id: PersonId) -> impl IntoView {
    let state = expect_context::<Document>();
    let exists = {
        let id = id.clone();
        move || state.with(|ws| ws.person(&id).is_some())
    };
    view! {
        <Show when=exists fallback=|| view! { <NotFound /> }>
            <PersonView id=id.clone() />
        </Show>
    }
}

#[component]
fn PersonView(id: PersonId) -> impl IntoView {
    let state = expect_context::<Document>();
    let router = expect_context::<Router>();
    let about = {
        let id = id.clone();
        Memo::new(move |_| {
            state.with(|ws| {
                let person = ws.person(&id)?;
                let unit = person
                    .unit
                    .as_ref()
                    .and_then(|u| ws.unit(u))
                    .map(|u| (u.name.clone(), Route::from(Page::Unit(u.id.clone())).href()));
                Some((person.name.clone(), person.role.clone(), unit))
            })
        })
    };
    let enabled = Memo::new(move |_| state.with(|ws| ws.settings.individual_goals));
    // Individual KPIs sit in the person's unit; with no unit at all there is nowhere to keep one.
    let home = {
        let id = id.clone();
        Memo::new(move |_| state.with(|ws| ws.home_unit(&id)))
    };
    let hidden = {
        let id = id.clone();
        Memo::new(move |_| state.with(|ws| ws.individual_goals_held(Some(&id))))
    };
    let name = move || about.with(|a| a.as_ref().map(|(n, _, _)| n.clone()).unwrap_or_default());
    let settings = move || router.with(|r| r.to(Page::Settings).href());
    view! {
        <h1 tabindex="-1">{name}</h1>
        {move || {
            about
                .get()
                .map(|(_, role, unit)| {
                    view! {
                        <p class="lede">
                            {role.unwrap_or_default()}
                            {unit
                                .map(|(unit, href)| {
                                    view! { <span>" · "<a href=href>{unit}</a></span> }
                                })}
                        </p>
                    }
                })
        }}
        <Involvement person=id.clone() words=text::person_page::THEIR_WORK />
        <Show
            when=move || enabled.get()
            fallback=move || {
                view! {
                    <section class="panel" aria-labelledby="individual-off-heading">
                        <h2 id="individual-off-heading">
                            {text::person_page::INDIVIDUAL_GOALS_OFF}
                        </h2>
                        <p>
                            {text::person_page::INDIVIDUAL_GOALS_OFF_BODY.before}
                            <a href=settings>{text::person_page::SETTINGS_FEATURES_LINK}</a>
                            {text::person_page::INDIVIDUAL_GOALS_OFF_BODY.after}
                        </p>
                        {move || {
                            (hidden.get() > 0)
                                .then(|| {
                                    view! {
                                        <p class="muted">
                                            {text::person_page::hidden_goals(
                                                &text::counts::individual_goals_are(hidden.get()),
                                            )}
                                        </p>
                                    }
                                })
                        }}
                    </section>
                }
            }
        >
            <IndividualOkrs id=id.clone() />
            {
                let id = id.clone();
                move || home.get().map(|unit| view! { <KpiList unit owner=Some(id.clone()) /> })
            }
        </Show>
    }
}

/// The individual objectives a person holds in the selected period, with
/// the coach's advice on them.
#[component]
fn IndividualOkrs(id: PersonId) -> impl IntoView {
    let state = expect_context::<Document>();
    let SelectedPeriod(period) = expect_context::<SelectedPeriod>();
    let adding = RwSignal::new(expect_context::<Drafts>().waiting("objective").is_some());
    let objectives = {
        let id = id.clone();
        Memo::new(move |_| {
            let Some(p) = period.get() else {
                return Vec::new();
            };
            let today = clock::today();
            state.with(|ws| {
                ws.individual_objectives_of(&id, &p)
                    .filter_map(|o| summarize(ws, &o.id, today))
                    .collect::<Vec<_>>()
            })
        })
    };
    let coach = {
        let id = id.clone();
        coach_findings(Signal::derive(move || {
            period.get().map(|p| CoachScope::Person(id.clone(), p))
        }))
    };
    let period_name = move || {
        state.with(|ws| {
            period
                .get()
                .and_then(|p| ws.period(&p).map(|p| p.name.clone()))
                .unwrap_or_default()
        })
    };
    let owner = id.clone();
    view! {
        <section class="panel" aria-labelledby="individual-okrs-heading">
            <div class="section-head">
                <h2 id="individual-okrs-heading">
                    {move || text::person_page::individual_okrs_heading(&period_name())}
                </h2>
                <button type="button" on:click=move |_| adding.set(true)>
                    {text::common::NEW_INDIVIDUAL_OBJECTIVE}
                </button>
            </div>
            <p class="muted">{text::person_page::INDIVIDUAL_OKRS_ADVICE}</p>
            <Show
                when=move || objectives.with(|o| !o.is_empty())
                fallback=|| {
                    view! { <p class="muted">{text::person_page::NO_INDIVIDUAL_OBJECTIVES}</p> }
                }
            >
                <ul class="card-list">
                    {move || {
                        objectives
                            .get()
                            .into_iter()
                            .map(|summary| {
                                view! {
                                    <li>
                                        <ObjectiveCard summary show_alignment=true coach />
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
                <CoachPanel findings=coach heading_id="person-coach-heading" />
            </Show>
            <Modal
                open=Signal::derive(move || adding.get())
                on_cancel=Callback::new(move |()| adding.set(false))
                labelled_by="objective-form-title"
            >
                {
                    let owner = owner.clone();
                    move || {
                        view! {
                            <ObjectiveForm
                                editing=None
                                owner=Some(owner.clone())
                                on_done=Callback::new(move |_: Option<ObjectiveId>| {
                                    adding.set(false)
                                })
                            />
                        }
                    }
                }
            </Modal>
        </section>
    }
}
