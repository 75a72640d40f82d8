//! The browser side of the language choice: reads the address, the stored
//! settings and the browser's languages once at start-up, and switches
//! language by reloading the page. The decisions are in `choice.rs`.

use leptos::prelude::window;

use super::choice::{self, Settings};
use super::Lang;
use crate::storage;

/// The language of this visit. A language asked for in the address is also
/// stored, so the next visit without it stays in that language.
pub(super) fn language_of_this_visit() -> Lang {
    let asked = window()
        .location()
        .search()
        .ok()
        .and_then(|search| choice::asked_in_query(&search));
    let stored = storage::load::<Settings>().value.language;
    if let Some(lang) = asked.filter(|&lang| stored != Some(lang)) {
        // If storage is blocked the choice lasts for this visit only; the
        // address still holds it, so a reload keeps it too.
        let _ = storage::modify(|settings: &mut Settings| settings.language = Some(lang));
    }
    let languages: Vec<String> = window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    let browser = choice::preferred_by_browser(languages.iter().map(String::as_str));
    choice::choose(asked, stored, browser)
}

/// Switches the app to `lang`: reloads the current page with `?taal=<lang>`
/// in its address, which stores the choice as the app starts again. The
/// language is a plain value for the whole visit, so a reload is what
/// changes every text at once; everything the patient entered is already
/// stored, so nothing is lost. The path and the fragment (a schedule or a
/// report) stay; `choice::switch_address` keeps the address on this site.
pub fn switch_language(lang: Lang) {
    let location = window().location();
    let (Ok(path), Ok(search), Ok(hash)) =
        (location.pathname(), location.search(), location.hash())
    else {
        return;
    };
    let target = choice::switch_address(&path, &search, &hash, lang);
    // Replace, not push: "back" should not lead to the other language.
    // A failed reload leaves the page as it is, still usable.
    let _ = location.replace(&target);
}
