//! The one translation layer: every text a user sees comes from a typed table
//! per language, never from a string literal in view code.
//!
//! Each table is a plain struct of `&'static str` (or `fn` for texts with
//! numbers in them), with one `static` per language. Adding a language means
//! adding a variant to [`Lang`] and a table; the compiler then points at every
//! place that still lacks a text, so a missing translation cannot ship.
//! Features keep their own tables next to their content (for example the
//! self-check's questions); this module owns the language choice and the
//! app-wide texts of the shell.

pub mod dates;
mod nl;

use leptos::prelude::*;

use crate::routes::Part;

/// A language the app speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Dutch, the clinic's language and the default.
    Nl,
}

impl Lang {
    /// Every language, in the order a language picker shows them.
    pub const ALL: &'static [Lang] = &[Lang::Nl];

    /// The BCP 47 tag, as used in `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Nl => "nl",
        }
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

/// Makes the language available to every component below: Dutch.
pub fn provide_i18n() -> I18n {
    let i18n = I18n { lang: Lang::Nl };
    provide_context(i18n);
    i18n
}

/// The language context provided by [`provide_i18n`].
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every field of every table, as (name, text), for completeness checks.
    fn shell_fields(t: &ShellTexts) -> Vec<(&'static str, String)> {
        vec![
            ("app_name", t.app_name.into()),
            ("skip_to_content", t.skip_to_content.into()),
            ("main_nav_label", t.main_nav_label.into()),
            ("home_link_label", t.home_link_label.into()),
            ("tab_explainer", t.tab_explainer.into()),
            ("tab_self_check", t.tab_self_check.into()),
            ("tab_exercises", t.tab_exercises.into()),
            ("tab_diary", t.tab_diary.into()),
            ("home_title", t.home_title.into()),
            ("home_intro", t.home_intro.into()),
            ("home_parts_heading", t.home_parts_heading.into()),
            ("home_explainer_blurb", t.home_explainer_blurb.into()),
            ("home_self_check_blurb", t.home_self_check_blurb.into()),
            ("home_exercises_blurb", t.home_exercises_blurb.into()),
            ("home_diary_blurb", t.home_diary_blurb.into()),
            ("home_not_a_diagnosis", t.home_not_a_diagnosis.into()),
            ("not_found_title", t.not_found_title.into()),
            ("not_found_body", t.not_found_body.into()),
            ("not_found_home", t.not_found_home.into()),
            ("page_title", (t.page_title)("X")),
        ]
    }

    #[test]
    fn every_shell_text_is_filled_in_every_language() {
        for &lang in Lang::ALL {
            for (name, text) in shell_fields(shell_texts(lang)) {
                assert!(!text.trim().is_empty(), "{lang:?}: {name} is empty");
            }
        }
    }

    #[test]
    fn page_title_names_the_page_and_the_app() {
        let t = shell_texts(Lang::Nl);
        let title = (t.page_title)("Dagboek");
        assert!(title.starts_with("Dagboek"), "{title}");
        assert!(title.contains(t.app_name), "{title}");
    }

    #[test]
    fn home_intro_is_at_most_two_sentences() {
        for &lang in Lang::ALL {
            let intro = shell_texts(lang).home_intro;
            let sentences = intro.matches(['.', '!', '?']).count();
            assert!((1..=2).contains(&sentences), "{lang:?}: {intro}");
        }
    }
}
