//! The about page in a real browser, for the repository's own clinic
//! (clinic.toml: no review, no contact details): it says the content is
//! not checked yet and names no reviewer, shows no contact heading, and
//! links to the help page and the diary's data page.

use heup_rug::app::App;
use heup_rug::config::CLINIC;
use leptos::prelude::*;
use wasm_bindgen_test::*;

use super::support::{all, mount, one, settle, text, visit};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_about_page_says_the_content_is_not_checked_yet_and_shows_no_contact_heading() {
    assert_eq!(CLINIC.review, None, "these tests build for clinic.toml");
    assert!(!CLINIC.contact.any(), "these tests build for clinic.toml");
    visit("/over");
    let mounted = mount(App);
    settle().await;
    let root = &mounted.root;

    assert_eq!(
        one(root, "h1").text_content().unwrap_or_default(),
        "Over deze app"
    );
    assert_eq!(document().title(), "Over deze app · Heup & Rug");
    let check = text(&one(root, ".about-check"));
    let not_checked = format!("De inhoud is nog niet gecontroleerd door {}.", CLINIC.name);
    assert!(check.contains(&not_checked), "{check}");
    assert!(
        !check.contains("Inhoud gecontroleerd door"),
        "no made-up reviewer: {check}"
    );

    assert!(all(root, ".about-contact").is_empty(), "no contact section");
    assert!(all(root, "address").is_empty(), "no contact details");
    let headings: Vec<String> = all(root, "h2")
        .iter()
        .map(|h| h.text_content().unwrap_or_default())
        .collect();
    assert!(
        !headings.iter().any(|h| h.contains("bereik")),
        "{headings:?}"
    );

    let version = text(&one(root, ".about-version"));
    assert_eq!(
        version,
        format!("Versie van de app: {}", env!("CARGO_PKG_VERSION"))
    );
    let hrefs: Vec<String> = all(root, "main a")
        .iter()
        .map(|a| a.get_attribute("href").unwrap_or_default())
        .collect();
    assert!(hrefs.contains(&"/hulp".to_owned()), "{hrefs:?}");
    assert!(hrefs.contains(&"/dagboek/gegevens".to_owned()), "{hrefs:?}");
}

#[wasm_bindgen_test]
async fn the_start_page_and_the_help_page_link_to_the_about_page() {
    for path in ["/", "/hulp"] {
        visit(path);
        let mounted = mount(App);
        settle().await;
        let link = one(&mounted.root, ".to-about a");
        assert_eq!(
            link.get_attribute("href").as_deref(),
            Some("/over"),
            "{path}"
        );
        assert_eq!(
            link.text_content().unwrap_or_default(),
            "Over deze app",
            "{path}"
        );
    }
}
