//! A deterministic generator of workspaces at organisation scale, for the
//! benchmark and for tests that need years of history. The same seed and day
//! always give the same workspace, on the host and in the browser.
//!
//! The large size is the reference workload: a 300-person company (1 company,
//! 8 departments, 40 teams) with 12 quarters of OKRs, weekly check-ins with
//! notes, initiatives and KPIs. Records carry the revision stamp one browser
//! would have given them, because real stored data has them and they count
//! against the storage budget.

use super::{
    CheckIn, CheckInId, Commitment, Edits, Grade, HealthyRange, Initiative, InitiativeId,
    InitiativeStatus, KeyResult, KeyResultId, Kpi, KpiId, KpiReading, Measure, Objective,
    ObjectiveId, OrgUnit, Period, PeriodId, Person, PersonId, Reading, Reflection, ReplicaId,
    Revision, Status, UnitId, UnitKind, Workspace, previous_quarter, quarter_of, round_score,
    sample_company, suggest,
};
use chrono::{DateTime, Days, NaiveDate, Utc};
use std::collections::BTreeMap;

/// How much data to generate.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Scale {
    /// The sample company of the first-run screen.
    Small,
    /// The 300-person company with one year (4 quarters) of history.
    Medium,
    /// The 300-person company with three years (12 quarters) of history.
    Large,
}

impl Scale {
    pub fn parse(name: &str) -> Option<Scale> {
        match name {
            "small" => Some(Scale::Small),
            "medium" => Some(Scale::Medium),
            "large" => Some(Scale::Large),
            _ => None,
        }
    }

    fn quarters(self) -> u32 {
        match self {
            Scale::Small => 1,
            Scale::Medium => 4,
            Scale::Large => 12,
        }
    }
}

/// SplitMix64: tiny, fast and good enough to vary generated data; the
/// domain takes no dependency for it.
struct Seeded(u64);

