//! The sample company: a small, realistic organisation for exploring Ladder,
//! built on the cascade in the OKR practice guide (expand into new markets;
//! Sales, Marketing and Product laddering up), in the quarter of `today`.

use super::{
    Commitment, KeyResult, KeyResultId, Measure, Objective, ObjectiveId, OrgUnit, Period, PeriodId,
    Person, PersonId, UnitId, UnitKind, WorkRef, Workspace, previous_quarter, quarter_of,
};
use chrono::NaiveDate;

struct Builder<F: FnMut() -> u64> {
    ws: Workspace,
    bits: F,
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
            id: id.clone(),
            name: name.to_owned(),
            kind,
            parent: parent.cloned(),
            lead: Some(lead.clone()),
            archived: false,
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
        });
        id
    }

    fn place(&mut self, person: &PersonId, unit: &UnitId) {
        if let Some(p) = self.ws.people.iter_mut().find(|p| &p.id == person) {
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
            id: id.clone(),
            objective: objective.clone(),
            title: title.to_owned(),
            lead: Some(lead.clone()),
            measure,
            commitment,
            weight: 1.0,
            depends_on: Vec::new(),
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
    // Rounded the way people report numbers: thousands for big ranges, tenths for small ones.
    let at = |share: f64, start: f64, target: f64| {
        let value = start + (target - start) * (t * share).min(1.2);
        let step = match (target - start).abs() {
            span if span >= 100_000.0 => 1_000.0,
            span if span >= 10.0 => 1.0,
            _ => 0.1,
        };
        (value / step).round() * step
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
    b.key_result(
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
    b.key_result(
        &expand,
        "Win 40 paying customers in Germany and France",
        &jonas,
        metric(0.0, 40.0, at(0.7, 0.0, 40.0).round(), "customers"),
        Commitment::Stretch,
    );
    let delight = b.objective("Keep our customers delighted", &company, &now, &maya, None);
    b.key_result(
        &delight,
        "Raise NPS from 32 to 45",
        &hana,
        metric(32.0, 45.0, at(1.0, 32.0, 45.0).round(), "NPS"),
        Commitment::Commit,
    );
    b.key_result(
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
    b.key_result(
        &close,
        "Close new business in DE and FR from €0 to €5,000,000",
        &jonas,
        metric(0.0, 5_000_000.0, at(0.95, 0.0, 5_000_000.0), "€"),
        Commitment::Commit,
    );
    b.key_result(
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
    b.key_result(
        &leads,
        "Increase qualified leads from DE and FR from 0 to 1,000",
        &priya,
        metric(0.0, 1_000.0, at(1.1, 0.0, 1_000.0).round(), "leads"),
        Commitment::Commit,
    );
    b.key_result(
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
    b.key_result(
        &launch,
        "French version live for all customers",
        &sofia,
        Measure::Milestone { done: false },
        Commitment::Stretch,
    );
    b.key_result(
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
    b.key_result(
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
    b.key_result(
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
    b.key_result(
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
    b.key_result(
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
    b.key_result(
        &costs,
        "Reduce cloud spend per customer from €42 to €35",
        &ahmed,
        metric(42.0, 35.0, at(0.9, 42.0, 35.0), "€"),
        Commitment::Commit,
    );

    // Marketing's campaign waits on Product's German launch.
    if let Some(o) = b.ws.objectives.iter_mut().find(|o| o.id == campaign) {
        o.depends_on.push(WorkRef::KeyResult(german));
    }
    if let Some(o) = b.ws.objectives.iter_mut().find(|o| o.id == leads) {
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
    b.key_result(
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
    b.key_result(
        &research,
        "Interview 30 prospective buyers",
        &tom,
        metric(0.0, 30.0, 24.0, "interviews"),
        Commitment::Stretch,
    );
    b.ws
}
