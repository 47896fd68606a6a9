//! The sample company: a small, realistic organisation for exploring Ladder,
//! built on the cascade in the OKR practice guide (expand into new markets;
//! Sales, Marketing and Product laddering up), in the quarter of `today`.

use super::{
    CheckIn, CheckInId, Commitment, Grade, HealthyRange, Initiative, InitiativeId,
    InitiativeStatus, KeyResult, KeyResultId, Kpi, KpiId, KpiReading, Measure, Objective,
    ObjectiveId, OrgUnit, Period, PeriodId, Person, PersonId, Reading, Reflection, Revision,
    Status, UnitId, UnitKind, WorkRef, Workspace, previous_quarter, quarter_of,
};
use chrono::{Days, NaiveDate};

/// Rounded the way people report numbers: thousands for big ranges, tenths for small ones.
fn rounded(value: f64, start: f64, target: f64) -> f64 {
    let step = match (target - start).abs() {
        span if span >= 100_000.0 => 1_000.0,
        span if span >= 10.0 => 1.0,
        _ => 0.1,
    };
    (value / step).round() * step
}

/// How a key result's weekly check-ins go in the sample.
struct Rhythm<'a> {
    /// Weeks before today since the last check-in (0: checked in this week).
    silent_weeks: u64,
    /// Notes of the latest check-ins, oldest first.
    notes: &'a [&'a str],
    /// The status chosen at the latest check-in, when it differs from pace.
    latest: Option<Status>,
}

struct Builder<F: FnMut() -> u64> {
    ws: Workspace,
    bits: F,
    today: NaiveDate,
}

impl<F: FnMut() -> u64> Builder<F> {
    fn unit(
        &mut self,
        name: &str,
        kind: UnitKind,
        parent: Option<&UnitId>,
        lead: &PersonId,
    ) -> UnitId {
        let id = UnitId::from_bits((self.bits)());
        self.ws.units.push(OrgUnit {
            dismissed: Vec::new(),
            id: id.clone(),
            name: name.to_owned(),
            kind,
            parent: parent.cloned(),
            lead: Some(lead.clone()),
            archived: false,
            rev: Revision::default(),
        });
        id
    }

    fn person(&mut self, name: &str, role: &str) -> PersonId {
        let id = PersonId::from_bits((self.bits)());
        self.ws.people.push(Person {
            id: id.clone(),
            name: name.to_owned(),
            role: Some(role.to_owned()),
            unit: None,
            rev: Revision::default(),
        });
        id
    }

    /// Weekly check-ins from the period's first week up to `rhythm.silent_weeks`
    /// before today, moving linearly to the key result's current value.
    fn check_ins(&mut self, kr: &KeyResultId, period: &Period, today: NaiveDate, rhythm: Rhythm) {
        let Some(k) = self.ws.key_result(kr).cloned() else {
            return;
        };
        let last_day = today
            .checked_sub_days(Days::new(7 * rhythm.silent_weeks))
            .unwrap_or(today);
        let days: Vec<NaiveDate> = (0..)
            .map_while(|week| period.start.checked_add_days(Days::new(7 * week + 4)))
            .take_while(|d| *d <= last_day && *d <= period.end)
            .collect();
        let Some(&final_day) = days.last() else {
            return;
        };
        let author = k.lead.clone();
        for (i, day) in days.iter().enumerate() {
            let share = period.elapsed(*day) / period.elapsed(final_day);
            let reading = match k.measure {
                Measure::Metric {
                    start,
                    target,
                    current,
                    ..
                }
                | Measure::Percentage {
                    start,
                    target,
                    current,
                } => Reading::Value(rounded(start + (current - start) * share, start, target)),
                Measure::Milestone { done } => Reading::Done(done && share >= 0.75),
            };
            let suggested =
                super::suggest(&k, &k.measure.with_reading(reading), period.elapsed(*day))
                    .unwrap_or(Status::OnTrack);
            let status = match rhythm.latest {
                Some(status) if i + 1 == days.len() => status,
                _ => suggested,
            };
            self.ws.check_ins.push(CheckIn {
                id: CheckInId::from_bits((self.bits)()),
                key_result: kr.clone(),
                date: *day,
                reading,
                status,
                // The notes belong to the latest check-ins; earlier ones have none.
                note: (i + rhythm.notes.len())
                    .checked_sub(days.len())
                    .and_then(|n| rhythm.notes.get(n))
                    .map_or_else(String::new, |n| (*n).to_owned()),
                author: author.clone(),
                rev: Revision::default(),
            });
        }
        self.ws.sync_current(kr);
    }