impl Seeded {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A whole number in `0..n` (`n` > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// A number in `0.0..1.0`.
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    fn pick<'a>(&mut self, items: &'a [&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// A generated workspace of `scale` whose current quarter contains `today`.
pub fn generate(scale: Scale, today: NaiveDate, seed: u64) -> Workspace {
    let mut rng = Seeded(seed);
    if scale == Scale::Small {
        return sample_company(today, || rng.next());
    }
    let replica = ReplicaId::from_bits(rng.next());
    let mut g = Generator {
        ws: Workspace::default(),
        rng,
        replica,
    };
    g.ws.name = "Northwind Labs".to_owned();
    let org = g.organisation();
    let mut quarter = quarter_of(today);
    let mut quarters = vec![quarter];
    for _ in 1..scale.quarters() {
        quarter = previous_quarter(quarter);
        quarters.push(quarter);
    }
    quarters.reverse();
    for quarter in quarters {
        let id = PeriodId::from_bits(g.rng.next());
        let Some(mut period) = Period::quarter(id, quarter) else {
            continue;
        };
        period.closed = period.end < today;
        period.rev = g.stamp(period.start);
        g.ws.periods.push(period.clone());
        g.quarter(&org, &period, today);
        if period.contains(today) {
            g.ws.current_period = Some(period.id.clone());
        }
    }
    g.kpis(&org, today, scale.quarters());
    g.ws
}

/// The units and the people leading them.
struct Organisation {
    company: UnitId,
    /// Departments with their teams.
    departments: Vec<(UnitId, &'static Department, Vec<UnitId>)>,
    /// Members of each unit, its lead first.
    members: BTreeMap<UnitId, Vec<PersonId>>,
}

struct Department {
    name: &'static str,
    teams: [&'static str; 5],
    /// Objective titles for this department's units.
    objectives: &'static [&'static str],
    /// Metric key results: title, unit, start range, a target gain as a share of the start.
    metrics: &'static [(&'static str, &'static str, f64, f64)],
}

const DEPARTMENTS: [Department; 8] = [
    Department {
        name: "Sales",
        teams: [
            "Enterprise Sales",
            "Mid-Market Sales",
            "Sales Development",
            "Partnerships",
            "Sales Operations",
        ],
        objectives: &[
            "Win the mid-market in the Nordics",
            "Make every renewal a conversation about value",
            "Build a pipeline we can trust",
            "Open the DACH region with a first reference customer",
        ],
        metrics: &[
            ("Grow new annual recurring revenue", "k€", 400.0, 0.4),
            ("Raise qualified pipeline", "k€", 1_200.0, 0.3),
            ("Increase win rate on qualified deals", "%", 18.0, 0.25),
            ("Grow partner-sourced deals", "deals", 8.0, 0.6),
        ],
    },
    Department {
        name: "Marketing",
        teams: [
            "Brand",
            "Content",
            "Demand Generation",
            "Product Marketing",
            "Events",
        ],
        objectives: &[
            "Become the name teams think of first for planning",
            "Turn our content into a reason to talk to us",
            "Fill the top of the funnel with the right companies",
        ],
        metrics: &[
            ("Increase organic visits", "visits/month", 40_000.0, 0.2),
            ("Grow marketing-qualified leads", "leads/month", 300.0, 0.35),
            ("Raise newsletter subscribers", "subscribers", 9_000.0, 0.25),
            ("Grow branded search volume", "searches/month", 5_000.0, 0.3),
        ],
    },
    Department {
        name: "Product",
        teams: [
            "Planning Experience",
            "Insights",
            "Integrations",
            "Mobile",
            "Design System",
        ],
        objectives: &[
            "Make weekly planning feel effortless",
            "Give managers answers, not dashboards",
            "Fit into the tools teams already use",
        ],
        metrics: &[
            ("Raise weekly active teams", "teams", 1_800.0, 0.2),
            ("Increase activation within 7 days", "%", 34.0, 0.3),
            ("Grow installs of integrations", "installs", 2_500.0, 0.4),
            ("Raise task completion in usability tests", "%", 62.0, 0.2),
        ],
    },
    Department {
        name: "Engineering",
        teams: [
            "Platform",
            "Reliability",
            "Developer Experience",
            "Data",
            "Security",
        ],
        objectives: &[
            "Make Ladder fast everywhere",
            "Ship safely every day",
            "Earn the trust of security-minded customers",
        ],
        metrics: &[
            ("Cut p95 page load", "ms", 1_400.0, -0.4),
            ("Reduce change failure rate", "%", 14.0, -0.5),
            ("Cut time from merge to production", "minutes", 95.0, -0.6),
            ("Reduce open high-severity findings", "findings", 30.0, -0.7),
        ],
    },
    Department {
        name: "Customer Success",
        teams: [
            "Onboarding",
            "Support",
            "Account Management",
            "Customer Education",
            "Community",
        ],
        objectives: &[
            "Make every new customer successful in their first month",
            "Keep the customers we have",
            "Answer before customers have to ask twice",
        ],
        metrics: &[
            ("Reduce monthly logo churn", "%", 2.4, -0.35),
            ("Raise net revenue retention", "%", 104.0, 0.06),
            ("Cut median first response time", "minutes", 180.0, -0.5),
            ("Raise customer satisfaction score", "points", 4.1, 0.1),
        ],
    },
    Department {
        name: "People",
        teams: [
            "Talent Acquisition",
            "People Partners",
            "Learning",
            "Workplace",
            "People Analytics",
        ],
        objectives: &[
            "Hire the people our plan needs, without lowering the bar",
            "Make this the place people grow fastest",
            "Keep the people who make us good",
        ],
        metrics: &[
            ("Cut median time to hire", "days", 48.0, -0.3),
            ("Raise offer acceptance rate", "%", 72.0, 0.15),
            ("Raise engagement survey score", "points", 7.1, 0.08),
            ("Reduce regretted attrition", "%", 9.0, -0.3),
        ],
    },
    Department {
        name: "Finance",
        teams: [
            "Planning & Analysis",
            "Accounting",
            "Procurement",
            "Revenue Operations",
            "Legal",
        ],
        objectives: &[
            "Close the books faster and with fewer surprises",
            "Spend every euro where it moves the plan",
        ],
        metrics: &[
            ("Cut days to close the month", "days", 12.0, -0.4),
            ("Reduce overdue invoices", "k€", 220.0, -0.5),
            ("Cut contract turnaround", "days", 9.0, -0.45),
            ("Raise forecast accuracy", "%", 82.0, 0.1),
        ],
    },
    Department {
        name: "Operations",
        teams: [
            "IT",
            "Business Systems",
            "Facilities",
            "Vendor Management",
            "Internal Tools",
        ],
        objectives: &[
            "Give every team tools that just work",
            "Run the company on one source of truth",
        ],
        metrics: &[
            ("Cut IT tickets per employee", "tickets/month", 1.6, -0.35),
            ("Raise systems on single sign-on", "%", 58.0, 0.4),
            ("Cut laptop setup time", "hours", 6.0, -0.6),
            ("Reduce software spend per head", "€/month", 310.0, -0.15),
        ],
    },
];

const COMPANY_OBJECTIVES: [&str; 4] = [
    "Become the planning tool mid-sized companies recommend",
    "Grow revenue profitably in our core markets",
    "Build a company people want to join and stay at",
    "Make reliability part of our brand",
];

const MILESTONES: [&str; 6] = [
    "Reference customer signed and announced",
    "Pricing change live for all new customers",
    "First integration partner certified",
    "Quarterly planning run entirely in Ladder",
    "SOC 2 Type II report received",
    "New onboarding flow measured against the old one",
];

const INITIATIVES: [&str; 12] = [
    "Run a pilot with three customers",
    "Weekly review of the numbers with the team",
    "Rewrite the onboarding emails",
    "Interview ten customers who left",
    "Automate the monthly report",
    "Pair with Sales on the top accounts",
    "Publish a playbook and train the team",
    "A/B test the sign-up page",
    "Remove the three slowest steps",
    "Set up an alert for regressions",
    "Hire a specialist for the gap",
    "Hold a retrospective after each release",
];

const NOTES_DONE: [&str; 12] = [
    "Closed two of the open items",
    "Good week: the pilot went live",
    "Numbers moved after the campaign",
    "Shipped the first part",
    "Review with the lead went well",
    "Small gain, as expected",
    "Picked up after the holiday slump",
    "The new process is paying off",
    "Cleared the backlog from last week",
    "One big customer moved the number",
    "Steady progress, nothing unusual",
    "Data is cleaner now, so this is real",
];

const NOTES_NEXT: [&str; 12] = [
    "next: follow up with the stragglers.",
    "next: share results at all-hands.",
    "next: check whether it holds.",
    "waiting on Engineering for the fix.",
    "two people out next week.",
    "next: scale it to the other regions.",
    "need a decision on budget by Friday.",
    "risk: the vendor is late.",
    "next: ask for feedback from customers.",
    "next: write it up for the other teams.",
    "will revisit the target at mid-quarter.",
    "no blockers.",
];

const FIRST_NAMES: [&str; 30] = [
    "Amara", "Ben", "Chloé", "Dev", "Elif", "Farah", "Gustav", "Hana", "Ines", "Jonas", "Kofi",
    "Lena", "Mateo", "Noor", "Oskar", "Priya", "Quentin", "Rosa", "Sami", "Tove", "Uma", "Viktor",
    "Wen", "Ximena", "Yusuf", "Zoe", "Aiko", "Bruno", "Carmen", "Dario",
];

const LAST_NAMES: [&str; 20] = [
    "Okafor",
    "Lindqvist",
    "Haddad",
    "Novak",
    "Tanaka",
    "Moreau",
    "Silva",
    "Kowalski",
    "Nguyen",
    "Schmidt",
    "Adeyemi",
    "Rossi",
    "Jensen",
    "Petrov",
    "García",
    "O'Brien",
    "Kaur",
    "Bauer",
    "Yilmaz",
    "Dubois",
];

struct Generator {
    ws: Workspace,
    rng: Seeded,
    replica: ReplicaId,
}

impl Generator {
    /// One edit by this browser, made on `day` at nine in the morning.
    fn stamp(&self, day: NaiveDate) -> Revision {
        Revision {
            updated_at: day
                .and_hms_opt(9, 0, 0)
                .map(|t| DateTime::<Utc>::from_naive_utc_and_offset(t, Utc)),
            edits: Edits::from([(self.replica.clone(), 1)]),
        }
    }

    fn person(&mut self, role: &str, unit: &UnitId) -> PersonId {
        let id = PersonId::from_bits(self.rng.next());
        let n = self.ws.people.len();
        // Walk the name lists in step so 600 names come before a repeat.
        let name = format!(
            "{} {}",
            FIRST_NAMES[n % FIRST_NAMES.len()],
            LAST_NAMES[(n / FIRST_NAMES.len() + n) % LAST_NAMES.len()]
        );
        self.ws.people.push(Person {
            id: id.clone(),
            name,
            role: Some(role.to_owned()),
            unit: Some(unit.clone()),
            rev: Revision::default(),
        });
        id
    }

    fn unit(&mut self, name: &str, kind: UnitKind, parent: Option<&UnitId>) -> UnitId {
        let id = UnitId::from_bits(self.rng.next());
        self.ws.units.push(OrgUnit {
            dismissed: Vec::new(),
            id: id.clone(),
            name: name.to_owned(),
            kind,
            parent: parent.cloned(),
            lead: None,
            archived: false,
            rev: Revision::default(),
        });
        id
    }

    /// 1 company with 12 people, 8 departments with a head each, 40 teams of
    /// 7: 300 people.
    fn organisation(&mut self) -> Organisation {
        let company = self.unit("Northwind Labs", UnitKind::Company, None);
        let mut members = BTreeMap::new();
        let leadership: Vec<PersonId> = (0..12)
            .map(|i| self.person(if i == 0 { "CEO" } else { "Executive" }, &company))
            .collect();
        members.insert(company.clone(), leadership);
        let mut departments = Vec::new();
        for department in &DEPARTMENTS {
            let id = self.unit(department.name, UnitKind::Department, Some(&company));
            let head = self.person(&format!("Head of {}", department.name), &id);
            members.insert(id.clone(), vec![head]);
            let mut teams = Vec::new();
            for team in department.teams {
                let team_id = self.unit(team, UnitKind::Team, Some(&id));
                let people: Vec<PersonId> = (0..7)
                    .map(|i| self.person(if i == 0 { "Team lead" } else { "Member" }, &team_id))
                    .collect();
                members.insert(team_id.clone(), people);
                teams.push(team_id);
            }
            departments.push((id, department, teams));
        }
        for unit in self.ws.units.iter_mut() {
            unit.lead = members.get(&unit.id).and_then(|m| m.first()).cloned();
        }
        Organisation {
            company,
            departments,
            members,
        }
    }

    /// A quarter's OKRs for every unit: the company's, then each department's
    /// laddering up to them, then each team's laddering up to its department's.
    fn quarter(&mut self, org: &Organisation, period: &Period, today: NaiveDate) {
        let company_objectives = self.objectives(
            org,
            &org.company,
            period,
            &COMPANY_OBJECTIVES,
            &DEPARTMENTS[0].metrics[..2],
            &[],
            today,
        );
        for (department, shape, teams) in &org.departments {
            let department_objectives = self.objectives(
                org,
                department,
                period,
                shape.objectives,
                shape.metrics,
                &company_objectives,
                today,
            );
            for team in teams {
                self.objectives(
                    org,
                    team,
                    period,
                    shape.objectives,
                    shape.metrics,
                    &department_objectives,
                    today,
                );
            }
        }
    }

    /// 2–3 objectives of `unit` with 3–5 key results each.
    #[expect(clippy::too_many_arguments, reason = "one call site per level")]
    fn objectives(
        &mut self,
        org: &Organisation,
        unit: &UnitId,
        period: &Period,
        titles: &[&str],
        metrics: &[(&str, &str, f64, f64)],
        parents: &[ObjectiveId],
        today: NaiveDate,
    ) -> Vec<ObjectiveId> {
        let people = org.members.get(unit).map_or(&[][..], Vec::as_slice);
        let count = 2 + self.rng.below(2);
        let first = self.rng.below(titles.len());
        let mut made = Vec::new();
        for i in 0..count {
            let id = ObjectiveId::from_bits(self.rng.next());
            let lead = people.get(i % people.len().max(1)).cloned();
            let reflection = if period.closed && self.rng.below(3) == 0 {
                Reflection {
                    impact: "Moved the number customers notice most.".to_owned(),
                    focus: "Three key results were enough; the fourth distracted us.".to_owned(),
                    communication: "Weekly notes kept the department informed.".to_owned(),
                    learning: "Set targets after a baseline week, not before.".to_owned(),
                }
            } else {
                Reflection::default()
            };
            self.ws.objectives.push(Objective {
                dismissed: Vec::new(),
                id: id.clone(),
                title: titles[(first + i) % titles.len()].to_owned(),
                description: String::new(),
                unit: unit.clone(),
                period: period.id.clone(),
                lead,
                contributors: Vec::new(),
                parent: (!parents.is_empty())
                    .then(|| parents[self.rng.below(parents.len())].clone()),
                depends_on: Vec::new(),
                archived: false,
                reflection,
                rolled_from: None,
                owner: None,
                rev: self.stamp(period.start),
            });
            for k in 0..3 + self.rng.below(3) {
                let lead = people.get((i + k) % people.len().max(1)).cloned();
                self.key_result(&id, lead, period, metrics, today);
            }
            made.push(id);
        }
        made
    }

    fn key_result(
        &mut self,
        objective: &ObjectiveId,
        lead: Option<PersonId>,
        period: &Period,
        metrics: &[(&str, &str, f64, f64)],
        today: NaiveDate,
    ) {
        let id = KeyResultId::from_bits(self.rng.next());
        let kind = self.rng.below(20);
        // Where the quarter ends, as a share of the way to the target.
        let reach = 0.2 + self.rng.unit() * 0.95;
        let (title, measure) = if kind < 3 {
            (
                self.rng.pick(&MILESTONES).to_owned(),
                Measure::Milestone { done: false },
            )
        } else {
            let (title, unit, base, gain) = metrics[self.rng.below(metrics.len())];
            let start = round_like(base * (0.9 + self.rng.unit() * 0.2), base);
            let target = round_like(start * (1.0 + gain), base);
            let title = title.to_owned();
            if unit == "%" && start.max(target) <= 100.0 {
                (
                    title,
                    Measure::Percentage {
                        start,
                        target,
                        current: start,
                    },
                )
            } else {
                (
                    title,
                    Measure::Metric {
                        start,
                        target,
                        current: start,
                        unit: unit.to_owned(),
                    },
                )
            }
        };
        let commitment = if self.rng.below(3) == 0 {
            Commitment::Stretch
        } else {
            Commitment::Commit
        };
        let mut kr = KeyResult {
            dismissed: Vec::new(),
            id: id.clone(),
            objective: objective.clone(),
            title,
            lead: lead.clone(),
            measure,
            commitment,
            weight: 1.0,
            depends_on: Vec::new(),
            grade: None,
            rolled_from: None,
            created: None,
            rev: self.stamp(period.start),
        };
        self.check_ins(&mut kr, period, reach, today);
        if period.closed {
            let score = round_score(kr.measure.progress().unwrap_or(0.0));
            kr.grade = Some(Grade {
                score,
                reason: if score >= 0.7 {
                    "Landed what we set out to do.".to_owned()
                } else {
                    "Started late; the second half went better.".to_owned()
                },
                experiment: false,
                learning: String::new(),
            });
        }
        for _ in 0..self.rng.below(2) + usize::from(self.rng.below(4) == 0) {
            let status = if period.closed {
                [InitiativeStatus::Done, InitiativeStatus::Dropped][self.rng.below(4) / 3]
            } else {
                [InitiativeStatus::InProgress, InitiativeStatus::Planned][self.rng.below(2)]
            };
            self.ws.initiatives.push(Initiative {
                id: InitiativeId::from_bits(self.rng.next()),
                key_result: id.clone(),
                title: self.rng.pick(&INITIATIVES).to_owned(),
                lead: lead.clone(),
                status,
                link: String::new(),
                rev: self.stamp(period.start),
            });
        }
        self.ws.key_results.push(kr);
    }

    /// Weekly check-ins (on Fridays of the period, up to `today`) moving with
    /// some noise toward `reach` of the way to the target, each with a note.
    fn check_ins(&mut self, kr: &mut KeyResult, period: &Period, reach: f64, today: NaiveDate) {
        let days: Vec<NaiveDate> = (0..)
            .map_while(|week| period.start.checked_add_days(Days::new(7 * week + 4)))
            .take_while(|d| *d <= today && *d <= period.end)
            .collect();
        for day in days {
            let share = period.elapsed(day);
            let reading = match kr.measure {
                Measure::Metric { start, target, .. } => {
                    Reading::Value(self.on_the_way(start, target, reach * share))
                }
                Measure::Percentage { start, target, .. } => Reading::Value(
                    self.on_the_way(start, target, reach * share)
                        .clamp(0.0, 100.0),
                ),
                Measure::Milestone { .. } => Reading::Done(reach >= 0.8 && share >= 0.8),
            };
            let measure = kr.measure.with_reading(reading);
            let suggested = suggest(kr, &measure, share).unwrap_or(Status::OnTrack);
            let note = format!(
                "{}; {}",
                self.rng.pick(&NOTES_DONE),
                self.rng.pick(&NOTES_NEXT)
            );
            kr.measure = measure;
            self.ws.check_ins.push(CheckIn {
                id: CheckInId::from_bits(self.rng.next()),
                key_result: kr.id.clone(),
                date: day,
                reading,
                status: suggested,
                note,
                author: kr.lead.clone(),
                rev: self.stamp(day),
            });
        }
    }

    /// A value `share` of the way from `start` to `target`, give or take a little.
    fn on_the_way(&mut self, start: f64, target: f64, share: f64) -> f64 {
        let noise = (self.rng.unit() - 0.5) * 0.1;
        let value = start + (target - start) * (share + noise).max(0.0);
        round_like(value, start.abs().max(target.abs()))
    }

    /// Two KPIs per department and the company's own, read weekly.
    fn kpis(&mut self, org: &Organisation, today: NaiveDate, quarters: u32) {
        let first_day = today
            .checked_sub_days(Days::new(u64::from(quarters) * 91))
            .unwrap_or(today);
        let units = std::iter::once(&org.company).chain(org.departments.iter().map(|d| &d.0));
        let shapes = [
            ("Uptime", "%", HealthyRange::AtLeast { min: 99.5 }, 99.8),
            (
                "Support backlog",
                "tickets",
                HealthyRange::AtMost { max: 120.0 },
                90.0,
            ),
            (
                "Cash runway",
                "months",
                HealthyRange::Between {
                    min: 12.0,
                    max: 36.0,
                },
                20.0,
            ),
        ];
        let units: Vec<UnitId> = units.cloned().collect();
        for (u, unit) in units.iter().enumerate() {
            for k in 0..2 {
                let (name, measure_unit, healthy, typical) = shapes[(u + k) % shapes.len()];
                let readings = (0..)
                    .map_while(|week| first_day.checked_add_days(Days::new(7 * week)))
                    .take_while(|d| *d <= today)
                    .map(|date| KpiReading {
                        date,
                        value: round_like(typical * (0.96 + self.rng.unit() * 0.08), typical),
                        note: String::new(),
                    })
                    .collect();
                self.ws.kpis.push(Kpi {
                    id: KpiId::from_bits(self.rng.next()),
                    unit: unit.clone(),
                    name: name.to_owned(),
                    measure_unit: measure_unit.to_owned(),
                    healthy,
                    warning_margin: None,
                    readings,
                    archived: false,
                    owner: None,
                    rev: self.stamp(first_day),
                });
            }
        }
    }
}

/// `value` rounded the way people report a number of `scale`'s size.
fn round_like(value: f64, scale: f64) -> f64 {
    // Dividing by a whole number keeps tenths exact where they can be
    // (17.9, not 17.900000000000002).
    match scale.abs() {
        s if s >= 10_000.0 => (value / 100.0).round() * 100.0,
        s if s >= 100.0 => value.round(),
        _ => (value * 10.0).round() / 10.0,
    }
}
