//! Every text of the app, part by part, and the test that no text is
//! missing in any language. The same lists feed the content review
//! (`src/bin/content-review.rs`, see `crate::review`); the app itself never
//! calls them, so they stay out of the wasm.
//!
//! The compiler already refuses a table with a missing field; what it cannot
//! see is a field filled with an empty text, content with an item less in
//! one language, or a text left in Dutch in the English table. Every
//! feature lists all its texts, field by field, in an `every_text(lang)`
//! function; this test compares those lists across the languages.

use super::Lang;

/// Every text of one part of the app in one language, each under a name
/// that is the same in every language ("steps[2]", "reason(Stairs)").
#[derive(Debug, Default)]
pub struct Texts(Vec<(String, String)>);

impl Texts {
    /// Every text with its name, in the order listed.
    pub fn entries(&self) -> &[(String, String)] {
        &self.0
    }

    /// Adds one text.
    pub fn add(&mut self, name: impl Into<String>, text: impl Into<String>) -> &mut Self {
        self.0.push((name.into(), text.into()));
        self
    }

    /// Adds a list of texts, as `name[0]`, `name[1]`, …
    pub fn list(&mut self, name: &str, items: &[&str]) -> &mut Self {
        for (i, item) in items.iter().enumerate() {
            self.add(format!("{name}[{i}]"), *item);
        }
        self
    }

    /// Adds every text of `other`, each name prefixed with `prefix`.
    pub fn nest(&mut self, prefix: &str, other: Texts) -> &mut Self {
        for (name, text) in other.0 {
            self.add(format!("{prefix}.{name}"), text);
        }
        self
    }
}

#[cfg(test)]
/// Texts that may read the same in Dutch and English: names, numbers,
/// words the two languages share. Keep this list short.
const SAME_IN_EVERY_LANGUAGE: &[&str] = &[
    clinic_short_name!(),
    // The browser tab's title for a page called "X".
    concat!("X · ", clinic_short_name!()),
    "Week",
    "Website:",
    "E-mail:",
];

/// Every part of the app that has texts, with all its texts in `lang`.
pub fn every_part(lang: Lang) -> Vec<(&'static str, Texts)> {
    vec![
        ("shell", super::every_text(lang)),
        ("dates", super::dates::every_text(lang)),
        ("exercises", crate::exercises::every_text(lang)),
        ("explainer", crate::explainer::every_text(lang)),
        ("self_check", crate::self_check::every_text(lang)),
        ("diary", crate::diary::every_text(lang)),
        ("clinic", crate::clinic::every_text(lang)),
        ("report", crate::report::every_text(lang)),
        ("pwa", crate::pwa::every_text(lang)),
        ("safety", crate::safety::every_text(lang)),
        ("about", crate::about::every_text(lang)),
        ("session", crate::session::every_text(lang)),
    ]
}

#[cfg(test)]
/// What is wrong with `text`, the translation of `dutch` (or the Dutch
/// text itself when `lang` is Dutch), if anything.
fn problem(lang: Lang, dutch: &str, text: &str) -> Option<&'static str> {
    // A text with no letters in it (a number, a dash) needs no translation.
    let has_letters = text.chars().any(char::is_alphabetic);
    if text.trim().is_empty() {
        Some("is empty")
    } else if lang != Lang::Nl
        && text == dutch
        && has_letters
        && !SAME_IN_EVERY_LANGUAGE.contains(&text)
    {
        Some("is still the Dutch text")
    } else {
        None
    }
}

#[cfg(test)]
fn names(texts: &Texts) -> Vec<&str> {
    texts.0.iter().map(|(name, _)| name.as_str()).collect()
}

#[test]
fn every_text_exists_and_is_translated_in_every_language() {
    let dutch = every_part(Lang::Nl);
    let mut problems = Vec::new();
    for &lang in Lang::ALL {
        for ((part, nl), (_, here)) in dutch.iter().zip(every_part(lang)) {
            if names(nl) != names(&here) {
                problems.push(format!(
                    "{lang:?} {part}: not the same texts as in Dutch.\n  Dutch: {:?}\n  {lang:?}: {:?}",
                    names(nl),
                    names(&here)
                ));
                continue;
            }
            for ((name, dutch_text), (_, text)) in nl.0.iter().zip(&here.0) {
                if let Some(problem) = problem(lang, dutch_text, text) {
                    problems.push(format!("{lang:?} {part}.{name} {problem}: {text:?}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_part_lists_its_texts() {
    for &lang in Lang::ALL {
        for (part, texts) in every_part(lang) {
            assert!(
                texts.0.len() >= 10,
                "{lang:?} {part}: {} texts",
                texts.0.len()
            );
        }
    }
}

#[test]
fn an_empty_or_untranslated_text_is_caught() {
    let cases = [
        (
            Lang::En,
            "Oefeningen",
            "Oefeningen",
            Some("is still the Dutch text"),
        ),
        (Lang::En, "Oefeningen", " ", Some("is empty")),
        (Lang::Nl, "", "", Some("is empty")),
        (Lang::En, "Oefeningen", "Exercises", None),
        (Lang::Nl, "Oefeningen", "Oefeningen", None),
        (Lang::En, "Heup & Rug", "Heup & Rug", None),
        (Lang::En, "4,5", "4,5", None),
    ];
    for (lang, dutch, text, expected) in cases {
        assert_eq!(problem(lang, dutch, text), expected, "{lang:?} {text:?}");
    }
}
