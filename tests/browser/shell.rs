//! The shell's components in a real browser: the bottom navigation marks the
//! current part, pages set the browser title, unknown paths get "not found".

use heup_rug::app::App;
use heup_rug::config::{Contact, Phone, CLINIC};
use heup_rug::i18n::provide_i18n;
use heup_rug::routes::BasePath;
use heup_rug::shell::contact::contact_view;
use heup_rug::shell::{provide_base_path, BottomNav};
use leptos::prelude::*;
use leptos_router::components::Router;
use wasm_bindgen_test::*;

use super::support::{all, mount, one, settle, visit};

wasm_bindgen_test_configure!(run_in_browser);

fn current_tab(root: &web_sys::HtmlElement) -> Vec<String> {
    all(root, r#"a[aria-current="page"]"#)
        .iter()
        .map(|a| a.text_content().unwrap_or_default())
        .collect()
}

#[wasm_bindgen_test]
async fn the_navigation_shows_four_tabs_and_marks_the_current_part() {
    visit("/uitleg/heupgewricht");
    let mounted = mount(|| {
        provide_i18n();
        provide_base_path(BasePath::ROOT);
        view! { <Router><BottomNav /></Router> }
    });
    settle().await;
    let root = &mounted.root;

    let labels: Vec<_> = all(root, ".tab-label")
        .iter()
        .map(|t| t.text_content().unwrap_or_default())
        .collect();
    assert_eq!(labels, ["Uitleg", "Zelftest", "Oefeningen", "Dagboek"]);
    assert_eq!(
        current_tab(root),
        ["Uitleg"],
        "a deeper page marks its part"
    );

    one(root, r#"a[href="/dagboek"]"#).click();
    settle().await;
    assert_eq!(current_tab(root), ["Dagboek"]);
}

#[wasm_bindgen_test]
async fn links_carry_the_sub_path_the_app_is_deployed_under() {
    visit("/heup-rug/zelftest");
    let mounted = mount(|| {
        provide_i18n();
        let base = provide_base_path(BasePath::from_base_href(Some("/heup-rug/")));
        view! { <Router base=base.as_str()><BottomNav /></Router> }
    });
    settle().await;
    let root = &mounted.root;

    let hrefs: Vec<_> = all(root, "a")
        .iter()
        .map(|a| a.get_attribute("href").unwrap_or_default())
        .collect();
    assert_eq!(
        hrefs,
        [
            "/heup-rug/uitleg",
            "/heup-rug/zelftest",
            "/heup-rug/oefeningen",
            "/heup-rug/dagboek"
        ]
    );
    assert_eq!(current_tab(root), ["Zelftest"]);
}

#[wasm_bindgen_test]
async fn the_app_titles_each_page_and_has_one_heading() {
    visit("/oefeningen");
    let mounted = mount(App);
    settle().await;
    let root = &mounted.root;
    assert_eq!(document().title(), "Oefeningen · Heup & Rug");
    assert_eq!(
        one(root, "h1").text_content().unwrap_or_default(),
        "Oefeningen"
    );
}

#[wasm_bindgen_test]
async fn an_unknown_path_shows_not_found_with_a_way_home() {
    visit("/dit/bestaat/niet");
    let mounted = mount(App);
    settle().await;
    let root = &mounted.root;
    assert_eq!(
        one(root, "h1").text_content().unwrap_or_default(),
        "Pagina niet gevonden"
    );
    let home = one(root, "main a.button");
    assert_eq!(home.get_attribute("href").as_deref(), Some("/"));
    home.click();
    settle().await;
    assert_eq!(
        one(root, "h1").text_content().unwrap_or_default(),
        "Heup en onderrug"
    );
}

/// A clinic that gave every way to reach it (the fictional example's).
fn full_contact() -> Contact {
    Contact {
        phone: Some(Phone {
            shown: "012 345 67 89",
            dial: "0123456789",
        }),
        address: Some("Voorbeeldstraat 1\n1234 AB Voorbeeldstad"),
        website: Some("https://www.voorbeeld.example"),
        email: Some("rugzorg@voorbeeld.example"),
        hours: Some("Maandag tot en met vrijdag"),
    }
}

#[wasm_bindgen_test]
async fn the_contact_block_offers_a_call_and_shows_only_what_the_clinic_gave() {
    let mounted = mount(|| {
        provide_i18n();
        contact_view(full_contact())
    });
    settle().await;
    let root = &mounted.root;
    let call = one(root, r#"a[href="tel:0123456789"]"#);
    assert_eq!(call.text_content().unwrap(), format!("Bel {}", CLINIC.name));
    assert!(root.text_content().unwrap().contains("012 345 67 89"));
    assert_eq!(
        all(root, ".contact-line").len(),
        2,
        "the address keeps its two lines"
    );
    assert_eq!(
        one(root, r#"a[href="mailto:rugzorg@voorbeeld.example"]"#)
            .text_content()
            .unwrap(),
        "rugzorg@voorbeeld.example"
    );
    assert_eq!(
        one(root, r#"a[href="https://www.voorbeeld.example"]"#)
            .text_content()
            .unwrap(),
        "www.voorbeeld.example"
    );

    let only_phone = mount(|| {
        provide_i18n();
        contact_view(Contact {
            address: None,
            website: None,
            email: None,
            hours: None,
            ..full_contact()
        })
    });
    settle().await;
    let text = only_phone.root.text_content().unwrap();
    for absent in ["Adres", "Website", "E-mail", "Bereikbaar"] {
        assert!(
            !text.contains(absent),
            "no empty label {absent:?} in {text:?}"
        );
    }
}

#[wasm_bindgen_test]
async fn a_clinic_without_contact_details_gets_no_contact_block() {
    let mounted = mount(|| {
        provide_i18n();
        contact_view(Contact {
            phone: None,
            address: None,
            website: None,
            email: None,
            hours: None,
        })
    });
    settle().await;
    assert!(all(&mounted.root, "address").is_empty());
    assert_eq!(mounted.root.text_content().unwrap_or_default(), "");
}
