//! Views live in the URL fragment, so links survive any static hosting.
use ladder::ui::route::{Page, Route, decode, encode};
use proptest::prelude::*;

fn check(fragment: &str, expected: Page) {
    assert_eq!(
        Route::parse(fragment).page,
        expected,
        "parsing {fragment:?}"
    );
}

#[test]
fn fragments_map_to_pages() {
    check("", Page::Overview);
    check("#", Page::Overview);
    check("#/", Page::Overview);
    check("#/overview", Page::Overview);
    check("#/settings", Page::Settings);
    check("#/settings/", Page::Settings);
    check("#/teams", Page::Teams);
    check("#/units/abc123", Page::Unit("abc123".into()));
    check("#/objectives/x9?period=q4", Page::Objective("x9".into()));
    check("#/nowhere", Page::NotFound);
    check("#/units", Page::NotFound);
    check("#main", Page::NotFound);
}

#[test]
fn period_and_filters_come_from_the_query() {
    let route = Route::parse("#/?period=q4&q=new%20markets&unit=sales&lead=ada&x=1");
    assert_eq!(route.page, Page::Overview);
    assert_eq!(route.period, Some("q4".into()));
    assert_eq!(route.text, "new markets");
    assert_eq!(route.unit, Some("sales".into()));
    assert_eq!(route.lead, Some("ada".into()));
    assert_eq!(Route::parse("#/?q=").text, "");
}

#[test]
fn links_keep_the_period_across_pages() {
    let overview = Route::parse("#/?period=q4&q=grow");
    let unit = overview.to(Page::Unit("sales".into()));
    assert_eq!(unit.href(), "#/units/sales?period=q4");
    assert_eq!(
        unit.with_period("q3".into()).href(),
        "#/units/sales?period=q3"
    );
    assert_eq!(Route::from(Page::Settings).href(), "#/settings");
}

#[test]
fn escapes_are_decoded_and_bad_ones_kept() {
    assert_eq!(decode("a%20b+c"), "a b c");
    assert_eq!(decode("%E2%82%AC5M"), "€5M");
    assert_eq!(decode("100%"), "100%");
    assert_eq!(decode("%zz%2"), "%zz%2");
    assert_eq!(decode("%+1"), "% 1");
    assert_eq!(encode("Q4 & €"), "Q4%20%26%20%E2%82%AC");
}

fn page() -> impl Strategy<Value = Page> {
    prop_oneof![
        Just(Page::Overview),
        Just(Page::Teams),
        Just(Page::Settings),
        "[a-z0-9]{1,12}".prop_map(|id| Page::Unit(id.as_str().into())),
        "[a-z0-9]{1,12}".prop_map(|id| Page::Objective(id.as_str().into())),
    ]
}

proptest! {
    #[test]
    fn every_route_parses_back_from_its_link(
        page in page(),
        period in prop::option::of("[a-z0-9]{1,12}"),
        text in ".{0,20}",
        unit in prop::option::of("[a-z0-9]{1,12}"),
        lead in prop::option::of("[a-z0-9]{1,12}"),
    ) {
        let route = Route {
            page,
            period: period.map(|p| p.as_str().into()),
            text,
            unit: unit.map(|u| u.as_str().into()),
            lead: lead.map(|l| l.as_str().into()),
        };
        prop_assert_eq!(Route::parse(&route.href()), route);
    }

    #[test]
    fn encoding_round_trips(text in ".{0,40}") {
        prop_assert_eq!(decode(&encode(&text)), text);
    }
}
