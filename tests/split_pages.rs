//! The pages and dialogs split off the main module (`src/ui/lazy_pages.rs`)
//! stay split: each one's component is named only in its own folder, by
//! the list of exports and by `lazy_pages.rs` (a dialog also by the pages
//! it shares a module with). A use anywhere else would compile and
//! work, and quietly put the page, with all the code only it reaches, back
//! into the module every visit downloads first (issue 28).

use crate::sources::sources;

/// The pages that share the everyday module: they may name what it holds.
const EVERYDAY: &[&str] = &[
    "src/ui/pages/objective/",
    "src/ui/pages/key_result/",
    "src/ui/pages/unit/",
    "src/ui/pages/teams.rs",
    "src/ui/pages/my_work/",
];

/// Each split component and where, besides `MAY_NAME_THEM`, it may be
/// named: the folder or file that defines it, and for a dialog, what re-exports it and
/// the pages in its module.
const SPLIT: &[(&str, &[&str])] = &[
    ("SettingsPage", &["src/ui/pages/settings/"]),
    ("SummaryPage", &["src/ui/pages/summary/"]),
    ("PrintPage", &["src/ui/pages/print.rs"]),
    ("MyGoalsPage", &["src/ui/pages/my_goals/"]),
    ("CheckInsPage", &["src/ui/pages/check_ins/"]),
    ("PersonPage", &["src/ui/pages/person.rs"]),
    ("ObjectivePage", &["src/ui/pages/objective/"]),
    ("KeyResultPage", &["src/ui/pages/key_result/"]),
    ("UnitPage", &["src/ui/pages/unit/"]),
    ("TeamsPage", &["src/ui/pages/teams.rs"]),
    ("MyWorkPage", &["src/ui/pages/my_work/"]),
    (
        "NewObjectiveDialog",
        &["src/ui/forms/objective.rs", "src/ui/forms/mod.rs"],
    ),
    (
        "ImportDialog",
        &["src/ui/components/import/", "src/ui/components/mod.rs"],
    ),
];
const MAY_NAME_THEM: &[&str] = &["src/ui/pages/mod.rs", "src/ui/lazy_pages.rs"];

/// Whether `source` has `name` as a whole identifier.
fn names(source: &str, name: &str) -> bool {
    let part_of_ident = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    source.match_indices(name).any(|(at, _)| {
        let before = source[..at].bytes().next_back();
        let after = source[at + name.len()..].bytes().next();
        !before.is_some_and(part_of_ident) && !after.is_some_and(part_of_ident)
    })
}

#[test]
fn split_pages_are_named_only_where_they_are_split() {
    let files = sources();
    let mut found = Vec::new();
    for (component, homes) in SPLIT {
        let is_dialog = component.ends_with("Dialog");
        for (path, source) in &files {
            let at_home = homes.iter().any(|home| path.starts_with(home))
                || (is_dialog && EVERYDAY.iter().any(|page| path.starts_with(page)));
            if at_home || MAY_NAME_THEM.contains(&path.as_str()) {
                continue;
            }
            if names(source, component) {
                found.push(format!("{path} names {component}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "use it through ui::lazy_pages: {found:#?}"
    );
}

/// The sync loop, split off in `state::sync::start` (`sync_loop`): started from
/// anywhere else, it would be back in the first download with the CouchDB
/// client and everything that lands what arrives.
#[test]
fn the_sync_loop_is_started_only_through_its_split_point() {
    const DEFINED: &str = "src/ui/state/sync/round.rs";
    const SPLIT_POINT: &str = "src/ui/state/sync/start.rs";
    let files = sources();
    let found: Vec<&str> = files
        .iter()
        .filter(|(path, source)| {
            path != DEFINED && path != SPLIT_POINT && names(source, "run_loop")
        })
        .map(|(path, _)| path.as_str())
        .collect();
    assert!(found.is_empty(), "start it through sync_loop: {found:?}");
    let split_point = files
        .iter()
        .find(|(path, _)| path == SPLIT_POINT)
        .map(|(_, source)| source)
        .expect("src/ui/state/sync/start.rs exists");
    assert!(split_point.contains("#[wasm_split(sync_loop"));
    assert_eq!(split_point.matches("run_loop(").count(), 1);
}

#[test]
fn every_split_page_is_split() {
    let lazy = sources()
        .into_iter()
        .find(|(path, _)| path == "src/ui/lazy_pages.rs")
        .map(|(_, source)| source)
        .expect("src/ui/lazy_pages.rs exists");
    for (component, _) in SPLIT {
        assert!(
            names(&lazy, component),
            "lazy_pages.rs does not build {component}"
        );
    }
    // And the rule above is not vacuous: app.rs would be caught.
    assert!(names("view! { <SettingsPage /> }", "SettingsPage"));
    assert!(!names("SettingsPageModel", "SettingsPage"));
}
