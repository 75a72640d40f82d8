//! The installed app's side of `public/pwa.js` in a real browser: the
//! "new version" notice appears when the script says a version waits and
//! asks for the switch only on the patient's tap; the install offer shows
//! the browser's own install button only while the browser offers one, and
//! stays out of the diary otherwise.

use std::cell::Cell;
use std::rc::Rc;

use heup_rug::app::App;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use super::support::{all, find_button, mount, one, settle, storage, visit};

wasm_bindgen_test_configure!(run_in_browser);

/// What `public/pwa.js` does when the browser reports something: the
/// attribute on `<html>`, then the event.
fn script_says(attribute: &str, event: &str, ready: bool) {
    let html = document().document_element().unwrap();
    if ready {
        html.set_attribute(attribute, "ready").unwrap();
    } else {
        html.remove_attribute(attribute).unwrap();
    }
    window()
        .dispatch_event(&web_sys::Event::new(event).unwrap())
        .unwrap();
}

/// Counts the times the app sends `event` to the script.
fn count_events(event: &str) -> Rc<Cell<u32>> {
    let count = Rc::new(Cell::new(0));
    let counter = count.clone();
    let listener = Closure::<dyn Fn()>::new(move || counter.set(counter.get() + 1));
    window()
        .add_event_listener_with_callback(event, listener.as_ref().unchecked_ref())
        .unwrap();
    listener.forget();
    count
}

#[wasm_bindgen_test]
async fn the_new_version_notice_waits_for_the_patients_tap() {
    storage().clear().unwrap();
    let applied = count_events("heup-rug:update-apply");
    visit("/oefeningen");
    let mounted = mount(App);
    settle().await;
    let root = &mounted.root;
    assert!(
        all(root, ".update-notice").is_empty(),
        "no notice without a new version"
    );

    script_says("data-update", "heup-rug:update-ready", true);
    settle().await;
    let notice = one(root, ".update-notice");
    assert!(notice
        .text_content()
        .unwrap_or_default()
        .contains("Er is een nieuwe versie van de app."));
    assert_eq!(
        notice
            .parent_element()
            .unwrap()
            .get_attribute("role")
            .as_deref(),
        Some("status"),
        "screen readers hear the notice appear"
    );
    assert_eq!(applied.get(), 0, "nothing switches by itself");

    find_button(root, "Vernieuwen")
        .expect("a Vernieuwen button")
        .click();
    settle().await;
    assert_eq!(applied.get(), 1, "the tap asks the script to switch");
    script_says("data-update", "heup-rug:update-ready", false);
    settle().await;
}

#[wasm_bindgen_test]
async fn the_install_button_shows_only_while_the_browser_offers_it() {
    storage().clear().unwrap();
    let prompted = count_events("heup-rug:install-prompt");
    visit("/");
    let mounted = mount(App);
    settle().await;
    let root = &mounted.root;
    let offer = one(root, ".install-offer");
    assert!(offer
        .text_content()
        .unwrap_or_default()
        .contains("Zo zet je de app op je telefoon"));
    assert!(
        find_button(root, "Installeren").is_none(),
        "no prompt, no button"
    );

    script_says("data-install", "heup-rug:install-ready", true);
    settle().await;
    find_button(root, "Installeren")
        .expect("the install button")
        .click();
    assert_eq!(prompted.get(), 1);

    // The script used the prompt up.
    script_says("data-install", "heup-rug:install-ready", false);
    settle().await;
    assert!(find_button(root, "Installeren").is_none());
}

#[wasm_bindgen_test]
async fn the_diary_offers_installing_only_with_the_browsers_prompt() {
    storage().clear().unwrap();
    visit("/dagboek");
    let mounted = mount(App);
    settle().await;
    assert!(all(&mounted.root, ".install-offer").is_empty());

    script_says("data-install", "heup-rug:install-ready", true);
    settle().await;
    let offer = one(&mounted.root, ".install-offer");
    assert!(find_button(&offer, "Installeren").is_some());
    script_says("data-install", "heup-rug:install-ready", false);
    settle().await;
}
