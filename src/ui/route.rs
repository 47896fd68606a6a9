//! Where the app is, kept in the URL fragment (`#/units/3f…?period=…`).
//!
//! The fragment never reaches the server, so any static file server can host
//! Ladder at any sub-path without rewrite rules: reloading or opening a copied
//! link always fetches the same `index.html`, and the app reads the view from
//! the fragment. Links are plain relative `href="#/…"`, which keep the page's
//! own path wherever it is served. The period and the overview's filters are
//! part of the route, so every OKR view's link says what it shows.

use crate::domain::{KeyResultId, ObjectiveId, PeriodId, PersonId, UnitId, Workspace};
use crate::text;

/// A page of the app.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Page {
    /// The home of the person marked "This is me".
    MyWork,
    Overview,
    Teams,
    Unit(UnitId),
    Objective(ObjectiveId),
    KeyResult(KeyResultId),
    /// Due for check-in, and the period dashboard.
    CheckIns,
    /// The period summary (scores, reflections, rollover) for the route's unit,
    /// or the whole organisation.
    Summary,
    /// The printable sheet of the route's unit, or the whole organisation.
    Print,
    /// A person: who they are and, while the feature is on, their individual goals.
    Person(PersonId),
    /// The private area: personal goals and 1:1 notes.
    MyGoals,
    Settings,
    NotFound,
}

/// A page with the period it shows and, on the overview, its filters.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct Route {
    pub page: Page,
    pub period: Option<PeriodId>,
    /// Search text.
    pub text: String,
    pub unit: Option<UnitId>,
    pub lead: Option<PersonId>,
}

impl Page {
    /// Whether the record the page is about is in `ws`: a page of a
    /// snapshot's objective has nothing to show once the snapshot is closed.
    pub fn exists_in(&self, ws: &Workspace) -> bool {
        match self {
            Page::Unit(id) => ws.unit(id).is_some(),
            Page::Objective(id) => ws.objective(id).is_some(),
            Page::KeyResult(id) => ws.key_result(id).is_some(),
            Page::Person(id) => ws.person(id).is_some(),
            _ => true,
        }
    }
}

/// Whether the address `fragment` (`location.hash`) opens on "My work":
/// home for the person marked "This is me", when it names no page.
pub fn opens_on_my_work(fragment: &str, ws: &Workspace) -> bool {
    fragment.trim_start_matches('#').is_empty() && ws.me().is_some()
}

impl From<Page> for Route {
    fn from(page: Page) -> Route {
        Route {
            page,
            period: None,
            text: String::new(),
            unit: None,
            lead: None,
        }
    }
}

impl Route {
    /// Reads a route from `location.hash` (with or without the leading `#`).
    pub fn parse(fragment: &str) -> Route {
        let fragment = fragment.trim_start_matches('#');
        let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let page = match segments.as_slice() {
            [] | ["overview"] => Page::Overview,
            ["my-work"] => Page::MyWork,
            ["teams"] => Page::Teams,
            ["units", id] => Page::Unit(decode(id).as_str().into()),
            ["objectives", id] => Page::Objective(decode(id).as_str().into()),
            ["key-results", id] => Page::KeyResult(decode(id).as_str().into()),
            ["check-ins"] => Page::CheckIns,
            ["summary"] => Page::Summary,
            ["print"] => Page::Print,
            ["people", id] => Page::Person(decode(id).as_str().into()),
            ["my-goals"] => Page::MyGoals,
            ["settings"] => Page::Settings,
            _ => Page::NotFound,
        };
        let mut route = Route::from(page);
        for pair in query.split('&') {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            if value.is_empty() {
                continue;
            }
            match key {
                "period" => route.period = Some(value.as_str().into()),
                "q" => route.text = value,
                "unit" => route.unit = Some(value.as_str().into()),
                "lead" => route.lead = Some(value.as_str().into()),
                _ => {}
            }
        }
        route
    }

    /// The link to this route.
    pub fn href(&self) -> String {
        let path = match &self.page {
            Page::MyWork => "/my-work".to_owned(),
            Page::Overview => "/".to_owned(),
            Page::Teams => "/teams".to_owned(),
            Page::Unit(id) => format!("/units/{}", encode(id.as_str())),
            Page::Objective(id) => format!("/objectives/{}", encode(id.as_str())),
            Page::KeyResult(id) => format!("/key-results/{}", encode(id.as_str())),
            Page::CheckIns => "/check-ins".to_owned(),
            Page::Summary => "/summary".to_owned(),
            Page::Print => "/print".to_owned(),
            Page::Person(id) => format!("/people/{}", encode(id.as_str())),
            Page::MyGoals => "/my-goals".to_owned(),
            Page::Settings => "/settings".to_owned(),
            Page::NotFound => "/not-found".to_owned(),
        };
        let query: Vec<String> = [
            ("period", self.period.as_ref().map(|p| p.as_str())),
            ("q", Some(self.text.as_str()).filter(|t| !t.is_empty())),
            ("unit", self.unit.as_ref().map(|u| u.as_str())),
            ("lead", self.lead.as_ref().map(|l| l.as_str())),
        ]
        .into_iter()
        .filter_map(|(key, value)| value.map(|v| format!("{key}={}", encode(v))))
        .collect();
        if query.is_empty() {
            format!("#{path}")
        } else {
            format!("#{path}?{}", query.join("&"))
        }
    }

    /// The same period on another page, without the overview's filters.
    pub fn to(&self, page: Page) -> Route {
        Route {
            period: self.period.clone(),
            ..Route::from(page)
        }
    }

    /// The same period on another page, scoped to a unit (the summary's scope).
    pub fn to_unit(&self, page: Page, unit: Option<UnitId>) -> Route {
        Route {
            unit,
            ..self.to(page)
        }
    }

    /// The same page on another period.
    pub fn with_period(&self, period: PeriodId) -> Route {
        Route {
            period: Some(period),
            ..self.clone()
        }
    }

    /// The page name, for the document title.
    pub fn title(&self) -> &'static str {
        match self.page {
            Page::MyWork => text::common::MY_WORK,
            Page::Overview => text::common::OVERVIEW,
            Page::Teams => text::common::TEAMS,
            Page::Unit(_) => text::common::UNIT,
            Page::Objective(_) => text::common::OBJECTIVE,
            Page::KeyResult(_) => text::common::KEY_RESULT,
            Page::CheckIns => text::common::CHECK_INS,
            Page::Summary => text::common::PERIOD_SUMMARY,
            Page::Print => text::route::OKRS_TO_PRINT,
            Page::Person(_) => text::common::PERSON,
            Page::MyGoals => text::common::MY_GOALS,
            Page::Settings => text::common::SETTINGS,
            Page::NotFound => text::common::PAGE_NOT_FOUND,
        }
    }
}

/// Percent-encodes everything but unreserved characters, byte by byte.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Reverses [`encode`]; `+` is a space, and malformed escapes are kept as typed.
pub fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = (bytes[i] == b'%')
            .then(|| bytes.get(i + 1..i + 3))
            .flatten()
            .filter(|hex| hex.iter().all(u8::is_ascii_hexdigit))
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match (escaped, bytes[i]) {
            (Some(byte), _) => {
                out.push(byte);
                i += 3;
            }
            (None, b'+') => {
                out.push(b' ');
                i += 1;
            }
            (None, byte) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}
