//! The pages split off the main module (`src/ui/lazy_pages.rs`) stay split:
//! each page's component is named only in its own folder, by the pages'
//! list of exports and by `lazy_pages.rs`. A use anywhere else would compile and
//! work, and quietly put the page, with all the code only it reaches, back
//! into the module every visit downloads first (issue 28).

use crate::sources::sources;

/// Each split page's component and the folder or file that defines it.
const SPLIT: &[(&str, &str)] = &[
    ("SettingsPage", "src/ui/pages/settings/"),
    ("SummaryPage", "src/ui/pages/summary/"),
    ("PrintPage", "src/ui/pages/print.rs"),
    ("MyGoalsPage", "src/ui/pages/my_goals/"),
    ("CheckInsPage", "src/ui/pages/check_ins/"),
    ("PersonPage", "src/ui/pages/person.rs"),
    ("ObjectivePage", "src/ui/pages/objective/"),
    ("KeyResultPage", "src/ui/pages/key_result/"),
    ("UnitPage", "src/ui/pages/unit/"),
    ("TeamsPage", "src/ui/pages/teams.rs"),
    ("MyWorkPage", "src/ui/pages/my_work/"),
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
    for (component, home) in SPLIT {
        for (path, source) in &files {
            if path.starts_with(home) || MAY_NAME_THEM.contains(&path.as_str()) {
                continue;
            }
            if names(source, component) {
                found.push(format!("{path} names {component}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "use the page through ui::lazy_pages: {found:#?}"
    );
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
