//! Which language a visit is in, decided once at start-up. Pure: the
//! browser side (`visit.rs`) only gathers the three inputs and stores the
//! patient's choice.
//!
//! The order: a language asked for in the address wins (a clinic e-mail can
//! link to `…/uitleg?taal=en`), then the language the patient chose before,
//! then the first of the browser's languages the app speaks, and else Dutch,
//! the clinic's own language.

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::Lang;
use crate::routes::same_site_path;
use crate::storage::Record;

/// The query keys that ask for a language: the Dutch one the app's links
/// use, and the usual English one.
const QUERY_KEYS: [&str; 2] = ["taal", "lang"];

/// The language of this visit, from what the address asks for, what the
/// patient chose before and what the browser prefers.
pub fn choose(asked: Option<Lang>, stored: Option<Lang>, browser: Option<Lang>) -> Lang {
    asked.or(stored).or(browser).unwrap_or(Lang::Nl)
}

/// The language a query string (`?taal=en&…`) asks for: the first `taal`
/// or `lang` that names a language the app speaks.
pub fn asked_in_query(search: &str) -> Option<Lang> {
    let pairs = search.trim_start_matches('?').split('&');
    let asked: Vec<(&str, &str)> = pairs.filter_map(|pair| pair.split_once('=')).collect();
    QUERY_KEYS.iter().find_map(|key| {
        asked
            .iter()
            .filter(|(name, _)| name == key)
            .find_map(|(_, value)| Lang::from_tag(value))
    })
}

/// The first of the browser's languages (`navigator.languages`, most
/// preferred first) that the app speaks.
pub fn preferred_by_browser<'a>(languages: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
    languages.into_iter().find_map(Lang::from_tag)
}

/// Where the language switch reloads the page: the page's own address
/// (`location`'s `pathname`, `search` and `hash`) with only the language in
/// the query changed. The fragment stays, since a schedule link
/// (`/schema#…`) or a report (`/verslag#…`) lives there; the path stays on
/// this site even when it starts with `//` (see [`same_site_path`]).
pub fn switch_address(path: &str, search: &str, hash: &str, lang: Lang) -> String {
    format!(
        "{}{}{hash}",
        same_site_path(path),
        query_with_language(search, lang)
    )
}

/// `search` with the language set to `lang` (and any other language key
/// removed), keeping every other parameter.
fn query_with_language(search: &str, lang: Lang) -> String {
    let kept = search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter(|pair| {
            let name = pair.split_once('=').map_or(*pair, |(name, _)| name);
            !QUERY_KEYS.contains(&name)
        });
    let mut query = String::from("?");
    for pair in kept {
        query.push_str(pair);
        query.push('&');
    }
    query.push_str(QUERY_KEYS[0]);
    query.push('=');
    query.push_str(lang.tag());
    query
}

/// The patient's settings, kept on the phone: the language they chose and
/// how a guided session sounds. Stored as
/// `{"version":1,"data":{"language":"en","count_aloud":true,"silent":false}}`;
/// `public/startup.js` reads the same record to show its messages in that
/// language before the app runs. A setting missing from the record (one
/// written before it existed) takes its default.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// The chosen language; `None` until the patient chooses one.
    #[serde(default, deserialize_with = "known_language")]
    pub language: Option<Lang>,
    /// "Tel hardop": the phone's voice says a session's counts.
    #[serde(default)]
    pub count_aloud: bool,
    /// No sound or vibration at a session's changes.
    #[serde(default)]
    pub silent: bool,
}

impl Record for Settings {
    const KEY: &'static str = "heup-rug:instellingen";
    const VERSION: u32 = 1;
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.tag())
    }
}