    fn initiative(
        &mut self,
        kr: &KeyResultId,
        title: &str,
        lead: &PersonId,
        status: InitiativeStatus,
    ) {
        self.ws.initiatives.push(Initiative {
            id: InitiativeId::from_bits((self.bits)()),
            key_result: kr.clone(),
            title: title.to_owned(),
            lead: Some(lead.clone()),
            status,
            link: String::new(),
            rev: Revision::default(),
        });
    }

    /// A KPI with weekly readings ending today.
    fn kpi(
        &mut self,
        unit: &UnitId,
        name: &str,
        measure_unit: &str,
        healthy: HealthyRange,
        warning_margin: f64,
        values: &[f64],
    ) {
        let today = self.today;
        let readings = values
            .iter()
            .rev()
            .enumerate()
            .filter_map(|(weeks_ago, value)| {
                Some(KpiReading {
                    date: today.checked_sub_days(Days::new(7 * weeks_ago as u64))?,
                    value: *value,
                    note: String::new(),
                })
            })
            .rev()
            .collect();
        self.ws.kpis.push(Kpi {
            id: KpiId::from_bits((self.bits)()),
            unit: unit.clone(),
            name: name.to_owned(),
            measure_unit: measure_unit.to_owned(),
            healthy,
            warning_margin: Some(warning_margin),
            readings,
            archived: false,
            owner: None,
            rev: Revision::default(),
        });
    }

    fn grade(&mut self, kr: &KeyResultId, grade: Grade) {
        if let Some(k) = self.ws.key_results.find_mut(|k| &k.id == kr) {
            k.grade = Some(grade);
        }
    }

    fn place(&mut self, person: &PersonId, unit: &UnitId) {
        if let Some(p) = self.ws.people.find_mut(|p| &p.id == person) {
            p.unit = Some(unit.clone());
        }
    }

    fn objective(
        &mut self,
        title: &str,
        unit: &UnitId,
        period: &PeriodId,
        lead: &PersonId,
        parent: Option<&ObjectiveId>,
    ) -> ObjectiveId {
        let id = ObjectiveId::from_bits((self.bits)());
        self.ws.objectives.push(Objective {
            dismissed: Vec::new(),
            id: id.clone(),
            title: title.to_owned(),
            description: String::new(),
            unit: unit.clone(),
            period: period.clone(),
            lead: Some(lead.clone()),
            contributors: Vec::new(),
            parent: parent.cloned(),
            depends_on: Vec::new(),
            archived: false,
            reflection: Default::default(),
            rolled_from: None,
            owner: None,
            rev: Revision::default(),
        });
        id
    }

    fn key_result(
        &mut self,
        objective: &ObjectiveId,
        title: &str,
        lead: &PersonId,
        measure: Measure,
        commitment: Commitment,
    ) -> KeyResultId {
        let id = KeyResultId::from_bits((self.bits)());
        self.ws.key_results.push(KeyResult {
            dismissed: Vec::new(),
            id: id.clone(),
            objective: objective.clone(),
            title: title.to_owned(),
            lead: Some(lead.clone()),
            measure,
            commitment,
            weight: 1.0,
            depends_on: Vec::new(),
            grade: None,
            rolled_from: None,
            created: None,
            rev: Revision::default(),
        });
        id
    }
}

