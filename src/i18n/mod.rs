//! The one translation layer: every text a user sees comes from a typed table
//! per language, never from a string literal in view code.
//!
//! Each table is a plain struct of `&'static str` (or `fn` for texts with
//! numbers in them), with one `static` per language. Adding a language means
//! adding a variant to [`Lang`] and a table; the compiler then points at every
//! place that still lacks a text, so a missing translation cannot ship.
//! Features keep their own tables next to their content (for example the
//! self-check's questions); this module owns the language choice
//! (`choice.rs`, pure; `visit.rs`, the browser side) and the app-wide texts
//! of the shell. `completeness.rs` walks every table of the app (for its test
//! and for the content review) in every language.

pub mod choice;
pub mod completeness;
pub mod dates;
mod en;
mod nl;
mod visit;

use leptos::prelude::*;

use crate::routes::Part;

pub use visit::switch_language;

/// A language the app speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Dutch, the clinic's language and the default.
    Nl,
    /// English, for patients who read English more easily.
    En,
}

impl Lang {
    /// Every language, in the order a language picker shows them.
    pub const ALL: &'static [Lang] = &[Lang::Nl, Lang::En];

    /// The BCP 47 tag, as used in `<html lang>`, links (`?taal=en`) and
    /// the stored settings.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }

    /// The language's name in the language itself, as the language switch
    /// shows it: a reader finds their own language whatever the page is in.
    pub fn own_name(self) -> &'static str {
        match self {
            Lang::Nl => "Nederlands",
            Lang::En => "English",
        }
    }

    /// The language of a BCP 47 tag such as `en`, `en-GB` or `NL_be`: only
    /// the primary subtag counts. `None` for a language the app does not
    /// speak.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Lang::ALL
            .iter()
            .copied()
            .find(|lang| lang.tag().eq_ignore_ascii_case(primary))
    }
}

/// Texts of the app shell: header, navigation, home, "not found" and the
/// page titles of the four parts.
#[derive(Debug)]
pub struct ShellTexts {
    pub app_name: &'static str,
    pub skip_to_content: &'static str,
    pub main_nav_label: &'static str,
    pub home_link_label: &'static str,
    pub tab_explainer: &'static str,
    pub tab_self_check: &'static str,
    pub tab_exercises: &'static str,
    pub tab_diary: &'static str,
    pub home_title: &'static str,
    pub home_intro: &'static str,
    pub home_parts_heading: &'static str,
    pub home_explainer_blurb: &'static str,
    pub home_self_check_blurb: &'static str,
    pub home_exercises_blurb: &'static str,
    pub home_diary_blurb: &'static str,
    pub home_not_a_diagnosis: &'static str,
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub not_found_home: &'static str,
    /// The clinic's contact details (`shell/contact.rs`): the block's
    /// label, the call button and the labels before each detail.
    pub contact_label: &'static str,
    pub contact_call: &'static str,
    pub contact_hours: &'static str,
    pub contact_address: &'static str,
    pub contact_website: &'static str,
    pub contact_email: &'static str,
    /// The browser tab's title for a page: page name plus app name.
    pub page_title: fn(page: &str) -> String,
}

impl ShellTexts {
    /// A part's name, as on its tab.
    pub fn part_name(&self, part: Part) -> &'static str {
        match part {
            Part::Explainer => self.tab_explainer,
            Part::SelfCheck => self.tab_self_check,
            Part::Exercises => self.tab_exercises,
            Part::Diary => self.tab_diary,
        }
    }

    /// What a part offers, in one sentence, as on the start page.
    pub fn part_blurb(&self, part: Part) -> &'static str {
        match part {
            Part::Explainer => self.home_explainer_blurb,
            Part::SelfCheck => self.home_self_check_blurb,
            Part::Exercises => self.home_exercises_blurb,
            Part::Diary => self.home_diary_blurb,
        }
    }
}

/// The shell texts in `lang`.
pub fn shell_texts(lang: Lang) -> &'static ShellTexts {
    match lang {
        Lang::Nl => &nl::SHELL,
        Lang::En => &en::SHELL,
    }
}

