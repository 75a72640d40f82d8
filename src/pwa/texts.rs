//! Every text of the installed app, per language: the shape here, the
//! Dutch words in `nl.rs`, the English in `en.rs`.

use crate::i18n::Lang;

/// The installed app's texts in one language.
pub struct PwaTexts {
    // The notice that a new version is waiting.
    pub update_available: &'static str,
    pub update_apply: &'static str,
    pub update_kept: &'static str,

    // The offer to install, on the start page and in the diary.
    pub offer_title: &'static str,
    pub offer_why: &'static str,
    pub install: &'static str,
    pub help_link: &'static str,

    // The help page.
    pub page_title: &'static str,
    pub installed_already: &'static str,
    pub ios_heading: &'static str,
    pub ios_steps_summary: &'static str,
    pub ios_steps: &'static [&'static str],
    pub android_heading: &'static str,
    pub android_prompt: &'static str,
    pub android_steps: &'static [&'static str],
    pub other_browsers: &'static str,
    pub offline_note: &'static str,
}

/// The installed app's texts in `lang`.
pub fn pwa_texts(lang: Lang) -> &'static PwaTexts {
    match lang {
        Lang::Nl => &super::nl::PWA,
        Lang::En => &super::en::PWA,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_illustrated_step_list_has_three_steps_in_every_language() {
        // pictures.rs draws one picture per step, three for each platform.
        for &lang in Lang::ALL {
            assert_eq!(pwa_texts(lang).ios_steps.len(), 3, "{lang:?}");
            assert_eq!(pwa_texts(lang).android_steps.len(), 3, "{lang:?}");
        }
    }

    #[test]
    fn the_iphone_steps_name_the_menu_item_as_safari_shows_it() {
        assert!(pwa_texts(Lang::Nl).ios_steps[1].contains("‘Zet op beginscherm’"));
        assert!(pwa_texts(Lang::En).ios_steps[1].contains("‘Add to Home Screen’"));
    }
}
