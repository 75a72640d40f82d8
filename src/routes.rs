//! The app's addresses: the four parts and their paths, how a path is
//! joined to the sub-path the app is deployed under (for example
//! `/heup-rug/`), and how a path read from the address bar stays on this
//! site. Pure, so links can be tested without a browser.

use crate::exercises::ExerciseId;

/// A part of the app with its own tab in the bottom navigation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    Explainer,
    SelfCheck,
    Exercises,
    Diary,
}

impl Part {
    /// The parts in the order of the tabs, left to right.
    pub const ALL: [Part; 4] = [
        Part::Explainer,
        Part::SelfCheck,
        Part::Exercises,
        Part::Diary,
    ];

    /// The part's path relative to the app's base, as it appears in links.
    pub fn path(self) -> &'static str {
        match self {
            Part::Explainer => "/uitleg",
            Part::SelfCheck => "/zelftest",
            Part::Exercises => "/oefeningen",
            Part::Diary => "/dagboek",
        }
    }
}

/// The diary's "log an exercise" page, with `exercise` already chosen:
/// where an exercise page's "I did this exercise" button leads.
pub fn log_exercise_path(exercise: ExerciseId) -> String {
    format!("/dagboek/nieuw?oefening={}", exercise.slug())
}

/// The diary's schedule page, where the patient sees and edits the
/// schedule the diary follows.
pub const OWN_SCHEDULE_PATH: &str = "/dagboek/schema";

/// The schedule page with the own-schedule editor open (`?eigen=1`), also when the
/// clinic's schedule is the one followed now: what its "make my own
/// schedule instead" button opens.
pub const MAKE_OWN_SCHEDULE_PATH: &str = "/dagboek/schema?eigen=1";

/// The guided session ("Doe mee"): with `exercise`, that one exercise (from
/// its page); without, today's exercises (from the diary).
pub fn session_path(exercise: Option<ExerciseId>) -> String {
    match exercise {
        Some(exercise) => format!("/dagboek/doe-mee?oefening={}", exercise.slug()),
        None => "/dagboek/doe-mee".to_owned(),
    }
}

/// `path` (a `location.pathname`) as a path on this site, safe to put at
/// the start of an address. nginx and the service worker answer any path
/// with the app, also `//evil.example/x`; written back into an address that
/// path would be protocol-relative, another site. So a run of slashes at the
/// start becomes one (`/evil.example/x`, a page the app does not know).
/// Backslashes count as slashes, as browsers read them in an address.
pub fn same_site_path(path: &str) -> String {
    let rest = path.trim_start_matches(['/', '\\']);
    format!("/{rest}")
}

/// The sub-path the app is served from, without a trailing slash: `""` when
/// the app sits at the root of its domain, `"/heup-rug"` under a sub-path.
///
/// It is read once at start-up from `<base href>`, which Trunk writes from
/// `--public-url`, so the sub-path is set in one place at build time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BasePath(&'static str);

impl BasePath {
    /// The base for an app served at the root of its domain.
    pub const ROOT: BasePath = BasePath("");

    /// Reads a base from the `href` of `<base>`: a path (`/heup-rug/`) or a
    /// full URL (`https://example.nl/heup-rug/`). Anything unusable (no base,
    /// a relative path, a query) counts as the root, so links stay absolute.
    pub fn from_base_href(href: Option<&str>) -> BasePath {
        let Some(href) = href else {
            return BasePath::ROOT;
        };
        // A full URL, or one without its scheme (`//host/heup-rug/`): the
        // path starts after the host.
        let after_scheme = match href.split_once("://") {
            Some((_, rest)) => Some(rest),
            None => href.strip_prefix("//"),
        };
        let path = match after_scheme {
            Some(rest) => rest.find('/').map_or("", |slash| &rest[slash..]),
            None => href,
        };
        let path = path.split(['?', '#']).next().unwrap_or_default();
        if !path.starts_with('/') {
            return BasePath::ROOT;
        }
        let trimmed = path.trim_end_matches('/');
        if trimmed.is_empty() {
            BasePath::ROOT
        } else {
            // Leaked once at start-up: the base lives as long as the app, and a
            // `&'static str` keeps `BasePath` `Copy` for every view that links.
            BasePath(Box::leak(trimmed.to_owned().into_boxed_str()))
        }
    }

    /// The base as the router wants it: `""` or `"/heup-rug"`.
    pub fn as_str(self) -> &'static str {
        self.0
    }

    /// The full path of an app path, for an `href`: `/uitleg` becomes
    /// `/heup-rug/uitleg`, and `/` becomes `/heup-rug/`.
    pub fn href(self, app_path: &str) -> String {
        let app_path = if app_path.starts_with('/') {
            app_path.to_owned()
        } else {
            format!("/{app_path}")
        };
        format!("{}{app_path}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_base_from_every_form_trunk_can_write() {
        let cases = [
            (None, ""),
            (Some("/"), ""),
            (Some(""), ""),
            (Some("/heup-rug/"), "/heup-rug"),
            (Some("/heup-rug"), "/heup-rug"),
            (Some("/kliniek/heup-rug/"), "/kliniek/heup-rug"),
            (Some("https://rugcentrum.nl/heup-rug/"), "/heup-rug"),
            (Some("https://rugcentrum.nl"), ""),
            (Some("heup-rug/"), ""),
            (Some("/heup-rug/?x=1"), "/heup-rug"),
            (Some("//rugcentrum.nl/heup-rug/"), "/heup-rug"),
            (Some("//evil.example/"), ""),
        ];
        for (href, expected) in cases {
            assert_eq!(
                BasePath::from_base_href(href).as_str(),
                expected,
                "{href:?}"
            );
        }
    }

    #[test]
    fn joins_app_paths_to_the_base() {
        let sub = BasePath::from_base_href(Some("/heup-rug/"));
        assert_eq!(sub.href("/"), "/heup-rug/");
        assert_eq!(sub.href("/uitleg"), "/heup-rug/uitleg");
        assert_eq!(
            sub.href("uitleg/heupgewricht"),
            "/heup-rug/uitleg/heupgewricht"
        );
        assert_eq!(BasePath::ROOT.href("/"), "/");
        assert_eq!(BasePath::ROOT.href("/dagboek"), "/dagboek");
    }

    #[test]
    fn a_path_from_the_address_bar_never_leaves_the_site() {
        let cases = [
            ("/", "/"),
            ("", "/"),
            ("/uitleg/heupgewricht", "/uitleg/heupgewricht"),
            ("/heup-rug/dagboek", "/heup-rug/dagboek"),
            ("//evil.example/x", "/evil.example/x"),
            ("///evil.example", "/evil.example"),
            ("/\\evil.example/x", "/evil.example/x"),
            ("\\\\evil.example", "/evil.example"),
            ("/heup-rug//evil.example", "/heup-rug//evil.example"),
        ];
        for (path, expected) in cases {
            let safe = same_site_path(path);
            assert_eq!(safe, expected, "{path:?}");
            assert!(
                safe.starts_with('/') && !safe[1..].starts_with(['/', '\\']),
                "{safe:?} could be read as another site"
            );
        }
    }

    #[test]
    fn every_part_has_its_own_top_level_path() {
        let paths: Vec<_> = Part::ALL.iter().map(|part| part.path()).collect();
        for (i, path) in paths.iter().enumerate() {
            assert!(path.starts_with('/') && path.len() > 1, "{path}");
            assert!(!path[1..].contains('/'), "{path} is not top level");
            assert!(!paths[i + 1..].contains(path), "{path} is used twice");
        }
    }
}