/// The language of this visit, shared through context.
///
/// It is a plain value, not a signal: texts are rendered as static text,
/// with no reactive closure per string. That keeps the wasm small (each
/// reactive text costs code) and the pages fast. Switching language stores
/// the choice and reloads the app, which is instant from the cache and
/// loses nothing (everything the patient entered is already stored).
#[derive(Clone, Copy, Debug)]
pub struct I18n {
    lang: Lang,
}

impl I18n {
    /// The language of this visit.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The shell texts in this visit's language.
    pub fn shell(&self) -> &'static ShellTexts {
        shell_texts(self.lang)
    }
}

/// Makes the language of this visit available to every component below:
/// the one asked for in the address (`?taal=en`), else the one the patient
/// chose before, else the first of the browser's languages the app speaks,
/// else Dutch (see [`choice::choose`]).
pub fn provide_i18n() -> I18n {
    let i18n = I18n {
        lang: visit::language_of_this_visit(),
    };
    provide_context(i18n);
    i18n
}

/// The language context provided by [`provide_i18n`].
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// Every shell text in `lang`, for the completeness test.
pub(crate) fn every_text(lang: Lang) -> completeness::Texts {
    let t = shell_texts(lang);
    let mut texts = completeness::Texts::default();
    texts
        .add("app_name", t.app_name)
        .add("skip_to_content", t.skip_to_content)
        .add("main_nav_label", t.main_nav_label)
        .add("home_link_label", t.home_link_label)
        .add("tab_explainer", t.tab_explainer)
        .add("tab_self_check", t.tab_self_check)
        .add("tab_exercises", t.tab_exercises)
        .add("tab_diary", t.tab_diary)
        .add("home_title", t.home_title)
        .add("home_intro", t.home_intro)
        .add("home_parts_heading", t.home_parts_heading)
        .add("home_explainer_blurb", t.home_explainer_blurb)
        .add("home_self_check_blurb", t.home_self_check_blurb)
        .add("home_exercises_blurb", t.home_exercises_blurb)
        .add("home_diary_blurb", t.home_diary_blurb)
        .add("home_not_a_diagnosis", t.home_not_a_diagnosis)
        .add("not_found_title", t.not_found_title)
        .add("not_found_body", t.not_found_body)
        .add("not_found_home", t.not_found_home)
        .add("contact_label", t.contact_label)
        .add("contact_call", t.contact_call)
        .add("contact_hours", t.contact_hours)
        .add("contact_address", t.contact_address)
        .add("contact_website", t.contact_website)
        .add("contact_email", t.contact_email)
        .add("page_title", (t.page_title)("X"));
    texts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_title_names_the_page_and_the_app() {
        for &lang in Lang::ALL {
            let t = shell_texts(lang);
            let title = (t.page_title)("Dagboek");
            assert!(title.starts_with("Dagboek"), "{title}");
            assert!(title.contains(t.app_name), "{title}");
        }
    }

    #[test]
    fn home_intro_is_at_most_two_sentences() {
        for &lang in Lang::ALL {
            let intro = shell_texts(lang).home_intro;
            let sentences = intro.matches(['.', '!', '?']).count();
            assert!((1..=2).contains(&sentences), "{lang:?}: {intro}");
        }
    }

    #[test]
    fn the_start_page_does_not_call_the_self_check_a_few_questions() {
        // The test asks far more than "a few" questions; the home tests
        // are the few.
        assert!(crate::self_check::QUESTIONS.len() > 10);
        for &lang in Lang::ALL {
            let blurb = shell_texts(lang).home_self_check_blurb.to_lowercase();
            for few in ["een paar vragen", "a few questions", "enkele vragen"] {
                assert!(!blurb.contains(few), "{lang:?}: {blurb}");
            }
        }
    }

    #[test]
    fn every_language_names_itself_differently() {
        for (i, lang) in Lang::ALL.iter().enumerate() {
            for other in &Lang::ALL[i + 1..] {
                assert_ne!(lang.tag(), other.tag());
                assert_ne!(lang.own_name(), other.own_name());
            }
        }
    }
}
