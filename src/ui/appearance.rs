//! The colour scheme: the system's, unless the person chose light or dark in
//! Settings. A choice of this browser, kept beside the workspace, never in it:
//! a shared snapshot does not repaint someone else's screen.

use super::notices::Notices;
use crate::storage::local;
use crate::text;
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub enum Appearance {
    #[default]
    System,
    Light,
    Dark,
}

impl Appearance {
    pub const ALL: [Appearance; 3] = [Appearance::System, Appearance::Light, Appearance::Dark];

    /// The stylesheet's `data-theme` value; the system's scheme has none.
    fn slug(self) -> Option<&'static str> {
        match self {
            Appearance::System => None,
            Appearance::Light => Some("light"),
            Appearance::Dark => Some("dark"),
        }
    }

    fn from_slug(slug: &str) -> Appearance {
        match slug {
            "light" => Appearance::Light,
            "dark" => Appearance::Dark,
            _ => Appearance::System,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Appearance::System => text::appearance::MATCH_THIS_DEVICE,
            Appearance::Light => text::appearance::LIGHT,
            Appearance::Dark => text::appearance::DARK,
        }
    }

    fn apply(self) {
        if let Some(root) = document().document_element() {
            let _ = match self.slug() {
                Some(slug) => root.set_attribute("data-theme", slug),
                None => root.remove_attribute("data-theme"),
            };
        }
    }
}

/// The chosen scheme, applied at once. Setting it (the Settings page does)
/// repaints the page and remembers the choice in this browser.
pub fn start(notices: Notices) -> RwSignal<Appearance> {
    let chosen =
        local::appearance().map_or_else(Appearance::default, |s| Appearance::from_slug(&s));
    chosen.apply();
    let appearance = RwSignal::new(chosen);
    Effect::new(move |previous: Option<Appearance>| {
        let now = appearance.get();
        if previous.is_some_and(|p| p != now) {
            now.apply();
            if let Err(reason) = local::set_appearance(now.slug()) {
                notices.show(text::appearance::scheme_not_remembered(&reason), None);
            }
        }
        now
    });
    appearance
}