fn metric(start: f64, target: f64, current: f64, unit: &str) -> Measure {
    Measure::Metric {
        start,
        target,
        current,
        unit: unit.to_owned(),
    }
}

fn percentage(start: f64, target: f64, current: f64) -> Measure {
    Measure::Percentage {
        start,
        target,
        current,
    }
}

/// Builds the sample company, with the current quarter around `today` and
/// progress roughly as far along as the quarter is. `bits` supplies ids.
pub fn sample_company(today: NaiveDate, bits: impl FnMut() -> u64) -> Workspace {
    let mut b = Builder {
        ws: Workspace {
            name: "Northwind Software (sample)".to_owned(),
            sample: true,
            ..Workspace::default()
        },
        bits,
        today,
    };
    let this_quarter = quarter_of(today);
    let last = b.ws.add_quarter(
        PeriodId::from_bits((b.bits)()),
        previous_quarter(this_quarter),
    );
    let now =
        b.ws.add_quarter(PeriodId::from_bits((b.bits)()), this_quarter);
    let (Ok(last), Ok(now)) = (last, now) else {
        return b.ws;
    };
    b.ws.current_period = Some(now.clone());
    // How far through the quarter we are, so the sample looks like a live quarter.
    let t = b.ws.period(&now).map_or(0.5, |p: &Period| p.elapsed(today));
    let at = |share: f64, start: f64, target: f64| {
        rounded(
            start + (target - start) * (t * share).min(1.2),
            start,
            target,
        )
    };

    let maya = b.person("Maya Okafor", "CEO");
    let jonas = b.person("Jonas Weber", "VP Sales");
    let priya = b.person("Priya Raman", "Head of Marketing");
    let lucas = b.person("Lucas Moreau", "Head of Product");
    let elena = b.person("Elena Fischer", "Account Executive, DACH");
    let tom = b.person("Tom Baker", "Growth Marketer");
    let sofia = b.person("Sofia Costa", "Localisation Lead");
    let ahmed = b.person("Ahmed Hassan", "Platform Engineer");
    let hana = b.person("Hana Sato", "Customer Success Lead");
    let noah = b.person("Noah Martin", "Product Designer");

    let company = b.unit("Northwind Software", UnitKind::Company, None, &maya);
    let sales = b.unit("Sales", UnitKind::Department, Some(&company), &jonas);
    let marketing = b.unit("Marketing", UnitKind::Department, Some(&company), &priya);
    let product = b.unit("Product", UnitKind::Department, Some(&company), &lucas);
    let dach = b.unit("DACH Sales", UnitKind::Team, Some(&sales), &elena);
    let growth = b.unit("Growth", UnitKind::Team, Some(&marketing), &tom);
    let localisation = b.unit("Localisation", UnitKind::Team, Some(&product), &sofia);
    let platform = b.unit("Platform", UnitKind::Team, Some(&product), &ahmed);
    let success = b.unit("Customer Success", UnitKind::Team, Some(&company), &hana);
    for (person, unit) in [
        (&maya, &company),
        (&jonas, &sales),
        (&priya, &marketing),
        (&lucas, &product),
        (&elena, &dach),
        (&tom, &growth),
        (&sofia, &localisation),
        (&ahmed, &platform),
        (&hana, &success),
        (&noah, &product),
    ] {
        b.place(person, unit);
    }

    let expand = b.objective(
        "Expand into new markets and grow revenue by 25%",
        &company,
        &now,
        &maya,
        None,
    );
    let revenue = b.key_result(
        &expand,
        "Grow quarterly revenue from €4.0M to €5.0M",
        &maya,
        metric(
            4_000_000.0,
            5_000_000.0,
            at(0.9, 4_000_000.0, 5_000_000.0),
            "€",
        ),
        Commitment::Commit,
    );
    let customers = b.key_result(
        &expand,
        "Win 40 paying customers in Germany and France",
        &jonas,
        metric(0.0, 40.0, at(0.7, 0.0, 40.0).round(), "customers"),
        Commitment::Stretch,
    );
    let delight = b.objective("Keep our customers delighted", &company, &now, &maya, None);
    let nps = b.key_result(
        &delight,
        "Raise NPS from 32 to 45",
        &hana,
        metric(32.0, 45.0, at(1.0, 32.0, 45.0).round(), "NPS"),
        Commitment::Commit,
    );
    let churn = b.key_result(
        &delight,
        "Reduce monthly churn from 3.0% to 2.0%",
        &hana,
        percentage(3.0, 2.0, at(0.8, 3.0, 2.0)),
        Commitment::Stretch,
    );

    let close = b.objective(
        "Close €5M in new business from target markets",
        &sales,
        &now,
        &jonas,
        Some(&expand),
    );
    let new_business = b.key_result(
        &close,
        "Close new business in DE and FR from €0 to €5,000,000",
        &jonas,
        metric(0.0, 5_000_000.0, at(0.95, 0.0, 5_000_000.0), "€"),
        Commitment::Commit,
    );
    let resellers = b.key_result(
        &close,
        "Sign 3 reseller partners in the DACH region",
        &elena,
        metric(0.0, 3.0, at(0.6, 0.0, 3.0).round(), "partners"),
        Commitment::Stretch,
    );
    let leads = b.objective(
        "Generate 1,000 qualified leads from Germany and France",
        &marketing,
        &now,
        &priya,
        Some(&expand),
    );
    let leads_kr = b.key_result(
        &leads,
        "Increase qualified leads from DE and FR from 0 to 1,000",
        &priya,
        metric(0.0, 1_000.0, at(1.1, 0.0, 1_000.0).round(), "leads"),
        Commitment::Commit,
    );
    let conversion = b.key_result(
        &leads,
        "Lift landing-page conversion from 2% to 3.5%",
        &tom,
        percentage(2.0, 3.5, at(0.5, 2.0, 3.5)),
        Commitment::Stretch,
    );
    let launch = b.objective(
        "Launch localized versions of the platform in French and German",
        &product,
        &now,
        &lucas,
        Some(&expand),
    );
    let german = b.key_result(
        &launch,
        "German version live for all customers",
        &sofia,
        Measure::Milestone { done: t > 0.5 },
        Commitment::Commit,
    );
    let french = b.key_result(
        &launch,
        "French version live for all customers",
        &sofia,
        Measure::Milestone { done: false },
        Commitment::Stretch,
    );
    let coverage = b.key_result(
        &launch,
        "Raise translated UI coverage from 40% to 100%",
        &noah,
        percentage(40.0, 100.0, at(1.0, 40.0, 100.0)),
        Commitment::Commit,
    );

    let pipeline = b.objective(
        "Build a reliable DACH pipeline",
        &dach,
        &now,
        &elena,
        Some(&close),
    );
    let dach_pipeline = b.key_result(
        &pipeline,
        "Grow qualified DACH pipeline from €1.2M to €3M",
        &elena,
        metric(
            1_200_000.0,
            3_000_000.0,
            at(0.85, 1_200_000.0, 3_000_000.0),
            "€",
        ),
        Commitment::Commit,
    );
    let campaign = b.objective(
        "Run a DE/FR campaign that converts",
        &growth,
        &now,
        &tom,
        Some(&leads),
    );
    let cpl = b.key_result(
        &campaign,
        "Cut cost per qualified lead from €180 to €120",
        &tom,
        metric(180.0, 120.0, at(0.6, 180.0, 120.0).round(), "€"),
        Commitment::Commit,
    );
    let speak = b.objective(
        "Make the platform speak German and French",
        &localisation,
        &now,
        &sofia,
        Some(&launch),
    );
    let strings = b.key_result(
        &speak,
        "Translate UI strings from 2,000 to 12,000",
        &sofia,
        metric(
            2_000.0,
            12_000.0,
            at(1.05, 2_000.0, 12_000.0).round(),
            "strings",
        ),
        Commitment::Commit,
    );
    let onboard = b.objective(
        "Onboard new-market customers smoothly",
        &success,
        &now,
        &hana,
        Some(&delight),
    );
    let ttfv = b.key_result(
        &onboard,
        "Cut time to first value from 14 to 7 days",
        &hana,
        metric(14.0, 7.0, at(0.4, 14.0, 7.0).round(), "days"),
        Commitment::Stretch,
    );
    let costs = b.objective(
        "Keep infrastructure costs in check",
        &platform,
        &now,
        &ahmed,
        None,
    );
    let cloud = b.key_result(
        &costs,
        "Reduce cloud spend per customer from €42 to €35",
        &ahmed,
        metric(42.0, 35.0, at(0.9, 42.0, 35.0), "€"),
        Commitment::Commit,
    );

    // Marketing's campaign waits on Product's German launch.
    if let Some(o) = b.ws.objectives.find_mut(|o| o.id == campaign) {
        o.depends_on.push(WorkRef::KeyResult(german.clone()));
    }
    if let Some(o) = b.ws.objectives.find_mut(|o| o.id == leads) {
        o.contributors = vec![tom.clone(), noah.clone()];
    }

    // Last quarter, closed: one company objective and one aligned to it.
    let foundations = b.objective(
        "Lay the foundations for international growth",
        &company,
        &last,
        &maya,
        None,
    );
    let first5 = b.key_result(
        &foundations,
        "Sign the first 5 customers outside the UK",
        &jonas,
        metric(0.0, 5.0, 6.0, "customers"),
        Commitment::Commit,
    );
    let research = b.objective(
        "Understand what DE and FR buyers need",
        &marketing,
        &last,
        &priya,
        Some(&foundations),
    );
    let interviews = b.key_result(
        &research,
        "Interview 30 prospective buyers",
        &tom,
        metric(0.0, 30.0, 24.0, "interviews"),
        Commitment::Stretch,
    );

    let (Some(now_period), Some(last_period)) =
        (b.ws.period(&now).cloned(), b.ws.period(&last).cloned())
    else {
        return b.ws;
    };
    let weekly = |notes| Rhythm {
        silent_weeks: 0,
        notes,
        latest: None,
    };
    let plan: Vec<(&KeyResultId, Rhythm)> = vec![
        (
            &revenue,
            weekly(&[
                "Renewals landed as forecast.",
                "Two DACH deals closed early.",
                "Quiet week; pipeline steady.",
            ]),
        ),
        (
            &customers,
            weekly(&[
                "First French customer signed.",
                "Three pilots converting.",
                "Reseller intros helping.",
            ]),
        ),
        (
            &nps,
            weekly(&["Survey wave sent.", "Detractors mostly about onboarding."]),
        ),
        (
            &churn,
            weekly(&["Churn steady.", "Two at-risk accounts saved."]),
        ),
        (
            &new_business,
            weekly(&[
                "Q4 pipeline reviewed with finance.",
                "Big Munich deal in legal review.",
            ]),
        ),
        (
            &resellers,
            Rhythm {
                silent_weeks: 3,
                notes: &["Talks with two partners.", "One partner paused talks."],
                latest: Some(Status::AtRisk),
            },
        ),
        (
            &leads_kr,
            weekly(&["Webinar brought 80 leads.", "Paid search in DE ramping up."]),
        ),
        (
            &conversion,
            Rhythm {
                silent_weeks: 0,
                notes: &[
                    "New landing page in test.",
                    "French copy not converting yet; testing a new headline.",
                ],
                latest: Some(Status::AtRisk),
            },
        ),
        (
            &german,
            weekly(&["Translation review ongoing.", "Beta with 5 customers."]),
        ),
        (
            &french,
            Rhythm {
                silent_weeks: 0,
                notes: &["Waiting for the German launch to finish first."],
                latest: Some(Status::AtRisk),
            },
        ),
        (&coverage, weekly(&["Coverage climbing steadily."])),
        (
            &dach_pipeline,
            weekly(&["Good event in Vienna.", "Pipeline review done."]),
        ),
        (
            &cpl,
            weekly(&[
                "CPL down after pausing broad keywords.",
                "Landing-page fix should help.",
            ]),
        ),
        (
            &strings,
            weekly(&["Vendor delivering on time.", "Glossary agreed."]),
        ),
        (
            &ttfv,
            Rhythm {
                silent_weeks: 0,
                notes: &[
                    "Onboarding checklist drafted.",
                    "Needs help: German onboarding emails are not translated yet.",
                ],
                latest: Some(Status::OffTrack),
            },
        ),
        (
            &cloud,
            Rhythm {
                silent_weeks: 2,
                notes: &["Reserved instances bought.", "Storage clean-up started."],
                latest: None,
            },
        ),
    ];
    for (kr, rhythm) in plan {
        b.check_ins(kr, &now_period, today, rhythm);
    }

    b.initiative(
        &leads_kr,
        "Run a webinar series for DACH prospects",
        &tom,
        InitiativeStatus::InProgress,
    );
    b.initiative(
        &leads_kr,
        "Launch paid search in Germany",
        &priya,
        InitiativeStatus::Done,
    );
    b.initiative(
        &conversion,
        "A/B test French landing-page headlines",
        &tom,
        InitiativeStatus::InProgress,
    );
    b.initiative(
        &german,
        "Beta of the German UI with five customers",
        &sofia,
        InitiativeStatus::Done,
    );
    b.initiative(
        &french,
        "Hire a French reviewer",
        &sofia,
        InitiativeStatus::Planned,
    );
    b.initiative(
        &ttfv,
        "Translate the onboarding emails",
        &hana,
        InitiativeStatus::Planned,
    );
    b.initiative(
        &cloud,
        "Move cold storage to a cheaper tier",
        &ahmed,
        InitiativeStatus::InProgress,
    );

    b.kpi(
        &platform,
        "Uptime",
        "%",
        HealthyRange::AtLeast { min: 99.9 },
        0.05,
        &[99.97, 99.95, 99.98, 99.96, 99.86, 99.94],
    );
    b.kpi(
        &success,
        "Open support tickets",
        "tickets",
        HealthyRange::AtMost { max: 40.0 },
        5.0,
        &[28.0, 31.0, 35.0, 38.0, 42.0, 43.0],
    );
    b.kpi(
        &sales,
        "Win rate",
        "%",
        HealthyRange::Between {
            min: 20.0,
            max: 35.0,
        },
        3.0,
        &[24.0, 26.0, 25.0, 27.0, 28.0],
    );

    // Last quarter: checked in, graded, reflected on and closed.
    b.check_ins(
        &first5,
        &last_period,
        last_period.end,
        weekly(&["Pilot in Lyon going well.", "Two signed in one week!"]),
    );
    b.check_ins(
        &interviews,
        &last_period,
        last_period.end,
        weekly(&["Recruiting through partners.", "Interview notes shared."]),
    );
    b.grade(
        &first5,
        Grade {
            score: 1.0,
            reason: String::new(),
            experiment: false,
            learning: "Pilots with a local partner convert far better than cold outreach."
                .to_owned(),
        },
    );
    b.grade(
        &interviews,
        Grade {
            score: 0.8,
            reason: String::new(),
            experiment: true,
            learning: "Interviewing through resellers reached buyers we could not reach \
                       ourselves; 24 interviews were enough to see the patterns."
                .to_owned(),
        },
    );
    if let Some(o) = b.ws.objectives.find_mut(|o| o.id == foundations) {
        o.reflection = Reflection {
            impact: "Signing the first customers outside the UK proved there is demand.".to_owned(),
            focus: "Saying no to a US expansion kept us on DE and FR.".to_owned(),
            communication: "Sales and Marketing shared one pipeline review each week.".to_owned(),
            learning: "Local partners matter more than local ads; we will lean on them.".to_owned(),
        };
    }
    b.ws.set_period_closed(&last, true);
    b.ws
}
