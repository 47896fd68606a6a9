//! Dependencies seen from one side: an objective's (with its key results')
//! and a unit's in a period, split into what the work waits on and what
//! waits on it.

use crate::common::{metric_kr, objective, org};
use ladder::domain::{Dependency, WorkRef, Workspace};

/// Sales' "close" (q4) with the key result "deals"; marketing's "campaign"
/// (q4) waits on "deals"; the company's "revenue" waits on sales'
/// "close"; sales' "old" (q3) waits on marketing's "campaign".
fn linked() -> Workspace {
    let mut ws = org();
    ws.objectives = vec![
        objective("grow", "acme", "q4", None),
        objective("close", "sales", "q4", Some("grow")),
        objective("campaign", "marketing", "q4", Some("grow")),
        objective("old", "sales", "q3", None),
    ]
    .into();
    ws.key_results = vec![
        metric_kr("revenue", "grow", 0.0, 10.0, 5.0),
        metric_kr("deals", "close", 0.0, 10.0, 2.0),
    ]
    .into();
    ws.objectives[2]
        .depends_on
        .push(WorkRef::KeyResult("deals".into()));
    ws.objectives[3]
        .depends_on
        .push(WorkRef::Objective("campaign".into()));
    ws.key_results[0]
        .depends_on
        .push(WorkRef::Objective("close".into()));
    ws
}

fn link(from: WorkRef, to: WorkRef) -> Dependency {
    Dependency { from, to }
}

#[test]
fn an_objective_sees_its_own_and_its_key_results_links_both_ways() {
    let ws = linked();
    let close = ws.dependencies_of_objective(&"close".into());
    assert_eq!(close.waits_on, []);
    assert_eq!(
        close.needed_by,
        [
            // Marketing's campaign waits on the key result "deals".
            link(
                WorkRef::Objective("campaign".into()),
                WorkRef::KeyResult("deals".into())
            ),
            // The company's key result waits on the objective itself.
            link(
                WorkRef::KeyResult("revenue".into()),
                WorkRef::Objective("close".into())
            ),
        ]
    );
    let campaign = ws.dependencies_of_objective(&"campaign".into());
    assert_eq!(
        campaign.waits_on,
        [link(
            WorkRef::Objective("campaign".into()),
            WorkRef::KeyResult("deals".into())
        )]
    );
    assert_eq!(
        campaign.needed_by,
        [link(
            WorkRef::Objective("old".into()),
            WorkRef::Objective("campaign".into())
        )]
    );
}

#[test]
fn a_unit_sees_the_links_of_its_work_in_one_period() {
    let ws = linked();
    let q4 = ws.dependencies_of_unit(&"sales".into(), &"q4".into());
    assert_eq!(q4.waits_on, [], "sales' q3 objective is another period's");
    assert_eq!(q4.needed_by.len(), 2);
    let q3 = ws.dependencies_of_unit(&"sales".into(), &"q3".into());
    assert_eq!(
        q3.waits_on,
        [link(
            WorkRef::Objective("old".into()),
            WorkRef::Objective("campaign".into())
        )]
    );
    assert_eq!(q3.needed_by, []);
    let dach = ws.dependencies_of_unit(&"dach".into(), &"q4".into());
    assert_eq!((dach.waits_on.len(), dach.needed_by.len()), (0, 0));
}

#[test]
fn a_link_whose_other_end_is_gone_is_left_out() {
    let mut ws = linked();
    // As an old file might hold it: the key result removed, its link kept.
    ws.key_results = vec![metric_kr("revenue", "grow", 0.0, 10.0, 5.0)].into();
    ws.key_results[0]
        .depends_on
        .push(WorkRef::Objective("close".into()));
    let campaign = ws.dependencies_of_objective(&"campaign".into());
    assert_eq!(campaign.waits_on, [], "\"deals\" no longer exists");
    let close = ws.dependencies_of_objective(&"close".into());
    assert_eq!(
        close.needed_by,
        [link(
            WorkRef::KeyResult("revenue".into()),
            WorkRef::Objective("close".into())
        )]
    );
}
