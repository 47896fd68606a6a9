//! Where the app is, kept in the URL fragment (`#/settings`).
//!
//! The fragment never reaches the server, so any static file server can host
//! Ladder at any sub-path without rewrite rules: reloading or opening a copied
//! link always fetches the same `index.html`, and the app reads the view from
//! the fragment. Links are plain relative `href="#/…"`, which keep the page's
//! own path wherever it is served.

/// A view of the app.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Route {
    Overview,
    Settings,
    NotFound,
}

impl Route {
    /// Reads a route from `location.hash` (with or without the leading `#`).
    pub fn parse(fragment: &str) -> Route {
        let path = fragment.trim_start_matches('#');
        let path = path.split('?').next().unwrap_or_default();
        match path.trim_matches('/') {
            "" | "overview" => Route::Overview,
            "settings" => Route::Settings,
            _ => Route::NotFound,
        }
    }

    /// The link to this route.
    pub fn href(&self) -> &'static str {
        match self {
            Route::Overview => "#/",
            Route::Settings => "#/settings",
            Route::NotFound => "#/not-found",
        }
    }

    /// The page name, for the document title.
    pub fn title(&self) -> &'static str {
        match self {
            Route::Overview => "Overview",
            Route::Settings => "Settings",
            Route::NotFound => "Page not found",
        }
    }
}