/// A language stored by a newer version of the app that this one does not
/// speak counts as no choice, rather than making the settings unreadable.
fn known_language<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Lang>, D::Error> {
    let tag = Option::<String>::deserialize(deserializer)?;
    Ok(tag.as_deref().and_then(Lang::from_tag))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::{decode, encode};
    use Lang::{En, Nl};

    #[test]
    fn the_address_wins_then_the_stored_choice_then_the_browser_then_dutch() {
        let cases = [
            (Some(En), Some(Nl), Some(Nl), En),
            (Some(Nl), Some(En), Some(En), Nl),
            (None, Some(En), Some(Nl), En),
            (None, Some(Nl), Some(En), Nl),
            (None, None, Some(En), En),
            (None, None, Some(Nl), Nl),
            (None, None, None, Nl),
        ];
        for (asked, stored, browser, expected) in cases {
            assert_eq!(
                choose(asked, stored, browser),
                expected,
                "{asked:?} {stored:?} {browser:?}"
            );
        }
    }

    #[test]
    fn reads_the_language_from_the_query() {
        let cases = [
            ("", None),
            ("?", None),
            ("?taal=en", Some(En)),
            ("?taal=nl", Some(Nl)),
            ("?lang=en", Some(En)),
            ("?taal=EN", Some(En)),
            ("?taal=en-GB", Some(En)),
            ("?oefening=bruggetje&taal=en", Some(En)),
            ("taal=en", Some(En)),
            ("?taal=de", None),
            ("?taal=de&lang=en", Some(En)),
            ("?taal=nl&lang=en", Some(Nl)),
            ("?taal", None),
            ("?mytaal=en", None),
        ];
        for (search, expected) in cases {
            assert_eq!(asked_in_query(search), expected, "{search:?}");
        }
    }

    #[test]
    fn takes_the_first_browser_language_the_app_speaks() {
        let cases: [(&[&str], Option<Lang>); 7] = [
            (&["nl-NL", "en-US"], Some(Nl)),
            (&["en-GB", "nl"], Some(En)),
            (&["de-DE", "en-US", "nl"], Some(En)),
            (&["nl-BE"], Some(Nl)),
            (&["fr-FR", "de"], None),
            (&["EN"], Some(En)),
            (&[], None),
        ];
        for (languages, expected) in cases {
            assert_eq!(
                preferred_by_browser(languages.iter().copied()),
                expected,
                "{languages:?}"
            );
        }
    }

    #[test]
    fn reads_language_tags_by_their_primary_subtag() {
        let cases = [
            ("nl", Some(Nl)),
            ("en", Some(En)),
            ("en-GB", Some(En)),
            ("en_US", Some(En)),
            (" nl-BE ", Some(Nl)),
            ("EN", Some(En)),
            ("eng", None),
            ("de", None),
            ("", None),
        ];
        for (tag, expected) in cases {
            assert_eq!(Lang::from_tag(tag), expected, "{tag:?}");
        }
        for &lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
    }

    #[test]
    fn the_switch_sets_the_language_and_keeps_the_rest_of_the_query() {
        let cases = [
            ("", En, "?taal=en"),
            ("?taal=en", Nl, "?taal=nl"),
            ("?lang=en", Nl, "?taal=nl"),
            ("?oefening=bruggetje", En, "?oefening=bruggetje&taal=en"),
            (
                "?taal=nl&oefening=schelp&lang=nl",
                En,
                "?oefening=schelp&taal=en",
            ),
        ];
        for (search, lang, expected) in cases {
            let query = query_with_language(search, lang);
            assert_eq!(query, expected, "{search:?}");
            assert_eq!(asked_in_query(&query), Some(lang));
        }
    }

    #[test]
    fn the_switch_keeps_the_page_and_its_link_and_stays_on_this_site() {
        let cases = [
            ("/oefeningen", "", "", En, "/oefeningen?taal=en"),
            (
                "/verslag",
                "",
                "#AFIBACsAGgwCBAAB",
                En,
                "/verslag?taal=en#AFIBACsAGgwCBAAB",
            ),
            (
                "/heup-rug/schema",
                "?taal=en",
                "#AQA4AwUa",
                Nl,
                "/heup-rug/schema?taal=nl#AQA4AwUa",
            ),
            (
                "/dagboek/nieuw",
                "?oefening=bruggetje&lang=nl",
                "",
                En,
                "/dagboek/nieuw?oefening=bruggetje&taal=en",
            ),
            ("//evil.example/x", "", "", En, "/evil.example/x?taal=en"),
            (
                "//evil.example/x",
                "?a=1",
                "#b",
                En,
                "/evil.example/x?a=1&taal=en#b",
            ),
        ];
        for (path, search, hash, lang, expected) in cases {
            let address = switch_address(path, search, hash, lang);
            assert_eq!(address, expected, "{path:?} {search:?} {hash:?}");
        }
    }

    #[test]
    fn settings_are_stored_as_the_start_up_script_reads_them() {
        let chosen = Settings {
            language: Some(En),
            count_aloud: true,
            silent: false,
        };
        let raw = encode(&chosen);
        assert_eq!(
            raw,
            r#"{"version":1,"data":{"language":"en","count_aloud":true,"silent":false}}"#
        );
        assert_eq!(decode::<Settings>(&raw), Ok(chosen));
        // Written before the session's settings existed: they are off.
        let older = r#"{"version":1,"data":{"language":"en"}}"#;
        let language_only = Settings {
            language: Some(En),
            ..Settings::default()
        };
        assert_eq!(decode::<Settings>(older), Ok(language_only));
        let unknown = r#"{"version":1,"data":{"language":"de"}}"#;
        assert_eq!(decode::<Settings>(unknown), Ok(Settings::default()));
        let empty = r#"{"version":1,"data":{}}"#;
        assert_eq!(decode::<Settings>(empty), Ok(Settings::default()));
    }
}
