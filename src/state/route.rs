//! Hash-based routes (`#/start`, `#/assess` …): they work from any sub-folder on any static
//! host, with no server rewrite rules.

use crate::i18n::Msg;
use leptos::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Start,
    Presets,
    Assess,
    Gap,
    Sheet,
    Matches,
    /// Not a step: the list of saved assessments and their comparison.
    Assessments,
    /// Not a step: importing lists, exports, backup, share links.
    Data,
    /// Opening a share link (`#/share/<payload>`).
    Share,
    /// Not a step: a prefecture's view over many municipalities' assessments.
    Prefecture,
    /// Not a step: how to use the tool.
    Guide,
    /// Not a step: the accessibility statement.
    Accessibility,
    /// Not a step: every data source and the basis of each programme rule.
    Sources,
}

impl Route {
    /// The guided flow, in order.
    pub const STEPS: [Route; 6] = [
        Route::Start,
        Route::Presets,
        Route::Assess,
        Route::Gap,
        Route::Sheet,
        Route::Matches,
    ];

    /// The steps, then the screens outside the flow.
    fn all() -> impl Iterator<Item = Route> {
        Route::STEPS.into_iter().chain([
            Route::Assessments,
            Route::Data,
            Route::Prefecture,
            Route::Guide,
            Route::Accessibility,
            Route::Sources,
        ])
    }

    pub fn href(self) -> &'static str {
        match self {
            Route::Start => "#/start",
            Route::Presets => "#/presets",
            Route::Assess => "#/assess",
            Route::Gap => "#/gap",
            Route::Sheet => "#/sheet",
            Route::Matches => "#/matches",
            Route::Assessments => "#/assessments",
            Route::Data => "#/data",
            Route::Share => "#/share/",
            Route::Prefecture => "#/prefecture",
            Route::Guide => "#/guide",
            Route::Accessibility => "#/accessibility",
            Route::Sources => "#/sources",
        }
    }

    /// Unknown or empty hashes open the first step.
    pub fn from_hash(hash: &str) -> Route {
        let path = hash.trim_start_matches('#');
        if path.starts_with("/share/") {
            return Route::Share;
        }
        Route::all()
            .find(|r| r.href()[1..] == *path)
            .unwrap_or(Route::Start)
    }

    pub fn label(self) -> Msg {
        match self {
            Route::Start => Msg::StepStart,
            Route::Presets => Msg::StepPresets,
            Route::Assess => Msg::StepAssess,
            Route::Gap => Msg::StepGap,
            Route::Sheet => Msg::StepSheet,
            Route::Matches => Msg::StepMatches,
            Route::Assessments => Msg::AssessmentsTitle,
            Route::Data => Msg::DataTitle,
            Route::Share => Msg::ShareTitle,
            Route::Prefecture => Msg::PrefectureLink,
            Route::Guide => Msg::GuideTitle,
            Route::Accessibility => Msg::A11yTitle,
            Route::Sources => Msg::SourcesTitle,
        }
    }

    pub fn next(self) -> Option<Route> {
        let i = Route::STEPS.iter().position(|r| *r == self)?;
        Route::STEPS.get(i + 1).copied()
    }
}

/// The current route, kept in step with `location.hash`.
pub fn route_signal() -> ReadSignal<Route> {
    let current = || Route::from_hash(&location_hash().unwrap_or_default());
    let (route, set_route) = signal(current());
    window_event_listener(leptos::ev::hashchange, move |_| set_route.set(current()));
    route
}

/// The payload of a share link in the current address (`#/share/<payload>`).
pub fn share_payload() -> Option<String> {
    share_payload_of(&location_hash()?)
}

fn share_payload_of(hash: &str) -> Option<String> {
    hash.trim_start_matches('#')
        .strip_prefix("/share/")
        .map(str::to_owned)
        .filter(|p| !p.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_round_trip_and_unknown_falls_back_to_start() {
        for r in Route::all() {
            assert_eq!(Route::from_hash(r.href()), r);
            assert_eq!(Route::from_hash(&r.href()[1..]), r);
        }
        assert_eq!(Route::from_hash(""), Route::Start);
        assert_eq!(Route::from_hash("#/nowhere"), Route::Start);
        assert_eq!(Route::Gap.next(), Some(Route::Sheet));
        assert_eq!(Route::Matches.next(), None);
        assert_eq!(Route::Assessments.next(), None, "the list is not a step");
        assert_eq!(Route::from_hash("#/share/AQEx-_9"), Route::Share);
        assert_eq!(
            share_payload_of("#/share/AQEx-_9").as_deref(),
            Some("AQEx-_9")
        );
        assert_eq!(share_payload_of("#/share/"), None);
        assert_eq!(share_payload_of("#/gap"), None);
    }
}
