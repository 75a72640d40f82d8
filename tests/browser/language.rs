//! The language in a real browser: a stored English choice shows the app in
//! English with a switch back to Dutch, `?taal=en` in the address wins over
//! the stored choice and is remembered, and without either the browser's
//! language (Dutch in these tests, see webdriver.json) decides.
//!
//! Tapping the switch reloads the page, which would end the test run here;
//! the end-to-end tests tap it.

use heup_rug::app::App;
use heup_rug::i18n::choice::Settings;
use heup_rug::i18n::Lang;
use heup_rug::storage::{encode, load, Record};
use leptos::prelude::*;
use wasm_bindgen_test::*;

use super::support::{mount, one, settle, storage, visit};

wasm_bindgen_test_configure!(run_in_browser);

/// Forgets the language choice and the address when a test ends, also when
/// it fails, so the other tests run in Dutch.
struct ForgetLanguage;

impl Drop for ForgetLanguage {
    fn drop(&mut self) {
        let _ = storage().remove_item(Settings::KEY);
        visit("/");
    }
}

fn choose(lang: Lang) -> ForgetLanguage {
    let settings = Settings {
        language: Some(lang),
        ..Settings::default()
    };
    storage()
        .set_item(Settings::KEY, &encode(&settings))
        .unwrap();
    ForgetLanguage
}

fn text(root: &web_sys::HtmlElement, selector: &str) -> String {
    one(root, selector).text_content().unwrap_or_default()
}

fn html_lang() -> String {
    document()
        .document_element()
        .and_then(|html| html.get_attribute("lang"))
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_stored_english_choice_shows_english_with_a_switch_to_dutch() {
    let _forget = choose(Lang::En);
    visit("/oefeningen");
    let mounted = mount(App);
    settle().await;
    let root = &mounted.root;

    assert_eq!(text(root, "h1"), "Exercises");
    assert_eq!(document().title(), "Exercises · Heup & Rug");
    assert_eq!(html_lang(), "en");
    let switch = one(root, "header button.language-switch");
    assert_eq!(switch.text_content().unwrap_or_default(), "Nederlands");
    assert_eq!(switch.get_attribute("lang").as_deref(), Some("nl"));
    assert_eq!(text(root, ".bottom-nav a[href='/dagboek']"), "Diary");
}

#[wasm_bindgen_test]
async fn the_address_wins_over_the_stored_choice_and_is_remembered() {
    let _forget = choose(Lang::Nl);
    visit("/uitleg/klachten?taal=en");
    let mounted = mount(App);
    settle().await;
    let root = &mounted.root;

    assert_eq!(text(root, "h1"), "Symptoms that point to your hip");
    assert_eq!(
        load::<Settings>().value.language,
        Some(Lang::En),
        "the choice from the address is stored for the next visit"
    );
}

#[wasm_bindgen_test]
async fn without_a_choice_the_browser_language_decides() {
    let _forget = ForgetLanguage;
    storage().remove_item(Settings::KEY).unwrap();
    visit("/");
    let mounted = mount(App);
    settle().await;
    let root = &mounted.root;

    assert_eq!(text(root, "h1"), "Heup en onderrug");
    assert_eq!(html_lang(), "nl");
    let switch = one(root, "header button.language-switch");
    assert_eq!(switch.text_content().unwrap_or_default(), "English");
    assert_eq!(switch.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(
        load::<Settings>().value.language,
        None,
        "a language nobody chose is not stored"
    );
}
