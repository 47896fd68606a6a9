//! Views live in the URL fragment, so links survive any static hosting.
#![cfg(not(target_arch = "wasm32"))]

use ladder::ui::route::Route;

fn check(fragment: &str, expected: Route) {
    assert_eq!(Route::parse(fragment), expected, "parsing {fragment:?}");
}

#[test]
fn fragments_map_to_views() {
    check("", Route::Overview);
    check("#", Route::Overview);
    check("#/", Route::Overview);
    check("#/overview", Route::Overview);
    check("#/settings", Route::Settings);
    check("#/settings/", Route::Settings);
    check("#/settings?tab=data", Route::Settings);
    check("#/nowhere", Route::NotFound);
    check("#main", Route::NotFound);
}

#[test]
fn every_view_parses_back_from_its_link() {
    for route in [Route::Overview, Route::Settings] {
        check(route.href(), route);
    }
}
